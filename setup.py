"""Building the package compiles the Qt translations into it (the rest is in pyproject.toml).

The .qm files are build outputs, never committed: without this step a `pip install .` (or a
wheel, or an sdist built into one) gave the Norwegian guide text with English buttons. The
compiling is scripts/build-translations.py's, run with the lrelease of the PySide6 that
pyproject.toml's build requirements put in the build environment.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"


def _translations_script() -> ModuleType:
    path = HERE / "scripts" / "build-translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """build_py, then the .qm of every .ts into the built package (into the source tree for
    an editable install, which runs from it)."""

    def run(self) -> None:
        super().run()
        ts_files = sorted(TRANSLATIONS.glob("*.ts"))
        if not ts_files:
            raise SystemExit(f"no translations (*.ts) in {TRANSLATIONS}")
        if self.editable_mode:
            into = TRANSLATIONS
        else:
            into = Path(self.build_lib, "vipps_desktop", "resources", "translations")
        _translations_script().release(ts_files, into)


setup(cmdclass={"build_py": BuildPyWithTranslations})
