"""The Progress view's painted figures: the heat map, the bar chart and the mood-change
bars draw something with data and without, differently for different data and themes,
and say everything they show as text (tooltips, accessible descriptions)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QToolTip

from journal_app.ui import style
from journal_app.ui.plural import plural
from journal_app.ui.widgets.bar_chart import BarChart, scale
from journal_app.ui.widgets.heat_levels import level_of, thresholds
from journal_app.ui.widgets.heat_map import CELL, MIN_CELL, HeatMap
from journal_app.ui.widgets.mood_change_bars import MoodChangeBars, signed

LAST = date(2026, 3, 14)  # a Saturday


def image(widget) -> QImage:  # noqa: ANN001
    return widget.grab().toImage()


def distinct_colours(img: QImage, step: int = 2) -> int:
    return len({img.pixel(x, y) for x in range(0, img.width(), step) for y in range(0, img.height(), step)})


def entries(n: float) -> str:
    return plural(int(n), "%n entry", "%n entries")


def some_days(seed: int = 0) -> dict[date, int]:
    return {LAST - timedelta(days=i): 1 + (i * 7 + seed) % 4 for i in range(0, 300, 2 + seed)}


@pytest.fixture
def heat(qtbot):  # noqa: ANN001, ANN201
    widget = HeatMap()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    return widget


# -- the heat map
def test_heat_map_draws_data_and_nothing_differently(heat) -> None:  # noqa: ANN001
    heat.set_days(some_days(), LAST, style.LIGHT)
    with_data = image(heat)
    assert distinct_colours(with_data) > 6
    heat.set_days({}, LAST, style.LIGHT)
    empty = image(heat)
    assert distinct_colours(empty) > 3  # a faint grid and its words, not a blank
    assert empty != with_data
    assert "Days you write will show here" in heat.accessibleDescription()


def test_heat_map_differs_by_data_and_theme(heat) -> None:  # noqa: ANN001
    heat.set_days(some_days(0), LAST, style.LIGHT)
    first = image(heat)
    heat.set_days(some_days(1), LAST, style.LIGHT)
    second = image(heat)
    heat.set_days(some_days(1), LAST, style.DARK)
    dark = image(heat)
    assert first != second
    assert second != dark


def test_heat_map_says_the_counts(heat) -> None:  # noqa: ANN001
    days = {LAST: 2, LAST - timedelta(days=3): 5, LAST - timedelta(days=400): 9}  # the last is too old
    heat.set_days(days, LAST, style.LIGHT)
    assert heat.accessibleName() == "Days written in the last twelve months"
    description = heat.accessibleDescription()
    assert description.startswith(f"2 days with entries out of {QLocale().toString(365)}")
    assert "the most in one day: 5 entries" in description


def test_heat_map_tooltip_names_the_day_and_its_count(heat) -> None:  # noqa: ANN001
    day = LAST - timedelta(days=11)  # a Tuesday
    heat.set_days({day: 2, LAST: 1}, LAST, style.LIGHT)
    long_date = QLocale().toString(day, QLocale.FormatType.LongFormat)
    assert heat.day_text(day) == f"{long_date}: 2 entries"
    assert heat.day_text(LAST).endswith(": 1 entry")
    assert heat.day_text(day + timedelta(days=1)).endswith(": no entries")
    heat.show()
    centre = heat.cell_rect(day).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, heat.mapToGlobal(centre))
    assert heat.event(event)
    assert QToolTip.text() == f"{long_date}: 2 entries"
    QToolTip.hideText()


def test_clicking_a_day_with_entries_opens_it(heat, qtbot) -> None:  # noqa: ANN001
    day = LAST - timedelta(days=40)
    heat.set_days({day: 3}, LAST, style.LIGHT)
    assert heat.day_at(heat.cell_rect(day).center()) == day
    with qtbot.waitSignal(heat.day_clicked, timeout=500) as blocker:
        qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(day).center())
    assert blocker.args == [day]
    with qtbot.assertNotEmitted(heat.day_clicked):  # a day without an entry has nothing to open
        qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(day + timedelta(days=1)).center())


def test_keyboard_moves_a_day_and_opens_it(heat, qtbot) -> None:  # noqa: ANN001
    start = LAST - timedelta(days=20)
    heat.set_days({start + timedelta(days=1): 1, start + timedelta(days=8): 2}, LAST, style.LIGHT)
    heat.move_focus(start)
    # columns are weeks: Down is the next day, Right the same weekday a week on
    qtbot.keyClick(heat, Qt.Key.Key_Down)
    assert heat.focus_day == start + timedelta(days=1)
    assert heat.accessibleDescription().endswith(heat.day_text(start + timedelta(days=1)))
    with qtbot.waitSignal(heat.day_clicked, timeout=500) as blocker:
        qtbot.keyClick(heat, Qt.Key.Key_Return)
    assert blocker.args == [start + timedelta(days=1)]
    qtbot.keyClick(heat, Qt.Key.Key_Right)
    with qtbot.waitSignal(heat.day_clicked, timeout=500) as blocker:
        qtbot.keyClick(heat, Qt.Key.Key_Space)
    assert blocker.args == [start + timedelta(days=8)]
    for _ in range(10):
        qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert heat.focus_day == LAST  # kept within the map


def test_heat_map_columns_follow_the_week_and_fit_a_narrow_pane(heat) -> None:  # noqa: ANN001
    heat.set_days(some_days(), LAST, style.LIGHT)
    assert heat.cell_rect(LAST).width() == CELL
    monday = LAST - timedelta(days=5)
    first_weekday = QLocale().firstDayOfWeek().value
    assert heat.row_of(monday) == (1 - first_weekday) % 7
    assert heat.cell_rect(monday).left() == heat.cell_rect(LAST).left()  # the same week's column
    assert heat.minimumSizeHint().width() <= 600
    heat.resize(600, heat.heightForWidth(600))
    cell = heat.cell_rect(LAST)
    assert MIN_CELL <= cell.width() < CELL
    assert cell.right() < heat.width()
    assert heat.day_at(heat.cell_rect(heat.first_day).center()) == heat.first_day


def test_heat_map_week_starts_on_the_locales_day(qtbot) -> None:  # noqa: ANN001
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        widget = HeatMap()
        qtbot.addWidget(widget)
        widget.set_days({}, LAST, style.LIGHT)
        sunday = LAST + timedelta(days=1)
        assert widget.row_of(sunday) == 0
    finally:
        QLocale.setDefault(saved)


def test_levels_are_gentle_steps_from_the_data() -> None:
    assert thresholds([]) == []
    bounds = thresholds([1, 1, 2, 3])
    assert [level_of(n, bounds) for n in (0, 1, 2, 3, 4)] == [0, 1, 2, 3, 4]
    bounds = thresholds([1] * 50 + [2] * 20 + [6] * 5 + [20])
    levels = [level_of(n, bounds) for n in (1, 2, 6, 20)]
    assert levels == [1, 2, 3, 4]
    bounds = thresholds([1] * 30 + [9])
    assert [level_of(n, bounds) for n in (1, 9)] == [1, 4]
    bounds = thresholds(list(range(1, 40)))
    levels = [level_of(n, bounds) for n in range(1, 40)]
    assert levels == sorted(levels) and levels[0] == 1 and levels[-1] == 4 and set(levels) == {1, 2, 3, 4}


# -- the bar chart
@pytest.fixture
def chart(qtbot):  # noqa: ANN001, ANN201
    widget = BarChart()
    qtbot.addWidget(widget)
    widget.resize(560, 240)
    return widget


MONTHS = [("January 2026", 4), ("February 2026", 9), ("March 2026", 12)]


def test_bar_chart_draws_data_and_nothing_differently(chart) -> None:  # noqa: ANN001
    chart.set_bars(MONTHS, style.LIGHT, entries, "Entries by month")
    with_data = image(chart)
    assert distinct_colours(with_data) > 5
    chart.set_bars([], style.LIGHT, entries, "Entries by month")
    empty = image(chart)
    assert distinct_colours(empty) > 2
    assert empty != with_data
    assert chart.accessibleDescription() == "Nothing yet for this period"


def test_bar_chart_differs_by_data_and_theme(chart) -> None:  # noqa: ANN001
    chart.set_bars(MONTHS, style.LIGHT, entries, "Entries by month")
    first = image(chart)
    chart.set_bars([("January 2026", 7), ("February 2026", 2), ("March 2026", 5)], style.LIGHT, entries, "E")
    second = image(chart)
    chart.set_bars(MONTHS, style.DARK, entries, "Entries by month")
    dark = image(chart)
    assert len({first.cacheKey(), second.cacheKey(), dark.cacheKey()}) == 3
    assert first != second and first != dark


def test_bar_chart_says_every_bar(chart) -> None:  # noqa: ANN001
    chart.set_bars(MONTHS, style.LIGHT, entries, "Entries by month")
    assert chart.accessibleName() == "Entries by month"
    assert chart.accessibleDescription() == "January 2026: 4 entries; February 2026: 9 entries; March 2026: 12 entries."
    chart.show()
    centre = chart.bar_rect(1).center().toPoint()
    assert chart.event(QHelpEvent(QEvent.Type.ToolTip, centre, chart.mapToGlobal(centre)))
    assert QToolTip.text() == "February 2026: 9 entries"
    QToolTip.hideText()


def test_bar_chart_line_has_its_own_scale_and_words(chart) -> None:  # noqa: ANN001
    def words(n: float) -> str:
        return plural(int(n), "%n word", "%n words")

    chart.set_bars(MONTHS, style.LIGHT, entries, "Entries by month", name="Entries")
    bars_only = image(chart)
    chart.set_line([800, 2500, 1200], words, name="Words")
    assert image(chart) != bars_only
    assert chart.bar_text(1) == f"February 2026: 9 entries, {QLocale().toString(2500)} words"
    assert f"{QLocale().toString(1200)} words" in chart.accessibleDescription()
    with pytest.raises(ValueError):
        chart.set_line([1, 2], words)
    chart.set_line(None)
    assert image(chart) == bars_only


def test_bar_chart_one_bar_and_many(chart) -> None:  # noqa: ANN001
    chart.set_bars([("2026", 41)], style.LIGHT, entries, "Entries by year")
    one = image(chart)
    assert distinct_colours(one) > 4
    weeks = [(f"Week {i}", float(i % 7)) for i in range(60)]
    chart.set_bars(weeks, style.LIGHT, entries, "Entries by week")
    many = image(chart)
    assert many != one
    assert chart.label_stride(chart.fontMetrics()) > 1  # labels thinned out, not overlapping
    assert chart.bar_rect(59).right() <= chart.plot_rect().right() + 1
    assert chart.accessibleDescription().count(";") == 59


def test_bar_chart_keyboard_walks_the_bars(chart, qtbot) -> None:  # noqa: ANN001
    chart.set_bars(MONTHS, style.LIGHT, entries, "Entries by month")
    assert chart.focused == 2  # starts on the newest
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.focused == 1
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.focused == 0


def test_axis_steps_are_round() -> None:
    assert scale(9, whole=True) == (2, 5)
    assert scale(41, whole=True) == (10, 5)
    assert scale(0, whole=True) == (1.0, 4)
    step, divisions = scale(7300, 4, whole=True)
    assert divisions == 4 and step * divisions >= 7300


# -- mood change by theme
@pytest.fixture
def moods(qtbot):  # noqa: ANN001, ANN201
    widget = MoodChangeBars()
    qtbot.addWidget(widget)
    return widget


def test_mood_changes_draw_and_say_each_theme(moods) -> None:  # noqa: ANN001
    moods.set_changes([("Work", 0.8), ("Family", -0.4), ("Rest", 0.0)], style.LIGHT, "Mood change by theme")
    moods.resize(520, moods.sizeHint().height())
    with_data = image(moods)
    assert distinct_colours(with_data) > 5
    assert moods.accessibleName() == "Mood change by theme"
    description = moods.accessibleDescription()
    assert f"Work: {QLocale().toString(0.8, 'f', 1)} higher after writing" in description
    assert f"Family: {QLocale().toString(0.4, 'f', 1)} lower after writing" in description
    assert "Rest: about the same" in description
    assert signed(0.8).startswith(QLocale().positiveSign())
    moods.set_changes([("Work", -1.5), ("Family", 0.4), ("Rest", 0.0)], style.LIGHT, "Mood change by theme")
    assert image(moods) != with_data
    moods.set_changes([("Work", -1.5), ("Family", 0.4), ("Rest", 0.0)], style.DARK, "Mood change by theme")
    dark = image(moods)
    moods.set_changes([], style.DARK, "Mood change by theme")
    moods.resize(520, moods.sizeHint().height())
    empty = image(moods)
    assert distinct_colours(empty) > 2 and empty != dark
    assert "will show here" in moods.accessibleDescription()
    moods.show()
    assert moods.row_at(QPoint(10, 10)) is None
