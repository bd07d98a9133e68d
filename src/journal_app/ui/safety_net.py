"""The safety net on the window's side: the full check after the journal opens, the
daily backup after it, a backup on closing after changes, and what happens when
damage is found: the journal is set aside unchanged, the person is told in plain
words, and the newest good backup is offered.

Everything slow runs through the task runner; a check in progress stops when the
journal locks or closes.
"""
from __future__ import annotations

import threading
from datetime import datetime, timezone

from PySide6.QtCore import QLocale, QObject, Signal

from ..domain.backup import SKIPPED_DAMAGED, SKIPPED_SPACE
from . import messages
from .tasks import while_alive


def _check_and_back_up(backups, stop: threading.Event, due: bool):  # noqa: ANN001, ANN202
    """Worker: the full check, then (when due) the backup, which checks again
    right before copying. Returns (damage or None, BackupOutcome or None)."""
    if due:
        outcome = backups.back_up(stop.is_set)
        if outcome.skipped == SKIPPED_DAMAGED:
            return backups.check(stop.is_set), outcome
        return None, outcome
    return backups.check(stop.is_set), None


def _set_aside(data_dir, key):  # noqa: ANN001, ANN202
    """Worker: the damaged journal moves aside; the newest good backup is found."""
    from ..services.backups import move_damaged_aside, newest_good_backup

    aside = move_damaged_aside(data_dir, datetime.now(timezone.utc))
    return aside, newest_good_backup(data_dir, key)


class SafetyNet(QObject):
    notice = Signal(str)  # a line for the sidebar: the last backup, or why one was skipped

    def __init__(self, window, runner, dialogs) -> None:  # noqa: ANN001
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._dialogs = dialogs
        self._stop = threading.Event()
        self.closing_backup_done = False
        # Written to before a lock closed the journal, with no backup since: the journal
        # opened after unlocking is a new one to the backups, which know only their own.
        self._written_before = False
        self._in_progress = False  # the check (and daily backup) after opening
        self._closing_backup = None  # started once that has stopped: two copies in one folder clash

    # -- after opening -----------------------------------------------------------------
    def opened(self) -> None:
        services = self._window.services
        self._stop = threading.Event()
        due = services.backups.due()
        self._show_last(services.backups.last_backup_at())
        self._in_progress = True
        self._runner.submit(_check_and_back_up, services.backups, self._stop, due,
                            on_done=while_alive(self, self._checked), on_error=while_alive(self, self._quiet))

    def stop(self) -> None:
        """The journal is locking or closing: a check in progress gives up."""
        self._stop.set()
        services = self._window.services
        if services is not None and services.backups.changed_this_session():
            self._written_before = True

    def _over(self) -> bool:
        """The check after opening is over; True when the window is closing instead (its
        backup starts now)."""
        self._in_progress = False
        closing, self._closing_backup = self._closing_backup, None
        if closing is not None:
            closing()
        return closing is not None

    def _checked(self, result) -> None:  # noqa: ANN001
        if self._over():
            return
        damage, outcome = result
        if damage is not None and self._window.services is not None:
            self.damage_found(damage.detail)
            return
        if outcome is not None and outcome.made is not None:
            self._written_before = False  # this copy holds it
            self._show_last(outcome.made.made_at)
        elif outcome is not None and outcome.skipped == SKIPPED_SPACE:
            self.notice.emit(self.tr("Backup skipped: the disk is nearly full"))

    def _quiet(self, _exc: BaseException) -> None:
        """A check stopped by locking, or a backup folder that cannot be written: the
        next start tries again; nothing the person needs to act on now."""
        self._over()

    def _show_last(self, made_at) -> None:  # noqa: ANN001
        if made_at is None:
            self.notice.emit(self.tr("No backup yet"))
            return
        local = made_at.astimezone()
        when = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
        if local.date() == datetime.now().astimezone().date():
            self.notice.emit(self.tr("Backed up today, %1").replace("%1", when))
        else:
            day = QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)
            self.notice.emit(self.tr("Last backup %1").replace("%1", day))

    # -- on closing ----------------------------------------------------------------------
    def back_up_before_closing(self, then) -> bool:  # noqa: ANN001
        """Start the closing backup if there were changes; `then` runs when it is done.
        False when there is nothing to do (close straight away)."""
        services = self._window.services
        if self.closing_backup_done or services is None or not (
                self._written_before or services.backups.changed_this_session()):
            return False
        self.stop()
        self.closing_backup_done = True

        def back_up() -> None:
            self._runner.submit(services.backups.back_up, on_done=lambda _outcome: then(),
                                on_error=lambda _exc: then())

        if self._in_progress:  # the check after opening gives up first (it was asked to stop)
            self._closing_backup = back_up
        else:
            back_up()
        return True

    # -- damage --------------------------------------------------------------------------
    def damage_found(self, detail: str, key: bytes | None = None, no_key_file: bool = False) -> None:
        """The journal is damaged: write down what is being typed, close it, set it
        aside, and offer the newest good backup. `no_key_file`: it may instead be an
        encrypted journal whose key file was lost (the page says how to put it back)."""
        self._no_key_file = no_key_file
        if self._window.services is not None:
            key = self._window.services.db.key
            self._window.close_journal(remember=False)
        self._runner.submit(_set_aside, self._window.data_dir, key,
                            on_done=lambda found: self._offer_backup(detail, *found),
                            on_error=self._window.show_failure)

    def _offer_backup(self, detail: str, aside, backup) -> None:  # noqa: ANN001
        from .views.damage_page import DamagePage

        page = DamagePage(aside, backup, detail, getattr(self, "_no_key_file", False))
        page.restore_requested.connect(lambda: self._restore(backup))
        page.new_requested.connect(lambda: self._window.open_journal())
        self._window.show_page(page)

    def _restore(self, backup) -> None:  # noqa: ANN001
        from ..services.backups import restore

        self._runner.submit(restore, self._window.data_dir, backup, datetime.now(timezone.utc),
                            on_done=lambda _kept: self._window.open_journal(), on_error=self._window.show_failure)

    def restore_chosen(self, backup) -> None:  # noqa: ANN001
        """A backup picked in Settings: the journal closes, the backup takes its place
        (the journal as it was is kept beside it), and it opens again."""
        self._window.close_journal(remember=False)
        self._restore(backup)

    def tell(self, exc: BaseException) -> None:
        self._dialogs.error(self._window, *messages.describe(exc))

    # -- from Settings ----------------------------------------------------------------------
    def run(self, action: str) -> None:
        {"backup_now": self.back_up_now, "restore": self.choose_restore}[action]()

    def back_up_now(self) -> None:
        services = self._window.services
        folder = self._dialogs.choose_folder(self._window, self.tr("Back up your journal to…"))
        if folder is None or services is None:
            return
        encrypted = services.db.key is not None
        self._runner.submit(services.backups.back_up_to, folder,
                            on_done=lambda path: self._dialogs.information(
                                self._window, self.tr("Backed up"),
                                (self.tr("Your journal was copied to “%1”, with its key file beside it: keep the "
                                         "two together. It opens with your passphrase.") if encrypted else
                                 self.tr("Your journal was copied to “%1”. It is not encrypted: keep it "
                                         "somewhere private.")).replace("%1", str(path))),
                            on_error=self.tell)

    def choose_restore(self) -> None:
        services = self._window.services
        if services is None:
            return
        backup = self._dialogs.choose_backup(self._window, services.backups.backups(), str(services.backups.folder))
        if backup is not None:
            self.restore_chosen(backup)
