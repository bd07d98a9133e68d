"""The lock in the real window (issue 10): an encrypted journal opens on the lock
screen; locking (Ctrl+L, idle, the screen locking) saves, clears every view and lets
go of the journal; unlocking returns to the same place with every word."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from conftest import type_text
from journal_app import APP_NAME
from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.services import encryption
from journal_app.services.app_services import open_services
from journal_app.storage.files import database_path
from journal_app.ui.main_window import JOURNAL, TODAY
from journal_app.ui.views.lock_view import LockView

PASSPHRASE = "tea with my grandmother"
SECRET = "ஒருரகசியம் 秘密 secretword 🌙"


def _encrypted_journal(data_dir, clock, body: str = "An entry from before " + SECRET) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock)
    services.journal.write_entry(body, title="Before")
    services.close()
    encryption.turn_on(data_dir, PASSPHRASE)


def _unlock(window, secret: str = PASSPHRASE) -> None:  # noqa: ANN001
    view = window.protection.lock_view
    view.field.setText(secret)
    QTest.keyClick(view.field, Qt.Key.Key_Return)


def _texts_shown(window) -> str:  # noqa: ANN001
    """Every piece of text any widget of the window holds, visible or not."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QLabel):
        parts.append(widget.text())
    for widget in window.findChildren(QLineEdit):
        parts.append(widget.text())
    for kind in (QPlainTextEdit, QTextEdit):
        parts += [widget.toPlainText() for widget in window.findChildren(kind)]
    return "\n".join(parts)


def _is_locked(window) -> bool:  # noqa: ANN001
    return isinstance(window.stack.currentWidget(), LockView) and window.services is None


