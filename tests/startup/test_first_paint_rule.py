"""The first-paint rule (vipps_desktop/startup/__init__.py): no module that a new or a returning
user's first page imports names PySide6's `Qt` namespace. They use startup/props.py instead;
every other module writes plain PySide6. A failure names the file and line that broke it."""

from __future__ import annotations

import ast
from pathlib import Path

from probe_util import ROOT, returning_profile, run_probe

# Start the app for real and list the files of our modules loaded by its first paint.
PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
import vipps_desktop.ui.app as app


class Probe(QObject):
    def eventFilter(self, watched, event):
        painted = event.type() == QEvent.Type.Paint
        if painted and isinstance(watched, QWidget) and watched.isWindow():
            ours = [m.__file__ for n, m in list(sys.modules.items())
                    if n.startswith("vipps_desktop") and getattr(m, "__file__", None)]
            print(json.dumps(sorted(ours)), flush=True)
            os._exit(0)
        return False


probe = Probe()
real = app.make_application


def make_application(argv, **kwargs):
    made = real(argv, **kwargs)
    made.installEventFilter(probe)
    return made


app.make_application = make_application
from vipps_desktop.__main__ import main

sys.exit(main(["--profile-dir", sys.argv[1]]))
"""


def qt_names(path: Path) -> list[str]:
    """Every place `path` names the `Qt` namespace, as "file:line: source"."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        named = (isinstance(node, ast.Name) and node.id == "Qt") or (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("PySide6")
            and any(alias.name == "Qt" for alias in node.names)
        )
        if named:
            line = getattr(node, "lineno", 0)
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
            found.append(f"{where}:{line}: {lines[line - 1].strip()}")
    return sorted(set(found))


def first_page_modules(profile: Path) -> list[Path]:
    return [Path(file) for file in run_probe(PROBE, str(profile))]


def test_the_check_finds_a_named_qt(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import Qt\nx = 1\nalign = Qt.AlignmentFlag.AlignTop\n")
    assert qt_names(sample) == [
        "sample.py:1: from PySide6.QtCore import Qt",
        "sample.py:3: align = Qt.AlignmentFlag.AlignTop",
    ]


def test_a_new_user_s_first_page_imports_no_module_that_names_qt(tmp_path: Path) -> None:
    modules = first_page_modules(tmp_path / "profile")
    assert any(path.name == "welcome.py" for path in modules)  # the probe saw the first paint
    assert [place for path in modules for place in qt_names(path)] == []


def test_a_returning_user_s_first_page_imports_no_module_that_names_qt(tmp_path: Path) -> None:
    modules = first_page_modules(returning_profile(tmp_path / "profile"))
    assert any(path.name == "waiting.py" for path in modules)
    assert [place for path in modules for place in qt_names(path)] == []
