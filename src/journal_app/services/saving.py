"""Every write the person is told about goes through here."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..domain.errors import ErrorCode, JournalError

T = TypeVar("T")


def saving(operation: Callable[..., T], *args: object, **kwargs: object) -> T:
    """Run a write; any database failure (disk full, read-only, locked, I/O) becomes
    SAVE_FAILED. Nothing was committed then: the transaction rolled back."""
    try:
        return operation(*args, **kwargs)
    except JournalError:
        raise
    except Exception as exc:  # noqa: BLE001 - the driver's errors have no common base here
        raise JournalError(ErrorCode.SAVE_FAILED, reason=str(exc)) from exc
