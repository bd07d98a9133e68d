"""Deterministic, realistic journals for benchmarks and for looking at a full app.

    python -m bench.generate SIZE [--data-dir PATH] [--regenerate]

SIZE is "empty" (no entries), "ten-years" (one entry a day for ten years ending
2026-11-22) or "100k" (100,000 entries over the same ten years, several a day).
Entries average ~250 words of reflective English assembled from `bench.phrases`;
about one in eight mixes in Chinese, Japanese, Korean, Tamil, Malayalam or Arabic
sentences and emoji. Everything is written through the storage layer's bulk
import, as the app itself would store it. The same size always gives the same
journal (fixed seed), so runs on different days compare.

Tags are not generated: the schema has them but storage has no API for them yet.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import string
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlcipher3

from journal_app.domain.moment import WrittenMoment
from journal_app.domain.words import count_words
from journal_app.storage.database import open_database
from journal_app.storage.entries import EntryStore, NewEntry
from journal_app.storage.files import database_path

from . import phrases

# Bump when the output changes, so journals made by an older generator are remade.
GENERATOR_VERSION = 3  # 2: entries carry tags; 3: imported in batches of 20,000
SEED = 20261122
SIZES = {"empty": 0, "ten-years": 3650, "100k": 100_000}
END_DAY = date(2026, 11, 22)
DAYS = 3650
HOME_ZONE = "Europe/London"

BENCH_DIR = Path(__file__).resolve().parent
DATA_ROOT = BENCH_DIR / "data"
PROMPTS_FILE = BENCH_DIR.parent / "resources" / "prompts" / "starter.toml"

# A piece of text and its word count. count_words() splits on whitespace first,
# so the count of pieces joined by whitespace is the sum of their counts: counting
# each bank sentence once instead of every body (~200 µs each) saves ~20 s at 100k.
Piece = tuple[str, int]


@dataclass
class Generated:
    """What one generation did and how long each part took (seconds)."""

    size: str
    entries: int
    seed: int
    generator_version: int
    schema_revision: str
    build_seconds: float  # composing the entries in memory
    open_seconds: float  # creating the database and migrating it to the head revision
    import_seconds: float  # EntryStore.import_many alone
    floor_seconds: float  # the floor: the same rows into a bare table (no index, no search), same batches
    total_seconds: float
    db_bytes: int
    generated_at: str


# -- the phrase bank, filled in ---------------------------------------------------
_SLOTS = {
    "person": phrases.PEOPLE, "place": phrases.PLACES, "time": phrases.TIMES,
    "feeling": phrases.FEELINGS, "topic": phrases.TOPICS, "noticing": phrases.NOTICINGS,
    "talk": phrases.TALKS, "action": phrases.ACTIONS, "grateful": phrases.GRATEFUL,
    "work": phrases.WORK, "weekday": phrases.WEEKDAYS, "emph": phrases.EMPHASIS,
}


def _fill(template: str, rng: random.Random) -> str:
    """One sentence from a template; "{x2}" draws again from x's list, "{X}" is capitalised."""
    values = {}
    for _, field, _, _ in string.Formatter().parse(template):
        if not field or field in values:
            continue
        key = field.lower().rstrip("2")
        if key == "n":
            value = str(rng.randint(3, 95))
        elif key == "hours":
            value = rng.choice(["four", "five", "six", "seven", "eight", "nine", "ten"])
        else:
            value = rng.choice(_SLOTS[key])
            while value in values.values():  # "{grateful}, {grateful2}" name two things
                value = rng.choice(_SLOTS[key])
        if field[0].isupper():
            value = value[0].upper() + value[1:]
        if rng.random() < (0.3 if key == "emph" else 0.03):  # some Markdown *emphasis*
            value = f"*{value}*"
        values[field] = value
    return template.format(**values)


def _piece(text: str) -> Piece:
    return text, count_words(text)


