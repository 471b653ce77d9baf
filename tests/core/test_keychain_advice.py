"""When there is no usable keychain, the app says why and what to do, and names only the
keychains of the platform it runs on. The platform is substituted through `sys.platform`
(and the environment passed in); the "never set up" case runs a real, empty GNOME Keyring."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vipps_desktop.core.secrets import no_keychain_reason, platform_backends

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        (
            "linux",
            [
                "vipps_desktop.core.libsecret.Keyring",
                "keyring.backends.kwallet.DBusKeyring",
                "keyring.backends.kwallet.DBusKeyringKWallet4",
            ],
        ),
        ("darwin", ["keyring.backends.macOS.Keyring"]),
        ("win32", ["keyring.backends.Windows.WinVaultKeyring"]),
    ],
)
def test_only_this_platforms_keychains_are_named(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: list[str]
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert platform_backends() == expected


def test_no_libsecret_says_install_it(tmp_path: Path) -> None:
    advice = no_keychain_reason("linux", {"PATH": "/usr/bin:/bin"}, libsecret_loads=False)
    assert advice.code == "keychain.none.no_libsecret"


def test_no_dbus_session_says_start_from_the_desktop(tmp_path: Path) -> None:
    advice = no_keychain_reason(
        "linux", {"PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": str(tmp_path)}
    )
    assert advice.code == "keychain.none.no_dbus"


def test_no_secret_service_installed_says_apt_install_gnome_keyring(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    advice = no_keychain_reason(
        "linux", {"PATH": str(empty), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}
    )
    assert advice.code == "keychain.none.no_provider"


def test_installed_but_not_set_up_says_create_a_keyring(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    daemon = bin_dir / "gnome-keyring-daemon"
    daemon.write_text("#!/bin/sh\n")
    daemon.chmod(0o755)
    (tmp_path / "bus").touch()  # a session bus socket in the runtime dir
    advice = no_keychain_reason("linux", {"PATH": str(bin_dir), "XDG_RUNTIME_DIR": str(tmp_path)})
    assert advice.code == "keychain.none.not_set_up"


@pytest.mark.parametrize(
    ("platform", "name"), [("darwin", "macOS Keychain"), ("win32", "Windows Credential Manager")]
)
def test_other_platforms_name_their_own_keychain(platform: str, name: str) -> None:
    from vipps_desktop.ui import messages

    advice = messages.text(no_keychain_reason(platform, {}))
    assert name in advice
    assert "gnome-keyring" not in advice and "D-Bus" not in advice


def test_self_test_detects_a_keychain_that_was_never_set_up(tmp_path: Path) -> None:
    """GNOME Keyring runs, the Secret Service answers, but no keyring exists yet: saving would
    fall back to memory. The self-test must say so instead of only "a keychain exists"."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (apt-get install dbus gnome-keyring)")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "VIPPS_DESKTOP_PROFILE_DIR": str(tmp_path / "profile"),
    }
    script = (
        "gnome-keyring-daemon --start --components=secrets >/dev/null; "
        f"exec {sys.executable} -m vipps_desktop --self-test"
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "[vipps_desktop.core.libsecret.Keyring]" in result.stdout
    assert "libsecret: " in result.stdout  # the library the .deb depends on, loaded
    assert "keychain: session dh-ietf1024-sha256-aes128-cbc-pkcs7" in result.stdout
    assert "cannot store anything yet (never set up)" in result.stdout, result.stdout
    # Said once, in those words: the failed trial save is not logged to stderr as well.
    assert "could not save" not in result.stderr, result.stderr
    assert "Keychain" not in result.stderr, result.stderr
