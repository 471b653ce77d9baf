"""Load Qt's shared libraries on another core while the interpreter runs the app's own modules.

Importing PySide6's QtCore, QtGui and QtWidgets spends most of its time in the dynamic loader
(mapping and relocating libQt6Core/Gui/Widgets, libpyside6 and the extension modules
themselves) with the interpreter's lock held; QApplication then loads its platform plugin and
the first text sets up fontconfig (`FcInit`). `start`, called first thing in the start
sequence (`startup.launch`), has a thread do all three through `ctypes` calls, which release
the lock (libc's dlopen, fontconfig's FcInit), while the main thread imports the command line,
the app's pure-Python `core` and what PySide6's own import needs from the standard library
(`import_ahead`). The import of PySide6 that follows gets the same handles back from the
loader and only runs the modules' init; Qt's own FcInit finds the configuration loaded. What
it gains is measured in docs/performance.md.

The loader takes one lock for every library it opens, so the standard library's own extension
modules that the start imports are imported before the thread starts; one missing from
`START_EXTENSIONS` only waits for the thread (tests/startup/test_preload.py lists them).
Nothing of Qt is called here: opening a library runs only its static initialisers, which create
no QObject (the same test checks that Qt's main thread is still the one that creates the
application).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import os
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

MODULES = ("QtCore", "QtGui", "QtWidgets")

# The standard library's extension modules the start imports (Linux, CPython 3.11), imported
# before the thread starts so that the main thread never waits for the loader.
START_EXTENSIONS = (
    "_bisect",
    "_bz2",
    "_datetime",
    "_json",
    "_lzma",
    "_opcode",
    "_random",
    "_sha512",
    "_struct",
    "_typing",
    "_uuid",
    "binascii",
    "math",
    "unicodedata",
    "zlib",
)


# What the start imports next, imported while the thread may still be loading Qt's libraries
# (`import_ahead`) instead of after it: the app's `core` modules the first page needs, then the
# standard library modules that importing PySide6 itself pulls in after them (its signature
# support; tests/startup/test_preload.py checks that list against PySide6's import).
FIRST_PAGE_CORE = (
    "vipps_desktop.core.content",
    "vipps_desktop.core.logs",
    "vipps_desktop.core.workspace",
)
# argparse and inspect too, but the command line (cli.py) and core (dataclasses) import them.
PYSIDE_NEEDS = ("zipfile",)


def import_ahead() -> None:
    """Import `FIRST_PAGE_CORE` and `PYSIDE_NEEDS` now, while the loader works."""
    for name in FIRST_PAGE_CORE:
        importlib.import_module(name)
    for name in PYSIDE_NEEDS:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def extension_paths() -> list[Path]:
    """PySide6's extension modules the first page needs, where the import will find them."""
    for folder in sys.path:
        package = Path(folder or ".") / "PySide6"
        found = [package / f"{name}.abi3.so" for name in MODULES]
        if found[0].is_file():
            return [path for path in found if path.is_file()]
    return []


def platform_plugin(package: Path, environ: Mapping[str, str] | None = None) -> Path | None:
    """The xcb platform plugin when Qt will surely choose it: QT_QPA_PLATFORM names xcb
    first, or it is unset on an X11 session (DISPLAY, and no sign of Wayland, where Qt would
    choose its Wayland plugin). None otherwise: a plugin Qt does not use would only take
    memory."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    wayland = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland"
    if chosen == "xcb" or (not chosen and env.get("DISPLAY") and not wayland):
        plugin = package / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        return plugin if plugin.is_file() else None
    return None


def _load(dlopen: Callable[[bytes, int], object], paths: list[Path], mode: int) -> None:
    for path in paths:
        dlopen(str(path).encode(), mode)
    with contextlib.suppress(OSError, AttributeError):
        # Linked by libQt6Gui: already loaded, so found by its name without a search.
        ctypes.CDLL("libfontconfig.so.1").FcInit()


def start() -> threading.Thread | None:
    """Start loading (Linux only: the loader's cost was measured there); None if not started."""
    if not sys.platform.startswith("linux"):
        return None
    paths = extension_paths()
    if not paths:
        return None
    plugin = platform_plugin(paths[0].parent)
    if plugin is not None:
        paths.append(plugin)
    for name in START_EXTENSIONS:
        with contextlib.suppress(ImportError):  # not in this build: nothing to wait for
            importlib.import_module(name)
    # libc's own dlopen, called through ctypes, which releases the lock during the call
    # (ctypes.CDLL's constructor does not: it holds the lock while it loads a library).
    dlopen = ctypes.CDLL(None).dlopen
    dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
    dlopen.restype = ctypes.c_void_p
    thread = threading.Thread(
        target=_load, args=(dlopen, paths, sys.getdlopenflags()), name="qt-preload", daemon=True
    )
    thread.start()
    return thread
