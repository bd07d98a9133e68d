"""Reading and validating content from resources/.

Every file is checked when read: TOML syntax, unknown or missing fields, wrong types,
bad values, duplicate ids across files, references that point nowhere, and a heavy
prompt without a content note. Problems are collected, never raised one at a time:
`load_catalog` raises one ContentError carrying all of them, and loads nothing.
Files are read in name order so the catalog is deterministic.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from ..domain.content import (
    Citation, ContentCatalog, GroundingExercise, LibraryItem, Prompt, PromptPack, SourceText,
    SupportContact, Theme,
)
from .problems import ContentError, ContentProblem, Problem
from .validation import (
    CONTACT_FIELDS, EXERCISE_FIELDS, LIBRARY_FIELDS, PACK_FIELDS, PROMPT_FIELDS, SOURCE_FIELDS,
    LineFinder, check_table, syntax_line,
)


def _parse(path: Path, text: str | None = None) -> tuple[dict | None, LineFinder, list[ContentProblem]]:
    """Parse a file (or its text, already read). A file that is not UTF-8 or not TOML
    is one SYNTAX problem with the parser's line."""
    try:
        text = path.read_text(encoding="utf-8") if text is None else text
        return tomllib.loads(text), LineFinder(path, text), []
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        message = str(exc)
        problem = ContentProblem(Problem.SYNTAX, str(path), syntax_line(message), None, None, message)
        return None, LineFinder(path, ""), [problem]


def _citation(raw: dict) -> Citation:
    return Citation(raw["text"], raw["section"], raw.get("summary", ""))


def _checked_items(raw_items: list, fields: dict, where: LineFinder) -> tuple[list[dict], list[ContentProblem]]:
    """The items that passed their checks, and every problem found."""
    good, problems = [], []
    for raw in raw_items:
        item_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        found = check_table(raw, fields, where, item_id)
        if isinstance(raw.get("source"), dict):
            found += check_table(raw["source"], SOURCE_FIELDS, where, item_id, prefix="source.")
        if raw.get("intensity") == "heavy" and not str(raw.get("content_note", "")).strip():
            found.append(ContentProblem(Problem.HEAVY_WITHOUT_NOTE, str(where.path),
                                        where.of_id(item_id), item_id, "content_note", "heavy"))
        problems += found
        if not found:
            good.append(raw)
    return good, problems


def read_prompt_pack(path: Path, text: str | None = None) -> tuple[PromptPack | None, list[ContentProblem]]:
    """The pack and its problems. With any problem the file must be refused whole;
    the well-formed prompts still come back so references can be checked too and
    the person sees every problem at once. `text`, when given, is the file's content
    (an imported pack kept in the journal)."""
    data, where, problems = _parse(path, text)
    if data is None:
        return None, problems
    header = {k: v for k, v in data.items() if k != "prompts"}
    problems += check_table({**header, "prompts": data.get("prompts", [])}, PACK_FIELDS, where, None)
    raw_prompts = data.get("prompts") if isinstance(data.get("prompts"), list) else []
    good, item_problems = _checked_items([p for p in raw_prompts if isinstance(p, dict)], PROMPT_FIELDS, where)
    problems += item_problems
    raw_contacts = data.get("support_contacts") if isinstance(data.get("support_contacts"), list) else []
    for raw in raw_contacts:
        if isinstance(raw, dict):
            problems += check_table(raw, CONTACT_FIELDS, where, None, prefix="support_contacts.")
    header_ok = not any(p.item_id is None for p in problems)
    if not header_ok:
        return None, problems
    prompts = tuple(
        Prompt(
            id=p["id"], theme=p["theme"], text=p["text"], follow_ups=tuple(p["follow_ups"]),
            intensity=p["intensity"], audience=p["audience"], source=_citation(p["source"]),
            related=tuple(p.get("related", ())), content_note=p.get("content_note"),
            minutes=p.get("minutes"),
        )
        for p in good
    )
    contacts = tuple(
        SupportContact(c["name"], c["how_to_reach"], c.get("note", ""), pack_id=data["id"])
        for c in raw_contacts
    )
    return PromptPack(data["id"], data["title"], data["description"], data["language"],
                      data["author"], data["version"], prompts, contacts), problems


def read_library_file(path: Path) -> tuple[list[LibraryItem], list[ContentProblem]]:
    data, where, problems = _parse(path)
    if data is None:
        return [], problems
    raw_items = data.get("items") if isinstance(data.get("items"), list) else []
    good, problems = _checked_items([i for i in raw_items if isinstance(i, dict)], LIBRARY_FIELDS, where)
    items = [
        LibraryItem(
            id=i["id"], kind=i["kind"], title=i["title"], summary=i["summary"],
            source=_citation(i["source"]), topics=tuple(i["topics"]), date=i.get("date"),
            url=i.get("url"), number=i.get("number"), related_prompts=tuple(i["related_prompts"]),
        )
        for i in good
    ]
    return items, problems


