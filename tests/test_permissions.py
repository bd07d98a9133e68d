"""The data folder stays private: 0700 for folders, 0600 for files, backups included,
checked and repaired each time the journal is opened. Links are left alone."""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from journal_app.storage.database import open_database
from journal_app.storage.files import repair_permissions

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def loosened(data_dir: Path, outside: Path) -> dict[str, Path]:
    """A journal whose folder and files were opened up to everyone (a copy from a USB
    stick, a careless `chmod -R`), with links to things outside it."""
    open_database(data_dir).close()
    backups = data_dir / "backups"
    (backups / "older").mkdir(parents=True)
    made = {
        "journal": data_dir / "journal.sqlite3",
        "pre-upgrade copy": data_dir / "journal-before-upgrade-0003-20260101T000000Z.sqlite3",
        "window place": data_dir / "window.ini",
        "window lock": data_dir / "window.lock",
        "conversion lock": data_dir / "conversion.lock",
        "key file": data_dir / "journal.key",
        "backup": backups / "journal-20261201T210400Z.sqlite3",
        "backup key": backups / "journal-20261201T210400Z.key",
        "older backup": backups / "older" / "journal-20251201T210400Z.sqlite3",
    }
    for path in made.values():
        if not path.exists():
            path.write_bytes(b"x")
        os.chmod(path, 0o644)
    for folder in (data_dir, backups, backups / "older"):
        os.chmod(folder, 0o755)
    made.update(folder=data_dir, backups=backups, older=backups / "older")

    outside.mkdir()
    (outside / "target.sqlite3").write_bytes(b"not the journal's")
    os.chmod(outside / "target.sqlite3", 0o644)
    os.chmod(outside, 0o755)
    # Named like the app's own files, so only their being links keeps them untouched.
    (data_dir / "journal-before-upgrade-linked.sqlite3").symlink_to(outside / "target.sqlite3")
    (backups / "journal-linked.sqlite3").symlink_to(outside / "target.sqlite3")
    (backups / "linked-folder").symlink_to(outside, target_is_directory=True)
    return made


def test_opening_the_journal_repairs_loosened_permissions(tmp_path: Path) -> None:
    data_dir, outside = tmp_path / "journal-data", tmp_path / "elsewhere"
    made = loosened(data_dir, outside)

    open_database(data_dir).close()

    for what, path in made.items():
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{what}: {oct(mode(path))}"
    for sidecar in ("-wal", "-shm"):
        path = data_dir / f"journal.sqlite3{sidecar}"
        if path.exists():
            assert mode(path) == 0o600
    # The links and what they point at are exactly as they were.
    assert mode(outside / "target.sqlite3") == 0o644
    assert mode(outside) == 0o755
    assert (data_dir / "journal-before-upgrade-linked.sqlite3").is_symlink()
    assert (outside / "target.sqlite3").read_bytes() == b"not the journal's"


def test_repair_says_what_it_changed_and_changes_nothing_twice(tmp_path: Path) -> None:
    data_dir, outside = tmp_path / "journal-data", tmp_path / "elsewhere"
    made = loosened(data_dir, outside)
    os.chmod(made["window place"], 0o600)  # already private: not reported
    notes = data_dir / "notes.txt"  # not a file the app keeps: left as the person made it
    notes.write_text("mine")
    os.chmod(notes, 0o644)

    changed = repair_permissions(data_dir)

    assert set(changed) == set(made.values()) - {made["window place"]}
    assert mode(notes) == 0o644
    assert repair_permissions(data_dir) == []
    assert mode(outside / "target.sqlite3") == 0o644


def test_a_missing_folder_is_nothing_to_repair(tmp_path: Path) -> None:
    assert repair_permissions(tmp_path / "not-there") == []
