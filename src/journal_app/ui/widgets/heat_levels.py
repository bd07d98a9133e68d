"""How deep a heat map cell is tinted: a day's count of entries becomes one of a few
levels, from the spread of the year's counts, and each level a colour."""
from __future__ import annotations

from PySide6.QtGui import QColor

from .. import style
from .chart_colors import blend

LEVELS = 4  # tints for days with entries; level 0 is a day without one
_STRENGTH = {0: 0.0, 1: 0.34, 2: 0.55, 3: 0.77, 4: 1.0}  # of the accent over the surface


def quiet_cell(colors: style.Colors) -> QColor:
    """A day without an entry: a little deeper than the surface, so the grid reads."""
    return blend(colors.surface, colors.border, 0.85)


def level_color(colors: style.Colors, level: int) -> QColor:
    """The cell colour for an intensity level (0 to LEVELS)."""
    if level <= 0:
        return quiet_cell(colors)
    return blend(colors.surface, colors.accent, _STRENGTH[min(level, LEVELS)])


def thresholds(counts: list[int]) -> list[int]:
    """Bounds for `level_of` from the days' positive counts. Up to LEVELS entries a day,
    each count is its own level (1 entry: level 1, 2 entries: level 2...). Beyond that,
    quartiles of the days, topped up from the counts in between, so the busiest day is
    always the deepest tint and a single entry the lightest."""
    values = sorted(c for c in counts if c > 0)
    if not values:
        return []
    top = values[-1]
    if top <= LEVELS:
        return list(range(1, LEVELS))
    bounds: list[int] = []
    for q in (0.25, 0.5, 0.75):
        bound = values[min(len(values) - 1, int(q * len(values)))]
        if bound < top and (not bounds or bound > bounds[-1]):
            bounds.append(bound)
    between = sorted({v for v in values if (not bounds or v > bounds[-1]) and v < top})
    while len(bounds) < LEVELS - 1 and between:
        bounds.append(between.pop(0))
    bounds.sort()
    while len(bounds) < LEVELS - 1:  # few distinct counts: the busiest days still reach the top
        bounds.append(bounds[-1] if bounds else 1)
    return bounds


def level_of(count: int, bounds: list[int]) -> int:
    if count <= 0:
        return 0
    return min(LEVELS, 1 + sum(1 for bound in bounds if count > bound))
