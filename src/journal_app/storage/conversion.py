"""Turning encryption on or off: a converted copy, checked, then swapped in.

The journal's own first bytes say what it is (a plain SQLite file starts with
"SQLite format 3"), so there is never a moment where the files disagree in a way
that loses the journal:

  encrypting: copy → check → key file written → copy swapped in (one rename) →
              earlier copies encrypted → the plain original overwritten and removed
  decrypting: earlier copies decrypted → copy → check → copy swapped in →
              key file removed → the decrypted temporary files overwritten

Killed at any moment, the next start finds either the old journal (and a copy in
progress, which it removes) or the new one with its key file. Copies beside the
journal (made before upgrades, and backups) always follow the journal: plain when
it is plain, so a key file left behind by a plain journal is only kept while some
copy still needs it.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .engine import connect_plain, is_encrypted_file, unlock_connection
from .files import database_path, ensure_private_file
from .key_file import KeyFile, key_file_path, sync_dir, write_key_file

CONVERTING = ".converting"  # a copy being written: never the journal
LOCK_NAME = "conversion.lock"  # held while converting; the OS lets go if we are killed
REPLACED = ".replaced"  # the previous form, kept reachable until overwritten

Progress = Callable[[str], None]  # told "copying", "checking", "swapping", "copies"


class JournalInUse(Exception):
    """Another program (the command line?) has the journal open."""


class ConversionFailed(Exception):
    """The converted copy did not match the journal; the journal is unchanged."""


def journal_copies(data_dir: Path) -> list[Path]:
    """Every copy of the journal kept beside it."""
    copies = sorted(data_dir.glob("journal-before-*.sqlite3"))  # before an upgrade, a restore
    backups = data_dir / "backups"
    if backups.is_dir():
        copies += sorted(backups.glob("*.sqlite3"))
    return copies


def _converting(data_dir: Path, wait: float):  # noqa: ANN202
    """The lock every conversion holds, and every opening checks, so that a second
    program (the command line) never tidies away a conversion that is running."""
    from filelock import FileLock, Timeout

    lock = FileLock(data_dir / LOCK_NAME, timeout=wait, mode=0o600)
    try:
        lock.acquire()
    except Timeout as exc:
        raise JournalInUse("a conversion is running") from exc
    return lock


@contextmanager
def holding_conversion_lock(data_dir: Path, wait: float) -> Iterator[None]:
    """The same lock around other whole-journal work (creating or upgrading the schema)."""
    lock = _converting(data_dir, wait)
    try:
        yield
    finally:
        lock.release()


def encrypt_journal(data_dir: Path, data_key: bytes, key_file: KeyFile,
                    progress: Progress | None = None) -> None:
    """Encrypt the journal (and its copies) with `data_key`, unlocked by `key_file`."""
    lock = _converting(data_dir, wait=0)
    try:
        _encrypt(data_dir, data_key, key_file, progress)
    finally:
        lock.release()


def decrypt_journal(data_dir: Path, data_key: bytes, progress: Progress | None = None) -> None:
    """Turn the journal (and its copies) back into plain files and drop the key file."""
    lock = _converting(data_dir, wait=0)
    try:
        _decrypt(data_dir, data_key, progress)
    finally:
        lock.release()


def _encrypt(data_dir: Path, data_key: bytes, key_file: KeyFile, progress: Progress | None) -> None:
    _tidy(data_dir)
    say = progress or (lambda _step: None)
    _swap_in_converted(data_dir, None, data_key, say, before_swap=lambda: write_key_file(
        key_file_path(data_dir), key_file))
    say("copies")
    copies_follow(data_dir, data_key)


def copies_follow(data_dir: Path, data_key: bytes) -> None:
    """Encrypt the copies of a journal that is now encrypted. One that cannot be done
    now (a full disk) is done the next time the journal is opened with its key."""
    for copy in journal_copies(data_dir):
        try:
            convert_copy(copy, None, data_key, key_file_path(data_dir))
        except (ConversionFailed, OSError):
            continue


def _decrypt(data_dir: Path, data_key: bytes, progress: Progress | None) -> None:
    _tidy(data_dir)
    say = progress or (lambda _step: None)
    say("copies")
    for copy in journal_copies(data_dir):
        try:
            convert_copy(copy, data_key, None)
        except (ConversionFailed, OSError):
            continue  # left encrypted, with the key file it needs beside it

    _swap_in_converted(data_dir, data_key, None, say, before_swap=lambda: None)
    key_path = key_file_path(data_dir)
    key_path.unlink(missing_ok=True)
    sync_dir(data_dir)


def _swap_in_converted(data_dir: Path, from_key: bytes | None, to_key: bytes | None,
                       say: Progress, before_swap: Callable[[], None]) -> None:
    path = database_path(data_dir)
    converting = path.with_name(path.name + CONVERTING)
    source = connect_plain(path, from_key)
    try:
        _take_for_ourselves(source)
        say("copying")
        _export(source, converting, to_key)
        say("checking")
        try:
            _check_copy(source, converting, to_key)
        except ConversionFailed:
            shred(converting)
            raise
        say("swapping")
        before_swap()
        replaced = _keep_reachable(path)
        os.replace(converting, path)  # the one step that changes what the journal is
        sync_dir(data_dir)
    finally:
        source.close()
    if replaced is not None:
        shred(replaced)


def convert_copy(copy: Path, from_key: bytes | None, to_key: bytes | None, key_file: Path | None = None) -> None:
    """Bring one copy to the journal's form, the same careful way; skipped if there.
    An encrypted copy carries the key file it opens with beside it (`key_file`'s
    bytes, as `copy.key`); a plain one carries none."""
    if is_encrypted_file(copy) == (to_key is not None):
        return
    _convert_copy(copy, from_key, to_key)
    sidecar = copy.with_suffix(".key")
    if to_key is None:
        sidecar.unlink(missing_ok=True)
    elif key_file is not None:
        carry_key_file(key_file, copy)


def carry_key_file(key_file: Path, copy: Path) -> None:
    """Put a copy of `key_file` beside `copy`, so the copy opens on its own."""
    sidecar = copy.with_suffix(".key")
    partial = sidecar.with_name(sidecar.name + ".new")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.write(fd, key_file.read_bytes())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, sidecar)


def _convert_copy(copy: Path, from_key: bytes | None, to_key: bytes | None) -> None:
    converting = copy.with_name(copy.name + CONVERTING)
    source = connect_plain(copy, from_key)
    try:
        _take_for_ourselves(source)  # a copy may be in WAL mode too: fold it in first
        _export(source, converting, to_key)
        _check_copy(source, converting, to_key)
        replaced = _keep_reachable(copy)
        os.replace(converting, copy)
        sync_dir(copy.parent)
    except ConversionFailed:
        shred(converting)
        raise
    finally:
        source.close()
    if replaced is not None:
        shred(replaced)


def _take_for_ourselves(conn) -> None:  # noqa: ANN001
    """Fold the WAL into the file and hold an exclusive lock until we are done, so no
    other program writes to the journal while it is copied (it would be lost)."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except Exception as exc:  # noqa: BLE001 - "database is locked" and its kin
        raise JournalInUse(str(exc)) from exc
    if str(mode).lower() != "delete":
        raise JournalInUse(f"journal mode stayed {mode}")


