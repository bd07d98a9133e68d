"""Where the journal's files live, and keeping them private (dir 0700, files 0600)."""
from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "journal.sqlite3"
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_DIR)
    return path


def ensure_private_file(path: Path) -> Path:
    """Create the file owner-only if missing (before SQLite does, with the umask's
    mode); SQLite gives its -wal and -shm files the same mode as the database."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME
