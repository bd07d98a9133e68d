"""Every tag with how many entries carry it: show a tag's entries, rename a tag, or
merge it into another by giving it that name (every entry follows)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from .. import messages, style

NameRole = Qt.ItemDataRole.UserRole + 1


class TagsDialog(QDialog):
    show_entries = Signal(str)
    changed = Signal()

    def __init__(self, journal, dialogs, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs
        self.setWindowTitle(self.tr("Tags"))
        self.setMinimumSize(380, 420)
        heading = QLabel(self.tr("Your tags"))
        heading.setFont(style.heading_font(16))
        hint = QLabel(self.tr("Rename a tag to fix it everywhere; give it another tag's name to merge the two."),
                      wordWrap=True)
        hint.setProperty("role", "muted")
        self.list = QListWidget(objectName="LibraryList")
        self.list.setAccessibleName(self.tr("Tags"))
        self.empty = QLabel(self.tr("No tags yet. Add one under an entry's title."), wordWrap=True)
        self.empty.setProperty("role", "muted")
        self.show_button = QPushButton(self.tr("Show its entries"))
        self.show_button.setProperty("role", "primary")
        self.rename_button = QPushButton(self.tr("Rename or merge…"))
        close = QPushButton(self.tr("Close"))
        close.setProperty("role", "quiet")
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        for widget in (heading, hint, self.list, self.empty):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.show_button.clicked.connect(self._show)
        self.list.itemActivated.connect(self._show)
        self.rename_button.clicked.connect(self.rename)
        close.clicked.connect(self.reject)
        self.list.currentItemChanged.connect(self._enable)
        self.refresh()

    def refresh(self) -> None:
        current = self.current()
        self.list.clear()
        for name, count in self._journal.tags_with_counts():
            item = QListWidgetItem(f"{name}  ({count})")
            item.setData(NameRole, name)
            self.list.addItem(item)
            if name == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self._enable()

    def current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NameRole) if item else None

    def _enable(self, *_args: object) -> None:
        for button in (self.show_button, self.rename_button):
            button.setEnabled(self.current() is not None)

    def _show(self, *_args: object) -> None:
        if self.current() is not None:
            self.show_entries.emit(self.current())
            self.accept()

    def rename(self) -> None:
        old = self.current()
        if old is None:
            return
        new = self._dialogs.ask_text(self, self.tr("Rename a tag"),
                                     self.tr("New name for “%1”").replace("%1", old), old)
        if new is None or " ".join(new.split()) == old:
            return
        existing = {n.casefold() for n, _ in self._journal.tags_with_counts()} - {old.casefold()}
        if " ".join(new.split()).casefold() in existing and not self._dialogs.confirm(
                self, self.tr("Merge the two tags?"),
                self.tr("“%1” is a tag already. Entries tagged “%2” will be tagged “%1” instead.")
                .replace("%1", " ".join(new.split())).replace("%2", old), self.tr("Merge")):
            return
        try:
            self._journal.rename_tag(old, new)
        except Exception as exc:  # noqa: BLE001
            self._dialogs.error(self, *messages.describe(exc))
            return
        self.changed.emit()
        self.refresh()