class _Bank:
    """Thousands of distinct filled sentences, list items and headings, each counted once."""

    def __init__(self, rng: random.Random, size: int = 8000) -> None:
        self.sentences = [_piece(_fill(rng.choice(phrases.TEMPLATES), rng)) for _ in range(size)]
        self.list_items = [_piece("- " + _fill(rng.choice(phrases.LIST_ITEMS), rng)) for _ in range(600)]
        self.headings = [_piece(f"{rng.choice(['##', '###'])} {h}") for h in phrases.HEADINGS]
        self.quotes = [_piece(f"> {q}") for q in phrases.QUOTES]
        self.foreign = [_piece(s) for _, s, _ in phrases.FOREIGN]
        self.emoji = [_piece(e) for e in phrases.EMOJI]


_TAG_WEIGHTS = [12 - min(i, 10) for i in range(len(phrases.TAGS))]


# -- one entry ------------------------------------------------------------------------
def _paragraph(rng: random.Random, bank: _Bank, budget: int) -> list[Piece]:
    pieces: list[Piece] = []
    words = 0
    while words < budget or not pieces:
        piece = rng.choice(bank.sentences)
        pieces.append(piece)
        words += piece[1]
    return pieces


def _body(rng: random.Random, bank: _Bank, mixed: bool) -> Piece:
    # Paragraphs overshoot their budget by half a sentence: aim a little low for ~250.
    target = max(60, int(rng.gauss(230, 65)))
    count = rng.choices((1, 2, 3, 4, 5, 6), weights=(10, 20, 30, 25, 10, 5))[0]
    paragraphs = [_paragraph(rng, bank, target // count) for _ in range(count)]

    if mixed:  # a few sentences in another script, placed among the English ones
        for _ in range(rng.randint(1, 3)):
            para = rng.choice(paragraphs)
            para.insert(rng.randint(0, len(para)), rng.choice(bank.foreign))
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 3)):
                para = rng.choice(paragraphs)
                para.insert(rng.randint(1, len(para)), rng.choice(bank.emoji))

    # Each block is joined by newlines (list lines) or spaces (prose).
    blocks: list[tuple[str, list[Piece]]] = [(" ", p) for p in paragraphs]
    if rng.random() < 0.12:
        items = [rng.choice(bank.list_items) for _ in range(rng.randint(2, 5))]
        blocks.insert(rng.randint(0, len(blocks)), ("\n", items))
    if rng.random() < 0.05:
        blocks.insert(rng.randint(0, len(blocks)), (" ", [rng.choice(bank.quotes)]))
    if rng.random() < 0.15:
        for index in sorted(rng.sample(range(len(blocks)), k=min(len(blocks), 2)), reverse=True):
            blocks.insert(index, (" ", [rng.choice(bank.headings)]))

    text = "\n\n".join(sep.join(t for t, _ in pieces) for sep, pieces in blocks)
    return text, sum(n for _, pieces in blocks for _, n in pieces)


def _entry(rng: random.Random, bank: _Bank, moment: WrittenMoment, prompt_ids: list[str]) -> NewEntry:
    mixed = rng.random() < 0.125
    body, words = _body(rng, bank, mixed)
    title = None
    if rng.random() < 0.15:
        title = rng.choice(phrases.FOREIGN_TITLES if mixed and rng.random() < 0.4 else phrases.TITLES)
    mood_before = mood_after = None
    if rng.random() < 0.5:
        mood_before = rng.choices((1, 2, 3, 4, 5), weights=(1, 2, 4, 4, 2))[0]
        if rng.random() < 0.6:
            mood_after = min(5, max(1, mood_before + rng.choice((-1, 0, 0, 1, 1))))
    return NewEntry(
        moment=moment,
        body=body,
        word_count=words,
        title=title,
        prompt_id=rng.choice(prompt_ids) if rng.random() < 1 / 3 else None,
        mood_before=mood_before,
        mood_after=mood_after,
        # About 40% tagged, one to three tags, the common ones more often.
        tags=tuple(sorted(set(rng.choices(phrases.TAGS, weights=_TAG_WEIGHTS, k=rng.randint(1, 3)))))
        if rng.random() < 0.4 else (),
    )


