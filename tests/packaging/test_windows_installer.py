"""The real Windows app under Wine: packaging/windows/wine-check.sh builds the bundle and the
installer with Windows CPython (build-under-wine.sh), then checks the bundle and the installed
app: self-test with Windows Credential Manager, the window under Xvfb, the app's keychain code
across processes, the secret's clipboard marks, per-user install, upgrade, clean uninstall.

Marker `wine`, and selected only by it: the build takes ~5 min on 2 cores, so `.ci/run` runs
the script itself once, after the suite (`wine-check.sh --install-tools`: CI installs Wine
and never skips it). Skipped, with the reason, where Wine (with wine32:i386) is missing:

    bash packaging/windows/build-under-wine.sh --install-tools   # once, as root (~1.5 GB)
    bash scripts/test.sh -m wine                                  # ~6 min
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.wine

ROOT = Path(__file__).resolve().parents[2]


def _skip_reason(markexpr: str) -> str | None:
    if "wine" not in markexpr or "not wine" in markexpr:
        return (
            "the real Windows build under Wine takes ~5 min: .ci/run runs "
            "packaging/windows/wine-check.sh after the suite; select this with -m wine"
        )
    if not sys.platform.startswith("linux"):
        return "the Wine check runs on Linux"
    for tool in ("wine", "wineboot", "wineserver", "dpkg-query"):
        if not shutil.which(tool):
            return (
                f"{tool} is not installed: bash packaging/windows/build-under-wine.sh "
                "--install-tools (as root, ~1.5 GB)"
            )
    state = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "wine32:i386"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if "install ok installed" not in state:
        return "wine32:i386 is not installed (ISCC.exe is 32-bit): --install-tools"
    return None


def test_skip_reasons_say_how_to_run_it() -> None:
    reason = _skip_reason("not wine")
    assert reason is not None and "-m wine" in reason
    assert _skip_reason("") == _skip_reason("not wine")


@pytest.mark.timeout(1800)
def test_real_windows_app_builds_installs_upgrades_and_uninstalls_under_wine(
    request: pytest.FixtureRequest,
) -> None:
    reason = _skip_reason(str(request.config.getoption("markexpr") or ""))
    if reason:
        pytest.skip(reason)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "PYTHON": sys.executable,
        "LANG": "C.UTF-8",
        **{k: v for k, v in os.environ.items() if k.startswith("VIPPS_WINE")},
    }
    result = subprocess.run(
        ["bash", "packaging/windows/wine-check.sh"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "wine-check: SKIPPED" not in result.stdout
    for line in (
        "bundle: --self-test ok: keychain: Windows Credential Manager",
        "keychain: process 1 saved a secret in Windows Credential Manager",
        "process 3 finds it gone",
        "the secret is on the clipboard with all three marks",
        "the clipboard holds no text",
        "installed: --self-test ok",
        "the user's 2 setups",
        ".vippssetup association",  # issue 26
        "uninstalled: no files, no shortcut, no registry key",
        "wine-check: ok",
    ):
        assert line in result.stdout, line
