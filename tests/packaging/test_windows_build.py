"""What the real Windows build (packaging/windows/build-under-wine.sh) showed, checked on Linux:
the Qt tools under their Windows names, and the pins every Windows wheel must have."""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build_translations() -> dict[str, object]:
    saved = sys.argv
    try:
        sys.argv = ["build-translations.py"]
        return runpy.run_path(str(ROOT / "scripts" / "build-translations.py"))
    finally:
        sys.argv = saved


@pytest.mark.parametrize("name", ["lrelease", "lupdate"])
def test_qt_tools_are_found_under_their_windows_names(name: str, tmp_path: Path) -> None:
    """The Windows PySide6 wheel ships lrelease.exe and lupdate.exe, not lrelease/lupdate."""
    tool = _build_translations()["tool"]
    assert callable(tool)
    (tmp_path / f"{name}.exe").write_bytes(b"MZ")
    assert tool(name, tmp_path) == str(tmp_path / f"{name}.exe")
    (tmp_path / name).write_bytes(b"\x7fELF")
    assert tool(name, tmp_path) == str(tmp_path / name)


def test_a_missing_qt_tool_says_where_it_looked(tmp_path: Path) -> None:
    tool = _build_translations()["tool"]
    assert callable(tool)
    with pytest.raises(SystemExit, match="lrelease not found in"):
        tool("lrelease", tmp_path)


def test_the_windows_only_build_dependencies_are_pinned() -> None:
    """pip download --platform win_amd64 evaluates markers for the Linux host, so the build
    names keyring's and PyInstaller's Windows dependencies itself; each needs its pin (pefile
    2024.8.26 is one PyInstaller excludes on Windows)."""
    pins = {
        line.split("==")[0].lower().replace("_", "-"): line.split("==")[1]
        for line in (ROOT / "packaging" / "build-constraints.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    for name in ("pywin32-ctypes", "pefile", "setuptools", "pyinstaller", "pyside6-essentials"):
        assert name in pins, f"{name} is not pinned in packaging/build-constraints.txt"
    assert pins["pefile"] != "2024.8.26"


def test_the_wine_check_says_it_skips_where_wine_is_missing(tmp_path: Path) -> None:
    """Without Wine (and without --install-tools) the check says why and checks nothing."""
    for tool in ("dirname", "date"):
        found = shutil.which(tool)
        assert found, tool
        (tmp_path / tool).symlink_to(found)
    result = subprocess.run(
        ["/bin/bash", str(ROOT / "packaging" / "windows" / "wine-check.sh")],
        env={"PATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wine-check: SKIPPED: wine is not installed"), result.stdout
    assert "--install-tools" in result.stdout


CHECK_ENTRY = ROOT / "packaging" / "windows" / "check_entry.py"


def test_the_console_check_program_runs_the_pip_scripts_function() -> None:
    """vipps-desktop-check.exe (build.spec, Windows) runs what the pip script does."""
    import tomllib

    from vipps_desktop import check_command

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["vipps-desktop-check"] == "vipps_desktop.check_command:main"
    assert runpy.run_path(str(CHECK_ENTRY), run_name="check_entry")["main"] is check_command.main


@pytest.mark.parametrize(
    ("argv", "status", "stdout_start", "stderr_start"),
    [
        (["--help"], 0, "usage: vipps-desktop check", ""),
        (["--no-such-option"], 64, "", "vipps-desktop check: unknown options: --no-such-option"),
    ],
)
def test_the_console_check_programs_script_passes_its_arguments_and_status(
    argv: list[str], status: int, stdout_start: str, stderr_start: str
) -> None:
    """The entry script, as the frozen program runs it (as __main__): its arguments reach the
    check and the check's status is the program's."""
    done = subprocess.run(
        [sys.executable, str(CHECK_ENTRY), *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == status, done.stderr
    assert done.stdout.startswith(stdout_start), done.stdout
    assert done.stderr.startswith(stderr_start), done.stderr
    assert bool(done.stdout) == bool(stdout_start)
