"""Adding or editing someone to reach: a name, how to reach them, and a note."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.content import SupportContact
from .form_dialog import FormDialog, line_field, text_field


class ContactDialog(FormDialog):
    def __init__(self, contact: SupportContact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(480, parent)
        editing = contact is not None
        self.describe(
            self.tr("Edit contact") if editing else self.tr("Add someone to reach"),
            self.tr("Edit contact") if editing else self.tr("Someone you can reach"),
            self.tr("A friend, someone in your family, a therapist, or a helpline you trust. "
                    "This stays on this computer."))
        self.contact = contact
        self.name_edit = line_field(self.tr("Name"), self.tr("Their name"))
        self.reach_edit = line_field(self.tr("How to reach them"), self.tr("A number, an email, where to find them"))
        self.note_edit = text_field(self.tr("Note"), self.tr("Anything you want to remember (optional)"), 84)
        self.add_row(self.tr("Name"), self.name_edit)
        self.add_row(self.tr("How to reach them"), self.reach_edit)
        self.add_row(self.tr("Note"), self.note_edit)

        if contact is not None:
            self.name_edit.setText(contact.name)
            self.reach_edit.setText(contact.how_to_reach)
            self.note_edit.setPlainText(contact.note)
        self.name_edit.textChanged.connect(self._check)
        self._check()
        self.name_edit.setFocus()

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict[str, str]:
        """name, how_to_reach and note as typed (the service trims them)."""
        return dict(name=self.name_edit.text(), how_to_reach=self.reach_edit.text(),
                    note=self.note_edit.toPlainText())
