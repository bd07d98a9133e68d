"""Positions in a string as Qt counts them.

Qt counts a text's positions in UTF-16 units, Python in characters: an emoji (or any
character past U+FFFF) is two units and one character. A position found by Python
(a regex match, a marked word) is converted before Qt is given it; unconverted,
each emoji shifts what follows it, and a boundary can fall inside one."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_positions(text: str) -> Callable[[int], int]:
    """A function from a character index in `text` to Qt's position (UTF-16 units)."""
    if text.isascii():
        return int
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return int
    return lambda index: index + bisect_left(astral, index)
