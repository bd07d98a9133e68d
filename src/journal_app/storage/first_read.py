"""What Today shows first, read with the driver alone.

SQLAlchemy takes ~0.4 s to import and the ORM models more; the window shows today's
prompt, the session waiting and the open commitments before any of it is loaded,
from these few plain queries. They return the same domain objects as the ORM stores
(tests/test_first_read.py checks them side by side), and only read: a journal that
is new, encrypted, being converted, or not at this version's revision is not read
here at all (`FirstRead.open` returns None), and opening it the usual way decides
what the person sees.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from ..domain.commitment import OPEN, Commitment
from ..domain.entry import EntrySummary, summary_heading
from ..domain.session import CommitmentDraft, WritingSession
from . import schema
from .engine import connect_plain, is_encrypted_file
from .files import database_path


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _instant(value: str | None) -> datetime | None:
    # Stored as fixed-width UTC text ending in "Z" (models.UTCInstant); 3.11 reads the Z.
    return None if value is None else datetime.fromisoformat(value)


def upgrade_pending(data_dir: Path) -> bool:
    """A plain journal made by an older version of the app: opening it will copy it
    aside and upgrade it (at 100,000 entries an upgrade can take a while), so the
    window says so. False when unsure: opening the usual way finds out."""
    path = database_path(data_dir)
    try:
        if not path.is_file() or path.stat().st_size == 0 or is_encrypted_file(path):
            return False
        conn = connect_plain(path)
    except Exception:  # noqa: BLE001 - whatever it is, the usual way says it properly
        return False
    try:
        revision = schema.read_revision(conn)
    except Exception:  # noqa: BLE001 - not a journal: the usual way says so
        return False
    finally:
        conn.close()
    return revision is not None and revision != schema.HEAD and revision in schema.KNOWN_REVISIONS


class FirstRead:
    """A plain, read-only look at a journal that is ready to open as it is."""

    def __init__(self, conn) -> None:  # noqa: ANN001
        self._conn = conn

    @classmethod
    def open(cls, data_dir: Path) -> FirstRead | None:
        """The look, or None when the journal must be opened the usual way first."""
        from .conversion import needs_tidying

        path = database_path(data_dir)
        try:
            if not path.is_file() or path.stat().st_size == 0 or is_encrypted_file(path) \
                    or needs_tidying(data_dir):
                return None
            conn = connect_plain(path)
        except Exception:  # noqa: BLE001 - whatever it is, the usual way says it properly
            return None
        try:
            if schema.read_revision(conn) == schema.HEAD:
                return cls(conn)
        except Exception:  # noqa: BLE001, S110 - not a journal: the usual way says so
            pass
        conn.close()
        return None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> FirstRead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _rows(self, sql: str, *args: object) -> list[tuple]:
        return self._conn.execute(sql, args).fetchall()

    # -- as storage/prompt_state.py, settings_store.py, own_prompts.py ----------------
    def daily(self, day: date) -> tuple[str, str] | None:
        rows = self._rows("SELECT prompt_id, prompt_text FROM daily_prompts WHERE local_date = ?", day.isoformat())
        return (rows[0][0], rows[0][1]) if rows else None

    def favourites(self) -> set[str]:
        return {row[0] for row in self._rows("SELECT prompt_id FROM favourite_prompts")}

    def last_answered_on(self, prompt_id: str) -> date | None:
        rows = self._rows("SELECT max(local_date) FROM entries WHERE prompt_id = ? AND deleted_at IS NULL",
                          prompt_id)
        return _day(rows[0][0]) if rows else None

    def answered_since(self, day: date) -> dict[str, date]:
        rows = self._rows("SELECT prompt_id, max(local_date) FROM entries WHERE local_date >= ? "
                          "AND prompt_id IS NOT NULL AND deleted_at IS NULL GROUP BY prompt_id", day.isoformat())
        return {prompt_id: _day(day) for prompt_id, day in rows}

    def last_shown(self) -> dict[str, date]:
        rows = self._rows("SELECT prompt_id, max(local_date) FROM daily_prompts GROUP BY prompt_id")
        return {prompt_id: _day(day) for prompt_id, day in rows}

    def settings(self) -> dict[str, object]:
        values = {}
        for key, raw in self._rows("SELECT key, value FROM settings"):
            try:
                values[key] = json.loads(raw)
            except ValueError:
                continue  # a damaged value falls back to the default, as SettingsStore does
        return values

    def has_own_prompts(self) -> bool:
        """The person wrote prompts or imported packs: the built-in catalog is not all."""
        return bool(self._rows("SELECT 1 FROM own_prompts UNION ALL SELECT 1 FROM prompt_packs LIMIT 1"))

    # -- as storage/entries.py (newest_page) ------------------------------------------------
    def newest_entries(self, limit: int) -> list[EntrySummary]:
        """The newest live entries, as the journal list's first rows (the list's own
        index, ix_entries_live_written, walked from its end)."""
        rows = self._rows(
            "SELECT id, local_date, written_at, title, substr(body, 1, 300), word_count, prompt_id, mood_before "
            "FROM entries WHERE deleted_at IS NULL ORDER BY written_at DESC, id DESC LIMIT ?", limit)
        return [EntrySummary(id=r[0], local_date=_day(r[1]), written_at=_instant(r[2]),
                             heading=summary_heading(r[3], r[4]), word_count=r[5], prompt_id=r[6],
                             mood_before=r[7]) for r in rows]

    # -- as storage/writing_sessions.py and commitments.py --------------------------------
    def current_session(self) -> WritingSession | None:
        rows = self._rows(
            "SELECT id, prompt_id, step, started_at, updated_at, entry_id, mood_before, feelings, body_note, "
            "follow_ups_shown, mood_after, commitment_id, commitment_draft, outcome, ended_at "
            "FROM writing_sessions WHERE outcome IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1")
        if not rows:
            return None
        (id_, prompt_id, step, started_at, updated_at, entry_id, mood_before, feelings, body_note,
         follow_ups_shown, mood_after, commitment_id, draft, outcome, ended_at) = rows[0]
        raw_draft = json.loads(draft or "{}")
        return WritingSession(
            id=id_, prompt_id=prompt_id, step=step, started_at=_instant(started_at),
            updated_at=_instant(updated_at), entry_id=entry_id, mood_before=mood_before,
            feelings=tuple(json.loads(feelings or "[]")), body_note=body_note,
            follow_ups_shown=follow_ups_shown, mood_after=mood_after, commitment_id=commitment_id,
            draft=CommitmentDraft(raw_draft.get("text", ""), raw_draft.get("action_id"),
                                  _day(raw_draft.get("due_on"))),
            outcome=outcome, ended_at=_instant(ended_at))

    def open_commitments(self) -> list[Commitment]:
        rows = self._rows(
            "SELECT id, text, made_at, made_on, state, action_id, due_on, state_changed_on, prompt_id, entry_id "
            "FROM commitments WHERE state = ? ORDER BY made_at DESC, id DESC", OPEN)
        return [Commitment(id=id_, text=text, made_at=_instant(made_at), made_on=_day(made_on), state=state,
                           action_id=action_id, due_on=_day(due_on), state_changed_on=_day(changed_on),
                           prompt_id=prompt_id, entry_id=entry_id)
                for id_, text, made_at, made_on, state, action_id, due_on, changed_on, prompt_id, entry_id in rows]
