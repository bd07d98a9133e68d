"""An entry laid out for paper: its title, date and prompt, then the text rendered
from Markdown, in the writing font."""
from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextDocumentFragment

from . import style
from .widgets.reading_view import MARKDOWN


def print_document(title: str, when: str, prompt: str, body: str, text_size: int = 12) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(style.writing_font(text_size))
    document.setDocumentMargin(24)
    cursor = QTextCursor(document)
    heading = QTextCharFormat()
    heading.setFontPointSize(text_size + 8)
    heading.setFontWeight(QFont.Weight.DemiBold)
    muted = QTextCharFormat()
    muted.setFontItalic(True)
    plain = QTextCharFormat()
    first = True
    for text, fmt in ((title, heading), (when, muted), (prompt, muted)):
        if not text:
            continue
        if not first:
            cursor.insertBlock()
        cursor.insertText(text, fmt)  # as typed: a title is never read as Markdown
        first = False
    if not first:
        cursor.insertBlock()
        cursor.insertBlock()
    cursor.setCharFormat(plain)
    cursor.insertFragment(QTextDocumentFragment.fromMarkdown(body, MARKDOWN))
    return document
