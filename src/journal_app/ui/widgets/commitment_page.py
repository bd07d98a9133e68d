"""Step 4: one thing the person will do, optionally tied to an allyship action and a
date. Optional: skipping makes no commitment."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain.content import ContentCatalog, Prompt
from ...domain.session import CommitmentDraft
from .resource_dialog import long_date_format
from .session_page import SessionPage


class CommitmentPage(SessionPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("One thing you'll do"),
                         self.tr("If something you wrote points to a step, name it here: small is good. "
                                 "It waits on Today until you mark it kept or let it go. This is optional."), parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("One thing I'll do…"))
        self.text.setAccessibleName(self.tr("One thing I'll do"))
        self.text.setMaxLength(500)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Allyship action"))
        self.by_date = QCheckBox(self.tr("&By a date"))
        self.due = QDateEdit(calendarPopup=True)
        self.due.setAccessibleName(self.tr("Date"))
        self.due.setDisplayFormat(long_date_format())
        self.due.setEnabled(False)
        dated = QHBoxLayout()
        dated.addWidget(self.by_date)
        dated.addWidget(self.due)
        dated.addStretch(1)
        for caption, widget in ((self.tr("What will you do?"), self.text),
                                (self.tr("Tied to one of the article's allyship actions (optional)"), self.action)):
            label = QLabel(caption, wordWrap=True)
            label.setProperty("role", "eyebrow")
            label.setBuddy(widget)
            self.body.addWidget(label)
            self.body.addWidget(widget)
            self.body.addSpacing(6)
        self.body.addLayout(dated)
        self.body.addStretch(1)
        self.by_date.toggled.connect(self.due.setEnabled)

    def show_draft(self, draft: CommitmentDraft, prompt: Prompt, catalog: ContentCatalog, today: date) -> None:
        """The draft as kept; an empty one suggests the action the prompt reflects on."""
        self.action.clear()
        self.action.addItem(self.tr("No particular action"), None)
        actions = sorted((i for i in catalog.library.values() if i.kind == "action"), key=lambda i: i.number or 0)
        for item in actions:
            self.action.addItem(f"{item.number}. {item.title}", item.id)
        suggested = draft.action_id or next((i for i in prompt.related if catalog.library.get(i) and
                                            catalog.library[i].kind == "action"), None)
        self.action.setCurrentIndex(max(0, self.action.findData(suggested)))
        self.text.setText(draft.text)
        self.by_date.setChecked(draft.due_on is not None)
        self.due.setMinimumDate(QDate(min(today, draft.due_on or today)))
        self.due.setDate(QDate(draft.due_on or today))

    def draft(self) -> CommitmentDraft:
        due = self.due.date().toPython() if self.by_date.isChecked() else None
        return CommitmentDraft(self.text.text(), self.action.currentData(), due)

    def first_field(self) -> QWidget:
        return self.text
