"""The app opens no network connection, seen from Python's side: a whole session in the
real window (first start with a passphrase, write, search, back up, lock, unlock,
close) with Python's sockets blocked by pytest-socket. Unix sockets stay allowed
(socketpair needs them; the local socket for second starts is one). Sockets Qt or C
code make are invisible here: tests/test_no_network_syscalls.py watches the system
calls for those."""
from __future__ import annotations

import socket
import warnings

import pytest
from pytest_socket import SocketBlockedError, disable_socket, enable_socket

from conftest import type_text
from journal_app.services import encryption
from journal_app.storage.backups import backups_dir, count_entries, list_backups
from journal_app.ui.main_window import JOURNAL
from journal_app.ui.views.lock_view import LockView
from tests.helpers.scripted_session import PASSPHRASE, TEXT, WORD

BLOCKED = "A test tried to use socket"  # what pytest-socket warns with, as it refuses


@pytest.fixture
def no_network():  # noqa: ANN201
    """Python's internet sockets blocked for this test only (the rest of the suite
    starts subprocesses and may do as it likes)."""
    disable_socket(allow_unix_socket=True)
    try:
        yield
    finally:
        enable_socket()


def _assert_blocked() -> None:
    """Internet sockets and name lookups refused, Unix sockets allowed: the block is on."""
    attempts = [lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
                lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM),
                lambda: socket.getaddrinfo("localhost", 80)]
    for attempt in attempts:
        with pytest.warns(UserWarning, match=BLOCKED), pytest.raises(SocketBlockedError):
            attempt()
    left, right = socket.socketpair()
    left.close()
    right.close()


def test_a_whole_session_with_python_sockets_blocked(no_network, qtbot, open_window, data_dir, dialogs,  # noqa: ANN001
                                                      tmp_path) -> None:
    _assert_blocked()  # really on: the session below cannot pass without it
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _session(qtbot, open_window, data_dir, dialogs, tmp_path)
    refused = [f"{w.filename}:{w.lineno}: {w.message}" for w in caught if BLOCKED in str(w.message)]
    assert not refused, "the app tried to use a socket (and went on):\n" + "\n".join(refused)
    _assert_blocked()  # still on: nothing along the way turned it off


def _session(qtbot, open_window, data_dir, dialogs, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    # First start: the welcome sets a passphrase (and shows a recovery key).
    dialogs.welcome_passphrase = PASSPHRASE
    window = open_window(data_dir)
    assert len(dialogs.welcomed) == 1 and len(dialogs.recovery_keys) == 1
    assert encryption.is_encrypted(data_dir) and window.services is not None and window.protection.encrypted
    automatic = list_backups(backups_dir(data_dir))
    assert len(automatic) == 1 and count_entries(automatic[0].path, window.services.db.key) == 0  # made after opening

    # Write in the Journal, in several scripts, and find it.
    window.show_area(JOURNAL)
    journal = window.area(JOURNAL)
    journal.start_entry(None)
    type_text(journal.editor.body_edit, TEXT)
    assert journal.editor.save_now() and journal.model.rowCount() == 1
    journal.search_box.setText(WORD)
    qtbot.waitUntil(lambda: journal.model.searching and journal.model.rowCount() == 1, timeout=3000)
    assert journal.result_label.text() == "1 entry found" and WORD in journal.model.summary(0).snippet

    # Back up now, to a folder of one's own: the copy and its key file.
    dialogs.folder_to_choose = tmp_path / "chosen"
    dialogs.folder_to_choose.mkdir()
    dialogs.settings_action = "backup_now"
    window.open_settings()
    assert dialogs.informed[-1][0] == "Backed up" and not dialogs.errors
    assert len(list(dialogs.folder_to_choose.glob("*.sqlite3"))) == 1
    assert len(list(dialogs.folder_to_choose.glob("*.key"))) == 1

    # Lock, and unlock with the passphrase: back in the Journal with the entry.
    with qtbot.waitActive(window):  # offscreen drops activation after typing (a platform quirk); a click
        window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.services is None and isinstance(window.stack.currentWidget(), LockView)
    view = window.protection.lock_view
    view.field.setText(PASSPHRASE)
    QTest.keyClick(view.field, Qt.Key.Key_Return)
    assert window.services is not None and window.stack.currentWidget() is window.area(JOURNAL)
    assert window.area(JOURNAL).editor.text() == TEXT
    results = window.services.journal.search(WORD)
    assert results.total == 1 and window.services.journal.get_entry(results.entries[0].id).body == TEXT

    # Close: the backup on closing has the entry (the first one, made before it, had none).
    key = window.services.db.key
    window.close()
    qtbot.waitUntil(lambda: window.services is None, timeout=5000)
    assert window.safety.closing_backup_done
    assert count_entries(list_backups(backups_dir(data_dir))[0].path, key) == 1
    assert not dialogs.errors
