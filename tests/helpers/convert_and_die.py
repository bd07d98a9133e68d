"""Turns encryption on or off, to be killed part-way (tests/test_encryption_kill.py).

    python -m tests.helpers.convert_and_die DATA_DIR on|off PASSPHRASE [STEP N]

With STEP and N it SIGKILLs itself just before the Nth call of that step (one of
STEPS), so every boundary of a conversion is hit exactly; without, it runs to the
end and the test kills it at a random moment. Argon2 is cheap here, through the
same code the app runs.
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from journal_app.services import encryption
from journal_app.storage import conversion, key_file

STEPS = ("_export", "_check_copy", "write_key_file", "replace", "sync_dir", "shred", "convert_copy")


def die_before(step: str, nth: int) -> None:
    calls = {"n": 0}
    if step == "replace":
        owner, name = conversion.os, "replace"
    else:
        owner, name = conversion, step
    original = getattr(owner, name)

    def dying(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls["n"] += 1
        if calls["n"] == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)

    setattr(owner, name, dying)


def main() -> None:
    data_dir, direction, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    key_file.cost = key_file.KdfCost(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    if len(sys.argv) > 4:
        die_before(sys.argv[4], int(sys.argv[5]))
    print("ready", flush=True)
    if direction == "on":
        encryption.turn_on(data_dir, passphrase)
    else:
        encryption.turn_off(data_dir, passphrase)
    print("done", flush=True)


if __name__ == "__main__":
    main()
