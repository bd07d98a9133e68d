"""The built-in library: everything the three texts name, each item cited, summarised
in two to five sentences and linked to a prompt (issue 6)."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from journal_app.content.loader import load_catalog
from journal_app.domain.content import ContentCatalog
from journal_app.domain.library import group_of
from journal_app.paths import resources_dir
from test_content import ACTION_PROMPTS

# Every book, article, organisation, person, campaign, event, law and concept the
# three texts name, read off them line by line. A name may be mentioned in another
# item's summary (a translator in the article's own item, say) rather than have its own.
NAMES = {
    "bts-solidarity": [
        "BTS", "Big Hit", "ARMY", "Black Lives Matter", "Hasan Minhaj", "My Grandmother's Hands",
        "model minority", "yellow peril", "perpetual foreigner", "situational privilege",
        "situational oppression", "COVID-19", "Harry Au", "Therapy for Asians", "racialized trauma",
        "hip hop",
    ],
    "legacy-solidarity": [
        "Steph Hsu", "Breaking Down the Model Minority Myth", "Brookings", "racial wealth gap", "Cold War",
        "1992", "Frederick Douglass", "Page Act", "Stokely Carmichael", "H. Rap Brown", "Malcolm X",
        "Martin Luther King", "internment", "Philippines", "Vietnam", "Yuri Kochiyama", "Grace Lee Boggs",
        "James Boggs", "Jesse Jackson", "Vincent Chin", "Civil Liberties Act", "Ronald Reagan",
        "reparations", "Tou Thao", "George Floyd", "Koreatown", "Korean War", "reparative systems",
        "white supremacy",
    ],
    "allyship-actions": [
        "Michelle MiJung Kim", "Awaken", "Ahmaud Arbery", "Social Understanding Initiative",
        "Michi Yoshikawa", "Asians4BlackLives", "Jama Abdirahman", "Seattle Globalist", "DEI",
        "white-adjacen", "anti-Blackness", "TGI Justice Project", "Black Girls Code", "NAACP",
        "Dreasjon Reed", "Breonna Taylor", "Sandra Bland", "Eric Garner", "Stephon Clark", "Botham Jean",
        "Kim Tran", "Ijeoma Oluo", "Rachel E. Cargle", "Kimberly Bryant", "Ericka Hart",
        "Brittany Packnett", "Kimberle Crenshaw", "Minda Harts", "Katrina Jones", "Mia Mingus",
        "Kalaya'an Mendoza", "Ellen Pao", "Asian Americans Advancing Justice",
        "Asian American Feminist Collective", "18 Million Rising", "AAVE", "digital blackface",
        "Zinn Education Project", "Liz Kleinrock", "Nina Pop", "Minnesota Freedom Fund",
        "Louisville Community Bail Fund", "Reclaim the Block", "Leslie", "The Wake Up",
        "collective liberation", "trans",
    ],
}


@pytest.fixture(scope="module")
def catalog() -> ContentCatalog:
    return load_catalog(resources_dir())


def test_every_name_in_the_texts_is_in_the_library(catalog: ContentCatalog) -> None:
    library = _folded(" ".join(f"{i.title} {i.summary}" for i in catalog.library.values()))
    missing = [name for names in NAMES.values() for name in names if _folded(name) not in library]
    assert missing == []


def test_every_action_from_1_to_26_is_an_item_with_its_number(catalog: ContentCatalog) -> None:
    numbers = Counter(i.number for i in catalog.library.values() if i.kind == "action")
    assert sorted(numbers) == list(range(1, 27))
    assert all(n == 1 for n in numbers.values())
    for item in catalog.library.values():
        if item.kind == "action":
            assert item.source.text_id == "allyship-actions", item.id
            assert re.search(r"\b(article|Kim)\b", item.summary), f"{item.id}: attributed to the article"
            assert item.date and item.date.startswith("2020-05"), f"{item.id}: told as May 2020"


def test_each_action_leads_to_the_prompt_that_reflects_on_it(catalog: ContentCatalog) -> None:
    for item in catalog.library.values():
        if item.kind == "action":
            reflection = f"reflection-action-{ACTION_PROMPTS[item.number]}"
            assert item.related_prompts[0] == reflection, item.id  # the first one offered
            assert item.id in catalog.prompts[reflection].related, item.id  # and back


def test_a_prompt_that_names_someone_in_the_library_links_to_them(catalog: ContentCatalog) -> None:
    named = [i for i in catalog.library.values() if i.kind not in ("concept", "action")]
    for prompt in catalog.prompts.values():
        for item in named:
            # "The BTS post" names the text, not the group.
            if re.search(rf"{re.escape(item.title)}(?! post)\b", prompt.text):
                titles = [catalog.library[i].title for i in prompt.related if i in catalog.library]
                assert any(item.title in title for title in titles), f"{prompt.id} names {item.title}"


def test_every_item_is_cited_summarised_and_linked_to_a_prompt(catalog: ContentCatalog) -> None:
    for item in catalog.library.values():
        assert item.source.section in catalog.texts[item.source.text_id].sections, item.id
        sentences = re.findall(r"[.!?](?:[’”\")]*)(?:\s|$)", item.summary.strip())
        assert 2 <= len(sentences) <= 5, f"{item.id}: {len(sentences)} sentences"
        assert item.topics, item.id
        assert item.related_prompts and set(item.related_prompts) <= set(catalog.prompts), item.id


def test_web_addresses_only_where_the_texts_give_them_and_no_numbers_to_call(catalog: ContentCatalog) -> None:
    given = {"https://www.visionawaken.com", "https://www.michellemijungkim.com"}  # printed in text 002
    for item in catalog.library.values():
        if item.url:
            assert item.url.rstrip("/").lower() in given, item.id
        assert not re.search(r"\d{5,}|\btext\s+[A-Z]{3,}\b", item.summary), item.id


def test_calls_tied_to_2020_are_dated_and_told_as_what_was_asked_then(catalog: ContentCatalog) -> None:
    moment = [i for i in catalog.library.values()
              if re.search(r"bail|petition|redirect", i.summary, re.IGNORECASE)]
    assert moment
    for item in moment:
        assert item.date and item.date.startswith("2020"), item.id
        assert re.search(r"\b(asked|called|urged|suggested|invited|in 2020|at the time)\b", item.summary), item.id


def test_browsing_groups_are_the_sensible_ones(catalog: ContentCatalog) -> None:
    groups = Counter(group_of(i) for i in catalog.library.values())
    assert {"history", "people", "organisations", "remembering", "concepts", "actions", "books"} <= set(groups)
    assert groups["other"] == 0


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).replace("’", "'").replace("‘", "'")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()
