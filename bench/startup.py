"""Start-up timing: fresh processes, clocked from just before they are started.

Each run starts a new process with t0 = time.monotonic_ns() taken immediately
before Popen; the child prints `first_paint <ns>` (and the app `usable <ns>`)
on the same CLOCK_MONOTONIC, so the difference is the time a person waits,
interpreter start-up and imports included. The cases are interleaved round-robin
(starting from a different case each round) so that drift in the machine's load
affects every case alike, and each case gets one untimed warm-up run first so the
file cache is warm for all of them.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
TIMEOUT_S = 60
# Printed by Qt's offscreen platform on every start; not a sign of trouble.
_BENIGN_STDERR = ("This plugin does not support propagateSizeHints()",)


@dataclass(frozen=True)
class Case:
    name: str
    argv: list[str]
    marks: tuple[str, ...]  # the lines the process must print


@dataclass
class Run:
    case: str
    ms: dict[str, float]  # mark -> milliseconds after t0
    exit_ms: float | None  # until the process had exited (shutdown included)
    returncode: int | None
    error: str | None = None  # why the run failed; None when every mark arrived


@dataclass
class Timings:
    runs: dict[str, list[Run]] = field(default_factory=dict)
    warmups: list[Run] = field(default_factory=list)
    stderr: Counter = field(default_factory=Counter)  # (case, distinct stderr text) -> runs


def floor_case() -> Case:
    return Case("floor (empty QMainWindow)", [sys.executable, str(BENCH_DIR / "floor_window.py")],
                ("first_paint",))


def app_case(size: str, data_dir: Path) -> Case:
    return Case(size, [sys.executable, "-m", "journal_app", "--data-dir", str(data_dir)],
                ("first_paint", "usable"))


def run_once(case: Case, stderr: Counter) -> Run:
    env = dict(os.environ, JOURNAL_APP_BENCH="1", QT_QPA_PLATFORM="offscreen")
    t0 = time.monotonic_ns()
    proc = subprocess.Popen(case.argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=REPO, env=env)
    try:
        out, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        _note_stderr(case, err, stderr)
        return Run(case.name, _marks(out, t0), None, None, f"timed out after {TIMEOUT_S} s")
    exit_ms = (time.monotonic_ns() - t0) / 1e6
    text = _note_stderr(case, err, stderr)
    marks = _marks(out, t0)
    missing = [m for m in case.marks if m not in marks]
    error = None
    if missing:
        last = text.strip().splitlines()[-1] if text.strip() else "(stderr empty)"
        error = f"exit code {proc.returncode}, never printed {', '.join(missing)}: {last}"
    elif proc.returncode != 0:
        error = f"printed every mark but exited with code {proc.returncode}"
    return Run(case.name, marks, exit_ms, proc.returncode, error)


def _note_stderr(case: Case, err: bytes, stderr: Counter) -> str:
    """Count each distinct stderr output: a warning or traceback is worth reading."""
    text = err.decode("utf-8", "replace")
    noteworthy = "\n".join(line for line in text.splitlines()
                           if line.strip() and line.strip() not in _BENIGN_STDERR)
    if noteworthy:
        stderr[(case.name, noteworthy)] += 1
    return text


def _marks(out: bytes, t0: int) -> dict[str, float]:
    marks: dict[str, float] = {}
    for line in out.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            marks.setdefault(parts[0], (int(parts[1]) - t0) / 1e6)
    return marks


def measure(cases: list[Case], runs: int, progress: Callable[[str], None] = print) -> Timings:
    timings = Timings(runs={c.name: [] for c in cases})
    progress("warm-up: one untimed run per case")
    for case in cases:
        timings.warmups.append(run_once(case, timings.stderr))
    for round_ in range(runs):
        shift = round_ % len(cases)
        for case in cases[shift:] + cases[:shift]:
            timings.runs[case.name].append(run_once(case, timings.stderr))
        progress(f"round {round_ + 1}/{runs}: " + ", ".join(
            f"{c.name.split()[0]} {_brief(timings.runs[c.name][-1])}" for c in cases))
    return timings


def _brief(run: Run) -> str:
    if run.error and not run.ms:
        return "FAILED"
    return "/".join(f"{v:.0f}" for v in run.ms.values()) + (" (!)" if run.error else "")


def values(runs: list[Run], mark: str) -> list[float]:
    """The mark's times over the runs that printed it."""
    return [r.ms[mark] for r in runs if mark in r.ms]


def median_p95(samples: list[float]) -> tuple[float, float] | None:
    """Median and 95th percentile (linear interpolation between closest ranks)."""
    if not samples:
        return None
    if len(samples) == 1:
        return samples[0], samples[0]
    return statistics.median(samples), statistics.quantiles(samples, n=20, method="inclusive")[18]
