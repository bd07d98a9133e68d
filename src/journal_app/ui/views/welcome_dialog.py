"""The first-run welcome: what Intertwined is and is not, that everything stays on
this computer, and the offer of a passphrase. Every page can be skipped."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from .. import style
from ..widgets.passphrase_fields import PassphraseFields
from .protection_dialogs import no_way_back_text


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


def _text(text: str, muted: bool = False) -> QLabel:
    label = QLabel(text, wordWrap=True)
    if muted:
        label.setProperty("role", "muted")
    return label


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(540)
        heading = QLabel(self.tr("Welcome to Intertwined"))
        heading.setFont(style.heading_font(20))
        about = _page(
            heading,
            _text(self.tr("A private journal for reflecting on racism, privilege and solidarity between "
                          "communities, with guided prompts drawn from three texts on Black and Asian "
                          "American solidarity, and a library of the people, history and actions they name.")),
            _text(self.tr("It is a place to think and write, at your own pace. It is not a substitute for "
                          "care: if writing brings up more than you can hold, please reach out to someone you "
                          "trust or to a professional. The Support area keeps the people you would call.")),
            _text(self.tr("Everything stays on this computer. There is no account, and the app never "
                          "connects to the internet."), muted=True),
        )
        protect_heading = QLabel(self.tr("Protect it with a passphrase?"))
        protect_heading.setFont(style.heading_font(18))
        self.fields = PassphraseFields()
        self.recovery = QCheckBox(self.tr("Also make a recovery key, in case I forget the passphrase (recommended)"))
        self.recovery.setChecked(True)
        protect = _page(
            protect_heading,
            _text(self.tr("With a passphrase, your journal is encrypted on this computer, opens on a lock "
                          "screen, and locks itself when you step away. Without one, anyone who can use "
                          "this computer account can read it. You can decide later in Settings.")),
            self.fields, self.recovery, _text(no_way_back_text(self), muted=True),
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(about)
        self.pages.addWidget(protect)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self._next)
        self.fields.validity_changed.connect(self._update)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

    def _next(self) -> None:
        if self.pages.currentIndex() == 0:
            self.pages.setCurrentIndex(1)
            self.skip_button.setText(self.tr("Not now"))
            self.next_button.setText(self.tr("Protect my journal"))
            self._update()
            self.fields.first.setFocus()
        elif self.chosen() is not None:
            self.accept()

    def _update(self) -> None:
        self.next_button.setEnabled(self.pages.currentIndex() == 0 or self.fields.passphrase() is not None)

    def chosen(self) -> tuple[str, bool] | None:
        """(passphrase, make a recovery key) when the person chose to protect the journal."""
        passphrase = self.fields.passphrase()
        return None if passphrase is None else (passphrase, self.recovery.isChecked())
