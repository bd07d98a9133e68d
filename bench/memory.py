"""Memory after start (issue 13: under 200 MB at 100,000 entries): the app started on
each journal, plain and encrypted, beside the floor's empty window.

Each run starts bench/memory_child.py (the app through its own entry point, or the
floor window) as a fresh process, waits for the Today area (today's prompt) to be on
screen with the journal open, lets it settle for a second, and reads VmHWM (the peak
resident set so far) and VmRSS (the resident set now) from /proc/<pid>/status; then
kills it. An encrypted journal is unlocked from its lock screen, so its peak holds
the Argon2id key stretching (256 MiB); the resident set a second after unlocking
shows whether that memory was given back. The encrypted journals are copies of the plain ones, made
once in bench/data/<size>-encrypted through `encryption.turn_on` and remade when the
plain journal is.
"""
from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import generate

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "bench passphrase: a river between two cities"  # not a secret; the journals are generated
TIMEOUT_S = 120
ENCRYPTED = ("ten-years", "100k")  # the sizes also measured encrypted


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]  # for bench.memory_child
    size: str | None  # the journal's size; None for the floor
    encrypted: bool = False


@dataclass
class MemoryRun:
    peak_mb: float | None = None  # VmHWM a second after usable
    rss_mb: float | None = None  # VmRSS then
    usable_ms: float | None = None  # from Popen to Today on screen, the journal open (unlocking included)
    error: str | None = None


@dataclass
class MemoryResults:
    runs: dict[str, list[MemoryRun]] = field(default_factory=dict)  # case name -> runs
    cases: list[Case] = field(default_factory=list)
    kdf_mib: int = 0  # what one key stretching needs
    made: dict[str, float] = field(default_factory=dict)  # encrypted copies made in this run -> seconds
    stderr: dict[str, Counter] = field(default_factory=dict)  # case -> distinct noteworthy stderr -> runs


def _encrypted_dir(size: str) -> Path:
    return generate.DATA_ROOT / f"{size}-encrypted"


def ensure_encrypted(size: str) -> tuple[Path, float | None]:
    """bench/data/<size>-encrypted, made from the plain journal if missing or stale;
    returns it and the seconds it took to make (None when reused)."""
    from journal_app.services import encryption

    from .kills import copy_journal

    source = generate.bench_journal_dir(size)
    folder, stamp_name = _encrypted_dir(size), "encrypted-from.json"
    want = (source / "generated.json").read_text(encoding="utf-8")
    stamp = folder / stamp_name
    if stamp.exists() and stamp.read_text(encoding="utf-8") == want and encryption.needs_passphrase(folder):
        return folder, None
    started = time.perf_counter()
    partial = generate.DATA_ROOT / f".{size}-encrypted.partial"
    shutil.rmtree(partial, ignore_errors=True)
    copy_journal(source / "journal.sqlite3", partial)
    encryption.turn_on(partial, PASSPHRASE, with_recovery_key=False)
    (partial / stamp_name).write_text(want, encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return folder, time.perf_counter() - started


def _status_mb(pid: int) -> dict[str, float]:
    """VmHWM and VmRSS of a live process, in MB (10^6 bytes)."""
    found = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                found[key] = int(value.split()[0]) * 1024 / 1e6  # the kernel says kB (KiB)
    return found


def run_once(case: Case, stderr: dict[str, Counter], tries: int = 3) -> MemoryRun:
    """One run; again (after a pause) when another window had the journal open: a
    refused second start is someone else's run on bench/data, not what we measure."""
    for _ in range(tries):
        run = _run(case, stderr)
        if run.error is None or "already open" not in run.error:
            break
        time.sleep(3)
    return run


def _run(case: Case, stderr: dict[str, Counter]) -> MemoryRun:
    env = {k: v for k, v in os.environ.items() if k != "JOURNAL_APP_BENCH"}  # its probe would close it
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic_ns()
    err_file = tempfile.TemporaryFile()  # a file, not a pipe: a long traceback never blocks the child
    proc = subprocess.Popen([sys.executable, "-m", "bench.memory_child", *case.args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=err_file, cwd=REPO, env=env)
    run = MemoryRun()
    if case.encrypted:
        proc.stdin.write((PASSPHRASE + "\n").encode())
        proc.stdin.flush()
    out = b""
    deadline = time.monotonic() + TIMEOUT_S
    while b"settled" not in out and (left := deadline - time.monotonic()) > 0:
        if select.select([proc.stdout], [], [], left)[0]:
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            out += chunk
    if b"settled" in out:
        status = _status_mb(proc.pid)
        run.peak_mb, run.rss_mb = status["VmHWM"], status["VmRSS"]
        usable = next(line for line in out.decode().splitlines() if line.startswith("usable "))
        run.usable_ms = (int(usable.split()[1]) - started) / 1e6
    # Killed, not closed: closing would start the closing backup (every start changes the
    # file), 10-25 s at 100k, which measures nothing here. A kill costs the journal
    # nothing (bench/kills.py): the next start finds it whole.
    proc.kill()
    proc.wait()
    proc.stdin.close()
    proc.stdout.close()
    err_file.seek(0)
    err = err_file.read()
    err_file.close()
    lines = [line for line in err.decode("utf-8", "replace").splitlines()
             if line.strip() and "does not support" not in line]  # Qt offscreen's notices
    if lines:
        stderr.setdefault(case.name, Counter())["\n".join(lines)] += 1
    if run.peak_mb is None:
        run.error = f"never settled (exit code {proc.returncode}): {lines[-1] if lines else 'stderr empty'}"
    return run


def cases(sizes: list[str], progress: Callable[[str], None], made: dict[str, float]) -> list[Case]:
    found = [Case("floor (empty QMainWindow)", ("--floor",), None)]
    found += [Case(s, ("--data-dir", str(generate.bench_journal_dir(s))), s) for s in sizes]
    for size in (s for s in ENCRYPTED if s in sizes):
        folder, seconds = ensure_encrypted(size)
        if seconds is not None:
            made[size] = seconds
            progress(f"memory: made {folder.relative_to(REPO)} in {seconds:.0f} s")
        found.append(Case(f"{size}, encrypted", ("--data-dir", str(folder), "--passphrase-stdin"), size, True))
    return found


def measure(sizes: list[str], runs: int, progress: Callable[[str], None] = print) -> MemoryResults:
    from journal_app.storage.key_file import DEFAULT_COST

    results = MemoryResults(kdf_mib=DEFAULT_COST.memory_kib // 1024)
    results.cases = cases(sizes, progress, results.made)
    results.runs = {c.name: [] for c in results.cases}
    for round_ in range(runs):  # interleaved, as the start-up timings are
        for case in results.cases:
            results.runs[case.name].append(run_once(case, results.stderr))
        progress(f"memory round {round_ + 1}/{runs}: " + ", ".join(
            f"{name.split(' (')[0]} {_brief(rs[-1])}" for name, rs in results.runs.items()))
    return results


def _brief(run: MemoryRun) -> str:
    return "FAILED" if run.peak_mb is None else f"{run.peak_mb:.0f}/{run.rss_mb:.0f} MB"


def main() -> int:
    sizes = [s for s in generate.SIZES if (generate.bench_journal_dir(s) / "generated.json").exists()]
    result = measure(sizes, 1)
    for name, runs in result.runs.items():
        print(f"{name}: " + ", ".join(_brief(r) + (f" ({r.error})" if r.error else "") for r in runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
