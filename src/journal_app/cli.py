"""The command-line verbs: add an entry or search the journal, without a window.

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

This module imports no Qt; the journal (and SQLAlchemy) is opened only when a verb
runs, so `--help` stays instant.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from . import APP_NAME, __version__
from .domain.entry import MATCH_END, MATCH_START
from .domain.errors import ErrorCode, JournalError

VERBS = ("add", "search")
OK, FAILED, USAGE = 0, 1, 2
DEFAULT_LIMIT = 20

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

PASSPHRASE_STDIN = "--passphrase-stdin"
_PASSPHRASE_HELP = (
    "an encrypted journal's passphrase is the first line of standard input (for "
    "scripts){rest}; without this option it is asked for on the terminal. A journal "
    "that is not encrypted ignores that first line, so a script works either way. "
    "No option or environment variable takes the passphrase itself")
_NO_PASSPHRASE_OPTION = (
    "no option takes the passphrase itself (other programs could see it, and your shell "
    "would keep it): type it when asked, or give it on the first line of standard input "
    f"with {PASSPHRASE_STDIN}")
_NO_TERMINAL = (
    "This journal is encrypted and there is no terminal to ask for its passphrase; "
    "nothing was changed. Run the command at a terminal, or give the passphrase on the "
    f"first line of standard input with {PASSPHRASE_STDIN}.")


class _Stop(Exception):
    """A failure already worded for the person, with the exit status to return."""

    def __init__(self, message: str, status: int = FAILED) -> None:
        super().__init__(message)
        self.status = status


# -- output: UTF-8 whatever the locale -------------------------------------------------

def _write(stream, text: str) -> None:  # noqa: ANN001
    """Write UTF-8 bytes where the stream has a byte buffer (a C locale would turn
    Tamil or an emoji into question marks or an error), else the text itself."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        stream.flush()
        return
    stream.flush()  # anything already written as text goes first
    buffer.write(text.encode("utf-8", errors="replace"))
    buffer.flush()


def _out(text: str) -> None:
    _write(sys.stdout, text)


def _say(message: str) -> None:
    _write(sys.stderr, f"journal-app: {message}\n")


class _Parser(argparse.ArgumentParser):
    def _print_message(self, message: str, file=None) -> None:  # noqa: ANN001
        if message:
            _write(file or sys.stderr, message)


# -- arguments ---------------------------------------------------------------------------

def _entry_date(value: str) -> datetime:
    """--date: a naive local time; a date alone means noon that day."""
    if _DATE_TIME.fullmatch(value):
        pattern = "%Y-%m-%d %H:%M"
    elif _DATE.fullmatch(value):
        pattern = "%Y-%m-%d"
    else:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date; use YYYY-MM-DD or \"YYYY-MM-DD HH:MM\" (local time)")
    try:
        when = datetime.strptime(value, pattern)
    except ValueError:
        what = "date and time" if pattern == "%Y-%m-%d %H:%M" else "date"
        raise argparse.ArgumentTypeError(f"'{value}' is not a real {what}") from None
    if pattern == "%Y-%m-%d":
        when = when.replace(hour=12)
    if when.date() > date.today() + timedelta(days=1):  # as the window allows: not far ahead
        raise argparse.ArgumentTypeError(f"'{value}' is in the future; --date is for an earlier day")
    return when


def _tag(value: str) -> str:
    if not value.split():
        raise argparse.ArgumentTypeError("a tag cannot be empty")
    return value


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of 1 or more")
    return number


