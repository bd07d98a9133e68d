"""Finding entries: full-text search with FTS5, filters, and pages of any result.

A person's query never reaches FTS5 as syntax: it is split into words and quoted
phrases, every piece is quoted (inner quotes doubled) and the expression is built
here, so no string can raise (`"`, `*`, `NEAR(`, a leading `-`, `AND` alone...).
CJK characters and emoji in a query become a phrase over the `search_extra` column
(see domain/search_terms.py), so one Chinese character or one emoji is found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from ..domain.entry import MATCH_END, MATCH_START, EntryFilter, EntrySummary, SearchResults, summary_heading
from ..domain.search_terms import QueryPiece, split_special
from .database import Database
from .models import parse_instant

# Pieces with no letter or digit (a lone "*" or "-") would be empty phrases to FTS5.
_SEARCHABLE = re.compile(r"[^\W_]")
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')
RELEVANCE_MAX = 1000  # rank by relevance only when this few match (bm25 over many is slow)
SNIPPET_CHARS = 140
PREFIX_MIN = 4  # letters before the last word being typed also matches as a prefix


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


def _long_enough_for_prefix(word: str) -> bool:
    """Whether a word being typed is long enough to match as a prefix. A short Latin
    prefix ("th") begins most words of a journal; a Hangul syllable, a Tamil or an
    Arabic letter narrows far more, so only plain ASCII words wait for a fourth letter."""
    if not word.isascii():
        return True
    return sum(1 for c in word if c.isalnum()) >= PREFIX_MIN


def _quoted(text_: str) -> str:
    return '"' + text_.replace('"', '""') + '"'


def match_expression(query: str | list[QueryPiece], *, prefix_last: bool = True) -> str | None:
    """The FTS5 MATCH expression for a person's query, or None if nothing is searchable.

    Every word must appear; "quoted words" must appear as a phrase; the last bare
    word also matches as a prefix (a plain ASCII word from its fourth letter), so
    results come while typing. (A shorter prefix merges the lists of every word that starts so: "th"
    takes over 100 ms at 100,000 entries, and a short word is usually whole.)"""
    pieces = parse_query(query) if isinstance(query, str) else query
    parts = []
    for n, piece in enumerate(pieces):
        if piece.words:
            part = _quoted(piece.words)
            last_bare = (n == len(pieces) - 1 and not piece.phrase and not piece.extra
                         and _long_enough_for_prefix(piece.words.split()[-1]))
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
    if match is None:
        condition = " AND ".join(where)
        with db.read() as session:
            if total is None:
                total = int(session.execute(text(f"SELECT count(*) FROM entries AS e WHERE {condition}"),
                                            params).scalar_one())
            rows = session.execute(text(
                f"SELECT {_COLUMNS}, NULL, NULL FROM entries AS e WHERE {condition} "
                "ORDER BY e.written_at DESC, e.id DESC LIMIT :limit OFFSET :offset"), params).all()
            tags = _tags_of(session, [r[0] for r in rows])
        return _results(flt, total, rows, tags, pieces, by_relevance=False, offset=offset)
    with db.read() as session:
        found = _matching(session, flt, match, pieces, where, params, total, newest_first)
        tags = _tags_of(session, [r[0] for r in found.rows])
    return _results(flt, found.total, found.rows, tags, pieces, by_relevance=found.by_relevance, offset=offset)


_COLUMNS = ("e.id, e.local_date, e.written_at, e.title, substr(e.body, 1, 300), e.word_count, "
            "e.prompt_id, e.mood_before, e.mood_after, e.utc_offset_minutes")


@dataclass
class _Found:
    total: int
    rows: list
    by_relevance: bool


def _matching(session, flt: EntryFilter, match: str, pieces: list[QueryPiece], where: list[str],  # noqa: ANN001
              params: dict, total: int | None, newest_first: bool) -> _Found:
    """A page of searched entries. The index is numbered in time order (migration
    0008), so FTS5 itself walks the matches newest first and the query stops after
    the page: no sort of every match, and a snippet made only for the rows shown."""
    index = "trash_fts" if flt.trashed else "entries_fts"
    params["match"] = match
    # The driving index first (CROSS JOIN keeps SQLite from reordering): each match
    # finds its entry through the unique search-key index.
    source = f"{index} AS f CROSS JOIN entries AS e ON e.search_key = f.rowid"
    condition = " AND ".join([f"f.{index} MATCH :match"] + where)
    if total is None:
        # Only the words asked: FTS5 counts its own list (the index holds only the
        # live entries, or only the Trash). Other filters need each entry's row.
        total = int(session.execute(text(
            f"SELECT count(*) FROM {index} WHERE {index} MATCH :match" if len(where) == 1
            else f"SELECT count(*) FROM {source} WHERE {condition}"), params).scalar_one())
    by_relevance = not newest_first and total <= RELEVANCE_MAX
    words_only = not any(p.extra for p in pieces)
    snippet = f"snippet({index}, -1, '{MATCH_START}', '{MATCH_END}', '…', 16)" if words_only else "NULL"
    body = "NULL" if words_only else "substr(e.body, 1, 20000)"
    if by_relevance:
        # Few matches: rank them all (title hits weigh more), then snippets for the page only.
        order = f"bm25({index}, 4.0, 1.0, 1.0), f.rowid DESC"
        rows = session.execute(text(f"SELECT {_COLUMNS}, f.rowid, {body} FROM {source} WHERE {condition} "
                                    f"ORDER BY {order} LIMIT :limit OFFSET :offset"), params).all()
        snippets = _snippets(session, index, match, [r[10] for r in rows]) if words_only else {}
        return _Found(total, [(*r[:10], snippets.get(r[10]), r[11]) for r in rows], True)
    first, end = params["offset"], min(params["offset"] + params["limit"], total)
    if first >= total:
        return _Found(total, [], False)
    # A page near the end is nearer from the oldest side: rows [first, end) newest
    # first are rows [total - end, total - first) oldest first.
    reverse = first * 2 > total
    if reverse:
        params["offset"], params["limit"] = total - end, end - first
    direction = "ASC" if reverse else "DESC"
    if len(where) == 1:
        # Only words: FTS5 finds the page's keys in its own list, and only the page's
        # entries are read. Joined before the OFFSET, every row skipped read its entry
        # too (mid-way through 100,000 matches: 32 ms, against 2 ms).
        rows = session.execute(text(
            f"SELECT {_COLUMNS}, f.rowid, {body} FROM (SELECT rowid FROM {index} WHERE {index} MATCH :match "
            f"ORDER BY rowid {direction} LIMIT :limit OFFSET :offset) AS f "
            f"CROSS JOIN entries AS e ON e.search_key = f.rowid ORDER BY f.rowid {direction}"), params).all()
        snippets = _page_snippets(session, index, match, [r[10] for r in rows]) if words_only else {}
        rows = [(*r[:10], snippets.get(r[10]), r[11]) for r in rows]
        return _Found(total, rows[::-1] if reverse else rows, False)
    rows = session.execute(text(
        f"SELECT {_COLUMNS}, {snippet}, {body} FROM {source} WHERE {condition} "
        f"ORDER BY f.rowid {direction} LIMIT :limit OFFSET :offset"), params).all()
    return _Found(total, rows[::-1] if reverse else rows, False)


def _page_snippets(session, index: str, match: str, keys: list[int]) -> dict[int, str]:  # noqa: ANN001
    """Snippets for a page of consecutive matches: every match between its first key
    and its last is on the page, so one range asks FTS5 for exactly them. (A list of
    keys is looked up one by one, and a prefix query merges its words' lists again
    for each: 80 ms for a page of "family*", against 4 ms.)"""
    if not keys:
        return {}
    return dict(session.execute(text(
        f"SELECT rowid, snippet({index}, -1, '{MATCH_START}', '{MATCH_END}', '…', 16) FROM {index} "
        f"WHERE {index} MATCH :match AND rowid BETWEEN :low AND :high"),
        {"match": match, "low": min(keys), "high": max(keys)}).all())


def _snippets(session, index: str, match: str, keys: list[int]) -> dict[int, str]:  # noqa: ANN001
    if not keys:
        return {}
    names = {f"k{n}": key for n, key in enumerate(keys)}
    rows = session.execute(text(
        f"SELECT rowid, snippet({index}, -1, '{MATCH_START}', '{MATCH_END}', '…', 16) FROM {index} "
        f"WHERE {index} MATCH :match AND rowid IN ({', '.join(':' + k for k in names)})"),
        {"match": match, **names}).all()
    return dict(rows)


def _results(flt: EntryFilter, total: int, rows, tags: dict, pieces: list[QueryPiece], *,  # noqa: ANN001
             by_relevance: bool, offset: int) -> SearchResults:
    entries = tuple(
        EntrySummary(
            id=r[0], local_date=date.fromisoformat(r[1]), written_at=parse_instant(r[2]),
            heading=summary_heading(r[3], r[4]), word_count=r[5], prompt_id=r[6], mood_before=r[7],
            mood_after=r[8], utc_offset_minutes=r[9],
            snippet=r[10] if r[10] is not None else (_snippet(r[11], pieces) if r[11] else None),
            tags=tags.get(r[0], ()),
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
