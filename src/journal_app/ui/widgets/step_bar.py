"""Where the person is in a guided session: five steps, the current one marked."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...domain.session import STEPS


def step_name(step: str) -> str:
    names = {"check-in": "Check in", "prompt": "The prompt", "writing": "Write", "commitment": "One thing",
             "check-out": "Check out"}
    return QCoreApplication.translate("Session", names[step])


class StepBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        self.labels: dict[str, QLabel] = {}
        for number, step in enumerate(STEPS, start=1):
            label = QLabel(f"{number}  {step_name(step)}", objectName="StepLabel")
            self.labels[step] = label
            layout.addWidget(label)
        layout.addStretch(1)

    def show_step(self, current: str) -> None:
        index = STEPS.index(current)
        for position, (step, label) in enumerate(self.labels.items()):
            label.setProperty("state", "current" if step == current else ("done" if position < index else "ahead"))
            label.style().unpolish(label)
            label.style().polish(label)
        self.setAccessibleName(self.tr("Step %1 of %2: %3").replace("%1", str(index + 1))
                               .replace("%2", str(len(STEPS))).replace("%3", step_name(current)))
