"""The main window: a sidebar and the four areas. A shell that hosts views.

It paints before the journal is opened (the ORM is not even imported yet), opens
it through the task runner, and builds each area the first time it is shown.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from .. import APP_NAME
from . import messages, style
from .widgets.empty_state import EmptyState
from .widgets.sidebar import Sidebar

TODAY, JOURNAL, LIBRARY, PROGRESS = range(4)


def _open_journal(data_dir: Path):  # noqa: ANN202
    """Runs on a worker thread: import the storage stack, open the journal, read content."""
    from ..content.loader import load_catalog
    from ..content.problems import ContentError
    from ..paths import resources_dir
    from ..services.app_services import open_services

    services = open_services(data_dir)
    try:
        catalog = load_catalog(resources_dir())
    except (ContentError, OSError):  # missing or broken content must not keep anyone from writing
        from ..domain.content import ContentCatalog

        catalog = ContentCatalog({}, {}, {}, {})  # writing still works without content
    return services, catalog


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, runner, dialogs, today=date.today,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._runner = runner
        self._dialogs = dialogs
        self._today = today
        self.services = None
        self.catalog = None
        self._areas: dict[int, QWidget] = {}
        self.colors = style.current_colors()
        self.setWindowTitle(APP_NAME)

        labels = [self.tr("Today"), self.tr("Journal"), self.tr("Library"), self.tr("Progress")]
        self.sidebar = Sidebar(labels)
        self.stack = QStackedWidget()
        self.opening = EmptyState(self.tr("Opening your journal…"), "")
        self.stack.addWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for index in range(4):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, activated=lambda i=index: self.show_area(i))
        self.sidebar.area_chosen.connect(self.show_area)
        self._restore_geometry()

    # -- opening the journal -----------------------------------------------------
    def open_journal(self) -> None:
        self._runner.submit(_open_journal, self.data_dir, on_done=self._journal_opened,
                            on_error=self._journal_failed)

    def _journal_opened(self, result) -> None:  # noqa: ANN001
        self.services, self.catalog = result
        self.show_area(self.sidebar.list.currentRow() if self.sidebar.list.currentRow() >= 0 else TODAY)

    def _journal_failed(self, exc: BaseException) -> None:
        title, text = messages.describe(exc)
        self.opening.title.setText(title)
        self.opening.text.setText(text + "\n\n" + str(self.data_dir))
        self._dialogs.error(self, title, text)

    # -- areas -------------------------------------------------------------------
    def show_area(self, index: int) -> None:
        self.sidebar.list.blockSignals(True)
        self.sidebar.select(index)
        self.sidebar.list.blockSignals(False)
        if self.services is None:
            return  # still opening: the area appears when the journal is ready
        if index != JOURNAL and JOURNAL in self._areas:
            self._areas[JOURNAL].save_now()  # leaving the editor commits it
        area = self.area(index)
        self.stack.setCurrentWidget(area)
        if index == PROGRESS:
            area.refresh()

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

            view = TodayView(self.catalog, self._today())
            view.write_about.connect(lambda prompt: self._write(prompt))
            view.write_freely.connect(lambda: self._write(None))
            return view
        if index == JOURNAL:
            from .views.journal_view import JournalView

            return JournalView(self.services, self.catalog, self._runner, self._dialogs, self.colors)
        if index == LIBRARY:
            from .views.library_view import LibraryView

            return LibraryView(self.catalog)
        from .views.progress_view import ProgressView

        return ProgressView(self.services, self._runner, self._today)

    def _write(self, prompt) -> None:  # noqa: ANN001
        journal = self.area(JOURNAL)
        self.show_area(JOURNAL)
        journal.start_entry(prompt)

    # -- window state --------------------------------------------------------------
    def _window_settings(self) -> QSettings:
        # Beside the journal, so each data directory (and each test) keeps its own.
        return QSettings(str(self.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._window_settings().value("geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1120, 740)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if JOURNAL in self._areas:
            self._areas[JOURNAL].save_now()
        if self.data_dir.is_dir():
            settings = self._window_settings()
            settings.setValue("geometry", self.saveGeometry())
            settings.sync()
            os.chmod(settings.fileName(), 0o600)  # private like every file beside the journal
        if self.services is not None:
            self.services.close()
            self.services = None
        super().closeEvent(event)
