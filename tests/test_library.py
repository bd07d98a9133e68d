"""The Library: finding items (any script), the browsing groups, saved/read marks and
the person's own resources (stored exactly, across reopening), and the Library area as
a person sees and uses it."""
from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy.exc import OperationalError

from conftest import type_text
from journal_app.content.loader import load_catalog
from journal_app.domain.content import Citation, ContentCatalog, LibraryItem, Prompt, SourceText
from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.domain.library import LibraryMark, filter_items, group_of, library_groups, matches
from journal_app.paths import resources_dir
from journal_app.services.app_services import open_services
from journal_app.services.library import LibraryService
from journal_app.ui.views.library_view import ItemRole, LibraryView

SOURCE = Citation("legacy", "Roots of Cross-Racial Solidarity")


def item(id: str, kind: str, title: str, summary: str = "", topics: tuple[str, ...] = (),  # noqa: A002
         **more) -> LibraryItem:  # noqa: ANN003
    return LibraryItem(id=id, kind=kind, title=title, summary=summary or f"About {title}.",
                       source=SOURCE, topics=topics, **more)


DOUGLASS = item("douglass", "event", "Frederick Douglass's 1869 speech",
                "He defended the right of Chinese and Japanese people to immigrate.",
                ("history-of-solidarity", "immigration"), date="1869",
                related_prompts=("standing-together", "no-such-prompt"))
PAGE_ACT = item("page-act", "law", "The Page Act of 1875", "The first federal law restricting immigration.",
                ("history-of-solidarity", "immigration"), date="1875")
CHIN = item("chin", "event", "Justice for Vincent Chin", "Killed in a racist attack in Detroit in 1982.",
            ("history-of-solidarity", "remembrance"), date="1982")
BOGGS = item("boggs", "person", "Grace Lee Boggs", "An activist and writer in Detroit for seventy years.",
             ("history-of-solidarity", "activists"))
KOCHIYAMA = item("kochiyama", "person", "Yuri Kochiyama", "ஒற்றுமைக்காகப் போராடிய செயற்பாட்டாளர்.",
                 ("activists",))
BTS = item("bts", "organisation", "BTS, ARMY and a donation", "Fans matched a donation to Black Lives Matter.",
           ("justice-campaigns",))
BOOK = item("hands", "book", "My Grandmother's Hands", "Racialized trauma lives in the body.", ("body",))
MINORITY = item("model-minority", "concept", "The model minority myth", "模範的少数派という神話。",
                ("model-minority",))
ACTION_SAY = item("say-names", "action", "Say their names", "Learn the stories, not only the names.",
                  ("allyship", "remembrance"), number=11)
ACTION_UNEARTH = item("unearth", "action", "Uncover internalized anti-Blackness", "Dig up absorbed beliefs.",
                      ("allyship",), number=2)
ACTION_TALK = item("talk", "action", "Talk with family and friends", "Share something to read.",
                   ("allyship", "family"), number=4, date="2020-05-08", url="https://example.org/allyship")
ITEMS = (DOUGLASS, PAGE_ACT, CHIN, BOGGS, KOCHIYAMA, BTS, BOOK, MINORITY, ACTION_SAY, ACTION_UNEARTH, ACTION_TALK)

STANDING = Prompt("standing-together", "solidarity", "Which story of solidarity do you return to?", (),
                  "gentle", "everyone", SOURCE)
FAMILY = Prompt("family-talk", "family", "Picture talking with someone close to you.", (), "heavy",
                "everyone", SOURCE, content_note="This prompt touches on arguments at home about racism.")


def small_catalog() -> ContentCatalog:
    talk = LibraryItem(**{**{f: getattr(ACTION_TALK, f) for f in ACTION_TALK.__slots__},
                          "related_prompts": ("family-talk", "standing-together")})
    items = {i.id: i for i in ITEMS}
    items[talk.id] = talk
    return ContentCatalog(
        texts={"legacy": SourceText("legacy", "A Legacy of AAPI Cross-Racial Solidarity", "Steph Hsu")},
        themes={}, prompts={p.id: p for p in (STANDING, FAMILY)}, library=items)


