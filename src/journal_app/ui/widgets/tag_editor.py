"""An entry's tags: each shown as a small chip with ×, and a field to add one, which
offers the tags already in use as you type. Enter adds, Backspace in the empty field
takes the last one away."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

MAX_TAG = 60


class _TagField(QLineEdit):
    backspace_on_empty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_on_empty.emit()
            return
        super().keyPressEvent(event)


class TagEditor(QWidget):
    changed = Signal(tuple)  # the tags now, as typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="TagEditor")
        self._tags: list[str] = []
        self._chips = QHBoxLayout()
        self._chips.setSpacing(6)
        self.field = _TagField()
        self.field.setObjectName("TagField")
        self.field.setPlaceholderText(self.tr("Add a tag…"))
        self.field.setAccessibleName(self.tr("Add a tag"))
        self.field.setMaxLength(MAX_TAG)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(self.completer)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self._chips)
        row.addWidget(self.field, 1)
        self.field.returnPressed.connect(self._add_typed)
        self.completer.activated.connect(self._add)
        self.field.backspace_on_empty.connect(self._remove_last)

    def offer(self, names: list[str]) -> None:
        """The tags already in use, for completion."""
        self.completer.model().setStringList(names)  # type: ignore[attr-defined]

    def tags(self) -> tuple[str, ...]:
        return tuple(self._tags)

    def set_tags(self, names) -> None:  # noqa: ANN001
        self._tags = list(names)
        self._show_chips()

    def _add_typed(self) -> None:
        self._add(self.field.text())

    def _add(self, name: str) -> None:
        name = " ".join(name.split())
        self.field.clear()
        if name and name.casefold() not in {t.casefold() for t in self._tags}:
            self._tags.append(name)
            self._show_chips()
            self.changed.emit(self.tags())

    def remove(self, name: str) -> None:
        if name in self._tags:
            self._tags.remove(name)
            self._show_chips()
            self.changed.emit(self.tags())
            self.field.setFocus()

    def _remove_last(self) -> None:
        if self._tags:
            self.remove(self._tags[-1])

    def _show_chips(self) -> None:
        while self._chips.count():
            widget = self._chips.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for name in self._tags:
            chip = QPushButton(f"{name}  ×", objectName="TagChip")
            chip.setToolTip(self.tr("Remove the tag “%1”").replace("%1", name))
            chip.setAccessibleName(self.tr("Tag %1, press to remove").replace("%1", name))
            chip.clicked.connect(_remover(self, name))
            self._chips.addWidget(chip)


def _remover(editor: TagEditor, name: str):  # noqa: ANN202
    def remove() -> None:
        editor.remove(name)

    return remove
