"""Everyday tasks, without root: `nox -s lint`, `type`, `test`, `format`, `screenshots`.

Every session uses the project's own `.venv` (as scripts/test.sh makes it) instead of building
its own, so nothing is downloaded and nothing needs root: `nox -s venv` makes or refreshes it
(pip only; the Debian packages Qt and the keychain need are scripts/test.sh's job, with apt).
Arguments after `--` go to the tool: `nox -s test -- tests/core -x`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv" / "bin"

nox.options.sessions = ["lint", "type", "test"]
nox.options.default_venv_backend = "none"


def tool(name: str) -> str:
    path = VENV / name
    if not path.exists():
        sys.exit(f"{path} is missing: run `nox -s venv` (or bash scripts/test.sh) first")
    return str(path)


@nox.session(python=False)
def venv(session: nox.Session) -> None:
    """Make .venv and install the app with its test and developer tools into it."""
    if not (VENV / "python").exists():
        session.run(sys.executable, "-m", "venv", str(ROOT / ".venv"))
    session.run(tool("python"), "-m", "pip", "install", "-q", "-e", ".[test,dev]")
    session.run(tool("python"), "scripts/build-translations.py")


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    """ruff check, and that the code is formatted."""
    session.run(tool("ruff"), "check", ".", *session.posargs)
    session.run(tool("ruff"), "format", "--check", ".")


@nox.session(python=False, name="type")
def type_check(session: nox.Session) -> None:
    """mypy, strict, on the package and the tests (as scripts/test.sh runs it)."""
    session.run(tool("mypy"), "vipps_desktop", "tests", *session.posargs)
    session.run(tool("mypy"), "tests/conftest.py")


@nox.session(python=False)
def test(session: nox.Session) -> None:
    """pytest with coverage in a private keychain session (scripts/test.sh without apt).

    Without arguments it is the whole suite and the coverage floor (pyproject.toml,
    [tool.coverage.report] fail_under) applies, as in CI; a chosen subset only reports."""
    args = [*session.posargs, "--cov-fail-under=0"] if session.posargs else []
    session.run(
        "scripts/keyring-session.sh",
        tool("python"),
        "-m",
        "pytest",
        "--cov=vipps_desktop",
        "--cov-report=term-missing:skip-covered",
        *args,
        env={"QT_QPA_PLATFORM": "offscreen"},
        external=True,
    )


@nox.session(python=False, name="format")
def format_code(session: nox.Session) -> None:
    """Format the code and sort imports (ruff)."""
    session.run(tool("ruff"), "check", "--select", "I", "--fix", ".")
    session.run(tool("ruff"), "format", ".", *session.posargs)


@nox.session(python=False)
def screenshots(session: nox.Session) -> None:
    """Retake docs/screenshots/ in an Xvfb window (needs xvfb, as scripts/test.sh installs)."""
    session.run(
        "scripts/take-screenshots.sh",
        *session.posargs,
        env={"PYTHON": tool("python")},
        external=True,
    )
