"""Everything about keeping the journal closed to others, on the window's side:
the lock screen, locking (on demand, when idle, when the screen locks), and turning
the passphrase on or off, changing it, a new recovery key, and erasing.

Locking saves what is being written, lets go of every view and the connection (so
of the key), and shows the lock screen; unlocking returns to the same place. Key
stretching and conversions run through the task runner, never on the UI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from ..domain.errors import ErrorCode, JournalError
from ..domain.settings import LOCK_AFTER_MINUTES
from . import messages
from .idle_lock import IdleLock
from .journal_opening import protect_and_open, unlock_and_open, unprotect_and_open

PROTECT, UNPROTECT, CHANGE, RECOVERY, ERASE, LOCK = "protect", "unprotect", "change", "recovery", "erase", "lock"


class JournalProtection(QObject):
    def __init__(self, window, runner, dialogs) -> None:  # noqa: ANN001
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._dialogs = dialogs
        self.encrypted = False
        self.idle = IdleLock(self)
        self.idle.idle.connect(self.lock)
        self.lock_view = None
        self.watcher = None

    # -- while the journal is open --------------------------------------------------------
    def opened(self, encrypted: bool) -> None:
        self.encrypted = encrypted
        if encrypted:
            self.restart_idle()
            self._watch_screen()
        else:
            self.idle.stop()

    def restart_idle(self) -> None:
        """Count the quiet minutes afresh (settings may have changed them)."""
        services = self._window.services
        if self.encrypted and services is not None:
            self.idle.start(services.settings.get(LOCK_AFTER_MINUTES) * 60_000)

    def _watch_screen(self) -> None:
        if self.watcher is None:
            from .screen_lock_watcher import ScreenLockWatcher

            self.watcher = ScreenLockWatcher(parent=self)
            self.watcher.lock_now.connect(lambda _reason: self.lock())
            # Elsewhere, what Qt offers: the platform suspending the app (sleep on some).
            QGuiApplication.instance().applicationStateChanged.connect(self._application_state)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self.encrypted:
            self.lock()

    def run(self, action: str) -> None:
        {PROTECT: self.protect, UNPROTECT: self.unprotect, CHANGE: self.change_passphrase,
         RECOVERY: self.new_recovery_key, ERASE: self.erase, LOCK: self.lock}[action]()

    # -- locking ---------------------------------------------------------------------------
    def lock(self) -> None:
        """Lock now. Open dialogs are closed first (they may show words of the journal)
        and the lock follows once their callers have finished."""
        if self._window.services is None:
            return
        if not self.encrypted:
            if self._dialogs.confirm(
                    self._window, self.tr("Your journal has no passphrase"),
                    self.tr("Locking needs a passphrase: with one, your journal is encrypted on this computer "
                            "and opens on a lock screen. Would you like to set one now?"),
                    self.tr("Set a passphrase…")):
                self.protect()
            return
        self.idle.stop()
        self._after_dialogs(self._lock_now)

    def _after_dialogs(self, then, tries: int = 50) -> None:  # noqa: ANN001
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        for dialog in shown:
            dialog.done(QDialog.DialogCode.Rejected)
        if (shown or QApplication.activeModalWidget() is not None) and tries:
            QTimer.singleShot(0, lambda: self._after_dialogs(then, tries - 1))
            return
        then()

    def _lock_now(self) -> None:
        if self._window.services is not None:
            self._window.close_journal()
            self.show_lock()

    def show_lock(self) -> None:
        if self.lock_view is None:
            from .views.lock_view import LockView

            self.lock_view = LockView()
            self.lock_view.unlock.connect(self._unlock)
        self.lock_view.reset()
        self._window.show_page(self.lock_view)
        self.lock_view.field.setFocus()

    def _unlock(self, secret: str, recovery: bool) -> None:
        self._runner.submit(unlock_and_open, self._window.data_dir, self._window.today(), secret, recovery,
                            on_done=self._unlocked, on_error=self._unlock_failed)

    def _unlocked(self, opened) -> None:  # noqa: ANN001
        self.lock_view.reset()
        self._window.journal_opened(opened)

    def _unlock_failed(self, exc: BaseException) -> None:
        from .journal_opening import DamagedJournal

        if isinstance(exc, DamagedJournal):
            self._window.safety.damage_found(str(exc), exc.key)
            return
        title, text = messages.describe(exc)
        wrong = isinstance(exc, JournalError) and exc.code is ErrorCode.WRONG_PASSPHRASE
        (self.lock_view.refused if wrong else self.lock_view.failed)(f"{title}.\n{text}")

    # -- turning the passphrase on and off -------------------------------------------------
    def welcome(self) -> None:
        choice = self._dialogs.welcome(self._window)
        if choice is not None:
            self.protect(choice)

    def protect(self, choice: tuple[str, bool] | None = None) -> None:
        choice = choice or self._dialogs.protect(self._window)
        if choice is None:
            return
        passphrase, with_recovery = choice
        self._converting(self.tr("Protecting your journal…"),
                         protect_and_open, passphrase, with_recovery)

    def unprotect(self) -> None:
        passphrase = self._dialogs.ask_passphrase(
            self._window, self.tr("Remove the passphrase"),
            self.tr("Your journal will be stored unencrypted on this computer, and anyone who can use this "
                    "account will be able to read it. Type your passphrase to go on."),
            self.tr("Remove passphrase"))
        if passphrase is None:
            return
        # Checked before anything is closed: a typo must not cost the open page.
        self._key_work(self.tr("Checking…"), lambda _key: self._converting(
            self.tr("Removing the encryption…"), unprotect_and_open, passphrase), "unlock", passphrase)

    def _converting(self, text: str, work, *args: object) -> None:  # noqa: ANN001
        self.idle.stop()
        self._window.close_journal()
        self._show_busy(text, self.tr("Your journal is copied, checked, and then swapped in. "
                                             "It stays whole if anything stops this."))
        self._runner.submit(work, self._window.data_dir, self._window.today(), *args,
                            on_done=self._converted, on_error=self._reopen_failed)

    def _converted(self, result) -> None:  # noqa: ANN001
        self._window.journal_opened(result.opened)
        if result.error is not None:
            self._dialogs.error(self._window, *messages.describe(result.error))
        elif result.recovery_key:
            self._dialogs.recovery_key(self._window, result.recovery_key)
        elif self.encrypted:
            self._dialogs.information(self._window, self.tr("Your journal is protected"),
                                      self.tr("It is encrypted on this computer and opens with your passphrase."))

    def _reopen_failed(self, exc: BaseException) -> None:
        self._dialogs.error(self._window, *messages.describe(exc))
        self._window.open_journal()  # as it is now: the lock screen if it is encrypted

    # -- the key file only -------------------------------------------------------------------
    def change_passphrase(self) -> None:
        chosen = self._dialogs.change_passphrase(self._window)
        if chosen is not None:
            self._key_work(self.tr("Changing your passphrase…"), lambda _none: self._dialogs.information(
                self._window, self.tr("Passphrase changed"),
                self.tr("Use the new passphrase from now on. Your recovery key still works.")), "change", *chosen)

    def new_recovery_key(self) -> None:
        passphrase = self._dialogs.ask_passphrase(
            self._window, self.tr("Make a new recovery key"),
            self.tr("The new key replaces the old one, which will stop working. Type your passphrase to go on."),
            self.tr("Make a new key"))
        if passphrase is not None:
            self._key_work(self.tr("Making a new recovery key…"),
                           lambda key: self._dialogs.recovery_key(self._window, key), "recovery", passphrase)

    def _key_work(self, text: str, then, operation: str, *args: str) -> None:  # noqa: ANN001
        from ..services import encryption

        work = {"unlock": encryption.unlock, "change": encryption.change_passphrase,
                "recovery": encryption.new_recovery_key}[operation]
        progress = QProgressDialog(text, "", 0, 0, self._window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(result) -> None:  # noqa: ANN001
            progress.close()
            then(result)

        def failed(exc: BaseException) -> None:
            progress.close()
            self._dialogs.error(self._window, *messages.describe(exc))

        self._runner.submit(work, self._window.data_dir, *args, on_done=done, on_error=failed)

    # -- erasing -------------------------------------------------------------------------------
    def erase(self) -> None:
        if not self._dialogs.confirm_erase(self._window):
            return
        from ..services.encryption import erase_journal

        self.idle.stop()
        self._window.close_journal(remember=False)
        self._show_busy(self.tr("Erasing your journal…"), "")
        self._runner.submit(erase_journal, self._window.data_dir, on_done=self._erased, on_error=self._reopen_failed)

    def _erased(self, _removed) -> None:  # noqa: ANN001
        self.encrypted = False
        self._show_erased()

    # -- pages instead of the areas ---------------------------------------------------------
    def _show_busy(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QProgressBar

        from .widgets.empty_state import EmptyState

        page = EmptyState(title, text)
        bar = QProgressBar(minimum=0, maximum=0, textVisible=False, maximumHeight=6)
        bar.setAccessibleName(title)
        page.column.addWidget(bar)
        self._window.show_page(page)

    def _show_erased(self) -> None:
        from .widgets.empty_state import EmptyState

        page = EmptyState(self.tr("Your journal has been erased"),
                          self.tr("Nothing of it is left in this folder. You can begin a new journal here, or "
                                  "close Intertwined."), self.tr("Begin a new journal"))
        page.action.connect(lambda: self._window.open_journal())
        self._window.show_page(page)
