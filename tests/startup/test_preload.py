"""Qt's libraries are loaded on another core while the app imports its own modules (issue 15,
startup/preload.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from probe_util import run_probe

from vipps_desktop.startup import preload

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="started on Linux only")

LOADED_PROBE = """
import json
from vipps_desktop.startup import preload

thread = preload.start()
thread.join(30)
with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
    mapped = maps.read()
import sys
print(json.dumps({
    "mapped": [
        p.name for p in preload.extension_paths() if str(p) in mapped
    ] + (["libqxcb.so"] if "/platforms/libqxcb.so" in mapped else []),
    "imported": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))),
}))
"""

MAIN_THREAD_PROBE = """
import json, threading
from vipps_desktop.startup import preload

preload.start().join(30)
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

app = QApplication([])
print(json.dumps({
    "application's thread is this one": app.thread() == QThread.currentThread(),
    "name": QThread.currentThread().objectName(),
    "python thread": threading.current_thread().name,
}))
"""

# What the start sequence imports while the thread works (startup/launch.py): no extension
# module of the standard library may be left for then, or that import waits for the loader.
NO_WAIT_PROBE = """
import json, sys
from vipps_desktop.startup import preload

preload.start()
before = set(sys.modules)
import vipps_desktop.cli
import vipps_desktop.core.paths
preload.import_ahead()
late = [
    name for name in set(sys.modules) - before
    if str(getattr(sys.modules[name], "__file__", "") or "").endswith(".so")
]
print(json.dumps(sorted(late)))
"""


@pytest.mark.parametrize(
    ("platform", "plugin"), [("xcb", ["libqxcb.so"]), ("offscreen", [])], ids=["xcb", "other"]
)
def test_the_thread_maps_the_extension_modules_without_importing_them(
    platform: str, plugin: list[str]
) -> None:
    report = run_probe(LOADED_PROBE, env={"QT_QPA_PLATFORM": platform})
    assert report["mapped"] == ["QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so", *plugin]
    assert report["imported"] == []  # nothing of PySide6 ran: only the loader's work


@pytest.mark.parametrize(
    ("environ", "chosen"),
    [
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm;wayland", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt picks Wayland there
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({}, False),  # no display at all: Qt will say so itself
    ],
)
def test_the_platform_plugin_is_loaded_only_when_qt_will_use_it(
    tmp_path: Path, environ: dict[str, str], chosen: bool
) -> None:
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"")
    assert preload.platform_plugin(tmp_path, environ) == (plugin if chosen else None)
    plugin.unlink()
    assert preload.platform_plugin(tmp_path, environ) is None  # a bundle without it


def test_qt_still_takes_the_main_thread_for_its_own() -> None:
    report = run_probe(MAIN_THREAD_PROBE, env={"QT_FATAL_WARNINGS": "1"})
    assert report == {
        "application's thread is this one": True,
        "name": "Qt mainThread",
        "python thread": "MainThread",
    }


def test_the_modules_imported_meanwhile_need_no_library_loaded() -> None:
    assert run_probe(NO_WAIT_PROBE) == []


PYSIDE_NEEDS_PROBE = """
import json, sys
import vipps_desktop.cli, vipps_desktop.core.content, vipps_desktop.core.logs
import vipps_desktop.core.workspace, vipps_desktop.core.paths
before = set(sys.modules)
import PySide6.QtWidgets
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_what_is_imported_ahead_is_what_pyside6_s_own_import_needs() -> None:
    """If a PySide6 release stops importing one of these, importing it ahead is waste."""
    needed = set(run_probe(PYSIDE_NEEDS_PROBE))
    assert set(preload.PYSIDE_NEEDS) <= needed


def test_nothing_is_started_without_pyside6_on_the_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", [])
    assert preload.extension_paths() == []
    assert preload.start() is None


def test_a_ctypes_call_releases_the_interpreter_s_lock() -> None:
    """The thread's dlopen calls overlap the main thread's imports only because a ctypes call
    into a C function releases the lock while it runs: here one that sleeps."""
    import ctypes
    import threading
    import time

    usleep = ctypes.CDLL(None).usleep
    sleeper = threading.Thread(target=usleep, args=(300_000,))
    ticks = 0
    sleeper.start()
    deadline = time.monotonic() + 0.2
    while time.monotonic() < deadline:
        ticks += 1
    sleeper.join()
    assert ticks > 1000  # this thread ran while the other one was inside the C call
