"""The editor's two small menus (Format, More) and its keyboard shortcuts, kept apart
from the saving logic so each file reads on its own."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from .writing_edit import WritingEdit


def _action(parent: QWidget, text: str, keys: str | QKeySequence.StandardKey | None, slot) -> QAction:  # noqa: ANN001
    action = QAction(text, parent)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
        # Active while the editor (or its find bar) has focus, so the Journal's and a
        # session's editors never compete for the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def menu_button(label: str, parent: QWidget) -> tuple[QToolButton, QMenu]:
    button = QToolButton(parent, objectName="MenuButton")
    button.setText(f"{label} ▾")
    button.setAccessibleName(label)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setProperty("role", "quiet")
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu


def format_actions(owner: QWidget, edit: WritingEdit) -> dict[str, QAction]:
    """Bold, italic, heading, list, numbered list, quote: Markdown typed for you."""
    tr = owner.tr
    return {
        "bold": _action(owner, tr("Bold"), QKeySequence.StandardKey.Bold, lambda: edit.wrap_selection("**")),
        "italic": _action(owner, tr("Italic"), QKeySequence.StandardKey.Italic, lambda: edit.wrap_selection("*")),
        "heading": _action(owner, tr("Heading"), "Ctrl+Shift+H", lambda: edit.toggle_prefix("## ")),
        "list": _action(owner, tr("List"), "Ctrl+Shift+8", lambda: edit.toggle_prefix("- ")),
        "numbered": _action(owner, tr("Numbered list"), "Ctrl+Shift+7", lambda: edit.toggle_prefix("1. ")),
        "quote": _action(owner, tr("Quote"), "Ctrl+Shift+.", lambda: edit.toggle_prefix("> ")),
    }
