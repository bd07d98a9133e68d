"""Shown when the journal is damaged: what happened, in plain words, where the
damaged file now is (unchanged), and the newest good backup to restore."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..moment_text import moment_text
from ..plural import plural
from ..widgets.empty_state import EmptyState


class DamagePage(EmptyState):
    restore_requested = Signal()
    new_requested = Signal()

    def __init__(self, aside, backup, detail: str, no_key_file: bool = False,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        where = (self.tr("It has been set aside, unchanged, as “%1”, so nothing more is written to it.")
                 .replace("%1", aside.name) if aside is not None else "")
        super().__init__(
            self.tr("Your journal is damaged"),
            self.tr("Part of the journal's file is not as it was written (most often a fault of the disk, or a "
                    "copy cut short), so it cannot be trusted. %1").replace("%1", where), parent=parent)
        self.backup_text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setProperty("role", "primary")
        self.new_button = QPushButton(self.tr("Begin a new journal"))
        if backup is not None:
            made = moment_text(backup.made_at)
            self.backup_text.setText(self.tr("The newest good backup is from %1, with %2. Restoring it brings "
                                             "back everything written up to then.")
                                     .replace("%1", made).replace("%2", plural(backup.entries or 0, "%n entry", "%n entries")))
        else:
            self.backup_text.setText(self.tr("There is no good backup to restore from. The damaged file is kept, "
                                             "in case someone can recover it."))
        self.restore_button.setVisible(backup is not None)
        if no_key_file and aside is not None:  # damaged, or encrypted with its key file lost
            self.backup_text.setText(self.backup_text.text() + "\n\n" + self.tr(
                "If this journal had a passphrase and its key file (journal.key) was lost in a copy, nothing "
                "is damaged: put journal.key back in the folder, rename “%1” to journal.sqlite3, and start "
                "Intertwined again.").replace("%1", aside.name))
        self.detail = QLabel(self.tr("What the check found: %1").replace("%1", detail), wordWrap=True,
                             alignment=Qt.AlignmentFlag.AlignHCenter)
        self.detail.setProperty("role", "muted")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.column.addWidget(self.backup_text)
        self.column.addLayout(buttons)
        self.column.addWidget(self.detail)
        self.restore_button.clicked.connect(self.restore_requested)
        self.new_button.clicked.connect(self.new_requested)
        (self.restore_button if backup is not None else self.new_button).setDefault(True)
