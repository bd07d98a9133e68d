"""Opening Progress at each size (issue 12): the figures for each period from the
service (SQL aggregates), and the whole area as a person opens it: the view built,
the figures gathered and shown, the page painted. Beside them the floor: one
aggregate over every live entry (count and words), the least any figure costs.

Timed in this process on the generated journals in bench/data, read only."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.domain.progress import Period

_APP = None  # the QApplication, kept alive for the widgets


@dataclass
class ProgressTimings:
    entries: int
    report_ms: dict[str, list[float]] = field(default_factory=dict)  # period -> samples
    open_ms: list[float] = field(default_factory=list)  # build, fill, paint the area (12 months)
    floor_ms: list[float] = field(default_factory=list)


def measure(data_dir: Path, runs: int) -> ProgressTimings:
    from PySide6.QtWidgets import QApplication

    from journal_app.content.loader import load_catalog
    from journal_app.paths import resources_dir
    from journal_app.services.app_services import open_services
    from journal_app.ui import style
    from journal_app.ui.catalog_holder import CatalogHolder
    from journal_app.ui.tasks import SyncTaskRunner
    from journal_app.ui.views.progress_view import ProgressView

    global _APP
    _APP = QApplication.instance() or QApplication([])
    catalog = load_catalog(resources_dir())
    theme_of = {p.id: p.theme for p in catalog.prompts.values()}
    services = open_services(data_dir)
    try:
        today = services.journal.newest_entries(limit=1).entries[0].local_date
        timings = ProgressTimings(entries=services.journal.count_entries())
        raw = services.db.engine.raw_connection()
        holder = CatalogHolder()
        holder.set(catalog, catalog)
        try:
            for period in Period:
                samples = timings.report_ms.setdefault(period.value, [])
                for _ in range(runs):
                    t = time.perf_counter()
                    services.progress.report(period, today, theme_of, tuple(catalog.themes))
                    samples.append((time.perf_counter() - t) * 1000)
            for _ in range(runs):
                t = time.perf_counter()
                raw.cursor().execute("SELECT count(*), sum(word_count) FROM entries WHERE deleted_at IS NULL").fetchall()
                timings.floor_ms.append((time.perf_counter() - t) * 1000)
            for _ in range(max(runs // 3, 3)):
                t = time.perf_counter()
                view = ProgressView(services, SyncTaskRunner(), lambda: today, holder, style.LIGHT)
                view.resize(1120, 740)
                view.refresh()
                view.grab()  # laid out and painted
                timings.open_ms.append((time.perf_counter() - t) * 1000)
                view.deleteLater()
        finally:
            raw.close()
        return timings
    finally:
        services.close()
