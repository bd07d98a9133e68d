"""Encryption at rest (issue 10): nobody who copies the data folder can read the
journal; the right passphrase or recovery key opens it; nothing is lost on the way."""
from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as driver

from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.domain.passphrase import (
    Strength, format_recovery_key, parse_recovery_key, strength, unlock_delay,
)
from journal_app.services import encryption
from journal_app.services.app_services import open_services
from journal_app.storage import conversion, schema
from journal_app.storage.engine import connect_plain
from journal_app.storage.files import database_path
from journal_app.storage.key_file import key_file_path

PASSPHRASE = "a river between two cities"
# One word per script people write in: none may be readable in the journal's files.
SECRETS = ("zebrawordsecret", "秘密的日记", "ரகசியம்சொல்", "രഹസ്യവാക്ക്", "سرّيةكلمة", "🔐🌱")


def _journal_with_entries(data_dir: Path, clock, count: int = 3) -> list[str]:  # noqa: ANN001
    services = open_services(data_dir, clock)
    bodies = [f"Entry {n}: " + " ".join(SECRETS) + f" end {n}" for n in range(count)]
    try:
        for body in bodies:
            services.journal.write_entry(body, title=f"title {SECRETS[1]} {SECRETS[0]}")
    finally:
        services.close()
    return bodies


def _files_bytes(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file()}


def _bodies(services) -> list[str]:  # noqa: ANN001
    found = services.journal.newest_entries(limit=1000)
    return sorted(services.journal.get_entry(e.id).body for e in found.entries)


def test_no_file_of_an_encrypted_journal_holds_a_word_of_it(data_dir: Path, clock) -> None:  # noqa: ANN001
    bodies = _journal_with_entries(data_dir, clock)
    key, _ = encryption.turn_on(data_dir, PASSPHRASE)
    services = open_services(data_dir, clock, key=key)
    try:  # written while encrypted: the WAL is encrypted too (checked while it exists)
        services.journal.write_entry("wal " + " ".join(SECRETS))
        files = _files_bytes(data_dir)
        assert {"journal.sqlite3", "journal.sqlite3-wal", "journal.key"} <= set(files)
    finally:
        services.close()
    files.update(_files_bytes(data_dir))
    for name, content in files.items():
        for word in SECRETS:
            assert word.encode("utf-8") not in content, (name, word)
    assert not database_path(data_dir).read_bytes().startswith(b"SQLite format 3")
    services = open_services(data_dir, clock, key=encryption.unlock(data_dir, PASSPHRASE))
    try:
        assert _bodies(services) == sorted(bodies + ["wal " + " ".join(SECRETS)])
        for word in SECRETS:  # search works in every script inside the encrypted file
            assert services.journal.search(word).total == len(bodies) + 1, word
    finally:
        services.close()


def test_a_locked_journal_does_not_open_without_its_key_and_a_wrong_one_changes_nothing(
        data_dir: Path, clock) -> None:  # noqa: ANN001
    _journal_with_entries(data_dir, clock)
    encryption.turn_on(data_dir, PASSPHRASE)
    before = _files_bytes(data_dir)
    with pytest.raises(JournalError) as locked:
        open_services(data_dir, clock)
    assert locked.value.code is ErrorCode.JOURNAL_LOCKED
    for wrong in ("a river between two citie", "", "A RIVER BETWEEN TWO CITIES"):
        with pytest.raises(JournalError) as refused:
            encryption.unlock(data_dir, wrong)
        assert refused.value.code is ErrorCode.WRONG_PASSPHRASE
    with pytest.raises(JournalError) as refused:
        encryption.unlock_with_recovery_key(data_dir, format_recovery_key(bytes(20)))
    assert refused.value.code is ErrorCode.WRONG_PASSPHRASE
    assert _files_bytes(data_dir) == before
    with pytest.raises(driver.DatabaseError):  # and SQLite without the key sees noise
        connect_plain(database_path(data_dir)).execute("SELECT count(*) FROM entries").fetchone()


