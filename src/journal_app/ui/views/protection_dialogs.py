"""The passphrase dialogs: protect the journal, change or confirm the passphrase,
the recovery key (shown once), and erasing the journal."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from .. import style
from ..widgets.passphrase_fields import PassphraseFields, password_field


def _heading(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setFont(style.heading_font(16))
    return label


def _muted(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setProperty("role", "muted")
    return label


def no_way_back_text(parent: QWidget) -> str:
    return parent.tr("Without your passphrase or your recovery key, nobody can open this journal: not you, "
                     "not us. There is no reset.")


class _Dialog(QDialog):
    """Heading, text, the fields, and Cancel beside one primary button."""

    def __init__(self, title: str, heading: str, text: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(12)
        self.layout_.addWidget(_heading(heading))
        if text:
            self.layout_.addWidget(_muted(text))
        self.action = QPushButton(action)
        self.action.setProperty("role", "primary")
        self.action.setDefault(True)
        self.action.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(cancel)
        self.buttons.addWidget(self.action)

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.buttons)


class ProtectDialog(_Dialog):
    """A new passphrase (and whether to make a recovery key) for a plain journal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Protect your journal"), self.tr("Protect your journal with a passphrase"),
                         self.tr("Your journal will be encrypted on this computer and open on a lock screen. "
                                 "It locks itself when you step away."), self.tr("Protect my journal"), parent)
        self.fields = PassphraseFields()
        self.recovery = QCheckBox(self.tr("Also make a recovery key, in case I forget the passphrase (recommended)"))
        self.recovery.setChecked(True)
        self.layout_.addWidget(self.fields)
        self.layout_.addWidget(self.recovery)
        self.layout_.addWidget(_muted(no_way_back_text(self)))
        self.finish_layout()
        self.action.setEnabled(False)
        self.fields.validity_changed.connect(self.action.setEnabled)
        self.fields.first.setFocus()

    def chosen(self) -> tuple[str, bool] | None:
        passphrase = self.fields.passphrase()
        return None if passphrase is None else (passphrase, self.recovery.isChecked())


class ChangePassphraseDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change passphrase"), self.tr("Change your passphrase"),
                         self.tr("Your recovery key keeps working. The journal itself is not rewritten."),
                         self.tr("Change passphrase"), parent)
        self.current = password_field()
        self.fields = PassphraseFields()
        self.fields.layout().insertRow(0, self.tr("&Current passphrase"), self.current)  # one column of labels
        self.layout_.addWidget(self.fields)
        self.finish_layout()
        self.action.setEnabled(False)
        self.fields.validity_changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self.current.setFocus()

    def _update(self) -> None:
        self.action.setEnabled(bool(self.current.text()) and self.fields.passphrase() is not None)

    def chosen(self) -> tuple[str, str] | None:
        new = self.fields.passphrase()
        return None if new is None or not self.current.text() else (self.current.text(), new)


class AskPassphraseDialog(_Dialog):
    """The current passphrase, before something that changes how the journal is kept."""

    def __init__(self, title: str, text: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(title, title, text, action, parent)
        self.field = password_field()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.field)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.action.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.action.setEnabled(bool(text)))
        self.field.setFocus()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: copy it, print it, and say it is put away."""

    def __init__(self, key: str, print_document: Callable[[QTextDocument], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(520)
        self.key_label = QLabel(key, objectName="RecoveryKey")
        self.key_label.setFont(style.monospace_font(17))
        self.key_label.setTextInteractionFlags(self.key_label.textInteractionFlags().TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        printing = QPushButton(self.tr("&Print…"))
        printing.clicked.connect(lambda: print_document and print_document(self.as_document()))
        printing.setVisible(print_document is not None)
        self.stored = QCheckBox(self.tr("I have written it down or printed it, and put it somewhere safe"))
        self.done = QPushButton(self.tr("Done"))
        self.done.setProperty("role", "primary")
        self.done.setEnabled(False)
        self.stored.toggled.connect(self.done.setEnabled)
        self.done.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(printing)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(_heading(self.tr("Keep this recovery key somewhere safe")))
        layout.addWidget(_muted(self.tr(
            "It opens your journal if you forget your passphrase. This is the only time it is shown. Keep "
            "it away from this computer: on paper, or in a password manager.")))
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(_muted(no_way_back_text(self)))
        layout.addWidget(self.stored)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done)
        layout.addLayout(buttons)

    def as_document(self) -> QTextDocument:
        document = QTextDocument()
        document.setPlainText("\n".join((
            self.tr("Intertwined: recovery key"), "", self.key, "",
            self.tr("This key opens your journal if you forget your passphrase. Keep it somewhere safe."))))
        return document

    def reject(self) -> None:  # Esc closes only once the person says it is put away
        if self.stored.isChecked():
            super().reject()


class EraseDialog(_Dialog):
    """Erasing asks for a typed word, so it cannot happen by a slip of the hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.word = QCoreApplication.translate("EraseDialog", "ERASE")
        super().__init__(
            self.tr("Erase this journal"), self.tr("Erase this journal?"),
            self.tr("Every entry, session, commitment and setting, the key file and the backups in this "
                    "folder are removed from this computer. This cannot be undone. Copies you exported or "
                    "backed up elsewhere are not touched."), self.tr("Erase everything"), parent)
        self.field = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Type %1 to confirm").replace("%1", self.word), self.field)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.action.setProperty("role", "")  # not the inviting accent: this cannot be undone
        self.action.setDefault(False)
        self.action.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.action.setEnabled(self.confirmed()))
        self.field.setFocus()

    def confirmed(self) -> bool:
        return self.field.text().strip().casefold() == self.word.casefold()
