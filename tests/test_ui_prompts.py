"""Today and the prompt browser, driven as a person would."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from conftest import session_writing, type_text
from journal_app.domain.prompt_filter import FAVOURITES, OWN
from journal_app.ui.main_window import JOURNAL, LIBRARY, SUPPORT, TODAY


def browser_of(window):  # noqa: ANN001, ANN201
    today = window.area(TODAY)
    qtbot_click(today.explore_button)
    return today.browser


def qtbot_click(button) -> None:  # noqa: ANN001
    button.click()


def test_browse_a_theme_open_a_heavy_prompt_skip_grounding_and_write(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    browser = browser_of(window)
    heavy = next(p for p in window.holder.current.prompts.values() if p.intensity == "heavy")
    browser.choose_shelf(heavy.theme)
    listed = [browser.prompt_list.item(r).data(Qt.ItemDataRole.UserRole + 1) for r in range(browser.prompt_list.count())]
    assert heavy.id in listed
    assert all(window.holder.current.prompts[pid].theme == heavy.theme for pid in listed)
    browser.select_prompt(heavy.id)
    # The content note comes first, in the card itself...
    assert browser.card.content_note.isVisibleTo(browser) and heavy.content_note in browser.card.content_note.text()
    # ...and again before writing, with grounding on offer; the person skips it.
    dialogs.heavy_choice = "write"
    qtbot.mouseClick(browser.card.write_button, Qt.MouseButton.LeftButton)
    assert dialogs.heavy_notes == [f"Content note: {heavy.content_note}"]
    assert dialogs.grounded == []
    editor = session_writing(window)
    type_text(editor.body_edit, "Writing slowly, at my own pace.")
    assert editor.save_now()
    entry = window.services.journal.get_entry(editor.entry.id)
    assert entry.prompt_id == heavy.id
    assert window.services.prompts.last_answered().get(heavy.id) == entry.local_date
    window.close()

    # Another day: the entry is found in the Journal, still linked to its prompt,
    # and the prompt is marked answered where it is browsed.
    reopened = open_window(data_dir)
    journal = reopened.area(JOURNAL)
    reopened.show_area(JOURNAL)
    qtbot.keyClicks(journal.search_box, "pace")
    qtbot.waitUntil(lambda: journal.model.searching and journal.model.rowCount() == 1, timeout=3000)
    journal.list_view.setCurrentIndex(journal.model.index(0))
    assert journal.editor.prompt_banner.isVisibleTo(journal) and journal.editor.prompt_text.text() == heavy.text
    browser = browser_of(reopened)
    browser.choose_shelf(heavy.theme)
    browser.select_prompt(heavy.id)
    assert browser.prompt_list.currentItem().text().startswith("✓ ")


def test_open_a_library_item_and_reflect_on_it(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    catalog = window.holder.current
    item = next(i for i in catalog.library.values()
                if i.related_prompts and catalog.prompts[i.related_prompts[0]].intensity != "heavy")
    prompt = catalog.prompts[item.related_prompts[0]]
    window.open_library_item(item.id)
    library = window.area(LIBRARY)
    assert window.stack.currentWidget() is library
    assert library.detail.title.text() == item.title
    assert library.detail.summary.text() == item.summary
    assert library.detail.source.text().startswith("From ")
    qtbot.mouseClick(library.detail.reflect_buttons[0], Qt.MouseButton.LeftButton)
    editor = session_writing(window)
    type_text(editor.body_edit, "What this item stirred in me.")
    assert editor.save_now()
    entry = window.services.journal.get_entry(editor.entry.id)
    assert entry.prompt_id == prompt.id
    assert entry.body == "What this item stirred in me."


def test_choosing_grounding_first_opens_an_exercise_then_writing(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    heavy = next(p for p in window.holder.current.prompts.values() if p.intensity == "heavy")
    dialogs.heavy_choice = "ground"
    window.write_about(heavy)
    if window.holder.current.exercises:
        assert dialogs.heavy_offered == [True]
        assert len(dialogs.grounded) == 1
    assert session_writing(window).prompt is heavy


def test_not_now_leaves_the_person_where_they_were(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    heavy = next(p for p in window.holder.current.prompts.values() if p.intensity == "heavy")
    dialogs.heavy_choice = "not_now"
    window.write_about(heavy)
    assert window.stack.currentWidget() is window.area(TODAY)
    assert window.services.journal.count_entries() == 0


def test_the_grounding_offer_can_be_turned_off(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    from journal_app.domain.settings import GROUNDING_OFFER

    window = open_window(data_dir)
    window.services.settings.set(GROUNDING_OFFER, False)
    heavy = next(p for p in window.holder.current.prompts.values() if p.intensity == "heavy")
    window.write_about(heavy)
    assert dialogs.heavy_offered == [False]


def test_shelves_show_counts_and_filters_narrow_the_list(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    browser = browser_of(window)
    total = len(window.holder.current.prompts)
    assert browser.theme_list.item(0).text().endswith(f"({total})")
    browser.intensity.setCurrentIndex(browser.intensity.findData("gentle"))
    shown = browser.visible_prompts()
    assert shown and all(p.intensity == "gentle" for p in shown)
    assert browser.prompt_list.count() == len(shown)
    browser.audience.setCurrentIndex(browser.audience.findData("asian-descent"))
    assert all(p.audience == "asian-descent" and p.intensity == "gentle" for p in browser.visible_prompts())


def test_shuffle_picks_another_prompt_from_the_list(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    browser = browser_of(window)
    before = browser.card.prompt.id
    browser.shuffle()
    assert browser.card.prompt.id != before
    assert browser.card.prompt in browser.visible_prompts()


def test_favourites_are_marked_and_have_their_shelf(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    today = window.area(TODAY)
    qtbot.mouseClick(today.card.favourite_button, Qt.MouseButton.LeftButton)
    assert today.card.favourite_button.text() == "★ Favourite"
    browser = browser_of(window)
    browser.choose_shelf(FAVOURITES)
    assert browser.visible_prompts() == [today.prompt]
    assert browser.prompt_list.item(0).text().startswith("★")


def test_answered_prompts_are_marked(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    prompt = window.area(TODAY).prompt
    window.services.journal.write_entry("answered", prompt_id=prompt.id)
    browser = browser_of(window)
    browser.select_prompt(prompt.id)
    assert "✓" in browser.prompt_list.currentItem().text()
    assert browser.card.answered.text().startswith("You last wrote about this on")


def test_write_edit_answer_and_delete_an_own_prompt(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    browser = browser_of(window)
    dialogs.own_prompt_values = dict(theme="repair", text="What would repair look like this week?",
                                     follow_ups=("Who with?",), intensity="gentle", content_note=None,
                                     audience="everyone")
    qtbot.mouseClick(browser.own_button, Qt.MouseButton.LeftButton)
    browser.choose_shelf(OWN)
    (mine,) = browser.visible_prompts()
    assert mine.text == "What would repair look like this week?"
    assert browser.card.source.text() == "A prompt you wrote."
    dialogs.own_prompt_values = {**dialogs.own_prompt_values, "text": "What might repair look like?"}
    qtbot.mouseClick(browser.card.edit_button, Qt.MouseButton.LeftButton)
    assert browser.card.text.text() == "What might repair look like?"
    qtbot.mouseClick(browser.card.write_button, Qt.MouseButton.LeftButton)
    editor = session_writing(window)
    assert editor.prompt_text.text() == "What might repair look like?"
    type_text(editor.body_edit, "Calling my sister.")
    editor.save_now()
    window.show_area(TODAY)
    browser.choose_shelf(OWN)
    dialogs.confirm_answer = True
    qtbot.mouseClick(browser.card.delete_button, Qt.MouseButton.LeftButton)
    assert browser.visible_prompts() == []
    assert window.services.journal.search("sister").total == 1  # the answer stays


GOOD_PACK = Path(__file__).with_name("data") / "pack_between_sessions.toml"


def test_importing_a_pack_adds_its_prompts_or_explains_every_problem(qtbot, open_window, data_dir, dialogs, tmp_path) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    support = window.area(SUPPORT)  # already built: it must learn of the pack's contacts
    assert not support.packs_section.isVisibleTo(support)
    browser = browser_of(window)
    broken = tmp_path / "broken.toml"
    broken.write_text(GOOD_PACK.read_text(encoding="utf-8").replace('intensity = "gentle"', 'intensity = "deep"')
                      .replace('theme = "first-week"', 'theme = "nowhere"', 1), encoding="utf-8")
    dialogs.file_to_open = broken
    qtbot.mouseClick(browser.import_button, Qt.MouseButton.LeftButton)
    title, text = dialogs.errors[-1]
    assert title == "This pack was not imported"
    assert "broken.toml, line" in text and "“deep” is not allowed for “intensity”" in text
    assert "“theme” points to “nowhere”" in text
    assert not any(p.id.startswith("between-") for p in window.holder.current.prompts.values())

    dialogs.file_to_open = GOOD_PACK
    qtbot.mouseClick(browser.import_button, Qt.MouseButton.LeftButton)
    assert dialogs.informed[-1][1] == "“Between sessions” added 2 prompts."
    assert browser.theme_list.item(0).text().endswith(f"({len(window.holder.current.prompts)})")
    assert "between-sessions-noticing" in window.holder.current.prompts
    window.show_area(SUPPORT)
    shown = [(card.name_label.text(), card.origin_label.text()) for card in support.pack_cards]
    assert shown == [("The practice", "From “Between sessions”")]
    assert support.packs_section.isVisibleTo(support)


def test_settings_from_the_sidebar_change_the_writing_size(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    window.show_area(JOURNAL)
    dialogs.settings_changes = {"editor.text_size": 17}
    qtbot.mouseClick(window.sidebar.settings_button, Qt.MouseButton.LeftButton)
    assert window.area(JOURNAL).editor.body_edit.font().pointSize() == 17


def test_long_theme_names_wrap_and_show_in_full(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    browser = browser_of(window)
    window.resize(900, 700)
    qtbot.wait(50)  # let the new width reach the lists
    themes = browser.theme_list
    one_line = themes.visualItemRect(themes.item(1)).height()  # "Favourites  (0)"
    for row in range(themes.count()):
        item = themes.item(row)
        rect = themes.visualItemRect(item)
        lines = themes.fontMetrics().boundingRect(
            0, 0, themes.viewport().width() - 28, 10_000, Qt.TextFlag.TextWordWrap, item.text()).height()
        assert rect.height() >= lines, item.text()
    longest = max((themes.item(r) for r in range(themes.count())), key=lambda i: len(i.text()))
    assert themes.visualItemRect(longest).height() > one_line  # it wrapped, and the row grew with it


def test_today_lists_the_latest_entries_and_opens_one_in_the_journal(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    from journal_app.services.app_services import open_services

    services = open_services(data_dir)  # a journal with four entries, one in the Trash
    for words in ("The first of them", "The second", "<b>The third</b>, as typed"):
        services.journal.write_entry(words)
    services.journal.trash_entry(services.journal.write_entry("Taken back").id)
    services.close()
    window = open_window(data_dir)
    today = window.area(TODAY)
    recent = today.recent
    assert recent.isVisibleTo(today)
    assert [e.heading for e in recent.shown] == ["<b>The third</b>, as typed", "The second", "The first of them"]
    link = recent.links[0]
    assert "&lt;b&gt;The third&lt;/b&gt;" in link.text()  # shown as typed, never as markup
    link.linkActivated.emit(link.text().split('"')[1])  # the row's link, as a click or Enter on it sends
    assert window.stack.currentWidget() is window.area(JOURNAL)
    journal = window.area(JOURNAL)
    assert journal.editor.entry.id == recent.shown[0].id and journal.right.currentWidget() is journal.editor
    journal.new_entry()
    type_text(journal.editor.body_edit, "Written just now")
    journal.editor.save_now()
    window.show_area(TODAY)  # back on Today: the new one leads
    assert recent.shown[0].heading == "Written just now" and len(recent.shown) == 3


def test_today_shows_no_latest_entries_in_an_empty_journal(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    assert not window.area(TODAY).recent.isVisibleTo(window.area(TODAY))
