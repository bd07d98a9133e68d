"""Start Intertwined: parse the command line, show the window, open the journal.

The window is shown and painted first; the journal (and SQLAlchemy, ~0.4 s to
import) is opened on a worker thread right after. One window per journal: a start
on a journal whose window is open brings that window forward instead.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import APP_NAME, __version__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="journal-app",
        description=f"{APP_NAME}: a private, offline journal with guided prompts.",
    )
    parser.add_argument("--data-dir", type=Path, metavar="PATH",
                        help="where the journal lives (default: your user data folder)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.epilog = "Without a window: journal-app add [TEXT], journal-app search QUERY (--help on each)."
    return parser.parse_args(argv)


def _names_a_verb(argv: list[str]) -> bool:
    """True when a word that is not an option comes before any option the window does
    not know: it is then a verb for cli.py (which names the verbs if it is not one).
    Looks only at the strings, so the window's start costs nothing more; an unknown
    option first goes to the window's parser, which refuses it by name."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None) is not None
        if len(word) > 2 and "--data-dir".startswith(word):  # --data-dir PATH (or --data PATH)
            next(words, None)
        elif word.startswith("--data-dir=") or word in ("-h", "--help", "--version"):
            continue
        elif word.startswith("-"):
            return False
        else:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _names_a_verb(argv):  # `add`, `search`: no window, no Qt, no window lock (cli.py)
        from . import cli

        return cli.main(argv)
    args = parse_args(argv)
    if args.data_dir is not None:
        data_dir = args.data_dir.expanduser().resolve()
    else:
        from .paths import default_data_dir

        data_dir = default_data_dir()

    from .storage.instance_lock import InstanceLock

    lock = InstanceLock(data_dir)  # one window per journal, held until we exit
    try:
        if not lock.acquire():
            from .ui.running_instance import refuse_second_start

            return refuse_second_start(data_dir)
    except OSError:  # no folder to lock in: the window will say why the journal cannot open
        pass
    try:
        return _run_window(data_dir, listen=lock.held)
    finally:
        lock.release()


def _run_window(data_dir: Path, listen: bool) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui import style
    from .ui.dialogs import Dialogs
    from .ui.first_paint import after_first_paint
    from .ui.main_window import MainWindow
    from .ui.tasks import ThreadPoolTaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    style.apply(app)
    runner = ThreadPoolTaskRunner()
    window = MainWindow(data_dir, runner, Dialogs())
    _report_first_paint_if_asked(window)

    def after_painting() -> None:
        window.open_journal()
        if listen:  # a later start on this journal brings this window forward
            from .ui.running_instance import listen_for_second_starts

            listen_for_second_starts(data_dir, window)

    after_first_paint(after_painting)
    window.show()
    code = app.exec()
    runner.wait()
    return code


def _report_first_paint_if_asked(window) -> None:  # noqa: ANN001
    """For `make bench`: print when the window first painted (and when it became
    usable), then quit. Costs nothing unless the variable is set."""
    import os

    if not os.environ.get("JOURNAL_APP_BENCH"):
        return
    from .ui.bench_probe import install

    install(window)
