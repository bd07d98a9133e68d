"""The slim sidebar: the four areas, then Support and Settings at the foot."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ... import APP_NAME


class Sidebar(QWidget):
    area_chosen = Signal(int)
    settings_requested = Signal()

    def __init__(self, labels: list[str], support_label: str, parent: QWidget | None = None) -> None:
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
        self.support = QListWidgetItem(support_label)
        self.support.setSizeHint(QSize(0, 38))
        self.support.setToolTip(self.tr("People you can reach, and grounding exercises"))
        self.list.addItem(self.support)
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.setProperty("role", "quiet")
        self.settings_button.setToolTip(self.tr("Settings (Ctrl+,)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 18, 12, 12)
        layout.addWidget(QLabel(APP_NAME, objectName="AppName"))
        layout.addWidget(self.list, 1)
        self.notice = QLabel(wordWrap=True, objectName="SidebarNotice")
        self.notice.setProperty("role", "muted")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list.currentRowChanged.connect(self.area_chosen)
        self.settings_button.clicked.connect(self.settings_requested)

    def set_notice(self, text: str) -> None:
        """A quiet line at the foot: the last backup, or why one was skipped."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def select(self, index: int) -> None:
        self.list.setCurrentRow(index)
