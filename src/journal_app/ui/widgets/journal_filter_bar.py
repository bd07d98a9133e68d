"""Narrowing the Journal: by tag, theme, prompt, mood at the check-in and dates. Every
choice combines with the others and with the words in the search box."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QPushButton, QWidget

from ...domain.content import ContentCatalog
from .mood_picker import mood_words

ANY = None
PROMPT_CHARS = 60


class JournalFilterBar(QFrame):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="FilterBar")
        self.tag = QComboBox(editable=True)
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.lineEdit().setPlaceholderText(self.tr("Any tag"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.prompt = QComboBox()
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.mood = QComboBox()
        self.mood.setAccessibleName(self.tr("Mood at the check-in"))
        self.mood.addItem(self.tr("Any mood"), ANY)
        for mood in (1, 2, 3, 4, 5):
            self.mood.addItem(f"{mood} · {mood_words(mood)}", mood)
        self.use_from, self.date_from = QCheckBox(self.tr("From")), self._date_edit(self.tr("From"))
        self.use_to, self.date_to = QCheckBox(self.tr("To")), self._date_edit(self.tr("To"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setProperty("role", "quiet")
        # Each control says what it is ("Any tag", "Any mood"), so no labels beside them:
        # the bar stays three short rows above the list.
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.tag, 0, 0, 1, 2)
        grid.addWidget(self.theme, 0, 2, 1, 2)
        grid.addWidget(self.prompt, 1, 0, 1, 2)
        grid.addWidget(self.mood, 1, 2, 1, 2)
        grid.addWidget(self.use_from, 2, 0)
        grid.addWidget(self.date_from, 2, 1)
        grid.addWidget(self.use_to, 2, 2)
        grid.addWidget(self.date_to, 2, 3)
        grid.addWidget(self.clear_button, 3, 0, 1, 4)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column % 2 else 0)
        for combo in (self.tag, self.theme, self.prompt, self.mood):
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for combo in (self.theme, self.prompt, self.mood):
            combo.currentIndexChanged.connect(self.changed)
        self.tag.currentTextChanged.connect(self.changed)
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self.changed)
            edit.dateChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)
        self._catalog: ContentCatalog | None = None

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), calendarPopup=True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    def fill(self, catalog: ContentCatalog, tags: list[tuple[str, int]], answered: set[str]) -> None:
        """The choices as they are now: tags in use, themes, prompts answered."""
        self._catalog = catalog
        with _Quiet(self):
            tag = self.tag.currentText()
            self.tag.clear()
            self.tag.addItem("")
            for name, count in tags:
                self.tag.addItem(name)
                self.tag.setItemData(self.tag.count() - 1, self.tr("%1 entries").replace("%1", str(count)),
                                     role=Qt.ItemDataRole.ToolTipRole)
            self.tag.setCurrentText(tag)
            theme = self.theme.currentData()
            self.theme.clear()
            self.theme.addItem(self.tr("Any theme"), ANY)
            for item in catalog.themes.values():
                self.theme.addItem(item.title, item.id)
            self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
            prompt = self.prompt.currentData()
            self.prompt.clear()
            self.prompt.addItem(self.tr("Any prompt, or none"), ANY)
            for pid in sorted(answered, key=lambda p: catalog.prompts[p].text if p in catalog.prompts else p):
                text = catalog.prompts[pid].text if pid in catalog.prompts else pid
                self.prompt.addItem(text if len(text) <= PROMPT_CHARS else text[:PROMPT_CHARS].rstrip() + "…", pid)
                self.prompt.setItemData(self.prompt.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            self.prompt.setCurrentIndex(max(0, self.prompt.findData(prompt)))

    def parts(self) -> dict:
        """The filter's fields for EntryFilter (everything but the words)."""
        prompt_ids = None
        if self.prompt.currentData() is not ANY:
            prompt_ids = (self.prompt.currentData(),)
        elif self.theme.currentData() is not ANY and self._catalog is not None:
            theme = self.theme.currentData()
            prompt_ids = tuple(p.id for p in self._catalog.prompts.values() if p.theme == theme)
        tag = " ".join(self.tag.currentText().split())
        return {
            "tags": (tag,) if tag else (),
            "prompt_ids": prompt_ids,
            "moods": (self.mood.currentData(),) if self.mood.currentData() is not ANY else (),
            "date_from": self.date_from.date().toPython() if self.use_from.isChecked() else None,
            "date_to": self.date_to.date().toPython() if self.use_to.isChecked() else None,
        }

    def active(self) -> int:
        """How many filters are set (shown on the Filter button)."""
        parts = self.parts()
        return sum(bool(parts[k]) for k in ("tags", "moods", "date_from", "date_to")) + (parts["prompt_ids"] is not None)

    def show_tag(self, name: str) -> None:
        self.tag.setCurrentText(name)

    def show_day_range(self, first: date, last: date) -> None:
        with _Quiet(self):
            self.date_from.setDate(QDate(first))
            self.date_to.setDate(QDate(last))
            self.use_from.setChecked(True)
            self.use_to.setChecked(True)
        self.changed.emit()

    def clear(self) -> None:
        with _Quiet(self):
            self.tag.setCurrentText("")
            for combo in (self.theme, self.prompt, self.mood):
                combo.setCurrentIndex(0)
            self.use_from.setChecked(False)
            self.use_to.setChecked(False)
        self.changed.emit()


class _Quiet:
    """No `changed` for each field set while several are set at once."""

    def __init__(self, bar: JournalFilterBar) -> None:
        self._bar = bar

    def __enter__(self) -> None:
        self._blocked = self._bar.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        self._bar.blockSignals(self._blocked)
