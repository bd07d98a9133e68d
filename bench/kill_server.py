"""Forks the writers `bench/kills.py` kills: the app is imported here once, so a writer
costs a fork and opening the journal instead of a fresh interpreter's ~1 s of imports.

    python -m bench.kill_server DATA_DIR

For each seed read from stdin it forks tests/helpers/kill_writer.py (unchanged) on
DATA_DIR and prints `pid <pid>`; the writer prints its JSON lines to the same stdout
(one write per short line, so lines never mix); once the writer has died the server
prints `end <pid> <exit status>`. No database is opened here: only the fork opens it.
"""
from __future__ import annotations

import os
import sys
import traceback

from tests.helpers import kill_writer


def main() -> int:
    data_dir = sys.argv[1]
    for line in sys.stdin:
        seed = line.strip()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                sys.argv = ["kill_writer", data_dir, seed]
                kill_writer.main()
            except BaseException:  # noqa: BLE001 - said on stderr; the parent sees no ready line
                traceback.print_exc()
            finally:
                os._exit(1)
        print("pid", pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print("end", pid, status, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
