"""The command line's words: verbs, options and their checks (argparse)."""
from __future__ import annotations

import argparse
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from .. import APP_NAME, __version__
from .passphrase import PASSPHRASE_STDIN
from .terminal import write

VERBS = ("add", "search")
DEFAULT_LIMIT = 20

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}")

_PASSPHRASE_HELP = (
    "an encrypted journal's passphrase is the first line of standard input (for "
    "scripts){rest}; without this option it is asked for on the terminal. A journal "
    "that is not encrypted ignores that first line, so a script works either way. "
    "No option or environment variable takes the passphrase itself")
_NO_PASSPHRASE_OPTION = (
    "no option takes the passphrase itself (other programs could see it, and your shell "
    "would keep it): type it when asked, or give it on the first line of standard input "
    f"with {PASSPHRASE_STDIN}")


class _Parser(argparse.ArgumentParser):
    def _print_message(self, message: str, file=None) -> None:  # noqa: ANN001
        if message:
            write(file or sys.stderr, message)



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
    add.set_defaults(run="add")

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
    search.set_defaults(run="search")
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
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
