"""A search snippet laid out as one line, its matches marked.

The whole snippet is shaped at once (QTextLayout), the matches given as format
ranges: Arabic or Hebrew reads in its own order, with the match where it falls in
the sentence. (Drawn as pieces left to right, before, match, after, a right-to-left
sentence came out with its words out of order.) Positions are converted to Qt's
UTF-16 units, so an emoji before a match does not move its mark."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QTextCharFormat, QTextLayout, QTextOption

from ...domain.entry import MATCH_END, MATCH_START
from ..text_units import utf16_positions

ELLIPSIS = "…"


def marked_parts(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The snippet's text without its marks, and each match as (start, end) in it."""
    text, marks = [], []
    length = 0
    for n, part in enumerate(snippet.replace(MATCH_END, MATCH_START).split(MATCH_START)):
        if n % 2 == 1 and part:  # the odd pieces are between a start and an end mark
            marks.append((length, length + len(part)))
        text.append(part)
        length += len(part)
    return "".join(text), marks


def snippet_layout(snippet: str, font: QFont, width: int, highlight: QColor) -> QTextLayout:
    """One line of at most `width` pixels (ended with … when the snippet is longer),
    laid out and ready to draw; the matches have `highlight` behind them."""
    text, marks = marked_parts(snippet)
    shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 1))
    if shown != text and shown.endswith(ELLIPSIS) and text.startswith(shown[:-1]):
        keep = len(shown) - 1  # the marks past the cut go with it
        marks = [(start, min(end, keep)) for start, end in marks if start < keep]
    else:
        shown = text  # elided some other way: shown whole, clipped to the row
    at = utf16_positions(shown)
    layout = QTextLayout(shown, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # from the snippet's first letters
    layout.setTextOption(option)
    ranges = []
    for start, end in marks:
        marked = QTextLayout.FormatRange()
        marked.start, marked.length = at(start), at(end) - at(start)
        fmt = QTextCharFormat()
        fmt.setBackground(highlight)
        marked.format = fmt
        ranges.append(marked)
    layout.setFormats(ranges)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(max(width, 1))
    layout.endLayout()
    return layout


def draw_snippet(painter, layout: QTextLayout, left: int, top: int, height: int) -> None:  # noqa: ANN001
    """Draw the laid-out line, centred in a row of `height` pixels."""
    line = layout.lineAt(0)
    layout.draw(painter, QPointF(left, top + (height - line.height()) / 2))