# -- finding ---------------------------------------------------------------------------------
def test_matches_every_word_case_insensitively_in_title_summary_topics_or_kind() -> None:
    assert matches(DOUGLASS, "")
    assert matches(DOUGLASS, "DOUGLASS chinese")  # title and summary, any case
    assert matches(DOUGLASS, "  japanese   IMMIGRATE ")
    assert matches(DOUGLASS, "solidarity")  # a topic, as its id or in words
    assert matches(DOUGLASS, "history of solidarity")
    assert matches(PAGE_ACT, "law")  # the kind
    assert not matches(DOUGLASS, "douglass korean")  # every word must appear
    assert not matches(BOOK, "douglass")


def test_matches_tamil_cjk_and_composed_or_decomposed_forms() -> None:
    assert matches(KOCHIYAMA, "ஒற்றுமை")  # a Tamil word inside a longer one
    assert matches(MINORITY, "少数派")  # CJK: no spaces, found inside the run
    assert matches(MINORITY, "神話 myth")
    assert not matches(MINORITY, "多数派")
    # போ written as two code points (ப + ோ) or as three (ப + ே + ா) is the same letter.
    decomposed = "ப\u0bc7\u0bbeராடிய"
    assert unicodedata.normalize("NFC", decomposed) != decomposed
    assert matches(KOCHIYAMA, decomposed)
    assert matches(BOOK, "ＢＯＤＹ")  # full-width Latin, as some input methods type it


def test_matches_names_with_or_without_their_accents() -> None:
    crenshaw = item("crenshaw", "person", "Kimberlé Crenshaw", "Coined “intersectionality”.", ("writers",))
    assert matches(crenshaw, "Kimberle")  # as the allyship article spells her name
    assert matches(crenshaw, "kimberlé")
    assert matches(item("n", "person", "Kalaya'an Mendoza"), "kalaya'an")
    # A Tamil vowel sign is not an accent: a different vowel is a different word.
    assert not matches(KOCHIYAMA, "ஒற்றமை")


def test_filter_combines_search_kind_topic_and_saved() -> None:
    assert filter_items(ITEMS, "detroit") == [CHIN, BOGGS]
    assert filter_items(ITEMS, "detroit", kind="person") == [BOGGS]
    assert filter_items(ITEMS, kind="action") == [ACTION_SAY, ACTION_UNEARTH, ACTION_TALK]
    assert filter_items(ITEMS, topic="immigration") == [DOUGLASS, PAGE_ACT]
    assert filter_items(ITEMS, "1875", topic="immigration") == [PAGE_ACT]
    assert filter_items(ITEMS, "detroit", kind="law") == []
    marks = {"chin": LibraryMark("chin", saved=True), "boggs": LibraryMark("boggs", read=True),
             "talk": LibraryMark("talk", saved=True, read=True)}
    assert filter_items(ITEMS, saved_only=True, marks=marks) == [CHIN, ACTION_TALK]
    assert filter_items(ITEMS, "detroit", saved_only=True, marks=marks) == [CHIN]
    assert filter_items(ITEMS, saved_only=True) == []


# -- groups ----------------------------------------------------------------------------------
def test_groups_follow_the_precedence_rule_in_browsing_order() -> None:
    groups = library_groups(reversed(ITEMS))
    assert [(key, [i.id for i in members]) for key, members in groups] == [
        ("history", ["douglass", "page-act"]),  # in time order
        ("people", ["boggs", "kochiyama"]),  # a person on the history topic is still a person
        ("remembering", ["chin"]),  # remembrance comes before history
        ("organisations", ["bts"]),
        ("books", ["hands"]),
        ("concepts", ["model-minority"]),
        ("actions", ["unearth", "talk", "say-names"]),  # by number; remembrance does not split the list
    ]
    assert group_of(item("x", "book", "A history", topics=("history-of-solidarity",))) == "history"
    assert group_of(item("y", "person", "Someone remembered", topics=("remembrance",))) == "remembering"
    assert group_of(item("z", "campaign", "A campaign")) == "organisations"
    assert group_of(item("w", "article", "An article")) == "books"
    assert group_of(item("v", "person", "A writer", topics=("writers",))) == "people"
    # Someone named but not held up as an example: a president who signed a law.
    assert group_of(item("u", "person", "A president", topics=("history-of-solidarity",))) == "named"


