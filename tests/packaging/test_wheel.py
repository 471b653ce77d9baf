"""The sdist and the wheel, built as `pip install .` or PyPA's `build` builds them, carry the
compiled translations (issue 21: a `pip install .` gave Norwegian guide text with English
buttons, and its self-test passed).

Built with `python -m build` (the sdist, then the wheel from the sdist, each in a fresh isolated
build environment), then installed into a fresh virtual environment and run from there, far
from the source tree: the self-test checks the Norwegian catalogue, and the app started with
`--lang nb` shows Norwegian buttons. About a minute, most of it pip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QM = "vipps_desktop/resources/translations/vipps_desktop_nb.qm"
TS = ROOT / "resources" / "translations" / "vipps_desktop_nb.ts"

# The real start (`vipps-desktop --lang nb`): the benchmark's mark makes it quit after its
# first paint, then the wizard it showed is read.
SHOWN = """
import json, sys
from vipps_desktop.__main__ import main
status = main(["--lang", "nb", "--profile-dir", sys.argv[1]])
from PySide6.QtWidgets import QApplication, QWizard
import vipps_desktop
wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard)]
print(json.dumps({
    "status": status,
    "package": vipps_desktop.__file__,
    "next": [w.buttonText(QWizard.WizardButton.NextButton) for w in wizards],
}))
"""


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        args, capture_output=True, text=True, timeout=600, check=False, **kwargs
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("dist")
    built = _run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)])
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    yield out


def _only(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, found
    return found[0]


def _lrelease(tmp_path: Path) -> bytes:
    """The .qm scripts/build-translations.py compiles from the committed .ts."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build-translations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    (qm,) = script.release([TS], tmp_path)
    return Path(qm).read_bytes()


def test_every_package_of_the_source_is_listed_for_the_build() -> None:
    """pyproject.toml lists the packages by name (resources/ is mapped into the package): a
    new folder of code missing from the list gave a wheel without it, which the fresh venv
    below found (vipps_desktop.startup: 'No module named')."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "vipps_desktop").rglob("__init__.py")
    }
    assert sorted(on_disk - listed) == []
    assert sorted(p for p in listed - on_disk if not p.startswith("vipps_desktop.resources")) == []


def test_the_wheel_carries_the_code_and_the_compiled_translations(
    dist: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(_only(dist, "*.whl")) as wheel:
        names = wheel.namelist()
        assert QM in names, names
        assert wheel.read(QM) == _lrelease(tmp_path)  # compiled from the .ts of this commit
    code = {p.relative_to(ROOT).as_posix() for p in (ROOT / "vipps_desktop").rglob("*.py")}
    assert sorted(code - set(names)) == []
    assert not [n for n in names if n.endswith(".ts")]  # the sources stay in the sdist


def test_the_sdist_carries_what_builds_them_and_no_build_output(dist: Path) -> None:
    with tarfile.open(_only(dist, "*.tar.gz")) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    assert {
        "setup.py",
        "scripts/build-translations.py",
        "resources/translations/vipps_desktop_nb.ts",
    } <= names
    assert not [n for n in names if n.endswith(".qm")]


def test_installed_from_the_wheel_it_speaks_norwegian(dist: Path, tmp_path: Path) -> None:
    venv = tmp_path / "fresh venv"
    made = _run([sys.executable, "-m", "venv", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    installed = _run([str(python), "-m", "pip", "install", "-q", str(_only(dist, "*.whl"))])
    assert installed.returncode == 0, installed.stderr[-3000:]

    away = tmp_path / "elsewhere"  # not the source tree: nothing of it on the path
    away.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIPPS_DESKTOP_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(away))
    exe = venv / "bin" / "vipps-desktop"
    checked = _run([str(exe), "--self-test"], cwd=away, env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "translations: nb ok (vipps_desktop_nb.qm)" in checked.stdout.splitlines()
    assert f"resources: {venv}" in checked.stdout

    shown = _run(
        [str(python), "-c", SHOWN, str(away / "profile")],
        cwd=away,
        env={**env, "VIPPS_DESKTOP_BENCH_MARK": str(away / "mark")},
    )
    assert shown.returncode == 0, shown.stderr
    answer = json.loads(shown.stdout.strip().splitlines()[-1])
    assert answer["status"] == 0
    assert answer["package"].startswith(str(venv))
    assert answer["next"] == ["&Neste >"]
