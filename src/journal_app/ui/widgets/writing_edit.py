"""The writing surface: plain text, exactly as typed, with Markdown shortcuts.

`text()` is what gets saved: the document's raw text (so a no-break space stays a
no-break space, which QPlainTextEdit.toPlainText would turn into a plain one), with
paragraphs ended by "\\n". Shift+Return starts a new line like Return does, rather
than a Unicode line separator nobody asked for. Bold, italic, heading, list and
quote wrap or prefix the selection in one undoable step."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from .kept_font import KeptFont

PARAGRAPH = "\u2029"  # how QTextDocument ends a paragraph in its raw text


class WritingEdit(KeptFont, QPlainTextEdit):
    zoom_requested = Signal(int)  # +1 larger, -1 smaller, 0 back to the usual size
    long_paste = Signal(int)  # about to paste this many characters (sent before they arrive)

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        self.setObjectName(objectName)
        self.setTabChangesFocus(False)

    def text(self) -> str:
        return self.document().toRawText().replace(PARAGRAPH, "\n")



    # -- typing --------------------------------------------------------------------------------
    def insertFromMimeData(self, source) -> None:  # noqa: ANN001, N802
        # Told first, so a huge paste can arrive without Markdown colouring every line.
        if source.hasText():
            self.long_paste.emit(len(source.text()) + self.document().characterCount())
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            self.textCursor().insertText("\n")
            self.ensureCursorVisible()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.matches(QKeySequence.StandardKey.ZoomIn) or event.key() == Qt.Key.Key_Equal:
                self.zoom_requested.emit(1)
                return
            if event.matches(QKeySequence.StandardKey.ZoomOut):
                self.zoom_requested.emit(-1)
                return
            if event.key() == Qt.Key.Key_0:
                self.zoom_requested.emit(0)
                return
        super().keyPressEvent(event)

    # -- Markdown shortcuts --------------------------------------------------------------------
    def wrap_selection(self, marker: str) -> None:
        """**bold** / *italic*: around the selection, or an empty pair to type into."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        selected = cursor.selectedText().replace(PARAGRAPH, "\n")
        cursor.insertText(f"{marker}{selected}{marker}")
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def toggle_prefix(self, prefix: str) -> None:
        """Give every selected line a prefix ("## ", "- ", "> "), or take it away if
        they all have it already."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(max(cursor.selectionStart(), cursor.selectionEnd() - (1 if cursor.hasSelection() else 0)))
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        remove = all(b.text().startswith(prefix) for b in blocks)
        cursor.beginEditBlock()
        for block in blocks:
            at = QTextCursor(block)
            if remove:
                at.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(prefix))
                at.removeSelectedText()
            else:
                at.insertText(prefix)
        cursor.endEditBlock()
