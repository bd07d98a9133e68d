"""The lock screen: nothing of the journal, only a way back in.

After a wrong passphrase the button waits a little longer each time (1, 2, 4 … 15 s),
counting down so the person knows why; nothing on disk changes."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ...domain.passphrase import unlock_delay
from .. import style
from ..widgets.passphrase_fields import password_field

COLUMN_WIDTH = 400


class LockView(QWidget):
    unlock = Signal(str, bool)  # the passphrase (or recovery key), and whether it is the key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed_attempts = 0
        self.using_recovery = False
        self._wait_left = 0
        self.title = QLabel(self.tr("Your journal is locked"), alignment=Qt.AlignmentFlag.AlignHCenter)
        self.title.setFont(style.heading_font(20))
        self.text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.text.setProperty("role", "muted")
        self.field = password_field()
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self._submit)
        self.switch = QPushButton()
        self.switch.setProperty("role", "quiet")
        self.switch.clicked.connect(lambda: self.use_recovery_key(not self.using_recovery))
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, maximumHeight=6)
        self.progress.setAccessibleName(self.tr("Opening your journal"))
        self.message = QLabel(wordWrap=True, objectName="LockMessage", alignment=Qt.AlignmentFlag.AlignHCenter)
        self.message.setAccessibleName(self.tr("Why it did not open"))
        self._tick = QTimer(self, interval=1000, timeout=self._count_down)

        column = QWidget(maximumWidth=COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        for widget in (self.title, self.text, self.field, self.button, self.progress, self.message, self.switch):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.use_recovery_key(False)
        self.reset()

    def use_recovery_key(self, on: bool) -> None:
        self.using_recovery = on
        self.field.clear()
        self.message.hide()  # it was about the other way in
        self.field.setEchoMode(self.field.EchoMode.Normal if on else self.field.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("XXXX-XXXX-…") if on else "")
        self.text.setText(self.tr("Type your recovery key: the 32 characters you kept when you set the "
                                  "passphrase.") if on else self.tr("Type your passphrase to open it."))
        self.switch.setText(self.tr("Use my passphrase instead") if on else self.tr("I forgot it: use my recovery key"))
        self.field.setFocus()

    def reset(self) -> None:
        """Ready for a passphrase, with nothing left over from the last time."""
        self.failed_attempts = 0
        self._tick.stop()
        self._wait_left = 0
        self.field.clear()
        self.message.hide()
        self.working(False)
        if self.using_recovery:
            self.use_recovery_key(False)

    def working(self, on: bool) -> None:
        """Key stretching takes about half a second: say so, and take no second try."""
        self.progress.setVisible(on)
        self.field.setEnabled(not on)
        self.button.setEnabled(not on and self._wait_left == 0)
        self.switch.setEnabled(not on)
        if not on:
            self.field.setFocus()

    def refused(self, message: str) -> None:
        """A wrong passphrase: say so, and wait a little longer before the next try."""
        self.failed_attempts += 1
        self._wait_left = int(unlock_delay(self.failed_attempts))
        self.failed(message)
        if self._wait_left:
            self._tick.start()
            self._show_wait()

    def failed(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.working(False)
        self.field.selectAll()

    def _submit(self) -> None:
        if self.button.isEnabled() and self.field.text():
            self.working(True)
            self.unlock.emit(self.field.text(), self.using_recovery)

    def _count_down(self) -> None:
        self._wait_left -= 1
        self._show_wait()
        if self._wait_left <= 0:
            self._tick.stop()

    def _show_wait(self) -> None:
        waiting = self._wait_left > 0
        self.button.setText(self.tr("Try again in %1 s").replace("%1", str(self._wait_left))
                            if waiting else self.tr("Unlock"))
        self.button.setEnabled(not waiting and not self.progress.isVisible())
