"""The tool tip of a painted chart: the figure under the pointer, or none."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget


def is_tool_tip(event: QEvent) -> bool:
    return event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent)


def answer_tool_tip(widget: QWidget, event: QHelpEvent, text: str | None, rect: QRect | None = None) -> bool:
    """Show `text` for what is under the pointer (kept while it stays in `rect`), or
    hide the tip where nothing is. Returns True: the event is dealt with."""
    if text is None:
        QToolTip.hideText()
        event.ignore()
    elif rect is None:
        QToolTip.showText(event.globalPos(), text, widget)
    else:
        QToolTip.showText(event.globalPos(), text, widget, rect)
    return True
