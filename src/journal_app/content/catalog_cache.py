"""The built-in catalog, kept once checked, so a start does not parse and check every
file again (~150 ms for TOML parsing and validation; reading this back takes a few).

One JSON file in the user's cache folder holds the checked catalog and a key: a hash
of every content file's name and bytes, of the code that checks them, and of the
app's version. Any change to any of those makes the key differ, and the files are
read and checked again. JSON, never pickle: a cache file is data and cannot run
code. Only the built-in content is cached; nothing of the person's journal is.
A cache that cannot be read or written is simply not used.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .. import APP_NAME, __version__
from ..domain.content import (
    Citation, ContentCatalog, GroundingExercise, LibraryItem, Prompt, SourceText, SupportContact, Theme,
)

FORMAT = 1  # bump when the layout below changes
CACHE_NAME = "content-catalog.json"
_CODE = Path(__file__).resolve().parent
# The code whose rules decide what a checked catalog is.
_CHECKING_CODE = (_CODE / "loader.py", _CODE / "validation.py", _CODE / "catalog_cache.py",
                  _CODE.parent / "domain" / "content.py")


def cache_path() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / CACHE_NAME


def content_files(resources: Path) -> list[Path]:
    """Every file `load_catalog` reads, in the order it reads them."""
    return ([resources / "texts.toml", resources / "themes.toml"]
            + sorted((resources / "prompts").glob("*.toml"))
            + sorted((resources / "library").glob("*.toml"))
            + sorted((resources / "exercises").glob("*.toml")))


def key(resources: Path) -> str:
    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0".encode())
    for path in list(_CHECKING_CODE) + content_files(resources):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"\xff(missing)"
        name = path.relative_to(resources).as_posix() if path.is_relative_to(resources) else path.name
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def read(resources: Path, path: Path | None = None) -> ContentCatalog | None:
    """The cached catalog when it was made from exactly these files, else None."""
    path = path or cache_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT or raw.get("key") != key(resources):
            return None
        return _decode(raw)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # missing, damaged or from another version: read the files


def write(resources: Path, catalog: ContentCatalog, path: Path | None = None) -> None:
    """Keep a checked catalog for the next start (atomically; failures are ignored)."""
    path = path or cache_path()
    data = {"format": FORMAT, "key": key(resources), **_encode(catalog)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".catalog-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full disk: the files are read again next time


def _encode(c: ContentCatalog) -> dict:
    def cite(s: Citation) -> list:
        return [s.text_id, s.section, s.summary]

    return {
        "texts": [[t.id, t.title, t.author, t.publication, t.published, list(t.sections)] for t in c.texts.values()],
        "themes": [[t.id, t.title, t.description] for t in c.themes.values()],
        "prompts": [[p.id, p.theme, p.text, list(p.follow_ups), p.intensity, p.audience, cite(p.source),
                     list(p.related), p.content_note, p.minutes] for p in c.prompts.values()],
        "library": [[i.id, i.kind, i.title, i.summary, cite(i.source), list(i.topics), i.date, i.url, i.number,
                     list(i.related_prompts)] for i in c.library.values()],
        "exercises": [[e.id, e.title, e.duration, e.description, list(e.steps)] for e in c.exercises.values()],
        "support_contacts": [[s.name, s.how_to_reach, s.note, s.id, s.pack_id] for s in c.support_contacts],
    }


def _decode(raw: dict) -> ContentCatalog:
    texts = {r[0]: SourceText(r[0], r[1], r[2], r[3], r[4], tuple(r[5])) for r in raw["texts"]}
    themes = {r[0]: Theme(r[0], r[1], r[2]) for r in raw["themes"]}
    prompts = {r[0]: Prompt(r[0], r[1], r[2], tuple(r[3]), r[4], r[5], Citation(*r[6]), tuple(r[7]), r[8], r[9])
               for r in raw["prompts"]}
    library = {r[0]: LibraryItem(r[0], r[1], r[2], r[3], Citation(*r[4]), tuple(r[5]), r[6], r[7], r[8], tuple(r[9]))
               for r in raw["library"]}
    exercises = {r[0]: GroundingExercise(r[0], r[1], r[2], r[3], tuple(r[4])) for r in raw["exercises"]}
    contacts = tuple(SupportContact(*r) for r in raw["support_contacts"])
    return ContentCatalog(texts, themes, prompts, library, exercises, contacts)
