"""Loading the built-in content (issue 4: "well under 100 ms, off the start-up path").

Timed in this process, after a warm-up: `load_catalog` (read, parse, validate every
file, check every reference) against a floor of reading and parsing the same files
with `tomllib` alone, measured in the same run. The ratio is what validation costs."""
from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass

from journal_app.content.loader import load_catalog
from journal_app.paths import resources_dir


@dataclass(frozen=True)
class ContentTimings:
    files: int
    prompts: int
    library: int
    exercises: int
    parse_ms: list[float]  # the floor
    load_ms: list[float]


def _parse_only() -> None:
    for path in sorted(resources_dir().rglob("*.toml")):
        tomllib.loads(path.read_text(encoding="utf-8"))


def measure(runs: int) -> ContentTimings:
    root = resources_dir()
    catalog = load_catalog(root)  # warm-up: imports and the disk cache
    _parse_only()
    parse_ms, load_ms = [], []
    for _ in range(runs):  # interleaved, so drift on the machine hits both alike
        t = time.perf_counter()
        _parse_only()
        parse_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        load_catalog(root)
        load_ms.append((time.perf_counter() - t) * 1000)
    return ContentTimings(len(list(root.rglob("*.toml"))), len(catalog.prompts), len(catalog.library),
                          len(catalog.exercises), parse_ms, load_ms)
