"""An entry rendered for reading: Markdown shown as headings, emphasis and lists.
The stored text is never changed by this; raw HTML in an entry is shown as typed,
never run, and links open in the browser only when clicked."""
from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from .kept_font import KeptFont

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


def rendered(markdown: str, document: QTextDocument) -> QTextDocument:
    """`document` holding the Markdown rendered (for the reading view and printing)."""
    document.setMarkdown(markdown, MARKDOWN)
    return document


class ReadingView(KeptFont, QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="ReadingView")
        self.setOpenExternalLinks(True)
        self.setOpenLinks(True)

    def show_markdown(self, markdown: str) -> None:
        rendered(markdown, self.document())
