"""The command-line verbs, run as a person runs them: `journal-app add` and
`journal-app search` in a subprocess, on a fresh data directory, no window."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.app import _names_a_verb

# Texts in many scripts, each with a word of it to search for. They go in through
# standard input, so line endings, tabs and trailing spaces reach the journal as is.
TEXTS = [
    ("Talked with my neighbour about solidarity today.\n", "neighbour"),
    ("我想和家人谈谈", "家"),
    ("我想和家人谈谈关于团结的事。\n", "家人"),
    ("今日は友達と話しました。連帯について考えた。", "友達"),
    ("오늘 가족과 이야기했습니다", "가족과"),
    ("தமிழ் மொழி பற்றி எழுதினேன்\n", "மொழி"),
    ("മലയാളം ഭാഷയിൽ എഴുതി", "മലയാളം"),
    ("مرحبا بالعالم", "بالعالم"),
    ("שלום עולם, כתבתי היום", "עולם"),
    ("👨‍👩‍👧 🌱 growing together", "🌱"),
    (("2*3 <3 \\_ trailing spaces   \n\tindented with a tab\r\nline ending in CRLF\r\n"
      "# heading *em* `code` [link](x)"), "indented"),
    ("no newline at the end, then a blank line below\n\n", "blank"),
]


def _env(lang: str = "C.UTF-8", **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "PYTHONCOERCECLOCALE", "LC_ALL", "LC_CTYPE")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG=lang, **extra)
    return env


def run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m journal_app ARGS` (the same main() as the journal-app script);
    stdout and stderr come back as bytes, to be checked as UTF-8. In a session of its
    own, without a terminal: an encrypted journal cannot ask for its passphrase there."""
    return subprocess.run([sys.executable, "-m", "journal_app", *args], input=stdin,
                          capture_output=True, timeout=60, env=env or _env(), check=False,
                          start_new_session=True)


def run_together(*calls: tuple[tuple[str, ...], bytes, dict[str, str] | None]) -> list[subprocess.CompletedProcess]:
    """Several runs at once, as run() runs one, each given (args, stdin, env): the
    start-up time is paid once rather than once per run."""
    started = []
    for args, stdin, env in calls:
        process = subprocess.Popen([sys.executable, "-m", "journal_app", *args], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env or _env(),
                                   start_new_session=True)
        process.stdin.write(stdin)  # small: fits the pipe, so nothing waits on the next one
        process.stdin.close()
        process.stdin = None  # so communicate() does not flush it again
        started.append((args, process))
    results = []
    for args, process in started:
        stdout, stderr = process.communicate(timeout=60)
        results.append(subprocess.CompletedProcess(args, process.returncode, stdout, stderr))
    return results


def out(result: subprocess.CompletedProcess) -> str:
    return result.stdout.decode("utf-8")  # strict: the output must be UTF-8


