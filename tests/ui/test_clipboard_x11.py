"""The clipboard service on a real X server, read back by another program (xclip).

The app runs in its own process on Xvfb (Qt's xcb platform) and keeps its event loop going, so
it owns the CLIPBOARD selection; xclip then asks for the text and for the targets, as a
clipboard manager would. This is what Klipper and friends see of our "do not keep" mark.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vipps_desktop.ui.clipboard import SECRET_HINT_MIME

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="
URL = "https://acme.idura.broker/NOVippsLogin/Callback"
CLEAR_SECONDS = 2

pytestmark = [
    pytest.mark.skipif(
        shutil.which("Xvfb") is None, reason="Xvfb is not installed (Debian: apt-get install xvfb)"
    ),
    pytest.mark.skipif(
        shutil.which("xclip") is None,
        reason="xclip is not installed (Debian: apt-get install xclip)",
    ),
]

# The app's side: copy once, report on stdout, keep serving the selection until killed.
APP = f"""
import sys
from PySide6.QtWidgets import QApplication
from vipps_desktop.ui.clipboard import ClipboardService

app = QApplication([])
service = ClipboardService(clear_seconds={CLEAR_SECONDS})
service.cleared.connect(lambda: print("cleared", flush=True))
service.copy(sys.argv[2], sensitive=sys.argv[1] == "secret")
print("copied", flush=True)
sys.exit(app.exec())
"""


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private Xvfb; its display number is chosen by Xvfb itself (-displayfd)."""
    read_end, write_end = os.pipe()
    with subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as server:
        os.close(write_end)
        try:
            number = _read_display_number(read_end, server)
            yield f":{number}"
        finally:
            os.close(read_end)
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _read_display_number(fd: int, server: subprocess.Popen[bytes]) -> str:
    data = b""
    deadline = time.monotonic() + 15
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(0.0, remaining))
        if not ready:
            pytest.fail("Xvfb did not report its display within 15 s")
        chunk = os.read(fd, 64)
        if not chunk:
            stderr = server.stderr.read().decode(errors="replace") if server.stderr else ""
            pytest.fail(f"Xvfb exited before reporting a display: {stderr[-500:]}")
        data += chunk
    return data.decode().strip()


class App:
    """The app process, and a way to wait for what it reports."""

    def __init__(self, display: str, mode: str, text: str) -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env.pop("WAYLAND_DISPLAY", None)
        self.process = subprocess.Popen(
            [sys.executable, "-c", APP, mode, text],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def expect(self, line: str, timeout: float) -> None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            pytest.fail(f"the app did not say {line!r} within {timeout} s")
        got = self.process.stdout.readline().decode().strip()
        if got != line:
            self.process.kill()
            _, stderr = self.process.communicate(timeout=10)
            pytest.fail(
                f"expected {line!r} from the app, got {got!r}; stderr:\n"
                f"{stderr.decode(errors='replace')[-2000:]}"
            )

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        self.process.communicate(timeout=10)


@pytest.fixture
def run_app(display: str) -> Iterator[Callable[[str, str], App]]:
    started: list[App] = []

    def start(mode: str, text: str) -> App:
        app = App(display, mode, text)
        started.append(app)
        app.expect("copied", timeout=20)
        return app

    yield start
    for app in started:
        app.stop()


def xclip(display: str, *target: str) -> subprocess.CompletedProcess[str]:
    args = ["xclip", "-o", "-selection", "clipboard"]
    if target:
        args += ["-t", *target]
    return subprocess.run(
        args,
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )


def test_secret_is_readable_marked_and_cleared_for_other_programs(
    display: str, run_app: Callable[[str, str], App]
) -> None:
    app = run_app("secret", SECRET)

    text = xclip(display)
    assert text.returncode == 0, text.stderr
    assert text.stdout == SECRET

    targets = xclip(display, "TARGETS")
    assert targets.returncode == 0, targets.stderr
    assert SECRET_HINT_MIME in targets.stdout.split()

    hint = xclip(display, SECRET_HINT_MIME)
    assert hint.returncode == 0, hint.stderr
    assert hint.stdout == "secret"

    app.expect("cleared", timeout=CLEAR_SECONDS + 5)
    after = xclip(display)
    assert SECRET not in after.stdout
    assert after.returncode != 0 or after.stdout == ""


def test_non_secret_has_no_mark_for_other_programs(
    display: str, run_app: Callable[[str, str], App]
) -> None:
    run_app("plain", URL)

    text = xclip(display)
    assert text.returncode == 0, text.stderr
    assert text.stdout == URL
    targets = xclip(display, "TARGETS")
    assert targets.returncode == 0, targets.stderr
    assert SECRET_HINT_MIME not in targets.stdout.split()
    assert not any("Exclude" in t or "concealed" in t for t in targets.stdout.split())
