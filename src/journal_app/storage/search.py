"""Finding entries: full-text search with FTS5, filters, and pages of any result.

A person's query never reaches FTS5 as syntax: it is split into words and quoted
phrases, every piece is quoted (inner quotes doubled) and the expression is built
here, so no string can raise (`"`, `*`, `NEAR(`, a leading `-`, `AND` alone...).
CJK characters and emoji in a query become a phrase over the `search_extra` column
(see domain/search_terms.py), so one Chinese character or one emoji is found.
"""
from __future__ import annotations

import re
from datetime import date

from sqlalchemy import text

from ..domain.entry import MATCH_END, MATCH_START, EntryFilter, EntrySummary, SearchResults
from ..domain.search_terms import QueryPiece, split_special
from .database import Database
from .entries import summary_heading
from .models import parse_instant

# Pieces with no letter or digit (a lone "*" or "-") would be empty phrases to FTS5.
_SEARCHABLE = re.compile(r"[^\W_]")
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')
RELEVANCE_MAX = 1000  # rank by relevance only when this few match (bm25 over many is slow)
SNIPPET_CHARS = 140


def parse_query(query: str) -> list[QueryPiece]:
    pieces = []
    for match in _PIECE.finditer(query):
        phrase, word = match.group(1), match.group(2)
        shown = phrase if phrase is not None else word
        if not shown:
            continue
        words, extra = split_special(shown)
        words = " ".join(words.split())
        if not _SEARCHABLE.search(words):
            words = ""
        if words or extra:
            pieces.append(QueryPiece(words, " ".join(extra), phrase is not None, shown))
    return pieces


def _quoted(text_: str) -> str:
    return '"' + text_.replace('"', '""') + '"'


def match_expression(query: str | list[QueryPiece], *, prefix_last: bool = True) -> str | None:
    """The FTS5 MATCH expression for a person's query, or None if nothing is searchable.

    Every word must appear; "quoted words" must appear as a phrase; the last bare
    word also matches as a prefix, so results come while typing."""
    pieces = parse_query(query) if isinstance(query, str) else query
    parts = []
    for n, piece in enumerate(pieces):
        if piece.words:
            part = _quoted(piece.words)
            last_bare = n == len(pieces) - 1 and not piece.phrase and not piece.extra
            parts.append(part + "*" if prefix_last and last_bare else part)
        if piece.extra:
            parts.append(f"search_extra : {_quoted(piece.extra)}")
    return " AND ".join(parts) if parts else None


def _where(flt: EntryFilter, params: dict) -> list[str]:
    where = ["e.deleted_at IS NOT NULL" if flt.trashed else "e.deleted_at IS NULL"]
    if flt.tags:
        names = {f"tag{n}": name for n, name in enumerate(dict.fromkeys(flt.tags))}
        params.update(names)
        params["tag_count"] = len(names)
        where.append(
            "e.id IN (SELECT et.entry_id FROM entry_tags AS et JOIN tags AS t ON t.id = et.tag_id "
            f"WHERE t.name IN ({', '.join(':' + k for k in names)}) "
            "GROUP BY et.entry_id HAVING count(DISTINCT t.id) = :tag_count)")
    if flt.prompt_ids is not None:
        if not flt.prompt_ids:
            where.append("0")  # a theme with no prompts answers nothing
        else:
            keys = {f"prompt{n}": pid for n, pid in enumerate(flt.prompt_ids)}
            params.update(keys)
            where.append(f"e.prompt_id IN ({', '.join(':' + k for k in keys)})")
    if flt.moods:
        keys = {f"mood{n}": m for n, m in enumerate(flt.moods)}
        params.update(keys)
        where.append(f"e.mood_before IN ({', '.join(':' + k for k in keys)})")
    if flt.date_from:
        params["date_from"] = flt.date_from.isoformat()
        where.append("e.local_date >= :date_from")
    if flt.date_to:
        params["date_to"] = flt.date_to.isoformat()
        where.append("e.local_date <= :date_to")
    return where


