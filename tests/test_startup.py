"""Start-up order: the window paints before the ORM is imported; work runs off the
UI thread and comes back on it."""
from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from journal_app.ui.tasks import SyncTaskRunner, ThreadPoolTaskRunner

PAINT_THEN_OPEN = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from journal_app.ui.main_window import MainWindow
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.tasks import ThreadPoolTaskRunner

seen = {}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            seen["paint"] = "sqlalchemy" in sys.modules
        return False
watch = Watch()
app.installEventFilter(watch)
window = MainWindow(Path(sys.argv[1]), ThreadPoolTaskRunner(), Dialogs())
window.show()
while "paint" not in seen:
    app.processEvents()
window.open_journal()
QTimer.singleShot(20000, app.quit)
def check():
    if window.services is not None:
        print("orm_at_first_paint", seen["paint"])
        print("today_shown", window.stack.currentWidget() is window.area(0))
        window.close(); app.quit()
    else:
        QTimer.singleShot(20, check)
check()
app.exec()
"""


def test_the_window_paints_before_the_orm_is_imported(tmp_path) -> None:  # noqa: ANN001
    result = subprocess.run(
        [sys.executable, "-c", PAINT_THEN_OPEN, str(tmp_path / "data")],
        capture_output=True, text=True, timeout=60,
    )
    assert "orm_at_first_paint False" in result.stdout, result.stderr
    assert "today_shown True" in result.stdout


def test_the_thread_pool_runs_work_off_the_ui_thread_and_reports_on_it(qtbot) -> None:  # noqa: ANN001
    runner = ThreadPoolTaskRunner()
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(x: int) -> tuple[int, int]:
        return x * 2, threading.get_ident()

    runner.submit(work, 21, on_done=lambda result: seen.update(result=result, on=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    doubled, worker_thread = seen["result"]
    assert doubled == 42
    assert worker_thread != ui_thread
    assert seen["on"] == ui_thread


def test_failures_come_back_as_errors_not_silence(qtbot) -> None:  # noqa: ANN001
    def boom() -> None:
        raise ValueError("disk on fire")

    for runner in (ThreadPoolTaskRunner(), SyncTaskRunner()):
        errors: list[BaseException] = []
        runner.submit(boom, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=3000)
        assert str(errors[0]) == "disk on fire"


def test_the_real_command_starts_paints_and_shows_today(tmp_path) -> None:  # noqa: ANN001
    """`journal-app` itself, as a person starts it: the whole wiring in app.main."""
    import os
    from pathlib import Path

    command = Path(sys.executable).with_name("journal-app")
    env = {**os.environ, "JOURNAL_APP_BENCH": "1", "QT_QPA_PLATFORM": "offscreen", "LANG": "C"}
    result = subprocess.run([str(command), "--data-dir", str(tmp_path / "data")],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    marks = dict(line.split() for line in result.stdout.splitlines() if line.count(" ") == 1)
    assert int(marks["first_paint"]) <= int(marks["usable"])
    assert (tmp_path / "data" / "journal.sqlite3").is_file()


# -- Today first, from a glance; the journal opens behind it ----------------------------

TODAY_BEFORE_THE_ORM = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from journal_app.ui.bench_probe import prompt_label
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.first_paint import after_first_paint
from journal_app.ui.main_window import MainWindow
from journal_app.ui.tasks import ThreadPoolTaskRunner

window = MainWindow(Path(sys.argv[1]), ThreadPoolTaskRunner(), Dialogs(), paint_first=True)
seen = {}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "prompt" not in seen and obj is prompt_label(window):
            seen["prompt"] = obj.text()
            seen["orm"] = "sqlalchemy" in sys.modules
            seen["open"] = window.services is not None
        return False
watch = Watch()
app.installEventFilter(watch)
def settled():
    if window.services is not None:
        print("prompt_painted", "prompt" in seen)
        print("orm_when_the_prompt_painted", seen.get("orm"))
        print("open_when_the_prompt_painted", seen.get("open"))
        print("same_prompt", seen.get("prompt") == window.area(0).prompt.text)
        print("alembic_imported", "alembic" in sys.modules)
        window.close()
window.settled.connect(settled)
after_first_paint(window.open_journal)
window.show()
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_todays_prompt_is_painted_before_the_orm_is_imported_and_alembic_never(tmp_path) -> None:  # noqa: ANN001
    """A journal at this version's revision: Today's prompt is read and painted with the
    driver alone, the journal opens behind it, and Alembic is never imported."""
    from journal_app.services.app_services import open_services

    data_dir = tmp_path / "data"
    open_services(data_dir).close()  # made (and migrated) before, as on any later day
    result = subprocess.run([sys.executable, "-c", TODAY_BEFORE_THE_ORM, str(data_dir)],
                            capture_output=True, text=True, timeout=60)
    assert "prompt_painted True" in result.stdout, result.stdout + result.stderr
    assert "orm_when_the_prompt_painted False" in result.stdout
    assert "open_when_the_prompt_painted False" in result.stdout
    assert "same_prompt True" in result.stdout
    assert "alembic_imported False" in result.stdout


def test_the_app_exits_by_itself_after_the_closing_backup(tmp_path) -> None:  # noqa: ANN001
    """Closing after changes hides the window and backs up first; then the app quits
    (a hidden window's close does not make Qt quit). The bench probe closes the window
    and would make a hanging app exit with code 124."""
    import os

    from journal_app.services.app_services import open_services

    data_dir = tmp_path / "data"
    services = open_services(data_dir)
    services.journal.write_entry("Written since the last backup")
    services.close()
    env = {**os.environ, "JOURNAL_APP_BENCH": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "journal_app", "--data-dir", str(data_dir)],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    marks = dict(line.split() for line in result.stdout.splitlines() if line.count(" ") == 1)
    assert int(marks["first_paint"]) <= int(marks["usable"]) <= int(marks["journal_open"])
    assert list((data_dir / "backups").glob("journal-*.sqlite3"))  # the closing backup was made
    assert "Traceback" not in result.stderr


class ManualRunner:
    """Keeps the work until the test runs it: the moments between the steps of opening."""

    def __init__(self) -> None:
        self.queue: list = []

    def submit(self, work, *args, on_done=None, on_error=None) -> None:  # noqa: ANN001
        self.queue.append((work, args, on_done, on_error))

    def run_next(self):  # noqa: ANN201
        work, args, on_done, on_error = self.queue.pop(0)
        try:
            result = work(*args)
        except Exception as exc:  # noqa: BLE001
            on_error(exc)
            return exc
        if on_done is not None:
            on_done(result)
        return result


@pytest.fixture
def journal_and_window(qtbot, dialogs, data_dir):  # noqa: ANN001, ANN201
    from journal_app.services.app_services import open_services
    from journal_app.ui.main_window import MainWindow

    open_services(data_dir).close()
    runner = ManualRunner()
    window = MainWindow(data_dir, runner, dialogs)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_journal()
    return window, runner


def test_closing_while_the_journal_opens_closes_it_when_it_arrives(journal_and_window, monkeypatch) -> None:  # noqa: ANN001
    from journal_app.services.app_services import AppServices
    from journal_app.ui.journal_opening import Opened
    from journal_app.ui.main_window import TODAY

    window, runner = journal_and_window
    closed = []
    monkeypatch.setattr(AppServices, "close", lambda self: closed.append(self))
    runner.run_next()  # Today at a glance
    today = window.area(TODAY)
    assert window.stack.currentWidget() is today and today.prompt is not None
    window.close()  # before the journal has opened
    opened = runner.run_next()  # it opens now, and arrives at a closed window
    assert isinstance(opened, Opened)
    assert closed == [opened.services]  # let go of at once
    assert window.services is None and today._services is None  # nothing was attached
    assert not runner.queue  # and nothing more was started (no check, no backup)


def test_what_is_clicked_on_the_glance_is_done_once_the_journal_is_open(journal_and_window) -> None:  # noqa: ANN001
    from journal_app.ui.main_window import JOURNAL, TODAY

    window, runner = journal_and_window
    runner.run_next()  # Today at a glance
    today = window.area(TODAY)
    prompt = today.prompt
    today.card.favourite_button.click()  # a favourite, and "Write freely", before it opened
    today.free_button.click()
    assert window.services is None and window.stack.currentWidget() is today
    runner.run_next()  # the journal opens
    while runner.queue:  # the background check and backup
        runner.run_next()
    assert prompt.id in window.services.prompts.favourites()
    journal = window.area(JOURNAL)
    assert window.stack.currentWidget() is journal
    assert journal.editor.isVisible() and journal.editor.entry is None  # a new entry, ready for words


def test_another_area_chosen_while_opening_appears_when_the_journal_is_open(journal_and_window) -> None:  # noqa: ANN001
    from journal_app.ui.main_window import LIBRARY, TODAY

    window, runner = journal_and_window
    runner.run_next()
    window.sidebar.list.setCurrentRow(LIBRARY)
    assert window.stack.currentWidget() is window.opening and window.sidebar.isVisible()
    window.sidebar.list.setCurrentRow(TODAY)
    assert window.stack.currentWidget() is window.area(TODAY)
    window.sidebar.list.setCurrentRow(LIBRARY)
    runner.run_next()
    assert window.stack.currentWidget() is window.area(LIBRARY)


def test_a_journal_that_fails_to_open_lets_go_of_the_glance(journal_and_window, dialogs) -> None:  # noqa: ANN001
    from journal_app.domain.errors import ErrorCode, JournalError

    def fails(*_args):  # noqa: ANN002, ANN202
        raise JournalError(ErrorCode.UPGRADE_FAILED, reason="a test")

    window, runner = journal_and_window
    runner.run_next()  # Today at a glance
    work, args, on_done, on_error = runner.queue.pop(0)
    runner.queue.insert(0, (fails, args, on_done, on_error))
    runner.run_next()
    assert window.stack.currentWidget() is window.opening and not window._areas
    assert not window.sidebar.isVisible()
    assert dialogs.errors and window.opening.title.text() == dialogs.errors[0][0]


def test_usable_means_todays_prompt_is_on_the_today_page(open_window, data_dir, qtbot, dialogs) -> None:  # noqa: ANN001
    from journal_app.ui.bench_probe import latest_entries, prompt_label
    from journal_app.ui.main_window import MainWindow, TODAY
    from journal_app.ui.tasks import SyncTaskRunner

    unopened = MainWindow(data_dir, SyncTaskRunner(), dialogs)
    qtbot.addWidget(unopened)
    unopened.show()
    assert prompt_label(unopened) is None  # the window alone
    unopened.close()
    window = open_window(data_dir)
    today = window.area(TODAY)
    label = prompt_label(window)
    assert label is today.card.text and label.text() == today.prompt.text != ""
    assert latest_entries(window) is None  # an empty journal: no entries to wait for
    window.show_area(1)
    assert prompt_label(window) is None  # the Journal in view
    window.services.journal.write_entry("The latest words")
    window.show_area(TODAY)
    assert latest_entries(window) is today.recent and today.recent.shown[0].heading == "The latest words"


def test_pyside_is_told_which_modules_use_it_as_it_would_tell_itself() -> None:
    import importlib

    from journal_app.ui import pyside_imports

    assert pyside_imports.answer_quickly()
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert quick.reads_bytes and pyside_imports.answer_quickly()  # once is enough
    for name in ("journal_app.ui.style", "journal_app.domain.content", "json", "sys", "sqlcipher3.dbapi2"):
        module = importlib.import_module(name)
        assert quick(module) == quick.upstream(module), name
    assert quick(importlib.import_module("journal_app.ui.style")) is True


def test_closing_during_the_check_after_opening_still_backs_up(journal_and_window, qtbot, data_dir) -> None:  # noqa: ANN001
    """Closed while the check (and daily backup) after opening runs: that one stops,
    then the closing backup is made; the two never write into the folder at once."""
    from journal_app.storage.backups import backups_dir, count_entries, list_backups

    window, runner = journal_and_window
    runner.run_next()  # the glance
    runner.run_next()  # the journal
    window.services.journal.write_entry("Written, then the window closed at once")
    assert len(runner.queue) == 1  # the check after opening, not run yet
    window.close()
    assert not window.isVisible() and window.services is not None  # hidden, waiting to back up
    assert len(runner.queue) == 1  # the closing backup waits for the check to stop
    runner.run_next()  # the check, told to stop
    assert len(runner.queue) == 1  # now the closing backup
    runner.run_next()
    qtbot.waitUntil(lambda: window.services is None)  # then the window closes
    assert [count_entries(b.path, None) for b in list_backups(backups_dir(data_dir))] == [1]


@pytest.mark.parametrize("argv", [[], ["--data-dir", "/tmp/j"], ["--data-dir=/tmp/j"], ["--data-dir", "rel/j"],
                                  ["--data", "/tmp/j"], ["--data-dir", "-x"], ["--data-dir="]])
def test_the_usual_starts_skip_argparse_and_mean_the_same(argv) -> None:  # noqa: ANN001
    """`journal-app` and `journal-app --data-dir PATH` are read without argparse (~5 ms);
    whatever is read that way means what argparse would make of it."""
    from journal_app.app import _plain_start, parse_args

    plain, given = _plain_start(argv)
    if plain:
        assert given == parse_args(argv).data_dir
    else:  # anything else is argparse's to read (or refuse, by name)
        assert argv not in ([], ["--data-dir", "/tmp/j"], ["--data-dir=/tmp/j"])


def test_opening_is_said_only_when_it_takes_a_while(qtbot, dialogs, data_dir) -> None:  # noqa: ANN001
    """The app's window: no "Opening your journal…" flashing by before Today; said if
    the journal takes longer than a moment."""
    from journal_app.ui.main_window import OPENING_NOTICE_MS, MainWindow

    window = MainWindow(data_dir, ManualRunner(), dialogs, paint_first=True)  # nothing is ever delivered
    qtbot.addWidget(window)
    window.show()
    window.open_journal()
    assert window.stack.currentWidget() is window.opening and window.opening.title.text() == ""
    qtbot.waitUntil(lambda: window.opening.title.text() == "Opening your journal…", timeout=OPENING_NOTICE_MS * 10)


def test_a_broken_install_without_icons_still_gets_its_style_sheet(monkeypatch) -> None:  # noqa: ANN001
    from journal_app.ui import style

    def missing():  # noqa: ANN202
        raise FileNotFoundError("resources not found")

    monkeypatch.setattr(style, "resources_dir", missing)
    sheet = style.stylesheet(style.LIGHT)
    assert "QWidget#Sidebar" in sheet and "/icons/" not in sheet


def test_a_journal_from_an_older_version_says_it_is_being_updated(qtbot, dialogs, data_dir) -> None:  # noqa: ANN001
    from datetime import datetime, timezone

    from PySide6.QtWidgets import QProgressBar

    from journal_app.domain.checksum import text_checksum
    from journal_app.storage.search_key import first_key
    from journal_app.ui.main_window import TODAY, MainWindow
    from tests.helpers.old_journals import journal_at, old_entry

    body = "Written before this version"
    journal_at(data_dir, "0009_progress_index", [old_entry(
        "2026-11-01T09:00:00.000000Z", "2026-11-01", body, search_extra="", text_checksum=text_checksum(None, body),
        search_key=first_key(datetime(2026, 11, 1, 9, tzinfo=timezone.utc)))])
    runner = ManualRunner()
    window = MainWindow(data_dir, runner, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.open_journal()
    runner.run_next()  # the glance finds a journal to upgrade: said at once, with a busy bar
    assert window.stack.currentWidget() is window.opening
    assert window.opening.title.text() == "Updating your journal for this version…"
    assert "nothing can be lost" in window.opening.text.text()
    busy = window.opening.findChild(QProgressBar)
    assert busy is not None and busy.isVisible() and busy.maximum() == 0  # moving, no end promised
    runner.run_next()  # upgraded and open
    assert window.services.journal.count_entries() == 1
    assert window.stack.currentWidget() is window.area(TODAY)
    assert not busy.isVisible() and window.opening.text.text() == ""  # as it was, for the next opening
