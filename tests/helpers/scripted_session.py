"""A whole session in the real app, as a program of its own, for watching its system
calls (tests/test_no_network_syscalls.py runs it under strace):

    python -m tests.helpers.scripted_session DATA_DIR

First start (the welcome sets a passphrase), write an entry in several scripts in the
Journal, search for it, "Back up now" and the automatic backup, lock, unlock, check
the entry, close. As the app starts (app.py): the journal's lock, the window, the
app's own thread pool, and the local socket that answers second starts. Only the
modal dialogs answer by themselves (they would wait for a click), and key stretching
is cheap. Prints "session complete" and exits 0, or names the step that failed and
exits 1; gives up after HARD_TIMEOUT_S.
"""
from __future__ import annotations

import faulthandler
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal_app.storage import key_file  # noqa: E402
from journal_app.ui import dialogs as real_dialogs  # noqa: E402

PASSPHRASE = "tea with my grandmother at dusk"
WORD = "solidaritymarker"  # what the search looks for
TEXT = f"Listening first, {WORD}: ஒற்றுமை, ഐക്യദാർഢ്യം, 团结, 連帯 and 🌱 together"
STEP_TIMEOUT_MS = 20_000
HARD_TIMEOUT_S = 60
POLL_MS = 20


class SessionFailed(Exception):
    pass


class ScriptedDialogs(real_dialogs.Dialogs):
    """The real dialogs, except those this session meets: answered without waiting."""

    def __init__(self, backup_folder: Path) -> None:
        self.backup_folder = backup_folder
        self.recovery_keys: list[str] = []
        self.informed: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []
        self.settings_action: str | None = None

    def welcome(self, parent):  # noqa: ANN001, ANN201
        return PASSPHRASE, True

    def recovery_key(self, parent, key: str) -> None:  # noqa: ANN001
        self.recovery_keys.append(key)

    def choose_folder(self, parent, title: str) -> Path:  # noqa: ANN001
        return self.backup_folder

    def information(self, parent, title: str, text: str) -> None:  # noqa: ANN001
        self.informed.append((title, text))

    def error(self, parent, title: str, text: str) -> None:  # noqa: ANN001
        self.errors.append((title, text))
        fail(f"the app showed an error: {title}: {text}")

    def settings(self, parent, settings, catalog, encrypted: bool):  # noqa: ANN001, ANN201
        action, self.settings_action = self.settings_action, None
        return False, action


def fail(message: str) -> None:
    """Stop at once, whatever loop we are in (a modal dialog's, a slot's)."""
    sys.stderr.write(f"session failed: {message}\n")
    sys.stderr.flush()
    sys.stdout.flush()
    os._exit(1)


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Key presses carrying each character, as an input method delivers them."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


