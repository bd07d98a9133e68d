"""The journal list's view: one column of entry cards, at any number of entries.

A QListView lays out every row whenever its model resets (for each row it asks the
model for an index, a call into Python): 0.4 s of a frozen window for a search that
finds 100,000 entries, and again on opening the Journal. A QTableView's rows are
sections of its (hidden) vertical header, all the same height, so it only ever
asks about the rows on screen. Shown as a list: no headers, no grid, whole rows
selected, Home and End going to the first and the last entry.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView, QWidget


class EntryListView(QTableView):
    def __init__(self, parent: QWidget | None = None, **properties) -> None:  # noqa: ANN003
        super().__init__(parent, **properties)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)

    def setItemDelegate(self, delegate) -> None:  # noqa: N802, ANN001
        super().setItemDelegate(delegate)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Every row as tall as the delegate's card at the current font."""
        delegate = self.itemDelegate()
        if delegate is None:
            return
        option = QStyleOptionViewItem()
        option.font = self.font()
        height = delegate.sizeHint(option, QModelIndex()).height()
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    def moveCursor(self, action, modifiers):  # noqa: N802, ANN001, ANN201
        # In a table Home and End move along the row; in this list they go to its ends.
        model = self.model()
        if model is not None and model.rowCount() > 0:
            if action == QAbstractItemView.CursorAction.MoveHome:
                return model.index(0, 0)
            if action == QAbstractItemView.CursorAction.MoveEnd:
                return model.index(model.rowCount() - 1, 0)
        return super().moveCursor(action, modifiers)