def test_the_passphrase_can_change_without_rewriting_the_journal(data_dir: Path, clock) -> None:  # noqa: ANN001
    bodies = _journal_with_entries(data_dir, clock)
    encryption.turn_on(data_dir, PASSPHRASE)
    journal_bytes = database_path(data_dir).read_bytes()
    with pytest.raises(JournalError) as wrong:
        encryption.change_passphrase(data_dir, "not the passphrase", "a brand new passphrase")
    assert wrong.value.code is ErrorCode.WRONG_PASSPHRASE
    with pytest.raises(JournalError) as weak:
        encryption.change_passphrase(data_dir, PASSPHRASE, "short")
    assert weak.value.code is ErrorCode.WEAK_PASSPHRASE
    encryption.change_passphrase(data_dir, PASSPHRASE, "a brand new passphrase")
    assert database_path(data_dir).read_bytes() == journal_bytes
    with pytest.raises(JournalError):
        encryption.unlock(data_dir, PASSPHRASE)
    services = open_services(data_dir, clock, key=encryption.unlock(data_dir, "a brand new passphrase"))
    try:
        assert _bodies(services) == sorted(bodies)
    finally:
        services.close()


def test_the_recovery_key_opens_the_journal_however_it_is_typed(data_dir: Path, clock) -> None:  # noqa: ANN001
    bodies = _journal_with_entries(data_dir, clock)
    key, recovery = encryption.turn_on(data_dir, PASSPHRASE)
    assert recovery is not None and len(recovery.replace("-", "")) == 32
    typed = recovery.lower().replace("-", " ").replace("0", "o")
    assert encryption.unlock_with_recovery_key(data_dir, typed) == key
    encryption.change_passphrase(data_dir, PASSPHRASE, "another long passphrase")
    services = open_services(data_dir, clock, key=encryption.unlock_with_recovery_key(data_dir, recovery))
    try:  # the recovery key still works after the passphrase changed
        assert _bodies(services) == sorted(bodies)
    finally:
        services.close()
    fresh = encryption.new_recovery_key(data_dir, "another long passphrase")
    assert fresh != recovery
    with pytest.raises(JournalError):
        encryption.unlock_with_recovery_key(data_dir, recovery)
    assert encryption.unlock_with_recovery_key(data_dir, fresh) == key


def test_without_a_recovery_key_there_is_none_to_use(data_dir: Path, clock) -> None:  # noqa: ANN001
    _journal_with_entries(data_dir, clock, 1)
    _, recovery = encryption.turn_on(data_dir, PASSPHRASE, with_recovery_key=False)
    assert recovery is None and not encryption.has_recovery_key(data_dir)
    with pytest.raises(JournalError):
        encryption.unlock_with_recovery_key(data_dir, format_recovery_key(bytes(20)))


def test_the_same_passphrase_typed_another_way_opens_it(data_dir: Path, clock) -> None:  # noqa: ANN001
    _journal_with_entries(data_dir, clock, 1)
    composed = "café நன்றி 한국어 passphrase"
    encryption.turn_on(data_dir, composed)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    encryption.unlock(data_dir, decomposed)  # raises if refused


def test_turning_encryption_off_gives_back_a_plain_journal_and_no_key_file(data_dir: Path, clock) -> None:  # noqa: ANN001
    bodies = _journal_with_entries(data_dir, clock)
    encryption.turn_on(data_dir, PASSPHRASE)
    with pytest.raises(JournalError) as wrong:
        encryption.turn_off(data_dir, "not it at all")
    assert wrong.value.code is ErrorCode.WRONG_PASSPHRASE and encryption.is_encrypted(data_dir)
    encryption.turn_off(data_dir, PASSPHRASE)
    assert not encryption.is_encrypted(data_dir)
    assert not key_file_path(data_dir).exists()
    assert not list(data_dir.glob("*.converting")) and not list(data_dir.glob("*.replaced"))
    services = open_services(data_dir, clock)
    try:
        assert _bodies(services) == sorted(bodies)
        assert services.journal.search(SECRETS[2]).total == len(bodies)
    finally:
        services.close()


