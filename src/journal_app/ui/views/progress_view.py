"""The Progress area: what has been written, framed kindly, for a chosen period.

The page is laid out at once and filled in when the figures arrive from the task
runner (SQL aggregates, off the UI thread). Streaks and the heat map look at the
whole journal; everything else follows the period. Each figure also reads as
text for screen readers."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.progress import MONTH, WEEK, Period, mood_direction
from .. import style
from ..plural import plural
from ..tasks import while_alive
from ..widgets.bar_chart import BarChart
from ..widgets.commitment_list import CommitmentList
from ..widgets.heat_map import HeatMap
from ..widgets.mood_change_bars import MoodChangeBars
from ..widgets.progress_cards import Card, Chips, Figure

PERIODS = (Period.LAST_30_DAYS, Period.LAST_12_MONTHS, Period.ALL_TIME)


def _isolated(name: str) -> str:
    """A name in its own direction: an Arabic tag keeps its count after it."""
    return "\u2068" + name + "\u2069"


class ProgressView(QWidget):
    day_requested = Signal(object)  # a date: open it in the Journal
    theme_requested = Signal(str)  # a theme id: its prompts on Today
    tag_requested = Signal(str)  # a tag: the Journal filtered by it
    action_requested = Signal(str)  # a Library item (a commitment's action)

    def __init__(self, services, runner, today, holder, colors: style.Colors,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = services.progress
        self._runner = runner
        self._today = today  # a callable giving the local date, so a view left open stays right
        self._holder = holder
        self._colors = colors
        self.period = Period.LAST_12_MONTHS
        self.report = None

        title = QLabel(self.tr("Progress"))
        title.setFont(style.heading_font(24))
        self.subtitle = QLabel(wordWrap=True)
        self.subtitle.setProperty("role", "muted")
        self.period_buttons = self._period_selector()
        periods = QHBoxLayout()  # a row of its own: it fits however narrow the window
        periods.setSpacing(8)
        for button in self.period_buttons.values():
            periods.addWidget(button)
        periods.addStretch(1)

        self.entries = Figure(self.tr("entries written"))
        self.words = Figure(self.tr("words written"))
        self.days = Figure(self.tr("days you wrote"))
        self.streak = Figure(self.tr("days in a row"))
        figures = QGridLayout()
        figures.setSpacing(12)
        for n, figure in enumerate((self.entries, self.words, self.days, self.streak)):
            figures.addWidget(figure, 0, n)
            figures.setColumnStretch(n, 1)

        self.chart_card = Card(self.tr("Over time"))
        self.chart = BarChart()
        self.chart_card.body.addWidget(self.chart)
        self.heat_card = Card(self.tr("Days you wrote, the last twelve months"))
        self.heat_map = HeatMap()
        self.heat_map.day_clicked.connect(self.day_requested)
        self.heat_card.body.addWidget(self.heat_map)
        self.themes_card = Card(self.tr("Themes explored"))
        self.themes = Chips(self.theme_requested.emit)
        self.untouched_label = QLabel(self.tr("Not yet explored"), objectName="SubHeading")
        self.untouched = Chips(self.theme_requested.emit)
        for widget in (self.themes, self.untouched_label, self.untouched):
            self.themes_card.body.addWidget(widget)
        self.mood_card = Card(self.tr("Mood before and after writing"))
        self.mood = MoodChangeBars()
        self.mood_card.body.addWidget(self.mood)
        self.commitments_card = Card(self.tr("Commitments"))
        self.commitment_list = CommitmentList(services.commitments, every=True)
        self.commitment_list.changed.connect(self.refresh)
        self.commitment_list.action_requested.connect(self.action_requested)
        self.commitments_card.body.addWidget(self.commitment_list)
        self.tags_card = Card(self.tr("Tags you use most"))
        self.tags = Chips(self.tag_requested.emit)
        self.tags_card.body.addWidget(self.tags)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(self.subtitle)
        column.addLayout(periods)
        column.addLayout(figures)
        for card in (self.chart_card, self.heat_card, self.themes_card, self.mood_card,
                     self.commitments_card, self.tags_card):
            column.addWidget(card)
        column.addStretch(1)
        page = QWidget()
        page.setLayout(column)
        page.setMaximumWidth(980)
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.setContentsMargins(28, 28, 28, 28)
        row.addWidget(page, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(centred)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _period_selector(self) -> dict[Period, QPushButton]:
        words = {Period.LAST_30_DAYS: self.tr("Last 30 days"), Period.LAST_12_MONTHS: self.tr("Last 12 months"),
                 Period.ALL_TIME: self.tr("All time")}
        group = QButtonGroup(self)
        buttons = {}
        for period in PERIODS:
            button = QPushButton(words[period], objectName="PeriodButton", checkable=True)
            button.setChecked(period is self.period)
            button.clicked.connect(lambda _checked=False, p=period: self.show_period(p))
            group.addButton(button)
            buttons[period] = button
        return buttons

    # -- filling in ------------------------------------------------------------------------
    def show_period(self, period: Period) -> None:
        self.period = period
        self.period_buttons[period].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the figures off the UI thread; the page shows at once and fills in."""
        catalog = self._holder.current
        theme_of = {p.id: p.theme for p in catalog.prompts.values()}
        self._runner.submit(self._progress.report, self.period, self._today(), theme_of, tuple(catalog.themes),
                            on_done=while_alive(self, self._show))
        self.commitment_list.refresh(catalog)

    def _show(self, report) -> None:  # noqa: ANN001
        self.report = report
        locale = QLocale()
        self.subtitle.setText(self._subtitle(report))
        self.entries.show_value(locale.toString(report.entries), self._period_words())
        self.words.show_value(locale.toString(report.words), self._period_words())
        self.days.show_value(locale.toString(report.days_written), "\n".join((
            plural(report.days_this_month, "%n this month", "%n this month"),
            plural(report.days_this_year, "%n this year", "%n this year"))))
        self.streak.show_value(locale.toString(report.current_streak), plural(
            report.longest_streak, "Longest run: %n day", "Longest run: %n days"))
        self._show_chart(report)
        self.heat_map.set_days(dict(report.heat), report.today, self._colors)
        self.heat_card.say(self.heat_map.accessibleDescription())
        self._show_themes(report)
        self._show_mood(report)
        made = report.commitments
        self.commitments_card.say(self.tr("Made %1 · kept %2 · open %3 · let go %4")
                                  .replace("%1", locale.toString(sum(made.values())))
                                  .replace("%2", locale.toString(made.get("kept", 0)))
                                  .replace("%3", locale.toString(made.get("open", 0)))
                                  .replace("%4", locale.toString(made.get("dropped", 0)))
                                  if sum(made.values()) else self.tr("No commitments made in this period. "
                                                                    "They come from the end of a guided session."))
        self.tags.set_chips([(name, f"{_isolated(name)} · {locale.toString(n)}", plural(n, "%n entry", "%n entries"))
                             for name, n in report.tags])
        self.tags_card.say("" if report.tags else self.tr("Tags you give entries will show here."))

    def _subtitle(self, report) -> str:  # noqa: ANN001
        if report.longest_streak == 0:  # nothing written yet, in any period
            return self.tr("Your figures will grow here as you write. There is no score to keep: every entry "
                           "counts, whenever it comes.")
        return self.tr("A missed day is not a failure. What matters is that you keep coming back.")

    def _period_words(self) -> str:
        return {Period.LAST_30_DAYS: self.tr("in the last 30 days"), Period.LAST_12_MONTHS:
                self.tr("in the last 12 months"), Period.ALL_TIME: self.tr("since you began")}[self.period]

    def _show_chart(self, report) -> None:  # noqa: ANN001
        locale = QLocale()

        def label(start: date) -> str:
            if report.by == WEEK:
                return locale.toString(start, "d MMM")
            if report.by == MONTH:
                return locale.toString(start, "MMM yy" if report.period is Period.ALL_TIME else "MMM")
            return str(start.year)

        # A period with nothing written shows the chart's own quiet line, not a row of zeros.
        bars = [(label(b.start), float(b.entries)) for b in report.over_time] if report.entries else []
        self.chart.set_bars(bars, self._colors, lambda v: plural(int(v), "%n entry", "%n entries"),
                            self.tr("Entries and words over time"), self.tr("Entries"))
        self.chart.set_line([float(b.words) for b in report.over_time] if bars else None,
                            lambda v: plural(int(v), "%n word", "%n words"), self.tr("Words"))
        by = {WEEK: self.tr("by week"), MONTH: self.tr("by month")}.get(report.by, self.tr("by year"))
        self.chart_card.say(self.tr("Entries (bars) and words (line), %1.").replace("%1", by))

    def _show_themes(self, report) -> None:  # noqa: ANN001
        themes = self._holder.current.themes
        locale = QLocale()
        self.themes.set_chips([
            (f.theme_id, f"{themes[f.theme_id].title} · {locale.toString(f.entries)}",
             plural(f.entries, "%n entry", "%n entries")) for f in report.themes if f.theme_id in themes])
        untouched = [t for t in report.untouched_themes if t in themes]
        self.untouched.set_chips([(t, themes[t].title, self.tr("See its prompts")) for t in untouched])
        self.untouched_label.setVisible(bool(untouched))
        self.themes_card.say(self.tr("%1 of %2 prompts answered so far.")
                             .replace("%1", locale.toString(report.prompts_answered))
                             .replace("%2", locale.toString(report.prompts_total)))

    def _show_mood(self, report) -> None:  # noqa: ANN001
        themes = self._holder.current.themes
        rows = [(themes[f.theme_id].title, f.mood_change) for f in report.themes
                if f.mood_change is not None and f.theme_id in themes]
        self.mood.set_changes(rows, self._colors, self.tr("Mood change by theme"))
        self.mood.setVisible(bool(rows))  # the card's line says what will show here
        if report.mood_change is None:
            self.mood_card.say(self.tr("When you check in before a session and out after it, how your mood "
                                       "moved will show here. Any mood is welcome."))
            return
        value = QLocale().toString(abs(report.mood_change), "f", 1)
        sentences = {
            "higher": self.tr("On average your mood was %1 higher after writing than before."),
            "slightly_higher": self.tr("On average your mood was a little higher after writing (%1)."),
            "same": self.tr("On average your mood was about the same before and after writing."),
            "slightly_lower": self.tr("On average your mood was a little lower after writing (%1). Writing "
                                      "about hard things can weigh; that is part of the work, not a failure."),
            "lower": self.tr("On average your mood was %1 lower after writing. Writing about hard things can "
                             "weigh: be gentle with yourself, and the Support area is there when you need it."),
        }
        sentence = sentences[mood_direction(report.mood_change)].replace("%1", value)
        self.mood_card.say(sentence + " " + plural(report.mood_pairs, "(From %n session with both moods.)",
                                                   "(From %n sessions with both moods.)"))

    def set_colors(self, colors: style.Colors) -> None:
        self._colors = colors
        for widget in (self.chart, self.heat_map, self.mood):
            widget.set_colors(colors)



