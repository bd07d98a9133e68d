"""The built-in content loads and hangs together (full validation comes with the
content system; this guards the starter files until then)."""
from __future__ import annotations

import pytest

from journal_app.content.loader import load_catalog
from journal_app.domain.content import ContentCatalog
from journal_app.paths import resources_dir


@pytest.fixture(scope="module")
def catalog() -> ContentCatalog:
    return load_catalog(resources_dir())


def test_the_starter_pack_has_about_ten_sourced_prompts(catalog: ContentCatalog) -> None:
    assert len(catalog.prompts) >= 10
    for prompt in catalog.prompts.values():
        assert prompt.source.text_id in catalog.texts, prompt.id
        assert prompt.source.section and prompt.source.summary, prompt.id
        assert prompt.theme in catalog.themes, prompt.id
        assert 2 <= len(prompt.follow_ups) <= 4, prompt.id
        assert prompt.intensity in {"gentle", "moderate", "heavy"}, prompt.id
        if prompt.intensity == "heavy":
            assert prompt.content_note, prompt.id


def test_every_reference_resolves(catalog: ContentCatalog) -> None:
    for prompt in catalog.prompts.values():
        assert set(prompt.related) <= set(catalog.library), prompt.id
    for item in catalog.library.values():
        assert item.related_prompts, item.id
        assert set(item.related_prompts) <= set(catalog.prompts), item.id
        assert item.source.text_id in catalog.texts, item.id


def test_the_library_has_a_first_handful_with_summaries(catalog: ContentCatalog) -> None:
    assert len(catalog.library) >= 5
    for item in catalog.library.values():
        sentences = [s for s in item.summary.replace("?", ".").split(". ") if s.strip()]
        assert 2 <= len(sentences) <= 6, item.id


def test_no_phone_numbers_or_sms_codes_ship(catalog: ContentCatalog) -> None:
    import re

    texts = [p.text for p in catalog.prompts.values()] + [i.summary for i in catalog.library.values()]
    for text in texts:
        assert not re.search(r"\d{5,}|\btext\s+[A-Z]{3,}\b", text), text
