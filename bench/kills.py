"""SIGKILL while writing (issue 13): 200 kills, and not one confirmed save lost.

One journal, a fresh copy of bench/data/ten-years in a temporary folder, takes every
kill in turn, so damage would pile up. Each round starts the writer the test suite
kills (tests/helpers/kill_writer.py, unchanged: it saves through the journal service
as the editor does, and prints a JSON line before each save and after each commit
returned), kills it with SIGKILL at a seeded random moment (a tenth while it is still
opening the journal, the rest while it saves back to back, so many land inside a
commit), then opens the journal again through `open_services`, as the next start
would, and checks that every save ever confirmed is there with exactly its text, the
ten-years entries untouched, and `PRAGMA integrity_check` says ok; every 20 kills and
after the last, the app's own full check (every page, every entry's checksum) too.

The writers are forked by bench/kill_server.py, which has imported the app once: a
fresh interpreter would spend ~1 s on imports per kill. Each forked writer opens the
journal itself, as a started process does.

    python -m bench.kills [--kills N]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
KILLS = 200
SEED = 20261213
FULL_CHECK_EVERY = 20
WHILE_OPENING = 0.1  # share of kills that land before the writer is ready
WRITING_S = 0.4  # the other kills land up to this long after the writer is ready
TIMEOUT_S = 30
READY = '{"ready": true}'


@dataclass
class KillResults:
    journal: str  # what was killed into
    kills: int = 0
    confirmed: int = 0  # "saved" lines: commits the writers reported
    entries_checked: int = 0  # entries whose text was checked after the last kill
    lost: list[str] = field(default_factory=list)  # target: none
    integrity_failures: list[str] = field(default_factory=list)  # PRAGMA integrity_check, after every kill
    full_checks: int = 0
    full_check_failures: list[str] = field(default_factory=list)  # the app's full check
    while_opening: int = 0  # killed before it said ready
    mid_save: int = 0  # killed between a save's intent and its confirmation
    in_flight_found: int = 0  # … of which the save turned out committed (the old text or the new, never other)
    writer_failures: list[str] = field(default_factory=list)  # a writer that died before the kill
    ready_ms: list[float] = field(default_factory=list)  # asking for a writer to its "ready" (journal open)
    verify_ms: list[float] = field(default_factory=list)  # reopen, read every entry, integrity_check
    wall_s: float = 0.0


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class _Output:
    """The kill server's stdout, read as it comes, so a full pipe never stalls a writer."""

    def __init__(self, stream) -> None:  # noqa: ANN001
        self._fd = stream.fileno()
        self._partial = b""
        self.lines: list[str] = []

    def read_until(self, until: float, want: Callable[[str], bool] | None = None) -> str | None:
        """Read until `until` (monotonic); with `want`, return as soon as a line it accepts is in."""
        while True:
            if want is not None and (hit := next((line for line in self.lines if want(line)), None)):
                return hit
            left = until - time.monotonic()
            if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                return None
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise RuntimeError("the kill server ended")
            *complete, self._partial = (self._partial + chunk).split(b"\n")
            self.lines += [line.decode("utf-8", "replace") for line in complete]