def test_copies_beside_the_journal_are_encrypted_with_it_and_decrypted_with_it(data_dir: Path, clock) -> None:  # noqa: ANN001
    _journal_with_entries(data_dir, clock, 2)
    conn = connect_plain(database_path(data_dir))
    copy = schema.backup_copy(conn, data_dir / "journal-before-upgrade-0005_recovery_drafts-20260101T000000Z.sqlite3")
    conn.close()
    key, _ = encryption.turn_on(data_dir, PASSPHRASE)
    assert SECRETS[0].encode() not in copy.read_bytes()
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("journal-before")) == [
        copy.with_suffix(".key").name, copy.name]  # the copy carries the key file it opens with
    reading = connect_plain(copy, key)
    assert reading.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    reading.close()
    encryption.turn_off(data_dir, PASSPHRASE)
    assert not copy.with_suffix(".key").exists()
    reading = connect_plain(copy)
    assert reading.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    reading.close()


def test_a_short_passphrase_is_refused_and_nothing_changes(data_dir: Path, clock) -> None:  # noqa: ANN001
    _journal_with_entries(data_dir, clock, 1)
    before = _files_bytes(data_dir)
    with pytest.raises(JournalError) as weak:
        encryption.turn_on(data_dir, "1234567")
    assert weak.value.code is ErrorCode.WEAK_PASSPHRASE
    assert _files_bytes(data_dir) == before


def test_a_journal_open_elsewhere_is_not_converted_under_it(data_dir: Path, clock) -> None:  # noqa: ANN001
    bodies = _journal_with_entries(data_dir, clock, 2)
    other = open_services(data_dir, clock)  # the command line, say, in the middle of a write
    try:
        with other.db.write() as session:
            session.connection().exec_driver_sql("SELECT 1")
            with pytest.raises(JournalError) as busy:
                encryption.turn_on(data_dir, PASSPHRASE)
        assert busy.value.code is ErrorCode.JOURNAL_IN_USE
    finally:
        other.close()
    assert not encryption.is_encrypted(data_dir) and not key_file_path(data_dir).exists()
    services = open_services(data_dir, clock)
    try:
        assert _bodies(services) == sorted(bodies)
    finally:
        services.close()


@pytest.mark.parametrize("failure", ["check", "disk"])
def test_a_copy_that_fails_leaves_the_journal_as_it_was(data_dir: Path, clock, monkeypatch, failure) -> None:  # noqa: ANN001
    bodies = _journal_with_entries(data_dir, clock, 2)
    if failure == "check":
        def bad_check(*_args):  # noqa: ANN002, ANN202
            raise conversion.ConversionFailed("entries: 1 rows in the copy, 2 in the journal")
        monkeypatch.setattr(conversion, "_check_copy", bad_check)
    else:
        def full_disk(*_args):  # noqa: ANN002, ANN202
            raise OSError(28, "No space left on device")
        monkeypatch.setattr(conversion, "_export", full_disk)
    with pytest.raises(JournalError) as failed:
        encryption.turn_on(data_dir, PASSPHRASE)
    assert failed.value.code is ErrorCode.CONVERSION_FAILED
    assert not encryption.is_encrypted(data_dir)
    assert sorted(p.name for p in data_dir.iterdir()) == ["conversion.lock", "journal.sqlite3"]
    monkeypatch.undo()
    services = open_services(data_dir, clock)
    try:
        assert _bodies(services) == sorted(bodies)
    finally:
        services.close()


