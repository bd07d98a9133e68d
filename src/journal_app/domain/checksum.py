"""A checksum of each entry's text. Plain SQLite has no page checksums (a flipped
byte in an entry's text goes unnoticed by integrity_check), so the background
check compares every entry against the checksum written with it."""
from __future__ import annotations

import hashlib


def text_checksum(title: str | None, body: str) -> str:
    data = (title or "").encode("utf-8", "surrogatepass") + b"\x00" + body.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()
