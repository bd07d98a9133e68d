"""The verbs themselves: parse, open the journal, add or search, say what happened."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..domain.errors import ErrorCode, JournalError
from .arguments import parse
from .passphrase import data_key
from .terminal import FAILED, OK, USAGE, Stop, from_terminal, out, read_stdin, say
from .wording import as_json, as_text, describe


def main(argv: list[str] | None = None) -> int:
    """Run one verb; returns the exit status."""
    try:
        args = parse(sys.argv[1:] if argv is None else list(argv))
    except SystemExit as stop:  # argparse: --help, --version (0) or a usage error (2)
        return stop.code if isinstance(stop.code, int) else (OK if stop.code is None else USAGE)
    if args.data_dir is not None:
        data_dir = args.data_dir.expanduser().resolve()
    else:
        from ..paths import default_data_dir

        data_dir = default_data_dir()
    try:
        return _VERBS[args.run](args, data_dir)
    except Stop as stop:
        say(str(stop))
        return stop.status
    except JournalError as error:
        say(describe(error))
        return USAGE if error.code is ErrorCode.WRONG_PASSPHRASE else FAILED
    except KeyboardInterrupt:
        say("Stopped; nothing was added." if args.verb == "add" else "Stopped.")
        return 130
    except BrokenPipeError:  # `journal-app search x | head`: the reader left, quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return FAILED


def _run_add(args: argparse.Namespace, data_dir: Path) -> int:
    body = " ".join(from_terminal(word, "The text") for word in args.text) if args.text else None
    if body is not None and not body.strip():
        raise Stop("Nothing to add: the text is empty.", USAGE)
    title = None if args.title is None else from_terminal(args.title, "The title")
    tags = [from_terminal(tag, "A tag") for tag in args.tag]
    # The passphrase first: it is the first line of standard input, and at a terminal
    # a wrong one is better heard before the entry is typed than after.
    key = data_key(args, data_dir)
    if body is None:
        body = read_stdin()
        if not body.strip():
            raise Stop("Nothing to add: the text is empty.", USAGE)
    services = _open(data_dir, key)
    try:
        entry = services.journal.write_entry(body, title=title, tags=tags, at=args.date)
    finally:
        services.close()
    out(f"Added entry {entry.id} for {entry.local_date.isoformat()}\n")
    return OK


def _run_search(args: argparse.Namespace, data_dir: Path) -> int:
    query = " ".join(from_terminal(word, "The query") for word in args.query)
    if not query.strip():
        raise Stop("Nothing to search for: the words are empty.", USAGE)
    from ..services.app_services import journal_exists

    if not journal_exists(data_dir):  # a mistyped --data-dir should not make a journal
        raise Stop(f"There is no journal in {data_dir} yet.")
    services = _open(data_dir, data_key(args, data_dir))
    try:
        results = services.journal.search(query, limit=args.limit)
        if args.json:
            found = [(summary, _entry_or_none(services, summary.id)) for summary in results.entries]
    finally:
        services.close()
    if args.json:
        out(as_json([(s, e) for s, e in found if e is not None]))
    elif not results.entries:
        say("No entries contain these words.")
    else:
        out(as_text(results.entries))
        if results.total > len(results.entries):
            say(f"Showing the newest {len(results.entries)} of {results.total} entries; "
                 "--limit shows more.")
    return OK


def _entry_or_none(services, entry_id: int):  # noqa: ANN001, ANN202
    try:
        return services.journal.get_entry(entry_id)
    except JournalError as error:  # trashed by the window in the meantime
        if error.code is ErrorCode.ENTRY_NOT_FOUND:
            return None
        raise


def _open(data_dir: Path, key: bytes | None = None):  # noqa: ANN202
    from ..services.app_services import open_services

    try:
        return open_services(data_dir, key=key)
    except OSError as exc:
        raise Stop(f"The journal folder {data_dir} could not be opened: {exc.strerror or exc}.") from None



_VERBS = {"add": _run_add, "search": _run_search}