def read_exercises(path: Path) -> tuple[list[GroundingExercise], list[ContentProblem]]:
    data, where, problems = _parse(path)
    if data is None:
        return [], problems
    raw_items = data.get("exercises") if isinstance(data.get("exercises"), list) else []
    good, problems = _checked_items([i for i in raw_items if isinstance(i, dict)], EXERCISE_FIELDS, where)
    return [GroundingExercise(e["id"], e["title"], e["duration"], e["description"], tuple(e["steps"]))
            for e in good], problems


def _read_list(path: Path, key: str) -> tuple[list[dict], list[ContentProblem]]:
    data, _where, problems = _parse(path)
    return ([] if data is None else list(data.get(key, []))), problems


def load_catalog(resources: Path, *, cache: bool = True) -> ContentCatalog:
    """All built-in content, checked as a whole. Raises ContentError with every problem.

    A catalog already checked from exactly these files (and this code) comes back from
    the cache in the user's cache folder (catalog_cache.py); `cache=False` always reads
    and checks the files."""
    from . import catalog_cache

    if cache:
        cached = catalog_cache.read(resources)
        if cached is not None:
            return cached
    catalog = _read_and_check(resources)
    if cache:
        catalog_cache.write(resources, catalog)
    return catalog


def _read_and_check(resources: Path) -> ContentCatalog:
    raw_texts, problems = _read_list(resources / "texts.toml", "texts")
    raw_themes, theme_problems = _read_list(resources / "themes.toml", "themes")
    problems += theme_problems
    texts = {t["id"]: SourceText(t["id"], t["title"], t["author"], t.get("publication", ""),
                                 t.get("published", ""), tuple(t.get("sections", ()))) for t in raw_texts}
    themes = {t["id"]: Theme(t["id"], t["title"], t.get("description", "")) for t in raw_themes}

    prompts: dict[str, Prompt] = {}
    prompt_files: dict[str, Path] = {}
    contacts: list[SupportContact] = []
    for path in sorted((resources / "prompts").glob("*.toml")):
        pack, found = read_prompt_pack(path)
        problems += found
        contacts += pack.support_contacts if pack else ()
        for prompt in pack.prompts if pack else ():
            if prompt.id in prompts:
                problems.append(_problem_at(path, Problem.DUPLICATE_ID, prompt.id, "id", prompt.id))
            prompts[prompt.id] = prompt
            prompt_files[prompt.id] = path
    library: dict[str, LibraryItem] = {}
    library_files: dict[str, Path] = {}
    for path in sorted((resources / "library").glob("*.toml")):
        items, found = read_library_file(path)
        problems += found
        for item in items:
            if item.id in library:
                problems.append(_problem_at(path, Problem.DUPLICATE_ID, item.id, "id", item.id))
            library[item.id] = item
            library_files[item.id] = path

    for prompt in prompts.values():
        path = prompt_files[prompt.id]
        problems += _dangling(path, prompt.id, "theme", [prompt.theme], themes)
        problems += _dangling(path, prompt.id, "source.text", [prompt.source.text_id], texts)
        problems += _unknown_section(path, prompt.id, prompt.source, texts)
        problems += _dangling(path, prompt.id, "related", prompt.related, library)
    for item in library.values():
        path = library_files[item.id]
        problems += _dangling(path, item.id, "source.text", [item.source.text_id], texts)
        problems += _unknown_section(path, item.id, item.source, texts)
        problems += _dangling(path, item.id, "related_prompts", item.related_prompts, prompts)
    exercises: dict[str, GroundingExercise] = {}
    for path in sorted((resources / "exercises").glob("*.toml")):
        found_exercises, found = read_exercises(path)
        problems += found
        for exercise in found_exercises:
            if exercise.id in exercises:
                problems.append(_problem_at(path, Problem.DUPLICATE_ID, exercise.id, "id", exercise.id))
            exercises[exercise.id] = exercise
    if problems:
        raise ContentError(problems)
    return ContentCatalog(texts, themes, prompts, library, exercises, tuple(contacts))


def _problem_at(path: Path, problem: Problem, item_id: str, field: str, detail: str) -> ContentProblem:
    where = LineFinder(path, path.read_text(encoding="utf-8"))
    return ContentProblem(problem, str(path), where.of_key(field, where.of_id(item_id)),
                          item_id, field, detail)


def _unknown_section(path: Path, item_id: str, source: Citation, texts: dict[str, SourceText]) -> list[ContentProblem]:
    """A citation must name a heading the text really has, so a reader can find the passage."""
    text = texts.get(source.text_id)
    if text is None or text.has_section(source.section):
        return []
    return [_problem_at(path, Problem.DANGLING_REFERENCE, item_id, "source.section", source.section)]


def _dangling(path: Path, item_id: str, field: str, refs, known: dict) -> list[ContentProblem]:  # noqa: ANN001
    return [_problem_at(path, Problem.DANGLING_REFERENCE, item_id, field, ref) for ref in refs if ref not in known]
