"""Shared fixtures: no display, a fresh data directory per test, the synchronous task
runner, and dialogs that answer without blocking."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime, timedelta, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from journal_app.domain.moment import WrittenMoment  # noqa: E402


class ScriptedClock:
    """A clock tests move by hand: `clock.at(local_datetime, zone_name)`."""

    def __init__(self) -> None:
        self.moment = WrittenMoment.from_local(
            datetime(2026, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=0))), "Europe/London"
        )

    def at(self, local: datetime, tz_name: str = "Europe/London") -> None:
        self.moment = WrittenMoment.from_local(local, tz_name)

    def advance(self, **delta) -> None:  # noqa: ANN003
        local = self.moment.utc.astimezone(timezone(timedelta(minutes=self.moment.utc_offset_minutes)))
        self.at(local + timedelta(**delta), self.moment.tz_name)

    def __call__(self) -> WrittenMoment:
        return self.moment


@pytest.fixture(autouse=True, scope="session")
def private_cache_folder(tmp_path_factory):  # noqa: ANN001, ANN201
    """The user's cache folder (the checked content catalog is kept there) is one of
    this test run, for the tests and every program they start: never the real one."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))


@pytest.fixture(autouse=True)
def cheap_key_stretching(monkeypatch):  # noqa: ANN001, ANN201
    """Argon2id at 8 MiB and one pass instead of ~0.6 s: the same code path, a cheaper
    cost (each key file records the cost it was made with)."""
    from journal_app.storage import key_file

    monkeypatch.setattr(key_file, "cost", key_file.KdfCost(time_cost=1, memory_kib=8 * 1024, parallelism=1))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal-data"


@pytest.fixture
def clock() -> ScriptedClock:
    return ScriptedClock()


@pytest.fixture
def services(data_dir: Path, clock: ScriptedClock):  # noqa: ANN201
    from journal_app.services.app_services import open_services

    opened = open_services(data_dir, clock)
    yield opened
    opened.close()


