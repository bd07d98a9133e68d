"""Tags on entries. Names are unique without regard to case ("Family" is "family")."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .models import EntryTagRow, TagRow


def tag_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """The id of each tag name (case-folded key), creating the tags that are new."""
    wanted = {name.strip() for name in names if name.strip()}
    if not wanted:
        return {}
    session.execute(insert(TagRow).prefix_with("OR IGNORE"), [{"name": n} for n in sorted(wanted)])
    # The column's NOCASE collation makes IN match "Family" to an existing "family".
    rows = session.execute(select(TagRow.name, TagRow.id).where(TagRow.name.in_(wanted))).all()
    return {name.casefold(): tag_id for name, tag_id in rows}


def tag_entries(session: Session, pairs: Iterable[tuple[int, tuple[str, ...]]]) -> None:
    """Attach tags to entries, inside the caller's transaction."""
    pairs = [(entry_id, tags) for entry_id, tags in pairs if tags]
    if not pairs:
        return
    ids = tag_ids(session, (t for _, tags in pairs for t in tags))
    links = {(entry_id, ids[t.strip().casefold()]) for entry_id, tags in pairs for t in tags if t.strip()}
    session.execute(insert(EntryTagRow).prefix_with("OR IGNORE"),
                    [{"entry_id": e, "tag_id": t} for e, t in sorted(links)])
