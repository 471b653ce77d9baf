"""The wizard driven from outside through AT-SPI, the interface Linux screen readers use.

On a private Xvfb, with the AT-SPI bus running on the test's D-Bus session bus, the app runs in
its own process with Qt's AT-SPI bridge on. A client on the system Python with pyatspi
(atspi_client.py, as Orca would) finds the app and its controls by role and accessible name,
types into the fields, ticks the boxes, presses Next through three steps and presses
"Copy callback URL". Then another program (xclip) reads the clipboard, and the saved setup
shows that what was entered through assistive technology was kept like typed text.

Debian 12: apt-get install xvfb xclip dbus at-spi2-core python3-pyatspi
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from wizard_helpers import CALLBACK_URL, CONFIRMATIONS, DOMAIN, ORG_NUMBER

from vipps_desktop.core.fields import field_name
from vipps_desktop.core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "Vipps Login Setup"


def _system_pyatspi() -> bool:
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"],
        capture_output=True,
        timeout=30,
        check=False,
        env=_plain_env(),
    )
    return probe.returncode == 0


def _plain_env() -> dict[str, str]:
    """The environment without our venv's Python settings (for the system Python)."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"):
        env.pop(name, None)
    return env


pytestmark = [
    pytest.mark.skipif(
        shutil.which("Xvfb") is None, reason="Xvfb is not installed (Debian: apt-get install xvfb)"
    ),
    pytest.mark.skipif(
        shutil.which("xclip") is None,
        reason="xclip is not installed (Debian: apt-get install xclip)",
    ),
    pytest.mark.skipif(
        not os.access(BUS_LAUNCHER, os.X_OK),
        reason=f"{BUS_LAUNCHER} is missing (Debian: apt-get install at-spi2-core)",
    ),
    pytest.mark.skipif(
        shutil.which("dbus-send") is None,
        reason="dbus-send is missing (Debian: apt-get install dbus)",
    ),
    pytest.mark.skipif(
        not _system_pyatspi(),
        reason=f"{SYSTEM_PYTHON} cannot import pyatspi (Debian: apt-get install python3-pyatspi)",
    ),
]


def stop(process: subprocess.Popen[bytes], *, group: bool = False) -> None:
    """End a process we started (and, for `group`, the processes it started), and reap it."""

    def send(sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            if group:
                os.killpg(process.pid, sig)
            else:
                process.send_signal(sig)

    send(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        send(signal.SIGKILL)
        process.wait(timeout=10)
    if group:  # children that outlived the leader (the a11y bus daemon, the registry)
        send(signal.SIGKILL)


def read_line(fd: int, what: str, timeout: float = 15) -> str:
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            pytest.fail(f"{what} did not answer within {timeout} s")
        chunk = os.read(fd, 256)
        if not chunk:
            pytest.fail(f"{what} exited before answering")
        data += chunk
    return data.decode().strip()


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb; it picks its own display number (-displayfd)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1280x1024x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        yield ":" + read_line(read_end, "Xvfb")
    finally:
        os.close(read_end)
        stop(server)


@pytest.fixture
def session_bus() -> Iterator[str]:
    """The D-Bus session bus for the AT-SPI bus, the app and the client.

    The suite runs in scripts/keyring-session.sh's private session bus: that one is used.
    Run any other way, the test makes its own, so it never registers on a desktop's real bus.
    """
    inherited = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if inherited and os.environ.get("VIPPS_TEST_KEYRING") == "1":
        yield inherited
        return
    if shutil.which("dbus-daemon") is None:
        pytest.skip("no private D-Bus session bus and no dbus-daemon to make one")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert daemon.stdout is not None
    try:
        yield read_line(daemon.stdout.fileno(), "dbus-daemon")
    finally:
        stop(daemon)
        daemon.stdout.close()


@pytest.fixture
def atspi_env(display: str, session_bus: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    """The AT-SPI bus running on the session bus; the environment to reach it with."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "DISPLAY": display,
        "DBUS_SESSION_BUS_ADDRESS": session_bus,
        "XDG_RUNTIME_DIR": str(runtime),
    }
    env.pop("WAYLAND_DISPLAY", None)
    with (tmp_path / "at-spi-bus.log").open("wb") as log:
        # Its own process group: the bus daemon and registry it starts end with it.
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 10
        while not _bus_has_owner(env, "org.a11y.Bus"):
            if launcher.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    "the AT-SPI bus did not start: "
                    + (tmp_path / "at-spi-bus.log").read_text(errors="replace")
                )
            time.sleep(0.05)
        yield env
    finally:
        stop(launcher, group=True)


def _bus_has_owner(env: dict[str, str], name: str) -> bool:
    reply = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return "boolean true" in reply.stdout


@pytest.fixture
def app(atspi_env: dict[str, str], tmp_path: Path) -> Iterator[Path]:
    """The app on that display and bus, with Qt's AT-SPI bridge always on; yields its profile."""
    profile = tmp_path / "profile"
    env = {
        **atspi_env,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    env.pop("LANGUAGE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # The remote services' base URLs point at .invalid names (tests/conftest.py): inherited.
    assert env["VIPPS_DESKTOP_BRREG_URL"].startswith("https://brreg.invalid")
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "vipps_desktop", "--profile-dir", str(profile), "--lang", "en"],
            env=env,
            stdout=out,
            stderr=out,
        )
    try:
        yield profile
    finally:
        running = process.poll() is None
        stop(process)
        if not running:
            pytest.fail("the app exited during the test: " + log.read_text(errors="replace"))


def test_a_screen_reader_client_fills_the_first_steps_and_copies_the_callback_url(
    app: Path, atspi_env: dict[str, str], tmp_path: Path
) -> None:
    env = {
        **_plain_env(),
        **{k: atspi_env[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")},
    }
    client = subprocess.run(
        [SYSTEM_PYTHON, str(CLIENT), APP_NAME, ORG_NUMBER, DOMAIN],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    app_log = (tmp_path / "app.log").read_text(errors="replace")
    try:
        report = json.loads(client.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        pytest.fail(
            f"the client printed no report (exit {client.returncode}):\n"
            f"{client.stdout}\n{client.stderr}\napp:\n{app_log}"
        )
    assert client.returncode == 0 and report["ok"], (
        f"{report.get('error')}\nsteps: {report['steps']}\n{client.stderr}\napp:\n{app_log}"
    )

    seen = report["seen"]
    assert report["app"] == APP_NAME
    assert seen["setups"] == ["Start a new setup"]
    assert len(seen["check_boxes"]) == len(CONFIRMATIONS) and all(seen["check_boxes"])
    assert seen["callback_url"] == CALLBACK_URL  # what a screen reader reads out for the URL
    # The copy is announced to the screen reader, not only shown on the button.
    # (The online checks' own results may be announced too, whenever their answers arrive.)
    assert "callback URL copied to the clipboard" in report["announcements"]

    # Another program reads the clipboard the app now owns on that display.
    clipboard = subprocess.run(
        ["xclip", "-o", "-selection", "clipboard"],
        env=atspi_env,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    assert clipboard.returncode == 0, clipboard.stderr
    assert clipboard.stdout == CALLBACK_URL

    # What was entered through AT-SPI was saved, as typed text is.
    workspace = Workspace(app)
    (setup,) = workspace.setups()
    workspace.open_setup(setup.id)
    assert workspace.get("org_number") == ORG_NUMBER
    assert workspace.get("domain") == DOMAIN
    assert all(workspace.get(field_name(key)) is True for key in CONFIRMATIONS)
    assert setup.current_step == "callback"
