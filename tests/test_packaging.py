"""The command and the package: resources are found from a checkout and from a wheel."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from journal_app import __version__
from journal_app.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_resources_are_found_from_the_checkout() -> None:
    assert resources_dir() == ROOT / "resources"
    assert (resources_dir() / "prompts" / "starter.toml").is_file()


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel once (no network: hatchling is a dev dependency) and unpack it."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(out)],
        check=True, capture_output=True,
    )
    (wheel,) = out.glob("journal_app-*.whl")
    target = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def test_the_installed_package_finds_its_resources(unpacked_wheel: Path) -> None:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import journal_app.paths as p; from journal_app.content.loader import load_catalog;"
        "r = p.resources_dir(); c = load_catalog(r);"
        "print(r); print(len(c.prompts), len(c.library))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(unpacked_wheel)], capture_output=True, text=True, check=True,
        cwd=unpacked_wheel,
    )
    where, counts = result.stdout.splitlines()
    assert Path(where) == unpacked_wheel / "journal_app" / "resources"
    prompts, items = map(int, counts.split())
    assert prompts >= 10 and items >= 5


def test_the_wheel_carries_the_migrations(unpacked_wheel: Path) -> None:
    versions = unpacked_wheel / "journal_app" / "storage" / "migrations" / "versions"
    from journal_app.storage.schema import KNOWN_REVISIONS

    # Every revision this app knows how to reach, and nothing else.
    assert sorted(p.name for p in versions.glob("*.py")) == [f"{r}.py" for r in KNOWN_REVISIONS]


def run_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def test_version_and_help_from_the_command_and_the_module() -> None:
    command = Path(sys.executable).with_name("journal-app")
    for prefix in ([str(command)], [sys.executable, "-m", "journal_app"]):
        version = run_command(*prefix, "--version")
        assert version.returncode == 0
        assert version.stdout.strip() == f"Intertwined {__version__}"
        usage = run_command(*prefix, "--help")
        assert usage.returncode == 0
        assert "--data-dir PATH" in usage.stdout


def test_an_unknown_option_is_refused_clearly() -> None:
    result = run_command(sys.executable, "-m", "journal_app", "--colour", "blue")
    assert result.returncode == 2
    assert "unrecognized arguments: --colour" in result.stderr
