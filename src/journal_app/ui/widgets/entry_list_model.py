"""The journal list: a model that fetches pages of entries as they scroll into view."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.entry import EntrySummary, SearchResults

EntryRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100


class EntryListModel(QAbstractListModel):
    """Newest entries first, a page at a time (keyset paging through the service),
    or the results of a search."""

    def __init__(self, journal, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._journal = journal
        self._rows: list[EntrySummary] = []
        self._next = None  # cursor for the following page; None when all are loaded
        self._searching = False
        self._found = 0  # all matching entries, of which the newest are listed

    # -- filling -----------------------------------------------------------
    def show_newest(self) -> None:
        self.beginResetModel()
        page = self._journal.newest_entries(None, PAGE_SIZE)
        self._rows, self._next, self._searching = list(page.entries), page.next, False
        self.endResetModel()

    def show_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self._rows, self._next, self._searching = list(results.entries), None, True
        self._found = results.total
        self.endResetModel()

    @property
    def searching(self) -> bool:
        return self._searching

    @property
    def found(self) -> int:
        """How many entries matched the search (more than are listed when there are many)."""
        return self._found

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802, ANN001
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802, ANN001
        if parent.isValid() or self._next is None:
            return
        page = self._journal.newest_entries(self._next, PAGE_SIZE)
        if page.entries:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.entries) - 1)
            self._rows.extend(page.entries)
            self.endInsertRows()
        self._next = page.next

    # -- keeping in step with the editor ----------------------------------------
    def upsert(self, summary: EntrySummary) -> int:
        """Show a just-saved entry: update its row, or add it at the top. Returns its row."""
        row = self.row_of(summary.id)
        if row is not None:
            self._rows[row] = summary
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return row
        if self._searching:
            return -1  # a new entry joins the list when the search is cleared
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, summary)
        self.endInsertRows()
        return 0

    def remove(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def row_of(self, entry_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == entry_id:
                return row
        return None

    def summary(self, row: int) -> EntrySummary:
        return self._rows[row]

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == EntryRole:
            return summary
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return summary.heading or self.tr("Untitled entry")
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.local_date.isoformat()
        return None
