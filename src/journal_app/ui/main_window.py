"""The main window: a sidebar and the areas. A shell that hosts views.

Its first frame is the window alone: the shell (sidebar, pages, shortcuts) is built
right after it, or when the journal is opened. Then Today is shown from a glance
read with the driver alone (journal_opening.glance_journal), the journal itself is
opened through the task runner (SQLAlchemy and all), and Today is handed the
services; each other area is built the first time it is shown.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from .. import APP_NAME
from . import window_geometry
from .area_links import JOURNAL, LIBRARY, PROGRESS, SUPPORT, TODAY, AreaLinks
from .opening_steps import OpeningSteps

OPENING_NOTICE_MS = 400  # "Opening your journal…" appears if Today has not by then


@dataclass
class Place:
    """Where the person was when the journal closed (locked), to return them there."""
    area: int
    entry_id: int | None  # open in the Journal
    in_session: bool
    held: list  # HeldWords that could not be saved before locking: put back on their page


class MainWindow(OpeningSteps, AreaLinks, QMainWindow):
    # Opening is over: the journal is open (Today shows it; emitted before any question
    # is asked), or a page says why not (the lock screen, a failure, damage).
    settled = Signal()
    closed = Signal()  # closed for good (the app quits: Qt does not, for a window hidden first)

    def __init__(self, data_dir: Path, runner, dialogs, today=date.today,  # noqa: ANN001
                 parent: QWidget | None = None, *, paint_first: bool = False) -> None:
        """`paint_first` (the app): the window's first frame is painted before the shell
        is built (`build`, then or at `open_journal`), and the journal is opened only
        once Today's glance is on screen. Without (tests), the shell is built here and
        each step of opening follows the last at once."""
        super().__init__(parent)
        self.data_dir = data_dir
        self._runner = runner
        self._given_dialogs = dialogs
        self._today = today
        self._paint_first = paint_first
        self.services = None
        self._place: Place | None = None
        self._is_new = False
        self._areas: dict[int, QWidget] = {}
        self._glancing = False  # Today shows a glance; the journal is still opening
        self._waiting: list = []  # what was asked for on the glance, done once open
        self._closed = False
        self._built = False
        self.setWindowTitle(APP_NAME)
        window_geometry.restore(self)
        if not paint_first:
            self.build()

    def build(self) -> None:
        """The shell, once: the sidebar, the pages, shortcuts, protection and the safety net."""
        if self._built:
            return
        self._built = True
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QHBoxLayout, QStackedWidget

        from . import style
        from .catalog_holder import CatalogHolder
        from .protection import JournalProtection
        from .safety_net import SafetyNet
        from .saving_dialogs import SavingDialogs
        from .widgets.empty_state import EmptyState
        from .widgets.sidebar import Sidebar

        runner = self._runner
        self._dialogs = SavingDialogs(self._given_dialogs, self._save_open_writing)
        self.holder = CatalogHolder(self)
        self.colors = style.current_colors()
        labels = [self.tr("Today"), self.tr("Journal"), self.tr("Library"), self.tr("Progress")]
        self.sidebar = Sidebar(labels, self.tr("Support"))
        self.stack = QStackedWidget()
        self.opening = EmptyState(self.tr("Opening your journal…"), "")
        if self._paint_first:  # said only if it takes a while: Today is usually there first
            self.opening.title.setText("")
            QTimer.singleShot(OPENING_NOTICE_MS, self, self._say_opening)
        self.stack.addWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        central.show()  # now, not on the next turn of the loop: the window may be showing already

        for index in range(4):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, activated=lambda i=index: self.show_area(i))
        QShortcut(QKeySequence.StandardKey.Preferences, self, activated=self.open_settings)
        QShortcut(QKeySequence("Ctrl+,"), self, activated=self.open_settings)
        self.protection = JournalProtection(self, runner, self._dialogs)
        self.safety = SafetyNet(self, runner, self._dialogs)
        self.safety.notice.connect(self.sidebar.set_notice)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.protection.lock)
        self.holder.changed.connect(self._catalog_changed)
        self.sidebar.area_chosen.connect(self.show_area)
        self.sidebar.settings_requested.connect(self.open_settings)

    # -- opening the journal -----------------------------------------------------
    def _say_opening(self) -> None:
        if not self.opening.title.text():
            self.opening.title.setText(self.tr("Opening your journal…"))

    def say_upgrading(self) -> None:
        """A journal from an older version is being upgraded: a few seconds for most,
        up to a minute or so for a very large one. Said at once, with a busy bar."""
        from PySide6.QtWidgets import QProgressBar

        self.opening.title.setText(self.tr("Updating your journal for this version…"))
        self.opening.text.setText(self.tr(
            "A copy of it is kept just as it was, so nothing can be lost. A large journal can "
            "take a minute; your entries will be here as soon as it is done."))
        busy = self.opening.findChild(QProgressBar)
        if busy is None:
            busy = QProgressBar(textVisible=False, minimum=0, maximum=0)  # no end known: it moves
            busy.setAccessibleName(self.tr("Updating your journal"))
            busy.setMaximumHeight(6)  # a quiet line that moves, not a slab
            self.opening.column.addWidget(busy)
        busy.show()
        self.show_page(self.opening)

    def said_opened(self) -> None:
        """The opening page as it was before an upgrade was announced on it, for the
        next time it is shown (after unlocking, say)."""
        from PySide6.QtWidgets import QProgressBar

        self.opening.title.setText(self.tr("Opening your journal…"))
        self.opening.text.setText("")
        for busy in self.opening.findChildren(QProgressBar):
            busy.hide()

    def today(self):  # noqa: ANN201
        return self._today()

    def close_journal(self, remember: bool = True) -> None:
        """Save what is being written, remember where the person is, and let go of every
        view, model and the connection (and with it the key). Words that cannot be
        saved now (a full disk) are held in memory and put back after unlocking."""
        if self.services is None:
            return
        self.safety.stop()
        held = []
        if not self._save_open_writing():
            held = [words for index in (JOURNAL, TODAY) if index in self._areas
                    for words in [self._areas[index].unsaved_words()] if words is not None]
        journal, today = self._areas.get(JOURNAL), self._areas.get(TODAY)
        open_entry = journal.editor.entry if journal is not None else None
        self._place = Place(self.sidebar.list.currentRow(), open_entry.id if open_entry else None,
                            bool(today is not None and today.in_session), held) if remember else None
        if self.isFullScreen():
            self._focus_changed(False)
        self._remove_areas()
        self.holder.clear()
        self.services.close()
        self.services = None
        self.setWindowTitle(APP_NAME)

    def _remove_areas(self) -> None:
        import shiboken6

        self.stack.setCurrentWidget(self.opening)
        for view in self._areas.values():
            self.stack.removeWidget(view)
            # Deleted now, not later: none of its timers (a retrying save) may run again.
            shiboken6.delete(view)
        self._areas.clear()

    def _return_to(self, place: Place) -> None:
        if place.entry_id is not None:
            self.area(JOURNAL).open_entry_by_id(place.entry_id)
        if place.in_session:
            self.area(TODAY).resume_session()
        self.show_area(place.area if place.area >= 0 else TODAY)
        for words in place.held:
            self.show_area(JOURNAL)
            self.area(JOURNAL).put_back(words)

    def show_page(self, page: QWidget) -> None:
        """A page instead of the areas (lock screen, progress): no sidebar beside it."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.sidebar.setVisible(page is not self.opening and self.services is not None)
        self.stack.setCurrentWidget(page)
        if page is not self.opening:
            self.settled.emit()

    # -- areas -------------------------------------------------------------------
    def show_area(self, index: int) -> None:
        self.sidebar.list.blockSignals(True)
        self.sidebar.select(index)
        self.sidebar.list.blockSignals(False)
        if self.services is None:  # still opening: the area appears when the journal is ready
            if self._glancing:  # meanwhile Today's glance, or that the journal is opening
                self.stack.setCurrentWidget(self._areas[TODAY] if index == TODAY else self.opening)
            return
        self._save_open_writing(except_area=index)  # leaving an editor commits it
        leaving_today = index == TODAY and self.stack.currentWidget() is not self._areas.get(TODAY)
        area = self.area(index)
        self.stack.setCurrentWidget(area)
        if index == PROGRESS:
            area.refresh()
        elif index == JOURNAL:
            area.refresh_open_entry()
        elif leaving_today:
            area.show_today()  # a session left elsewhere waits on Today's card

    def area(self, index: int) -> QWidget:
        """The area's view, built the first time it is needed."""
        if index not in self._areas:
            view = self._build_area(index)
            self._areas[index] = view
            self.stack.addWidget(view)
        return self._areas[index]

    def _build_area(self, index: int) -> QWidget:
        if index == TODAY:
            from .views.today_view import TodayView

            view = TodayView(self.services, self.holder, self._dialogs, self._today())
            view.write_about.connect(self.write_about)
            view.write_freely.connect(lambda: self.write_about(None))
            view.open_library_item.connect(self.open_library_item)
            view.focus_changed.connect(self._focus_changed)
            view.entry_saved.connect(self._session_entry_saved)
            view.grounding_requested.connect(self._offer_grounding)
            view.text_size_changed.connect(self._text_size_changed)
            view.open_entry.connect(self._open_entry)
            view.journal_requested.connect(lambda: self.show_area(JOURNAL))
            return view
        if index == JOURNAL:
            from .views.journal_view import JournalView

            view = JournalView(self.services, self.holder, self._runner, self._dialogs, self.colors)
            view.editor.text_size_changed.connect(self._text_size_changed)
            return view
        if index == LIBRARY:
            from .views.library_view import LibraryView

            view = LibraryView(self.holder.current, self.services.library, self._dialogs)
            view.reflect_on.connect(self.write_about)
            return view
        if index == SUPPORT:
            from .views.support_view import SupportView

            view = SupportView(self.services.support, self.holder.current, self._dialogs)
            return view
        from .views.progress_view import ProgressView

        view = ProgressView(self.services, self._runner, self._today, self.holder, self.colors)
        view.day_requested.connect(self._open_day)
        view.tag_requested.connect(self._open_tag)
        view.theme_requested.connect(self._open_theme)
        view.action_requested.connect(self.open_library_item)
        return view

    def _catalog_changed(self) -> None:
        """An own prompt or an imported pack changed what Library and Support show."""
        for index in (LIBRARY, SUPPORT):
            if index in self._areas:
                self._areas[index].set_catalog(self.holder.current)

    def _session_entry_saved(self, entry) -> None:  # noqa: ANN001
        self.show_saved_entry(entry)

    def show_saved_entry(self, entry) -> None:  # noqa: ANN001
        """An entry saved outside the Journal (a session, a recovery): into its list."""
        if JOURNAL in self._areas:
            self._areas[JOURNAL].show_saved(entry)

    def _save_open_writing(self, except_area: int | None = None) -> bool:
        """Commit what is typed in the Journal's editor and in a session; False if
        some words could not be saved (they stay on their page, retrying)."""
        saved = True
        for index in (JOURNAL, TODAY):
            if index in self._areas and index != except_area:
                saved = self._areas[index].save_now() and saved
        return saved

    def _text_size_changed(self, size: int) -> None:
        from ..domain.settings import TEXT_SIZE

        self.services.settings.set(TEXT_SIZE, size)
        for index in (JOURNAL, TODAY):
            if index in self._areas:
                self._areas[index].apply_settings()

    def open_settings(self) -> None:
        if self.services is None:
            return
        self._save_open_writing()
        changed, action = self._dialogs.settings(self, self.services.settings, self.holder.current,
                                                 self.protection.encrypted)
        if changed:
            if JOURNAL in self._areas:
                self._areas[JOURNAL].apply_settings()
            self.protection.restart_idle()
        if action in ("backup_now", "restore"):
            self.safety.run(action)
        elif action is not None:
            self.protection.run(action)

    # -- window state --------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._built and not self._may_close():
            event.ignore()
            return
        window_geometry.keep(self)
        if self._built:
            self.safety.stop()  # a check or daily backup in progress gives up: the app is closing
            # Closed again once the backup is done: on the next turn of the loop, never from
            # inside this event (Qt ignores a close() while a close is under way).
            from PySide6.QtCore import QTimer

            if self.safety.back_up_before_closing(lambda: QTimer.singleShot(0, self.close)):
                self.hide()  # gone for the person; the backup finishes, then the app closes
                event.ignore()
                return
        if self.services is not None:
            self.services.close()
            self.services = None
        self._closed = True  # a journal still opening is closed when it arrives
        self._glancing = False
        self._waiting.clear()
        super().closeEvent(event)
        self.closed.emit()

    def _may_close(self) -> bool:
        return self.services is None or self._save_open_writing() or self._dialogs.confirm(
            self, self.tr("Your latest words are not saved"),
            self.tr("They could not be saved (is the disk full?) and are still on the page, where the app "
                    "keeps trying. If you close now, they will be lost."),
            self.tr("Close anyway"))