def test_titles_sort_without_a_leading_article_or_quotation_mark() -> None:
    titles = ["The racial wealth gap", "“Yellow peril” and the perpetual foreigner", "Anti-Blackness",
              "A kind pause", "Collective liberation"]
    concepts = [item(str(n), "concept", title) for n, title in enumerate(titles)]
    (_key, members), = library_groups(concepts)
    assert [i.title for i in members] == ["Anti-Blackness", "Collective liberation", "A kind pause",
                                          "The racial wealth gap", "“Yellow peril” and the perpetual foreigner"]


def test_every_real_item_is_in_exactly_one_group() -> None:
    catalog = load_catalog(resources_dir())
    groups = library_groups(catalog.library.values())
    listed = [i.id for _key, members in groups for i in members]
    assert sorted(listed) == sorted(catalog.library)  # each once, none lost
    keys = [key for key, _members in groups]
    order = ["history", "people", "remembering", "organisations", "books", "concepts", "actions", "named", "other"]
    assert keys == sorted(keys, key=order.index)
    actions = dict(groups).get("actions", [])
    assert [a.number for a in actions] == sorted(a.number for a in actions)


# -- the service -----------------------------------------------------------------------------
def test_marks_and_own_resources_persist_across_reopening(data_dir, clock) -> None:  # noqa: ANN001
    opened = open_services(data_dir, clock)
    library = LibraryService(opened.db, clock)
    assert library.marks() == {}
    assert library.set_saved("chin", True) == LibraryMark("chin", saved=True, read=False)
    library.set_read("chin", True)
    library.set_read("boggs", True)
    library.set_read("boggs", False)
    first = library.add_resource("  கவிதா அக்கா  ", "person", "Talks about organising 🌼", None)
    library.add_resource("抗爭與團結", "book", "", "  example.org/Some Page?x=1  ")
    library.add_resource("Notes", url="")
    opened.close()

    reopened = open_services(data_dir, clock)
    try:
        library = LibraryService(reopened.db, clock)
        assert library.marks() == {"chin": LibraryMark("chin", True, True), "boggs": LibraryMark("boggs", False, False)}
        resources = library.own_resources()
    finally:
        reopened.close()
    assert [(r.title, r.kind, r.note, r.url) for r in resources] == [
        ("கவிதா அக்கா", "person", "Talks about organising 🌼", None),
        ("抗爭與團結", "book", "", "example.org/Some Page?x=1"),  # as typed, only trimmed
        ("Notes", "article", "", None),
    ]
    assert resources[0].id == first.id and resources[0].created_at == clock().utc


def test_edit_and_delete_a_resource(services) -> None:  # noqa: ANN001
    library = LibraryService(services.db)
    kept = library.add_resource("Kept", "book")
    gone = library.add_resource("Gone", "article")
    edited = library.update_resource(kept.id, "Kept, renamed", "organisation", "a note", "https://example.org")
    assert (edited.title, edited.kind, edited.note, edited.url, edited.created_at) == (
        "Kept, renamed", "organisation", "a note", "https://example.org", kept.created_at)
    library.delete_resource(gone.id)
    assert library.own_resources() == [edited]


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_an_empty_title_is_refused_and_nothing_changes(services, title: str) -> None:  # noqa: ANN001
    library = LibraryService(services.db)
    with pytest.raises(JournalError) as caught:
        library.add_resource(title, "book")
    assert caught.value.code is ErrorCode.MISSING_TEXT and caught.value.details == {"field": "title"}
    kept = library.add_resource("Kept")
    with pytest.raises(JournalError) as caught:
        library.update_resource(kept.id, title)
    assert caught.value.code is ErrorCode.MISSING_TEXT
    assert library.own_resources() == [kept]


