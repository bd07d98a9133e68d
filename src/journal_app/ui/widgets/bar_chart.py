"""A calm, painted bar chart: one bar a period (a week, a month, a year), labels under
the bars (thinned out where they would crowd), a few gridlines with values, the newest
bar a little deeper. An optional second series (words, say) is drawn as a line with its
own scale on the right. Every value is in the tooltip and the accessible description."""
from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPainterPath,
                           QPaintEvent, QPen)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .. import style
from .chart_tips import answer_tool_tip, is_tool_tip
from .chart_colors import blend

MAX_BAR_WIDTH = 44  # px
BAR_SHARE = 0.64  # of each bar's slot; the rest is air between bars
OLDER_BARS = 0.62  # strength of the accent for all bars but the newest


def nice_step(rough: float, whole: bool = False) -> float:
    """1, 2, 2.5 or 5 times a power of ten, at least `rough`; a whole number when the
    values are counts (so no axis says 2.5 entries)."""
    if rough <= 0:
        return 1.0
    if whole and rough <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= rough - 1e-9 and not (whole and not float(step).is_integer()):
            return step
    return 10 * power


def short_number(value: float) -> str:
    """An axis label: 40, 1,200, 12k, 1.5M, in the locale's digits."""
    locale = QLocale()
    if abs(value) >= 1_000_000:
        return locale.toString(value / 1_000_000, "g", 3) + "M"
    if abs(value) >= 10_000:
        return locale.toString(value / 1000, "g", 3) + "k"
    if value == int(value):
        return locale.toString(int(value))
    return locale.toString(value, "g", 3)


