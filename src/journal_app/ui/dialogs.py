"""Modal questions, behind one object so tests can answer them without blocking."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


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

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), name_filter)
        return Path(path) if path else None

    def own_prompt(self, parent: QWidget, catalog, prompt=None) -> dict | None:  # noqa: ANN001
        from .widgets.own_prompt_dialog import OwnPromptDialog

        dialog = OwnPromptDialog(catalog, prompt, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def before_heavy_prompt(self, parent: QWidget, prompt, offer_grounding: bool) -> str:  # noqa: ANN001
        """"write", "ground" (an exercise first) or "not_now"."""
        from .widgets.heavy_prompt_dialog import HeavyPromptDialog

        dialog = HeavyPromptDialog(prompt, offer_grounding, parent)
        dialog.exec()
        return dialog.choice

    def grounding(self, parent: QWidget, exercise) -> None:  # noqa: ANN001
        from .views.grounding_dialog import GroundingDialog

        GroundingDialog(exercise, parent).exec()

    def settings(self, parent: QWidget, settings, catalog) -> bool:  # noqa: ANN001
        """Show Settings; True when something was changed."""
        from .views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.apply()
