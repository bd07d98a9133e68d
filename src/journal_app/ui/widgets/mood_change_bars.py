"""How mood moved across sessions, by theme: the average of (mood after minus mood
before), one horizontal bar a theme around a zero line. Both directions share the
accent: a lower mood after writing about something hard is not a failure, so nothing
here is red or green."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import style
from .chart_tips import answer_tool_tip, is_tool_tip
from .chart_colors import blend

ROW = 30  # px a theme
BAR = 14  # px the bar's thickness
MAX_SCALE = 4.0  # moods run 1 to 5, so a change runs -4 to +4


def signed(value: float) -> str:
    """"+0.8", "−0.4", "0.0" in the locale's digits and signs."""
    locale = QLocale()
    text = locale.toString(abs(value), "f", 1)
    if round(value, 1) > 0:
        return locale.positiveSign() + text
    if round(value, 1) < 0:
        return locale.negativeSign() + text
    return text


class MoodChangeBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rows: list[tuple[str, float]] = []
        self.colors: style.Colors = style.current_colors()
        self.set_changes([], self.colors, self.tr("Mood change by theme"))

    def set_changes(self, rows: list[tuple[str, float]], colors: style.Colors, title: str) -> None:
        """Themes as (name, average of after minus before), in the order to show."""
        self.rows = list(rows)
        self.colors = colors
        self.setAccessibleName(title)
        if self.rows:
            self.setAccessibleDescription("; ".join(self.row_text(i) for i in range(len(self.rows))) + ".")
        else:
            self.setAccessibleDescription(self.empty_text())
        self.updateGeometry()
        self.update()

    def set_colors(self, colors: style.Colors) -> None:
        self.colors = colors
        self.update()

    def empty_text(self) -> str:
        return self.tr("After a few sessions with a check-in and a check-out, how your mood moved will show here")

    def row_text(self, index: int) -> str:
        """"Work: 0.8 higher after writing, on average"."""
        name, value = self.rows[index]
        amount = QLocale().toString(abs(value), "f", 1)
        if round(value, 1) > 0:
            said = self.tr("%1 higher after writing, on average").replace("%1", amount)
        elif round(value, 1) < 0:
            said = self.tr("%1 lower after writing, on average").replace("%1", amount)
        else:
            said = self.tr("about the same after writing, on average")
        return f"{name}: {said}"

    # -- geometry
    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _footer(self) -> int:
        return QFontMetrics(self._small_font()).height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, (len(self.rows) or 3) * ROW + self._footer() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.sizeHint().height())

    def _columns(self) -> tuple[int, int, int]:
        """(label width, value text width, bar area left)."""
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(name) for name, _ in self.rows), default=0)
        label = min(widest, int(self.width() * 0.34)) + 12
        value = max(fm.horizontalAdvance(signed(v)) for v in (-4.0, 4.0, *(v for _, v in self.rows))) + 12
        return label, value, label

    def scale(self) -> float:
        """The longest bar's reach either side of zero: 1, 2 or 4 mood points."""
        top = max((abs(v) for _, v in self.rows), default=0.0)
        for reach in (1.0, 2.0, MAX_SCALE):
            if top <= reach:
                return reach
        return math.ceil(top)

    def bar_area(self) -> QRect:
        label, value, left = self._columns()
        return QRect(left, 4, max(20, self.width() - left - value), (len(self.rows) or 3) * ROW)

    def row_at(self, pos: QPoint) -> int | None:
        index = (pos.y() - 4) // ROW
        return index if 0 <= index < len(self.rows) and pos.y() >= 4 else None

    def bar_rect(self, index: int) -> QRectF:
        area = self.bar_area()
        zero = area.left() + area.width() / 2
        value = self.rows[index][1]
        length = (area.width() / 2 - 2) * min(1.0, abs(value) / self.scale())
        y = area.top() + index * ROW + (ROW - BAR) / 2
        return QRectF(zero if value >= 0 else zero - length, y, length, BAR)

    # -- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        c = self.colors
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        small = QFontMetrics(self._small_font())
        label_width, value_width, _ = self._columns()
        area = self.bar_area()
        zero = area.left() + area.width() / 2
        reach = self.scale()

        # quiet guides at the half and the whole of the scale, either side
        for fraction in (-1.0, -0.5, 0.5, 1.0):
            x = zero + (area.width() / 2 - 2) * fraction
            painter.setPen(QPen(blend(c.window, c.border, 0.7), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))

        if not self.rows:
            self._draw_empty_note(painter, area)
            painter.end()
            return

        for index, (name, value) in enumerate(self.rows):
            row = QRect(0, area.top() + index * ROW, self.width(), ROW)
            painter.setPen(QColor(c.text))
            painter.drawText(QRect(0, row.top(), label_width - 12, ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(name, Qt.TextElideMode.ElideRight, label_width - 12))
            rect = self.bar_rect(index)
            if rect.width() > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(blend(c.surface, c.accent, 0.8))
                radius = min(4.0, rect.width() / 2)
                painter.drawRoundedRect(rect, radius, radius)
            painter.setPen(QColor(c.muted))
            painter.drawText(QRect(area.right() + 10, row.top(), value_width - 10, ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, signed(value))

        painter.setPen(QPen(QColor(c.muted), 1))
        painter.drawLine(QPointF(zero, area.top()), QPointF(zero, area.bottom()))

        # the scale under the bars, in words at the ends
        painter.setFont(self._small_font())
        painter.setPen(QColor(c.muted))
        y = area.bottom() + 6
        left_words, right_words = self.tr("lower after"), self.tr("higher after")
        for x, text in ((zero - (area.width() / 2 - 2), signed(-reach)), (zero, "0"),
                        (zero + (area.width() / 2 - 2), signed(reach))):
            width = small.horizontalAdvance(text)
            painter.drawText(QPointF(x - width / 2, y + small.ascent()), text)
        gap = small.horizontalAdvance("0") + 12
        if area.width() / 2 - gap - small.horizontalAdvance(signed(reach)) > small.horizontalAdvance(right_words) + 12:
            painter.drawText(QPointF(zero + gap, y + small.ascent()), right_words)
            painter.drawText(QPointF(zero - gap - small.horizontalAdvance(left_words), y + small.ascent()),
                             left_words)
        painter.end()

    def _draw_empty_note(self, painter: QPainter, area: QRect) -> None:
        c = self.colors
        fm = QFontMetrics(self.font())
        width = min(self.width() - 16, fm.horizontalAdvance(self.empty_text()) + 32)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        text = fm.boundingRect(QRect(0, 0, width - 32, 1000), flags, self.empty_text())
        pill = QRect(0, 0, width, text.height() + 16)
        pill.moveCenter(QPoint(self.width() // 2, area.center().y()))
        painter.setPen(QPen(QColor(c.border), 1))
        painter.setBrush(QColor(c.surface))
        radius = min(pill.height() / 2, 14)
        painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setPen(QColor(c.muted))
        painter.drawText(pill.adjusted(16, 8, -16, -8), flags, self.empty_text())

    def event(self, event: QEvent) -> bool:
        if is_tool_tip(event):
            index = self.row_at(event.pos())
            return answer_tool_tip(self, event, None if index is None else self.row_text(index))
        return super().event(event)
