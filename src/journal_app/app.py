"""Start Intertwined: parse the command line, show the window, open the journal.

The window is shown and painted first (its palette only: the style sheet and the
sidebar follow that frame); then Today's prompt is shown from a glance read with the
driver alone, and the journal (with SQLAlchemy, ~0.4 s to import) is opened on a
worker thread after that. One window per journal: a start on a journal whose window
is open brings that window forward instead.
"""
from __future__ import annotations

import sys
from pathlib import Path

from . import APP_NAME, __version__


def parse_args(argv: list[str] | None):  # noqa: ANN201 - an argparse.Namespace
    import argparse

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
    not know: it is then a verb for the cli package (which names the verbs if it is not one).
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


def _plain_start(argv: list[str]) -> tuple[bool, Path | None]:
    """(True, the --data-dir given or None) for the usual starts: nothing, or
    `--data-dir PATH` alone. Anything else goes through argparse (~5 ms to import)."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return True, Path(argv[0].split("=", 1)[1])
    return False, None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _names_a_verb(argv):  # `add`, `search`: no window, no Qt, no window lock (cli/)
        from . import cli

        return cli.main(argv)
    plain, given = _plain_start(argv)
    if not plain:
        given = parse_args(argv).data_dir
    if given is not None:
        data_dir = given.expanduser().resolve()
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

    from .ui.pyside_imports import answer_quickly

    answer_quickly()  # before anything else is imported: PySide6 looks at each module
    from .ui import style
    from .ui.dialogs import Dialogs
    from .ui.first_paint import after_first_paint
    from .ui.main_window import MainWindow
    from .ui.tasks import ThreadPoolTaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    colors = style.apply_palette(app)
    runner = ThreadPoolTaskRunner()
    window = MainWindow(data_dir, runner, Dialogs(), paint_first=True)
    # A window hidden for the closing backup and then closed does not make Qt quit.
    window.closed.connect(app.quit)
    _report_first_paint_if_asked(window)

    def after_painting() -> None:
        style.apply_style_sheet(app, colors)
        if listen:  # later starts on this journal bring this window forward, once it
            window.settled.connect(_listen_once(data_dir, window))  # is open (or locked)
        window.open_journal()

    after_first_paint(after_painting)
    window.show()
    code = app.exec()
    runner.wait()
    return code


def _listen_once(data_dir: Path, window):  # noqa: ANN001, ANN202
    """Listen for later starts once, after what the window settled on is painted
    (QtNetwork and the socket cost ~40 ms on the UI thread)."""
    from .ui.first_paint import after_painted

    listening: list = []

    def listen() -> None:
        if not listening:
            from .ui.running_instance import listen_for_second_starts

            listening.append(listen_for_second_starts(data_dir, window))

    def settled() -> None:
        if not listening:
            after_painted(window, listen)

    return settled


def _report_first_paint_if_asked(window) -> None:  # noqa: ANN001
    """For `make bench`: print when the window first painted (and when it became
    usable), then quit. Costs nothing unless the variable is set."""
    import os

    if not os.environ.get("JOURNAL_APP_BENCH"):
        return
    from .ui.bench_probe import install

    install(window)
