"""Shared fixtures. Qt runs offscreen unless a test asks for Xvfb."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vipps_desktop.core import logs

# Fails a test on an unexpected ERROR log record (tests/log_guard.py).
pytest_plugins = ["log_guard"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the real user's profile.
os.environ.pop("VIPPS_DESKTOP_PROFILE_DIR", None)
# Tests never reach the real services: every remote base URL points at a name that cannot
# exist (RFC 2606 .invalid), so a check started by a page fails fast as "name not found".
# Tests of the checks themselves point these at loopback servers.
os.environ.setdefault("VIPPS_DESKTOP_BRREG_URL", "https://brreg.invalid/enhetsregisteret/api")
os.environ.setdefault("VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE", "https://{domain}.invalid")
os.environ.setdefault("VIPPS_DESKTOP_VIPPS_API_URL", "https://api.vipps.invalid")
os.environ.setdefault("VIPPS_DESKTOP_VIPPS_TEST_API_URL", "https://apitest.vipps.invalid")


@pytest.fixture(scope="session", autouse=True)
def _release_qt_globals_before_exit() -> Iterator[None]:
    """Let Qt free what Python made before the interpreter is gone.

    The offscreen platform keeps the clipboard's QMimeData (made by our ClipboardService) in a
    static that is destroyed by C++ exit handlers, after Python's finalisation: shiboken then
    touches a dead interpreter and the process segfaults after a green run. Clearing the
    clipboard and waiting for background jobs while Python is alive avoids both.
    """
    yield
    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QGuiApplication

    QThreadPool.globalInstance().waitForDone(10000)
    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs: writes beyond it fail with ENOSPC."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """No registered secrets: other tests (the UI's vault) register values such as the same
    client ID, which would make 'only registered values are masked' depend on test order."""
    monkeypatch.setattr(logs, "_secrets", set())


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's log file set up as at start, removed from the root logger afterwards."""
    root = logging.getLogger()
    level = root.level
    path = logs.setup_logging(tmp_path)
    try:
        yield path
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_vipps_desktop", False):
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
