"""Modal questions, behind one object so tests can answer them without blocking."""
from __future__ import annotations

from datetime import datetime
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

    def settings(self, parent: QWidget, settings, catalog, encrypted: bool) -> tuple[bool, str | None]:  # noqa: ANN001
        """Show Settings: (whether something was changed, the privacy action asked for:
        "protect", "unprotect", "change", "recovery", "erase", or None)."""
        from .views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings, encrypted, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (accepted and dialog.apply()), (dialog.action if accepted else None)

    def welcome(self, parent: QWidget) -> tuple[str, bool] | None:
        """The first-run welcome: (passphrase, make a recovery key), or None to go on without."""
        from .views.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def protect(self, parent: QWidget) -> tuple[str, bool] | None:
        from .views.protection_dialogs import ProtectDialog

        dialog = ProtectDialog(parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def change_passphrase(self, parent: QWidget) -> tuple[str, str] | None:
        """(current, new), or None when cancelled."""
        from .views.protection_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_passphrase(self, parent: QWidget, title: str, text: str, action: str) -> str | None:
        from .views.protection_dialogs import AskPassphraseDialog

        dialog = AskPassphraseDialog(title, text, action, parent)
        return dialog.field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def recovery_key(self, parent: QWidget, key: str) -> None:
        """Show the recovery key, once; closes only when the person says it is kept."""
        from .views.protection_dialogs import RecoveryKeyDialog

        RecoveryKeyDialog(key, lambda document: self.print_entry(parent, document), parent).exec()

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
        return Path(path) if path else None

    def choose_backup(self, parent: QWidget, backups, folder: str):  # noqa: ANN001, ANN201
        """The backup to restore, or None."""
        from .views.backups_dialog import BackupsDialog

        dialog = BackupsDialog(backups, folder, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm_erase(self, parent: QWidget) -> bool:
        from .views.protection_dialogs import EraseDialog

        dialog = EraseDialog(parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.confirmed()

    def entry_moment(self, parent: QWidget, local: datetime) -> datetime | None:
        """Ask for the date and time an entry was about; None when cancelled."""
        from .widgets.moment_dialog import MomentDialog

        dialog = MomentDialog(local, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_entry(self, parent: QWidget, document) -> bool:  # noqa: ANN001
        """The system's print dialog for an entry laid out for paper; True if printed."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(parent.tr("Print this entry") if parent else "Print")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        document.print_(printer)
        return True

    def recover(self, parent: QWidget, draft, saved) -> str:  # noqa: ANN001
        """Words found after a crash: "recovered", "saved" (keep the saved version) or
        "both" (keep the recovered words as an entry of their own)."""
        from .widgets.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(draft, saved, parent)
        dialog.exec()
        return dialog.choice

    def ask_text(self, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        """One line of text, or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        value, accepted = QInputDialog.getText(parent, title, label, text=text)
        return value if accepted else None
