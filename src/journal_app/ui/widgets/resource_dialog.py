"""The person's own resources in the Library: the words for kinds and topics, the
dialog to add or edit one, and the panel that lists them."""
from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...domain.errors import ErrorCode, JournalError
from ...domain.library import KINDS, OwnResource, topic_words
from .. import messages, style
from .form_dialog import FormDialog, line_field, text_field


def _tr(text: str) -> str:
    return QCoreApplication.translate("Library", text)


def kind_name(kind: str) -> str:
    """One item of a kind: "Book", "Allyship action"."""
    names = {"book": "Book", "article": "Article", "organisation": "Organisation", "person": "Person",
             "campaign": "Campaign", "event": "Event", "law": "Law", "concept": "Concept",
             "action": "Allyship action"}
    return _tr(names[kind]) if kind in names else topic_words(kind)


def kinds_name(kind: str) -> str:
    """Every item of a kind, for the kind filter: "Books", "People"."""
    names = {"book": "Books", "article": "Articles", "organisation": "Organisations", "person": "People",
             "campaign": "Campaigns", "event": "Events", "law": "Laws", "concept": "Concepts",
             "action": "Allyship actions"}
    return _tr(names[kind]) if kind in names else topic_words(kind)


def topic_name(topic: str) -> str:
    """A topic id in words. Names and acronyms are spelled out; the rest reads as a phrase."""
    special = {"anti-blackness": "Anti-Blackness", "black-lives-matter": "Black Lives Matter",
               "covid-19": "COVID-19", "detroit": "Detroit", "koreatown": "Koreatown",
               "online-life": "Online life"}
    return _tr(special[topic]) if topic in special else _tr(topic_words(topic))


def group_title(key: str) -> str:
    """The heading of a browsing group (domain.library.GROUP_ORDER)."""
    titles = {"history": "History of solidarity", "people": "Activists and writers to learn from",
              "remembering": "Remembering", "organisations": "Organisations and campaigns",
              "books": "Books and articles", "concepts": "Concepts", "actions": "Allyship actions",
              "named": "Others named in the texts", "other": "More from the texts"}
    return _tr(titles[key]) if key in titles else key


def long_date_format() -> str:
    """The locale's long date form without the weekday: "8 May 2020", "May 8, 2020"."""
    return re.sub(r"\s*,?\s*dddd\s*,?\s*", " ", QLocale().dateFormat(QLocale.FormatType.LongFormat)).strip()


def date_words(text: str) -> str:
    """"2020-05-08" in the locale's long form without the weekday; "1869" as it is."""
    when = QDate.fromString(text, Qt.DateFormat.ISODate)
    if not when.isValid():
        return text
    return QLocale().toString(when, long_date_format())


def link(href: str, text: str) -> str:
    """A rich-text link in the accent colour (the palette's link blue is not ours)."""
    return (f'<a href="{escape(href, quote=True)}" style="color: {style.current_colors().accent};">'
            f"{escape(text)}</a>")


