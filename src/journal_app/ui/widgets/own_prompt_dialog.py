"""Writing or editing one's own prompt: the same fields as the built-in ones."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.content import ContentCatalog, Prompt
from .form_dialog import FormDialog, line_field, text_field
from .prompt_card import intensity_word


class OwnPromptDialog(FormDialog):
    def __init__(self, catalog: ContentCatalog, prompt: Prompt | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(520, parent)
        self.describe(
            self.tr("Edit your prompt") if prompt else self.tr("Write your own prompt"),
            self.tr("Edit your prompt") if prompt else self.tr("A prompt of your own"),
            self.tr("It is kept in your journal and answered like any other prompt."))
        self.text = text_field(self.tr("Prompt"), self.tr("A question you want to sit with"), 90)
        self.follow_ups = text_field(self.tr("Follow-ups"),
                                     self.tr("Follow-up questions, one per line (optional)"), 90)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for theme in catalog.themes.values():
            self.theme.addItem(theme.title, theme.id)
        self.intensity = QComboBox()
        self.intensity.setAccessibleName(self.tr("Depth"))
        for value in ("gentle", "moderate", "heavy"):
            self.intensity.addItem(intensity_word(value), value)
        self.content_note = line_field(self.tr("Content note"),
                                       self.tr("What it touches, said plainly (needed when heavy)"))
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Written for"))
        self.audience.addItem(self.tr("Everyone"), "everyone")
        self.audience.addItem(self.tr("Writers of Asian descent"), "asian-descent")
        for label, field in ((self.tr("Prompt"), self.text), (self.tr("Follow-ups"), self.follow_ups),
                             (self.tr("Theme"), self.theme), (self.tr("Depth"), self.intensity),
                             (self.tr("Content note"), self.content_note),
                             (self.tr("Written for"), self.audience)):
            self.add_row(label, field)

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
        self.text.setFocus()

    def _check(self) -> None:
        heavy = self.intensity.currentData() == "heavy"
        missing_note = heavy and not self.content_note.text().strip()
        self.save_button.setEnabled(bool(self.text.toPlainText().strip()) and not missing_note)
        self.set_problem(self.tr("A heavy prompt needs a content note.") if missing_note else "")

    def values(self) -> dict:
        return dict(
            theme=self.theme.currentData(), text=self.text.toPlainText(),
            follow_ups=tuple(self.follow_ups.toPlainText().splitlines()),
            intensity=self.intensity.currentData(), content_note=self.content_note.text() or None,
            audience=self.audience.currentData(),
        )
