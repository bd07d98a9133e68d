"""The Library area: history, people, books, concepts and the allyship actions from the
texts, found by words, kind and topic; saved and read marks; the person's own resources.

Links open in the system browser only when clicked; nothing here touches the network."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QListWidgetItem,
    QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from ...domain.content import ContentCatalog, LibraryItem
from ...domain.errors import JournalError
from ...domain.library import KINDS, LibraryMark, filter_items, library_groups
from .. import messages, style
from ..plural import plural
from ..widgets.resource_dialog import (
    OwnResourcesPanel, group_title, kinds_name, label, topic_name,
)
from ..widgets.library_item_detail import ItemDetail
from ..widgets.wrapping_list import wrapping_list

ItemRole = Qt.ItemDataRole.UserRole + 1  # a row's LibraryItem (None on group headers)
DETAIL, OWN = range(2)


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl.fromUserInput(url))


class LibraryView(QWidget):
    reflect_on = Signal(object)  # a Prompt to write about

    def __init__(self, catalog: ContentCatalog, library_service, dialogs,  # noqa: ANN001
                 parent: QWidget | None = None, *, open_url: Callable[[str], None] = open_in_browser) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._service = library_service
        self._dialogs = dialogs
        self._open_url = open_url
        self.current: LibraryItem | None = None
        self._holding = False  # several filters changing at once: list once, after
        try:
            self._marks: dict[str, LibraryMark] = library_service.marks()
        except Exception as exc:  # noqa: BLE001 - the library is still worth showing
            self._dialogs.error(self, *messages.describe(exc))
            self._marks = {}

        self.search_box = QLineEdit(clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search the library"))
        self.search_box.setAccessibleName(self.tr("Search the library"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Kind"))
        self.topic_filter = QComboBox()
        self.topic_filter.setAccessibleName(self.tr("Topic"))
        self.saved_only = QCheckBox(self.tr("Saved only"))
        self.count_label = label("", "muted")
        self.list = wrapping_list(self.tr("Library items"))
        self._header_font = QFont(self.list.font())
        self._header_font.setWeight(QFont.Weight.DemiBold)
        self.no_results = QWidget()
        self.no_results_title = label()
        self.no_results_title.setFont(style.heading_font(13))
        self.no_results_text = label("", "muted")
        self.clear_button = QPushButton(self.tr("Clear search and filters"))
        empty = QVBoxLayout(self.no_results)
        empty.setContentsMargins(4, 16, 4, 0)
        for widget in (self.no_results_title, self.no_results_text):
            empty.addWidget(widget)
        empty.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty.addStretch(1)
        self.own_button = QPushButton(checkable=True)
        self.own_button.setToolTip(self.tr("Books, articles and people you added yourself"))

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.topic_filter, 1)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        left.addWidget(self.search_box)
        left.addLayout(filters)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_only)
        saved_row.addStretch(1)
        saved_row.addWidget(self.count_label)
        left.addLayout(saved_row)
        left.addWidget(self.list, 1)
        left.addWidget(self.no_results, 1)
        left.addWidget(self.own_button)
        left_pane = QWidget()
        left_pane.setLayout(left)
        left_pane.setMinimumWidth(260)
        left_pane.setMaximumWidth(340)

        self.detail = ItemDetail(self)
        # The shown item's labels, under the names the window's tests know them by.
        self.title, self.summary, self.source = self.detail.title, self.detail.summary, self.detail.source
        self.detail.reflect_requested.connect(self._reflect)
        self.detail.saved_toggled.connect(self._set_saved)
        self.detail.read_toggled.connect(self._set_read)
        self.detail.topic_clicked.connect(self.show_topic)
        self.detail.link_clicked.connect(self._open_url)
        self.own = OwnResourcesPanel(library_service, dialogs)
        self.own.link_clicked.connect(self._open_url)
        self.own.changed.connect(self._update_own_button)
        self.pages = QStackedWidget()
        for page in (self.detail, self.own):
            self.pages.addWidget(_scrolled(page))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 20, 0, 12)
        layout.setSpacing(8)
        layout.addWidget(left_pane)
        layout.addWidget(self.pages, 1)

        self.search_box.textChanged.connect(self.refill)
        self.search_box.returnPressed.connect(self.list.setFocus)
        self.kind_filter.currentIndexChanged.connect(self.refill)
        self.topic_filter.currentIndexChanged.connect(self.refill)
        self.saved_only.toggled.connect(self.refill)
        self.clear_button.clicked.connect(self.clear_filters)
        self.list.currentItemChanged.connect(self._row_changed)
        self.list.itemClicked.connect(self._row_clicked)
        self.own_button.clicked.connect(self.show_own_resources)
        self.set_catalog(catalog)

    # -- what is listed ------------------------------------------------------------------
    def set_catalog(self, catalog: ContentCatalog) -> None:
        """Show `catalog` (the content changed: a pack was imported, say), keeping the
        person's place."""
        self._catalog = catalog
        on_own = self.pages.currentIndex() == OWN
        items = catalog.library.values()
        kinds = [k for k in KINDS if any(i.kind == k for i in items)]
        kinds += sorted({i.kind for i in items} - set(KINDS))
        topics = sorted({t for i in items for t in i.topics}, key=lambda t: topic_name(t).casefold())
        for combo, everything, values, name in ((self.kind_filter, self.tr("All kinds"), kinds, kinds_name),
                                                (self.topic_filter, self.tr("All topics"), topics, topic_name)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(name(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self.refill()
        if self.current is not None and self.current.id in catalog.library:  # its prompts may be new
            self.current = catalog.library[self.current.id]
            self.detail.show_item(self.current, catalog, self._marks.get(self.current.id, LibraryMark(self.current.id)))
        if on_own or not catalog.library:
            self.show_own_resources()

    def refill(self) -> None:
        """List the items that match the search and filters, in their groups."""
        if self._holding:
            return
        query = self.search_box.text()
        items = filter_items(self._catalog.library.values(), query, self.kind_filter.currentData(),
                             self.topic_filter.currentData(), self.saved_only.isChecked(), self._marks)
        self.list.blockSignals(True)
        self.list.clear()
        for key, members in library_groups(items):
            header = QListWidgetItem(group_title(key))
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable; arrow keys skip it
            header.setFont(self._header_font)
            self.list.addItem(header)
            for item in members:
                row = QListWidgetItem()
                row.setData(ItemRole, item)
                self.list.addItem(row)
                self._mark_row(row, item)
        self.list.blockSignals(False)
        total = len(self._catalog.library)
        self.count_label.setText(plural(len(items), "%n item", "%n items") if len(items) == total else
                                 self.tr("%1 of %2").replace("%1", QLocale().toString(len(items)))
                                 .replace("%2", QLocale().toString(total)))
        self._show_no_results(not items, query)
        if items and not self._select_row(self.current.id if self.current else None):
            self._select_row(library_groups(items)[0][1][0].id)
        self._update_own_button()

    def _show_no_results(self, nothing: bool, query: str) -> None:
        self.list.setVisible(not nothing)
        self.no_results.setVisible(nothing)
        if not nothing:
            return
        if not self._catalog.library:
            title, text = self.tr("The library is empty"), self.tr(
                "No library items could be found in this installation. Your own resources are still here.")
        elif self.saved_only.isChecked() and not query.strip() and not any(m.saved for m in self._marks.values()):
            title, text = self.tr("Nothing saved yet"), self.tr(
                "Use “Save for later” on anything you want to come back to, and it will be here.")
        elif query.strip():
            title = self.tr("Nothing in the library matches “%1”").replace("%1", query.strip())
            text = self.tr("Try fewer or other words, or another kind or topic.")
        else:
            title, text = self.tr("Nothing in the library matches these filters"), self.tr(
                "Try another kind or topic.")
        self.no_results_title.setText(title)
        self.no_results_text.setText(text)
        self.clear_button.setVisible(bool(self._catalog.library))

    def clear_filters(self) -> None:
        # Not blockSignals: the search box hides its clear button on textChanged.
        self._holding = True
        try:
            self.search_box.clear()
            self.kind_filter.setCurrentIndex(0)
            self.topic_filter.setCurrentIndex(0)
            self.saved_only.setChecked(False)
        finally:
            self._holding = False
        self.refill()
        self.search_box.setFocus()

    def show_topic(self, topic: str) -> None:
        """List only the items on `topic` (a topic in an item's detail was clicked)."""
        index = self.topic_filter.findData(topic)
        if index >= 0:
            self.topic_filter.setCurrentIndex(index)

    def _mark_row(self, row: QListWidgetItem, item: LibraryItem) -> None:
        mark = self._marks.get(item.id, LibraryMark(item.id))
        row.setText(item.title + ("  ★" if mark.saved else "") + ("  ✓" if mark.read else ""))
        states = [self.tr("saved") if mark.saved else "", self.tr("read") if mark.read else ""]
        row.setToolTip(", ".join(s for s in states if s).capitalize())
        row.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join([item.title, *(s for s in states if s)]))

    def _select_row(self, item_id: str | None) -> bool:
        for index in range(self.list.count()):
            if item_id is not None and _id_of(self.list.item(index)) == item_id:
                self.list.setCurrentRow(index)
                return True
        return False

    # -- one item --------------------------------------------------------------------------
    def select_item(self, item_id: str) -> None:
        """Show one item (opened from a prompt), clearing filters that would hide it."""
        if item_id not in self._catalog.library:
            return
        if not self._select_row(item_id):
            self.clear_filters()
            self._select_row(item_id)
        self.pages.setCurrentIndex(DETAIL)
        self._update_own_button()

    def _row_changed(self, row: QListWidgetItem | None) -> None:
        item = row.data(ItemRole) if row is not None else None
        if item is None:
            return
        if item == self.current and self.pages.currentIndex() == DETAIL:
            return  # listed again (typing a search): keep the reader's place
        self.current = item
        self.detail.show_item(item, self._catalog, self._marks.get(item.id, LibraryMark(item.id)))
        self.pages.setCurrentIndex(DETAIL)
        self.pages.currentWidget().verticalScrollBar().setValue(0)
        self._update_own_button()

    def _row_clicked(self, row: QListWidgetItem) -> None:
        if row.data(ItemRole) and self.pages.currentIndex() != DETAIL:
            self._row_changed(row)

    def _reflect(self, prompt_id: str) -> None:
        prompt = self._catalog.prompts.get(prompt_id)
        if prompt is not None:
            self.reflect_on.emit(prompt)

    def _set_saved(self, saved: bool) -> None:
        self._store_mark(self._service.set_saved, saved)

    def _set_read(self, read: bool) -> None:
        self._store_mark(self._service.set_read, read)

    def _store_mark(self, setter, value: bool) -> None:  # noqa: ANN001
        item = self.current
        if item is None:
            return
        try:
            self._marks[item.id] = setter(item.id, value)
        except JournalError as exc:
            self._dialogs.error(self, *messages.describe(exc))
        mark = self._marks.get(item.id, LibraryMark(item.id))
        self.detail.show_marks(mark)  # as stored, so a failed save does not look saved
        row = self.list.currentItem()
        if row is not None and _id_of(row) == item.id:
            self._mark_row(row, item)

    # -- the person's own resources --------------------------------------------------------
    def show_own_resources(self) -> None:
        self.pages.setCurrentIndex(OWN)
        self._update_own_button()

    def _update_own_button(self) -> None:
        self.own_button.setChecked(self.pages.currentIndex() == OWN)
        count = len(self.own.cards)
        self.own_button.setText(self.tr("Your own resources") + (f"  ·  {QLocale().toString(count)}" if count else ""))


def _id_of(row: QListWidgetItem) -> str | None:
    item = row.data(ItemRole)
    return item.id if item is not None else None


def _scrolled(page: QWidget) -> QScrollArea:
    """A page in a scroll area, its text held to the reading width with roomy margins."""
    column = QWidget()
    centred = QHBoxLayout(column)
    centred.setContentsMargins(32, 8, 32, 40)
    page.setMaximumWidth(style.READING_WIDTH)
    centred.addWidget(page)
    scroll = QScrollArea(widgetResizable=True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(column)
    return scroll