class Script:
    """Steps run one after another on the event loop: each does something, then
    waits (polling, never blocking the loop) until its check holds."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, Callable[[], None], Callable[[], bool]]] = []
        self.done: Callable[[], None] = lambda: None

    def step(self, name: str, action: Callable[[], None], until: Callable[[], bool] = lambda: True) -> None:
        self.steps.append((name, action, until))

    def start(self) -> None:
        QTimer.singleShot(0, lambda: self._run(0))

    def _run(self, index: int) -> None:
        if index == len(self.steps):
            self.done()
            return
        name, action, until = self.steps[index]
        try:
            action()
        except Exception:  # noqa: BLE001 - reported, with the step
            fail(f"step {name!r}: {traceback.format_exc()}")
        self._wait(index, name, until, STEP_TIMEOUT_MS)

    def _wait(self, index: int, name: str, until: Callable[[], bool], left: int) -> None:
        try:
            ready = until()
        except Exception:  # noqa: BLE001
            fail(f"step {name!r}, checking: {traceback.format_exc()}")
        if ready:
            QTimer.singleShot(0, lambda: self._run(index + 1))
        elif left <= 0:
            fail(f"step {name!r} did not finish within {STEP_TIMEOUT_MS} ms")
        else:
            QTimer.singleShot(POLL_MS, lambda: self._wait(index, name, until, left - POLL_MS))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m tests.helpers.scripted_session DATA_DIR\n")
        return 2
    faulthandler.dump_traceback_later(HARD_TIMEOUT_S + 5, exit=True)  # even if the loop is stuck
    data_dir = Path(argv[0]).resolve()
    backup_folder = data_dir.parent / "chosen-backup-folder"
    backup_folder.mkdir(parents=True, exist_ok=True)
    key_file.cost = key_file.KdfCost(time_cost=1, memory_kib=8 * 1024, parallelism=1)

    def excepthook(kind, value, tb) -> None:  # noqa: ANN001 - an exception in a slot
        fail("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = excepthook

    from journal_app import APP_NAME
    from journal_app.services import encryption
    from journal_app.storage.backups import backups_dir, count_entries, list_backups
    from journal_app.storage.instance_lock import InstanceLock
    from journal_app.ui import style
    from journal_app.ui.first_paint import after_first_paint
    from journal_app.ui.main_window import JOURNAL, MainWindow
    from journal_app.ui.running_instance import listen_for_second_starts
    from journal_app.ui.tasks import ThreadPoolTaskRunner
    from journal_app.ui.views.lock_view import LockView

    lock = InstanceLock(data_dir)
    if not lock.acquire():
        fail(f"the journal's lock is held: {data_dir}")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)  # the script ends the loop, after its last check
    style.apply(app)
    runner = ThreadPoolTaskRunner()
    dialogs = ScriptedDialogs(backup_folder)
    window = MainWindow(data_dir, runner, dialogs)
    servers = []

    def after_painting() -> None:
        window.open_journal()
        servers.append(listen_for_second_starts(data_dir, window))

    after_first_paint(after_painting)
    window.show()
    QTimer.singleShot(HARD_TIMEOUT_S * 1000, lambda: fail(f"the session took more than {HARD_TIMEOUT_S} s"))

    def journal():  # noqa: ANN202
        return window.area(JOURNAL)

    def is_open() -> bool:
        return window.services is not None and window.holder.loaded

    def automatic_backups() -> list:
        return list_backups(backups_dir(data_dir))

    def opened_and_protected() -> bool:
        return (is_open() and bool(dialogs.recovery_keys) and window.protection.encrypted
                and encryption.is_encrypted(data_dir) and bool(servers))

    def expect(condition: bool, message: str) -> None:
        if not condition:
            raise SessionFailed(message)

    def write() -> None:
        expect(servers[0] is not None, "the local server for second starts did not listen")
        window.show_area(JOURNAL)
        journal().start_entry(None)
        type_text(journal().editor.body_edit, TEXT)
        expect(journal().editor.save_now(), "the entry was not saved")

    def search() -> None:
        journal().search_box.setText(WORD)

    def found() -> bool:
        model = journal().model
        return model.searching and model.rowCount() == 1 and WORD in model.summary(0).snippet

    def back_up_now() -> None:
        dialogs.settings_action = "backup_now"
        window.open_settings()

    def backed_up_now() -> bool:
        if not any(title == "Backed up" for title, _ in dialogs.informed):
            return False
        copies = list(backup_folder.glob("*.sqlite3"))
        return len(copies) == 1 and any(p.suffix != ".sqlite3" for p in backup_folder.iterdir())  # + key file

    def locked() -> bool:
        return window.services is None and isinstance(window.stack.currentWidget(), LockView)

    def unlock() -> None:
        view = window.protection.lock_view
        view.field.setText(PASSPHRASE)
        QTest.keyClick(view.field, Qt.Key.Key_Return)

    def back_where_we_were() -> bool:
        return is_open() and window.stack.currentWidget() is journal()

    def check_entry() -> None:
        expect(journal().editor.text() == TEXT, f"the open entry reads {journal().editor.text()!r}")
        results = window.services.journal.search(WORD)
        expect(results.total == 1, f"{results.total} entries found after unlocking, not 1")
        body = window.services.journal.get_entry(results.entries[0].id).body
        expect(body == TEXT, f"the stored entry reads {body!r}")

    def closed() -> bool:
        return window.services is None and not window.isVisible()

    keys = []

    def close() -> None:
        keys.append(window.services.db.key)
        window.close()

    def backed_up_on_closing() -> None:
        newest = automatic_backups()[0]
        expect(window.safety.closing_backup_done, "no backup was made on closing")
        expect(count_entries(newest.path, keys[0]) == 1, f"the newest backup has no entry: {newest.path.name}")

    script = Script()
    script.step("first start: welcome with a passphrase", lambda: None, opened_and_protected)
    script.step("the automatic backup", lambda: None, lambda: bool(automatic_backups()))
    script.step("write an entry", write, lambda: journal().model.rowCount() == 1)
    script.step("search for it", search, found)
    script.step("back up now", back_up_now, backed_up_now)
    script.step("lock", window.protection.lock, locked)
    script.step("unlock", unlock, back_where_we_were)
    script.step("the entry is there", check_entry)
    script.step("close", close, closed)
    script.step("the backup on closing", backed_up_on_closing)

    def finished() -> None:
        print("session complete", flush=True)
        app.exit(0)

    script.done = finished
    script.start()
    code = app.exec()
    runner.wait()
    lock.release()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
