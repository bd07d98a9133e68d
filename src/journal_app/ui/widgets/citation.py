"""Saying where a prompt or library item comes from, in one consistent way."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.content import Citation, ContentCatalog


def citation_text(catalog: ContentCatalog, source: Citation, *, with_summary: bool = False) -> str:
    text = catalog.texts.get(source.text_id)
    if text is None:
        where = source.section
    else:
        where = QCoreApplication.translate("Citation", "%1, “%2”").replace("%1", text.author).replace("%2", text.title)
        if source.section and source.section != text.title:
            where += QCoreApplication.translate("Citation", ", section “%1”").replace("%1", source.section)
    line = QCoreApplication.translate("Citation", "From %1.").replace("%1", where)
    if with_summary and source.summary:
        line = source.summary + "\n" + line
    return line
