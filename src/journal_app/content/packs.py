"""Prompt packs a person brings in (from their therapist, say): checked whole against
the content they join, so a pack is either taken completely or not at all."""
from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

from ..domain.content import ContentCatalog, Prompt, PromptPack, SupportContact
from .loader import read_prompt_pack
from .problems import ContentProblem, Problem
from .validation import LineFinder

# A pack's prompts may also cite their own practice rather than the three texts.
PACK_SOURCE = "pack"


def check_pack(path: Path, text: str, catalog: ContentCatalog,
               taken_ids: set[str]) -> tuple[PromptPack | None, list[ContentProblem]]:
    """The pack in `text` (named `path` in messages), with every problem: its own,
    references to themes, texts and library items that do not exist, and prompt ids
    or a pack id already in use."""
    pack, problems = read_prompt_pack(path, text)
    if pack is None:
        return None, problems
    where = LineFinder(path, text)

    def at(problem: Problem, item_id: str | None, field: str, detail: str) -> ContentProblem:
        anchor = where.of_id(item_id)
        return ContentProblem(problem, str(path), where.of_key(field, anchor) if item_id else anchor,
                              item_id, field, detail)

    if pack.id in taken_ids:
        problems.append(ContentProblem(Problem.DUPLICATE_ID, str(path), where.of_id(pack.id), pack.id,
                                       "id", pack.id))
    # References are checked on every prompt table, even one with other problems,
    # so the person sees all that is wrong at once.
    seen: set[str] = set()
    for raw in tomllib.loads(text).get("prompts", []):
        if not isinstance(raw, dict):
            continue
        pid = raw.get("id") if isinstance(raw.get("id"), str) else None
        if pid and (pid in taken_ids or pid in seen):
            problems.append(at(Problem.DUPLICATE_ID, pid, "id", pid))
        seen.add(pid)
        theme = raw.get("theme")
        if isinstance(theme, str) and theme not in catalog.themes:
            problems.append(at(Problem.DANGLING_REFERENCE, pid, "theme", theme))
        source = raw.get("source")
        text_id = source.get("text") if isinstance(source, dict) else None
        if isinstance(text_id, str) and text_id not in catalog.texts and text_id != PACK_SOURCE:
            problems.append(at(Problem.DANGLING_REFERENCE, pid, "source.text", text_id))
        section = source.get("section") if isinstance(source, dict) else None
        if (isinstance(text_id, str) and isinstance(section, str) and text_id in catalog.texts
                and not catalog.texts[text_id].has_section(section)):
            problems.append(at(Problem.DANGLING_REFERENCE, pid, "source.section", section))
        related = raw.get("related")
        for ref in related if isinstance(related, list) else ():
            if isinstance(ref, str) and ref not in catalog.library:
                problems.append(at(Problem.DANGLING_REFERENCE, pid, "related", ref))
    return pack, problems


def with_person_content(catalog: ContentCatalog, own: list[Prompt],
                        packs: list[PromptPack]) -> ContentCatalog:
    """The catalog plus the person's own prompts and their imported packs."""
    prompts = dict(catalog.prompts)
    contacts: list[SupportContact] = list(catalog.support_contacts)
    for pack in packs:
        prompts.update((p.id, p) for p in pack.prompts)
        contacts += pack.support_contacts
    prompts.update((p.id, p) for p in own)
    return replace(catalog, prompts=prompts, support_contacts=tuple(contacts))
