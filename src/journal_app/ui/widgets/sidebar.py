"""The slim sidebar that switches between the four areas."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ... import APP_NAME


class Sidebar(QWidget):
    area_chosen = Signal(int)

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(184)
        self.list = QListWidget(objectName="SidebarList")
        self.list.setAccessibleName(self.tr("Areas"))
        for number, label in enumerate(labels, start=1):
            item = QListWidgetItem(label)
            item.setSizeHint(QSize(0, 38))
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", label).replace("%2", str(number)))
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 18, 12, 12)
        name = QLabel(APP_NAME, objectName="AppName")
        layout.addWidget(name)
        layout.addWidget(self.list, 1)
        self.list.currentRowChanged.connect(self.area_chosen)

    def select(self, index: int) -> None:
        self.list.setCurrentRow(index)
