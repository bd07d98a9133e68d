"""Every modal dialog first saves what is being written: the app might be closed, or
the computer shut down, while the dialog waits for an answer."""
from __future__ import annotations

from collections.abc import Callable

# Telling the person about a failure must not try to save again (that failure may
# be the reason for the message).
_NO_SAVE_FIRST = frozenset({"error", "information"})


class SavingDialogs:
    def __init__(self, dialogs, save_first: Callable[[], object]) -> None:  # noqa: ANN001
        self._dialogs = dialogs
        self._save_first = save_first
        self._saving = False

    def __getattr__(self, name: str):  # noqa: ANN204
        found = getattr(self._dialogs, name)
        if name in _NO_SAVE_FIRST or not callable(found):
            return found

        def asked(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if not self._saving:
                self._saving = True
                try:
                    self._save_first()
                finally:
                    self._saving = False
            return found(*args, **kwargs)

        return asked
