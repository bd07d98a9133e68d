"""The window's size and place, kept beside the journal (so each data folder, and
each test, has its own) and private like every file there."""
from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

DEFAULT_SIZE = (1120, 740)


def _settings(window: QMainWindow) -> QSettings:
    return QSettings(str(window.data_dir / "window.ini"), QSettings.Format.IniFormat)


def restore(window: QMainWindow) -> None:
    geometry = _settings(window).value("geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        return
    window.resize(*DEFAULT_SIZE)


def keep(window: QMainWindow) -> None:
    if not window.data_dir.is_dir():  # erased meanwhile: nothing to write beside
        return
    settings = _settings(window)
    settings.setValue("geometry", window.saveGeometry())
    settings.sync()
    os.chmod(settings.fileName(), 0o600)
