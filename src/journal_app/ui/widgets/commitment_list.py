"""Open commitments on Today: each with its date and action, marked kept or let go
with one click, and a way to undo the last mark."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.commitment import KEPT, Commitment
from ...domain.content import ContentCatalog


class CommitmentRow(QFrame):
    kept = Signal(int)
    dropped = Signal(int)
    reopened = Signal(int)
    action_requested = Signal(str)

    def __init__(self, commitment: Commitment, catalog: ContentCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="CommitmentRow")
        self.commitment = commitment
        text = QLabel(commitment.text, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        details = [self.tr("Made %1").replace("%1", _day(commitment.made_on))]
        if commitment.due_on:
            details.append(self.tr("by %1").replace("%1", _day(commitment.due_on)))
        action = catalog.library.get(commitment.action_id) if commitment.action_id else None
        if action is not None:
            details.append(f'<a href="item:{escape(action.id)}">{escape(action.title)}</a>')
        meta = QLabel(" · ".join(details), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        meta.setProperty("role", "muted")
        meta.linkActivated.connect(self._open_action)
        self.kept_button = QPushButton(self.tr("Kept"))
        self.kept_button.setToolTip(self.tr("You did this: mark it kept"))
        self.kept_button.setAccessibleName(self.tr("Mark “%1” kept").replace("%1", commitment.text))
        self.drop_button = QPushButton(self.tr("Let go"))
        self.drop_button.setProperty("role", "quiet")
        self.drop_button.setToolTip(self.tr("Not for now: let it go without guilt"))
        self.drop_button.setAccessibleName(self.tr("Let “%1” go").replace("%1", commitment.text))
        self.reopen_button = QPushButton(self.tr("Open again"))
        self.reopen_button.setProperty("role", "quiet")
        self.reopen_button.setAccessibleName(self.tr("Open “%1” again").replace("%1", commitment.text))
        if not commitment.is_open:  # kept or let go: its date, and a way back
            when = _day(commitment.state_changed_on) if commitment.state_changed_on else ""
            details.append((self.tr("kept %1") if commitment.state == KEPT else self.tr("let go %1"))
                           .replace("%1", when).strip())
            meta.setText(" · ".join(details))
        for button in (self.kept_button, self.drop_button):
            button.setVisible(commitment.is_open)
        self.reopen_button.setVisible(not commitment.is_open)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(text)
        words.addWidget(meta)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 6)
        row.addLayout(words, 1)
        row.addWidget(self.kept_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.drop_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        # Bound methods, not lambdas over self (PySide can free a widget early otherwise).
        self.kept_button.clicked.connect(self._keep)
        self.drop_button.clicked.connect(self._drop)
        self.reopen_button.clicked.connect(self._reopen)

    def _keep(self) -> None:
        self.kept.emit(self.commitment.id)

    def _drop(self) -> None:
        self.dropped.emit(self.commitment.id)

    def _reopen(self) -> None:
        self.reopened.emit(self.commitment.id)

    def _open_action(self, link: str) -> None:
        self.action_requested.emit(link[len("item:"):])


class CommitmentList(QWidget):
    """Open commitments (Today), or every one with its dates (Progress: `every=True`)."""

    action_requested = Signal(str)
    failed = Signal(object)  # the exception, for the view to tell
    changed = Signal()  # one was marked (or a mark undone)

    def __init__(self, commitments, parent: QWidget | None = None, every: bool = False) -> None:  # noqa: ANN001
        """`commitments` None: shown from a glance (`show_commitments`) until `attach`."""
        super().__init__(parent)
        self._commitments = commitments
        self._every = every
        self._catalog: ContentCatalog | None = None
        self._shown: list[Commitment] | None = None
        self._waiting: list = []  # marks made before the journal was fully open
        self._last: Commitment | None = None
        self.heading = QLabel(self.tr("Your commitments"), objectName="SectionHeading")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(0)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setProperty("role", "quiet")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.undo_button)
        status_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        layout.addLayout(status_row)
        self.undo_button.clicked.connect(self.undo)
        self._show_status("")

    def refresh(self, catalog: ContentCatalog) -> None:
        self.show_commitments(self._commitments.all() if self._every else self._commitments.open_ones(), catalog)

    def attach(self, commitments) -> None:  # noqa: ANN001
        """The journal is open: marks made on the glance are made now, in order."""
        self._commitments = commitments
        waiting, self._waiting = self._waiting, []
        for mark in waiting:
            mark()

    def show_commitments(self, shown: list[Commitment], catalog: ContentCatalog) -> None:
        unchanged = shown == self._shown and self._catalog is not None and catalog.library == self._catalog.library
        self._catalog, self._shown = catalog, list(shown)
        if not unchanged:  # (else already on screen as they are: Today's glance, then the open journal)
            while self.rows.count():
                widget = self.rows.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
            for commitment in shown:
                row = CommitmentRow(commitment, catalog)
                row.kept.connect(self.keep)
                row.dropped.connect(self.drop)
                row.reopened.connect(self.reopen)
                row.action_requested.connect(self.action_requested)
                self.rows.addWidget(row)
        self.heading.setVisible(bool(shown) and not self._every)
        self.setVisible(self._every or bool(shown) or self.undo_button.isVisible())

    def keep(self, commitment_id: int) -> None:
        self._mark("keep", commitment_id)

    def drop(self, commitment_id: int) -> None:
        self._mark("drop", commitment_id)

    def reopen(self, commitment_id: int) -> None:
        self._mark("reopen", commitment_id, remember=False)

    def undo(self) -> None:
        if self._last is not None:
            last, self._last = self._last, None
            self._mark("reopen", last.id, remember=False)

    def _mark(self, change: str, commitment_id: int, remember: bool = True) -> None:
        if self._commitments is None:  # a glance: the mark is made once the journal is open
            self._waiting.append(lambda: self._mark(change, commitment_id, remember))
            return
        try:
            changed = getattr(self._commitments, change)(commitment_id)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(exc)
            return
        self._last = changed if remember else None
        if remember:
            message = self.tr("Marked kept: “%1”.") if changed.state == KEPT else self.tr("Let go: “%1”.")
            self._show_status(message.replace("%1", changed.text))
        else:
            self._show_status("")
        self.refresh(self._catalog)
        self.changed.emit()
        if remember:
            self.undo_button.setFocus()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.undo_button.setVisible(bool(text))


def _day(day) -> str:  # noqa: ANN001
    from .resource_dialog import date_words  # (a dialog's module: only when a commitment is shown)

    return date_words(day.isoformat())