def find_entries(db: Database, flt: EntryFilter, *, offset: int = 0, limit: int = 200,
                 newest_first: bool = False, total: int | None = None) -> SearchResults:
    """One page of the entries that match `flt`, with the count of all of them.

    Newest first, unless words were searched and few entries match: then the best
    matches come first (unless `newest_first`). Searched entries carry a snippet with
    the matched words marked. Pass the `total` already known (for a later page of
    the same list) to skip counting again, and the ordering it implies."""
    pieces = parse_query(flt.text)
    match = match_expression(pieces)
    if flt.text.strip() and match is None:
        return SearchResults(query=flt.text, total=0, entries=())
    params: dict = {"limit": limit, "offset": offset}
    where = _where(flt, params)
    source = "entries AS e"
    if match is not None:
        source = "entries_fts JOIN entries AS e ON e.id = entries_fts.rowid"
        where.insert(0, "entries_fts MATCH :match")
        params["match"] = match
    condition = " AND ".join(where)
    with db.read() as session:
        if total is None:
            total = int(session.execute(text(f"SELECT count(*) FROM {source} WHERE {condition}"), params).scalar_one())
        by_relevance = match is not None and not newest_first and total <= RELEVANCE_MAX
        # Title hits weigh more than body hits; the extra column weighs like the body.
        order = ("bm25(entries_fts, 4.0, 1.0, 1.0), e.written_at DESC" if by_relevance
                 else "e.written_at DESC, e.id DESC")
        words_only = match is not None and not any(p.extra for p in pieces)
        snippet = (f"snippet(entries_fts, -1, '{MATCH_START}', '{MATCH_END}', '…', 16)" if words_only
                   else "NULL")
        rows = session.execute(text(
            f"SELECT e.id, e.local_date, e.written_at, e.title, substr(e.body, 1, 300), e.word_count, "
            f"e.prompt_id, e.mood_before, e.mood_after, {snippet}, e.utc_offset_minutes, "
            f"{'substr(e.body, 1, 20000)' if match is not None and not words_only else 'NULL'} "
            f"FROM {source} WHERE {condition} ORDER BY {order} LIMIT :limit OFFSET :offset"), params).all()
        tags = _tags_of(session, [r[0] for r in rows])
    entries = tuple(
        EntrySummary(
            id=r[0], local_date=date.fromisoformat(r[1]), written_at=parse_instant(r[2]),
            heading=summary_heading(r[3], r[4]), word_count=r[5], prompt_id=r[6], mood_before=r[7],
            mood_after=r[8], snippet=r[9] if r[9] is not None else (_snippet(r[11], pieces) if r[11] else None),
            tags=tags.get(r[0], ()), utc_offset_minutes=r[10],
        )
        for r in rows
    )
    return SearchResults(query=flt.text, total=total, entries=entries, by_relevance=by_relevance, offset=offset)


def count_newer(db: Database, flt: EntryFilter, day: date) -> int:
    """How many entries of the newest-first list come before the first one written on
    or before `day`: the row to scroll to for "go to this date"."""
    params: dict = {"day": day.isoformat()}
    where = _where(flt, params) + ["e.local_date > :day"]
    with db.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM entries AS e WHERE {' AND '.join(where)}"),
                                   params).scalar_one())


def days_with_entries(db: Database, first: date, last: date) -> set[date]:
    """The local dates between `first` and `last` with at least one live entry."""
    with db.read() as session:
        rows = session.execute(text(
            "SELECT DISTINCT local_date FROM entries WHERE deleted_at IS NULL "
            "AND local_date BETWEEN :first AND :last"), {"first": first.isoformat(), "last": last.isoformat()}).all()
    return {date.fromisoformat(r[0]) for r in rows}


def _tags_of(session, entry_ids: list[int]) -> dict[int, tuple[str, ...]]:  # noqa: ANN001
    if not entry_ids:
        return {}
    keys = {f"id{n}": entry_id for n, entry_id in enumerate(entry_ids)}
    rows = session.execute(text(
        "SELECT et.entry_id, t.name FROM entry_tags AS et JOIN tags AS t ON t.id = et.tag_id "
        f"WHERE et.entry_id IN ({', '.join(':' + k for k in keys)}) ORDER BY t.name COLLATE NOCASE"), keys).all()
    found: dict[int, list[str]] = {}
    for entry_id, name in rows:
        found.setdefault(entry_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def _snippet(body: str, pieces: list[QueryPiece]) -> str:
    """A snippet made here, for queries the word index cannot mark (CJK, emoji): the
    first place a searched piece appears, every searched piece in it marked."""
    needles = sorted({p.shown for p in pieces} | {w for p in pieces for w in p.words.split()}, key=len,
                     reverse=True)
    folded = body.casefold()
    first = min((i for i in (folded.find(n.casefold()) for n in needles) if i >= 0), default=0)
    start = max(0, first - SNIPPET_CHARS // 3)
    window = body[start:start + SNIPPET_CHARS]
    marked = re.sub("|".join(re.escape(n) for n in needles), lambda m: f"{MATCH_START}{m.group()}{MATCH_END}",
                    window, flags=re.IGNORECASE)
    return ("…" if start else "") + " ".join(marked.split()) + ("…" if start + SNIPPET_CHARS < len(body) else "")


def search_entries(db: Database, query: str, limit: int = 200) -> SearchResults:
    """Live entries matching `query`, newest first, with highlighted snippets."""
    return find_entries(db, EntryFilter(text=query), limit=limit, newest_first=True)
