"""Adding or editing someone to reach: a name, how to reach them, and a note."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...domain.content import SupportContact
from .. import style


class ContactDialog(QDialog):
    """Not modal on its own: the caller opens it with open() and listens to accepted,
    so nothing blocks (and a test can fill the fields and call accept())."""

    def __init__(self, contact: SupportContact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        editing = contact is not None
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("Add someone to reach"))
        self.setMinimumWidth(480)

        heading = QLabel(self.tr("Edit contact") if editing else self.tr("Someone you can reach"))
        heading.setFont(style.heading_font(16))
        hint = QLabel(self.tr("A friend, someone in your family, a therapist, or a helpline you trust. "
                              "This stays on this computer."), wordWrap=True)
        hint.setProperty("role", "muted")

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Their name"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.reach_edit = QLineEdit()
        self.reach_edit.setPlaceholderText(self.tr("A number, an email, where to find them"))
        self.reach_edit.setAccessibleName(self.tr("How to reach them"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Anything you want to remember (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(84)

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("How to reach them"), self.reach_edit)
        form.addRow(self.tr("Note"), self.note_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)  # Esc rejects too (QDialog)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if contact is not None:
            self.name_edit.setText(contact.name)
            self.reach_edit.setText(contact.how_to_reach)
            self.note_edit.setPlainText(contact.note)
        self.name_edit.textChanged.connect(self._check)
        self._check()
        self.name_edit.setFocus()

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        if not self.save_button.isEnabled():  # Enter in an empty name field does nothing
            return
        super().accept()

    def values(self) -> dict[str, str]:
        """name, how_to_reach and note as typed (the service trims them)."""
        return dict(name=self.name_edit.text(), how_to_reach=self.reach_edit.text(),
                    note=self.note_edit.toPlainText())
