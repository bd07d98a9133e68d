"""The command-line verbs: add an entry or search the journal, without a window.

(verbs.py runs them; arguments.py, passphrase.py, terminal.py and wording.py are
what they are made of.)

    journal-app [--data-dir PATH] add [--title TITLE] [--tag TAG]... [--date DATE]
                                      [--passphrase-stdin] [TEXT ...]
    journal-app [--data-dir PATH] search [--limit N] [--json] [--passphrase-stdin] [--] QUERY ...

`add` saves TEXT as a new entry (several words are joined with single spaces). With
no TEXT it reads the whole of standard input and keeps it exactly, line endings and
all: `journal-app add < note.md`. `--tag` may be given more than once; `--date` is
`YYYY-MM-DD` (noon that day) or `"YYYY-MM-DD HH:MM"`, in local time, for writing
about an earlier day. It prints `Added entry <id> for <date>`.

`search` prints the entries containing every word of QUERY (the last word also as
the start of a word, "quoted words" as a phrase), newest first: the date and the
title or first line, then a snippet with the matches shown as **word**. `--json`
prints a JSON array instead, each entry with its full text exactly as stored;
`--limit` (default 20) caps how many. Put `--` before a query that starts with `-`.

An encrypted journal is unlocked with its passphrase, asked for on the terminal
(/dev/tty, never echoed), or with `--passphrase-stdin` read from the first line of
standard input; for `add` without TEXT the rest of standard input is the entry. A
journal that is not encrypted ignores that first line, so a script works either way.
No option or environment variable takes the passphrase itself: it would be seen by
other programs and kept in the shell's history.

`--data-dir PATH` may come before or after the verb. Both verbs may run while the
app is open on the same journal (each write is one short transaction). Output is
UTF-8 whatever the locale. Exit status: 0 done (a search that finds nothing is not
a failure), 1 the journal could not be opened or written, 2 the command was wrong
(a wrong passphrase too).

This package imports no Qt; the journal (and SQLAlchemy) is opened only when a verb
runs, so `--help` stays instant.
"""
from __future__ import annotations

from .verbs import main
from .wording import describe

__all__ = ["describe", "main"]
