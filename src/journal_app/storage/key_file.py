"""The key file beside an encrypted journal.

The journal is encrypted by SQLCipher with a random 256-bit data key. That key is
never stored as it is: each way in (the passphrase, the recovery key) is a slot
holding the data key wrapped (AES-256-GCM) with a key stretched from the secret by
Argon2id, with its own random salt and the cost it was made with. Changing the
passphrase rewrites one slot; the journal itself is not touched. A wrong secret
fails GCM's check, so it is refused before the database is even opened.
"""
from __future__ import annotations

import base64
import json
import os
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from .files import PRIVATE_FILE

KEY_FILE_NAME = "journal.key"
DATA_KEY_BYTES = 32
PASSPHRASE, RECOVERY = "passphrase", "recovery"
_FORMAT = "intertwined-key"
_VERSION = 1


@dataclass(frozen=True)
class KdfCost:
    time_cost: int  # passes
    memory_kib: int
    parallelism: int


# About 0.6 s and 256 MiB here (bench/REPORT.md): slow for a guesser, a moment for a person.
DEFAULT_COST = KdfCost(time_cost=3, memory_kib=256 * 1024, parallelism=2)
# What new slots are made with. Tests set a cheap cost here and go through the same
# code; every slot records its own cost, so a journal opens whatever this is now.
cost = DEFAULT_COST


class KeyFileDamaged(Exception):
    """The key file cannot be read (damaged, or not ours)."""


@dataclass(frozen=True)
class KeySlot:
    kind: str
    salt: bytes
    cost: KdfCost
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class KeyFile:
    slots: tuple[KeySlot, ...]

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: KeySlot) -> KeyFile:
        """This key file with `slot` in place of any slot of its kind."""
        return replace(self, slots=tuple(s for s in self.slots if s.kind != slot.kind) + (slot,))


def new_data_key() -> bytes:
    import secrets  # (imported when needed: ~8 ms, and opening a plain journal never does)

    return secrets.token_bytes(DATA_KEY_BYTES)


def passphrase_secret(passphrase: str) -> bytes:
    """The bytes a passphrase stands for. NFC first: the same words typed through
    another keyboard or input method (Tamil, Korean, accents) must open the journal."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _stretch(secret: bytes, salt: bytes, kdf: KdfCost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret, salt, time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
                           parallelism=kdf.parallelism, hash_len=32, type=Type.ID)


def _bound_to(kind: str, salt: bytes, kdf: KdfCost) -> bytes:
    """What GCM authenticates beside the key: a slot's kind and cost cannot be edited."""
    return f"{_FORMAT}/{_VERSION}/{kind}/{kdf.time_cost}/{kdf.memory_kib}/{kdf.parallelism}/".encode() + salt


def wrap(data_key: bytes, secret: bytes, kind: str, kdf: KdfCost | None = None) -> KeySlot:
    """A slot that gives `data_key` back to whoever has `secret`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = kdf or cost
    import secrets

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_stretch(secret, salt, kdf)).encrypt(nonce, data_key, _bound_to(kind, salt, kdf))
    return KeySlot(kind, salt, kdf, nonce, sealed)


def unwrap(slot: KeySlot, secret: bytes) -> bytes | None:
    """The data key, or None when `secret` is not the one this slot was made with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_stretch(secret, slot.salt, slot.cost)).decrypt(
            slot.nonce, slot.wrapped, _bound_to(slot.kind, slot.salt, slot.cost))
    except InvalidTag:
        return None


def key_file_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE_NAME


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def read_key_file(path: Path) -> KeyFile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT or data.get("version") != _VERSION:
            raise KeyFileDamaged(f"not an {_FORMAT} v{_VERSION} file")
        slots = tuple(
            KeySlot(kind=s["kind"], salt=base64.b64decode(s["salt"]),
                    cost=KdfCost(int(s["time_cost"]), int(s["memory_kib"]), int(s["parallelism"])),
                    nonce=base64.b64decode(s["nonce"]), wrapped=base64.b64decode(s["wrapped"]))
            for s in data["slots"]
        )
    except KeyFileDamaged:
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileDamaged(str(exc)) from exc
    if not any(s.kind == PASSPHRASE for s in slots):
        raise KeyFileDamaged("no passphrase slot")
    return KeyFile(slots)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Replace the key file in one step: a crash leaves the old one or the new one,
    never half of either."""
    data = {
        "format": _FORMAT, "version": _VERSION, "cipher": "aes-256-gcm", "kdf": "argon2id",
        "slots": [{"kind": s.kind, "salt": _b64(s.salt), "time_cost": s.cost.time_cost,
                   "memory_kib": s.cost.memory_kib, "parallelism": s.cost.parallelism,
                   "nonce": _b64(s.nonce), "wrapped": _b64(s.wrapped)} for s in key_file.slots],
    }
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE)
    try:
        os.write(fd, json.dumps(data, indent=2).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
    sync_dir(path.parent)


def sync_dir(directory: Path) -> None:
    """Make a rename or removal in `directory` durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
