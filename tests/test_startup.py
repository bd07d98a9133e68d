"""Start-up order: the window paints before the ORM is imported; work runs off the
UI thread and comes back on it."""
from __future__ import annotations

import subprocess
import sys
import threading

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
