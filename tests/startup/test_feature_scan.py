"""PySide6's import hook does not read the source of our modules (issue 15,
startup/feature_scan.py)."""

from __future__ import annotations

from pathlib import Path

from probe_util import run_probe

from vipps_desktop.startup import feature_scan

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "vipps_desktop"

# What the start-up imports (a new user's and a returning user's first page), then the sources
# PySide6's hook read meanwhile: it keeps each in linecache.
PROBE = """
import json, linecache, sys
from vipps_desktop.startup import feature_scan
feature_scan.register_package()  # as the start sequence does (startup/launch.py)
import vipps_desktop.ui.app, vipps_desktop.ui.pages.welcome, vipps_desktop.ui.pages.waiting
print(json.dumps(sorted(linecache.cache)))
"""


def test_the_start_up_reads_no_source_of_ours_nor_of_a_module_already_loaded() -> None:
    read: list[str] = run_probe(PROBE)
    ours = [path for path in read if str(PACKAGE) in path]
    assert ours == []
    # `import os` in a module of ours would read os.py (loaded long before PySide6).
    loaded_early = {"os.py", "re/__init__.py", "logging/__init__.py", "dataclasses.py"}
    assert [p for p in read if any(p.endswith("/" + name) for name in loaded_early)] == []


def test_every_module_of_the_package_is_known_with_the_scan_s_answer() -> None:
    modules = feature_scan.package_modules(PACKAGE, "vipps_desktop")
    on_disk = {
        ".".join(("vipps_desktop", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for p in PACKAGE.rglob("*.py")
    }
    assert set(modules) == on_disk
    for name, in_ui in modules.items():
        relative = name.removeprefix("vipps_desktop").lstrip(".").replace(".", "/")
        path = PACKAGE / relative
        source = (path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).read_text()
        if name.startswith("vipps_desktop.core"):
            assert not in_ui and "PySide6" not in source, name
        # The scan's own test: does the source mention PySide6? Every ui module that imports
        # Qt does; a ui module that does not is still marked "uses PySide6", which only means
        # "no feature selected" (we never select one).
        if "import PySide6" in source or "from PySide6" in source:
            assert in_ui, name


IMPORT_PROBE = """
import json
import vipps_desktop.ui.app
from vipps_desktop.startup import feature_scan
print(json.dumps("vipps_desktop.core.chain" in (feature_scan.feature_registry() or {})))
"""


def test_importing_the_package_registers_nothing() -> None:
    """The scan is a step of the start sequence, not a side effect of an import."""
    assert run_probe(IMPORT_PROBE) is False


def test_the_registry_holds_the_answers() -> None:
    feature_scan.register_package()
    registry = feature_scan.feature_registry()
    assert registry is not None, "PySide6 moved its feature registry: startup/feature_scan.py"
    assert registry["vipps_desktop.ui.wizard"] == feature_scan.USES_PYSIDE
    assert registry["vipps_desktop.core.flow"] == feature_scan.IGNORED
    assert registry["json"] == feature_scan.IGNORED  # the standard library, not yet imported
    assert registry["os"] == feature_scan.IGNORED  # loaded before PySide6
