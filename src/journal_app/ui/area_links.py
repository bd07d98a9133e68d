"""How the areas lead into each other: writing about a prompt (a guided session,
after a heavy prompt's content note), an entry from Today, a day, tag or theme from
Progress, a Library item, and Focus. Mixed into MainWindow, which provides `area()`, `show_area()` and
`when_open()`."""
from __future__ import annotations

from PySide6.QtCore import Qt

TODAY, JOURNAL, LIBRARY, PROGRESS, SUPPORT = range(5)


class AreaLinks:
    def write_about(self, prompt) -> None:  # noqa: ANN001
        """Write about a prompt in a guided session, or (no prompt) freely in the
        Journal. A heavy prompt shows its content note first, with a grounding
        exercise on offer, before anything else. Asked on Today's glance, it is
        done as soon as the journal is open."""
        if self.services is None:
            self.when_open(lambda: self.write_about(prompt))
            return
        if prompt is None:
            journal = self.area(JOURNAL)
            self.show_area(JOURNAL)
            journal.start_entry(None)
            return
        if prompt.intensity == "heavy":
            from ..domain.settings import GROUNDING_OFFER

            exercises = list(self.holder.current.exercises.values())
            offer = bool(exercises) and self.services.settings.get(GROUNDING_OFFER)
            choice = self._dialogs.before_heavy_prompt(self, prompt, offer)
            if choice == "ground":
                self._dialogs.grounding(self, exercises[0])
            elif choice != "write":
                return
        today = self.area(TODAY)
        self.show_area(TODAY)
        today.start_session(prompt)

    def _offer_grounding(self) -> None:
        exercises = list(self.holder.current.exercises.values())
        if exercises:
            self._dialogs.grounding(self, exercises[0])

    def _focus_changed(self, on: bool) -> None:
        """Focus: the window full screen with only the session's prompt and text."""
        self.sidebar.setVisible(not on)
        if on:
            self._state_before_focus = self.windowState()
            self.showFullScreen()
        else:
            self.setWindowState(getattr(self, "_state_before_focus", Qt.WindowState.WindowNoState))

    def _open_day(self, day) -> None:  # noqa: ANN001
        self.show_area(JOURNAL)
        self.area(JOURNAL).go_to_date(day)

    def _open_entry(self, entry_id: int) -> None:
        """One of Today's latest entries, opened in the Journal (clicked on the
        glance: as soon as the journal is open)."""
        if self.services is None:
            self.when_open(lambda: self._open_entry(entry_id))
            return
        self.show_area(JOURNAL)
        self.area(JOURNAL).open_entry_by_id(entry_id)

    def _open_tag(self, name: str) -> None:
        self.show_area(JOURNAL)
        self.area(JOURNAL).show_tag(name)

    def _open_theme(self, theme_id: str) -> None:
        today = self.area(TODAY)
        self.show_area(TODAY)
        today.show_browser()
        today.browser.choose_shelf(theme_id)

    def open_library_item(self, item_id: str) -> None:
        if self.services is None:
            self.when_open(lambda: self.open_library_item(item_id))
            return
        self.show_area(LIBRARY)
        self.area(LIBRARY).select_item(item_id)
