"""Build the Qt translations: resources/translations/*.ts → .qm (next to them).

    python scripts/build-translations.py           # compile (building the package does: setup.py)
    python scripts/build-translations.py --update  # first refresh the .ts from the sources

Uses the lupdate/lrelease that PySide6-Essentials ships, so no Qt SDK is needed. The .qm
files are build outputs (git-ignored); the .ts files are the source of truth.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "vipps_desktop" / "ui"
# Qt-free modules whose words are written for lupdate all the same: the table of message texts
# (core/wording.py) and the command-line check, which reads them from the .qm without Qt.
QT_FREE_SOURCES = (
    ROOT / "vipps_desktop" / "core" / "wording.py",
    ROOT / "vipps_desktop" / "check_command.py",
)


def tool(name: str, folder: Path | None = None) -> str:
    """PySide6's bundled Qt tool (lupdate, lrelease): `name`, or `name.exe` as the Windows
    wheel ships it (packaging/windows/build-under-wine.sh runs this under Windows Python)."""
    folder = Path(PySide6.__file__).parent if folder is None else folder
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"{name} not found in {folder}: is PySide6-Essentials installed?")


def sources() -> list[str]:
    return sorted(str(p) for p in (*SOURCES.rglob("*.py"), *QT_FREE_SOURCES))


def update(ts_files: list[Path]) -> None:
    for ts in ts_files:
        # No locations: line numbers would churn the .ts on every edit.
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release(ts_files: list[Path], into: Path | None = None) -> list[Path]:
    """Compile each .ts into a .qm of the same name in `into` (default: next to it). Also
    what building the package runs (setup.py), so a wheel or an sdist's build has them."""
    built = []
    for ts in ts_files:
        qm = (into or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"built {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files first")
    args = parser.parse_args(argv)
    ts_files = sorted(TRANSLATIONS.glob("*.ts"))
    if args.update:
        update(ts_files)
    release(ts_files)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
