"""Reading built-in content from resources/.

Deliberately simple for now: full validation with per-line errors comes with the
content system. Files are read in name order so the catalog is deterministic.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from ..domain.content import (
    Citation, ContentCatalog, LibraryItem, Prompt, SourceText, Theme,
)


def _read(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _citation(raw: dict) -> Citation:
    return Citation(raw["text"], raw["section"], raw.get("summary", ""))


def load_prompts(path: Path) -> list[Prompt]:
    return [
        Prompt(
            id=p["id"], theme=p["theme"], text=p["text"],
            follow_ups=tuple(p.get("follow_ups", ())), intensity=p["intensity"],
            audience=p.get("audience", "everyone"), source=_citation(p["source"]),
            related=tuple(p.get("related", ())), content_note=p.get("content_note"),
            minutes=p.get("minutes"),
        )
        for p in _read(path).get("prompts", [])
    ]


def load_library_file(path: Path) -> list[LibraryItem]:
    return [
        LibraryItem(
            id=i["id"], kind=i["kind"], title=i["title"], summary=i["summary"],
            source=_citation(i["source"]), topics=tuple(i.get("topics", ())),
            date=i.get("date"), url=i.get("url"), number=i.get("number"),
            related_prompts=tuple(i.get("related_prompts", ())),
        )
        for i in _read(path).get("items", [])
    ]


def load_catalog(resources: Path) -> ContentCatalog:
    texts = {
        t["id"]: SourceText(
            t["id"], t["title"], t["author"], t.get("publication", ""), t.get("published", "")
        )
        for t in _read(resources / "texts.toml").get("texts", [])
    }
    themes = {
        t["id"]: Theme(t["id"], t["title"], t.get("description", ""))
        for t in _read(resources / "themes.toml").get("themes", [])
    }
    prompts = {
        p.id: p
        for path in sorted((resources / "prompts").glob("*.toml"))
        for p in load_prompts(path)
    }
    library = {
        i.id: i
        for path in sorted((resources / "library").glob("*.toml"))
        for i in load_library_file(path)
    }
    return ContentCatalog(texts, themes, prompts, library)
