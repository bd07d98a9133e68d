"""PySide6 looks at every module imported after it, and reads its source to do so.

Its `__feature__` support (snake_case, true_property) wraps `import` and asks of each
newly imported module whether it uses PySide6, by `inspect.getsource(module)` and a
search for "PySide6": a tokenizing read of every file, ~0.5 ms a module. SQLAlchemy
and the ORM are ~300 modules imported after the window is up, so that question cost
~150-200 ms of the opening here. `answer_quickly` asks it of the file's bytes
instead: the same question, the same answer, without the tokenizer. Where PySide6
has no such function (another version), nothing is changed.
"""
from __future__ import annotations

import sys


def answer_quickly() -> bool:
    """Make PySide6's "does this module use PySide6?" read the file's bytes; True
    once done (also when done before), False where PySide6 works otherwise."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or not callable(upstream):
        return False
    if getattr(upstream, "reads_bytes", False):
        return True

    def _mod_uses_pyside(module) -> bool:  # noqa: ANN001
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as file:
                    return b"PySide6" in file.read()
            except OSError:
                pass
        return upstream(module)  # builtins, extension modules, zips: as PySide6 does

    _mod_uses_pyside.reads_bytes = True
    _mod_uses_pyside.upstream = upstream
    feature._mod_uses_pyside = _mod_uses_pyside
    return True
