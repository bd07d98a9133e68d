"""Modal questions, behind one object so tests can answer them without blocking."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Dialogs:
    def confirm(self, parent: QWidget, title: str, text: str, confirm_label: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        accept = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # the safe choice is the default
        box.exec()
        return box.clickedButton() is accept

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)
