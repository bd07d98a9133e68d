"""What can be wrong with a content file, as data. The UI words it for people."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Problem(str, Enum):
    SYNTAX = "syntax"  # not valid TOML
    MISSING_FIELD = "missing_field"
    UNKNOWN_FIELD = "unknown_field"
    WRONG_TYPE = "wrong_type"
    BAD_VALUE = "bad_value"  # e.g. an intensity that is not gentle/moderate/heavy
    DUPLICATE_ID = "duplicate_id"
    DANGLING_REFERENCE = "dangling_reference"  # points to an id that does not exist
    HEAVY_WITHOUT_NOTE = "heavy_without_note"
    UNREADABLE = "unreadable"  # the file could not be read, or is far too large for a pack


@dataclass(frozen=True, slots=True)
class ContentProblem:
    problem: Problem
    file: str
    line: int | None
    item_id: str | None
    field: str | None
    detail: str  # the offending value or the expectation, for the message


class ContentError(Exception):
    """Content that cannot be loaded; carries every problem found, not only the first."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in content")
        self.problems = problems
