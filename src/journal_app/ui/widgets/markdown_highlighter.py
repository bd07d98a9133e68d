"""Markdown highlighting for the plain-text editor: headings, emphasis, lists, quotes,
links and code, in quiet colours. It only colours what is there; the text itself is
never touched. Each line is looked at on its own and the inline patterns run only on
lines that could hold them, so a long paste stays quick.

Positions found by `re` are in characters and Qt's are in UTF-16 units: each is
converted (ui/text_units.py); unconverted, each emoji shifted the colouring after
it, and a format boundary falling inside an emoji split it into boxes.
"""
from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat

from .. import style
from ..text_units import utf16_positions

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=\s|$)")
_QUOTE = re.compile(r"^ {0,3}>")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?=\s)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_\w])")
_CODE = re.compile(r"`[^`\n]+`")
_LINK = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)|<https?://[^>\s]+>")
_INLINE_MARKS = frozenset("*_`[<")


def _format(color: str, *, bold: bool = False, italic: bool = False, size_delta: int = 0) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document, colors: style.Colors | None = None) -> None:  # noqa: ANN001
        super().__init__(document)
        c = colors or style.current_colors()
        self._heading = _format(c.text, bold=True)
        self._marker = _format(c.muted)
        self._quote = _format(c.muted, italic=True)
        self._strong = _format(c.text, bold=True)
        self._emphasis = _format(c.text, italic=True)
        self._code = _format(c.accent)
        self._link = _format(c.accent)
        self._link.setFontUnderline(True)

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        if not text:
            return
        at = utf16_positions(text)

        def colour(start: int, end: int, fmt: QTextCharFormat) -> None:
            self.setFormat(at(start), at(end) - at(start), fmt)

        first = text.lstrip()[:1]
        if first == "#":
            heading = _HEADING.match(text)
            if heading:
                colour(0, len(text), self._heading)
                colour(heading.start(1), heading.end(1), self._marker)
                return
        elif first == ">" and _QUOTE.match(text):
            colour(0, len(text), self._quote)
        elif first in "-*+0123456789":
            marker = _LIST.match(text)
            if marker:
                colour(0, marker.end(), self._marker)
        if _INLINE_MARKS.isdisjoint(text):
            return
        for pattern, fmt in ((_STRONG, self._strong), (_EMPHASIS, self._emphasis),
                             (_CODE, self._code), (_LINK, self._link)):
            for match in pattern.finditer(text):
                colour(match.start(), match.end(), fmt)