def _export(source, target: Path, to_key: bytes | None) -> None:  # noqa: ANN001
    if target.exists():
        shred(target)
    ensure_private_file(target)
    key = "''" if to_key is None else f"\"x'{to_key.hex()}'\""
    source.execute(f"ATTACH DATABASE ? AS converted KEY {key}", (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('converted')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE converted")
    _fsync(target)


def _check_copy(source, target: Path, to_key: bytes | None) -> None:  # noqa: ANN001
    """Every table has as many rows in the copy, and the copy passes integrity_check."""
    import sqlcipher3.dbapi2 as driver

    copy = driver.connect(str(target), isolation_level=None)
    try:
        unlock_connection(copy, to_key)
        tables = [row[0] for row in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            want = source.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            got = copy.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            if want != got:
                raise ConversionFailed(f"{table}: {got} rows in the copy, {want} in the journal")
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise ConversionFailed(f"integrity_check: {result}")
    except ConversionFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - the copy cannot even be read
        raise ConversionFailed(str(exc)) from exc
    finally:
        copy.close()


def _keep_reachable(path: Path) -> Path | None:
    """A second name for the file about to be replaced, so its bytes can be overwritten
    after the swap (a rename alone leaves them on the disk). None where hard links
    are not possible: the old file is then only removed."""
    replaced = path.with_name(path.name + REPLACED)
    replaced.unlink(missing_ok=True)
    try:
        os.link(path, replaced)
    except OSError:
        return None
    return replaced


def finish_interrupted(data_dir: Path) -> None:
    """Tidy after a conversion that was stopped: remove copies in progress and the
    previous form of a journal that was swapped. Never touches the journal itself.
    Raises JournalInUse while another program is converting it (after a short wait)."""
    if not data_dir.is_dir() or not _anything_to_tidy(data_dir):
        return  # the usual case: nothing is touched, not even the lock file
    lock = _converting(data_dir, wait=2)
    try:
        _tidy(data_dir)
    finally:
        lock.release()


def needs_tidying(data_dir: Path) -> bool:
    """Whether a stopped conversion left something for `finish_interrupted` to tidy."""
    return data_dir.is_dir() and _anything_to_tidy(data_dir)


def _anything_to_tidy(data_dir: Path) -> bool:
    folders = [data_dir] + ([data_dir / "backups"] if (data_dir / "backups").is_dir() else [])
    if any(next(folder.glob("*" + suffix), None) for folder in folders for suffix in (CONVERTING, REPLACED)):
        return True
    key_path = key_file_path(data_dir)
    if key_path.with_name(key_path.name + ".new").exists():
        return True
    return key_path.exists() and not is_encrypted_file(database_path(data_dir))


def _tidy(data_dir: Path) -> None:
    path = database_path(data_dir)
    for leftover in list(data_dir.glob("*" + CONVERTING)) + list(data_dir.glob("*" + REPLACED)):
        _drop_leftover(leftover)
    backups = data_dir / "backups"
    if backups.is_dir():
        for leftover in list(backups.glob("*" + CONVERTING)) + list(backups.glob("*" + REPLACED)):
            _drop_leftover(leftover)
    key_path = key_file_path(data_dir)
    key_path.with_name(key_path.name + ".new").unlink(missing_ok=True)
    if key_path.exists() and not is_encrypted_file(path) \
            and not any(is_encrypted_file(copy) for copy in journal_copies(data_dir)):
        key_path.unlink()  # an encryption stopped before its swap, or a decryption after
        sync_dir(data_dir)


def _drop_leftover(leftover: Path) -> None:
    original = leftover.with_name(leftover.name.rsplit(".", 1)[0])
    if leftover.name.endswith(REPLACED) and original.exists() and os.path.samefile(leftover, original):
        leftover.unlink()  # stopped before the swap: it *is* the journal; only the name goes
    else:
        shred(leftover)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then remove it. Best effort: a journaling or
    flash file system may still keep older blocks, which encryption at rest covers."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if info.st_nlink == 1:
        with open(path, "r+b") as file:
            zeros = bytes(1 << 20)
            remaining = info.st_size
            while remaining > 0:
                file.write(zeros[:min(remaining, len(zeros))])
                remaining -= len(zeros)
            file.flush()
            os.fsync(file.fileno())
    path.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
