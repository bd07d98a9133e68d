"""Intertwined: a private, offline journal with guided prompts."""

__version__ = "0.1.0"
APP_NAME = "Intertwined"