def label(text: str = "", role: str | None = None) -> QLabel:
    """A wrapping label showing its text exactly (a title with "<i>" stays as typed)."""
    widget = QLabel(text, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


class ResourceDialog(FormDialog):
    """Add or edit one resource."""

    def __init__(self, resource: OwnResource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(500, parent)
        self.resource = resource
        editing = resource is not None and resource.id is not None
        self.describe(
            self.tr("Edit resource") if editing else self.tr("Add a resource"),
            self.tr("Edit resource") if editing else self.tr("Something to keep"),
            self.tr("A book, an article, a person or a group you want to come back to. "
                    "Only you can see this; it stays on this computer."))
        self.title_edit = line_field(self.tr("Title"), self.tr("Its title or name"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.url_edit = line_field(self.tr("Web address"), self.tr("A web address, if it has one (optional)"))
        self.note_edit = text_field(self.tr("Note"),
                                    self.tr("Why it matters to you, where you heard of it (optional)"), 96)
        self.add_row(self.tr("Title"), self.title_edit)
        self.add_row(self.tr("Kind"), self.kind_combo)
        self.add_row(self.tr("Web address"), self.url_edit)
        self.add_row(self.tr("Note"), self.note_edit)

        self.kind_combo.setCurrentIndex(KINDS.index("article"))
        if resource is not None:
            self.title_edit.setText(resource.title)
            if resource.kind in KINDS:
                self.kind_combo.setCurrentIndex(KINDS.index(resource.kind))
            self.url_edit.setText(resource.url or "")
            self.note_edit.setPlainText(resource.note)
        self.title_edit.textChanged.connect(self._check)
        self._check()
        self.title_edit.setFocus()

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.title_edit.text().strip()))

    def values(self) -> dict:
        """title, kind, note and url as typed (the service trims them)."""
        return dict(title=self.title_edit.text(), kind=self.kind_combo.currentData(),
                    note=self.note_edit.toPlainText(), url=self.url_edit.text())


class ResourceCard(QFrame):
    """One of the person's resources: kind, title, note, web address; Edit and Delete."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)
    link_clicked = Signal(str)

    def __init__(self, resource: OwnResource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resource = resource
        self.setProperty("role", "card")
        text = QVBoxLayout()
        text.setSpacing(4)
        self.kind_label = label(kind_name(resource.kind), "eyebrow")
        self.title_label = label(resource.title)
        self.title_label.setFont(style.heading_font(13))
        self.note_label = label(resource.note)
        self.note_label.setFont(style.writing_font(12))
        self.note_label.setVisible(bool(resource.note))
        self.url_label = label(link(resource.url or "", resource.url or ""), "muted")
        self.url_label.setTextFormat(Qt.TextFormat.RichText)
        self.url_label.setToolTip(self.tr("Opens in your web browser"))
        self.url_label.setVisible(bool(resource.url))
        self.url_label.linkActivated.connect(self.link_clicked)
        for widget in (self.kind_label, self.title_label, self.note_label, self.url_label):
            text.addWidget(widget)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        for button, name in ((self.edit_button, self.tr("Edit %1")), (self.delete_button, self.tr("Delete %1"))):
            button.setProperty("role", "quiet")
            button.setAccessibleName(name.replace("%1", resource.title))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 12, 14)
        layout.setSpacing(12)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)

    def _edit(self) -> None:
        self.edit_requested.emit(self.resource)

    def _delete(self) -> None:
        self.delete_requested.emit(self.resource)


class OwnResourcesPanel(QWidget):
    """"Your own resources": the list, an invitation when it is empty, and the dialog."""

    link_clicked = Signal(str)
    changed = Signal()  # listed again: added, edited or deleted

    def __init__(self, service, dialogs, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.dialog: ResourceDialog | None = None  # the one open now, if any
        self.cards: list[ResourceCard] = []
        heading = QLabel(self.tr("Your own resources"))
        heading.setFont(style.heading_font(20))
        self.add_button = QPushButton(self.tr("Add a resource"))
        self.add_button.clicked.connect(self.add_resource)
        head = QHBoxLayout()
        head.addWidget(heading, 1)
        head.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        hint = label(self.tr("Books, articles, people and groups you found yourself, with your notes. "
                             "Only you can see them."), "muted")
        self.empty_state = QFrame()
        self.empty_state.setProperty("role", "card")
        empty = QVBoxLayout(self.empty_state)
        empty.setContentsMargins(24, 20, 24, 20)
        empty.setSpacing(8)
        self.empty_title = label(self.tr("Nothing of your own here yet"))
        self.empty_title.setFont(style.heading_font(13))
        empty.addWidget(self.empty_title)
        empty.addWidget(label(self.tr("Keep a book someone recommended, an article that stayed with you, "
                                      "or someone you want to learn from, with a note on why."), "muted"))
        self.empty_button = QPushButton(self.tr("Add your first resource"))
        self.empty_button.setProperty("role", "primary")
        self.empty_button.clicked.connect(self.add_resource)
        empty.addSpacing(4)
        empty.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(hint)
        layout.addSpacing(4)
        layout.addWidget(self.empty_state)
        layout.addLayout(self.cards_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        try:
            resources = self._service.own_resources()
        except Exception as exc:  # noqa: BLE001 - show the page anyway, and say why it is empty
            self._dialogs.error(self, *messages.describe(exc))
            resources = []
        while self.cards_box.count():
            widget = self.cards_box.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = [ResourceCard(resource) for resource in resources]
        for card in self.cards:  # bound methods, not lambdas over self
            card.edit_requested.connect(self.edit_resource)
            card.delete_requested.connect(self.delete_resource)
            card.link_clicked.connect(self.link_clicked)
            self.cards_box.addWidget(card)
        self.empty_state.setVisible(not resources)
        self.add_button.setVisible(bool(resources))  # the empty state has its own
        self.changed.emit()

    def add_resource(self) -> None:
        self._open_dialog(None)

    def edit_resource(self, resource: OwnResource) -> None:
        self._open_dialog(resource)

    def _open_dialog(self, resource: OwnResource | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog = ResourceDialog(resource, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._dialog_accepted)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _dialog_finished(self) -> None:
        if self.sender() is self.dialog:
            self.dialog = None

    def _dialog_accepted(self) -> None:
        dialog = self.sender()
        resource, values = dialog.resource, dialog.values()
        resource_id = resource.id if resource is not None else None
        try:
            if resource_id is None:
                self._service.add_resource(**values)
            else:
                self._service.update_resource(resource_id, **values)
        except JournalError as exc:
            self._dialogs.error(self, *messages.describe(exc))
            if exc.code is ErrorCode.SAVE_FAILED:  # nothing was stored: keep what they typed
                self._open_dialog(OwnResource(resource_id, values["title"], values["kind"], values["note"],
                                              values["url"], resource.created_at if resource else None))
                return
        self.refresh()

    def delete_resource(self, resource: OwnResource) -> None:
        if not self._dialogs.confirm(
            self, self.tr("Delete “%1”?").replace("%1", resource.title),
            self.tr("“%1” and your note on it will be removed. This can't be undone.").replace("%1", resource.title),
            self.tr("Delete"),
        ):
            return
        try:
            self._service.delete_resource(resource.id)
        except JournalError as exc:
            self._dialogs.error(self, *messages.describe(exc))
        self.refresh()
