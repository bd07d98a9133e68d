"""Opening the journal, step by step, on the window's side: Today at a glance (read
with the driver alone, journal_opening.glance_journal), then the journal itself on
the task runner, handed to Today once it is open; the lock screen for an encrypted
journal; the page that says why a journal cannot be opened.

Mixed into MainWindow, which provides the pages (`stack`, `opening`, `sidebar`),
`area()`, `show_area()` and `show_page()`. What the person asks for on the glance is
kept (`when_open`) and done as soon as the journal is open; a window closed before
then lets go of the journal as soon as it arrives.
"""
from __future__ import annotations

from .area_links import TODAY


class OpeningSteps:
    def open_journal(self, key: bytes | None = None) -> None:
        """Open the journal: Today at a glance first (a plain journal), or straight
        through with `key` (after unlocking)."""
        # (Not read while the shell is built: the two then share the interpreter, and
        # both take longer than one after the other.)
        self.build()
        self._drop_glance()
        self.show_page(self.opening)
        if key is not None:
            self._open_fully(key)
        else:
            self._glance()

    def _glance(self) -> None:
        from .journal_opening import glance_journal

        self._runner.submit(glance_journal, self.data_dir, self._today(), on_done=self._glanced,
                            on_error=lambda _exc: self._open_fully(None))

    def _glanced(self, result) -> None:  # noqa: ANN001
        from .journal_opening import LOCKED, UPGRADING

        if self._closed:
            return
        if result == LOCKED:  # encrypted: nothing is read before the passphrase
            self.protection.show_lock()
            return
        if result == UPGRADING:
            self.say_upgrading()
            self._open_fully(None)
            return
        if result is None:  # new, to be upgraded, ...: opened the usual way, then shown
            self._open_fully(None)
            return
        self._glancing = True
        self.holder.set(result.base, result.base)
        today = self.area(TODAY)
        today.show_glance(result.glance)
        self.sidebar.select(TODAY)
        self.sidebar.show()
        self.stack.setCurrentWidget(today)
        if self._paint_first:
            from .first_paint import after_painted

            after_painted(self, lambda: self._open_fully(None))
        else:
            self._open_fully(None)

    def _open_fully(self, key: bytes | None) -> None:
        from .journal_opening import open_journal

        if not self._closed:
            self._runner.submit(open_journal, self.data_dir, self._today(), key,
                                on_done=self.journal_opened, on_error=self._journal_failed)

    def journal_opened(self, opened) -> None:  # noqa: ANN001
        """The journal is open (an `Opened`), or None: it is encrypted, and the lock
        screen asks for the passphrase."""
        if self._closed:  # the window was closed while the journal opened
            if opened is not None:
                opened.services.close()
            return
        if opened is None:
            self._drop_glance()
            self.protection.show_lock()
            return
        self.said_opened()
        self.services = opened.services
        self._is_new = opened.is_new
        self.holder.set(opened.base, opened.current)
        today = self.area(TODAY)
        if self._glancing:
            self._glancing = False
            today.attach(self.services)
        today.show_prompt(opened.prompt)
        today.refresh_session()
        self.sidebar.show()
        self.show_area(self.sidebar.list.currentRow() if self.sidebar.list.currentRow() >= 0 else TODAY)
        self.protection.opened(opened.encrypted)
        self.settled.emit()
        from .recovery_offer import offer_recovery

        offer_recovery(self, self.services.recovery, self._dialogs)
        if self._place is not None:
            place, self._place = self._place, None
            self._return_to(place)
        elif self._is_new:
            self._is_new = False
            self.protection.welcome()
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            if self.services is not None:
                action()
        if self.services is not None:
            self.safety.opened()  # the full check, then the daily backup, in the background

    def when_open(self, action) -> None:  # noqa: ANN001
        """`action` now if the journal is open; if Today shows a glance, as soon as the
        journal is (a click there is not lost); else never (locked, failed)."""
        if self.services is not None:
            action()
        elif self._glancing:
            self._waiting.append(action)

    def _drop_glance(self) -> None:
        """Today's glance is let go of (the journal failed to open, or opens again)."""
        if self.services is not None or not self._areas:
            return
        self._glancing = False
        self._waiting.clear()
        self._remove_areas()
        self.holder.clear()

    def _journal_failed(self, exc: BaseException) -> None:
        from .journal_opening import damaged_on_opening

        if self._closed:
            return
        self._drop_glance()
        if damaged_on_opening(exc, self.data_dir):
            details = getattr(exc, "details", {})
            self.safety.damage_found(str(exc), getattr(exc, "key", None), bool(details.get("no_key_file")))
            return
        self.show_failure(exc)

    def show_failure(self, exc: BaseException) -> None:
        """The journal could not be opened (or restored): said plainly, and where."""
        from . import messages

        self._drop_glance()
        self.show_page(self.opening)
        title, text = messages.describe(exc)
        self.opening.title.setText(title)
        self.opening.text.setText(text + "\n\n" + str(self.data_dir))
        self.settled.emit()
        self._dialogs.error(self, title, text)
