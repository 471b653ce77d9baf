"""vipps_desktop.core must stay free of Qt: it runs in tests, scripts and a headless CI."""

from __future__ import annotations

from pathlib import Path

from probe_util import run_probe

import vipps_desktop.core

CORE_DIR = Path(vipps_desktop.core.__file__).resolve().parent
REPO = CORE_DIR.parents[1]

PROBE = """
import importlib, json, pkgutil, sys
import vipps_desktop.core as core
names = [core.__name__]
for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
    importlib.import_module(info.name)
    names.append(info.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    report = run_probe(PROBE)
    expected = {
        f"vipps_desktop.core.{p.stem}" for p in CORE_DIR.glob("*.py") if p.stem != "__init__"
    }
    assert expected <= set(report["imported"]), "every module was imported"
    assert report["qt"] == []


def test_no_core_source_mentions_pyside6() -> None:
    sources = sorted(CORE_DIR.rglob("*.py"))
    assert sources
    offenders = [
        str(p.relative_to(REPO))
        for p in sources
        if "pyside6" in p.read_text(encoding="utf-8").lower()
        or "shiboken6" in p.read_text(encoding="utf-8").lower()
    ]
    assert offenders == []