def err(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8")


def add(data_dir: Path, *args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> int:
    """Add an entry; returns its id, read from "Added entry <id> for <date>"."""
    result = run("--data-dir", str(data_dir), "add", *args, stdin=stdin, env=env)
    assert result.returncode == 0, err(result)
    words = out(result).split()
    assert words[:2] == ["Added", "entry"] and words[3] == "for", out(result)
    return int(words[2])


def search_json(data_dir: Path, *query: str, env: dict[str, str] | None = None) -> list[dict]:
    result = run("search", "--data-dir", str(data_dir), "--json", "--limit", "100", *query, env=env)
    assert result.returncode == 0, err(result)
    return json.loads(out(result))


def count_entries(data_dir: Path) -> int:
    from journal_app.services.app_services import open_services

    services = open_services(data_dir)
    try:
        return services.journal.count_entries()
    finally:
        services.close()


# -- round trips -------------------------------------------------------------------------

def test_add_then_search_round_trips_text_in_every_script_exactly(data_dir: Path) -> None:
    ids = [add(data_dir, stdin=text.encode("utf-8")) for text, _ in TEXTS]
    assert len(set(ids)) == len(TEXTS)
    for (text, word), entry_id in zip(TEXTS, ids):
        found = {item["id"]: item for item in search_json(data_dir, word)}
        assert entry_id in found, (word, found.keys())
        assert found[entry_id]["text"].encode("utf-8") == text.encode("utf-8")
        assert found[entry_id]["title"] is None
    # One Chinese character and one emoji find their entries and nothing else.
    assert {item["id"] for item in search_json(data_dir, "家")} == {ids[1], ids[2]}
    assert {item["id"] for item in search_json(data_dir, "🌱")} == {ids[9]}


def test_text_given_as_arguments_is_kept_too(data_dir: Path) -> None:
    entry_id = add(data_dir, "தமிழ்", "மொழி", "👨‍👩‍👧")  # several words: joined by single spaces
    [item] = search_json(data_dir, "மொழி")
    assert item["id"] == entry_id and item["text"] == "தமிழ் மொழி 👨‍👩‍👧"
    # Words after an option still belong to the text, in order.
    other = add(data_dir, "hello", "--tag", "x", "world")
    [item] = search_json(data_dir, "hello")
    assert (item["id"], item["text"], item["tags"]) == (other, "hello world", ["x"])


@pytest.mark.parametrize("strict", [False, True], ids=["LANG=C", "C locale, no UTF-8 mode"])
def test_output_is_utf8_under_the_c_locale(data_dir: Path, strict: bool) -> None:
    # Strict: Python's own streams would be ASCII and its arguments undecodable bytes.
    env = _env("C", LC_ALL="C", PYTHONCOERCECLOCALE="0", PYTHONUTF8="0") if strict else _env("C")
    text = "தமிழ் மொழி 🌱 我想和家人谈谈"
    entry_id = add(data_dir, text, env=env)
    result = run("--data-dir", str(data_dir), "search", "மொழி", env=env)
    assert result.returncode == 0, err(result)
    lines = out(result).splitlines()
    assert lines[0].endswith("  தமிழ் மொழி 🌱 我想和家人谈谈")
    assert "**மொழி**" in lines[1]
    [item] = search_json(data_dir, "家", env=env)
    assert (item["id"], item["text"]) == (entry_id, text)
    piped = add(data_dir, stdin="മലയാളം\r\n".encode("utf-8"), env=env)
    [item] = search_json(data_dir, "മലയാളം", env=env)
    assert (item["id"], item["text"]) == (piped, "മലയാളം\r\n")


def test_title_tags_and_date_are_kept(data_dir: Path) -> None:
    env = _env(TZ="Europe/London")
    entry_id = add(data_dir, "--title", "At the march", "--tag", "solidarity", "--tag", "Family",
                   "--date", "2025-06-01 14:30", "We walked together.", env=env)
    noon = add(data_dir, "--date", "2025-06-02", "A date alone is noon.", env=env)
    [item] = search_json(data_dir, "walked")
    assert item["id"] == entry_id
    assert item["date"] == "2025-06-01"
    assert item["written_at"] == "2025-06-01T13:30:00+00:00"  # 14:30 British Summer Time
    assert item["title"] == "At the march" and item["heading"] == "At the march"
    assert sorted(item["tags"], key=str.casefold) == ["Family", "solidarity"]
    assert item["text"] == "We walked together."
    [item] = search_json(data_dir, "noon")
    assert (item["id"], item["date"], item["written_at"]) == (noon, "2025-06-02", "2025-06-02T11:00:00+00:00")


def test_the_journal_app_script_takes_data_dir_after_the_verb(data_dir: Path) -> None:
    script = Path(sys.executable).with_name("journal-app")
    result = subprocess.run([str(script), "add", "--data-dir", str(data_dir), "from the script"],
                            capture_output=True, timeout=60, env=_env(), check=False)
    assert result.returncode == 0, result.stderr
    assert out(result).startswith("Added entry 1 for ")
    assert [item["text"] for item in search_json(data_dir, "script")] == ["from the script"]


# -- search ------------------------------------------------------------------------------

def test_search_lists_newest_first_with_snippets_and_honours_the_limit(data_dir: Path) -> None:
    for day, words in [("2025-01-01", "First talk with my family"), ("2025-03-01", "Third: family dinner"),
                       ("2025-02-01", "Second\nmore about family later")]:
        add(data_dir, "--date", day, stdin=words.encode())
    result = run("--data-dir", str(data_dir), "search", "family")
    assert result.returncode == 0, err(result)
    assert out(result).splitlines() == [
        "2025-03-01  Third: family dinner",
        "    Third: **family** dinner",
        "2025-02-01  Second",
        "    Second more about **family** later",
        "2025-01-01  First talk with my family",
        "    First talk with my **family**",
    ]
    assert err(result) == ""
    limited = run("--data-dir", str(data_dir), "search", "--limit", "2", "family")
    assert [line[:10] for line in out(limited).splitlines() if not line.startswith(" ")] == [
        "2025-03-01", "2025-02-01"]
    assert "2 of 3" in err(limited)
    result = run("--data-dir", str(data_dir), "search", "--json", "--limit", "1", "family")
    assert [item["date"] for item in json.loads(out(result))] == ["2025-03-01"]
    assert json.loads(out(result))[0]["snippet"] == "Third: **family** dinner"


def test_a_query_starting_with_a_dash_and_fts_syntax_are_just_words(data_dir: Path) -> None:
    entry_id = add(data_dir, "Called my family about the NEAR future")
    assert [item["id"] for item in search_json(data_dir, "--", "-family")] == [entry_id]
    for query in ("NEAR(", '"', "*", 'NEAR(family" OR', "-"):
        result = run("--data-dir", str(data_dir), "search", "--", query)
        assert result.returncode == 0, (query, err(result))
    assert [item["id"] for item in search_json(data_dir, "NEAR(")] == [entry_id]


def test_nothing_found_is_not_a_failure(data_dir: Path) -> None:
    add(data_dir, "Something else")
    result = run("--data-dir", str(data_dir), "search", "solidarity")
    assert (result.returncode, out(result)) == (0, "")
    assert "No entries contain these words." in err(result)
    assert search_json(data_dir, "solidarity") == []


# -- failures ----------------------------------------------------------------------------

def test_empty_text_is_refused_and_nothing_is_written(data_dir: Path) -> None:
    add(data_dir, "the one entry")
    for args, stdin in [(("",), b""), (("   ",), b""), ((), b""), ((), b"  \n\t\r\n"), ((), "\u3000".encode())]:
        result = run("--data-dir", str(data_dir), "add", *args, stdin=stdin)
        assert result.returncode == 2, (args, stdin)
        assert "Nothing to add: the text is empty." in err(result)
        assert out(result) == ""
    assert count_entries(data_dir) == 1


@pytest.mark.parametrize("when", ["2025-13-01", "2025-02-30", "01/06/2025", "2025-06-01T14:30",
                                  "2025-06-01 25:00", "yesterday", "2025-6-1", "3025-01-01", ""])
def test_a_bad_date_is_a_usage_error(data_dir: Path, when: str) -> None:
    result = run("--data-dir", str(data_dir), "add", "--date", when, "text")
    assert result.returncode == 2
    assert "--date" in err(result)
    assert not (data_dir / "journal.sqlite3").exists()


def test_bad_numbers_and_unknown_verbs_are_usage_errors(data_dir: Path) -> None:
    for args in (("search", "--limit", "0", "x"), ("search", "--limit", "many", "x"), ("search",),
                 ("serch", "x"), ("add", "--bogus", "x"), ("add", "--tag", " ", "x")):
        result = run("--data-dir", str(data_dir), *args)
        assert result.returncode == 2, args
        assert "usage: journal-app" in err(result), args
    assert not (data_dir / "journal.sqlite3").exists()


def test_a_file_that_is_not_a_journal_is_refused_and_left_unchanged(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "journal.sqlite3"
    garbage = b"this is not a database " + os.urandom(8192)
    path.write_bytes(garbage)
    for args in (("add", "hello"), ("search", "hello"), ("search", "--json", "hello")):
        result = run("--data-dir", str(data_dir), *args)
        assert result.returncode == 1, args
        assert "is not a journal Intertwined can read" in err(result)
        assert "left unchanged" in err(result)
        assert out(result) == ""
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.sqlite3"]


def test_a_journal_from_a_newer_version_is_refused(data_dir: Path) -> None:
    import sqlite3

    add(data_dir, "written by this version")
    with sqlite3.connect(data_dir / "journal.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = (data_dir / "journal.sqlite3").read_bytes()
    result = run("--data-dir", str(data_dir), "add", "more")
    assert result.returncode == 1
    assert "written by a newer version of Intertwined" in err(result)
    assert (data_dir / "journal.sqlite3").read_bytes() == before


def test_invalid_utf8_on_stdin_is_refused_and_nothing_is_written(data_dir: Path) -> None:
    add(data_dir, "the one entry")
    result = run("--data-dir", str(data_dir), "add", stdin=b"caf\xe9 au lait\n")
    assert result.returncode == 1
    assert "not valid UTF-8" in err(result) and "nothing was added" in err(result)
    assert count_entries(data_dir) == 1


def test_search_does_not_create_a_journal(data_dir: Path) -> None:
    result = run("--data-dir", str(data_dir), "search", "anything")
    assert result.returncode == 1
    assert "There is no journal in" in err(result)
    assert not data_dir.exists()


# -- an encrypted journal ----------------------------------------------------------------

PASSPHRASE = "நதி between two cities 🌉"  # not ASCII: read as UTF-8, from stdin and from a terminal
WRONG_PASSPHRASE = "That passphrase does not open this journal. Nothing was changed."
NO_TERMINAL = "there is no terminal to ask for its passphrase"
# Text in several scripts, every kind of line end and trailing space, after the passphrase line.
ENCRYPTED_TEXT = ("தமிழ் மொழி பற்றி எழுதினேன்\r\n我想和家人谈谈关于团结的事。\n"
                  "👨‍👩‍👧 🌱 growing together  \n\tمرحبا بالعالم\n\n")


@pytest.fixture
def encrypted(data_dir: Path) -> Path:
    """An encrypted journal (its key file made at the cheap test cost, which the
    subprocess reads from the file)."""
    from journal_app.services import encryption
    from journal_app.services.app_services import open_services

    open_services(data_dir).close()
    encryption.turn_on(data_dir, PASSPHRASE, with_recovery_key=False)
    return data_dir


def files_of(data_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file()}


def never_shown(result: subprocess.CompletedProcess) -> None:
    for stream in (result.stdout, result.stderr):
        assert PASSPHRASE.encode() not in stream and "between two".encode() not in stream


def test_an_encrypted_journal_opens_with_the_passphrase_on_stdin(encrypted: Path) -> None:
    piped, given = run_together(
        # A CRLF after the passphrase goes with it; the text after it is kept exactly.
        (("--data-dir", str(encrypted), "add", "--passphrase-stdin"),
         (PASSPHRASE + "\r\n" + ENCRYPTED_TEXT).encode(), None),
        # With TEXT, only the first line is read: the rest is not the entry.
        (("add", "--data-dir", str(encrypted), "--passphrase-stdin", "--tag", "家", "முதல்", "வரி 🌱"),
         (PASSPHRASE + "\nnot part of it\n").encode(), None),
    )
    for result in (piped, given):
        assert result.returncode == 0, err(result)
        assert out(result).startswith("Added entry ")
        never_shown(result)
    result = run("search", "--data-dir", str(encrypted), "--json", "--passphrase-stdin", "🌱",
                 stdin=PASSPHRASE.encode())  # no newline at all after it: the line ends there
    assert result.returncode == 0, err(result)
    never_shown(result)
    found = {item["text"]: item for item in json.loads(out(result))}
    assert sorted(found, key=len) == ["முதல் வரி 🌱", ENCRYPTED_TEXT]
    assert found[ENCRYPTED_TEXT]["text"].encode() == ENCRYPTED_TEXT.encode()
    assert found["முதல் வரி 🌱"]["tags"] == ["家"]


def test_a_wrong_passphrase_no_terminal_or_a_passphrase_argument_changes_nothing(
        encrypted: Path, tmp_path: Path) -> None:
    import shutil

    missing, damaged = tmp_path / "key-missing", tmp_path / "key-damaged"
    for copy in (missing, damaged):
        shutil.copytree(encrypted, copy)
    (missing / "journal.key").unlink()
    (damaged / "journal.key").write_text('{"format": "intertwined-key", "slots": [', encoding="utf-8")
    before = {folder: files_of(folder) for folder in (encrypted, missing, damaged)}
    at = ("--data-dir", str(encrypted))
    right = (PASSPHRASE + "\n").encode()
    # Given as an argument (`--passphrase` would otherwise be argparse's short form of
    # --passphrase-stdin, and the passphrase the text), it is refused without repeating it.
    arguments = [("add", *at, "--passphrase", PASSPHRASE), ("add", *at, "--passphrase=" + PASSPHRASE),
                 ("search", *at, "--pass", PASSPHRASE, "x"), ("add", *at, "--passphrase-stdin=" + PASSPHRASE)]
    # Neither an environment variable nor standard input stands in for the terminal.
    told = _env(JOURNAL_APP_PASSPHRASE=PASSPHRASE, INTERTWINED_PASSPHRASE=PASSPHRASE, PASSPHRASE=PASSPHRASE)
    results = run_together(
        (("add", *at, "--passphrase-stdin"), "தவறு, not the passphrase\nan entry".encode(), None),
        (("add", *at), right + b"an entry", None),
        (("search", *at, "x"), right, told),
        *[(args, right, None) for args in arguments],
        (("add", "--data-dir", str(missing), "--passphrase-stdin"), right + b"an entry", None),
        (("search", "--data-dir", str(damaged), "--passphrase-stdin", "x"), right, None),
    )
    wrong, no_terminal, told = results[:3]
    refused, (key_missing, key_damaged) = results[3:-2], results[-2:]
    for result in results:
        never_shown(result)
        assert out(result) == "", result.args
    assert (wrong.returncode, err(wrong)) == (2, f"journal-app: {WRONG_PASSPHRASE}\n")
    for result in (no_terminal, told):
        assert result.returncode == 2, result.args
        assert NO_TERMINAL in err(result) and "--passphrase-stdin" in err(result), result.args
    for result in refused:
        assert result.returncode == 2, result.args
        assert "usage: journal-app" in err(result) and "no option takes the passphrase" in err(result)
    assert key_missing.returncode == 1
    assert "key file" in err(key_missing) and "is missing" in err(key_missing)
    assert "left unchanged" in err(key_missing)
    assert key_damaged.returncode == 1 and "is damaged" in err(key_damaged)
    assert {folder: files_of(folder) for folder in before} == before


def test_a_journal_that_is_not_encrypted_ignores_the_passphrase_line(services, data_dir: Path) -> None:  # noqa: ANN001
    mine = services.journal.write_entry("already there about family")
    added, found = run_together(
        (("--data-dir", str(data_dir), "add", "--passphrase-stdin"), "anything\nமொழி family\n".encode(), None),
        (("--data-dir", str(data_dir), "search", "--passphrase-stdin", "--json", "already"), b"anything\n", None),
    )
    assert added.returncode == 0 and found.returncode == 0, (err(added), err(found))
    entry_id = int(out(added).split()[2])
    assert services.journal.get_entry(entry_id).body == "மொழி family\n"
    assert [item["id"] for item in json.loads(out(found))] == [mine.id]


def test_the_passphrase_is_asked_on_the_terminal_without_echo(encrypted: Path) -> None:
    """A terminal of its own (a pty as the controlling terminal): the entry is piped
    in, the passphrase is typed, and the terminal shows no sign of it."""
    import select

    pty = pytest.importorskip("pty")
    import fcntl
    import termios

    if not hasattr(termios, "TIOCSCTTY"):
        pytest.skip("no way to give the child a terminal here")
    master, slave = pty.openpty()
    process = None
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "journal_app", "--data-dir", str(encrypted), "add"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
            start_new_session=True, preexec_fn=lambda: fcntl.ioctl(slave, termios.TIOCSCTTY, 0))
        process.stdin.write("typed in the terminal, piped: தமிழ்\n".encode())
        process.stdin.close()
        process.stdin = None
        shown = b""
        while b"Passphrase for the journal" not in shown:
            ready, _, _ = select.select([master], [], [], 30)
            assert ready, shown
            shown += os.read(master, 4096)
        os.write(master, (PASSPHRASE + "\n").encode())
        stdout, stderr = process.communicate(timeout=30)
        while select.select([master], [], [], 0.2)[0]:
            shown += os.read(master, 4096)
    finally:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
        os.close(slave)
    assert process.returncode == 0, stderr.decode()
    assert stdout.decode().startswith("Added entry ")
    assert PASSPHRASE.encode() not in shown + stdout + stderr
    from journal_app.services import encryption
    from journal_app.services.app_services import open_services

    services = open_services(encrypted, key=encryption.unlock(encrypted, PASSPHRASE))
    try:
        entry = services.journal.get_entry(int(stdout.split()[2]))
    finally:
        services.close()
    assert entry.body == "typed in the terminal, piped: தமிழ்\n"


def test_encryption_failures_are_worded_for_people() -> None:
    from journal_app.cli import describe
    from journal_app.domain.errors import ErrorCode, JournalError

    assert describe(JournalError(ErrorCode.WRONG_PASSPHRASE)) == WRONG_PASSPHRASE
    assert "Try again" in describe(JournalError(ErrorCode.JOURNAL_IN_USE, path="/x"))
    assert "Run the command again" in describe(JournalError(ErrorCode.JOURNAL_LOCKED, path="/x/journal.sqlite3"))
    assert "The disk may be full" in describe(JournalError(ErrorCode.CONVERSION_FAILED, reason="no", disk=True))
    for code in ErrorCode:
        assert not describe(JournalError(code, path="/x/journal.key", reason="r")).startswith("Something went wrong") \
            or code in (ErrorCode.ENTRY_NOT_FOUND, ErrorCode.BAD_SETTING, ErrorCode.NOT_FOUND,
                        ErrorCode.WEAK_PASSPHRASE)


# -- no window ---------------------------------------------------------------------------

CHECK_NO_QT = r"""
import sys
from journal_app import app
code = app.main(["--data-dir", sys.argv[1], "add", "hi there"])
code += app.main(["search", "--data-dir", sys.argv[1], "hi"])
print("exit", code)
print("qt", any(name.split(".")[0] == "PySide6" for name in sys.modules))
"""


def test_the_verbs_never_import_qt(data_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CHECK_NO_QT, str(data_dir)],
                            capture_output=True, timeout=60, env=_env(), check=False)
    assert result.returncode == 0, err(result)
    lines = out(result).splitlines()
    assert "exit 0" in lines and "qt False" in lines, lines


@pytest.mark.parametrize(("argv", "verb"), [
    ([], False), (["--version"], False), (["--data-dir", "add"], False), (["--data", "/tmp/x"], False),
    (["--data-dir=/tmp/x"], False), (["add"], True), (["--data-dir", "X", "search", "q"], True),
    (["--data-dir=X", "add", "hi"], True), (["-h"], False), (["serch"], True),
])
def test_only_a_verb_leaves_the_window_path(argv: list[str], verb: bool) -> None:
    assert _names_a_verb(argv) is verb


def test_add_runs_while_the_app_holds_the_journal_open(services, data_dir: Path) -> None:  # noqa: ANN001
    """`services` stands in for the open window: the same journal, opened and held."""
    mine = services.journal.write_entry("written in the window about family")
    entry_id = add(data_dir, "--tag", "cli", "added from the terminal about family")
    seen = services.journal.get_entry(entry_id)
    assert seen.body == "added from the terminal about family"
    assert services.journal.tags_of(entry_id) == ("cli",)
    assert {s.id for s in services.journal.search("family").entries} == {mine.id, entry_id}
    assert {item["id"] for item in search_json(data_dir, "family")} == {mine.id, entry_id}
