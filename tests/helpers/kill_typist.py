"""Types into the real window and is killed before the words are saved: autosave is
pushed far away, so only the recovery draft (kept about every second) holds them.

    python -m tests.helpers.kill_typist DATA_DIR TEXT
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal_app.ui import dialogs as real_dialogs  # noqa: E402
from journal_app.ui.main_window import JOURNAL, MainWindow  # noqa: E402
from journal_app.ui.tasks import SyncTaskRunner  # noqa: E402
from journal_app.ui.widgets import entry_editor  # noqa: E402


class PastTheWelcome(real_dialogs.Dialogs):
    """The real dialogs, but the first-run welcome is skipped (it would wait for a click)."""

    def welcome(self, parent):  # noqa: ANN001, ANN201
        return None


def main() -> None:
    data_dir, text = Path(sys.argv[1]), sys.argv[2]
    entry_editor.IDLE_SAVE_MS = entry_editor.MAX_UNSAVED_MS = 600_000  # no save before the kill
    app = QApplication(sys.argv[:1])
    window = MainWindow(data_dir, SyncTaskRunner(), PastTheWelcome())
    window.show()
    window.open_journal()
    window.show_area(JOURNAL)
    journal = window.area(JOURNAL)
    journal.start_entry(None)
    journal.editor.body_edit.insertPlainText(text)

    def kept() -> None:
        drafts = window.services.recovery.pending()
        if drafts and drafts[0][0].body == text:
            sys.stdout.write("kept\n")
            sys.stdout.flush()
        else:
            QTimer.singleShot(100, kept)

    QTimer.singleShot(100, kept)
    app.exec()


if __name__ == "__main__":
    main()
