"""A broken content file is refused whole, with every problem located precisely."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journal_app.content.loader import load_catalog, read_prompt_pack
from journal_app.content.problems import ContentError, Problem
from journal_app.paths import resources_dir

GOOD_PROMPT = '''
[[prompts]]
id = "{id}"
theme = "first-week"
text = "What brought you here today?"
follow_ups = ["What did you notice?", "What do you hope for?"]
intensity = "{intensity}"
audience = "everyone"
related = [{related}]
{extra}
[prompts.source]
text = "{text_id}"
section = "Situational Privilege, Situational Oppression"
summary = "A one-sentence summary."
'''

HEADER = '''id = "therapist-pack"
title = "From my practice"
description = "Prompts for our sessions."
language = "en"
author = "A therapist"
version = "1"
'''


def pack(*prompts: str) -> str:
    return HEADER + "".join(prompts)


def prompt(id: str = "p-one", intensity: str = "gentle", related: str = "", extra: str = "",  # noqa: A002
           text_id: str = "bts-solidarity") -> str:
    return GOOD_PROMPT.format(id=id, intensity=intensity, related=related, extra=extra, text_id=text_id)


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A copy of the built-in resources to break on purpose."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    return copy


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def refused(resources: Path, name: str, content: str) -> tuple[Path, list]:
    path = resources / "prompts" / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_catalog(resources)
    return path, error.value.problems


def test_the_built_in_content_has_no_problems() -> None:
    catalog = load_catalog(resources_dir())
    assert catalog.prompts and catalog.library


def test_a_good_pack_loads(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(pack(prompt()), encoding="utf-8")
    loaded, problems = read_prompt_pack(path)
    assert problems == []
    assert [p.id for p in loaded.prompts] == ["p-one"]


def test_syntax_error_gives_the_parsers_line(resources: Path) -> None:
    path, problems = refused(resources, "broken.toml", pack(prompt()) + 'oops = "unclosed\n')
    (problem,) = problems
    assert problem.problem is Problem.SYNTAX
    assert problem.file == str(path)
    assert problem.line == line_of(path, "oops")


@pytest.mark.parametrize(
    ("content", "kind", "field", "needle"),
    [
        (pack(prompt(extra='mood = "calm"')), Problem.UNKNOWN_FIELD, "mood", "mood ="),
        (pack(prompt(intensity="intense")), Problem.BAD_VALUE, "intensity", "intensity ="),
        (pack(prompt(extra="minutes = \"ten\"")), Problem.WRONG_TYPE, "minutes", "minutes ="),
        (pack(prompt(intensity="heavy")), Problem.HEAVY_WITHOUT_NOTE, "content_note", 'id = "p-one"'),
        (pack(prompt(related='"no-such-item"')), Problem.DANGLING_REFERENCE, "related", "related ="),
        (pack(prompt(text_id="no-such-text")), Problem.DANGLING_REFERENCE, "source.text", 'text = "no-such-text"'),
        (pack(prompt().replace('theme = "first-week"\n', "")), Problem.MISSING_FIELD, "theme", 'id = "p-one"'),
        (pack(prompt().replace("Situational Privilege, Situational Oppression", "A Heading It Lacks")),
         Problem.DANGLING_REFERENCE, "source.section", 'section = "A Heading It Lacks"'),
    ],
)
def test_each_problem_names_file_line_id_and_field(resources: Path, content: str, kind: Problem,
                                                    field: str, needle: str) -> None:
    path, problems = refused(resources, "therapist.toml", content)
    (problem,) = problems
    assert (problem.problem, problem.field, problem.item_id) == (kind, field, "p-one")
    assert problem.file == str(path)
    assert problem.line == line_of(path, needle)


@pytest.mark.parametrize("tag", ["English", "en_GB", "e", "en-", ""])
def test_a_language_that_is_not_a_bcp47_tag_is_refused(resources: Path, tag: str) -> None:
    path, problems = refused(resources, "therapist.toml", pack(prompt()).replace('language = "en"', f'language = "{tag}"'))
    (problem,) = problems
    assert (problem.problem, problem.field, problem.item_id) == (Problem.BAD_VALUE, "language", None)  # the header
    assert problem.line == line_of(path, "language =")


@pytest.mark.parametrize("tag", ["en", "en-GB", "ta-IN", "zh-Hant-TW", "es-419", "ml"])
def test_well_formed_language_tags_load(resources: Path, tag: str) -> None:
    (resources / "prompts" / "therapist.toml").write_text(
        pack(prompt()).replace('language = "en"', f'language = "{tag}"'), encoding="utf-8")
    assert "p-one" in load_catalog(resources).prompts


def test_a_duplicate_id_across_files_is_refused(resources: Path) -> None:
    built_in = next(iter(load_catalog(resources_dir()).prompts))
    path, problems = refused(resources, "zz-copy.toml", pack(prompt(id=built_in)))
    (problem,) = problems
    assert (problem.problem, problem.item_id, problem.file) == (Problem.DUPLICATE_ID, built_in, str(path))


def test_every_problem_is_reported_at_once(resources: Path) -> None:
    content = pack(prompt(id="a", intensity="intense"), prompt(id="b", extra='mood = "x"'),
                   prompt(id="c", related='"nowhere"'))
    _path, problems = refused(resources, "many.toml", content)
    assert {(p.item_id, p.problem) for p in problems} == {
        ("a", Problem.BAD_VALUE), ("b", Problem.UNKNOWN_FIELD), ("c", Problem.DANGLING_REFERENCE),
    }


def test_a_broken_library_file_is_refused_too(resources: Path) -> None:
    path = resources / "library" / "extra.toml"
    path.write_text('[[items]]\nid = "x"\nkind = "poem"\ntitle = "T"\nsummary = "S."\ntopics = []\n'
                    'related_prompts = []\n[items.source]\ntext = "bts-solidarity"\nsection = "S"\n')
    with pytest.raises(ContentError) as error:
        load_catalog(resources)
    (problem,) = error.value.problems
    assert (problem.problem, problem.field, problem.line) == (Problem.BAD_VALUE, "kind", 3)
