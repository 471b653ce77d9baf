"""Load Qt's shared libraries on another core while the interpreter runs the app's own modules.

Importing PySide6's QtCore, QtGui and QtWidgets spends ~12 ms in the dynamic loader (mapping
and relocating libQt6Core/Gui/Widgets, libpyside6 and the extension modules themselves) with
the interpreter's lock held; QApplication then loads its platform plugin (~1.5 ms for xcb) and
the first text sets up fontconfig (`FcInit`, ~2.5 ms with a few fonts, more with many). `start`,
called first thing in `__main__.main`, has a thread do all three (~20 ms) through foreign calls
that release the lock (libc's dlopen, fontconfig's FcInit), while the main thread imports the
command line, the app's pure-Python `core` and what PySide6's own import needs from the
standard library (`import_ahead`). The import of PySide6 that follows gets the same handles
back from the loader and only runs the modules' init; Qt's own FcInit finds the configuration
loaded. ~10 ms sooner on two cores (docs/performance.md).

The loader takes one lock for every library it opens, so the standard library's own extension
modules that the start imports are imported before the thread starts; one missing from
`START_EXTENSIONS` only waits for the thread (tests/test_qt_preload.py lists them). Nothing of
Qt is called here: opening a library runs only its static initialisers, which create no QObject
(the same test checks that Qt's main thread is still the one that creates the application).
"""

from __future__ import annotations

import contextlib
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
    "_json",
    "_lzma",
    "_opcode",
    "_random",
    "_sha512",
    "_struct",
    "_typing",
    "binascii",
    "math",
    "unicodedata",
    "zlib",
)


# The standard library modules that importing PySide6 itself pulls in after the app's `core`
# (its signature support; tests/test_qt_preload.py checks the list against PySide6's import).
# The loader's thread takes longer than `core` does, so the main thread imports these while it
# waits instead of after it (`import_ahead`).
PYSIDE_NEEDS = ("inspect", "argparse", "zipfile")


def import_ahead() -> None:
    """Import `PYSIDE_NEEDS` now, while the thread may still be loading Qt's libraries."""
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


def _foreign(library: str | None, name: str) -> Callable[..., int]:
    """C function `name` of `library` (None: the process's own), called through `_ctypes`
    directly: the `ctypes` package would cost the start ~1 ms to import, and a call this way
    is a foreign call all the same (C ints and byte strings in, the lock released).
    `_ctypes.call_function` is private, if long-standing (CPython's own ctypes tests use
    it): where it is missing, `start` raises nothing and simply does not preload."""
    import _ctypes

    call_function = _ctypes.call_function  # here, so that a missing one fails in `start`
    # None opens the process itself, as dlopen(3) takes it (the stub wants a path).
    address = _ctypes.dlsym(_ctypes.dlopen(library, os.RTLD_NOW), name)  # type: ignore[arg-type]

    def call(*args: object) -> int:
        return int(call_function(address, args))

    return call


def _load(dlopen: Callable[..., int], paths: list[Path], mode: int) -> None:
    for path in paths:
        dlopen(str(path).encode(), mode)
    with contextlib.suppress(OSError, AttributeError):
        # Linked by libQt6Gui: already loaded, so found by its name without a search.
        _foreign("libfontconfig.so.1", "FcInit")()


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
    try:
        # libc's, as a foreign call: `_ctypes.dlopen` (ctypes.CDLL's) holds the lock throughout.
        dlopen = _foreign(None, "dlopen")
    except (ImportError, OSError, AttributeError):
        return None  # the import loads them itself
    thread = threading.Thread(
        target=_load, args=(dlopen, paths, sys.getdlopenflags()), name="qt-preload", daemon=True
    )
    thread.start()
    return thread
