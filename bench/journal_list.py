"""The Journal list and search at each size (issues 9 and 13): the first page of the
list (the count and 100 rows), a page at the far end (as End or a date jump reads
it), searches with snippets beside the raw FTS5 query alone, the floor, and the
page mid-way through the biggest search (a scrollbar dragged there).

Timed in this process on the generated journals in bench/data, read only."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.domain.entry import EntryFilter
from journal_app.services.app_services import open_services
from journal_app.storage.search import match_expression

SEARCHES = (("a word in nearly every entry", "the"), ("a common word", "family"), ("a rare word", "தமிழ்"),
            ("one Chinese character", "家"), ("a phrase", '"family history"'), ("one emoji", "🌱"))
PAGE = 100


@dataclass
class ListTimings:
    entries: int
    first_page_ms: list[float] = field(default_factory=list)
    last_page_ms: list[float] = field(default_factory=list)
    searches: dict[str, tuple[str, int, list[float], list[float]]] = field(default_factory=dict)
    # label -> (query, hits, find ms, raw FTS floor ms)
    open_ms: list[float] = field(default_factory=list)  # build the Journal area, fill its list, paint
    middle: tuple[str, int, list[float]] | None = None  # (query, offset, ms): a search page scrolled to mid-way


def _timed(work, runs: int) -> list[float]:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        work()
        samples.append((time.perf_counter() - t) * 1000)
    return samples


def measure(data_dir: Path, runs: int) -> ListTimings:
    services = open_services(data_dir)
    try:
        journal = services.journal
        total = journal.count_entries()
        timings = ListTimings(entries=total)
        everything = EntryFilter()
        journal.find(everything, limit=PAGE)  # warm the cache, as a person's second look would be
        timings.first_page_ms = _timed(lambda: journal.find(everything, limit=PAGE), runs)
        last = max(total - PAGE, 0)
        timings.last_page_ms = _timed(lambda: journal.find(everything, offset=last, limit=PAGE, total=total), runs)
        raw = services.db.engine.raw_connection()
        try:
            cursor = raw.cursor()
            for label, query in SEARCHES:
                match = match_expression(query)
                flt = EntryFilter(text=query)
                hits = journal.find(flt, limit=1).total

                def floor(match: str = match) -> None:
                    cursor.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? LIMIT ?", (match, PAGE))
                    cursor.fetchall()

                found, floors = [], []
                for _ in range(runs):  # interleaved: drift on the machine hits both alike
                    floors += _timed(floor, 1)
                    found += _timed(lambda flt=flt: journal.find(flt, limit=PAGE), 1)
                timings.searches[label] = (query, hits, found, floors)
            # The deepest page of the biggest search: mid-way, as far from both ends as
            # a dragged scrollbar can land (later pages are read from the oldest side).
            query = SEARCHES[0][1]
            flt = EntryFilter(text=query)
            hits = journal.find(flt, limit=1, newest_first=True).total
            offset = max(hits // 2 - PAGE, 0)
            timings.middle = (query, offset, _timed(
                lambda: journal.find(flt, offset=offset, limit=PAGE, total=hits, newest_first=True), runs))
        finally:
            raw.close()
        timings.open_ms = _open_area(services, max(runs // 3, 3))
        return timings
    finally:
        services.close()


_APP = None


def _open_area(services, runs: int) -> list[float]:  # noqa: ANN001
    """The Journal area as a person opens it: the view built (as the window builds it,
    with its editor and calendar), its list counted and filled, the page painted."""
    from PySide6.QtWidgets import QApplication

    from journal_app.content.loader import load_catalog
    from journal_app.paths import resources_dir
    from journal_app.ui import style
    from journal_app.ui.catalog_holder import CatalogHolder
    from journal_app.ui.tasks import SyncTaskRunner
    from journal_app.ui.views.journal_view import JournalView

    global _APP
    _APP = QApplication.instance() or QApplication([])
    catalog = load_catalog(resources_dir())
    holder = CatalogHolder()
    holder.set(catalog, catalog)
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        view = JournalView(services, holder, SyncTaskRunner(), None, style.LIGHT)
        view.resize(1120, 740)
        view.grab()  # laid out and painted
        samples.append((time.perf_counter() - t) * 1000)
        view.deleteLater()
        _APP.processEvents()
    return samples
