"""Colours the painted charts share: one laid over another, opaque."""
from __future__ import annotations

from PySide6.QtGui import QColor


def blend(base: str | QColor, over: str | QColor, amount: float) -> QColor:
    """`over` laid on `base` at `amount` (0: base, 1: over), opaque."""
    a, b = QColor(base), QColor(over)
    t = max(0.0, min(1.0, amount))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)
