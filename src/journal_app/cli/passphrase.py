"""An encrypted journal's passphrase for a verb: from the terminal, never echoed, or
from the first line of standard input; never from an option or the environment."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .terminal import USAGE, Stop

PASSPHRASE_STDIN = "--passphrase-stdin"
_NO_TERMINAL = (
    "This journal is encrypted and there is no terminal to ask for its passphrase; "
    "nothing was changed. Run the command at a terminal, or give the passphrase on the "
    f"first line of standard input with {PASSPHRASE_STDIN}.")



def data_key(args: argparse.Namespace, data_dir: Path) -> bytes | None:
    """The data key of an encrypted journal, None for one that is not encrypted.
    A wrong passphrase raises JournalError(WRONG_PASSPHRASE); only the key file is
    read to find that out, so nothing is changed."""
    from ..services import encryption

    from_stdin = args.passphrase_stdin and not _stdin_is_terminal()
    if not encryption.is_encrypted(data_dir):
        if from_stdin:
            _stdin_first_line()  # the passphrase a script gives either way: not the text
        return None
    # A missing or damaged key file is told before the passphrase is asked for in vain.
    encryption.check_key_file(data_dir)
    passphrase = _passphrase_from_stdin() if from_stdin else _passphrase_from_terminal(data_dir)
    return encryption.unlock(data_dir, passphrase)


def _stdin_is_terminal() -> bool:
    """At a terminal, --passphrase-stdin asks without echo as well (a line read from
    the terminal would show the passphrase as it is typed)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # closed
        return False


def _stdin_first_line() -> bytes | None:
    """The first line of standard input, and nothing more (the rest may be the entry);
    None when standard input is empty or missing."""
    stream = sys.stdin
    if stream is None:
        return None
    buffer = getattr(stream, "buffer", None)
    line = buffer.readline() if buffer is not None else stream.readline().encode("utf-8", "surrogateescape")
    return line or None


def _passphrase_from_stdin() -> str:
    line = _stdin_first_line()
    if line is None:
        raise Stop(f"Standard input is empty: with {PASSPHRASE_STDIN} its first line must be the "
                    "journal's passphrase. Nothing was changed.", USAGE)
    return _passphrase(_without_line_end(line), "on the first line of standard input")


def _passphrase_from_terminal(data_dir: Path) -> str:
    """Asked on the terminal itself, never echoed. Never read from standard input
    instead, as getpass does when it finds no terminal: that would take the first line
    of a piped entry for the passphrase, silently."""
    prompt = f"Passphrase for the journal in {data_dir}: "
    raw = _read_windows_console(prompt) if os.name == "nt" else _read_tty(prompt)
    return _passphrase(raw, "typed")


def _read_tty(prompt: str) -> bytes:
    try:
        import termios
    except ImportError:
        raise Stop(_NO_TERMINAL, USAGE) from None
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:  # no controlling terminal: cron, a service, a pipeline's child
        raise Stop(_NO_TERMINAL, USAGE) from None
    try:
        try:
            before = termios.tcgetattr(fd)
        except termios.error:
            raise Stop(_NO_TERMINAL, USAGE) from None
        quiet = list(before)
        quiet[3] &= ~(termios.ECHO | termios.ECHONL)  # lflag: no echo, line editing kept
        # Echo off before the prompt shows: what is typed after it is never shown, and
        # not thrown away with what was typed before it (TCSAFLUSH).
        termios.tcsetattr(fd, termios.TCSAFLUSH, quiet)
        try:
            os.write(fd, prompt.encode("utf-8", errors="replace"))
            chunks = []
            while not chunks or not chunks[-1].endswith(b"\n"):
                chunk = os.read(fd, 4096)
                if not chunk:  # Ctrl+D
                    break
                chunks.append(chunk)
        finally:
            termios.tcsetattr(fd, termios.TCSAFLUSH, before)
            os.write(fd, b"\n")
    finally:
        os.close(fd)
    return _without_line_end(b"".join(chunks))


def _read_windows_console(prompt: str) -> bytes:  # pragma: no cover - Windows only
    import msvcrt

    try:  # the console itself, whatever standard input is
        os.close(os.open("CONIN$", os.O_RDWR))
    except OSError:
        raise Stop(_NO_TERMINAL, USAGE) from None
    for char in prompt:
        msvcrt.putwch(char)
    typed: list[str] = []
    while True:
        char = msvcrt.getwch()
        if char in "\r\n":
            break
        if char == "\x03":
            raise KeyboardInterrupt
        if char == "\b":
            del typed[-1:]
        else:
            typed.append(char)
    msvcrt.putwch("\r")
    msvcrt.putwch("\n")
    return "".join(typed).encode("utf-8", errors="surrogatepass")


def _without_line_end(line: bytes) -> bytes:
    """Only the line's end goes: spaces are part of a passphrase."""
    line = line.removesuffix(b"\n")
    return line.removesuffix(b"\r")


def _passphrase(raw: bytes, where: str) -> str:
    if not raw:
        raise Stop(f"The passphrase {where} is empty; nothing was changed.", USAGE)
    try:
        return raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError:  # never shown: even a wrong passphrase is close to the right one
        raise Stop(f"The passphrase {where} is not valid UTF-8; nothing was changed.", USAGE) from None

