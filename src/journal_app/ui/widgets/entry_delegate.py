"""How one journal row looks: heading, date and words, and a search snippet."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.entry import MATCH_START, EntrySummary
from .. import style
from ..moment_text import on_writers_clock
from ..plural import plural
from .entry_list_model import EntryRole
from .snippet_layout import draw_snippet, snippet_layout

PAD = 12
GUTTER = 64  # the margin where months and days begin
LEAD_CHARS = 24  # context kept before the first match, so the match stays in view


def lead_to_first_match(snippet: str, width_of: Callable[[str], int] | None = None, room: int = 0) -> str:
    """Drop the start of a snippet so its first match shows in a narrow row: at most
    LEAD_CHARS characters before it, or, given `width_of` (pixels), what fits in
    `room` pixels, cut after a space where one is near."""
    start = snippet.find(MATCH_START)
    if width_of is None:
        if start <= LEAD_CHARS:
            return snippet
        cut = snippet.find(" ", start - LEAD_CHARS, start)
        cut = start - LEAD_CHARS if cut < 0 else cut + 1
        return "…" + snippet[cut:]
    if start <= 0 or width_of(snippet[:start]) <= room:
        return snippet
    low, high = 0, start  # the first cut that fits: text after a later cut is narrower
    while low < high:
        middle = (low + high) // 2
        if width_of("…" + snippet[middle:start]) <= room:
            high = middle
        else:
            low = middle + 1
    cut = low
    space = snippet.find(" ", cut, start)
    if 0 <= space < start - 1 and space - cut <= 8:  # a word's end close by: begin with the next one
        cut = space + 1
    return "…" + snippet[cut:]


class EntryDelegate(QStyledItemDelegate):
    """A row, all rows the same height (so a list of 100,000 lays out without reading
    them all): on the left, the month where a month begins and the day where a day
    begins; beside it the title or first line, then a search snippet or the prompt
    it answers, then the time, words, mood and tags."""

    def __init__(self, colors: style.Colors, parent=None, prompt_text=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._c = colors
        self._prompt_text = prompt_text or (lambda _pid: "")

    @staticmethod
    def _previous(index) -> EntrySummary | None:  # noqa: ANN001
        if index.row() == 0:
            return None
        return index.model().index(index.row() - 1, 0).data(EntryRole)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802, ANN001
        line = QFontMetrics(option.font).height()
        return QSize(200, PAD * 2 + line * 3 + 4 * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        summary = index.data(EntryRole)
        if summary is None:
            return
        painter.save()
        rect = option.rect
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 7))
        line = QFontMetrics(base).height()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor(self._c.window))
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), QColor(self._c.accent))
        month_label, day_label = self.margin(index, summary)
        new_day = day_label is not None
        painter.setPen(QColor(self._c.border))
        left = rect.left() + PAD if new_day else rect.left() + PAD + GUTTER
        painter.drawLine(left, rect.top(), rect.right() - PAD, rect.top())  # a day's entries hang together

        gutter = QRect(rect.left() + PAD, rect.top() + PAD, GUTTER - 8, rect.height() - 2 * PAD)
        if month_label:
            painter.setFont(small)
            painter.setPen(QColor(self._c.accent))
            painter.drawText(QRect(gutter.left(), gutter.top(), gutter.width(), line), Qt.AlignmentFlag.AlignLeft,
                             month_label)
        if day_label:
            painter.setFont(bold)
            painter.setPen(QColor(self._c.text))
            painter.drawText(QRect(gutter.left(), gutter.top() + line + 4, gutter.width(), line),
                             Qt.AlignmentFlag.AlignLeft, day_label)

        inner = QRect(rect.left() + PAD + GUTTER, rect.top() + PAD, rect.width() - 2 * PAD - GUTTER,
                      rect.height() - 2 * PAD)
        painter.setFont(bold)
        painter.setPen(QColor(self._c.accent if selected else self._c.text))
        heading = summary.heading or index.data()
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(bold).elidedText(heading, Qt.TextElideMode.ElideRight, inner.width()))
        y = inner.top() + line + 4
        painter.setFont(base)
        metrics = QFontMetrics(base)
        prompt = self._prompt_text(summary.prompt_id) if summary.prompt_id else ""
        if summary.snippet:
            self._draw_snippet(painter, summary.snippet, QRect(inner.left(), y, inner.width(), line), base)
        elif prompt:
            painter.setPen(QColor(self._c.muted))
            painter.drawText(QRect(inner.left(), y, inner.width(), line), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText("↳ " + prompt, Qt.TextElideMode.ElideRight, inner.width()))
        y += line + 4
        painter.setPen(QColor(self._c.muted))
        painter.drawText(QRect(inner.left(), y, inner.width(), line), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(self.meta(summary), Qt.TextElideMode.ElideRight, inner.width()))
        painter.restore()

    def margin(self, index, summary: EntrySummary) -> tuple[str | None, str | None]:  # noqa: ANN001
        """(month, day) shown in the margin: the month where a month begins, the day
        where a day begins (by the writer's local date), else None."""
        before = self._previous(index)
        new_month = before is None or (before.local_date.year, before.local_date.month) != (
            summary.local_date.year, summary.local_date.month)
        new_day = before is None or before.local_date != summary.local_date
        return (QLocale().toString(summary.local_date, "MMM yyyy") if new_month else None,
                QLocale().toString(summary.local_date, "ddd d") if new_day else None)

    @staticmethod
    def meta(summary: EntrySummary) -> str:
        """The time, words, mood and tags (the day is in the margin)."""
        # The time on the writer's clock, as the day in the margin is the writer's day.
        local = on_writers_clock(summary.written_at, summary.utc_offset_minutes)
        time = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
        parts = [time, plural(summary.word_count, "%n word", "%n words")]
        if summary.mood_before is not None:
            parts.append(f"mood {summary.mood_before}" + (f" → {summary.mood_after}" if summary.mood_after else ""))
        if summary.tags:
            parts.append(" ".join(f"#{tag}" for tag in summary.tags))
        return "  ·  ".join(parts)

    def _draw_snippet(self, painter: QPainter, snippet: str, rect: QRect, font: QFont) -> None:
        """The snippet with its matches highlighted, on one line (ui/widgets/snippet_layout.py)."""
        # A third of the row before the first match, so the match is in view in any
        # script (a CJK character is twice as wide as a Latin letter).
        metrics = QFontMetrics(font)
        shown = lead_to_first_match(" ".join(snippet.split()), metrics.horizontalAdvance, rect.width() // 3)
        layout = snippet_layout(shown, font, rect.width(), QColor(self._c.highlight))
        painter.setPen(QColor(self._c.text))
        painter.save()
        painter.setClipRect(rect)
        draw_snippet(painter, layout, rect.left(), rect.top(), rect.height())
        painter.restore()
