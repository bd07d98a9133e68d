"""Backups and damage (issue 11): backups rotate, restore to the same entries, are
encrypted as the journal is and carry their key file; damage is noticed, a damaged
journal is set aside unchanged, and the newest good backup is offered."""
from __future__ import annotations

import os
import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.domain.backup import SKIPPED_DAMAGED, SKIPPED_SPACE, SKIPPED_UNCHANGED
from journal_app.domain.backup_rotation import backups_to_keep
from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.services import backups as backup_service
from journal_app.services import encryption
from journal_app.services.app_services import open_services
from journal_app.storage.files import database_path
from journal_app.storage.key_file import key_file_path

PASSPHRASE = "the river remembers us"
SECRET = "zebrasecretword 秘密 ரகசியம்"


def _bodies(services) -> list[str]:  # noqa: ANN001
    page = services.journal.newest_entries(limit=1000)
    return sorted(services.journal.get_entry(e.id).body for e in page.entries)


def _write(services, clock, texts) -> None:  # noqa: ANN001
    for text in texts:
        services.journal.write_entry(text)
        clock.advance(minutes=1)


# -- rotation ------------------------------------------------------------------------------
def test_rotation_keeps_the_newest_of_each_of_the_last_days_and_weeks() -> None:
    start = datetime(2026, 1, 1, 20, tzinfo=timezone.utc)  # a Thursday
    made = [start + timedelta(days=d, hours=h) for d in range(60) for h in (0, 2)]  # two a day
    keep = backups_to_keep(made, daily=5, weekly=3)
    newest_day = max(made).date()
    days = sorted({t.date() for t in keep}, reverse=True)
    assert days[:5] == [newest_day - timedelta(days=n) for n in range(5)]
    assert all(t.hour == 22 for t in keep)  # the newest of its day
    weeks = {t.isocalendar()[:2] for t in keep}
    assert len(weeks) == 3 and len(keep) <= 5 + 3
    assert backups_to_keep(made, daily=3, weekly=0) == {max(made) - timedelta(days=n) for n in range(3)}


def test_backups_rotate_as_days_pass(services, clock) -> None:  # noqa: ANN001
    for day in range(40):
        _write(services, clock, [f"day {day}"])
        assert services.backups.back_up().made is not None
        clock.advance(days=1)
    kept = services.backups.backups()
    assert 5 <= len(kept) <= 8
    assert len({b.made_at.date() for b in kept}) == len(kept)
    assert kept[0].entries == 40 and kept[-1].entries < kept[0].entries
    assert all(os.stat(b.path).st_mode & 0o777 == 0o600 for b in kept)


# -- making and restoring ------------------------------------------------------------------
def test_a_backup_restores_to_the_same_entries_and_the_journal_is_kept_aside(data_dir, clock) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock)
    _write(services, clock, ["first " + SECRET, "second 🌱", "third"])
    outcome = services.backups.back_up()
    assert outcome.made is not None and outcome.made.entries == 3
    want = _bodies(services)
    clock.advance(days=1)  # (of two backups on one day, only the newer is kept)
    _write(services, clock, ["written after the backup"])
    assert services.backups.back_up(only_if_changed=True).made is not None  # changed: another one
    assert services.backups.back_up().skipped == SKIPPED_UNCHANGED
    backup = services.backups.backups()[-1]
    services.close()
    kept = backup_service.restore(data_dir, backup, clock().utc)
    assert kept is not None and kept.name.startswith("journal-before-restore-")
    services = open_services(data_dir, clock)
    try:
        assert _bodies(services) == want
    finally:
        services.close()
    aside = open_services(_as_journal(kept, data_dir.parent / "aside"), clock)
    try:
        assert "written after the backup" in _bodies(aside)  # nothing lost: the old journal is whole
    finally:
        aside.close()


def _as_journal(copy: Path, folder: Path) -> Path:
    """A copy (and its key file) set up as a journal folder of its own."""
    folder.mkdir(mode=0o700)
    shutil.copy(copy, database_path(folder))
    if copy.with_suffix(".key").exists():
        shutil.copy(copy.with_suffix(".key"), key_file_path(folder))
    return folder


def test_an_encrypted_backup_holds_no_clear_text_and_opens_with_the_passphrase_of_its_time(data_dir, clock) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock)
    _write(services, clock, ["before " + SECRET])
    services.close()
    key, _ = encryption.turn_on(data_dir, PASSPHRASE)
    services = open_services(data_dir, clock, key=key)
    backup = services.backups.back_up(only_if_changed=False).made
    services.close()
    assert backup.encrypted and backup.entries == 1 and not backup.other_passphrase
    for word in SECRET.split():
        assert word.encode() not in backup.path.read_bytes()
    assert backup.path.with_suffix(".key").exists()
    encryption.change_passphrase(data_dir, PASSPHRASE, "a newer passphrase")
    services = open_services(data_dir, clock, key=encryption.unlock(data_dir, "a newer passphrase"))
    listed = services.backups.backups()[0]
    services.close()
    assert listed.other_passphrase and listed.entries == 1  # same key inside: still counted
    on_its_own = _as_journal(backup.path, data_dir.parent / "elsewhere")
    with pytest.raises(JournalError):
        encryption.unlock(on_its_own, "a newer passphrase")
    services = open_services(on_its_own, clock, key=encryption.unlock(on_its_own, PASSPHRASE))
    try:
        assert _bodies(services) == ["before " + SECRET]
    finally:
        services.close()


