"""Bulk import, timed again and again (issue 13): 100,000 entries through the
storage layer, each run into a new journal in a temporary folder beside
bench/data, each beside its floor (the same rows into a bare table) measured
straight after it, so a busy moment on the machine shows in both.

One import is a few seconds of disk and CPU: a single timing (as the journal's
generation gives) moved by a factor of two between quiet and busy runs, so the
target is judged on the median of several."""
from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.storage.database import open_database
from journal_app.storage.entries import EntryStore

from . import generate

RUNS = 5


@dataclass
class ImportTimings:
    entries: int
    import_s: list[float] = field(default_factory=list)
    floor_s: list[float] = field(default_factory=list)


def measure(size: str, runs: int, progress: Callable[[str], None] = print) -> ImportTimings:
    entries = generate.build_entries(size)
    timings = ImportTimings(entries=len(entries))
    generate.DATA_ROOT.mkdir(parents=True, exist_ok=True)
    for n in range(runs):
        # Beside bench/data (git-ignored, the disk a journal lives on), removed after.
        with tempfile.TemporaryDirectory(dir=generate.DATA_ROOT, prefix=".import-") as folder:
            db = open_database(Path(folder))
            try:
                start = time.perf_counter()
                EntryStore(db).import_many(entries)
                timings.import_s.append(time.perf_counter() - start)
            finally:
                db.close()
        timings.floor_s.append(generate.table_insert_alone(entries))
        progress(f"import {size} run {n + 1}/{runs}: {timings.import_s[-1]:.2f} s "
                 f"(floor {timings.floor_s[-1]:.2f} s)")
    return timings
