"""A widget that keeps the font it was given.

Moved into another container, a widget under the app's style sheet can have its
font re-resolved from its new parent, and the writing font quietly becomes the UI
font. These widgets put theirs back."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont


class KeptFont:
    _kept_font: QFont | None = None

    def keep_font(self, font: QFont) -> None:
        self._kept_font = QFont(font)
        self.setFont(self._kept_font)  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)  # type: ignore[misc]
        if (event.type() == QEvent.Type.FontChange and self._kept_font is not None
                and self.font() != self._kept_font):  # type: ignore[attr-defined]
            self.setFont(self._kept_font)  # type: ignore[attr-defined]
