"""Counts in words ("1 entry", "3 entries").

Qt's "%n item(s)" needs a compiled translation even for English; until the app
ships translations, both forms are written out and each goes through translate()."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def plural(n: int, one: str, other: str) -> str:
    """`one` or `other` (each containing %n), translated, with n in the locale's digits."""
    text = QCoreApplication.translate("Plural", one if n == 1 else other)
    return text.replace("%n", QLocale().toString(n))
