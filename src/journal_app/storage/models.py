"""ORM models. They never leave storage/: callers receive domain dataclasses."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

_INSTANT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class UTCInstant(TypeDecorator):
    """An aware UTC datetime stored as fixed-width ISO text.

    SQLite's DateTime silently drops the offset; fixed-width UTC text keeps the
    instant exact and sorts in time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("instants must be timezone-aware")
        return format_instant(value)

    def process_result_value(self, value, dialect):  # noqa: ANN001
        if value is None:
            return None
        return parse_instant(value)


def parse_instant(value: str) -> datetime:
    return datetime.strptime(value, _INSTANT_FORMAT).replace(tzinfo=timezone.utc)


def format_instant(value: datetime) -> str:
    """As `_INSTANT_FORMAT` writes it; isoformat is several times faster than strftime."""
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


class Base(DeclarativeBase):
    pass


class EntryRow(Base):
    __tablename__ = "entries"
    __table_args__ = (
        CheckConstraint("mood_before BETWEEN 1 AND 5", name="ck_entries_mood_before"),
        CheckConstraint("mood_after BETWEEN 1 AND 5", name="ck_entries_mood_after"),
        # The journal list: live entries, newest first.
        Index(
            "ix_entries_live_written",
            "written_at",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index("ix_entries_local_date", "local_date"),
        # When each prompt was last answered, and a prompt's answers (migration 0010).
        Index("ix_entries_live_prompt", "prompt_id", "local_date", "deleted_at",
              sqlite_where=text("deleted_at IS NULL")),
        Index("ix_entries_search_key", "search_key", unique=True),
        # Progress: every figure it sums, for live entries in date order (migration 0009).
        Index("ix_entries_live_day", "local_date", "word_count", "prompt_id", "mood_before", "mood_after", "deleted_at",
              sqlite_where=text("deleted_at IS NULL")),
        Index("ix_entries_trashed", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    written_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)
    local_date: Mapped[date] = mapped_column(Date, nullable=False)
    tz_name: Mapped[str] = mapped_column(String, nullable=False)
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    prompt_id: Mapped[str | None] = mapped_column(String)
    mood_before: Mapped[int | None] = mapped_column(Integer)
    mood_after: Mapped[int | None] = mapped_column(Integer)
    word_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCInstant)
    # CJK characters and emoji as separate search tokens (domain/search_terms.py).
    search_extra: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    # sha256 of title and text (domain/checksum.py): the background check's reference.
    text_checksum: Mapped[str] = mapped_column(String, nullable=False, server_default="")
    # The entry's number in the search indexes, in time order (storage/search_key.py).
    search_key: Mapped[int | None] = mapped_column(Integer)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(collation="NOCASE"), nullable=False, unique=True)


class EntryTagRow(Base):
    __tablename__ = "entry_tags"
    __table_args__ = (Index("ix_entry_tags_tag", "tag_id"),)

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class DailyPromptRow(Base):
    __tablename__ = "daily_prompts"
    __table_args__ = (Index("ix_daily_prompts_prompt", "prompt_id"),)

    local_date: Mapped[date] = mapped_column(Date, primary_key=True)
    prompt_id: Mapped[str] = mapped_column(String, nullable=False)
    prompt_text: Mapped[str] = mapped_column(Text, nullable=False)
    chosen_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)


class FavouritePromptRow(Base):
    __tablename__ = "favourite_prompts"

    prompt_id: Mapped[str] = mapped_column(String, primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)


class OwnPromptRow(Base):
    __tablename__ = "own_prompts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    theme: Mapped[str] = mapped_column(String, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    follow_ups: Mapped[str] = mapped_column(Text, nullable=False, server_default="[]")
    intensity: Mapped[str] = mapped_column(String, nullable=False, server_default="gentle")
    content_note: Mapped[str | None] = mapped_column(Text)
    audience: Mapped[str] = mapped_column(String, nullable=False, server_default="everyone")
    created_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)


class LibraryMarkRow(Base):
    __tablename__ = "library_marks"

    item_id: Mapped[str] = mapped_column(String, primary_key=True)
    saved: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=false())
    read: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=false())
    updated_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)


class OwnResourceRow(Base):
    __tablename__ = "own_resources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(String, nullable=False, server_default="article")
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    url: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)


class SupportContactRow(Base):
    __tablename__ = "support_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    how_to_reach: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class PromptPackRow(Base):
    __tablename__ = "prompt_packs"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    imported_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)


class CommitmentRow(Base):
    __tablename__ = "commitments"
    __table_args__ = (
        CheckConstraint("state IN ('open', 'kept', 'dropped')", name="ck_commitments_state"),
        Index("ix_commitments_state", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    action_id: Mapped[str | None] = mapped_column(String)  # an allyship action in the Library
    due_on: Mapped[date | None] = mapped_column(Date)
    made_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)
    made_on: Mapped[date] = mapped_column(Date, nullable=False)
    state: Mapped[str] = mapped_column(String, nullable=False, server_default="open")
    state_changed_at: Mapped[datetime | None] = mapped_column(UTCInstant)
    state_changed_on: Mapped[date | None] = mapped_column(Date)
    prompt_id: Mapped[str | None] = mapped_column(String)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id", ondelete="SET NULL"))


class WritingSessionRow(Base):
    __tablename__ = "writing_sessions"
    __table_args__ = (
        CheckConstraint("mood_before BETWEEN 1 AND 5", name="ck_writing_sessions_mood_before"),
        CheckConstraint("mood_after BETWEEN 1 AND 5", name="ck_writing_sessions_mood_after"),
        CheckConstraint("step IN ('check-in', 'prompt', 'writing', 'commitment', 'check-out')",
                        name="ck_writing_sessions_step"),
        CheckConstraint("outcome IN ('finished', 'set-aside')", name="ck_writing_sessions_outcome"),
        # The one open session Today offers to continue.
        Index("ix_writing_sessions_open", "updated_at", sqlite_where=text("outcome IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prompt_id: Mapped[str] = mapped_column(String, nullable=False)
    step: Mapped[str] = mapped_column(String, nullable=False)
    started_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id", ondelete="SET NULL"))
    mood_before: Mapped[int | None] = mapped_column(Integer)
    feelings: Mapped[str] = mapped_column(Text, nullable=False, server_default="[]")  # JSON list
    body_note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    follow_ups_shown: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    mood_after: Mapped[int | None] = mapped_column(Integer)
    commitment_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id", ondelete="SET NULL"))
    # What is typed on the commitment step before it is made (JSON), so leaving keeps it.
    commitment_draft: Mapped[str] = mapped_column(Text, nullable=False, server_default="{}")
    outcome: Mapped[str | None] = mapped_column(String)
    ended_at: Mapped[datetime | None] = mapped_column(UTCInstant)


class RecoveryDraftRow(Base):
    """Unsaved words, kept between autosaves (see domain/recovery.py)."""

    __tablename__ = "recovery_drafts"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    entry_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: outlives a deleted entry
    prompt_id: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    saved_at: Mapped[datetime] = mapped_column(UTCInstant, nullable=False)
