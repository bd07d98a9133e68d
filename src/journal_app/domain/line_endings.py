"""Keeping a text's own line endings through an editor that only knows "\\n".

An entry written elsewhere (pasted from Windows, added from a terminal, imported)
may end its lines with "\\r\\n" or "\\r". The editor shows every kind as a line
break and hands back "\\n" only, so saving an edit would quietly rewrite every line
ending in the entry. Instead, lines the person did not touch keep their endings,
and new or changed lines take the ending most used in the text."""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[tuple[str, str]]:
    """(line, its ending) pairs; the last line's ending may be ""."""
    parts = []
    start = 0
    for match in _BREAK.finditer(text):
        parts.append((text[start:match.start()], match.group()))
        start = match.end()
    parts.append((text[start:], ""))
    return parts


def dominant_ending(text: str) -> str:
    counts = Counter(match.group() for match in _BREAK.finditer(text))
    return counts.most_common(1)[0][0] if counts else "\n"


def restore_line_endings(original: str, edited: str) -> str:
    """`edited` (lines ended by "\\n" only, as an editor returns them) with the line
    endings of `original` kept wherever the lines are unchanged."""
    if "\r" not in original:
        return edited  # nothing to keep: the common case costs nothing
    old = split_lines(original)
    new = edited.split("\n")
    fallback = dominant_ending(original)
    endings: list[str] = []
    matcher = SequenceMatcher(a=[line for line, _ in old], b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            endings += [ending or fallback for _, ending in old[i1:i2]]
        else:
            endings += [fallback] * (j2 - j1)
    return "".join(line + (endings[n] if n < len(new) - 1 else "") for n, line in enumerate(new))