def _add_data_dir(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--data-dir", type=Path, metavar="PATH", default=default,
                        help="where the journal lives (default: your user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journal-app",
        description=f"{APP_NAME}: add to and search your journal from the command line. "
                    "Without a verb, journal-app opens the window.",
        epilog="Examples:\n"
               "  journal-app add \"Talked with my neighbour about the march\"\n"
               "  journal-app add --tag family --date 2025-06-01 < note.md\n"
               "  journal-app search family\n"
               "  journal-app search --json --limit 5 -- -family\n"
               "Run journal-app add --help or journal-app search --help for more.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_data_dir(parser, None)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="{add,search}", required=True)

    add = verbs.add_parser(
        "add", help="write a new entry",
        description="Write a new entry: TEXT, or all of standard input when no TEXT is "
                    "given, kept exactly as given (Markdown, line endings and all).")
    # SUPPRESS: given after the verb it wins, else the one before the verb stands.
    _add_data_dir(add, argparse.SUPPRESS)
    add.add_argument("--title", help="a title for the entry")
    add.add_argument("--tag", action="append", type=_tag, default=[], metavar="TAG",
                     help="a tag for the entry (repeat for more)")
    add.add_argument("--date", type=_entry_date, metavar="DATE",
                     help='when it was about: YYYY-MM-DD (noon) or "YYYY-MM-DD HH:MM", local time')
    add.add_argument(PASSPHRASE_STDIN, action="store_true", help=_PASSPHRASE_HELP.format(
        rest=", and the rest of it is the entry's text when no TEXT is given"))
    add.add_argument("text", nargs="*", metavar="TEXT",
                     help="the entry's words (several are joined with spaces); "
                          "none: read standard input")
    add.set_defaults(run=_run_add)

    search = verbs.add_parser(
        "search", help="print the entries containing some words",
        description="Print the entries containing every word of QUERY, newest first. "
                    "The last word also matches as the start of a word; \"quoted words\" "
                    "match as a phrase. Put -- before a query that starts with -.")
    _add_data_dir(search, argparse.SUPPRESS)
    search.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT, metavar="N",
                        help=f"show at most N entries (default: {DEFAULT_LIMIT})")
    search.add_argument("--json", action="store_true",
                        help="print a JSON array, each entry with its full text, for scripts")
    search.add_argument(PASSPHRASE_STDIN, action="store_true", help=_PASSPHRASE_HELP.format(rest=""))
    search.add_argument("query", nargs="+", metavar="QUERY", help="the words to find")
    search.set_defaults(run=_run_search)
    return parser


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = build_parser()
    _refuse_passphrase_options(parser, argv)
    args, extra = parser.parse_known_args(argv)
    # Words after an option (`add hello --tag x world`) are left over by argparse;
    # they belong to the text or query, in the order given.
    if any(word.startswith("-") for word in extra):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    words = args.text if args.verb == "add" else args.query
    words.extend(extra)
    return args


def _refuse_passphrase_options(parser: argparse.ArgumentParser, argv: list[str]) -> None:
    """`--passphrase SECRET`, `--pass=SECRET`, `--passphrase-stdin=SECRET`: refused
    before argparse sees them, since argparse would take `--passphrase` as short for
    --passphrase-stdin (and SECRET as the entry's text), or repeat SECRET in its error."""
    for word in argv:
        if word == "--":  # what follows is text or a query
            return
        if word != PASSPHRASE_STDIN and word.startswith("--p"):
            parser.error(_NO_PASSPHRASE_OPTION)


# -- the verbs ---------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    """Run one verb; returns the exit status."""
    try:
        args = _parse(sys.argv[1:] if argv is None else list(argv))
    except SystemExit as stop:  # argparse: --help, --version (0) or a usage error (2)
        return stop.code if isinstance(stop.code, int) else (OK if stop.code is None else USAGE)
    if args.data_dir is not None:
        data_dir = args.data_dir.expanduser().resolve()
    else:
        from .paths import default_data_dir

        data_dir = default_data_dir()
    try:
        return args.run(args, data_dir)
    except _Stop as stop:
        _say(str(stop))
        return stop.status
    except JournalError as error:
        _say(describe(error))
        return USAGE if error.code is ErrorCode.WRONG_PASSPHRASE else FAILED
    except KeyboardInterrupt:
        _say("Stopped; nothing was added." if args.verb == "add" else "Stopped.")
        return 130
    except BrokenPipeError:  # `journal-app search x | head`: the reader left, quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return FAILED