# -- when entries were written ----------------------------------------------------------
def _zones_by_day(rng: random.Random) -> list[str]:
    """Home in London, with trips and a long stay elsewhere: on these days the local
    date often differs from the UTC date (a Seoul morning is the previous UTC day)."""
    zones = [HOME_ZONE] * DAYS
    away = ["Asia/Seoul", "America/Los_Angeles", "Asia/Kolkata", "Asia/Tokyo",
            "America/New_York", "Africa/Lagos", "Asia/Kolkata", "America/Los_Angeles"]
    stays = [(zone, rng.randint(5, 25)) for zone in away] + [("Asia/Seoul", 120)]
    for zone, length in stays:
        start = rng.randrange(0, DAYS - length)
        zones[start:start + length] = [zone] * length
    return zones


def _local_minute(rng: random.Random) -> int:
    """Minute of the local day: mostly evenings, some mornings, a few after midnight.
    Never 01:00–05:59, so no time falls in a daylight-saving gap or overlap."""
    roll = rng.random()
    if roll < 0.60:
        return rng.randrange(19 * 60, 24 * 60)
    if roll < 0.95:
        return rng.randrange(6 * 60, 19 * 60)
    return rng.randrange(5, 55)


def _moments(rng: random.Random, count: int) -> list[WrittenMoment]:
    first = END_DAY - timedelta(days=DAYS - 1)
    zones = _zones_by_day(rng)
    if count == DAYS:
        per_day = [1] * DAYS
    else:  # some days busier than others, weekends a little more
        weights = [rng.uniform(0.3, 1.7) * (1.2 if (first + timedelta(d)).weekday() >= 5 else 1.0)
                   for d in range(DAYS)]
        per_day = [0] * DAYS
        for day in rng.choices(range(DAYS), weights=weights, k=count):
            per_day[day] += 1
    moments = []
    for index, n in enumerate(per_day):
        day = first + timedelta(days=index)
        zone = ZoneInfo(zones[index])
        for minute in sorted(_local_minute(rng) for _ in range(n)):
            local = datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                             rng.randrange(60), tzinfo=zone)
            moments.append(WrittenMoment.from_local(local, zones[index]))
    return moments


def _prompt_ids() -> list[str]:
    with PROMPTS_FILE.open("rb") as f:
        return [p["id"] for p in tomllib.load(f)["prompts"]]


def build_entries(size: str) -> list[NewEntry]:
    """All entries for a size, in the order they were written."""
    count = SIZES[size]
    if count == 0:
        return []
    rng = random.Random(SEED)
    bank = _Bank(rng)
    prompt_ids = _prompt_ids()
    entries = [_entry(rng, bank, m, prompt_ids) for m in _moments(rng, count)]
    # The summed counts rely on count_words being additive over whitespace: check a sample.
    for entry in entries[::211]:
        if count_words(entry.body) != entry.word_count:
            raise RuntimeError(f"word count mismatch ({entry.word_count}) for: {entry.body[:80]!r}")
    return entries


# -- writing a journal ------------------------------------------------------------------
def schema_revision() -> str:
    from journal_app.storage.schema import HEAD

    return HEAD


def generate_timed(data_dir: Path, size: str) -> Generated:
    """Write a new journal of `size` into `data_dir` and time each step."""
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}; choose one of {', '.join(SIZES)}")
    start = time.perf_counter()
    entries = build_entries(size)
    built = time.perf_counter()
    db = open_database(data_dir)
    opened = time.perf_counter()
    try:
        written = EntryStore(db).import_many(entries)
        imported = time.perf_counter()
    finally:
        db.close()  # the last connection checkpoints the WAL into the file
    done = time.perf_counter()
    floor = table_insert_alone(entries)
    return Generated(
        size=size, entries=written, seed=SEED, generator_version=GENERATOR_VERSION,
        schema_revision=schema_revision(), build_seconds=built - start,
        open_seconds=opened - built, import_seconds=imported - opened, floor_seconds=floor,
        total_seconds=done - start, db_bytes=journal_bytes(data_dir),
        generated_at=datetime.now().astimezone().isoformat(timespec="seconds"),
    )


