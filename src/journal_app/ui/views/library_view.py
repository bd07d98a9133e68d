"""The Library area: people, history, books, concepts and actions from the texts."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.content import ContentCatalog, LibraryItem
from .. import style
from ..widgets.empty_state import EmptyState
from .citation import citation_text

ItemRole = Qt.ItemDataRole.UserRole + 1


def kind_names() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("LibraryKinds", text)

    return {
        "person": tr("People"), "event": tr("History"), "law": tr("Laws"),
        "book": tr("Books"), "article": tr("Articles"), "organisation": tr("Organisations"),
        "campaign": tr("Campaigns"), "concept": tr("Concepts"), "action": tr("Actions"),
    }


KIND_ORDER = ("person", "event", "law", "campaign", "organisation", "book", "article", "concept", "action")


class LibraryView(QWidget):
    def __init__(self, catalog: ContentCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.list = QListWidget(objectName="LibraryList")
        self.list.setAccessibleName(self.tr("Library items"))
        self.list.setMinimumWidth(240)
        self.list.setMaximumWidth(320)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)

        self.title = QLabel(wordWrap=True)
        self.title.setFont(style.heading_font(22))
        self.kind = QLabel()
        self.kind.setProperty("role", "eyebrow")
        self.summary = QLabel(wordWrap=True)
        self.summary.setFont(style.writing_font(13))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel(wordWrap=True)
        self.source.setProperty("role", "muted")
        detail = QVBoxLayout()
        detail.setSpacing(12)
        for widget in (self.kind, self.title, self.summary, self.source):
            detail.addWidget(widget)
        detail.addStretch(1)
        detail_page = QWidget()
        detail_page.setLayout(detail)
        detail_page.setMaximumWidth(style.READING_WIDTH)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(detail_page)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 12)
        layout.setSpacing(24)
        if not catalog.library:
            layout.addWidget(EmptyState(self.tr("The library is empty"),
                                        self.tr("No library items could be found in this installation.")))
            return
        layout.addWidget(self.list)
        layout.addWidget(scroll, 1)
        self._fill()
        self.list.currentItemChanged.connect(lambda item, _prev: self._show(item))
        self.list.setCurrentRow(1)  # the first item under the first heading

    def _fill(self) -> None:
        names = kind_names()
        by_kind: dict[str, list[LibraryItem]] = {}
        for item in self._catalog.library.values():
            by_kind.setdefault(item.kind, []).append(item)
        for kind in sorted(by_kind, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else 99):
            header = QListWidgetItem(names.get(kind, kind).upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(header.font())
            font.setPointSize(max(8, font.pointSize() - 1))
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1)
            header.setFont(font)
            self.list.addItem(header)
            for item in sorted(by_kind[kind], key=lambda i: (i.number or 0, i.title)):
                row = QListWidgetItem(item.title)
                row.setData(ItemRole, item)
                self.list.addItem(row)

    def _show(self, row: QListWidgetItem | None) -> None:
        item: LibraryItem | None = row.data(ItemRole) if row is not None else None
        if item is None:
            return
        kind = kind_names().get(item.kind, item.kind)
        if item.number is not None:
            kind = self.tr("%1 · number %2 in the list").replace("%1", kind).replace("%2", str(item.number))
        if item.date:
            kind += " · " + item.date
        self.kind.setText(kind.upper())
        self.title.setText(item.title)
        self.summary.setText(item.summary)
        self.source.setText(citation_text(self._catalog, item.source))