def _run_add(args: argparse.Namespace, data_dir: Path) -> int:
    body = " ".join(_from_terminal(word, "The text") for word in args.text) if args.text else None
    if body is not None and not body.strip():
        raise _Stop("Nothing to add: the text is empty.", USAGE)
    title = None if args.title is None else _from_terminal(args.title, "The title")
    tags = [_from_terminal(tag, "A tag") for tag in args.tag]
    # The passphrase first: it is the first line of standard input, and at a terminal
    # a wrong one is better heard before the entry is typed than after.
    key = _key(args, data_dir)
    if body is None:
        body = _read_stdin()
        if not body.strip():
            raise _Stop("Nothing to add: the text is empty.", USAGE)
    services = _open(data_dir, key)
    try:
        entry = services.journal.write_entry(body, title=title, tags=tags, at=args.date)
    finally:
        services.close()
    _out(f"Added entry {entry.id} for {entry.local_date.isoformat()}\n")
    return OK


def _run_search(args: argparse.Namespace, data_dir: Path) -> int:
    query = " ".join(_from_terminal(word, "The query") for word in args.query)
    if not query.strip():
        raise _Stop("Nothing to search for: the words are empty.", USAGE)
    from .services.app_services import journal_exists

    if not journal_exists(data_dir):  # a mistyped --data-dir should not make a journal
        raise _Stop(f"There is no journal in {data_dir} yet.")
    services = _open(data_dir, _key(args, data_dir))
    try:
        results = services.journal.search(query, limit=args.limit)
        if args.json:
            found = [(summary, _entry_or_none(services, summary.id)) for summary in results.entries]
    finally:
        services.close()
    if args.json:
        _out(_as_json([(s, e) for s, e in found if e is not None]))
    elif not results.entries:
        _say("No entries contain these words.")
    else:
        _out(_as_text(results.entries))
        if results.total > len(results.entries):
            _say(f"Showing the newest {len(results.entries)} of {results.total} entries; "
                 "--limit shows more.")
    return OK


def _entry_or_none(services, entry_id: int):  # noqa: ANN001, ANN202
    try:
        return services.journal.get_entry(entry_id)
    except JournalError as error:  # trashed by the window in the meantime
        if error.code is ErrorCode.ENTRY_NOT_FOUND:
            return None
        raise


def _read_stdin() -> str:
    stream = sys.stdin
    if stream is None:
        raise _Stop("Nothing to add: give the text after `add`, or on standard input.", USAGE)
    if stream.isatty():
        keys = "Ctrl+Z then Enter" if os.name == "nt" else "Ctrl+D on a new line"
        _write(sys.stderr, f"Type your entry, then press {keys}.\n")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        return stream.read()
    raw = buffer.read()
    try:
        return raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise _Stop(f"The text on standard input is not valid UTF-8 (at byte {exc.start + 1}); "
                    "nothing was added.") from None


def _from_terminal(text: str, what: str) -> str:
    """An argument as the person typed it. Under a C locale Python decodes arguments
    as ASCII and keeps other bytes as lone surrogates: those bytes are read again as
    UTF-8 (what a terminal sends), and refused if they are not."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(text).decode("utf-8")
    except UnicodeError:
        raise _Stop(f"{what} is not valid UTF-8; nothing was changed.") from None


def _open(data_dir: Path, key: bytes | None = None):  # noqa: ANN202
    from .services.app_services import open_services

    try:
        return open_services(data_dir, key=key)
    except OSError as exc:
        raise _Stop(f"The journal folder {data_dir} could not be opened: {exc.strerror or exc}.") from None


# -- the passphrase ----------------------------------------------------------------------

def _key(args: argparse.Namespace, data_dir: Path) -> bytes | None:
    """The data key of an encrypted journal, None for one that is not encrypted.
    A wrong passphrase raises JournalError(WRONG_PASSPHRASE); only the key file is
    read to find that out, so nothing is changed."""
    from .services import encryption

    from_stdin = args.passphrase_stdin and not _stdin_is_terminal()
    if not encryption.is_encrypted(data_dir):
        if from_stdin:
            _stdin_first_line()  # the passphrase a script gives either way: not the text
        return None
    # A missing or damaged key file is told before the passphrase is asked for in vain.
    encryption.check_key_file(data_dir)
    passphrase = _passphrase_from_stdin() if from_stdin else _passphrase_from_terminal(data_dir)
    return encryption.unlock(data_dir, passphrase)


def _stdin_is_terminal() -> bool:
    """At a terminal, --passphrase-stdin asks without echo as well (a line read from
    the terminal would show the passphrase as it is typed)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # closed
        return False


