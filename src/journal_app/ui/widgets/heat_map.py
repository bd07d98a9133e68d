"""A calendar heat map of the last twelve months: one column a week, one row a weekday
(from the locale's first day of the week), months named above. Days with more entries
are a deeper tint of the accent; a day without one is a quiet cell, never a warning.

A tooltip names each day and its count; a click (or Return/Space on the cell in focus)
on a day with entries emits `day_clicked(date)`. The arrow keys move the focused cell
as it is drawn: Up/Down a day, Left/Right a week."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent,
                           QPen)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .. import style
from .chart_tips import answer_tool_tip, is_tool_tip
from .chart_colors import blend
from .heat_levels import LEVELS, level_color, level_of, thresholds
from ..plural import plural

WEEKS = 53
DAYS = 365  # the days shown: last_day and the 364 before it
CELL = 14  # px, at the natural size
MIN_CELL = 7  # px, the smallest a narrow pane shrinks a cell to (the area fits beside the sidebar at 800 px)
GAP = 3  # px between cells (2 once cells are small)


def entries_text(count: int) -> str:
    if count <= 0:
        return _tr("no entries")
    return plural(count, "%n entry", "%n entries")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("HeatMap", text)


class HeatMap(QWidget):
    day_clicked = Signal(object)  # a datetime.date with entries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Days written in the last twelve months"))
        self.counts: dict[date, int] = {}
        self.colors: style.Colors = style.LIGHT
        self.last_day = date.today()
        self.today: date = self.last_day
        self.focus_day = self.last_day
        self._bounds: list[int] = []
        self._summary = ""
        self.set_days({}, self.last_day, style.current_colors())

    # -- data
    def set_days(self, counts: dict[date, int], last_day: date, colors: style.Colors,
                 today: date | None = None) -> None:
        """Entries per day; the map ends at `last_day`; `today` (outlined) is last_day
        unless given."""
        self.last_day = last_day
        self.today = today or last_day
        self.counts = {d: n for d, n in counts.items() if n > 0 and self.first_day <= d <= last_day}
        self.colors = colors
        self._bounds = thresholds(list(self.counts.values()))
        if not self.first_day <= self.focus_day <= last_day:
            self.focus_day = last_day
        self._summary = self._describe()
        self.setAccessibleDescription(self._summary)
        self.updateGeometry()
        self.update()

    def set_colors(self, colors: style.Colors) -> None:
        self.colors = colors
        self.update()

    @property
    def first_day(self) -> date:
        return self.last_day - timedelta(days=DAYS - 1)

    def count(self, day: date) -> int:
        return self.counts.get(day, 0)

    def level(self, day: date) -> int:
        return level_of(self.count(day), self._bounds)

    def is_empty(self) -> bool:
        return not self.counts

    def _describe(self) -> str:
        if not self.counts:
            return self.tr("No days with entries yet. Days you write will show here.")
        most = max(self.counts.values())
        return (self.tr("%1 out of %2; the most in one day: %3.")
                .replace("%1", plural(len(self.counts), "%n day with entries", "%n days with entries"))
                .replace("%2", QLocale().toString(DAYS))
                .replace("%3", plural(most, "%n entry", "%n entries")))

    def day_text(self, day: date) -> str:
        """What the tooltip says for a day: "Tuesday 3 March 2026: 2 entries"."""
        when = QLocale().toString(day, QLocale.FormatType.LongFormat)
        return f"{when}: {entries_text(self.count(day))}"

    # -- geometry
    def _first_weekday(self) -> int:
        return QLocale().firstDayOfWeek().value  # 1 Monday .. 7 Sunday, as isoweekday()

    def row_of(self, day: date) -> int:
        return (day.isoweekday() - self._first_weekday()) % 7

    def _grid_start(self) -> date:
        """The first day of the first column (it may fall before first_day)."""
        last_column = self.last_day - timedelta(days=self.row_of(self.last_day))
        return last_column - timedelta(weeks=WEEKS - 1)

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _margins(self) -> tuple[int, int, int]:
        """Left (weekday names), top (month names), bottom (legend). Kept per font and
        locale: every cell's place needs them, and measuring the names for each of 371
        cells was half of painting the map."""
        key = (self.font().key(), QLocale().name())
        if getattr(self, "_margins_for", None) != key:
            fm = QFontMetrics(self._label_font())
            names = [QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
            left = max(fm.horizontalAdvance(n) for n in names) + 8
            self._margins_kept = (left, fm.height() + 6, fm.height() + 10)
            self._margins_for = key
        return self._margins_kept

    def _cell_and_gap(self) -> tuple[int, int]:
        left, _, _ = self._margins()
        available = self.width() - left - 2
        for gap in (GAP, 2):
            cell = (available + gap) // WEEKS - gap
            if cell >= 11 or gap == 2:
                return max(MIN_CELL, min(CELL, cell)), gap
        return MIN_CELL, 2  # not reached

    def _natural(self, cell: int, gap: int) -> QSize:
        left, top, bottom = self._margins()
        return QSize(left + WEEKS * (cell + gap) - gap + 2, top + 7 * (cell + gap) - gap + bottom + 2)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._natural(CELL, GAP)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._natural(MIN_CELL, 2)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        left, _, _ = self._margins()
        for gap in (GAP, 2):
            cell = (width - left - 2 + gap) // WEEKS - gap
            if cell >= 11 or gap == 2:
                return self._natural(max(MIN_CELL, min(CELL, cell)), gap).height()
        return self.sizeHint().height()

    def cell_rect(self, day: date) -> QRect:
        """Where a day's cell is drawn (an empty rect for a day not shown)."""
        if not self.first_day <= day <= self.last_day:
            return QRect()
        cell, gap = self._cell_and_gap()
        left, top, _ = self._margins()
        column = (day - self._grid_start()).days // 7
        return QRect(left + 1 + column * (cell + gap), top + 1 + self.row_of(day) * (cell + gap), cell, cell)

    def day_at(self, pos: QPoint) -> date | None:
        cell, gap = self._cell_and_gap()
        left, top, _ = self._margins()
        x, y = pos.x() - left - 1, pos.y() - top - 1
        if x < 0 or y < 0:
            return None
        column, row = x // (cell + gap), y // (cell + gap)
        if column >= WEEKS or row >= 7 or x % (cell + gap) >= cell or y % (cell + gap) >= cell:
            return None
        day = self._grid_start() + timedelta(days=column * 7 + row)
        return day if self.first_day <= day <= self.last_day else None

    def _month_labels(self, cell: int, gap: int, fm: QFontMetrics) -> list[tuple[int, str]]:
        left, _, _ = self._margins()
        labels: list[tuple[int, str]] = []
        start = self._grid_start()
        for column in range(WEEKS):
            days = [start + timedelta(weeks=column, days=i) for i in range(7)]
            days = [d for d in days if self.first_day <= d <= self.last_day]
            firsts = [d for d in days if d.day == 1]
            if firsts or column == 0:
                month = (firsts[0] if firsts else days[0]).month
                name = QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
                labels.append((left + 1 + column * (cell + gap), name))
        # a partial first month gives way to the next month's name if the two would touch
        if len(labels) > 1 and labels[0][0] + fm.horizontalAdvance(labels[0][1]) + 6 > labels[1][0]:
            labels.pop(0)
        kept: list[tuple[int, str]] = []
        for x, name in labels:
            if (not kept or x > kept[-1][0] + fm.horizontalAdvance(kept[-1][1]) + 6) and \
                    x + fm.horizontalAdvance(name) <= self.width():
                kept.append((x, name))
        return kept

    # -- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        c = self.colors
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell, gap = self._cell_and_gap()
        left, top, _ = self._margins()
        font = self._label_font()
        fm = QFontMetrics(font)
        painter.setFont(font)
        empty = self.is_empty()
        radius = 3 if cell >= 11 else 2

        # weekday names on alternate rows, as a calendar's margin
        painter.setPen(QColor(c.muted))
        for row in (0, 2, 4, 6):
            weekday = (self._first_weekday() - 1 + row) % 7 + 1
            rect = QRect(0, top + 1 + row * (cell + gap), left - 6, cell)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             QLocale().dayName(weekday, QLocale.FormatType.ShortFormat))

        # month names above the column holding each month's first day
        for x, name in self._month_labels(cell, gap, fm):
            painter.drawText(QPoint(x, fm.ascent() + 1), name)

        # the cells
        painter.setPen(Qt.PenStyle.NoPen)
        day = self.first_day
        while day <= self.last_day:
            color = level_color(c, self.level(day))
            if empty:
                color = blend(c.surface, c.border, 0.45)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(self.cell_rect(day)), radius, radius)
            day += timedelta(days=1)

        # today, outlined in the text colour (it reads on every tint)
        if self.first_day <= self.today <= self.last_day:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(c.text), 1.5))
            painter.drawRoundedRect(QRectF(self.cell_rect(self.today)).adjusted(0.75, 0.75, -0.75, -0.75),
                                    radius, radius)

        # the focused cell: a ring in the accent, outside the cell, in the gap
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(c.accent), 2))
            ring = QRectF(self.cell_rect(self.focus_day)).adjusted(-2, -2, 2, 2)
            painter.drawRoundedRect(ring, radius + 2, radius + 2)

        bottom_y = top + 1 + 7 * (cell + gap) - gap
        if empty:
            self._draw_empty_note(painter, QRect(left, top, WEEKS * (cell + gap), bottom_y - top))
        else:
            self._draw_legend(painter, fm, bottom_y + 6, cell, gap, radius)
        painter.end()

    def _draw_legend(self, painter: QPainter, fm: QFontMetrics, y: int, cell: int, gap: int, radius: int) -> None:
        c = self.colors
        less, more = self.tr("Less"), self.tr("More")
        size = min(cell, fm.height() - 2)
        right = self._margins()[0] + 1 + WEEKS * (cell + gap) - gap
        x = right - fm.horizontalAdvance(more)
        painter.setPen(QColor(c.muted))
        baseline = y + (size + fm.ascent() - fm.descent()) // 2
        painter.drawText(QPoint(x, baseline), more)
        x -= 6 + (LEVELS + 1) * (size + gap) - gap
        painter.setPen(Qt.PenStyle.NoPen)
        for level in range(LEVELS + 1):
            painter.setBrush(level_color(c, level))
            painter.drawRoundedRect(QRectF(x + level * (size + gap), y, size, size), radius, radius)
        painter.setPen(QColor(c.muted))
        painter.drawText(QPoint(x - 6 - fm.horizontalAdvance(less), baseline), less)

    def _draw_empty_note(self, painter: QPainter, area: QRect) -> None:
        c = self.colors
        text = self.tr("Days you write will show here")
        font = QFont(self.font())
        painter.setFont(font)
        fm = QFontMetrics(font)
        width = min(area.width(), fm.horizontalAdvance(text) + 32)
        pill = QRect(0, 0, width, fm.height() + 16)
        pill.moveCenter(area.center())
        painter.setPen(QPen(QColor(c.border), 1))
        painter.setBrush(QColor(c.surface))
        painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2, pill.height() / 2)
        painter.setPen(QColor(c.muted))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                           width - 16))

    # -- interaction
    def event(self, event: QEvent) -> bool:
        if is_tool_tip(event):
            day = self.day_at(event.pos())
            if day is None:
                return answer_tool_tip(self, event, None)
            return answer_tool_tip(self, event, self.day_text(day), self.cell_rect(day))
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().toPoint())
        has = day is not None and self.count(day) > 0
        self.setCursor(Qt.CursorShape.PointingHandCursor if has else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and day is not None:
            self.focus_day = day
            self.update()
            if self.count(day) > 0:
                self.day_clicked.emit(day)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7}
        if key in steps:
            self.move_focus(self.focus_day + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_Home:
            self.move_focus(self.first_day)
        elif key == Qt.Key.Key_End:
            self.move_focus(self.last_day)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.count(self.focus_day) > 0:
                self.day_clicked.emit(self.focus_day)
        else:
            super().keyPressEvent(event)

    def move_focus(self, day: date) -> None:
        """Put the focus ring on a day (kept within the map) and say what it holds."""
        day = max(self.first_day, min(self.last_day, day))
        self.focus_day = day
        text = self.day_text(day)
        self.setAccessibleDescription(f"{self._summary} {text}")
        if self.isVisible():
            rect = self.cell_rect(day)
            QToolTip.showText(self.mapToGlobal(rect.bottomRight()), text, self, rect)
        self.update()

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.setAccessibleDescription(self._summary)
        self.update()
        super().focusOutEvent(event)
