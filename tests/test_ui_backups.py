"""Backups and damage in the real window (issue 11): the daily backup in the
background, one on closing after writing, Back up now, Restore, and the damage page
that sets the journal aside and restores the newest good backup."""
from __future__ import annotations

import random

from PySide6.QtTest import QTest
from PySide6.QtCore import Qt

from conftest import type_text
from journal_app.services import encryption
from journal_app.services.app_services import open_services
from journal_app.storage.backups import backups_dir, count_entries, list_backups
from journal_app.storage.files import database_path
from journal_app.ui.main_window import JOURNAL
from journal_app.ui.views.damage_page import DamagePage

PASSPHRASE = "the long way round home"


def _journal_with_a_backup(data_dir, clock, texts=("one", "two", "three"), key=None) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock, key=key)
    for text in texts:
        services.journal.write_entry(text)
    services.backups.back_up(only_if_changed=False)
    services.close()


def test_the_first_backup_is_made_after_opening_and_the_sidebar_says_so(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock)
    services.journal.write_entry("an entry to keep safe")
    services.close()
    window = open_window(data_dir)
    assert len(list_backups(backups_dir(data_dir))) == 1
    assert window.sidebar.notice.text().startswith("Backed up today")


def test_closing_after_writing_makes_a_backup_with_the_new_words(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _journal_with_a_backup(data_dir, clock)
    window = open_window(data_dir)
    window.show_area(JOURNAL)
    journal = window.area(JOURNAL)
    journal.start_entry(None)
    type_text(journal.editor.body_edit, "written just before closing 🌙")
    window.close()
    qtbot.waitUntil(lambda: window.services is None, timeout=3000)  # closed once the backup is made
    newest = list_backups(backups_dir(data_dir))[0]
    assert count_entries(newest.path, None) == 4  # the words typed before closing are in it
    services = open_services(data_dir, clock)
    try:
        assert services.journal.search("closing").total == 1
    finally:
        services.close()


def test_opening_and_closing_without_writing_makes_no_backup(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _journal_with_a_backup(data_dir, clock)
    first = open_window(data_dir)  # the first opening of the day keeps the day's prompt: a change
    first.close()
    qtbot.waitUntil(lambda: first.services is None, timeout=3000)
    before = [(b.path.name, b.path.stat().st_mtime_ns) for b in list_backups(backups_dir(data_dir))]
    again = open_window(data_dir)
    again.show_area(JOURNAL)  # looked at, nothing written
    again.close()
    qtbot.waitUntil(lambda: again.services is None, timeout=3000)
    assert [(b.path.name, b.path.stat().st_mtime_ns) for b in list_backups(backups_dir(data_dir))] == before


def test_restoring_a_backup_from_settings_keeps_the_journal_aside(qtbot, open_window, data_dir, clock, dialogs) -> None:  # noqa: ANN001
    _journal_with_a_backup(data_dir, clock)
    window = open_window(data_dir)
    window.services.journal.write_entry("after the backup")
    dialogs.settings_action, dialogs.backup_choice = "restore", 0
    window.open_settings()
    assert "3 entries" in dialogs.backup_lists[-1][0]
    assert window.services is not None and window.services.journal.count_entries() == 3
    kept = list(data_dir.glob("journal-before-restore-*.sqlite3"))
    assert len(kept) == 1


def test_back_up_now_copies_the_journal_to_a_chosen_folder(qtbot, open_window, data_dir, clock, dialogs, tmp_path) -> None:  # noqa: ANN001
    _journal_with_a_backup(data_dir, clock)
    window = open_window(data_dir)
    dialogs.folder_to_choose = tmp_path / "elsewhere"
    dialogs.folder_to_choose.mkdir()
    dialogs.settings_action = "backup_now"
    window.open_settings()
    copies = list(dialogs.folder_to_choose.glob("*.sqlite3"))
    assert len(copies) == 1 and dialogs.informed[-1][0] == "Backed up"
    assert "not encrypted" in dialogs.informed[-1][1]


def test_a_random_file_at_start_is_set_aside_and_the_backup_restores_it(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _journal_with_a_backup(data_dir, clock)
    path = database_path(data_dir)
    noise = random.Random(5).randbytes(path.stat().st_size)
    path.write_bytes(noise)
    window = open_window(data_dir)
    page = window.stack.currentWidget()
    assert isinstance(page, DamagePage) and page.restore_button.isVisible()
    assert "3 entries" in page.backup_text.text()
    aside = list(data_dir.glob("journal-damaged-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == noise
    page.restore_button.click()
    assert window.services is not None and window.services.journal.count_entries() == 3
    assert aside[0].read_bytes() == noise


def test_damage_found_in_the_background_leads_to_the_same_offer(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _journal_with_a_backup(data_dir, clock, ("an entry with a marker zzzzzzzzzzzz in it", "two", "three"))
    path = database_path(data_dir)
    content = bytearray(path.read_bytes())
    content[content.index(b"marker zzzzzzzzzzzz") + 10] = ord("y")
    path.write_bytes(bytes(content))
    window = open_window(data_dir)  # opens fine: the background check finds it
    page = window.stack.currentWidget()
    assert isinstance(page, DamagePage) and window.services is None
    page.restore_button.click()
    assert window.services.journal.search("zzzzzzzzzzzz").total == 1


def test_an_encrypted_journal_damaged_behind_its_lock_is_offered_its_backup(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    open_services(data_dir, clock).close()
    key, _ = encryption.turn_on(data_dir, PASSPHRASE)
    _journal_with_a_backup(data_dir, clock, key=key)
    path = database_path(data_dir)
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size - 4096)
    window = open_window(data_dir)
    view = window.protection.lock_view
    view.field.setText(PASSPHRASE)
    QTest.keyClick(view.field, Qt.Key.Key_Return)
    page = window.stack.currentWidget()
    assert isinstance(page, DamagePage) and "3 entries" in page.backup_text.text()
    page.restore_button.click()
    view.field.setText(PASSPHRASE)  # the restored journal opens with its passphrase
    QTest.keyClick(view.field, Qt.Key.Key_Return)
    assert window.services is not None and window.services.journal.count_entries() == 3
