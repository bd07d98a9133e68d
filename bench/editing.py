"""Writing in the editor: a save through to commit beside a bare one-row update, and
the pastes that must not freeze the window (issue 8: 5 MB, and one 100,000-character
line). Timed in this process on a fresh journal in a temporary folder, offscreen."""
from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ENTRY_WORDS = 250  # a typical entry in the generated journals
_APP = None


@dataclass(frozen=True)
class EditingTimings:
    update_floor_ms: list[float]  # UPDATE of one entry's text alone (driver, one transaction)
    save_ms: list[float]  # the editor's save_now for an edited entry, through to commit
    paste_5mb_ms: list[float]
    paste_long_line_ms: list[float]
    save_5mb_ms: list[float]
    pasted_bytes: int


def _body(n: int) -> str:
    words = ("listen", "repair", "solidarity", "家人", "தமிழ்", "🌱", "remember", "together")
    return " ".join(words[(i * 7 + n) % len(words)] for i in range(ENTRY_WORDS))


def measure(runs: int) -> EditingTimings:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from journal_app.services.app_services import open_services
    from journal_app.ui.widgets.entry_editor import EntryEditor

    global _APP
    app = _APP = QApplication.instance() or QApplication([])  # must outlive every widget
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp) / "journal")
        try:
            editor = EntryEditor(services.journal, recovery=services.recovery)
            editor.resize(900, 700)
            editor.show()
            entry = services.journal.write_entry(_body(0))
            editor.open_entry(entry)
            pooled = services.db.engine.raw_connection()
            raw = pooled.driver_connection  # autocommit: BEGIN and COMMIT as every save does
            floor, saves = [], []
            for n in range(runs):
                text = _body(n + 1)
                t = time.perf_counter()
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("UPDATE entries SET body = ?, word_count = ? WHERE id = ?", (text, ENTRY_WORDS, entry.id))
                raw.execute("COMMIT")
                floor.append((time.perf_counter() - t) * 1000)
                editor.body_edit.setPlainText(_body(n + 2))  # an edit, as typing makes it
                t = time.perf_counter()
                assert editor.save_now()
                saves.append((time.perf_counter() - t) * 1000)
            pooled.close()

            big = "".join(f"Line {n}: 我想和家人谈谈 தமிழ் 🌱 *still* here, word after word\n" for n in range(90_000))
            line = "word " * 20_000
            pastes, lines, big_saves = [], [], []
            for _ in range(3):
                for text, out in ((big, pastes), (line, lines)):
                    editor.start_new()
                    QGuiApplication.clipboard().setText(text)
                    t = time.perf_counter()
                    editor.body_edit.paste()
                    app.processEvents()  # until the window could paint again
                    out.append((time.perf_counter() - t) * 1000)
                    if text is big:
                        t = time.perf_counter()
                        assert editor.save_now()
                        big_saves.append((time.perf_counter() - t) * 1000)
                    assert editor.text() == text
            editor.close()
            editor.deleteLater()
            app.processEvents()
        finally:
            services.close()
    return EditingTimings(floor, saves, pastes, lines, big_saves, len(big.encode()))
