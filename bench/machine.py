"""What the numbers were measured on: figures only compare on the same machine."""
from __future__ import annotations

import os
import platform
import sys
from importlib import metadata


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def load_average() -> str:
    """Other work on the machine (tests run alongside) shows up as noise in the timings."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"


def describe(load_before: str) -> list[tuple[str, str]]:
    """(label, value) pairs for the report."""
    import PySide6
    import PySide6.QtCore
    import sqlcipher3
    import sqlcipher3.dbapi2 as driver

    conn = driver.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("CPU", _cpu_model()),
        ("Cores", f"{os.cpu_count()} (usable by this process: {usable})"),
        ("RAM", _ram()),
        ("OS", platform.platform()),
        ("Python", sys.version.split()[0]),
        # The app depends on PySide6-Essentials, so ask the module, not a distribution.
        ("PySide6 / Qt", f"{PySide6.__version__} / Qt {PySide6.QtCore.qVersion()}"),
        ("SQLAlchemy / Alembic", f"{_version('SQLAlchemy')} / {_version('alembic')}"),
        ("sqlcipher3", _version("sqlcipher3")),
        ("SQLite (sqlcipher3.sqlite_version)", sqlcipher3.sqlite_version),
        ("SQLCipher (PRAGMA cipher_version)", cipher[0] if cipher else "none"),
        ("Load average (1, 5, 15 min) before / after the timings",
         f"{load_before} / {load_average()}"),
    ]
