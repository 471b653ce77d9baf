"""With no LANG (a bare system, a service) the app starts without Qt's "not UTF-8" warning.

PYTHONCOERCECLOCALE=0 turns off the interpreter's own C-locale coercion (PEP 538), which does
not run in the frozen app either: this is how the installed .deb started.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vipps_desktop.__main__ import ensure_utf8_ctype

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_in_the_c_locale_starts_without_qts_locale_warning(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("no C locale on Windows")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES")
    }
    env.update(
        PYTHONCOERCECLOCALE="0",
        QT_QPA_PLATFORM="offscreen",
        VIPPS_DESKTOP_PROFILE_DIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-m", "vipps_desktop", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert "UTF-8" not in result.stderr, result.stderr
    assert "locale" not in result.stderr.lower(), result.stderr


def test_only_the_character_type_changes_and_only_from_c() -> None:
    environ = {"LC_MESSAGES": "nb_NO.UTF-8"}
    if sys.platform == "win32":
        assert not ensure_utf8_ctype(environ)
        return
    assert ensure_utf8_ctype(environ)
    assert environ == {"LC_MESSAGES": "nb_NO.UTF-8", "LC_CTYPE": "C.UTF-8"}
    posix_all = {"LC_ALL": "POSIX"}
    assert ensure_utf8_ctype(posix_all) and posix_all == {"LC_ALL": "C.UTF-8"}
    for chosen in (
        {"LANG": "nb_NO.UTF-8"},
        {"LC_CTYPE": "en_GB.UTF-8"},
        {"LC_ALL": "C.UTF-8", "LANG": "C"},
    ):
        before = dict(chosen)
        assert not ensure_utf8_ctype(chosen)
        assert chosen == before
