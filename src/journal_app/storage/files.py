"""Where the journal's files live, and keeping them private (dir 0700, files 0600)."""
from __future__ import annotations

import os
import stat
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


def _kept_here(name: str) -> bool:
    """The files the app keeps in the data folder: the journal and its -wal, -shm,
    key file and copies (`journal*`), the window's place and the locks."""
    return name.startswith("journal") or name == "window.ini" or name.endswith(".lock")


def repair_permissions(data_dir: Path) -> list[Path]:
    """Make the data folder 0700 and the app's files in it 0600, `backups/` included
    (its folders 0700, its files 0600); return what was changed.

    A symbolic link is left alone (its target is never changed), and so is anything
    that cannot be looked at or changed (another owner's file). Each folder is made
    private before what is in it, so nobody else can swap an entry in meanwhile."""
    if os.name == "nt":  # pragma: no cover - modes mean little there; ACLs are inherited
        return []
    changed: list[Path] = []
    if not _make(data_dir, PRIVATE_DIR, changed, follow=True):  # the folder the person chose
        return changed
    try:
        names = sorted(os.listdir(data_dir))
    except OSError:
        return changed
    for name in names:
        if name == "backups":
            _repair_tree(data_dir / name, changed)
        elif _kept_here(name):
            _make(data_dir / name, PRIVATE_FILE, changed)
    return changed


def _repair_tree(folder: Path, changed: list[Path]) -> None:
    if not _make(folder, PRIVATE_DIR, changed):
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if is_dir:
            _repair_tree(path, changed)
        else:
            _make(path, PRIVATE_FILE, changed)


def _make(path: Path, mode: int, changed: list[Path], follow: bool = False) -> bool:
    """Give `path` `mode` if it is a folder (mode 0700) or a regular file (0600) and
    not a link; True when it is what it should be now."""
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except OSError:
        return False
    wanted = stat.S_ISDIR if mode == PRIVATE_DIR else stat.S_ISREG
    if not wanted(st.st_mode):  # a link, a socket, a folder where a file belongs ...
        return False
    if stat.S_IMODE(st.st_mode) == mode:
        return True
    try:
        os.chmod(path, mode)
    except OSError:
        return False
    changed.append(path)
    return True