def test_backups_follow_encryption_on_and_off(data_dir, clock) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock)
    _write(services, clock, ["plain days " + SECRET])
    plain = services.backups.back_up().made
    services.close()
    encryption.turn_on(data_dir, PASSPHRASE)
    assert SECRET.split()[0].encode() not in plain.path.read_bytes()
    assert plain.path.with_suffix(".key").read_bytes() == key_file_path(data_dir).read_bytes()
    encryption.turn_off(data_dir, PASSPHRASE)
    assert SECRET.split()[0].encode() in plain.path.read_bytes()
    assert not plain.path.with_suffix(".key").exists()


def test_a_nearly_full_disk_skips_the_backup_and_says_so(services, clock) -> None:  # noqa: ANN001
    _write(services, clock, ["something"])
    services.backups.reserve = shutil.disk_usage(services.backups.folder.parent).free + 1
    outcome = services.backups.back_up()
    assert outcome.made is None and outcome.skipped == SKIPPED_SPACE
    assert services.backups.backups() == []


def test_back_up_now_to_a_chosen_folder_opens_on_its_own(data_dir, clock, tmp_path) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock)
    _write(services, clock, ["kept elsewhere " + SECRET])
    services.close()
    key, _ = encryption.turn_on(data_dir, PASSPHRASE)
    services = open_services(data_dir, clock, key=key)
    chosen = tmp_path / "usb stick"
    chosen.mkdir()
    copy = services.backups.back_up_to(chosen)
    services.close()
    assert copy.parent == chosen and copy.with_suffix(".key").exists()
    folder = _as_journal(copy, tmp_path / "from the stick")
    services = open_services(folder, clock, key=encryption.unlock(folder, PASSPHRASE))
    try:
        assert _bodies(services) == ["kept elsewhere " + SECRET]
    finally:
        services.close()


# -- damage --------------------------------------------------------------------------------
def _closed_journal_with_backup(data_dir, clock, key=None) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock, key=key)
    _write(services, clock, [f"entry {n} " + "words " * 40 for n in range(30)] + ["the marker qqqqqqqqqqqq here"])
    assert services.backups.back_up(only_if_changed=False).made is not None
    services.close()


def test_one_changed_byte_in_an_entry_of_a_plain_journal_is_found(data_dir, clock) -> None:  # noqa: ANN001
    _closed_journal_with_backup(data_dir, clock)
    path = database_path(data_dir)
    content = bytearray(path.read_bytes())
    at = content.index(b"the marker qqqqqqqqqqqq") + 15  # in the entry, not the search index
    content[at] = ord("r")  # still valid text: only the checksum can tell
    path.write_bytes(bytes(content))
    services = open_services(data_dir, clock)  # opens: the cheap check cannot see it
    try:
        damage = services.backups.check()
        marker = next(e.id for e in services.journal.search("here").entries)
        assert damage is not None and damage.what == "entries" and damage.entry_ids == (marker,)
        outcome = services.backups.back_up(only_if_changed=False)
        assert outcome.skipped == SKIPPED_DAMAGED and len(services.backups.backups()) == 1
    finally:
        services.close()
    _set_aside_and_offer(data_dir, clock, key=None)


def test_a_changed_byte_anywhere_in_an_encrypted_journal_is_found(data_dir, clock, tmp_path) -> None:  # noqa: ANN001
    open_services(data_dir, clock).close()
    key, _ = encryption.turn_on(data_dir, PASSPHRASE)
    _closed_journal_with_backup(data_dir, clock, key)
    original = database_path(data_dir).read_bytes()
    rng = random.Random(11)
    for trial in range(12):
        damaged = bytearray(original)
        at = rng.randrange(0, len(damaged))
        damaged[at] ^= 1 << rng.randrange(8)
        folder = tmp_path / f"trial-{trial}"
        folder.mkdir(mode=0o700)
        database_path(folder).write_bytes(bytes(damaged))
        shutil.copy(key_file_path(data_dir), key_file_path(folder))
        try:
            services = open_services(folder, clock, key=key)
        except JournalError as refused:  # found at the start already
            assert refused.code in (ErrorCode.JOURNAL_UNREADABLE, ErrorCode.UPGRADE_FAILED), at
            continue
        try:
            assert services.backups.check() is not None, f"byte {at} of {len(damaged)}"
        finally:
            services.close()


@pytest.mark.parametrize("damage", ["truncated", "random bytes"])
def test_a_truncated_or_random_file_is_refused_at_the_start(data_dir, clock, damage) -> None:  # noqa: ANN001
    _closed_journal_with_backup(data_dir, clock)
    path = database_path(data_dir)
    if damage == "truncated":
        with open(path, "r+b") as file:
            file.truncate(path.stat().st_size // 2)
    else:
        path.write_bytes(random.Random(3).randbytes(path.stat().st_size))
    with pytest.raises(JournalError) as refused:
        open_services(data_dir, clock)
    assert refused.value.code is ErrorCode.JOURNAL_UNREADABLE
    _set_aside_and_offer(data_dir, clock, key=None)


def _set_aside_and_offer(data_dir, clock, key) -> None:  # noqa: ANN001
    """What the app does on damage: the damaged file moves aside unchanged, and the
    newest good backup restores every entry it held."""
    damaged_bytes = database_path(data_dir).read_bytes()
    aside = backup_service.move_damaged_aside(data_dir, clock().utc)
    assert aside is not None and aside.read_bytes() == damaged_bytes and not database_path(data_dir).exists()
    good = backup_service.newest_good_backup(data_dir, key)
    assert good is not None and good.entries == 31
    backup_service.restore(data_dir, good, clock().utc)
    services = open_services(data_dir, clock, key=key)
    try:
        assert services.journal.count_entries() == 31 and services.backups.check() is None
    finally:
        services.close()
    assert aside.read_bytes() == damaged_bytes  # never overwritten
