"""Checking content tables against their fields, and finding the line of a problem.

Each check returns problems rather than raising, so a person sees every problem in
a file at once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .problems import ContentProblem, Problem

INTENSITIES = ("gentle", "moderate", "heavy")
KINDS = ("book", "article", "organisation", "person", "campaign", "event", "law", "concept", "action")


@dataclass(frozen=True)
class Field:
    type: type | tuple[type, ...]
    required: bool = True
    items: type | None = None  # for lists: the type of each element
    choices: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None  # the whole value must match


# A well-formed BCP 47 language tag as packs use them: language, optional script,
# optional region, optional variants ("en", "en-GB", "zh-Hant-TW", "ta-IN").
LANGUAGE_TAG = re.compile(
    r"[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*")

SOURCE_FIELDS = {
    "text": Field(str), "section": Field(str), "summary": Field(str, required=False),
}
PACK_FIELDS = {
    "id": Field(str), "title": Field(str), "description": Field(str),
    "language": Field(str, pattern=LANGUAGE_TAG),
    "author": Field(str), "version": Field(str), "prompts": Field(list, items=dict),
    "support_contacts": Field(list, required=False, items=dict),
}
PROMPT_FIELDS = {
    "id": Field(str), "theme": Field(str), "text": Field(str),
    "follow_ups": Field(list, items=str), "intensity": Field(str, choices=INTENSITIES),
    "audience": Field(str), "source": Field(dict), "related": Field(list, required=False, items=str),
    "content_note": Field(str, required=False), "minutes": Field(int, required=False),
}
EXERCISE_FIELDS = {
    "id": Field(str), "title": Field(str), "duration": Field(int), "description": Field(str),
    "steps": Field(list, items=str),
}
CONTACT_FIELDS = {"name": Field(str), "how_to_reach": Field(str), "note": Field(str, required=False)}
LIBRARY_FIELDS = {
    "id": Field(str), "kind": Field(str, choices=KINDS), "title": Field(str), "summary": Field(str),
    "source": Field(dict), "topics": Field(list, items=str),
    "related_prompts": Field(list, items=str), "date": Field(str, required=False),
    "url": Field(str, required=False), "number": Field(int, required=False),
}


class LineFinder:
    """Finds the line of a table or key in a TOML file by scanning its text (the
    parser does not keep positions)."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self._lines = text.splitlines()

    def of_id(self, item_id: str | None) -> int | None:
        if not item_id:
            return None
        pattern = re.compile(rf'^\s*id\s*=\s*["\']{re.escape(item_id)}["\']')
        for number, line in enumerate(self._lines, start=1):
            if pattern.match(line):
                return number
        return None

    def of_key(self, key: str, after: int | None) -> int | None:
        """The line of `key` (dotted for sub-tables: "source.text") inside the item
        that starts at line `after`; the item's own line when the key is absent."""
        *tables, name = key.split(".")
        start = (after or 1) - 1
        for table in tables:  # walk down to the sub-table's header first
            header = re.compile(rf"^\s*\[[^\[\]]*\b{re.escape(table)}\]\s*$")
            start = next((n for n in range(start, len(self._lines)) if header.match(self._lines[n])), -1)
            if start < 0:
                return after
        pattern = re.compile(rf"^\s*{re.escape(name)}\s*=")
        for number in range(start, len(self._lines)):
            if number > start and self._lines[number].lstrip().startswith("["):
                break  # a sub-table or the next item began
            if pattern.match(self._lines[number]):
                return number + 1
        return after


def check_table(
    table: dict, fields: dict[str, Field], where: LineFinder, item_id: str | None, prefix: str = ""
) -> list[ContentProblem]:
    problems: list[ContentProblem] = []
    anchor = where.of_id(item_id)

    def add(problem: Problem, name: str, detail: str) -> None:
        problems.append(ContentProblem(problem, str(where.path), where.of_key(prefix + name, anchor),
                                       item_id, prefix + name, detail))

    for name in table:
        if name not in fields:
            add(Problem.UNKNOWN_FIELD, name, name)
    for name, spec in fields.items():
        if name not in table:
            if spec.required:
                problems.append(ContentProblem(Problem.MISSING_FIELD, str(where.path), anchor,
                                               item_id, prefix + name, name))
            continue
        value = table[name]
        if not isinstance(value, spec.type) or (spec.type is int and isinstance(value, bool)):
            add(Problem.WRONG_TYPE, name, _type_name(spec.type))
        elif spec.items is not None and not all(isinstance(v, spec.items) for v in value):
            add(Problem.WRONG_TYPE, name, f"list of {_type_name(spec.items)}")
        elif spec.choices and value not in spec.choices:
            add(Problem.BAD_VALUE, name, str(value))
        elif spec.pattern is not None and not spec.pattern.fullmatch(value):
            add(Problem.BAD_VALUE, name, str(value))
    return problems


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "whole number", list: "list", dict: "table"}
    if isinstance(kind, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, kind.__name__)


def syntax_line(message: str) -> int | None:
    """The line tomllib reports in its message ("... (at line 3, column 7)")."""
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None
