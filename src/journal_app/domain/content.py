"""Prompts, library items and their sources, as loaded from resources/."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SourceText:
    id: str
    title: str
    author: str
    publication: str = ""
    published: str = ""
    sections: tuple[str, ...] = ()  # headings a citation may name (the title for the opening)

    def has_section(self, section: str) -> bool:
        return not self.sections or section in self.sections


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a prompt or item comes from: a text, its section, and (for prompts) a
    one-sentence summary of the passage in our own words."""

    text_id: str
    section: str
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    theme: str
    text: str
    follow_ups: tuple[str, ...]
    intensity: str  # gentle | moderate | heavy
    audience: str
    source: Citation
    related: tuple[str, ...] = ()
    content_note: str | None = None
    minutes: int | None = None


@dataclass(frozen=True, slots=True)
class PromptPack:
    id: str
    title: str
    description: str
    language: str  # BCP 47
    author: str
    version: str
    prompts: tuple[Prompt, ...]
    support_contacts: tuple[SupportContact, ...] = ()


@dataclass(frozen=True, slots=True)
class LibraryItem:
    id: str
    kind: str
    title: str
    summary: str
    source: Citation
    topics: tuple[str, ...] = ()
    date: str | None = None
    url: str | None = None
    number: int | None = None  # the allyship actions' number in their article
    related_prompts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GroundingExercise:
    """A short, body-based exercise, shown one step at a time."""

    id: str
    title: str
    duration: int  # about how many minutes it takes
    description: str
    steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SupportContact:
    """Someone to reach: entered by the person (id set) or carried by a pack (pack_id set)."""

    name: str
    how_to_reach: str
    note: str = ""
    id: int | None = None
    pack_id: str | None = None


@dataclass(frozen=True, slots=True)
class ContentCatalog:
    """Everything built in: texts, themes, prompts, library items and exercises by id."""

    texts: dict[str, SourceText]
    themes: dict[str, Theme]
    prompts: dict[str, Prompt]
    library: dict[str, LibraryItem]
    exercises: dict[str, GroundingExercise] = field(default_factory=dict)
    support_contacts: tuple[SupportContact, ...] = ()  # carried by packs
