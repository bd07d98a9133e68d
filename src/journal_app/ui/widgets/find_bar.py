"""Find (and replace) inside the entry being written. Enter finds the next, Shift+Enter
the one before, Esc closes; Replace all is one step for Undo."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ..plural import plural


class FindBar(QFrame):
    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="FindBar")
        self._editor = editor
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in this entry"))
        self.find_edit.setAccessibleName(self.tr("Find in this entry"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.case = QCheckBox(self.tr("Match case"))
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.previous_button = QPushButton(self.tr("↑"))
        self.previous_button.setToolTip(self.tr("Find the one before (Shift+Enter)"))
        self.previous_button.setAccessibleName(self.tr("Find previous"))
        self.next_button = QPushButton(self.tr("↓"))
        self.next_button.setToolTip(self.tr("Find the next one (Enter)"))
        self.next_button.setAccessibleName(self.tr("Find next"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.close_button = QPushButton(self.tr("Done"))
        self.close_button.setProperty("role", "quiet")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        for widget in (self.find_edit, self.previous_button, self.next_button, self.count, self.replace_edit,
                       self.replace_button, self.replace_all_button, self.case, self.close_button):
            row.addWidget(widget)
        row.setStretch(0, 2)
        row.setStretch(4, 2)
        self.find_edit.textChanged.connect(self._search_changed)
        self.case.toggled.connect(self._search_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        for keys, slot in ((QKeySequence(Qt.Key.Key_Escape), self.close_bar),
                           (QKeySequence("Shift+Return"), self.find_previous),
                           (QKeySequence(QKeySequence.StandardKey.FindNext), self.find_next),
                           (QKeySequence(QKeySequence.StandardKey.FindPrevious), self.find_previous)):
            QShortcut(keys, self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def open_bar(self, replacing: bool = False) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self._show_replace(replacing or self.replace_edit.isVisible() and self.isVisible())
        self.show()
        (self.replace_edit if replacing and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()
        self._update_count()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()
        self.closed.emit()

    def _show_replace(self, on: bool) -> None:
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(on)

    # -- finding -----------------------------------------------------------------------------
    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _search_changed(self) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionStart())  # search from where the selection starts
        self._editor.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            self._update_count()
            return False
        document = self._editor.document()
        found = document.find(needle, self._editor.textCursor(), self._flags(backward))
        if found.isNull():  # wrap around, as a person expects
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, self._flags(backward))
        if not found.isNull():
            self._editor.setTextCursor(found)
            self._editor.ensureCursorVisible()
        self._update_count()
        return not found.isNull()

    def _matches(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            return 0
        text = self._editor.document().toRawText()
        if self.case.isChecked():
            return text.count(needle)
        return text.casefold().count(needle.casefold())

    def _update_count(self) -> None:
        found = self._matches()
        if not self.find_edit.text():
            self.count.setText("")
        else:
            self.count.setText(plural(found, "%n found", "%n found") if found else self.tr("Not found"))

    # -- replacing -----------------------------------------------------------------------------
    def _selection_matches(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_edit.text()
        return bool(needle) and (selected == needle if self.case.isChecked()
                                 else selected.casefold() == needle.casefold())

    def replace_one(self) -> None:
        if self._selection_matches():
            self._editor.textCursor().insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        needle, replacement = self.find_edit.text(), self.replace_edit.text()
        if not needle:
            return 0
        document = self._editor.document()
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one Undo takes every replacement back
        count = 0
        found = document.find(needle, QTextCursor(document), self._flags())
        while not found.isNull():
            edit.setPosition(found.selectionStart())
            edit.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(replacement)
            count += 1
            found = document.find(needle, edit, self._flags())
        edit.endEditBlock()
        self._update_count()
        self.count.setText(plural(count, "%n replaced", "%n replaced"))
        return count