def _one_round(server: subprocess.Popen, out: _Output, n: int, rng: random.Random,
               results: KillResults) -> list[str] | None:
    """Fork a writer, kill it; its lines, or None when it died before the kill."""
    out.lines.clear()
    started = time.monotonic()
    server.stdin.write(f"{n}\n".encode())
    server.stdin.flush()
    pid = int(out.read_until(started + TIMEOUT_S, lambda line: line.startswith("pid ")).split()[1])
    if rng.random() < WHILE_OPENING:
        ready = sorted(results.ready_ms)  # somewhere before the usual time to ready
        out.read_until(started + rng.uniform(0, ready[len(ready) // 2] / 1000 if ready else 0.05))
    elif out.read_until(started + TIMEOUT_S, lambda line: line == READY):
        results.ready_ms.append((time.monotonic() - started) * 1000)
        out.read_until(time.monotonic() + rng.uniform(0, WRITING_S))
    def ended(line: str) -> bool:
        return line.startswith(f"end {pid} ")

    if not any(map(ended, out.lines)):  # once reaped, its pid could be someone else's
        os.kill(pid, signal.SIGKILL)
    end = out.read_until(time.monotonic() + TIMEOUT_S, ended)
    status = int(end.split()[2])
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        results.writer_failures.append(f"kill {n}: the writer ended on its own (wait status {status})")
        return None
    if READY not in out.lines:
        results.while_opening += 1
    return out.lines


def _apply(lines: list[str], committed: dict[int, str], results: KillResults) -> tuple[int | None, str] | None:
    """Note the confirmed saves; return the save in flight at the kill, if any (its entry
    id, None for a new entry, and the sha of its text)."""
    in_flight = None
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # the server's own lines
        if "intent" in record:
            in_flight = (record.get("id"), record["sha"])
        elif "saved" in record:
            committed[record["saved"]] = record["sha"]
            results.confirmed += 1
            in_flight = None
    return in_flight


def _open_and_read(data_dir: Path, n: int, full: bool, results: KillResults) -> dict[int, str]:
    """Every entry's text, as the next start finds it; the checks noted in `results`."""
    from journal_app.services.app_services import open_services

    started = time.perf_counter()
    services = open_services(data_dir)
    try:
        with services.db.engine.connect() as connection:
            bodies = dict(connection.exec_driver_sql("SELECT id, body FROM entries").fetchall())
            integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
        results.verify_ms.append((time.perf_counter() - started) * 1000)
        if integrity != "ok":
            results.integrity_failures.append(f"kill {n}: {integrity}")
        if full:
            results.full_checks += 1
            damage = services.backups.check()
            if damage is not None:
                results.full_check_failures.append(f"kill {n}: {damage}")
    finally:
        services.close()
    return bodies


def _verify(bodies: dict[int, str], n: int, committed: dict[int, str], in_flight,  # noqa: ANN001
            results: KillResults) -> None:
    """Every confirmed save against the journal as reopened; the save in flight at the
    kill may be there or not (committed before it could be reported)."""
    if in_flight is not None:
        results.mid_save += 1
        entry_id, sha = in_flight
        candidates = [entry_id] if entry_id is not None else bodies.keys() - committed.keys()
        if any(i in bodies and _sha(bodies[i]) == sha for i in candidates):
            results.in_flight_found += 1  # committed just before the kill, not yet reported
            if entry_id is not None:
                committed[entry_id] = sha
    for entry_id, sha in committed.items():
        body = bodies.get(entry_id)
        if body is None or _sha(body) != sha:
            results.lost.append(f"kill {n}: entry {entry_id} " + ("is gone" if body is None else "has other text"))
            if body is not None:
                committed[entry_id] = _sha(body)  # each loss reported once
    results.entries_checked = len(committed)


def copy_journal(source: Path, target: Path) -> None:
    """SQLite's online backup: a whole copy even while a window has the journal open."""
    import sqlcipher3.dbapi2 as driver

    target.mkdir(parents=True)
    src, dst = driver.connect(str(source)), driver.connect(str(target / source.name))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def measure(kills: int = KILLS, progress: Callable[[str], None] = print) -> KillResults:
    from .generate import bench_journal_dir

    rng = random.Random(SEED)
    started = time.perf_counter()
    results = KillResults(journal="a fresh copy of bench/data/ten-years in a temporary folder")
    with tempfile.TemporaryDirectory(prefix="bench-kills-") as tmp:
        data_dir = Path(tmp) / "journal"
        copy_journal(bench_journal_dir("ten-years") / "journal.sqlite3", data_dir)
        # entry id -> sha of its last confirmed text; the writers never edit the
        # ten-years entries, so these must stay exactly as they are.
        committed = {i: _sha(b) for i, b in _open_and_read(data_dir, 0, False, results).items()}
        results.verify_ms.clear()
        server = subprocess.Popen([sys.executable, "-m", "bench.kill_server", str(data_dir)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=REPO,
                                  env={**os.environ, "PYTHONPATH": str(REPO)})
        try:
            out = _Output(server.stdout)
            for n in range(1, kills + 1):
                lines = _one_round(server, out, n, rng, results)
                if lines is None:
                    continue
                results.kills += 1
                in_flight = _apply(lines, committed, results)
                full = n % FULL_CHECK_EVERY == 0 or n == kills
                _verify(_open_and_read(data_dir, n, full, results), n, committed, in_flight, results)
                if n % 25 == 0:
                    progress(f"kills: {n}/{kills}, {results.confirmed:,} confirmed saves, "
                             f"{len(results.lost)} lost, {len(results.integrity_failures)} integrity failures")
        finally:
            server.stdin.close()
            server.wait(timeout=TIMEOUT_S)
    results.wall_s = time.perf_counter() - started
    return results


def describe(r: KillResults) -> str:
    return (f"{r.kills} kills into {r.journal} in {r.wall_s:.0f} s: {r.confirmed:,} confirmed saves, "
            f"{r.entries_checked:,} entries checked after the last kill; {len(r.lost)} saves lost, "
            f"{len(r.integrity_failures)} integrity failures, {len(r.full_check_failures)} of "
            f"{r.full_checks} full checks failed; {r.while_opening} kills while opening, {r.mid_save} "
            f"mid-save ({r.in_flight_found} of those saves had committed)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.kills", description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=KILLS, metavar="N", help=f"default {KILLS}")
    r = measure(parser.parse_args(argv).kills)
    print(describe(r))
    for problem in r.lost + r.integrity_failures + r.full_check_failures + r.writer_failures:
        print("  " + problem)
    return 1 if r.lost or r.integrity_failures or r.full_check_failures or r.kills == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
