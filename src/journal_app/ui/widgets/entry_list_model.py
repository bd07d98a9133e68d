"""The journal list: every entry the filter asks for, fetched a page at a time as the
rows scroll into view.

The model knows how many rows there are from the start (one count), so the
scrollbar is true and a jump to any row (the calendar's "go to this date", End)
fetches only the page there, never the pages before it. Pages are kept in a small
cache; a page is one short query of 100 rows (a few milliseconds at 100,000)."""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.entry import EntryFilter, EntrySummary, SearchResults

EntryRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100
KEPT_PAGES = 40  # 4,000 rows at most in memory


class EntryListModel(QAbstractListModel):
    def __init__(self, journal, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._journal = journal
        self._filter = EntryFilter()
        self._total = 0
        self._by_relevance = False
        self._pages: OrderedDict[int, tuple[EntrySummary, ...]] = OrderedDict()

    # -- filling ---------------------------------------------------------------------------
    def show(self, flt: EntryFilter, first: SearchResults | None = None) -> None:
        """List what `flt` asks for; `first` is its first page when already fetched
        (off the UI thread, for a search)."""
        if first is None:
            first = self._journal.find(flt, limit=PAGE_SIZE)
        self.beginResetModel()
        self._filter, self._total, self._by_relevance = flt, first.total, first.by_relevance
        self._pages = OrderedDict({0: first.entries})
        self.endResetModel()

    def show_newest(self) -> None:
        self.show(EntryFilter())

    def show_results(self, results: SearchResults) -> None:
        self.show(self._filter if self._filter.text == results.query else EntryFilter(text=results.query), results)

    def refresh(self) -> None:
        self.show(self._filter)

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    @property
    def searching(self) -> bool:
        """True when the list is narrowed (by words or filters), not every entry."""
        return self._filter.narrows and not self._filter.trashed

    @property
    def found(self) -> int:
        return self._total

    @property
    def by_relevance(self) -> bool:
        return self._by_relevance

    # -- rows ------------------------------------------------------------------------------
    def summary(self, row: int) -> EntrySummary | None:
        if not 0 <= row < self._total:
            return None
        page = row // PAGE_SIZE
        entries = self._page(page)
        offset = row - page * PAGE_SIZE
        return entries[offset] if offset < len(entries) else None

    def _page(self, page: int) -> tuple[EntrySummary, ...]:
        if page in self._pages:
            self._pages.move_to_end(page)
            return self._pages[page]
        found = self._journal.find(self._filter, offset=page * PAGE_SIZE, limit=PAGE_SIZE, total=self._total,
                                   newest_first=not self._by_relevance)
        self._pages[page] = found.entries
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return found.entries

    def row_of(self, entry_id: int) -> int | None:
        """The row of an entry among the pages fetched so far (None if not among them)."""
        for page, entries in self._pages.items():
            for offset, summary in enumerate(entries):
                if summary.id == entry_id:
                    return page * PAGE_SIZE + offset
        return None

    # -- keeping in step with the editor -----------------------------------------------------
    def upsert(self, summary: EntrySummary) -> int:
        """Show a just-saved entry: update its row, or (a new entry, in the plain
        newest-first list) add it at the top. Returns its row, or -1."""
        row = self.row_of(summary.id)
        if row is not None:
            page, offset = divmod(row, PAGE_SIZE)
            kept = self._pages[page][offset]
            entries = list(self._pages[page])
            entries[offset] = _with_list_parts(summary, kept)
            self._pages[page] = tuple(entries)
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return row
        if self._filter.narrows:
            return -1  # a new entry joins a narrowed list when it is shown again
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._total += 1
        self._pages = OrderedDict()  # every row moved down one: fetched afresh as shown
        self.endInsertRows()
        return 0

    def remove(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row is None:  # not among the rows fetched: count again
            self.refresh()
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._total -= 1
        self._pages = OrderedDict()  # the rows after it moved up: fetched afresh as shown
        self.endRemoveRows()

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == EntryRole:
            return summary
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return summary.heading or self.tr("Untitled entry")
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.local_date.isoformat()
        return None


def _with_list_parts(saved: EntrySummary, listed: EntrySummary) -> EntrySummary:
    """A freshly saved entry keeps what the list fetched that the editor does not
    know (its tags, its snippet)."""
    from dataclasses import replace

    return replace(saved, tags=saved.tags or listed.tags, snippet=listed.snippet)
