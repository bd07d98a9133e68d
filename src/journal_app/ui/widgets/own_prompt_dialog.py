"""Writing or editing one's own prompt: the same fields as the built-in ones."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)

from ...domain.content import ContentCatalog, Prompt
from .prompt_card import intensity_word


class OwnPromptDialog(QDialog):
    def __init__(self, catalog: ContentCatalog, prompt: Prompt | None = None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit your prompt") if prompt else self.tr("Write your own prompt"))
        self.setMinimumWidth(520)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("A question you want to sit with"))
        self.text.setFixedHeight(90)
        self.follow_ups = QPlainTextEdit()
        self.follow_ups.setPlaceholderText(self.tr("Follow-up questions, one per line (optional)"))
        self.follow_ups.setFixedHeight(90)
        self.theme = QComboBox()
        for theme in catalog.themes.values():
            self.theme.addItem(theme.title, theme.id)
        self.intensity = QComboBox()
        for value in ("gentle", "moderate", "heavy"):
            self.intensity.addItem(intensity_word(value), value)
        self.content_note = QLineEdit()
        self.content_note.setPlaceholderText(self.tr("What it touches, said plainly (needed when heavy)"))
        self.audience = QComboBox()
        self.audience.addItem(self.tr("Everyone"), "everyone")
        self.audience.addItem(self.tr("Writers of Asian descent"), "asian-descent")

        form = QFormLayout()
        form.addRow(self.tr("Prompt"), self.text)
        form.addRow(self.tr("Follow-ups"), self.follow_ups)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Depth"), self.intensity)
        form.addRow(self.tr("Content note"), self.content_note)
        form.addRow(self.tr("Written for"), self.audience)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.text.textChanged, self.content_note.textChanged, self.intensity.currentIndexChanged):
            signal.connect(self._check)
        if prompt is not None:
            self.text.setPlainText(prompt.text)
            self.follow_ups.setPlainText("\n".join(prompt.follow_ups))
            self.theme.setCurrentIndex(max(0, self.theme.findData(prompt.theme)))
            self.intensity.setCurrentIndex(max(0, self.intensity.findData(prompt.intensity)))
            self.content_note.setText(prompt.content_note or "")
            self.audience.setCurrentIndex(max(0, self.audience.findData(prompt.audience)))
        self._check()

    def _check(self) -> None:
        heavy = self.intensity.currentData() == "heavy"
        missing_note = heavy and not self.content_note.text().strip()
        ok = bool(self.text.toPlainText().strip()) and not missing_note
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.hint.setText(self.tr("A heavy prompt needs a content note.") if missing_note else "")

    def values(self) -> dict:
        return dict(
            theme=self.theme.currentData(), text=self.text.toPlainText(),
            follow_ups=tuple(self.follow_ups.toPlainText().splitlines()),
            intensity=self.intensity.currentData(), content_note=self.content_note.text() or None,
            audience=self.audience.currentData(),
        )