class AnsweringDialogs:
    """Stands in for modal dialogs: records what was asked and answers as told.

    Where a dialog shows something a person must see (a content note), the real
    dialog is built, so the test sees what a person would."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.asked: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []
        self.informed: list[tuple[str, str]] = []
        self.file_to_open = None
        self.own_prompt_values: dict | None = None
        self.heavy_choice = "write"
        self.heavy_notes: list[str] = []
        self.heavy_offered: list[bool] = []
        self.grounded: list = []
        self.settings_changes: dict = {}
        self.moment_answer = None  # a naive datetime to move an entry to, or None: cancelled
        self.text_answer: str | None = None  # what ask_text answers (None: cancelled)
        self.moments_asked: list = []
        self.printed: list = []  # the QTextDocuments that would have gone to the printer
        self.recovery_choice = "recovered"
        self.recoveries: list = []  # (draft, saved entry or None) offered after a crash
        self.settings_action: str | None = None  # a privacy button pressed in Settings
        self.welcomed: list = []  # the welcome dialogs shown
        self.welcome_passphrase: str | None = None  # typed in the welcome (None: skipped)
        self.new_passphrase: str | None = None  # typed into Protect / Change
        self.with_recovery_key = True
        self.passphrase: str | None = None  # the current passphrase, when asked (None: cancelled)
        self.recovery_keys: list[str] = []  # recovery keys shown
        self.erase_word = ""  # what is typed to confirm erasing
        self.folder_to_choose = None  # "Back up now" into this folder (None: cancelled)
        self.backup_choice: int | None = None  # the row picked in "Restore a backup"
        self.backup_lists: list[list[str]] = []  # the rows each time backups were listed

    def confirm(self, parent, title: str, text: str, confirm_label: str) -> bool:  # noqa: ANN001
        self.asked.append((title, text))
        return self.confirm_answer

    def error(self, parent, title: str, text: str) -> None:  # noqa: ANN001
        self.errors.append((title, text))

    def information(self, parent, title: str, text: str) -> None:  # noqa: ANN001
        self.informed.append((title, text))

    def open_file(self, parent, title: str, name_filter: str):  # noqa: ANN001, ANN201
        return self.file_to_open

    def own_prompt(self, parent, catalog, prompt=None):  # noqa: ANN001, ANN201
        return self.own_prompt_values

    def before_heavy_prompt(self, parent, prompt, offer_grounding: bool) -> str:  # noqa: ANN001
        from journal_app.ui.widgets.heavy_prompt_dialog import HeavyPromptDialog

        dialog = HeavyPromptDialog(prompt, offer_grounding, parent)
        self.heavy_notes.append(dialog.note.text())
        self.heavy_offered.append(dialog.ground_button.isVisibleTo(dialog))
        dialog.deleteLater()
        return self.heavy_choice

    def grounding(self, parent, exercise) -> None:  # noqa: ANN001
        self.grounded.append(exercise)

    def ask_text(self, parent, title: str, label: str, text: str = ""):  # noqa: ANN001, ANN201
        self.asked.append((title, label))
        return self.text_answer

    def entry_moment(self, parent, local):  # noqa: ANN001, ANN201
        self.moments_asked.append(local)
        return self.moment_answer

    def print_entry(self, parent, document) -> bool:  # noqa: ANN001
        self.printed.append(document)
        return True

    def recover(self, parent, draft, saved) -> str:  # noqa: ANN001
        from journal_app.ui.widgets.recovery_dialog import RecoveryDialog

        RecoveryDialog(draft, saved, parent).deleteLater()  # it is built, as a person would see it
        self.recoveries.append((draft, saved))
        return self.recovery_choice

    def settings(self, parent, settings, catalog, encrypted: bool):  # noqa: ANN001, ANN201
        from journal_app.domain.settings import REGISTRY

        for key, value in self.settings_changes.items():
            settings.set(REGISTRY[key], value)
        action, self.settings_action = self.settings_action, None
        return bool(self.settings_changes), action

    # -- the passphrase: each builds the real dialog, fills it as a person would, and
    # answers with what that dialog would have returned.
    def welcome(self, parent):  # noqa: ANN001, ANN201
        from journal_app.ui.views.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(parent)
        self.welcomed.append(dialog)
        if self.welcome_passphrase is None:
            return None
        dialog.next_button.click()
        dialog.fields.first.setText(self.welcome_passphrase)
        dialog.fields.second.setText(self.welcome_passphrase)
        return dialog.chosen()

    def protect(self, parent):  # noqa: ANN001, ANN201
        from journal_app.ui.views.protection_dialogs import ProtectDialog

        if self.new_passphrase is None:
            return None
        dialog = ProtectDialog(parent)
        dialog.fields.first.setText(self.new_passphrase)
        dialog.fields.second.setText(self.new_passphrase)
        dialog.recovery.setChecked(self.with_recovery_key)
        assert dialog.action.isEnabled()
        return dialog.chosen()

    def change_passphrase(self, parent):  # noqa: ANN001, ANN201
        if self.passphrase is None or self.new_passphrase is None:
            return None
        return self.passphrase, self.new_passphrase

    def ask_passphrase(self, parent, title: str, text: str, action: str):  # noqa: ANN001, ANN201
        self.asked.append((title, text))
        return self.passphrase

    def recovery_key(self, parent, key: str) -> None:  # noqa: ANN001
        from journal_app.ui.views.protection_dialogs import RecoveryKeyDialog

        RecoveryKeyDialog(key, None, parent).deleteLater()
        self.recovery_keys.append(key)

    def choose_folder(self, parent, title: str):  # noqa: ANN001, ANN201
        return self.folder_to_choose

    def choose_backup(self, parent, backups, folder: str):  # noqa: ANN001, ANN201
        from journal_app.ui.views.backups_dialog import BackupsDialog

        dialog = BackupsDialog(backups, folder, parent)
        self.backup_lists.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.deleteLater()
        return None if self.backup_choice is None else backups[self.backup_choice]

    def confirm_erase(self, parent) -> bool:  # noqa: ANN001
        from journal_app.ui.views.protection_dialogs import EraseDialog

        dialog = EraseDialog(parent)
        dialog.field.setText(self.erase_word)
        dialog.deleteLater()
        return dialog.action.isEnabled() and dialog.confirmed()


@pytest.fixture
def dialogs() -> AnsweringDialogs:
    return AnsweringDialogs()


@pytest.fixture
def open_window(qtbot, dialogs):  # noqa: ANN001, ANN201
    """Build the real main window on a data directory, as the app does, but with the
    synchronous runner; returns a function so a test can open it several times."""
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.tasks import SyncTaskRunner

    def build(data_dir: Path, today=date.today):  # noqa: ANN001, ANN202
        window = MainWindow(data_dir, SyncTaskRunner(), dialogs, today=today)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # shortcuts (Ctrl+1..4, Ctrl+N) need an active window
            window.show()
            window.activateWindow()
        window.open_journal()
        return window

    return build


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type `text` into a widget as key presses, one character at a time.

    QTest.keyClicks only knows ASCII; a key event carrying the character as its
    text is what an input method delivers for Tamil, CJK or an emoji."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def session_writing(window):  # noqa: ANN001, ANN201
    """After "Write about this": the guided session is on Today; skip the check-in,
    go past the prompt and return the session's editor, ready for words."""
    from journal_app.domain.session import CHECK_IN, PROMPT, WRITING
    from journal_app.ui.main_window import TODAY

    today = window.area(TODAY)
    assert window.stack.currentWidget() is today
    view = today.session_view
    assert view is not None and today.pages.currentWidget() is view
    if view.session.step == CHECK_IN:
        view.skip_button.click()
    if view.session.step == PROMPT:
        view.next_button.click()
    assert view.session.step == WRITING
    return view.writing.editor
