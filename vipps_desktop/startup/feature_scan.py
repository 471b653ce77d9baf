"""Spare PySide6's import hook from reading the source of every module of ours.

Once PySide6 is imported, its `__feature__` support (`from __feature__ import snake_case`)
wraps `import`: the first time any module is imported it reads that module's whole source
(`inspect.getsource`, kept in `linecache`) to see whether it mentions "PySide6", and records
the answer in a registry (`PySide6.support.feature.pyside_feature_dict`: 0 "uses PySide6,
no feature selected", -1 "ignore"). For this app that is time and memory spent on source text
held for nothing (docs/performance.md): we never select a feature.

`register_package`, called by the start sequence (`startup.launch`) before it imports the
`ui` package, puts in that registry, with the answer the scan would give, the modules
whose answer we know without reading them: our own (`ui` and `startup` use PySide6; `core`
never imports Qt, tests/core/test_core_has_no_qt.py), the standard library's (top-level names)
and every other module already loaded (each `import os` in a module of ours would otherwise
scan `os.py`), none of which uses PySide6. PySide6's and shiboken6's own modules, and any
other, are scanned as before, and if a PySide6 release moves or drops the registry this does
nothing. A frozen bundle holds no sources, so the scan there fails at once and is left alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

USES_PYSIDE = 0  # the registry's "uses PySide6, no feature selected"
IGNORED = -1  # the registry's "does not use PySide6"
QT_PACKAGES = ("ui", "startup")
PACKAGE_ROOT = (
    Path(__file__).resolve().parent.parent
)  # our subpackages whose modules may import PySide6


def feature_registry() -> dict[str, int] | None:
    """PySide6's per-module feature registry, or None if this PySide6 has none."""
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]  # no stub for it
    except ImportError:
        return None
    registry = getattr(feature, "pyside_feature_dict", None)
    return registry if isinstance(registry, dict) else None


def package_modules(root: Path, package: str) -> dict[str, bool]:
    """Every module of the package at `root`, by dotted name -> whether it is in a package
    that uses Qt (`QT_PACKAGES`)."""
    found: dict[str, bool] = {}
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(("_", "."))]
        parts = (package, *Path(folder).relative_to(root).parts)
        for file in files:
            if not file.endswith(".py"):
                continue
            stem = file[:-3]
            name = ".".join(parts if stem == "__init__" else (*parts, stem))
            found[name] = len(parts) > 1 and parts[1] in QT_PACKAGES
    return found


def known_answers(root: Path, package: str) -> dict[str, int]:
    """What the scan would answer for each module we can tell without reading it."""
    answers = dict.fromkeys(sys.stdlib_module_names, IGNORED)
    for name in list(sys.modules):
        if name.partition(".")[0] not in ("PySide6", "shiboken6", "shibokensupport"):
            answers[name] = IGNORED
    for name, uses_qt in package_modules(root, package).items():
        answers[name] = USES_PYSIDE if uses_qt else IGNORED
    return answers


def register_package(root: Path = PACKAGE_ROOT, package: str = "vipps_desktop") -> int:
    """Record the known answers in PySide6's registry (this imports PySide6); how many were
    added."""
    if getattr(sys, "frozen", False):
        return 0
    registry = feature_registry()
    if registry is None:
        return 0
    added = 0
    for name, answer in known_answers(root, package).items():
        if name not in registry:
            registry[name] = answer
            added += 1
    return added