def test_an_encrypted_journal_opens_on_the_lock_screen_and_a_wrong_passphrase_waits(
        qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _encrypted_journal(data_dir, clock)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    window = open_window(data_dir)
    assert _is_locked(window)
    assert not window.sidebar.isVisible() and window.windowTitle() == APP_NAME
    assert "secretword" not in _texts_shown(window)
    _unlock(window, "tea with my grandmothe")
    view = window.protection.lock_view
    assert _is_locked(window) and view.message.isVisible()
    assert "passphrase" in view.message.text().lower()
    assert not view.button.isEnabled() and "1 s" in view.button.text()  # a short wait
    qtbot.waitUntil(view.button.isEnabled, timeout=3000)
    _unlock(window, "still not it at all")
    assert view.failed_attempts == 2 and "2 s" in view.button.text()  # and a little longer
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert after == before  # nothing changed on disk
    view._wait_left = 0  # the wait has been seen; no need to sit through it
    view._show_wait()
    _unlock(window)
    assert window.services is not None and window.sidebar.isVisible()
    assert window.stack.currentWidget() is window.area(TODAY)


def test_idle_locks_clears_every_view_and_unlocking_returns_with_the_draft(
        qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _encrypted_journal(data_dir, clock)
    window = open_window(data_dir)
    _unlock(window)
    window.show_area(JOURNAL)
    journal = window.area(JOURNAL)
    journal.start_entry(None)
    type_text(journal.editor.body_edit, "Half a thought " + SECRET)
    assert journal.editor.has_unsaved_changes  # typed just now: not yet saved
    window.protection.idle.start(150)  # the test's short idle time
    qtbot.waitUntil(lambda: _is_locked(window), timeout=3000)
    assert window._areas == {} and not window.holder.loaded
    shown = _texts_shown(window)
    assert "secretword" not in shown and "Half a thought" not in shown and "Before" not in shown
    assert window.windowTitle() == APP_NAME
    # The draft was saved before the journal closed (encrypted with it).
    assert b"Half a thought" not in database_path(data_dir).read_bytes()
    _unlock(window)
    assert window.stack.currentWidget() is window.area(JOURNAL)
    editor = window.area(JOURNAL).editor
    assert editor.text() == "Half a thought " + SECRET and not editor.has_unsaved_changes


def test_typing_keeps_the_journal_open(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _encrypted_journal(data_dir, clock)
    window = open_window(data_dir)
    _unlock(window)
    window.show_area(JOURNAL)
    journal = window.area(JOURNAL)
    journal.start_entry(None)
    window.protection.idle.start(400)
    for _ in range(6):
        qtbot.wait(120)
        QTest.keyClicks(journal.editor.body_edit, "a")
    assert window.services is not None  # 720 ms of typing against a 400 ms idle time
    qtbot.waitUntil(lambda: _is_locked(window), timeout=3000)  # then it goes quiet


def test_ctrl_l_locks_and_a_session_comes_back_at_its_step(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _encrypted_journal(data_dir, clock)
    window = open_window(data_dir)
    _unlock(window)
    today = window.area(TODAY)
    today.start_session(window.holder.current.prompts["reflection-action-following-black-leaders"])
    session = today.session_view
    session.skip()  # past the check-in
    step = window.services.sessions.current().step
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _is_locked(window)
    _unlock(window)
    today = window.area(TODAY)
    assert today.in_session and window.services.sessions.current().step == step


def test_the_screen_locking_locks_the_journal_and_open_dialogs_close_first(
        qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _encrypted_journal(data_dir, clock)
    window = open_window(data_dir)
    _unlock(window)
    window.show_area(JOURNAL)
    dialog = QDialog(window)
    dialog.setWindowTitle("Before " + SECRET)
    dialog.show()
    window.protection.watcher.lock_now.emit("screen-locked")
    qtbot.waitUntil(lambda: _is_locked(window), timeout=3000)
    assert not dialog.isVisible()


def test_words_that_cannot_be_saved_at_lock_time_are_held_and_put_back(
        qtbot, open_window, data_dir, clock, monkeypatch) -> None:  # noqa: ANN001
    _encrypted_journal(data_dir, clock)
    window = open_window(data_dir)
    _unlock(window)
    window.show_area(JOURNAL)
    journal = window.area(JOURNAL)
    journal.start_entry(None)

    def full_disk(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise JournalError(ErrorCode.SAVE_FAILED, reason="database or disk is full")

    monkeypatch.setattr(window.services.journal, "write_entry", full_disk)
    type_text(journal.editor.body_edit, "Words the disk has no room for")
    window.protection.lock()
    assert _is_locked(window)
    _unlock(window)  # the disk has room again (a new journal service)
    editor = window.area(JOURNAL).editor
    assert window.stack.currentWidget() is window.area(JOURNAL)
    assert editor.text() == "Words the disk has no room for"
    assert editor.save_now() and window.services.journal.search("room").total == 1


def test_the_welcome_offers_a_passphrase_and_the_recovery_key_opens_it_next_time(
        qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    dialogs.welcome_passphrase = PASSPHRASE
    window = open_window(data_dir)
    assert len(dialogs.welcomed) == 1
    assert "not a substitute for care" in _dialog_text(dialogs.welcomed[0])
    assert "never connects to the internet" in _dialog_text(dialogs.welcomed[0])
    assert encryption.is_encrypted(data_dir) and len(dialogs.recovery_keys) == 1
    assert window.services is not None and window.protection.encrypted  # open, encrypted, in use
    window.close()
    again = open_window(data_dir)
    assert _is_locked(again) and len(dialogs.welcomed) == 1  # welcomed once only
    again.protection.lock_view.switch.click()
    _unlock(again, dialogs.recovery_keys[0].lower())
    assert again.services is not None


def test_skipping_the_welcome_leaves_a_plain_journal_and_ctrl_l_offers_a_passphrase(
        qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    assert len(dialogs.welcomed) == 1 and not encryption.is_encrypted(data_dir)
    dialogs.confirm_answer = True
    dialogs.new_passphrase = PASSPHRASE
    dialogs.with_recovery_key = False
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.asked[-1][0] == "Your journal has no passphrase"
    assert encryption.is_encrypted(data_dir) and dialogs.recovery_keys == []
    assert window.services is not None and dialogs.informed[-1][0] == "Your journal is protected"


def test_settings_change_the_passphrase_remove_it_and_erase_the_journal(
        qtbot, open_window, data_dir, clock, dialogs) -> None:  # noqa: ANN001
    _encrypted_journal(data_dir, clock)
    window = open_window(data_dir)
    _unlock(window)
    dialogs.settings_action, dialogs.passphrase, dialogs.new_passphrase = "change", PASSPHRASE, "a new long passphrase"
    window.open_settings()
    assert dialogs.informed[-1][0] == "Passphrase changed"
    encryption.unlock(data_dir, "a new long passphrase")

    dialogs.settings_action, dialogs.passphrase = "unprotect", "the wrong one entirely"
    window.open_settings()
    assert dialogs.errors[-1][0] and encryption.is_encrypted(data_dir) and window.services is not None
    dialogs.settings_action, dialogs.passphrase = "unprotect", "a new long passphrase"
    window.open_settings()
    assert not encryption.is_encrypted(data_dir) and window.services is not None
    assert window.services.journal.search("secretword").total == 1

    dialogs.settings_action, dialogs.erase_word = "erase", "erase it"
    window.open_settings()
    assert database_path(data_dir).exists()  # the word was not typed right: nothing happens
    dialogs.settings_action, dialogs.erase_word = "erase", "ERASE"
    window.open_settings()
    assert not database_path(data_dir).exists() and window.services is None
    page = window.stack.currentWidget()
    assert page.title.text() == "Your journal has been erased"
    page.button.click()
    assert window.services is not None and window.services.journal.count_entries() == 0


def _dialog_text(dialog) -> str:  # noqa: ANN001
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_a_search_still_running_when_the_journal_locks_is_dropped_quietly(
        qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    from journal_app.ui.tasks import ThreadPoolTaskRunner

    _encrypted_journal(data_dir, clock)
    window = open_window(data_dir)
    _unlock(window)
    window.show_area(JOURNAL)
    journal = window.area(JOURNAL)
    runner = ThreadPoolTaskRunner()
    journal._runner = runner  # noqa: SLF001 - the app's own threaded runner
    journal.search_box.setText("secretword")
    journal._run_search()  # noqa: SLF001
    window.protection.lock()  # while it runs
    runner.wait()
    qtbot.wait(100)  # its result arrives for a view that is gone: nothing happens
    assert _is_locked(window)
