"""The built-in prompts and exercises: enough of them, across every theme, each one
sourced, gentle by default, and careful where they are heavy (issues 4 and 5)."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from journal_app.content.loader import load_catalog
from journal_app.domain.content import ContentCatalog
from journal_app.paths import resources_dir

THEMES = ("first-week", "situational-privilege", "model-minority", "perpetual-foreigner", "anti-blackness",
          "speaking-up", "mistakes", "family-community", "solidarity-history", "media-conflict",
          "trauma-body", "whole-persons", "reflection-action", "repair", "shared-future")
SHORT_PARAGRAPH = 400  # characters: a prompt is read in one breath

# Every figure and event of the texts' history of solidarity, each named in the text of
# at least one prompt of the "solidarity-history" theme (issue 5).
SOLIDARITY_HISTORY = ("Frederick Douglass", "1869", "Page Act", "Stokely Carmichael", "H. Rap Brown",
                      "Malcolm X", "Martin Luther King", "Japanese Americans", "Philippines", "Vietnam",
                      "Yuri Kochiyama", "Grace Lee Boggs", "James Boggs", "Detroit", "Jesse Jackson",
                      "Vincent Chin", "Civil Liberties Act", "Ronald Reagan", "slavery", "hip hop", "Big Hit",
                      "ARMY", "#Asians4BlackLives", "Zinn Education Project")

WAY_BACK = r"\b(care|kind\w*|rest|ground\w*|steady|comfort|trust|reach|talk|breath\w*|walk|held|someone|step)\b"

# The prompt in "From reflection to action" for each of the article's 26 allyship actions.
ACTION_PROMPTS = {
    1: "before-calling-the-police", 2: "a-day-of-noticing", 3: "answering-the-myth",
    4: "injustice-around-the-world", 5: "what-you-can-give", 6: "justice-for-ahmaud-arbery",
    7: "dreasjon-reeds-name", 8: "justice-for-breonna-taylor", 9: "seeing-the-pattern",
    10: "black-trans-lives-untold", 11: "shielding-at-protests", 12: "organising-a-fundraiser",
    13: "reaching-out", 14: "listening-first", 15: "following-black-leaders",
    16: "asian-activists-to-learn-from", 17: "in-your-own-voice", 18: "not-asking-to-be-taught",
    19: "racism-in-the-rules", 20: "followed-in-the-shop", 21: "believed-about-pain",
    22: "a-lesson-you-wish-you-had", 23: "keeping-going", 24: "justice-for-nina-pop",
    25: "justice-for-george-floyd", 26: "standing-with-protesters",
}


@pytest.fixture(scope="module")
def catalog() -> ContentCatalog:
    return load_catalog(resources_dir())  # raises, failing every test here, on any broken file


def test_at_least_180_prompts_over_the_15_themes(catalog: ContentCatalog) -> None:
    assert len(catalog.prompts) >= 180
    assert set(THEMES) <= set(catalog.themes)
    per_theme = Counter(p.theme for p in catalog.prompts.values())
    thin = {theme: per_theme[theme] for theme in THEMES if per_theme[theme] < 8}
    assert not thin, f"themes with too few prompts: {thin}"


def test_every_theme_mixes_intensities_and_most_prompts_are_not_heavy(catalog: ContentCatalog) -> None:
    for theme in THEMES:
        intensities = {p.intensity for p in catalog.prompts.values() if p.theme == theme}
        assert len(intensities) >= 2, f"{theme} has only {intensities}"
    counts = Counter(p.intensity for p in catalog.prompts.values())
    assert counts["heavy"] <= 0.15 * len(catalog.prompts)
    assert counts["gentle"] >= counts["moderate"] * 0.6  # gentle first, not gentle only


def test_every_figure_and_event_of_the_history_has_a_prompt_of_its_own(catalog: ContentCatalog) -> None:
    history = " ".join(p.text for p in catalog.prompts.values() if p.theme == "solidarity-history")
    assert [name for name in SOLIDARITY_HISTORY if name not in history] == []


def test_every_allyship_action_has_a_prompt_to_reflect_on_it(catalog: ContentCatalog) -> None:
    assert sorted(ACTION_PROMPTS) == list(range(1, 27))
    for number, slug in ACTION_PROMPTS.items():
        prompt = catalog.prompts.get(f"reflection-action-{slug}")
        assert prompt is not None and prompt.theme == "reflection-action", number
        assert prompt.source.text_id == "allyship-actions", number


def test_prompts_naming_a_killing_are_heavy(catalog: ContentCatalog) -> None:
    for prompt in catalog.prompts.values():
        if re.search(r"\b(killed|killing|murder(ed|s)?|assassinat\w+)\b", prompt.text, re.IGNORECASE):
            assert prompt.intensity == "heavy", prompt.id


def test_heavy_prompts_say_plainly_what_they_touch(catalog: ContentCatalog) -> None:
    for prompt in catalog.prompts.values():
        if prompt.intensity == "heavy":
            assert prompt.content_note and len(prompt.content_note.split()) >= 4, prompt.id
            assert prompt.content_note.lower().startswith("this prompt"), prompt.id
            # ... and end with a way back: care, someone to reach, rest or a small step.
            assert re.search(WAY_BACK, prompt.follow_ups[-1], re.IGNORECASE), prompt.id


def test_every_prompt_has_two_to_four_follow_ups_that_do_not_repeat(catalog: ContentCatalog) -> None:
    for prompt in catalog.prompts.values():
        assert 2 <= len(prompt.follow_ups) <= 4, prompt.id
        normalised = [_words(q) for q in prompt.follow_ups]
        assert len(set(normalised)) == len(normalised), prompt.id
        assert _words(prompt.text) not in normalised, prompt.id
        assert all(q.strip().endswith("?") for q in prompt.follow_ups), prompt.id


def test_every_prompt_is_traceable_to_a_passage(catalog: ContentCatalog) -> None:
    for prompt in catalog.prompts.values():
        source = prompt.source
        text = catalog.texts[source.text_id]
        assert source.section in text.sections, prompt.id
        assert source.summary and source.summary.strip().endswith("."), prompt.id
        assert len(re.findall(r"[.!?](\s|$)", source.summary.strip())) == 1, f"{prompt.id}: one sentence"


def test_references_resolve_both_ways(catalog: ContentCatalog) -> None:
    for prompt in catalog.prompts.values():
        assert set(prompt.related) <= set(catalog.library), prompt.id
    for item in catalog.library.values():
        assert item.related_prompts, item.id
        assert set(item.related_prompts) <= set(catalog.prompts), item.id


def test_most_prompts_relate_to_a_library_item(catalog: ContentCatalog) -> None:
    related = sum(1 for p in catalog.prompts.values() if p.related)
    assert related >= 0.5 * len(catalog.prompts)


def test_no_two_prompts_share_a_text_and_none_is_long(catalog: ContentCatalog) -> None:
    texts = Counter(_words(p.text) for p in catalog.prompts.values())
    assert [t for t, n in texts.items() if n > 1] == []
    long = [p.id for p in catalog.prompts.values() if len(p.text) > SHORT_PARAGRAPH]
    assert long == []


def test_prompts_ask_rather_than_instruct(catalog: ContentCatalog) -> None:
    for prompt in catalog.prompts.values():
        assert "?" in prompt.text, prompt.id
        assert not re.search(r"\byou (should|must|need to)\b", prompt.text, re.IGNORECASE), prompt.id


def test_audiences_are_everyone_or_a_named_group_and_most_are_everyone(catalog: ContentCatalog) -> None:
    audiences = Counter(p.audience for p in catalog.prompts.values())
    assert set(audiences) <= {"everyone", "asian-descent"}
    assert audiences["everyone"] > audiences["asian-descent"]


def test_at_least_six_grounding_exercises_with_steps_and_a_duration(catalog: ContentCatalog) -> None:
    assert len(catalog.exercises) >= 6
    for exercise in catalog.exercises.values():
        assert 3 <= len(exercise.steps) <= 12, exercise.id
        assert 1 <= exercise.duration <= 15, exercise.id
        assert all(step.strip() for step in exercise.steps), exercise.id


def test_no_phone_numbers_sms_codes_or_web_addresses_in_prompts(catalog: ContentCatalog) -> None:
    for prompt in catalog.prompts.values():
        words = " ".join((prompt.text, *prompt.follow_ups, prompt.content_note or ""))
        assert not re.search(r"\d{5,}|\btext\s+[A-Z]{3,}\b|https?://|www\.", words), prompt.id


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