def scale(maximum: float, divisions: int | None = None, whole: bool = False) -> tuple[float, int]:
    """(step, number of divisions) for an axis from 0 to at least `maximum`: about four
    divisions, or exactly `divisions` (for a second axis sharing the gridlines)."""
    if maximum <= 0:
        return 1.0, divisions or 4
    if divisions is None:
        step = nice_step(maximum / 6, whole)
        while math.ceil(maximum / step - 1e-9) > 5:  # the first nice step giving at most five
            step = nice_step(step * 1.0001, whole)
        return step, max(1, math.ceil(maximum / step - 1e-9))
    return nice_step(maximum / divisions, whole), divisions


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bars: list[tuple[str, float]] = []
        self.colors: style.Colors = style.current_colors()
        self.value_text: Callable[[float], str] = short_number
        self.name = ""
        self.line: list[float] | None = None
        self.line_text: Callable[[float], str] = short_number
        self.line_name = ""
        self.hovered: int | None = None
        self.focused = -1  # the bar the keyboard is on; -1: the newest
        self.set_bars([], self.colors, short_number, self.tr("Chart"))

    # -- data
    def set_bars(self, bars: list[tuple[str, float]], colors: style.Colors, value_text: Callable[[float], str],
                 title: str, name: str = "") -> None:
        """Bars oldest first as (label, value); `value_text(v)` says a value in words
        ("12 entries"); `title` is the chart's accessible name; `name` (optional) labels
        the bars in the legend shown beside a line."""
        self.bars = list(bars)
        self.colors = colors
        self.value_text = value_text
        self.name = name
        if self.line is not None and len(self.line) != len(self.bars):
            self.line = None
        self.hovered = None
        self.focused = len(self.bars) - 1
        self.setAccessibleName(title)
        self._update_description()
        self.update()

    def set_line(self, values: list[float] | None, value_text: Callable[[float], str] | None = None,
                 name: str = "") -> None:
        """A second series, one value a bar, as a line with its own scale on the right;
        None removes it."""
        if values is not None and len(values) != len(self.bars):
            raise ValueError("the line needs one value for each bar")
        self.line = list(values) if values is not None else None
        if value_text is not None:
            self.line_text = value_text
        self.line_name = name
        self._update_description()
        self.update()

    def set_colors(self, colors: style.Colors) -> None:
        self.colors = colors
        self.update()

    def bar_text(self, index: int) -> str:
        """"March 2026: 12 entries" (with the line's value after a comma)."""
        label, value = self.bars[index]
        text = f"{label}: {self.value_text(value)}"
        if self.line is not None:
            text += f", {self.line_text(self.line[index])}"
        return text

    def _update_description(self) -> None:
        if not self.bars:
            self.setAccessibleDescription(self.empty_text())
        else:
            self.setAccessibleDescription("; ".join(self.bar_text(i) for i in range(len(self.bars))) + ".")

    def empty_text(self) -> str:
        return self.tr("Nothing yet for this period")

    # -- geometry
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 240)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, 150)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _scales(self) -> tuple[float, int, float]:
        """(bar step, divisions, line step)."""
        top = max((v for _, v in self.bars), default=0)
        whole = all(float(v).is_integer() for _, v in self.bars)
        step, divisions = scale(top, whole=whole)
        line_step = 0.0
        if self.line is not None:
            line_step, _ = scale(max(self.line, default=0), divisions,
                                 whole=all(float(v).is_integer() for v in self.line))
        return step, divisions, line_step

    def plot_rect(self) -> QRect:
        """Where the bars stand: inside the axis labels, the legend and the bar labels."""
        fm = QFontMetrics(self._small_font())
        step, divisions, line_step = self._scales()
        left = max(fm.horizontalAdvance(short_number(step * i)) for i in range(divisions + 1)) + 10
        right = 8
        if self.line is not None:
            right = max(fm.horizontalAdvance(short_number(line_step * i)) for i in range(divisions + 1)) + 10
        top = fm.height() // 2 + 2
        if self._has_legend():
            top += fm.height() + 8
        bottom = fm.height() + 10
        return QRect(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))

    def _has_legend(self) -> bool:
        return self.line is not None and bool(self.name or self.line_name)

    def _slot(self) -> float:
        return self.plot_rect().width() / max(1, len(self.bars))

    def bar_rect(self, index: int) -> QRectF:
        """The bar's rectangle (zero height for a zero value)."""
        plot = self.plot_rect()
        step, divisions, _ = self._scales()
        slot = self._slot()
        width = max(2.0, min(MAX_BAR_WIDTH, slot * BAR_SHARE))
        value = self.bars[index][1]
        height = plot.height() * max(0.0, value) / (step * divisions)
        x = plot.left() + slot * index + (slot - width) / 2
        return QRectF(x, plot.bottom() + 1 - height, width, height)

    def bar_at(self, pos: QPoint) -> int | None:
        plot = self.plot_rect()
        if not self.bars or not (plot.left() <= pos.x() < plot.right() + 1) or pos.y() > self.height():
            return None
        index = int((pos.x() - plot.left()) // self._slot())
        return index if 0 <= index < len(self.bars) else None

    def label_stride(self, fm: QFontMetrics) -> int:
        """Label every n-th bar (counting back from the newest) so labels never touch."""
        if not self.bars:
            return 1
        widest = max(fm.horizontalAdvance(label) for label, _ in self.bars) + 10
        return max(1, math.ceil(widest / self._slot()))

    # -- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        c = self.colors
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._small_font()
        fm = QFontMetrics(font)
        painter.setFont(font)
        plot = self.plot_rect()
        step, divisions, line_step = self._scales()

        # a faint column behind the bar under the pointer or the keyboard
        marked = self.hovered if self.hovered is not None else (self.focused if self.hasFocus() else None)
        if marked is not None and 0 <= marked < len(self.bars):
            bar = self.bar_rect(marked)
            width = min(self._slot() - 2, bar.width() + 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(c.surface, c.border, 0.5))
            painter.drawRoundedRect(QRectF(bar.center().x() - width / 2, plot.top(), width, plot.height() + 1), 4, 4)

        # gridlines with their values (left: bars, right: the line)
        for i in range(divisions + 1):
            y = plot.bottom() + 0.5 - plot.height() * i / divisions
            painter.setPen(QPen(QColor(c.border if i or not self.bars else c.muted), 1))
            if i and not self.bars:
                painter.setPen(QPen(blend(c.window, c.border, 0.5), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right() + 1, y))
            if not self.bars:
                continue
            painter.setPen(QColor(c.muted))
            label_rect = QRectF(0, y - fm.height() / 2, plot.left() - 8, fm.height())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             short_number(step * i))
            if self.line is not None:
                right = QRectF(plot.right() + 8, y - fm.height() / 2, self.width() - plot.right() - 8, fm.height())
                painter.drawText(right, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 short_number(line_step * i))

        if not self.bars:
            painter.setFont(self.font())
            painter.setPen(QColor(c.muted))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text())
            painter.end()
            return

        slot = self._slot()
        newest = len(self.bars) - 1
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(self.bars)):
            rect = self.bar_rect(index)
            if rect.height() <= 0:
                continue
            strength = 1.0 if index == newest else OLDER_BARS
            painter.setBrush(blend(c.surface, c.accent, strength))
            painter.drawPath(_rounded_top(rect, min(4.0, rect.width() / 2, rect.height())))

        if self.hasFocus() and 0 <= self.focused < len(self.bars):
            rect = self.bar_rect(self.focused)
            ring = QRectF(rect.left() - 3, min(rect.top(), plot.bottom() - 6) - 3, rect.width() + 6,
                          plot.bottom() + 1 - min(rect.top(), plot.bottom() - 6) + 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(c.accent), 2))
            painter.drawRoundedRect(ring, 5, 5)

        if self.line is not None:
            self._draw_line(painter, plot, line_step * divisions)

        # labels under the bars, every n-th, always the newest
        stride = self.label_stride(fm)
        painter.setPen(QColor(c.muted))
        for index in range(newest, -1, -stride):
            label = self.bars[index][0]
            width = fm.horizontalAdvance(label)
            centre = plot.left() + slot * (index + 0.5)
            x = max(0.0, min(self.width() - width, centre - width / 2))
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, self.width())
            if index == newest:
                painter.setPen(QColor(c.text))
            painter.drawText(QPointF(x, plot.bottom() + 6 + fm.ascent()), text)
            painter.setPen(QColor(c.muted))

        if self._has_legend():
            self._draw_legend(painter, fm)
        painter.end()

    def _line_color(self) -> QColor:
        return QColor(self.colors.muted)

    def _draw_line(self, painter: QPainter, plot: QRect, top: float) -> None:
        assert self.line is not None
        slot = self._slot()
        points = [QPointF(plot.left() + slot * (i + 0.5), plot.bottom() + 0.5 - plot.height() * max(0.0, v) / top)
                  for i, v in enumerate(self.line)]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(self._line_color(), 2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if len(points) > 1:
            painter.drawPolyline(points)
        if slot >= 8 or len(points) == 1:
            painter.setBrush(QColor(self.colors.surface))
            for point in points:
                painter.drawEllipse(point, 3, 3)

    def _draw_legend(self, painter: QPainter, fm: QFontMetrics) -> None:
        c = self.colors
        y = 2
        x = self.plot_rect().left()
        swatch = fm.height() - 6
        baseline = y + fm.ascent()
        if self.name:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(c.surface, c.accent, OLDER_BARS))
            painter.drawRoundedRect(QRectF(x, y + 3, swatch, swatch), 2, 2)
            x += swatch + 6
            painter.setPen(QColor(c.muted))
            painter.drawText(QPointF(x, baseline), self.name)
            x += fm.horizontalAdvance(self.name) + 18
        if self.line_name:
            middle = y + fm.height() / 2
            painter.setPen(QPen(self._line_color(), 2))
            painter.drawLine(QPointF(x, middle), QPointF(x + 16, middle))
            painter.setBrush(QColor(c.surface))
            painter.drawEllipse(QPointF(x + 8, middle), 3, 3)
            x += 22
            painter.setPen(QColor(c.muted))
            painter.drawText(QPointF(x, baseline), self.line_name)

    # -- interaction
    def event(self, event: QEvent) -> bool:
        if is_tool_tip(event):
            index = self.bar_at(event.pos())
            return answer_tool_tip(self, event, None if index is None else self.bar_text(index))
        if event.type() == QEvent.Type.Leave:
            self.hovered = None
            self.update()
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.bar_at(event.position().toPoint())
        if index != self.hovered:
            self.hovered = index
            self.update()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.bars:
            super().keyPressEvent(event)
            return
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}  # time runs left to right, as drawn
        key = event.key()
        if key in moves:
            self.focus_bar(self.focused + moves[key])
        elif key == Qt.Key.Key_Home:
            self.focus_bar(0)
        elif key == Qt.Key.Key_End:
            self.focus_bar(len(self.bars) - 1)
        else:
            super().keyPressEvent(event)

    def focus_bar(self, index: int) -> None:
        """Move the keyboard's bar and show its value (the description lists them all)."""
        self.focused = max(0, min(len(self.bars) - 1, index))
        text = self.bar_text(self.focused)
        if self.isVisible():
            rect = self.bar_rect(self.focused).toRect()
            QToolTip.showText(self.mapToGlobal(QPoint(rect.center().x(), rect.top())), text, self)
        self.update()

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.update()
        super().focusOutEvent(event)


def _rounded_top(rect: QRectF, radius: float) -> QPainterPath:
    """A bar with rounded top corners and a square foot on the baseline."""
    path = QPainterPath()
    r = max(0.0, radius)
    path.moveTo(rect.left(), rect.bottom())
    path.lineTo(rect.left(), rect.top() + r)
    path.quadTo(rect.left(), rect.top(), rect.left() + r, rect.top())
    path.lineTo(rect.right() - r, rect.top())
    path.quadTo(rect.right(), rect.top(), rect.right(), rect.top() + r)
    path.lineTo(rect.right(), rect.bottom())
    path.closeSubpath()
    return path