def test_an_unknown_resource_is_refused(services) -> None:  # noqa: ANN001
    library = LibraryService(services.db)
    for attempt in (lambda: library.update_resource(404, "Title"), lambda: library.delete_resource(404)):
        with pytest.raises(JournalError) as caught:
            attempt()
        assert caught.value.code is ErrorCode.NOT_FOUND
    assert library.own_resources() == []


def test_a_database_failure_becomes_save_failed(services, monkeypatch) -> None:  # noqa: ANN001
    library = LibraryService(services.db)

    def broken_write():  # noqa: ANN202
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(services.db, "write", broken_write)
    for attempt in (lambda: library.add_resource("A book"), lambda: library.set_saved("chin", True)):
        with pytest.raises(JournalError) as caught:
            attempt()
        assert caught.value.code is ErrorCode.SAVE_FAILED
    monkeypatch.undo()
    assert library.own_resources() == [] and library.marks() == {}


# -- the Library area ------------------------------------------------------------------------
class Browser:
    """Stands in for the system browser: records what it was asked to open."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: str) -> None:
        self.opened.append(url)


def library_view(qtbot, service, dialogs, catalog=None, browser=None) -> LibraryView:  # noqa: ANN001
    view = LibraryView(catalog or small_catalog(), service, dialogs, open_url=browser or Browser())
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    return view


def listed(view: LibraryView) -> list[str]:
    """The rows a person sees in the list, group headers in [brackets]."""
    rows = [view.list.item(i) for i in range(view.list.count())]
    return [r.text() if r.data(ItemRole) else f"[{r.text()}]" for r in rows] if view.list.isVisible() else []


def listed_ids(view: LibraryView) -> list[str]:
    rows = [view.list.item(i) for i in range(view.list.count())]
    return [r.data(ItemRole).id for r in rows if r.data(ItemRole)] if view.list.isVisible() else []


def row_of(view: LibraryView, item_id: str):  # noqa: ANN201
    rows = [view.list.item(i) for i in range(view.list.count())]
    return next(r for r in rows if r.data(ItemRole) and r.data(ItemRole).id == item_id)


def click_row(qtbot, view: LibraryView, item_id: str) -> None:  # noqa: ANN001
    row = row_of(view, item_id)
    view.list.scrollToItem(row)
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=view.list.visualItemRect(row).center())


@pytest.fixture
def library(services) -> LibraryService:  # noqa: ANN001
    return LibraryService(services.db)


def test_the_list_is_grouped_and_headers_are_not_selectable(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    assert listed(view) == [
        "[History of solidarity]", DOUGLASS.title, PAGE_ACT.title,
        "[Activists and writers to learn from]", BOGGS.title, KOCHIYAMA.title,
        "[Remembering]", CHIN.title, "[Organisations and campaigns]", BTS.title,
        "[Books and articles]", BOOK.title, "[Concepts]", MINORITY.title,
        "[Allyship actions]", ACTION_UNEARTH.title, ACTION_TALK.title, ACTION_SAY.title,
    ]
    assert view.list.currentItem().data(ItemRole).id == "douglass"  # the first item, not its header
    assert view.detail.title.text() == DOUGLASS.title
    # The keyboard walks from the last history item past the next header.
    view.list.setFocus()
    QTest.keyClick(view.list, Qt.Key.Key_Down)
    QTest.keyClick(view.list, Qt.Key.Key_Down)
    assert view.list.currentItem().data(ItemRole).id == "boggs"
    assert view.detail.title.text() == BOGGS.title
    header = view.list.item(0)
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable


def test_typing_a_search_narrows_the_list_and_a_kind_narrows_it_further(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    view.search_box.setFocus()
    QTest.keyClicks(view.search_box, "detroit")
    assert listed(view) == ["[Activists and writers to learn from]", BOGGS.title, "[Remembering]", CHIN.title]
    assert view.count_label.text() == "2 of 11"
    kinds = [view.kind_filter.itemText(i) for i in range(view.kind_filter.count())]
    assert kinds == ["All kinds", "Books", "Organisations", "People", "Events", "Laws", "Concepts",
                     "Allyship actions"]
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Events"))
    assert listed_ids(view) == ["chin"]
    assert view.detail.title.text() == CHIN.title  # the one match is shown


def test_topics_read_as_words_and_filter_the_list(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    topics = [view.topic_filter.itemText(i) for i in range(view.topic_filter.count())]
    assert topics[0] == "All topics"
    assert "History of solidarity" in topics and "Justice campaigns" in topics
    assert "history-of-solidarity" not in topics
    view.topic_filter.setCurrentIndex(view.topic_filter.findText("Immigration"))
    assert listed_ids(view) == ["douglass", "page-act"]
    # A topic in an item's detail is a link to the same filter.
    view.topic_filter.setCurrentIndex(0)
    click_row(qtbot, view, "boggs")
    assert "Activists" in view.detail.topics.text()
    view.detail.topics.linkActivated.emit("activists")
    assert listed_ids(view) == ["boggs", "kochiyama"]


def test_searching_in_tamil_and_cjk(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    view.search_box.setFocus()
    type_text(view.search_box, "ஒற்றுமை")
    assert listed_ids(view) == ["kochiyama"]
    view.search_box.clear()
    type_text(view.search_box, "少数派")
    assert listed_ids(view) == ["model-minority"]


def test_no_results_says_so_and_offers_a_way_back(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Laws"))
    QTest.keyClicks(view.search_box, "vincent")
    assert not view.list.isVisible() and view.no_results.isVisible()
    assert view.no_results_title.text() == "Nothing in the library matches “vincent”"
    assert view.count_label.text() == "0 of 11"
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.list.isVisible() and not view.no_results.isVisible()
    assert view.search_box.text() == "" and view.kind_filter.currentText() == "All kinds"
    assert len(listed_ids(view)) == len(ITEMS)
    view.saved_only.setChecked(True)  # nothing saved yet: say how to save
    assert view.no_results_title.text() == "Nothing saved yet"


def test_an_item_shows_its_summary_source_and_date(qtbot, library, dialogs) -> None:  # noqa: ANN001
    browser = Browser()
    view = library_view(qtbot, library, dialogs, browser=browser)
    click_row(qtbot, view, "page-act")
    assert view.detail.title.text() == PAGE_ACT.title
    assert view.detail.summary.text() == PAGE_ACT.summary
    assert view.detail.source.text() == (
        "From Steph Hsu, “A Legacy of AAPI Cross-Racial Solidarity”, section “Roots of Cross-Racial Solidarity”.")
    assert view.detail.eyebrow.text() == "Law  ·  1875"
    assert not view.detail.url.isVisibleTo(view)  # no web address: none shown
    click_row(qtbot, view, "talk")
    assert view.detail.eyebrow.text().startswith("Allyship action  ·  number 4 in the article  ·  ")
    assert "2020" in view.detail.eyebrow.text()
    assert view.detail.url.isVisibleTo(view) and ACTION_TALK.url in view.detail.url.text()
    assert browser.opened == []  # shown, never opened by itself
    view.detail.url.linkActivated.emit(ACTION_TALK.url)  # the person clicks it
    assert browser.opened == [ACTION_TALK.url]


def test_reflect_on_a_related_prompt(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    click_row(qtbot, view, "douglass")  # relates to one known prompt and one that is missing
    assert [b.text() for b in view.detail.reflect_buttons] == ["Reflect on this"]
    click_row(qtbot, view, "talk")
    assert len(view.detail.reflect_buttons) == 2
    cards = [b.parentWidget() for b in view.detail.reflect_buttons]
    texts = [[w.text() for w in c.findChildren(QLabel)] for c in cards]
    assert texts == [["Content note: This prompt touches on arguments at home about racism.", FAMILY.text],
                     [STANDING.text]]  # a heavy prompt's note comes first
    assert view.detail.related_heading.isVisibleTo(view)
    with qtbot.waitSignal(view.reflect_on, timeout=1000) as signal:
        qtbot.mouseClick(view.detail.reflect_buttons[1], Qt.MouseButton.LeftButton)
    assert signal.args == [STANDING]
    click_row(qtbot, view, "boggs")  # no related prompts: no heading
    assert view.detail.reflect_buttons == [] and not view.detail.related_heading.isVisibleTo(view)


def test_saved_and_read_persist_and_show_in_the_list(qtbot, data_dir, clock, dialogs) -> None:  # noqa: ANN001
    opened = open_services(data_dir, clock)
    view = library_view(qtbot, LibraryService(opened.db), dialogs)
    click_row(qtbot, view, "chin")
    qtbot.mouseClick(view.detail.saved_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.detail.read_button, Qt.MouseButton.LeftButton)
    assert view.detail.saved_button.text() == "★ Saved" and view.detail.read_button.text() == "✓ Read"
    assert row_of(view, "chin").text() == f"{CHIN.title}  ★  ✓"
    view.close()
    opened.close()

    reopened = open_services(data_dir, clock)
    try:
        view = library_view(qtbot, LibraryService(reopened.db), dialogs)
        assert row_of(view, "chin").text() == f"{CHIN.title}  ★  ✓"
        assert row_of(view, "boggs").text() == BOGGS.title
        view.saved_only.setChecked(True)
        assert listed_ids(view) == ["chin"]
        assert view.detail.saved_button.isChecked() and view.detail.read_button.isChecked()
        qtbot.mouseClick(view.detail.saved_button, Qt.MouseButton.LeftButton)  # un-save
        assert LibraryService(reopened.db).marks()["chin"] == LibraryMark("chin", saved=False, read=True)
    finally:
        reopened.close()


def test_a_mark_that_cannot_be_saved_does_not_look_saved(qtbot, library, dialogs, monkeypatch) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)

    def disk_full(*args):  # noqa: ANN002, ANN202
        raise JournalError(ErrorCode.SAVE_FAILED, reason="disk full")

    monkeypatch.setattr(library, "set_saved", disk_full)
    qtbot.mouseClick(view.detail.saved_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors[-1][0] == "Not saved yet"
    assert not view.detail.saved_button.isChecked() and view.detail.saved_button.text() == "☆ Save for later"


def fill(dialog, title: str, kind: str, url: str, note: str) -> None:  # noqa: ANN001
    dialog.title_edit.clear()
    type_text(dialog.title_edit, title)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText(kind))
    dialog.url_edit.setText(url)
    dialog.note_edit.setPlainText(note)


def test_add_edit_and_delete_an_own_resource(qtbot, library, dialogs) -> None:  # noqa: ANN001
    browser = Browser()
    view = library_view(qtbot, library, dialogs, browser=browser)
    qtbot.mouseClick(view.own_button, Qt.MouseButton.LeftButton)
    own = view.own
    assert own.isVisible() and own.empty_state.isVisible() and not own.add_button.isVisible()
    qtbot.mouseClick(own.empty_button, Qt.MouseButton.LeftButton)
    dialog = own.dialog
    assert dialog.isVisible() and not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    fill(dialog, "கவிதா அக்கா", "Person", "example.org/kavitha", "Organised with the union 🌼")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert own.dialog is None and not own.empty_state.isVisible()
    [card] = own.cards
    assert (card.title_label.text(), card.kind_label.text(), card.note_label.text()) == (
        "கவிதா அக்கா", "Person", "Organised with the union 🌼")
    assert "example.org/kavitha" in card.url_label.text() and browser.opened == []
    card.url_label.linkActivated.emit("example.org/kavitha")
    assert browser.opened == ["example.org/kavitha"]
    assert view.own_button.text().endswith("1")

    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert own.dialog.title_edit.text() == "கவிதா அக்கா" and own.dialog.kind_combo.currentText() == "Person"
    fill(own.dialog, "Kavitha", "Organisation", "", "")
    own.dialog.accept()
    [card] = own.cards
    assert (card.title_label.text(), card.kind_label.text()) == ("Kavitha", "Organisation")
    assert not card.note_label.isVisibleTo(card) and not card.url_label.isVisibleTo(card)

    dialogs.confirm_answer = False  # "Cancel": kept
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][0] == "Delete “Kavitha”?" and len(own.cards) == 1
    dialogs.confirm_answer = True
    qtbot.mouseClick(own.cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert own.cards == [] and own.empty_state.isVisible() and library.own_resources() == []
    # Choosing an item in the list brings its detail back.
    click_row(qtbot, view, "bts")
    assert view.detail.isVisible() and view.detail.title.text() == BTS.title and not view.own_button.isChecked()


def test_escape_or_an_empty_title_adds_nothing(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    view.show_own_resources()
    view.own.add_resource()
    fill(view.own.dialog, "   ", "Book", "https://example.org", "a note")
    view.own.dialog.accept()  # Enter with an empty title does nothing
    assert view.own.dialog.isVisible()
    QTest.keyClick(view.own.dialog, Qt.Key.Key_Escape)
    assert view.own.dialog is None and library.own_resources() == [] and view.own.empty_state.isVisible()


def test_select_item_clears_filters_that_hide_it(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    QTest.keyClicks(view.search_box, "detroit")
    view.show_own_resources()
    view.select_item("bts")
    assert view.search_box.text() == "" and view.detail.isVisible() and view.detail.title.text() == BTS.title
    assert view.list.currentItem().data(ItemRole).id == "bts"


def test_an_empty_library_still_keeps_own_resources(qtbot, library, dialogs) -> None:  # noqa: ANN001
    library.add_resource("My own book", "book")
    view = library_view(qtbot, library, dialogs, catalog=ContentCatalog({}, {}, {}, {}))
    assert view.no_results_title.text() == "The library is empty" and not view.clear_button.isVisible()
    assert view.own.isVisible() and [c.title_label.text() for c in view.own.cards] == ["My own book"]


def test_the_real_library_lists_every_item_once(qtbot, library, dialogs) -> None:  # noqa: ANN001
    catalog = load_catalog(resources_dir())
    view = library_view(qtbot, library, dialogs, catalog=catalog)
    ids = listed_ids(view)
    assert sorted(ids) == sorted(catalog.library)
    for item_id in ids:
        view.select_item(item_id)
        shown = catalog.library[item_id]
        assert view.detail.title.text() == shown.title and view.detail.summary.text() == shown.summary
        assert len(view.detail.reflect_buttons) == len([p for p in shown.related_prompts if p in catalog.prompts])


def test_text_that_looks_like_markup_is_shown_as_typed(qtbot, library, dialogs) -> None:  # noqa: ANN001
    library.add_resource("<i>Ain't I a Woman?</i> & more", "book", "<b>not bold</b>", "https://example.org/?a=1&b=<2>")
    view = library_view(qtbot, library, dialogs)
    view.show_own_resources()
    [card] = view.own.cards
    for shown, typed in ((card.title_label, "<i>Ain't I a Woman?</i> & more"), (card.note_label, "<b>not bold</b>")):
        assert shown.textFormat() == Qt.TextFormat.PlainText and shown.text() == typed
    assert "&lt;2&gt;" in card.url_label.text()  # the link's text is escaped, not markup
    QTest.keyClicks(view.search_box, "<b>")
    assert view.no_results_title.textFormat() == Qt.TextFormat.PlainText


def test_new_content_keeps_the_persons_place(qtbot, library, dialogs) -> None:  # noqa: ANN001
    view = library_view(qtbot, library, dialogs)
    QTest.keyClicks(view.search_box, "detroit")
    click_row(qtbot, view, "chin")
    assert view.detail.reflect_buttons == []
    catalog = small_catalog()
    chin = LibraryItem(**{**{f: getattr(CHIN, f) for f in CHIN.__slots__}, "related_prompts": ("standing-together",)})
    view.set_catalog(ContentCatalog(catalog.texts, {}, catalog.prompts, {**catalog.library, "chin": chin}))
    assert view.search_box.text() == "detroit" and listed_ids(view) == ["boggs", "chin"]
    assert view.detail.title.text() == CHIN.title and len(view.detail.reflect_buttons) == 1
    view.show_own_resources()
    view.set_catalog(catalog)
    assert view.own.isVisible()
