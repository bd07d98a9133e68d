"""Support: the person's own contacts (stored, ordered, exact), pack contacts (read-only),
and the Support area as a person sees and uses it."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel
from sqlalchemy.exc import OperationalError

from conftest import type_text
from journal_app.content.loader import load_catalog
from journal_app.content.problems import ContentError
from journal_app.domain.content import ContentCatalog, GroundingExercise, SupportContact
from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.paths import resources_dir
from journal_app.services.app_services import open_services
from journal_app.services.support import SupportService
from journal_app.ui.views.support_view import SupportView
from journal_app.ui.widgets.contact_dialog import ContactDialog

TAMIL = "கவிதா அக்கா"
CJK = "李明 · 김민지"
EMOJI_NOTE = "Always answers 🌼🫖 — even late"
BREATHING = GroundingExercise("slow-breath", "Slow breathing", 3, "Longer breaths out than in.",
                              ("Breathe in gently.", "Breathe out a little longer."))
PACK_CONTACT = SupportContact("Community care circle", "Ask at the front desk", "Thursday evenings",
                              pack_id="care-pack")


@pytest.fixture
def support(services) -> SupportService:  # noqa: ANN001
    return SupportService(services.db)


@pytest.fixture
def catalog() -> ContentCatalog:
    # The Support area shows only a catalog's exercises and pack contacts; each test
    # gives its own, so the built-in files (edited in parallel) cannot sway these tests.
    return ContentCatalog({}, {}, {}, {})


# -- the service -------------------------------------------------------------------------
def test_add_edit_delete_and_order_is_kept(support) -> None:  # noqa: ANN001
    first = support.add_contact("  Mum  ", " call her ", " evenings ")
    second = support.add_contact("Dr. Okafor", "the clinic's front desk")
    third = support.add_contact("Sam", "")
    assert first == SupportContact("Mum", "call her", "evenings", id=first.id)
    assert first.pack_id is None
    edited = support.update_contact(second.id, "Dr. Amara Okafor", "email", "Tuesdays")
    assert [c.name for c in support.contacts()] == ["Mum", "Dr. Amara Okafor", "Sam"]
    assert support.contacts()[1] == edited
    support.delete_contact(first.id)
    assert [c.id for c in support.contacts()] == [second.id, third.id]
    fourth = support.add_contact("Priya", "text")
    assert [c.name for c in support.contacts()] == ["Dr. Amara Okafor", "Sam", "Priya"]
    assert support.contacts()[-1].id == fourth.id


def test_contacts_persist_across_reopening_exactly(data_dir) -> None:  # noqa: ANN001
    opened = open_services(data_dir)
    service = SupportService(opened.db)
    service.add_contact(TAMIL, "அழைக்கவும் after work", EMOJI_NOTE)
    service.add_contact(CJK, "微信: liming", "多谢 🙏🏽")
    opened.close()

    reopened = open_services(data_dir)
    try:
        contacts = SupportService(reopened.db).contacts()
    finally:
        reopened.close()
    assert [(c.name, c.how_to_reach, c.note) for c in contacts] == [
        (TAMIL, "அழைக்கவும் after work", EMOJI_NOTE),
        (CJK, "微信: liming", "多谢 🙏🏽"),
    ]


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_an_empty_name_is_refused(support, name: str) -> None:  # noqa: ANN001
    with pytest.raises(JournalError) as caught:
        support.add_contact(name, "somewhere")
    assert caught.value.code is ErrorCode.MISSING_TEXT and caught.value.details == {"field": "name"}
    kept = support.add_contact("Sam", "text")
    with pytest.raises(JournalError) as caught:
        support.update_contact(kept.id, name, "text", "")
    assert caught.value.code is ErrorCode.MISSING_TEXT
    assert support.contacts() == [kept]


def test_an_unknown_contact_is_refused(support) -> None:  # noqa: ANN001
    gone = support.add_contact("Sam", "text")
    support.delete_contact(gone.id)
    for attempt in (lambda: support.update_contact(gone.id, "Sam", "", ""),
                    lambda: support.delete_contact(gone.id)):
        with pytest.raises(JournalError) as caught:
            attempt()
        assert caught.value.code is ErrorCode.NOT_FOUND
    assert support.contacts() == []


def test_a_database_failure_becomes_save_failed(support, services, monkeypatch) -> None:  # noqa: ANN001
    def broken_write():  # noqa: ANN202
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(services.db, "write", broken_write)
    with pytest.raises(JournalError) as caught:
        support.add_contact("Sam", "text")
    assert caught.value.code is ErrorCode.SAVE_FAILED
    monkeypatch.undo()
    assert support.contacts() == []


def test_pack_contacts_are_listed_once_with_their_pack_title(services) -> None:  # noqa: ANN001
    other = SupportContact("Elders' line", "ask the organisers", pack_id="unknown-pack")
    support = SupportService(services.db, (PACK_CONTACT,), {"care-pack": "Care after loss"})
    assert support.pack_contacts() == (PACK_CONTACT,)
    assert support.pack_contacts([PACK_CONTACT, other]) == (PACK_CONTACT, other)
    assert support.pack_title("care-pack") == "Care after loss"
    assert support.pack_title("unknown-pack") == "unknown-pack"
    assert support.contacts() == []  # pack contacts are not the person's own


# -- the Support area ------------------------------------------------------------------------
def support_view(qtbot, support, catalog, dialogs) -> SupportView:  # noqa: ANN001
    view = SupportView(support, catalog, dialogs)
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    return view


def shown_texts(view: SupportView) -> list[str]:
    widgets = view.findChildren(QLabel) + view.findChildren(QAbstractButton)
    return [w.text() for w in widgets if w.isVisibleTo(view) and w.text()]


def fill(dialog: ContactDialog, name: str, reach: str, note: str) -> None:
    for edit, text in ((dialog.name_edit, name), (dialog.reach_edit, reach)):
        edit.clear()
        type_text(edit, text)
    dialog.note_edit.setPlainText(note)


def test_add_and_edit_a_support_contact(qtbot, support, catalog, dialogs) -> None:  # noqa: ANN001
    view = support_view(qtbot, support, catalog, dialogs)
    assert view.empty_state.isVisible() and not view.contact_cards
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    dialog = view.contact_dialog
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no name yet
    fill(dialog, TAMIL, "call after six", EMOJI_NOTE)
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert view.contact_dialog is None and not view.empty_state.isVisible()
    [card] = view.contact_cards
    assert (card.name_label.text(), card.reach_label.text(), card.note_label.text()) == (
        TAMIL, "call after six", EMOJI_NOTE)
    assert view.add_button.isVisible()

    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.contact_dialog
    assert dialog.name_edit.text() == TAMIL and dialog.note_edit.toPlainText() == EMOJI_NOTE
    fill(dialog, CJK, "WeChat", "")
    dialog.accept()

    [card] = view.contact_cards
    assert card.name_label.text() == CJK and card.reach_label.text() == "WeChat"
    assert not card.note_label.isVisibleTo(card)
    assert [(c.name, c.how_to_reach, c.note) for c in support.contacts()] == [(CJK, "WeChat", "")]


def test_escape_and_an_empty_name_add_no_one(qtbot, support, catalog, dialogs) -> None:  # noqa: ANN001
    view = support_view(qtbot, support, catalog, dialogs)
    view.add_contact()
    dialog = view.contact_dialog
    fill(dialog, "   ", "somewhere", "")
    dialog.accept()  # Save is disabled: Enter in the form does nothing either
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and view.contact_dialog is None
    assert support.contacts() == [] and view.empty_state.isVisible()


def test_removing_asks_first(qtbot, support, catalog, dialogs) -> None:  # noqa: ANN001
    support.add_contact("Sam", "text")
    support.add_contact("Priya", "email")
    view = support_view(qtbot, support, catalog, dialogs)
    dialogs.confirm_answer = False
    qtbot.mouseClick(view.contact_cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][0] == "Remove Sam?"
    assert [c.name_label.text() for c in view.contact_cards] == ["Sam", "Priya"]

    dialogs.confirm_answer = True
    qtbot.mouseClick(view.contact_cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert [c.name_label.text() for c in view.contact_cards] == ["Priya"]
    assert [c.name for c in support.contacts()] == ["Priya"]
    qtbot.mouseClick(view.contact_cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert view.contact_cards == [] and view.empty_state.isVisible()


def test_a_contact_removed_meanwhile_is_explained(qtbot, support, catalog, dialogs) -> None:  # noqa: ANN001
    sam = support.add_contact("Sam", "text")
    view = support_view(qtbot, support, catalog, dialogs)
    view.edit_contact(sam)
    support.delete_contact(sam.id)  # elsewhere: the command line, say
    view.contact_dialog.accept()
    assert dialogs.errors == [("Already gone", "This was removed in the meantime; nothing else changed.")]
    assert view.contact_cards == [] and view.empty_state.isVisible()


def test_a_failed_save_keeps_what_was_typed(qtbot, support, catalog, dialogs, monkeypatch) -> None:  # noqa: ANN001
    view = support_view(qtbot, support, catalog, dialogs)
    view.add_contact()
    fill(view.contact_dialog, TAMIL, "call after six", EMOJI_NOTE)

    def disk_full(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise JournalError(ErrorCode.SAVE_FAILED, reason="disk full")

    monkeypatch.setattr(support, "add_contact", disk_full)
    view.contact_dialog.accept()
    assert dialogs.errors[-1][0] == "Not saved yet"
    again = view.contact_dialog
    assert again is not None and again.isVisible()
    assert (again.name_edit.text(), again.reach_edit.text(), again.note_edit.toPlainText()) == (
        TAMIL, "call after six", EMOJI_NOTE)
    monkeypatch.undo()
    again.accept()  # the disk has room again
    assert [c.name for c in support.contacts()] == [TAMIL]
    assert [c.name_label.text() for c in view.contact_cards] == [TAMIL]


def test_the_page_points_to_emergency_services_and_ships_no_numbers(qtbot, support, catalog,  # noqa: ANN001
                                                                     dialogs) -> None:
    cat = replace(catalog, exercises={BREATHING.id: BREATHING}, support_contacts=(PACK_CONTACT,))
    view = support_view(qtbot, support, cat, dialogs)
    page = "\n".join(shown_texts(view))
    assert "not a substitute" in page and "therapy" in page
    assert "contact your local emergency services now" in page
    assert "People you can reach" in page and "Grounding exercises" in page
    assert not re.search(r"\d{3,}", page), page


def test_pack_contacts_are_shown_read_only(qtbot, services, catalog, dialogs) -> None:  # noqa: ANN001
    support = SupportService(services.db, pack_titles={"care-pack": "Care after loss"})
    view = support_view(qtbot, support, replace(catalog, support_contacts=(PACK_CONTACT,)), dialogs)
    assert view.packs_section.isVisible()
    [card] = view.pack_cards
    assert card.origin_label.text() == "From “Care after loss”"
    assert (card.name_label.text(), card.reach_label.text(), card.note_label.text()) == (
        "Community care circle", "Ask at the front desk", "Thursday evenings")
    assert card.edit_button is None and card.findChildren(QAbstractButton) == []
    assert view.contact_cards == [] and view.empty_state.isVisible()  # not the person's own

    view.set_catalog(catalog)  # the pack was removed
    assert view.pack_cards == [] and not view.packs_section.isVisible()


def test_exercises_open_the_grounding_dialog(qtbot, support, catalog, dialogs) -> None:  # noqa: ANN001
    other = GroundingExercise("notice", "Five things you can notice", 1, "Look around.", ("Look.",))
    view = support_view(qtbot, support, replace(catalog, exercises={e.id: e for e in (BREATHING, other)}),
                        dialogs)
    page = shown_texts(view)
    assert "Slow breathing" in page and "About 3 minutes" in page and "About 1 minute" in page
    qtbot.mouseClick(view.exercise_buttons[1], Qt.MouseButton.LeftButton)
    assert dialogs.grounded == [other]


def test_no_exercises_yet_says_so_kindly(qtbot, support, catalog, dialogs) -> None:  # noqa: ANN001
    view = support_view(qtbot, support, catalog, dialogs)
    assert view.exercise_buttons == []
    assert view.exercises_empty.isVisible()
    assert "No grounding exercises are installed yet" in view.exercises_empty.text()


def test_built_in_content_ships_no_numbers_to_call() -> None:
    """No phone numbers or SMS codes ship with the app: the person adds their own."""
    try:
        built_in = load_catalog(resources_dir())
    except ContentError as exc:  # reported precisely by the content tests
        pytest.skip(f"the built-in content does not load: {exc}")
    for contact in built_in.support_contacts:
        assert not re.search(r"\d{3,}", f"{contact.name} {contact.how_to_reach} {contact.note}"), contact
