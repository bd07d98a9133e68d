"""Passphrases and recovery keys: how strong, how long to wait after a wrong one,
and how a recovery key is written so a person can copy it by hand."""
from __future__ import annotations

from enum import Enum

# Crockford's base32: no I, L, O or U, so a key copied by hand cannot mix up 1/I/l or 0/O.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READS_AS = {"O": "0", "I": "1", "L": "1"}
RECOVERY_KEY_BYTES = 20  # 160 bits: far beyond guessing, still 32 characters to copy
GROUP = 4


class Strength(str, Enum):
    TOO_SHORT = "too_short"  # refused: under MIN_LENGTH
    SHORT = "short"
    GOOD = "good"
    STRONG = "strong"


MIN_LENGTH = 8


def strength(passphrase: str) -> Strength:
    """A hint from length alone (no arbitrary rules): several words beat symbols.
    Characters, not bytes, so a passphrase in Tamil or Chinese counts fairly."""
    length = len(passphrase.strip())
    if length < MIN_LENGTH:
        return Strength.TOO_SHORT
    if length < 12:
        return Strength.SHORT
    if length < 20:
        return Strength.GOOD
    return Strength.STRONG


def unlock_delay(failed_attempts: int) -> float:
    """Seconds to wait before the next try after `failed_attempts` wrong ones in a row:
    1, 2, 4, 8, then at most 15. Short, so a person who mistyped is never shut out,
    while guessing slows right down."""
    if failed_attempts <= 0:
        return 0.0
    return float(min(2 ** (failed_attempts - 1), 15))


def format_recovery_key(raw: bytes) -> str:
    """`raw` as groups of four characters: "7Q2M-…"."""
    number = int.from_bytes(raw, "big")
    length = (len(raw) * 8 + 4) // 5
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(_ALPHABET[digit])
    text = "".join(reversed(chars))
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str, size: int = RECOVERY_KEY_BYTES) -> bytes | None:
    """The key's bytes from what a person typed (any case, spaces or dashes, O for 0),
    or None if it cannot be a recovery key."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = "".join(_READS_AS.get(ch, ch) for ch in cleaned)
    if len(cleaned) != (size * 8 + 4) // 5 or any(ch not in _ALPHABET for ch in cleaned):
        return None
    number = 0
    for ch in cleaned:
        number = number * 32 + _ALPHABET.index(ch)
    if number.bit_length() > size * 8:
        return None
    return number.to_bytes(size, "big")