def table_insert_alone(entries: list[NewEntry]) -> float:
    """Seconds to store the same rows, already prepared, in a bare table of the same
    columns: no index, no search index, no tags, the journal's pragmas and batches.
    What import_many costs beyond this is the journal's own work."""
    from journal_app.storage.bulk_import import BATCH as batch
    from journal_app.storage.bulk_import import _prepare

    rows = [row[1:] for row in _prepare(entries)[0]]  # written_at as text on, as stored
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlcipher3.connect(str(Path(folder) / "floor.sqlite3"), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, written_at, updated_at, local_date, "
                         "tz_name, utc_offset_minutes, title, body, prompt_id, mood_before, mood_after, "
                         "word_count, search_extra, text_checksum)")
            start = time.perf_counter()
            for first in range(0, len(rows), batch):
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO entries VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 rows[first:first + batch])
                conn.execute("COMMIT")
            return time.perf_counter() - start
        finally:
            conn.close()


def generate(data_dir: Path, size: str) -> int:
    """Write a new journal of `size` into `data_dir`; returns the number of entries."""
    return generate_timed(data_dir, size).entries


def journal_bytes(data_dir: Path) -> int:
    """The database with its WAL and shared-memory files, if any are left."""
    db = database_path(data_dir)
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal"),
                                          db.with_name(db.name + "-shm")) if p.exists())


# -- the cached journals in bench/data ----------------------------------------------------
def bench_journal_dir(size: str) -> Path:
    return DATA_ROOT / size


def _recorded(size: str) -> Generated | None:
    """The stamp of bench/data/<size>, if it is complete and current."""
    folder = bench_journal_dir(size)
    try:
        record = Generated(**json.loads((folder / "generated.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    current = (record.size == size and record.entries == SIZES[size] and record.seed == SEED
               and record.generator_version == GENERATOR_VERSION
               and record.schema_revision == schema_revision())
    return record if current and database_path(folder).exists() else None


def ensure_journal(size: str, regenerate: bool = False) -> tuple[Generated, bool]:
    """bench/data/<size>, generated if missing, stale or asked for.

    Returns the generation record and whether it was generated just now. A journal
    is built in a side folder and moved into place only when complete, so an
    interrupted run never leaves a half-written journal that looks current."""
    record = None if regenerate else _recorded(size)
    if record is not None:
        return record, False
    folder = bench_journal_dir(size)
    partial = DATA_ROOT / f".{size}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    record = generate_timed(partial, size)
    (partial / "generated.json").write_text(json.dumps(asdict(record), indent=2) + "\n",
                                            encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return record, True


def describe(record: Generated) -> str:
    rate = (f" = {record.entries / record.import_seconds:,.0f} entries/s"
            if record.entries and record.import_seconds else "")
    return (f"{record.size}: {record.entries:,} entries in {record.total_seconds:.1f} s "
            f"(compose {record.build_seconds:.1f} s, open {record.open_seconds:.2f} s, "
            f"import {record.import_seconds:.1f} s{rate}; table insert alone {record.floor_seconds:.1f} s), "
            f"{record.db_bytes / 1e6:.1f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("size", choices=list(SIZES))
    parser.add_argument("--data-dir", type=Path, metavar="PATH",
                        help="write the journal here (a folder without a journal); "
                             "default: bench/data/SIZE, reused while it is current")
    parser.add_argument("--regenerate", action="store_true",
                        help="remake bench/data/SIZE even if it is current")
    args = parser.parse_args(argv)
    if args.data_dir is None:
        record, fresh = ensure_journal(args.size, args.regenerate)
        where = bench_journal_dir(args.size)
        print(("generated " if fresh else "current, reused (--regenerate to remake) ") + describe(record))
    else:
        where = args.data_dir.expanduser().resolve()
        if database_path(where).exists():  # never add a benchmark journal to someone's diary
            print(f"{where} already holds a journal; choose an empty folder", file=sys.stderr)
            return 2
        record = generate_timed(where, args.size)
        print("generated " + describe(record))
    print(f"look at it with: make run ARGS=\"--data-dir {where}\"")
    return 0


if __name__ == "__main__":
    sys.exit(main())