def test_a_damaged_or_missing_key_file_is_named_and_the_journal_left_alone(data_dir: Path, clock) -> None:  # noqa: ANN001
    _journal_with_entries(data_dir, clock, 1)
    encryption.turn_on(data_dir, PASSPHRASE)
    journal_bytes = database_path(data_dir).read_bytes()
    key_path = key_file_path(data_dir)
    good = key_path.read_bytes()
    key_path.write_bytes(good[: len(good) // 2])
    with pytest.raises(JournalError) as damaged:
        encryption.unlock(data_dir, PASSPHRASE)
    assert damaged.value.code is ErrorCode.KEY_FILE_DAMAGED
    key_path.unlink()
    with pytest.raises(JournalError) as missing:
        encryption.unlock(data_dir, PASSPHRASE)
    assert missing.value.code is ErrorCode.KEY_FILE_MISSING
    with pytest.raises(JournalError):
        open_services(data_dir, clock)
    assert database_path(data_dir).read_bytes() == journal_bytes
    key_path.write_bytes(good)
    encryption.unlock(data_dir, PASSPHRASE)


def test_erasing_removes_the_journal_its_key_wal_and_copies_and_nothing_else(data_dir: Path, clock) -> None:  # noqa: ANN001
    _journal_with_entries(data_dir, clock, 2)
    key, _ = encryption.turn_on(data_dir, PASSPHRASE)
    services = open_services(data_dir, clock, key=key)
    services.journal.write_entry("one more")
    services.close()
    (data_dir / "backups").mkdir()
    (data_dir / "backups" / "journal-20261201.sqlite3").write_bytes(b"a backup")
    (data_dir / "journal-before-upgrade-0005-x.sqlite3").write_bytes(b"an old copy")
    (data_dir / "journal-before-upgrade-0005-x.sqlite3-wal").write_bytes(b"its WAL")
    (data_dir / "notes-of-mine.txt").write_text("not the app's")
    removed = encryption.erase_journal(data_dir)
    assert "journal.sqlite3" in removed and "journal.key" in removed
    assert sorted(p.name for p in data_dir.iterdir()) == ["notes-of-mine.txt"]
    services = open_services(data_dir, clock)  # and a new, empty journal can begin here
    try:
        assert services.journal.count_entries() == 0
    finally:
        services.close()


def test_a_conversion_stopped_before_its_swap_is_tidied_at_the_next_start(data_dir: Path, clock) -> None:  # noqa: ANN001
    bodies = _journal_with_entries(data_dir, clock, 2)
    path = database_path(data_dir)
    (data_dir / "journal.sqlite3.converting").write_bytes(b"half a copy " + SECRETS[0].encode())
    os.link(path, data_dir / "journal.sqlite3.replaced")  # the journal's second name
    (data_dir / "journal.key").write_text("{}")  # written just before a swap that never came
    services = open_services(data_dir, clock)
    try:
        assert _bodies(services) == sorted(bodies)
    finally:
        services.close()
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "conversion.lock", "journal.sqlite3"]


# -- the pure parts ---------------------------------------------------------------------
def test_strength_is_about_length_and_counts_characters_not_bytes() -> None:
    assert strength("1234567") is Strength.TOO_SHORT
    assert strength("abcdefgh") is Strength.SHORT
    assert strength("correct horse") is Strength.GOOD
    assert strength("correct horse battery staple") is Strength.STRONG
    assert strength("நன்றிவணக்கம்") is Strength.GOOD  # 12 characters, 36 bytes


def test_waiting_after_wrong_passphrases_grows_and_stays_short() -> None:
    delays = [unlock_delay(n) for n in range(1, 10)]
    assert unlock_delay(0) == 0 and 0 < delays[0] <= 1
    assert delays == sorted(delays) and delays[-1] <= 15 and delays[3] > delays[1]


def test_a_recovery_key_reads_back_from_what_a_person_copies() -> None:
    raw = hashlib.sha256(b"seed").digest()[:20]
    text = format_recovery_key(raw)
    assert len(text.split("-")) == 8 and all(len(group) == 4 for group in text.split("-"))
    assert parse_recovery_key(text) == raw
    assert parse_recovery_key(" " + text.lower().replace("-", "  ") + "\n") == raw
    assert parse_recovery_key(text[:-1]) is None
    assert parse_recovery_key(text[:-1] + "U") is None  # not in the alphabet
