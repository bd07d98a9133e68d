"""A few feeling words to tick, and a line for one's own."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

# Offered to tick; the person's own words go in the line beside them.
FEELINGS = ("calm", "curious", "hopeful", "tender", "tired", "sad", "anxious", "angry", "numb", "unsettled",
            "ashamed", "grateful")
COLUMNS = 4


def feeling_word(word: str) -> str:
    return QCoreApplication.translate("Feelings", word)


class FeelingsPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QCheckBox] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        for index, word in enumerate(FEELINGS):
            box = QCheckBox(feeling_word(word))
            self.boxes.append(box)
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
        self.own = QLineEdit()
        self.own.setPlaceholderText(self.tr("Other words, separated by commas"))
        self.own.setAccessibleName(self.tr("Other feeling words"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.own)

    def words(self) -> list[str]:
        """Ticked words first, then the person's own, as typed."""
        ticked = [box.text() for box in self.boxes if box.isChecked()]
        return ticked + [w for w in self.own.text().split(",") if w.strip()]

    def set_words(self, words: tuple[str, ...] | list[str]) -> None:
        offered = {box.text(): box for box in self.boxes}
        for box in self.boxes:
            box.setChecked(box.text() in words)
        self.own.setText(", ".join(w for w in words if w not in offered))
