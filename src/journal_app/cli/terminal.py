"""What the verbs share with the terminal: exit statuses, a failure already worded,
UTF-8 output whatever the locale, and text read from arguments and standard input."""
from __future__ import annotations

import os
import sys

OK, FAILED, USAGE = 0, 1, 2


class Stop(Exception):
    """A failure already worded for the person, with the exit status to return."""

    def __init__(self, message: str, status: int = FAILED) -> None:
        super().__init__(message)
        self.status = status



def write(stream, text: str) -> None:  # noqa: ANN001
    """Write UTF-8 bytes where the stream has a byte buffer (a C locale would turn
    Tamil or an emoji into question marks or an error), else the text itself."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        stream.flush()
        return
    stream.flush()  # anything already written as text goes first
    buffer.write(text.encode("utf-8", errors="replace"))
    buffer.flush()


def out(text: str) -> None:
    write(sys.stdout, text)


def say(message: str) -> None:
    write(sys.stderr, f"journal-app: {message}\n")



def read_stdin() -> str:
    stream = sys.stdin
    if stream is None:
        raise Stop("Nothing to add: give the text after `add`, or on standard input.", USAGE)
    if stream.isatty():
        keys = "Ctrl+Z then Enter" if os.name == "nt" else "Ctrl+D on a new line"
        write(sys.stderr, f"Type your entry, then press {keys}.\n")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        return stream.read()
    raw = buffer.read()
    try:
        return raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise Stop(f"The text on standard input is not valid UTF-8 (at byte {exc.start + 1}); "
                    "nothing was added.") from None


def from_terminal(text: str, what: str) -> str:
    """An argument as the person typed it. Under a C locale Python decodes arguments
    as ASCII and keeps other bytes as lone surrogates: those bytes are read again as
    UTF-8 (what a terminal sends), and refused if they are not."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(text).decode("utf-8")
    except UnicodeError:
        raise Stop(f"{what} is not valid UTF-8; nothing was changed.") from None

