"""The checked built-in catalog is kept between starts (content/catalog_cache.py), and
any change to the content files is seen: the cache never serves what the files no
longer say, and never stands in for a check the files would fail."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from journal_app.content import catalog_cache
from journal_app.content.loader import load_catalog
from journal_app.content.problems import ContentError
from journal_app.paths import resources_dir


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A copy of the built-in content, free to change."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    return copy


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch) -> Path:  # noqa: ANN001
    path = tmp_path / "cache" / catalog_cache.CACHE_NAME
    monkeypatch.setattr(catalog_cache, "cache_path", lambda: path)
    return path


def _a_prompt_file(resources: Path) -> tuple[Path, str]:
    path = sorted((resources / "prompts").glob("*.toml"))[0]
    text = path.read_text(encoding="utf-8")
    first = load_catalog(resources, cache=False)
    prompt = next(p for p in first.prompts.values() if f'"{p.text}"' in text)
    return path, prompt.text


def test_the_cached_catalog_is_the_checked_one_in_the_same_order(resources: Path, own_cache: Path) -> None:
    checked = load_catalog(resources, cache=False)
    first = load_catalog(resources)  # checks the files and keeps the result
    assert own_cache.is_file()
    again = load_catalog(resources)  # from the cache
    assert again == checked == first
    for part in ("texts", "themes", "prompts", "library", "exercises"):
        assert list(getattr(again, part)) == list(getattr(checked, part))
    assert again.support_contacts == checked.support_contacts


def test_the_cache_is_plain_json_with_nothing_of_the_person(resources: Path, own_cache: Path) -> None:
    load_catalog(resources)
    raw = json.loads(own_cache.read_text(encoding="utf-8"))  # data, not a pickle
    assert raw["format"] == catalog_cache.FORMAT
    assert set(raw) == {"format", "key", "texts", "themes", "prompts", "library", "exercises", "support_contacts"}


def test_a_changed_content_file_is_read_again(resources: Path) -> None:
    path, old_text = _a_prompt_file(resources)
    load_catalog(resources)
    new_text = "A prompt changed after the cache was made: what do you notice?"
    path.write_text(path.read_text(encoding="utf-8").replace(old_text, new_text), encoding="utf-8")
    texts = {p.text for p in load_catalog(resources).prompts.values()}
    assert new_text in texts and old_text not in texts


def test_a_change_that_keeps_size_and_time_is_still_seen(resources: Path) -> None:
    """The key is the files' bytes, not their sizes and times."""
    import os

    path, old_text = _a_prompt_file(resources)
    load_catalog(resources)
    stat = path.stat()
    swapped = old_text[::-1]  # same length, same file size
    path.write_text(path.read_text(encoding="utf-8").replace(old_text, swapped), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert swapped in {p.text for p in load_catalog(resources).prompts.values()}


def test_a_new_file_and_a_removed_file_are_seen(resources: Path) -> None:
    before = load_catalog(resources)
    exercises = resources / "exercises" / "grounding.toml"
    extra = resources / "exercises" / "more.toml"
    extra.write_text(exercises.read_text(encoding="utf-8").replace('id = "', 'id = "more-'), encoding="utf-8")
    with_more = load_catalog(resources)
    assert len(with_more.exercises) == 2 * len(before.exercises)
    extra.unlink()
    assert load_catalog(resources) == before


def test_a_broken_file_is_refused_even_with_a_cache_from_before(resources: Path) -> None:
    load_catalog(resources)
    path, _ = _a_prompt_file(resources)
    path.write_text(path.read_text(encoding="utf-8") + "\n[[prompts]]\nid = 3\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_catalog(resources)


def test_a_damaged_or_foreign_cache_is_ignored_and_replaced(resources: Path, own_cache: Path) -> None:
    checked = load_catalog(resources, cache=False)
    own_cache.parent.mkdir(parents=True)
    for damage in ("not json at all", json.dumps({"format": catalog_cache.FORMAT, "key": "x"}),
                   json.dumps({"format": catalog_cache.FORMAT, "key": catalog_cache.key(resources), "texts": 3})):
        own_cache.write_text(damage, encoding="utf-8")
        assert load_catalog(resources) == checked
        assert catalog_cache.read(resources) == checked  # written anew, whole


def test_a_cache_that_cannot_be_written_changes_nothing(resources: Path, monkeypatch) -> None:  # noqa: ANN001
    blocker = resources.parent / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    monkeypatch.setattr(catalog_cache, "cache_path", lambda: blocker / "cache.json")
    assert load_catalog(resources) == load_catalog(resources, cache=False)
