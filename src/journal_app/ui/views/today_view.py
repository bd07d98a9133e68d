"""The Today area: today's prompt, a session waiting to be continued, the latest
entries, open commitments, and every prompt to explore. Guided sessions run here too.

It can be shown before the journal is fully open, from a glance (services/today.py):
what the person does on it then (a favourite, Explore, Continue, a commitment kept)
is done as soon as the services arrive (`attach`)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from ...domain.content import Prompt
from ...domain.today import RECENT_ENTRIES, TodayGlance
from .. import messages, style
from ..widgets.commitment_list import CommitmentList
from ..widgets.prompt_card import PromptCard
from ..widgets.recent_entries import RecentEntries
from ..widgets.session_card import SessionCard


class TodayView(QWidget):
    write_about = Signal(object)  # Prompt
    write_freely = Signal()
    open_library_item = Signal(str)
    settings_requested = Signal()
    focus_changed = Signal(bool)  # a session's Focus mode
    entry_saved = Signal(object)  # an Entry written in a session
    grounding_requested = Signal()
    text_size_changed = Signal(int)
    open_entry = Signal(int)  # an entry's id, to open in the Journal
    journal_requested = Signal()

    def __init__(self, services, holder, dialogs, today: date, parent: QWidget | None = None) -> None:  # noqa: ANN001
        """`services` None: shown from a glance until `attach` gives them."""
        super().__init__(parent)
        self._services = services
        self._waiting: list = []  # what was asked for before the services arrived
        self._holder = holder
        self._dialogs = dialogs
        self._today = today
        self.prompt: Prompt | None = None
        self.session_view = None  # built the first time a session starts
        self._browser = None  # built the first time prompts are explored

        date_label = QLabel(QLocale().toString(today, QLocale.FormatType.LongFormat))
        date_label.setProperty("role", "muted")
        heading = QLabel(self.tr("Today"))
        heading.setFont(style.heading_font(24))
        self.card = PromptCard(self.tr("TODAY'S PROMPT"))
        self.free_button = QPushButton(self.tr("Write freely"))
        self.card.buttons.insertWidget(1, self.free_button)
        self.no_prompt = QLabel(wordWrap=True)
        self.no_prompt.setProperty("role", "muted")
        self.no_prompt.hide()
        self.explore_button = QPushButton(self.tr("Explore all prompts →"))
        self.explore_button.setProperty("role", "quiet")
        self.explore_button.setToolTip(self.tr("Browse prompts by theme, favourites and your own"))
        self.acknowledgement = QLabel(wordWrap=True, objectName="Acknowledgement")
        self.acknowledgement.hide()
        self.session_card = SessionCard()
        self.session_card.hide()
        self.commitments = CommitmentList(services.commitments if services is not None else None)
        self.commitments.hide()
        self.recent = RecentEntries(today)

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(date_label)
        column.addWidget(heading)
        column.addWidget(self.acknowledgement)
        column.addSpacing(18)
        column.addWidget(self.session_card)
        column.addSpacing(8)
        column.addWidget(self.card)
        column.addWidget(self.no_prompt)
        column.addSpacing(8)
        explore_row = QHBoxLayout()
        explore_row.addWidget(self.explore_button)
        explore_row.addStretch(1)
        column.addLayout(explore_row)
        column.addSpacing(18)
        column.addWidget(self.recent)
        column.addSpacing(12)
        column.addWidget(self.commitments)
        column.addStretch(1)
        page = QWidget()
        page.setLayout(column)
        page.setMaximumWidth(style.READING_WIDTH + 60)
        today_page = QWidget()
        outer = QHBoxLayout(today_page)
        outer.setContentsMargins(40, 36, 40, 24)
        outer.addWidget(page, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(today_page)

        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.card.write_requested.connect(self.write_about)
        self.free_button.clicked.connect(self.write_freely)
        self.card.favourite_toggled.connect(self._favourite)
        self.card.library_item_requested.connect(self.open_library_item)
        self.explore_button.clicked.connect(self.show_browser)
        holder.changed.connect(self._content_changed)
        self.session_card.continue_requested.connect(self.resume_session)
        self.session_card.set_aside_requested.connect(self.set_session_aside)
        self.commitments.action_requested.connect(self.open_library_item)
        self.commitments.failed.connect(self._failed)
        self.recent.open_requested.connect(self.open_entry)
        self.recent.journal_requested.connect(self.journal_requested)
        self.card.hide()

    @property
    def _prompts(self):  # noqa: ANN202
        return self._services.prompts

    @property
    def browser(self):  # noqa: ANN201
        """Every prompt, by theme: built the first time it is needed."""
        if self._browser is None:
            from .prompt_browser import PromptBrowser

            self._browser = PromptBrowser(self._prompts, self._holder, self._dialogs)
            self._browser.back_requested.connect(self.show_today)
            self._browser.write_about.connect(self.write_about)
            self._browser.open_library_item.connect(self.open_library_item)
            self.pages.addWidget(self._browser)
        return self._browser

    # -- before the journal is fully open --------------------------------------------
    def show_glance(self, glance: TodayGlance) -> None:
        """Today as read at a glance: the prompt, the session waiting, the commitments."""
        catalog = self._holder.current
        self._show_prompt(glance.prompt, glance.favourite, glance.answered_on)
        self._show_session(glance.session)
        self.commitments.show_commitments(list(glance.commitments), catalog)
        self.recent.show_entries(glance.recent)

    def attach(self, services) -> None:  # noqa: ANN001
        """The journal is open: from now on Today reads and writes through `services`,
        and what was asked for meanwhile is done, in order."""
        self._services = services
        self.commitments.attach(services.commitments)
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()

    def _when_open(self, action) -> None:  # noqa: ANN001
        if self._services is None:
            self._waiting.append(action)
        else:
            action()

    # -- what Today shows --------------------------------------------------------
    def show_prompt(self, prompt: Prompt | None) -> None:
        answered_on = self._prompts.last_answered_on(prompt.id) if prompt is not None else None
        self._show_prompt(prompt, prompt is not None and prompt.id in self._prompts.favourites(), answered_on)

    def _show_prompt(self, prompt: Prompt | None, favourite: bool, answered_on: date | None) -> None:
        self.prompt = prompt
        if prompt is None:
            self.card.hide()
            self.no_prompt.setText(self.tr(
                "No prompt fits your settings today. You can write freely, explore every prompt, "
                "or widen the depth and audiences in Settings."))
            self.no_prompt.show()
            return
        self.no_prompt.hide()
        self.card.show_prompt(prompt, self._holder.current, favourite=favourite, answered_on=answered_on)
        self.card.show()

    def _content_changed(self) -> None:
        if self.prompt is not None and self._services is not None:
            self.show_prompt(self._holder.current.prompts.get(self.prompt.id, self.prompt))

    def _favourite(self, prompt: Prompt, favourite: bool) -> None:
        if self._services is None:
            self._when_open(lambda: self._favourite(prompt, favourite))
            return
        self._prompts.set_favourite(prompt.id, favourite)
        if self._browser is not None:
            self._browser.refresh()

    def show_browser(self) -> None:
        if self._services is None:
            self._when_open(self.show_browser)
            return
        self.browser.refresh()
        self.pages.setCurrentWidget(self.browser)
        self.browser.theme_list.setFocus()

    def show_today(self) -> None:
        if self._services is None:  # still a glance: nothing has changed yet
            self.pages.setCurrentIndex(0)
            return
        if self.prompt is not None:
            self.show_prompt(self.prompt)
        self.refresh_session()
        self.pages.setCurrentIndex(0)

    # -- sessions and commitments -------------------------------------------------------------
    def refresh_session(self) -> None:
        """The waiting session's card, the open commitments and the latest entries, as
        they are now."""
        self._show_session(self._services.sessions.current())
        self.commitments.refresh(self._holder.current)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        if self._services is not None:
            self.recent.show_entries(self._services.journal.newest_entries(limit=RECENT_ENTRIES).entries)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        """Back on Today after writing elsewhere: the latest entries as they are now
        (three rows from the list's own index, a millisecond)."""
        super().showEvent(event)
        self.refresh_recent()

    def _show_session(self, session) -> None:  # noqa: ANN001
        prompt = self._holder.current.prompts.get(session.prompt_id) if session else None
        self.session_card.setVisible(prompt is not None)
        if prompt is not None:
            self.session_card.show_session(session, prompt.text)

    def start_session(self, prompt: Prompt) -> None:
        """A guided session on a prompt; one already open on it is continued instead,
        and one open on another prompt is set aside after asking."""
        sessions = self._services.sessions
        current = sessions.current()
        if current is not None and current.prompt_id == prompt.id:
            self._open_session(current, prompt)
            return
        if current is not None and (current.entry_id or current.checked_in):
            other = self._holder.current.prompts.get(current.prompt_id)
            if not self._dialogs.confirm(
                    self, self.tr("Start a new session?"),
                    self.tr("Your session on “%1” will be set aside. Everything you wrote in it stays in "
                            "your Journal.").replace("%1", other.text if other else self.tr("another prompt")),
                    self.tr("Start a new session")):
                return
        try:
            session = sessions.start(prompt.id)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        self.acknowledgement.hide()
        self._open_session(session, prompt)

    def resume_session(self) -> None:
        if self._services is None:
            self._when_open(self.resume_session)
            return
        session = self._services.sessions.current()
        prompt = self._holder.current.prompts.get(session.prompt_id) if session else None
        if prompt is not None:
            self._open_session(session, prompt)

    def set_session_aside(self) -> None:
        if self._services is None:
            self._when_open(self.set_session_aside)
            return
        session = self._services.sessions.current()
        if session is not None:
            try:
                self._services.sessions.set_aside(session.id)
            except Exception as exc:  # noqa: BLE001
                self._failed(exc)
        self.refresh_session()

    def save_now(self) -> bool:
        return self.session_view.save_now() if self.session_view is not None else True

    @property
    def in_session(self) -> bool:
        return self.session_view is not None and self.pages.currentWidget() is self.session_view

    def unsaved_words(self):  # noqa: ANN201
        return self.session_view.writing.editor.unsaved_words() if self.session_view is not None else None

    def apply_settings(self) -> None:
        if self.session_view is not None:
            self.session_view.apply_settings()

    def _open_session(self, session, prompt: Prompt) -> None:  # noqa: ANN001
        view = self._session_view()
        view.open(session, prompt)
        self.pages.setCurrentWidget(view)

    def _session_view(self):  # noqa: ANN202
        if self.session_view is None:
            from .session_view import SessionView

            view = SessionView(self._services, self._holder, self._dialogs, self._today)
            view.finished.connect(self._session_finished)
            view.left.connect(self.show_today)
            view.focus_changed.connect(self.focus_changed)
            view.entry_saved.connect(self.entry_saved)
            view.grounding_requested.connect(self.grounding_requested)
            view.library_item_requested.connect(self.open_library_item)
            view.text_size_changed.connect(self.text_size_changed)
            self.pages.addWidget(view)
            self.session_view = view
        return self.session_view

    def _session_finished(self, session) -> None:  # noqa: ANN001
        from ..acknowledgements import acknowledgement_text

        prompt = self._holder.current.prompts.get(session.prompt_id)
        self.acknowledgement.setText(acknowledgement_text(session, prompt))
        self.acknowledgement.show()
        self.show_today()
        self.card.write_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._dialogs.error(self, *messages.describe(exc))
