"""Settings, built from the typed registry: one control per setting, by its type."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from ...domain.settings import REGISTRY, Setting


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def describe(setting: Setting) -> tuple[str, dict[object, str]]:
    """The setting's label and the words for its choices."""
    words = {
        "prompts.depth": (_tr("Today's prompt may be"), {
            "gentle": _tr("Gentle only"), "moderate": _tr("Gentle or moderate"),
            "all": _tr("Any depth (heavy prompts come with a content note)")}),
        "prompts.audiences": (_tr("Also offer prompts written for"), {
            "asian-descent": _tr("Writers of Asian descent")}),
        "prompts.grounding_offer": (_tr("Before a heavy prompt"), {
            True: _tr("Offer a grounding exercise")}),
        "editor.text_size": (_tr("Text size for writing"), {}),
        "backups.daily": (_tr("Daily backups to keep"), {n: str(n) for n in (3, 5, 7, 14)}),
        "backups.weekly": (_tr("Weekly backups to keep"), {0: _tr("None"), **{n: str(n) for n in (3, 4, 8)}}),
        "privacy.lock_after_minutes": (_tr("Lock the journal after"), {
            0: _tr("Never by itself"), 1: _tr("1 minute away"),
            **{n: _tr("%1 minutes away").replace("%1", str(n)) for n in (2, 5, 10, 15, 30, 60)}}),
    }
    return words.get(setting.key, (setting.key, {}))


class SettingsDialog(QDialog):
    def __init__(self, settings, encrypted: bool = False, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._settings = settings
        self.action: str | None = None  # a privacy action to run once Settings closes
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.controls: dict[str, object] = {}
        form = QFormLayout()
        form.setSpacing(12)
        for setting in REGISTRY.values():
            label, choices = describe(setting)
            control = self._control(setting, choices)
            if setting.key == "privacy.lock_after_minutes" and not encrypted:
                control.setEnabled(False)  # only a journal with a passphrase can lock
                control.setToolTip(self.tr("Set a passphrase first (Privacy, below)."))
            form.addRow(label, control)
        note = QLabel(self.tr("Settings are kept in your journal, on this computer."))
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._privacy(encrypted))
        layout.addWidget(self._backups())
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _privacy(self, encrypted: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Privacy"))
        state = QLabel(wordWrap=True)
        state.setText(self.tr("Your journal is encrypted on this computer and opens with your passphrase.")
                      if encrypted else self.tr("Your journal is not encrypted: anyone who can use this "
                                                "computer account can read it."))
        grid = QGridLayout(box)
        grid.addWidget(state, 0, 0, 1, 2)
        choices = ([("lock", self.tr("&Lock now")), ("change", self.tr("C&hange passphrase…")),
                    ("recovery", self.tr("New &recovery key…")), ("unprotect", self.tr("Remove passphrase…"))]
                   if encrypted else [("protect", self.tr("&Protect with a passphrase…"))])
        choices.append(("erase", self.tr("Erase this journal…")))
        self.privacy_buttons: dict[str, QPushButton] = {}
        for n, (action, label) in enumerate(choices):
            button = QPushButton(label)
            if action == "protect":
                button.setProperty("role", "primary")
            button.clicked.connect(lambda _checked=False, a=action: self._choose(a))
            grid.addWidget(button, 1 + n // 2, n % 2)
            self.privacy_buttons[action] = button
        return box

    def _backups(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        text = QLabel(self.tr("A backup is made once a day and when you close the app after writing, in "
                              "the journal's folder, encrypted as the journal is."), wordWrap=True)
        grid = QGridLayout(box)
        grid.addWidget(text, 0, 0, 1, 2)
        for n, (action, label) in enumerate((("backup_now", self.tr("&Back up now to a folder…")),
                                             ("restore", self.tr("Restore a &backup…")))):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, a=action: self._choose(a))
            grid.addWidget(button, 1, n)
            self.privacy_buttons[action] = button
        return box

    def _choose(self, action: str) -> None:
        self.action = action
        self.accept()

    def _control(self, setting: Setting, choices: dict) -> QWidget:
        value = self._settings.get(setting)
        if setting.type is bool:
            box = QCheckBox(choices.get(True, ""))
            box.setChecked(value)
            self.controls[setting.key] = box
            return box
        if setting.type is int and not setting.choices:
            spin = QSpinBox(minimum=9, maximum=28, value=value, suffix=" pt")
            self.controls[setting.key] = spin
            return spin
        if setting.type is tuple:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            boxes = {}
            for choice in setting.choices:
                box = QCheckBox(choices.get(choice, choice))
                box.setChecked(choice in value)
                column.addWidget(box)
                boxes[choice] = box
            self.controls[setting.key] = boxes
            return holder
        combo = QComboBox()
        for choice in setting.choices:
            combo.addItem(choices.get(choice, choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        self.controls[setting.key] = combo
        return combo

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, control in self.controls.items():
            if isinstance(control, QCheckBox):
                out[key] = control.isChecked()
            elif isinstance(control, QSpinBox):
                out[key] = control.value()
            elif isinstance(control, dict):
                out[key] = tuple(choice for choice, box in control.items() if box.isChecked())
            else:
                out[key] = control.currentData()
        return out

    def apply(self) -> bool:
        """Store what changed; True if anything did."""
        changed = False
        for key, value in self.values().items():
            setting = REGISTRY[key]
            if self._settings.get(setting) != value:
                self._settings.set(setting, value)
                changed = True
        return changed
