"""Encrypting and decrypting, killed with SIGKILL at every step and at random
moments, always leave a journal that opens with every entry (issue 10)."""
from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from journal_app.services import encryption
from journal_app.domain.words import count_words
from journal_app.services.app_services import open_services
from journal_app.services.clock import system_clock
from journal_app.storage import schema
from journal_app.storage.engine import connect_plain, is_encrypted_file
from journal_app.storage.entries import EntryStore, NewEntry
from journal_app.storage.files import database_path
from tests.helpers.convert_and_die import STEPS

from tests.helpers.processes import spawn as _spawn

PASSPHRASE = "kill me softly at any step"


def _journal(data_dir: Path, count: int) -> list[str]:
    services = open_services(data_dir)
    bodies = [f"entry {n} 家 தமிழ் 🌱 " + "words " * (n % 50) for n in range(count)]
    moment = system_clock()
    try:  # in one go: the test is about converting them, not writing them
        EntryStore(services.db).import_many(NewEntry(moment, body, count_words(body)) for body in bodies)
    finally:
        services.close()
    conn = connect_plain(database_path(data_dir))  # a copy beside it, which must follow
    schema.backup_copy(conn, data_dir / "journal-before-upgrade-0005_recovery_drafts-20260101T000000Z.sqlite3")
    conn.close()
    return sorted(bodies)


def _opens_with_every_entry(data_dir: Path, bodies: list[str]) -> bool:
    """Open the journal as the app would (with the passphrase if it is encrypted) and
    check every entry; True when it is encrypted."""
    encrypted = encryption.is_encrypted(data_dir)
    key = encryption.unlock(data_dir, PASSPHRASE) if encrypted else None
    services = open_services(data_dir, key=key)  # opens as the app opens it
    try:
        assert services.journal.count_entries() == len(bodies)
    finally:
        services.close()
    conn = connect_plain(database_path(data_dir), key)
    assert sorted(row[0] for row in conn.execute("SELECT body FROM entries")) == bodies
    conn.close()
    for copy in data_dir.glob("journal-before-upgrade-*.sqlite3"):  # copies follow the journal
        assert is_encrypted_file(copy) == encrypted, copy
        conn = connect_plain(copy, key)
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == len(bodies)
        conn.close()
    return encrypted


def _convert(data_dir: Path, encrypted: bool, *die_at: str) -> subprocess.Popen:
    return _spawn("tests.helpers.convert_and_die", str(data_dir), "off" if encrypted else "on",
                  PASSPHRASE, *die_at)


@pytest.mark.parametrize("direction", ["on", "off"])
def test_killed_before_every_step_of_a_conversion_the_journal_opens_whole(data_dir: Path, direction: str) -> None:
    bodies = _journal(data_dir, 40)
    if direction == "off":
        encryption.turn_on(data_dir, PASSPHRASE)
    for step in STEPS:
        for nth in (1, 2):
            encrypted = encryption.is_encrypted(data_dir)
            process = _convert(data_dir, encrypted, step, str(nth))
            process.communicate(timeout=60)
            assert process.returncode in (0, -signal.SIGKILL), (step, nth, process.returncode)
            _opens_with_every_entry(data_dir, bodies)
            if encryption.is_encrypted(data_dir) != (direction == "off"):
                # it got through: go back, so the next kill is in the same direction
                (encryption.turn_off if direction == "on" else encryption.turn_on)(data_dir, PASSPHRASE)


def test_killed_at_random_moments_the_journal_always_opens_whole(data_dir: Path) -> None:
    bodies = _journal(data_dir, 3000)
    rng = random.Random(20261202)
    seen = set()
    for _ in range(10):
        encrypted = encryption.is_encrypted(data_dir)
        process = _convert(data_dir, encrypted)
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        seen.add(_opens_with_every_entry(data_dir, bodies))
    assert seen == {True, False}  # both directions were interrupted or completed


