"""How one journal row looks: heading, date and words, and a search snippet."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.entry import MATCH_END, MATCH_START
from .. import style
from ..plural import plural
from .entry_list_model import EntryRole

PAD = 12
LEAD_CHARS = 24  # context kept before the first match, so the match stays in view


def lead_to_first_match(snippet: str) -> str:
    """Drop the start of a snippet so its first match shows in a narrow row."""
    start = snippet.find(MATCH_START)
    if start <= LEAD_CHARS:
        return snippet
    cut = snippet.find(" ", start - LEAD_CHARS, start)
    cut = start - LEAD_CHARS if cut < 0 else cut + 1
    return "…" + snippet[cut:]


def friendly_date(day: date, today: date | None = None) -> str:
    """"Sun 22 Nov" this year, "22 Nov 2019" before, in the person's language."""
    today = today or date.today()
    pattern = "ddd d MMM" if day.year == today.year else "d MMM yyyy"
    return QLocale().toString(day, pattern)


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, colors: style.Colors, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._c = colors

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802, ANN001
        summary = index.data(EntryRole)
        line = QFontMetrics(option.font).height()
        lines = 3 if summary is not None and summary.snippet else 2
        return QSize(200, PAD * 2 + line * lines + 4 * (lines - 1))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        summary = index.data(EntryRole)
        if summary is None:
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor(self._c.window))
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), QColor(self._c.accent))
        painter.setPen(QColor(self._c.border))
        painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())

        inner = rect.adjusted(PAD + 4, PAD, -PAD, -PAD)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        line = QFontMetrics(base).height()

        painter.setFont(bold)
        painter.setPen(QColor(self._c.accent if selected else self._c.text))
        heading = summary.heading or index.data()
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(bold).elidedText(heading, Qt.TextElideMode.ElideRight, inner.width()))

        y = inner.top() + line + 4
        if summary.snippet:
            self._draw_snippet(painter, summary.snippet, QRect(inner.left(), y, inner.width(), line), base)
            y += line + 4
        painter.setFont(base)
        painter.setPen(QColor(self._c.muted))
        meta = f"{friendly_date(summary.local_date)}  ·  {plural(summary.word_count, '%n word', '%n words')}"
        painter.drawText(QRect(inner.left(), y, inner.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(base).elidedText(meta, Qt.TextElideMode.ElideRight, inner.width()))
        painter.restore()

    def _draw_snippet(self, painter: QPainter, snippet: str, rect: QRect, font: QFont) -> None:
        """Draw the snippet with its matches highlighted, clipped to one line."""
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = rect.left()
        flat = lead_to_first_match(" ".join(snippet.split()))
        for i, part in enumerate(flat.replace(MATCH_END, MATCH_START).split(MATCH_START)):
            if not part or x >= rect.right():
                continue
            width = min(metrics.horizontalAdvance(part), rect.right() - x)
            text = metrics.elidedText(part, Qt.TextElideMode.ElideRight, width + 1)
            if i % 2 == 1:  # inside a match
                painter.fillRect(QRect(x - 1, rect.top(), width + 2, rect.height()), QColor(self._c.highlight))
            painter.setPen(QColor(self._c.text))
            painter.drawText(QRect(x, rect.top(), width, rect.height()), Qt.AlignmentFlag.AlignLeft, text)
            x += width
