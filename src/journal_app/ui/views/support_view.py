"""The Support area: what this app is and is not, the people a person can reach,
and grounding exercises. No phone numbers ship with the app: the person adds their own."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.content import ContentCatalog, GroundingExercise, SupportContact
from ...domain.errors import ErrorCode, JournalError
from .. import messages, style
from ..plural import plural
from ..widgets.contact_dialog import ContactDialog

ContactDialogFactory = Callable[[SupportContact | None, QWidget], ContactDialog]


def _label(text: str = "", role: str | None = None, *, bold: bool = False) -> QLabel:
    label = QLabel(text, wordWrap=True)
    if role:
        label.setProperty("role", role)
    if bold:
        label.setFont(style.heading_font(13))
    return label


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 14, 16, 14)
    layout.setSpacing(4)
    return card, layout


class ContactCard(QFrame):
    """One person: name, how to reach them, a note; Edit and Remove when it is theirs."""

    edit_requested = Signal(object)  # the SupportContact
    remove_requested = Signal(object)

    def __init__(self, contact: SupportContact, origin: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        self.setProperty("role", "card")
        text = QVBoxLayout()
        text.setSpacing(4)
        self.origin_label = _label(origin, "muted")
        self.origin_label.setVisible(bool(origin))
        self.name_label = _label(contact.name, bold=True)
        self.reach_label = _label(contact.how_to_reach)
        self.reach_label.setFont(style.writing_font(12))
        self.reach_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reach_label.setVisible(bool(contact.how_to_reach))
        self.note_label = _label(contact.note, "muted")
        self.note_label.setVisible(bool(contact.note))
        for widget in (self.origin_label, self.name_label, self.reach_label, self.note_label):
            text.addWidget(widget)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 12, 14)
        layout.setSpacing(12)
        layout.addLayout(text, 1)
        self.edit_button = self.delete_button = None
        if contact.id is not None:  # the person's own; pack contacts are read-only
            self.edit_button = QPushButton(self.tr("Edit"))
            self.delete_button = QPushButton(self.tr("Remove"))
            buttons = QVBoxLayout()
            buttons.setSpacing(0)
            for button, name in ((self.edit_button, self.tr("Edit %1")),
                                 (self.delete_button, self.tr("Remove %1"))):
                button.setProperty("role", "quiet")
                button.setAccessibleName(name.replace("%1", contact.name))
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
            self.edit_button.clicked.connect(self._edit)
            self.delete_button.clicked.connect(self._remove)

    def _edit(self) -> None:
        self.edit_requested.emit(self.contact)

    def _remove(self) -> None:
        self.remove_requested.emit(self.contact)


class SupportView(QWidget):
    contacts_changed = Signal()  # the person's own list changed (added, edited, removed)

    def __init__(self, support_service, catalog: ContentCatalog, dialogs,  # noqa: ANN001
                 parent: QWidget | None = None, *,
                 contact_dialog: ContactDialogFactory = ContactDialog) -> None:
        super().__init__(parent)
        self._service = support_service
        self._catalog = catalog
        self._dialogs = dialogs
        self._make_dialog = contact_dialog
        self.contact_dialog: ContactDialog | None = None  # the one open now, if any
        self.contact_cards: list[ContactCard] = []
        self.pack_cards: list[ContactCard] = []

        title = QLabel(self.tr("Support"))
        title.setFont(style.heading_font(24))
        intro = _label(self.tr(
            "Intertwined is a journal. It can hold what you write, but it is not a substitute "
            "for care, counselling or therapy, or for the people in your life."))
        intro.setFont(style.writing_font(13))
        self.safety = _label(self.tr(
            "If you are in danger, or you think you might harm yourself, please contact your "
            "local emergency services now. If you can, tell someone near you what is happening."))
        self.safety.setObjectName("ContentNote")
        self.safety.setFont(style.writing_font(13))

        self.add_button = QPushButton(self.tr("Add someone"))
        self.add_button.clicked.connect(self.add_contact)
        people_head = QHBoxLayout()
        people_head.addWidget(self._heading(self.tr("People you can reach")), 1)
        people_head.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        people_hint = _label(self.tr("Only you can see this list. It stays on this computer."), "muted")
        self.empty_state, empty = _card()  # kind, and one clear next action
        empty.setContentsMargins(24, 20, 24, 20)
        empty.setSpacing(8)
        self.empty_title = _label(self.tr("No one here yet"), bold=True)
        self.empty_text = _label(self.tr(
            "Add someone you could reach when things feel heavy: a friend, someone in "
            "your family, a therapist, or a helpline you trust."), "muted")
        self.empty_button = QPushButton(self.tr("Add someone"))
        self.empty_button.setProperty("role", "primary")
        self.empty_button.clicked.connect(self.add_contact)
        for widget in (self.empty_title, self.empty_text):
            empty.addWidget(widget)
        empty.addSpacing(4)
        empty.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.contacts_box = QVBoxLayout()
        self.contacts_box.setSpacing(10)

        self.packs_heading = self._heading(self.tr("From your prompt packs"))
        self.packs_hint = _label(self.tr("These came with a prompt pack, so they can't be changed here."),
                                 "muted")
        self.packs_box = QVBoxLayout()
        self.packs_box.setSpacing(10)

        exercises_hint = _label(self.tr(
            "A few minutes to come back to your breath, your body and the room around you. "
            "You can stop at any step."), "muted")
        self.exercises_box = QVBoxLayout()
        self.exercises_box.setSpacing(10)
        self.exercise_buttons: list[QPushButton] = []

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(4)
        column.addWidget(self.safety)
        column.addSpacing(24)
        column.addLayout(people_head)
        column.addWidget(people_hint)
        column.addLayout(self.contacts_box)
        column.addWidget(self.empty_state)
        self.packs_section = QWidget()  # hidden whole when no pack brings anyone
        packs = QVBoxLayout(self.packs_section)
        packs.setContentsMargins(0, 24, 0, 0)
        packs.setSpacing(12)
        packs.addWidget(self.packs_heading)
        packs.addWidget(self.packs_hint)
        packs.addLayout(self.packs_box)
        column.addWidget(self.packs_section)
        column.addSpacing(24)
        column.addWidget(self._heading(self.tr("Grounding exercises")))
        column.addWidget(exercises_hint)
        column.addLayout(self.exercises_box)
        column.addStretch(1)
        page_column = QWidget()
        page_column.setLayout(column)
        page_column.setMaximumWidth(style.READING_WIDTH)
        page = QWidget()
        centred = QHBoxLayout(page)
        centred.setContentsMargins(40, 36, 40, 48)
        centred.addWidget(page_column)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.refresh()
        self.set_catalog(catalog)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text, wordWrap=True)
        label.setFont(style.heading_font(16))
        return label

    # -- the person's own contacts -------------------------------------------------------
    def refresh(self) -> None:
        """Show the contacts as stored."""
        try:
            contacts = self._service.contacts()
        except Exception as exc:  # noqa: BLE001 - show the page anyway, and say why it is empty
            self._dialogs.error(self, *messages.describe(exc))
            contacts = []
        self.contact_cards = [ContactCard(contact) for contact in contacts]
        _replace(self.contacts_box, self.contact_cards)
        # Bound methods, not lambdas: a lambda holding the view, owned by a child,
        # could end up freeing the view while that child is being deleted.
        for card in self.contact_cards:
            card.edit_requested.connect(self.edit_contact)
            card.remove_requested.connect(self.delete_contact)
        self.empty_state.setVisible(not contacts)
        self.add_button.setVisible(bool(contacts))  # the empty state has its own

    def add_contact(self) -> None:
        self._open_dialog(None)

    def edit_contact(self, contact: SupportContact) -> None:
        self._open_dialog(contact)

    def _open_dialog(self, contact: SupportContact | None) -> None:
        if self.contact_dialog is not None:
            self.contact_dialog.close()
        dialog = self._make_dialog(contact, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._dialog_accepted)
        dialog.finished.connect(self._dialog_finished)
        self.contact_dialog = dialog
        dialog.open()  # window-modal without blocking: the result arrives through accepted

    def _dialog_finished(self) -> None:
        if self.sender() is self.contact_dialog:
            self.contact_dialog = None

    def _dialog_accepted(self) -> None:
        dialog = self.sender()
        contact, values = dialog.contact, dialog.values()
        try:
            if contact is None or contact.id is None:
                self._service.add_contact(**values)
            else:
                self._service.update_contact(contact.id, **values)
        except JournalError as exc:
            self._dialogs.error(self, *messages.describe(exc))
            if exc.code is ErrorCode.SAVE_FAILED:  # nothing was stored: keep what they typed
                self._open_dialog(SupportContact(**values, id=contact.id if contact else None))
                return
        self.refresh()
        self.contacts_changed.emit()

    def delete_contact(self, contact: SupportContact) -> None:
        if not self._dialogs.confirm(
            self, self.tr("Remove %1?").replace("%1", contact.name),
            self.tr("%1 will be removed from your list. This can't be undone.").replace("%1", contact.name),
            self.tr("Remove"),
        ):
            return
        try:
            self._service.delete_contact(contact.id)
        except JournalError as exc:
            self._dialogs.error(self, *messages.describe(exc))
        self.refresh()
        self.contacts_changed.emit()

    # -- what comes with the content: pack contacts, exercises ----------------------------
    def set_catalog(self, catalog: ContentCatalog) -> None:
        """Show the pack contacts and exercises of `catalog` (after a pack is imported)."""
        self._catalog = catalog
        contacts = self._service.pack_contacts(catalog.support_contacts)
        self.pack_cards = [
            ContactCard(c, self.tr("From “%1”").replace("%1", self._service.pack_title(c.pack_id)))
            for c in contacts
        ]
        _replace(self.packs_box, self.pack_cards)
        self.packs_section.setVisible(bool(contacts))

        exercises = list(catalog.exercises.values())
        self.exercise_buttons = []
        self.exercises_empty: QLabel | None = None
        rows: list[QWidget] = []
        for exercise in exercises:
            card, inner = _card()
            row = QHBoxLayout()
            text = QVBoxLayout()
            text.setSpacing(2)
            text.addWidget(_label(exercise.title, bold=True))
            text.addWidget(_label(plural(exercise.duration, "About %n minute", "About %n minutes"), "muted"))
            row.addLayout(text, 1)
            begin = QPushButton(self.tr("Begin"))
            begin.setAccessibleName(self.tr("Begin “%1”").replace("%1", exercise.title))
            begin.setProperty("exercise_id", exercise.id)
            begin.clicked.connect(self._begin_clicked)
            row.addWidget(begin, 0, Qt.AlignmentFlag.AlignVCenter)
            inner.addLayout(row)
            self.exercise_buttons.append(begin)
            rows.append(card)
        if not exercises:
            self.exercises_empty = _label(self.tr(
                "No grounding exercises are installed yet. When they are, you will find them here."),
                "muted")
            rows.append(self.exercises_empty)
        _replace(self.exercises_box, rows)

    def _begin_clicked(self) -> None:
        exercise = self._catalog.exercises.get(self.sender().property("exercise_id"))
        if exercise is not None:
            self.open_exercise(exercise)

    def open_exercise(self, exercise: GroundingExercise) -> None:
        self._dialogs.grounding(self, exercise)


def _replace(box: QVBoxLayout, widgets: list[QWidget]) -> None:
    while box.count():
        item = box.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # gone from the page now, freed once control returns to the loop
            widget.deleteLater()
    for widget in widgets:
        box.addWidget(widget)
