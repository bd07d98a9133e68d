"""Full-text search over entries with FTS5.

A person's query never reaches FTS5 as syntax: it is split into words and quoted
phrases, every piece is quoted (inner quotes doubled) and the expression is built
here, so no string can raise (`"`, `*`, `NEAR(`, a leading `-`, `AND` alone...).
"""
from __future__ import annotations

import re
from datetime import date

from sqlalchemy import text

from ..domain.entry import MATCH_END, MATCH_START, EntrySummary, SearchResults
from .database import Database
from .entries import summary_heading
from .models import parse_instant

# Pieces with no letter or digit (a lone "*" or "-") would be empty phrases to FTS5.
_SEARCHABLE = re.compile(r"[^\W_]")
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')


def match_expression(query: str, *, prefix_last: bool = True) -> str | None:
    """The FTS5 MATCH expression for a person's query, or None if nothing is searchable.

    Every word must appear; "quoted words" must appear as a phrase; the last bare
    word also matches as a prefix, so results come while typing."""
    pieces: list[tuple[str, bool]] = []  # (text, is_phrase)
    for match in _PIECE.finditer(query):
        phrase, word = match.group(1), match.group(2)
        piece = phrase if phrase is not None else word
        if piece and _SEARCHABLE.search(piece):
            pieces.append((piece, phrase is not None))
    if not pieces:
        return None
    parts = ['"' + piece.replace('"', '""') + '"' for piece, _ in pieces]
    if prefix_last and not pieces[-1][1]:
        parts[-1] += "*"
    return " ".join(parts)


_SEARCH_SQL = f"""
SELECT e.id, e.local_date, e.written_at, e.title, substr(e.body, 1, 300), e.word_count,
       e.prompt_id, e.mood_before,
       snippet(entries_fts, -1, '{MATCH_START}', '{MATCH_END}', '…', 16)
FROM entries_fts JOIN entries AS e ON e.id = entries_fts.rowid
WHERE entries_fts MATCH :match AND e.deleted_at IS NULL
ORDER BY e.written_at DESC, e.id DESC
LIMIT :limit
"""

_COUNT_SQL = """
SELECT count(*) FROM entries_fts JOIN entries AS e ON e.id = entries_fts.rowid
WHERE entries_fts MATCH :match AND e.deleted_at IS NULL
"""


def search_entries(db: Database, query: str, limit: int = 200) -> SearchResults:
    """Live entries matching `query`, newest first, with highlighted snippets."""
    match = match_expression(query)
    if match is None:
        return SearchResults(query=query, total=0, entries=())
    with db.read() as session:
        total = session.execute(text(_COUNT_SQL), {"match": match}).scalar_one()
        rows = session.execute(text(_SEARCH_SQL), {"match": match, "limit": limit}).all()
    entries = tuple(
        EntrySummary(
            id=r[0], local_date=date.fromisoformat(r[1]), written_at=parse_instant(r[2]),
            heading=summary_heading(r[3], r[4]), word_count=r[5], prompt_id=r[6],
            mood_before=r[7], snippet=r[8],
        )
        for r in rows
    )
    return SearchResults(query=query, total=int(total), entries=entries)
