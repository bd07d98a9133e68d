"""Settings, built from the typed registry: one control per setting, by its type."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget,
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
    }
    return words.get(setting.key, (setting.key, {}))


class SettingsDialog(QDialog):
    def __init__(self, settings, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.controls: dict[str, object] = {}
        form = QFormLayout()
        form.setSpacing(12)
        for setting in REGISTRY.values():
            label, choices = describe(setting)
            form.addRow(label, self._control(setting, choices))
        note = QLabel(self.tr("Settings are kept in your journal, on this computer."))
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _control(self, setting: Setting, choices: dict) -> QWidget:
        value = self._settings.get(setting)
        if setting.type is bool:
            box = QCheckBox(choices.get(True, ""))
            box.setChecked(value)
            self.controls[setting.key] = box
            return box
        if setting.type is int:
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
