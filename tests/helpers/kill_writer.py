"""A writer to kill: saves entries through the journal service as the editor does,
and reports each save it is about to make ("intent") and each one committed, one
JSON line at a time, so the test can check nothing reported as saved was lost.

    python -m tests.helpers.kill_writer DATA_DIR SEED
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

from journal_app.services.app_services import open_services

WORDS = ("solidarity", "家人", "தமிழ்", "മലയാളം", "مرحبا", "🌱", "listen", "repair", "2*3", "<3", "\\_", "  ")


def report(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> None:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    services = open_services(data_dir)
    journal = services.journal
    mine: dict[int, str] = {}
    report(ready=True)
    n = 0
    while True:
        n += 1
        text = f"writer {seed} save {n}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 400)))
        if mine and rng.random() < 0.6:
            entry_id = rng.choice(list(mine))
            body = mine[entry_id] + "\n" + text
            report(intent="update", id=entry_id, sha=hashlib.sha256(body.encode()).hexdigest())
            journal.update_entry(entry_id, body)
        else:
            body = text
            report(intent="create", sha=hashlib.sha256(body.encode()).hexdigest())
            entry_id = journal.write_entry(body).id
        mine[entry_id] = body
        report(saved=entry_id, sha=hashlib.sha256(body.encode()).hexdigest())


if __name__ == "__main__":
    main()
