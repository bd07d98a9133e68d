"""Opening, creating and upgrading the journal database."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as driver

from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.services.app_services import open_services
from journal_app.storage import migrate, schema
from journal_app.storage.database import open_database
from journal_app.storage.files import database_path
from tests.helpers.old_journals import journal_at, old_entry


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def revision_of(path: Path) -> str:
    conn = driver.connect(str(path))
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_known_revisions_match_the_migration_scripts() -> None:
    assert list(schema.KNOWN_REVISIONS) == migrate.script_revisions()


def test_a_new_journal_is_created_at_the_latest_revision(data_dir: Path) -> None:
    db = open_database(data_dir)
    db.close()
    assert revision_of(database_path(data_dir)) == schema.HEAD


def test_journal_folder_and_files_are_private(services, data_dir: Path) -> None:
    services.journal.write_entry("private words")
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"):
        path = data_dir / name
        assert path.exists(), name
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, name


def make_old_journal(data_dir: Path) -> Path:
    """A journal at the first revision, with two entries written by that version."""
    return journal_at(data_dir, "0001_entries", [
        old_entry("2020-05-01T10:00:00.000000Z", "2020-05-01", "Remembering my grandmother's kitchen"),
        old_entry("2020-05-02T10:00:00.000000Z", "2020-05-02", "我想和家人谈谈 about solidarity"),
    ])


def test_an_older_journal_is_copied_then_upgraded_with_its_entries(data_dir: Path, clock) -> None:
    path = make_old_journal(data_dir)
    services = open_services(data_dir, clock)
    try:
        assert revision_of(path) == schema.HEAD
        assert services.journal.count_entries() == 2
        # Entries written before search existed are found...
        found = services.journal.search("grandmother")
        assert [e.heading for e in found.entries] == ["Remembering my grandmother's kitchen"]
        # ...and so is one written after the upgrade (the FTS triggers work).
        services.journal.write_entry("A new entry after the upgrade, about courage")
        assert services.journal.search("courage").total == 1
    finally:
        services.close()
    copies = list(data_dir.glob("journal-before-upgrade-0001_entries-*.sqlite3"))
    assert len(copies) == 1
    assert revision_of(copies[0]) == "0001_entries"
    conn = driver.connect(str(copies[0]))
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    conn.close()
    assert stat.S_IMODE(os.stat(copies[0]).st_mode) == 0o600


def test_a_journal_from_a_newer_app_is_refused_and_left_untouched(data_dir: Path) -> None:
    open_database(data_dir).close()
    conn = driver.connect(str(database_path(data_dir)))
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = snapshot(data_dir)
    with pytest.raises(JournalError) as refused:
        open_database(data_dir)
    assert refused.value.code is ErrorCode.JOURNAL_TOO_NEW
    assert snapshot(data_dir) == before


def test_a_file_that_is_not_a_journal_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    database_path(data_dir).write_bytes(os.urandom(8192))
    before = snapshot(data_dir)
    with pytest.raises(JournalError) as refused:
        open_database(data_dir)
    assert refused.value.code is ErrorCode.JOURNAL_UNREADABLE
    assert snapshot(data_dir) == before


def test_opening_a_current_journal_does_not_import_alembic(data_dir: Path) -> None:
    """Start-up reads the revision with a plain query; Alembic (~0.5 s) stays unloaded."""
    open_database(data_dir).close()
    code = (
        "import sys; from pathlib import Path;"
        "from journal_app.storage.database import open_database;"
        f"open_database(Path({str(data_dir)!r})).close();"
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_an_upgrade_keeps_its_own_copy_and_removes_older_ones(data_dir: Path, clock) -> None:
    path = make_old_journal(data_dir)
    # Copies left by two earlier upgrades (one of an encrypted journal, with its key
    # file), a journal set aside by a restore, and a link that is not the app's.
    older = []
    for n, name in enumerate(("journal-before-upgrade-0000_a-20200101T000000Z.sqlite3",
                              "journal-before-upgrade-0000_b-20210101T000000Z.sqlite3")):
        copy = data_dir / name
        copy.write_bytes(path.read_bytes())
        os.utime(copy, (1_600_000_000 + n, 1_600_000_000 + n))
        older.append(copy)
    older[1].with_suffix(".key").write_text("{}")
    restored_aside = data_dir / "journal-before-restore-20220101T000000Z.sqlite3"
    restored_aside.write_bytes(b"the journal a restore replaced")
    elsewhere = data_dir.parent / "not-the-apps.sqlite3"
    elsewhere.write_bytes(b"someone else's file")
    (data_dir / "journal-before-upgrade-linked.sqlite3").symlink_to(elsewhere)

    open_services(data_dir, clock).close()

    kept = sorted(p.name for p in data_dir.glob("journal-before-upgrade-*"))
    assert len(kept) == 2 and "journal-before-upgrade-linked.sqlite3" in kept
    made_now = next(data_dir.glob("journal-before-upgrade-0001_entries-*.sqlite3"))
    assert revision_of(made_now) == "0001_entries"
    assert not any(c.exists() for c in older) and not older[1].with_suffix(".key").exists()
    assert restored_aside.read_bytes() == b"the journal a restore replaced"
    assert elsewhere.read_bytes() == b"someone else's file"

    # Opening again (no upgrade) leaves the copy alone.
    open_services(data_dir, clock).close()
    assert made_now.exists()
