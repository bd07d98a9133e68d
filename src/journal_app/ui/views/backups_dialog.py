"""The backups to restore from, each with its date, entries and size, and a word
where one opens with an earlier passphrase."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from ..moment_text import moment_text
from .. import style
from ..plural import plural


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsDialog", text)


def backup_line(backup) -> str:  # noqa: ANN001
    locale = QLocale()
    made = moment_text(backup.made_at)
    entries = (plural(backup.entries, "%n entry", "%n entries") if backup.entries is not None
               else _tr("entries not counted"))
    size = locale.formattedDataSize(backup.size)
    line = f"{made}\n{entries} · {size}"
    if backup.other_passphrase:
        line += "\n" + _tr("Made before your passphrase last changed: it opens with the passphrase you had then.")
    return line


class BackupsDialog(QDialog):
    def __init__(self, backups, folder: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(520, 420)
        self._backups = list(backups)
        heading = QLabel(self.tr("Restore a backup"))
        heading.setFont(style.heading_font(16))
        text = QLabel(self.tr("Your journal as it is now is kept beside it first, so nothing is lost by "
                              "restoring. Backups are made once a day and when you close the app after "
                              "writing; they are in %1.").replace("%1", folder), wordWrap=True)
        text.setProperty("role", "muted")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for backup in self._backups:
            item = QListWidgetItem(backup_line(backup))
            self.list.addItem(item)
        self.empty = QLabel(self.tr("There are no backups yet. The first is made today, in the background."),
                            wordWrap=True)
        self.empty.setVisible(not self._backups)
        self.list.setVisible(bool(self._backups))
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"))
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.restore_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (heading, text, self.list, self.empty):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        if self._backups:
            self.list.setCurrentRow(0)

    def chosen(self):  # noqa: ANN201
        row = self.list.currentRow()
        return self._backups[row] if 0 <= row < len(self._backups) else None