def _stdin_first_line() -> bytes | None:
    """The first line of standard input, and nothing more (the rest may be the entry);
    None when standard input is empty or missing."""
    stream = sys.stdin
    if stream is None:
        return None
    buffer = getattr(stream, "buffer", None)
    line = buffer.readline() if buffer is not None else stream.readline().encode("utf-8", "surrogateescape")
    return line or None


def _passphrase_from_stdin() -> str:
    line = _stdin_first_line()
    if line is None:
        raise _Stop(f"Standard input is empty: with {PASSPHRASE_STDIN} its first line must be the "
                    "journal's passphrase. Nothing was changed.", USAGE)
    return _passphrase(_without_line_end(line), "on the first line of standard input")


def _passphrase_from_terminal(data_dir: Path) -> str:
    """Asked on the terminal itself, never echoed. Never read from standard input
    instead, as getpass does when it finds no terminal: that would take the first line
    of a piped entry for the passphrase, silently."""
    prompt = f"Passphrase for the journal in {data_dir}: "
    raw = _read_windows_console(prompt) if os.name == "nt" else _read_tty(prompt)
    return _passphrase(raw, "typed")


def _read_tty(prompt: str) -> bytes:
    try:
        import termios
    except ImportError:
        raise _Stop(_NO_TERMINAL, USAGE) from None
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:  # no controlling terminal: cron, a service, a pipeline's child
        raise _Stop(_NO_TERMINAL, USAGE) from None
    try:
        try:
            before = termios.tcgetattr(fd)
        except termios.error:
            raise _Stop(_NO_TERMINAL, USAGE) from None
        quiet = list(before)
        quiet[3] &= ~(termios.ECHO | termios.ECHONL)  # lflag: no echo, line editing kept
        # Echo off before the prompt shows: what is typed after it is never shown, and
        # not thrown away with what was typed before it (TCSAFLUSH).
        termios.tcsetattr(fd, termios.TCSAFLUSH, quiet)
        try:
            os.write(fd, prompt.encode("utf-8", errors="replace"))
            chunks = []
            while not chunks or not chunks[-1].endswith(b"\n"):
                chunk = os.read(fd, 4096)
                if not chunk:  # Ctrl+D
                    break
                chunks.append(chunk)
        finally:
            termios.tcsetattr(fd, termios.TCSAFLUSH, before)
            os.write(fd, b"\n")
    finally:
        os.close(fd)
    return _without_line_end(b"".join(chunks))


def _read_windows_console(prompt: str) -> bytes:  # pragma: no cover - Windows only
    import msvcrt

    try:  # the console itself, whatever standard input is
        os.close(os.open("CONIN$", os.O_RDWR))
    except OSError:
        raise _Stop(_NO_TERMINAL, USAGE) from None
    for char in prompt:
        msvcrt.putwch(char)
    typed: list[str] = []
    while True:
        char = msvcrt.getwch()
        if char in "\r\n":
            break
        if char == "\x03":
            raise KeyboardInterrupt
        if char == "\b":
            del typed[-1:]
        else:
            typed.append(char)
    msvcrt.putwch("\r")
    msvcrt.putwch("\n")
    return "".join(typed).encode("utf-8", errors="surrogatepass")


def _without_line_end(line: bytes) -> bytes:
    """Only the line's end goes: spaces are part of a passphrase."""
    line = line.removesuffix(b"\n")
    return line.removesuffix(b"\r")


def _passphrase(raw: bytes, where: str) -> str:
    if not raw:
        raise _Stop(f"The passphrase {where} is empty; nothing was changed.", USAGE)
    try:
        return raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError:  # never shown: even a wrong passphrase is close to the right one
        raise _Stop(f"The passphrase {where} is not valid UTF-8; nothing was changed.", USAGE) from None


