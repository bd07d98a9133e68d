"""Words kept aside before a crash, offered back beside the saved version."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from . import messages


def offer_recovery(window: QWidget, recovery, dialogs) -> None:  # noqa: ANN001
    """Ask about each recovery draft; restored entries appear in the Journal."""
    from .widgets.recovery_dialog import BOTH, RECOVERED

    for draft, saved in recovery.pending():
        choice = dialogs.recover(window, draft, saved)
        try:
            if choice == RECOVERED:
                entry = recovery.restore(draft)
            elif choice == BOTH:
                entry = recovery.restore(draft, as_new=True)
            else:
                recovery.clear(draft.key)
                continue
        except Exception as exc:  # noqa: BLE001 - kept for the next start; told now
            dialogs.error(window, *messages.describe(exc))
            continue
        window.show_saved_entry(entry)
