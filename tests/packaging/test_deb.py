"""The Linux installer, end to end: build the bundle and the .deb, install it with dpkg, run the
installed app's --self-test in a real keychain session and its `check` command against loopback
servers, then remove and purge it and check that nothing is left behind.

Needs root and dpkg (Debian); skipped otherwise. Selected by the `packaging` marker:
`bash scripts/test.sh -m packaging` runs only this, `-m "not packaging"` everything else.
About a minute on 2 cores (docs/packaging.md has the figures). With
VIPPS_PACKAGING_REUSE_BUNDLE=1 an existing dist/vipps-desktop/ is packed as it is instead of
being rebuilt (for a CI job that built it once already).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from check_util import assert_every_status, exit_statuses

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "vipps-desktop"
INSTALL_DIR = Path("/usr/lib/vipps-desktop")
LAUNCHER = Path("/usr/bin/vipps-desktop")
# Where the package puts files, and where dpkg keeps its record of it.
WATCHED = [
    Path(p)
    for p in (
        "/opt",
        "/usr/bin",
        "/usr/share/applications",
        "/usr/share/metainfo",
        "/usr/share/icons/hicolor",
        "/usr/share/doc",
        "/var/lib/dpkg/info",
    )
]
# The folders the package may own alone: dpkg removes them with it. Every other folder it lists
# is a system folder that must outlive it, so another package must own it too (dpkg -S): a
# folder only we own is removed by `dpkg -r` when empty, as /opt was on a fresh Debian.
PRIVATE_DIRS = (Path("/usr/lib/vipps-desktop"), Path("/usr/share/doc/vipps-desktop"))
# Caches that dpkg triggers (desktop-file-utils, hicolor-icon-theme) rewrite or create.
CACHES = {"icon-theme.cache", "mimeinfo.cache"}
BUNDLE_LIMIT_MB = 150


def _skip_reason() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root (dpkg -i / -r / -P)"
    if not shutil.which("dpkg") or not shutil.which("dpkg-deb"):
        return "needs dpkg (Debian)"
    if not (ROOT / "scripts" / "keyring-session.sh").is_file():
        return "needs scripts/keyring-session.sh"
    state = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True, check=False
    ).stdout
    if "installed" in state and "not-installed" not in state:
        return f"{PACKAGE} is installed on this machine; the test would replace it"
    return None


def _snapshot() -> set[str]:
    paths: set[str] = set()
    for top in WATCHED:
        if top.exists():
            paths.update(str(p) for p in top.rglob("*") if p.name not in CACHES)
    return paths


def _run(cmd: list[str], timeout: float, **kwargs: object) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False, **kwargs
    )  # type: ignore[call-overload]
    print(f"$ {' '.join(cmd)}  ({time.monotonic() - started:.1f} s, exit {result.returncode})")
    print(result.stdout[-4000:])
    if result.returncode != 0:
        print(result.stderr[-4000:])
    return result  # type: ignore[no-any-return]


def test_deb_builds_installs_self_tests_and_removes_cleanly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)

    reuse = os.environ.get("VIPPS_PACKAGING_REUSE_BUNDLE") == "1"
    built = _run(
        ["bash", "packaging/linux/build-deb.sh", *([] if reuse else ["--rebuild"])], timeout=1200
    )
    assert built.returncode == 0, built.stderr[-4000:]
    debs = sorted((ROOT / "dist").glob(f"{PACKAGE}_*.deb"), key=lambda p: p.stat().st_mtime)
    assert debs, "build-deb.sh made no .deb"
    deb = debs[-1]

    bundle_kb = int(
        subprocess.run(
            ["du", "-sk", str(ROOT / "dist" / PACKAGE)], check=True, capture_output=True, text=True
        ).stdout.split()[0]
    )
    assert bundle_kb <= BUNDLE_LIMIT_MB * 1024, f"bundle is {bundle_kb // 1024} MB"
    fields = _run(["dpkg-deb", "--field", str(deb), "Depends", "Recommends"], timeout=60).stdout
    assert "libc6 (>= 2.36)" in fields
    for needed in (
        "libxcb1",
        "libgl1",
        "libegl1",
        "libxcb-cursor0",
        "fontconfig-config",
        "fonts-dejavu-core",
    ):
        assert re.search(rf"\b{re.escape(needed)}\b", fields), needed
    assert "Recommends: gnome-keyring" in fields

    listing = _run(["dpkg-deb", "--contents", str(deb)], timeout=60).stdout
    assert " ./opt/" not in listing, "the package ships /opt: dpkg -r removes an empty /opt"

    before = _snapshot()
    tops_before = [top for top in WATCHED if top.is_dir()]
    installed = False
    removed: subprocess.CompletedProcess[str] | None = None
    try:
        result = _run(["dpkg", "-i", str(deb)], timeout=300)
        assert result.returncode == 0, result.stderr
        installed = True
        files = [Path(p) for p in _run(["dpkg", "-L", PACKAGE], timeout=60).stdout.splitlines()]
        shared = [
            d
            for d in files
            if d.is_dir()
            and not d.is_symlink()
            and d != Path("/")
            and not any(d == p or p in d.parents for p in PRIVATE_DIRS)
        ]
        assert Path("/opt") not in files, "the package must not ship /opt"
        assert shared
        for folder in shared:
            found = _run(["dpkg-query", "-S", str(folder)], timeout=60).stdout.splitlines()
            owners = [
                o.strip().split(":")[0]
                for line in found
                if line.endswith(f": {folder}")
                for o in line.rsplit(": ", 1)[0].split(",")
            ]
            others = [o for o in owners if o != PACKAGE]
            assert others, f"{folder} is owned by {PACKAGE} alone: dpkg -r would remove it"
        for expected in (
            LAUNCHER,
            INSTALL_DIR / PACKAGE,
            Path("/usr/share/applications/vipps-desktop.desktop"),
            Path("/usr/share/metainfo/no.vippsdesktop.vippsdesktop.metainfo.xml"),
            Path("/usr/share/mime/packages/vipps-desktop.xml"),
            Path("/usr/share/icons/hicolor/scalable/apps/vipps-desktop.svg"),
            Path("/usr/share/icons/hicolor/48x48/apps/vipps-desktop.png"),
        ):
            assert expected in files, f"{expected} is not in the package"
            assert expected.exists(), f"{expected} was not installed"

        # The installed app, started the way a user starts it, in a real Secret Service.
        env = {k: v for k, v in os.environ.items() if k not in ("VIPPS_DESKTOP_RESOURCES",)}
        env.pop("PYTHON_KEYRING_BACKEND", None)
        test = _run(
            ["bash", "scripts/keyring-session.sh", str(LAUNCHER), "--self-test"],
            timeout=120,
            env=env,
        )
        assert test.returncode == 0, test.stderr
        assert "(frozen " in test.stdout
        assert f"resources: {INSTALL_DIR}/_internal/resources" in test.stdout
        assert "[vipps_desktop.core.libsecret.Keyring]" in test.stdout
        assert "self-test ok" in test.stdout

        # `vipps-desktop check` from the installed (frozen) app, each exit status, with
        # loopback stand-ins for Idura, Vipps and Brønnøysund (tests/check_util.py).
        assert_every_status(exit_statuses([str(LAUNCHER), "check"], monkeypatch, tmp_path))

        # Running the app wrote nothing into its install folder.
        on_disk = {str(p) for p in INSTALL_DIR.rglob("*")}
        assert on_disk <= {str(f) for f in files}, sorted(on_disk - {str(f) for f in files})
    finally:
        if installed:
            removed = _run(["dpkg", "-r", PACKAGE], timeout=300)
    assert removed is not None and removed.returncode == 0, removed and removed.stderr
    assert not INSTALL_DIR.exists() and not LAUNCHER.is_symlink()
    assert [top for top in WATCHED if top.is_dir()] == tops_before
    left = sorted(p for p in _snapshot() - before)
    assert not left, f"dpkg -r left files behind: {left}"
    # No configuration files: after a remove dpkg knows nothing of the package, so `purge` has
    # nothing left to do (and apt's purge says "Unable to locate package"): README, Uninstall.
    after_remove = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True, check=False
    )
    assert after_remove.returncode != 0 or "not-installed" in after_remove.stdout, (
        after_remove.stdout
    )

    purged = _run(["dpkg", "-P", PACKAGE], timeout=300)
    assert purged.returncode == 0, purged.stderr
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True, check=False
    )
    assert status.returncode != 0 or "not-installed" in status.stdout, status.stdout
    assert not list(Path("/var/lib/dpkg/info").glob(f"{PACKAGE}.*"))
    assert _snapshot() == before
    assert [top for top in WATCHED if top.is_dir()] == tops_before


def test_deb_on_a_fresh_debian_keeps_opt() -> None:
    """On a fresh Debian 12 (debootstrap minbase: an empty /opt no package owns), the .deb
    installs with apt and its Depends only, self-tests, and is removed and purged with /opt and
    every other folder of the fresh system still there (packaging/linux/fresh-debian-check.sh)."""
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    if not shutil.which("debootstrap"):
        pytest.skip("needs debootstrap (scripts/apt-packages.sh installs it)")
    debs = sorted((ROOT / "dist").glob(f"{PACKAGE}_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        built = _run(["bash", "packaging/linux/build-deb.sh"], timeout=1200)
        assert built.returncode == 0, built.stderr[-4000:]
        debs = sorted((ROOT / "dist").glob(f"{PACKAGE}_*.deb"), key=lambda p: p.stat().st_mtime)
    result = _run(["bash", "packaging/linux/fresh-debian-check.sh", str(debs[-1])], timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "/opt and every other folder still there" in result.stdout
    assert "self-test ok" in result.stdout
