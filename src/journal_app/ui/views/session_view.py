"""A guided writing session, one step at a time: check in, the prompt, write, one
thing to do, check out. Every step but writing can be skipped, any step can be left
(the session waits on Today), and the whole of it works from the keyboard:
Ctrl+Return goes on, Alt+B goes back, Alt+S skips, F11 is Focus and Esc leaves it."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...domain.content import Prompt
from ...domain.session import (
    CHECK_IN, CHECK_OUT, COMMITMENT, PROMPT, WRITING, WritingSession, next_step, previous_step,
)
from ...domain.settings import TEXT_SIZE
from .. import messages, style
from ..widgets.check_in_page import CheckInPage
from ..widgets.check_out_page import CheckOutPage
from ..widgets.commitment_page import CommitmentPage
from ..widgets.session_prompt_page import SessionPromptPage
from ..widgets.step_bar import StepBar
from ..widgets.then_and_now import SHOWN_ANSWERS
from ..widgets.writing_page import WritingPage


class SessionView(QWidget):
    text_size_changed = Signal(int)
    finished = Signal(object)  # the finished WritingSession
    left = Signal()  # the person stepped away; the session stays open
    focus_changed = Signal(bool)
    entry_saved = Signal(object)  # Entry, for the Journal's list
    grounding_requested = Signal()
    library_item_requested = Signal(str)

    def __init__(self, services, holder, dialogs, today, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._sessions = services.sessions
        self._journal = services.journal
        self._holder = holder
        self._dialogs = dialogs
        self._today = today
        self.session: WritingSession | None = None
        self.prompt: Prompt | None = None
        self.focus_mode = False

        self.steps = StepBar()
        self.check_in = CheckInPage()
        self.prompt_page = SessionPromptPage()
        self.writing = WritingPage(services.journal, services.settings.get(TEXT_SIZE), recovery=services.recovery,
                                   dialogs=dialogs)
        self._settings = services.settings
        self.commitment = CommitmentPage()
        self.check_out = CheckOutPage()
        self.pages = QStackedWidget()
        self._page_of = {CHECK_IN: self.check_in, PROMPT: self.prompt_page, WRITING: self.writing,
                         COMMITMENT: self.commitment, CHECK_OUT: self.check_out}
        for page in self._page_of.values():
            self.pages.addWidget(page)

        self.away_button = QPushButton(self.tr("← Today"))
        self.away_button.setProperty("role", "quiet")
        self.away_button.setToolTip(self.tr("Leave for now: the session waits for you on Today"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.next_button.setToolTip(self.tr("Ctrl+Return"))
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        self.nav = QWidget()
        self.nav.setLayout(nav)
        top = QHBoxLayout()
        top.addWidget(self.away_button)
        top.addSpacing(12)
        top.addWidget(self.steps, 1)
        self.top = QWidget()
        self.top.setLayout(top)

        self.column = QVBoxLayout()
        self.column.setContentsMargins(28, 20, 28, 18)
        self.column.setSpacing(14)
        self.column.addWidget(self.top)
        self.column.addWidget(self.pages, 1)
        self.column.addWidget(self.nav)
        frame = QWidget()
        frame.setLayout(self.column)
        frame.setMaximumWidth(style.READING_WIDTH + 420)  # the page plus then-and-now beside it
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame, 1)

        self.away_button.clicked.connect(self.leave)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.go_on)
        self.writing.follow_up_requested.connect(self.next_follow_up)
        self.writing.focus_requested.connect(self.set_focus_mode)
        self.writing.editor.saved.connect(self._entry_saved)
        self.writing.editor.text_size_changed.connect(self.text_size_changed)
        self.prompt_page.grounding_requested.connect(self.grounding_requested)
        self.prompt_page.library_item_requested.connect(self.library_item_requested)
        for keys, slot in ((QKeySequence("Ctrl+Return"), self.go_on), (QKeySequence("Ctrl+Enter"), self.go_on),
                           (QKeySequence("Ctrl+D"), self._deeper_key), (QKeySequence("F11"), self._toggle_focus),
                           (QKeySequence(QKeySequence.StandardKey.Find), self.writing.editor.open_find),
                           (QKeySequence(QKeySequence.StandardKey.Replace), self.writing.editor.open_replace)):
            QShortcut(keys, self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._escape,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def apply_settings(self) -> None:
        self.writing.editor.set_text_size(self._settings.get(TEXT_SIZE))

    # -- opening -------------------------------------------------------------------------------
    def open(self, session: WritingSession, prompt: Prompt) -> None:
        """Show a session at its step, everything as it was left."""
        self.session, self.prompt = session, prompt
        self._show_step(session.step)

    def _show_step(self, step: str) -> None:
        session, prompt, catalog = self.session, self.prompt, self._holder.current
        if step == CHECK_IN:
            self.check_in.show_session(session)
        elif step == PROMPT:
            self.prompt_page.show_prompt(prompt, catalog, bool(catalog.exercises))
        elif step == WRITING:
            entry = self._journal.get_entry(session.entry_id) if session.entry_id else None
            earlier = self._journal.earlier_answers(prompt.id, excluding=session.entry_id, limit=SHOWN_ANSWERS)
            self.writing.show_writing(prompt, entry, session.follow_ups_shown, earlier)
        elif step == COMMITMENT:
            self.commitment.show_draft(session.draft, prompt, catalog, self._today)
        else:
            self.check_out.show_session(session)
        self.pages.setCurrentWidget(self._page_of[step])
        self.steps.show_step(step)
        self.back_button.setEnabled(previous_step(step) is not None)
        self.skip_button.setVisible(step in (CHECK_IN, COMMITMENT, CHECK_OUT))
        labels = {CHECK_IN: self.tr("Continue"), PROMPT: self.tr("Start writing"),
                  WRITING: self.tr("I'm done writing"), COMMITMENT: self.tr("Keep this commitment"),
                  CHECK_OUT: self.tr("Finish")}
        self.next_button.setText(labels[step])
        self._focus_first(step)

    def _focus_first(self, step: str) -> None:
        target = self.writing.editor.body_edit if step == WRITING else self._page_of[step].first_field()
        (target or self.next_button).setFocus()

    # -- moving through the steps ----------------------------------------------------------------
    def go_on(self) -> None:
        """Keep this step's answers and go to the next step (or finish)."""
        if self.session is None:
            return
        step = self.session.step
        try:
            if step == CHECK_IN:
                self.session = self._sessions.check_in(self.session.id, **self.check_in.values())
            elif step == WRITING and not self.writing.editor.save_now():
                return  # the editor says why; the words stay on the page
            elif step == COMMITMENT:
                draft = self.commitment.draft()
                if draft.text.strip():
                    self._sessions.commit_to(self.session.id, draft.text, action_id=draft.action_id,
                                             due_on=draft.due_on)
                    self.session = self._sessions.get(self.session.id)
                    self._show_step(self.session.step)
                    return
            elif step == CHECK_OUT:
                self._finish(self.check_out.mood.mood())
                return
        except Exception as exc:  # noqa: BLE001 - a failed save is told, and nothing moves on
            self._dialogs.error(self, *messages.describe(exc))
            return
        self._move(next_step(step) if self.session.step == step else self.session.step)

    def skip(self) -> None:
        """Leave an optional step unanswered and go on."""
        if self.session is None:
            return
        if self.session.step == CHECK_OUT:
            self._finish(None)
        elif self.session.step == COMMITMENT:
            self._sessions.keep_draft(self.session.id, self.commitment.draft())
            self._move(CHECK_OUT)
        else:
            self._move(next_step(self.session.step))

    def back(self) -> None:
        if self.session is not None and previous_step(self.session.step):
            self.save_now()
            self._move(previous_step(self.session.step))

    def _move(self, step: str) -> None:
        try:
            self.session = self._sessions.go_to(self.session.id, step)
        except Exception as exc:  # noqa: BLE001
            self._dialogs.error(self, *messages.describe(exc))
            return
        self._show_step(step)

    def _finish(self, mood: int | None) -> None:
        try:
            session = self._sessions.finish(self.session.id, mood_after=mood)
        except Exception as exc:  # noqa: BLE001
            self._dialogs.error(self, *messages.describe(exc))
            return
        self.set_focus_mode(False)
        self.session = None
        self.finished.emit(session)

    def leave(self) -> None:
        """Step away; the session waits on Today, exactly here."""
        self.save_now()
        self.set_focus_mode(False)
        self.left.emit()

    def save_now(self) -> bool:
        """Keep whatever is on screen: the words, a half-done check-in, a draft."""
        if self.session is None or not self.session.is_open:
            return True
        step = self.session.step
        try:
            if step == CHECK_IN:
                self.session = self._sessions.check_in(self.session.id, **self.check_in.values(), move_on=False)
            elif step == COMMITMENT:
                self.session = self._sessions.keep_draft(self.session.id, self.commitment.draft())
            elif step == WRITING:
                return self.writing.editor.save_now()
        except Exception as exc:  # noqa: BLE001
            self._dialogs.error(self, *messages.describe(exc))
            return False
        return True

    # -- writing ---------------------------------------------------------------------------------
    def next_follow_up(self) -> None:
        if self.session is None or self.prompt is None:
            return
        shown = self.session.follow_ups_shown
        if shown >= len(self.prompt.follow_ups):
            return
        self.writing.editor.add_follow_up(self.prompt.follow_ups[shown])
        self.session = self._sessions.show_follow_up(self.session.id)
        self.writing.show_follow_ups(self.session.follow_ups_shown)

    def _deeper_key(self) -> None:
        if self.session is not None and self.session.step == WRITING:
            self.next_follow_up()

    def _entry_saved(self, entry) -> None:  # noqa: ANN001
        if self.session is not None and self.session.entry_id is None:
            self.session = self._sessions.attach_entry(self.session.id, entry.id)
        self.entry_saved.emit(entry)

    # -- focus ---------------------------------------------------------------------------------
    def set_focus_mode(self, on: bool) -> None:
        """Only the prompt and the text, full screen (the window does the full screen)."""
        on = bool(on) and self.session is not None and self.session.step == WRITING
        if on == self.focus_mode:
            self.writing.set_focus_mode(on)
            return
        self.focus_mode = on
        self.writing.set_focus_mode(on)
        self.top.setVisible(not on)
        self.nav.setVisible(not on)
        self.focus_changed.emit(on)
        self.writing.editor.body_edit.setFocus()

    def _toggle_focus(self) -> None:
        self.set_focus_mode(not self.focus_mode)

    def _escape(self) -> None:
        if self.focus_mode:
            self.set_focus_mode(False)
