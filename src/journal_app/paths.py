"""Where things are: the app's resources and the person's data directory."""
from __future__ import annotations

from pathlib import Path

from . import APP_NAME

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources/ folder: inside the installed package (a wheel ships it there),
    else at the top of the source checkout (an editable install resolves imports to
    src/, where hatchling's force-include mapping is not visible)."""
    bundled = _PACKAGE / "resources"
    if bundled.is_dir():
        return bundled
    checkout = _PACKAGE.parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"resources not found in {bundled} or {checkout}")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
