"""`vipps-desktop --self-test` as a user runs it: a process of its own, stdout and stderr read.

A user reads stderr: what the self-test finds is said in plain words, once, on its own lines;
the app's log records (class names, message codes) do not reach it. A missing Norwegian
catalogue fails the self-test (issue 21: a `pip install .` without the .qm passed it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from vipps_desktop.core.paths import RESOURCES_ENV, resources_dir


def _self_test(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    runtime = tmp_path / "run"  # no session bus socket in it: no keychain
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "VIPPS_DESKTOP_PROFILE_DIR": str(tmp_path / "profile"),
        **extra,
    }
    return subprocess.run(
        [sys.executable, "-m", "vipps_desktop", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_no_keychain_is_said_once_in_plain_words(tmp_path: Path) -> None:
    result = _self_test(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # was: "No OS keychain is available (looked for: <classes>): <code>"
    assert result.stdout.count("no keychain: the app will keep keys in memory") == 1
    assert "No D-Bus session" in result.stdout
    assert "keychain.none" not in result.stdout


def test_the_norwegian_buttons_are_checked(tmp_path: Path) -> None:
    result = _self_test(tmp_path)
    assert "translations: nb ok (vipps_desktop_nb.qm)" in result.stdout.splitlines()


def test_a_missing_norwegian_catalogue_fails_the_self_test(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    (resources / "translations" / "vipps_desktop_nb.qm").unlink()
    result = _self_test(tmp_path, **{RESOURCES_ENV: str(resources)})
    assert result.returncode == 1
    assert (
        "self-test FAILED: translation vipps_desktop_nb.qm is missing: the buttons would stay "
        "English"
    ) in result.stderr.splitlines()
    assert "self-test ok" not in result.stdout


def test_a_catalogue_that_translates_nothing_fails_the_self_test(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    # A valid .qm of another catalogue: it loads, but has none of the wizard's strings.
    qm = resources / "translations" / "vipps_desktop_nb.qm"
    qm.write_bytes(_empty_qm(tmp_path))
    result = _self_test(tmp_path, **{RESOURCES_ENV: str(resources)})
    assert result.returncode == 1
    assert "self-test FAILED: translation vipps_desktop_nb.qm" in result.stderr


def _empty_qm(tmp_path: Path) -> bytes:
    """A .qm compiled by PySide6's lrelease from a catalogue with one unrelated message."""
    import PySide6

    ts = tmp_path / "other.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="nb_NO"><context><name>Other</name>'
        "<message><source>Hello</source><translation>Hei</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    lrelease = next(Path(PySide6.__file__).parent.glob("lrelease*"))
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "other.qm")],
        check=True,
        timeout=60,
    )
    return (tmp_path / "other.qm").read_bytes()
