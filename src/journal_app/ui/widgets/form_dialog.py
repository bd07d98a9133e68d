"""The shape every small form in the app shares: a heading, a quiet hint, labelled
fields, and Save / Cancel. Save stays disabled until the form can be saved, and
Enter in a field does nothing then (rather than closing with nothing saved).

Opened with open() by the caller, which listens to accepted: nothing blocks, and a
test can fill the fields and call accept()."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from .. import style


class FormDialog(QDialog):
    def __init__(self, min_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(min_width)
        self.heading = QLabel(wordWrap=True)
        self.heading.setFont(style.heading_font(16))
        self.hint = QLabel(wordWrap=True)
        self.hint.setProperty("role", "muted")
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)  # Esc rejects too (QDialog)
        self.problem = QLabel(wordWrap=True)  # why Save is disabled, when it is not obvious
        self.problem.setProperty("role", "muted")
        self.problem.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def describe(self, window_title: str, heading: str, hint: str) -> None:
        self.setWindowTitle(window_title)
        self.heading.setText(heading)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def add_row(self, label: str, field: QWidget) -> None:
        self.form.addRow(label, field)

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def accept(self) -> None:
        if self.save_button.isEnabled():
            super().accept()


def line_field(accessible_name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    return field


def text_field(accessible_name: str, placeholder: str, height: int) -> QPlainTextEdit:
    """A few lines of plain text; Tab moves on to the next field rather than typing a tab."""
    field = QPlainTextEdit()
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    field.setTabChangesFocus(True)
    field.setFixedHeight(height)
    return field