# -- wording -----------------------------------------------------------------------------

def describe(error: JournalError) -> str:
    """A failure in plain words: what happened and what is safe."""
    path = error.details.get("path", "the journal")
    reason = error.details.get("reason")
    code = error.code
    if code is ErrorCode.JOURNAL_TOO_NEW:
        return ("This journal was written by a newer version of Intertwined; it was left "
                "unchanged. Update the app to use it.")
    if code is ErrorCode.JOURNAL_UNREADABLE:
        return (f"{path} is not a journal Intertwined can read (it may be damaged, or "
                "another kind of file); it was left unchanged.")
    if code is ErrorCode.UPGRADE_FAILED and error.details.get("new"):
        return (f"A new journal could not be set up in {path} ({reason}); nothing was "
                "written. Check that the folder can be written to and the disk has room.")
    if code is ErrorCode.UPGRADE_FAILED:
        return (f"Updating {path} to this version of Intertwined failed ({reason}), so it "
                "was left as it was; a copy made before the update is kept beside it.")
    if code is ErrorCode.SAVE_FAILED:
        return (f"The entry could not be saved ({reason}). The disk may be full or "
                "read-only; try again.")
    if code is ErrorCode.WRONG_PASSPHRASE:
        if error.details.get("recovery"):
            return "That recovery key does not open this journal. Nothing was changed."
        return "That passphrase does not open this journal. Nothing was changed."
    if code is ErrorCode.JOURNAL_LOCKED:
        return ("This journal is encrypted and needs its passphrase; nothing was changed. "
                "Run the command again to be asked for it.")
    if code is ErrorCode.KEY_FILE_MISSING:
        from .storage.files import DB_NAME

        key = Path(str(path))
        return (f"{key.with_name(DB_NAME)} is not a journal Intertwined can read: it is "
                f"damaged, or it is encrypted and its key file {key} is missing. It was left "
                f"unchanged; if you moved or restored the journal, put its {key.name} back beside it.")
    if code is ErrorCode.KEY_FILE_DAMAGED:
        return (f"The key file {path} is damaged, so this encrypted journal cannot be unlocked; "
                "both were left unchanged. Put back a copy of the key file if you have one.")
    if code is ErrorCode.JOURNAL_IN_USE:
        return ("Another program is encrypting or decrypting this journal just now; nothing "
                "was changed. Try again when it has finished.")
    if code is ErrorCode.CONVERSION_FAILED:
        disk = " The disk may be full." if error.details.get("disk") else ""
        return (f"Changing how the journal is protected failed ({reason}); the journal was "
                f"left as it was.{disk}")
    if code is ErrorCode.MISSING_TEXT:
        return f"Something required is empty ({error.details.get('field', 'text')}); nothing was changed."
    return f"Something went wrong ({error}); nothing was changed."


def _marked(snippet: str | None) -> str | None:
    if snippet is None:
        return None
    return snippet.replace(MATCH_START, "**").replace(MATCH_END, "**")


def _one_line(text: str) -> str:
    """For a terminal: one line, no control characters (an escape sequence in an
    entry must not drive the terminal)."""
    return _CONTROL.sub("", " ".join(text.split()))


def _as_text(entries) -> str:  # noqa: ANN001
    lines = []
    for summary in entries:
        lines.append(f"{summary.local_date.isoformat()}  {_one_line(summary.heading) or '(no words)'}")
        snippet = _marked(summary.snippet)
        if snippet and _one_line(snippet):
            lines.append(f"    {_one_line(snippet)}")
    return "\n".join(lines) + "\n"


def _as_json(found) -> str:  # noqa: ANN001
    import json

    items = [
        {
            "id": summary.id,
            "date": summary.local_date.isoformat(),
            "written_at": summary.written_at.astimezone(timezone.utc).isoformat(),
            "title": entry.title,
            "heading": summary.heading,
            "snippet": _marked(summary.snippet),
            "tags": list(summary.tags),
            "text": entry.body,
        }
        for summary, entry in found
    ]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
