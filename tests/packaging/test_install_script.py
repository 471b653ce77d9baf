"""scripts/install-app.sh and what it uses, run for real: the menu entry of a source install
(scripts/menu-entry.sh) and apt_install's answer when sudo is not installed.

The full install (apt, pip) is not run here: it costs a minute of network; the README's
command is run by hand and on CI's fresh machine (`.ci/run` → scripts/test.sh builds the same
venv the same way).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _menu(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(
        ["bash", "scripts/menu-entry.sh", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_menu_entry_installs_a_valid_desktop_file_and_icon_and_uninstall_removes_them(
    tmp_path: Path,
) -> None:
    data_home = tmp_path / "my data"
    exe = tmp_path / "Mine prosjekter" / "vipps desktop" / ".venv" / "bin" / "vipps-desktop"
    result = _menu(data_home, "install", str(exe))
    assert result.returncode == 0, result.stderr
    desktop = data_home / "applications" / "vipps-desktop.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "vipps-desktop.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "vipps-desktop.svg").read_bytes()
    lines = desktop.read_text(encoding="utf-8").splitlines()
    # A path with spaces is quoted (Desktop Entry spec), so the launcher starts that file.
    assert f'Exec="{exe}" %f' in lines  # %f: a file opened with the app (issue 26)
    assert f"TryExec={exe}" in lines
    assert "Icon=vipps-desktop" in lines
    assert "StartupWMClass=vipps-desktop" in lines
    # Printed paths paste into a shell: spaces escaped.
    assert "my\\ data/applications/vipps-desktop.desktop" in result.stdout
    if shutil.which("desktop-file-validate"):
        valid = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert valid.returncode == 0, valid.stdout + valid.stderr

    removed = _menu(data_home, "uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not desktop.exists()
    assert not icon.exists()


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_uninstall_removes_the_folders_install_made_and_says_what_it_removed(
    tmp_path: Path,
) -> None:
    """A new user's data folder: install makes the icon folders and applications/; uninstall
    leaves it as it was (issue 21: empty icon folders and a mimeinfo.cache were left)."""
    data_home = tmp_path / "data"
    data_home.mkdir()
    exe = tmp_path / "venv" / "bin" / "vipps-desktop"
    for _ in range(2):  # installing again (an update) keeps what the first install made
        assert _menu(data_home, "install", str(exe)).returncode == 0
    assert "applications/mimeinfo.cache" not in _tree(data_home)
    removed = _menu(data_home, "uninstall")
    assert removed.returncode == 0, removed.stderr
    assert _tree(data_home) == []
    lines = removed.stdout.splitlines()
    assert lines[0] == "Removed:"
    assert f"  {data_home}/applications/vipps-desktop.desktop" in lines
    assert f"  {data_home}/icons/hicolor/scalable/apps/vipps-desktop.svg" in lines
    assert f"  {data_home}/icons/" in lines


def test_uninstall_leaves_what_was_there_before(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    theirs = [
        data_home / "applications" / "other.desktop",
        data_home / "applications" / "mimeinfo.cache",
        data_home / "icons" / "hicolor" / "scalable" / "apps" / "other.svg",
    ]
    for path in theirs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("[MIME Cache]\ntext/x-other=other.desktop;\n", encoding="utf-8")
    (data_home / "icons" / "hicolor" / "48x48").mkdir()  # an empty folder not ours
    before = _tree(data_home)
    assert _menu(data_home, "install", str(tmp_path / "vipps-desktop")).returncode == 0
    assert _menu(data_home, "uninstall").returncode == 0
    assert _tree(data_home) == before


def test_uninstall_removes_the_empty_mime_cache_an_earlier_version_made(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    assert _menu(data_home, "install", str(tmp_path / "vipps-desktop")).returncode == 0
    cache = data_home / "applications" / "mimeinfo.cache"
    cache.write_text("[MIME Cache]\n", encoding="utf-8")  # update-desktop-database's, empty
    removed = _menu(data_home, "uninstall")
    assert f"  {cache}" in removed.stdout.splitlines()
    assert _tree(data_home) == []


def test_uninstall_without_an_entry_says_so_and_touches_nothing(tmp_path: Path) -> None:
    """As root, install-app.sh makes no menu entry: its uninstall must not report one."""
    data_home = tmp_path / "data"
    result = _menu(data_home, "uninstall")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"No menu entry to remove (none in {data_home}/applications).\n"
    assert not data_home.exists()


def test_desktop_exec_escapes_what_the_spec_reserves(tmp_path: Path) -> None:
    exe = tmp_path / 'a "b" $c `d` \\e 100%' / "vipps-desktop"
    assert _menu(tmp_path, "install", str(exe)).returncode == 0
    text = (tmp_path / "applications" / "vipps-desktop.desktop").read_text(encoding="utf-8")
    inner = str(tmp_path).replace("\\", "\\\\\\\\")
    expected = inner + '/a \\\\"b\\\\" \\\\$c \\\\`d\\\\` \\\\\\\\e 100%%/vipps-desktop'
    assert f'Exec="{expected}" %f' in text.splitlines()


def _nobody() -> tuple[int, int] | None:
    import pwd

    try:
        entry = pwd.getpwnam("nobody")
    except KeyError:
        return None
    return entry.pw_uid, entry.pw_gid


def test_without_sudo_apt_install_prints_the_su_line_instead_of_failing_with_127() -> None:
    """Debian installed with a root password has no sudo: say how to install as root."""
    if os.name != "posix" or os.geteuid() != 0 or _nobody() is None:
        pytest.skip("needs root, to run the script as the unprivileged user nobody")
    with tempfile.TemporaryDirectory() as tmp:  # not pytest's: that one is private to root
        Path(tmp).chmod(0o755)
        _run_without_sudo(Path(tmp))


def _run_without_sudo(tmp_path: Path) -> None:
    # A PATH with the tools the library uses and no sudo, whatever this machine has.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dpkg-query", "grep", "id", "mktemp", "rm", "tail"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    uid, gid = _nobody()  # type: ignore[misc]
    result = subprocess.run(
        ["bash", "-c", ". scripts/apt-packages.sh; apt_install bash vipps-no-such-package-x"],
        cwd=ROOT,
        env={"PATH": str(bin_dir), "HOME": str(tmp_path), "LANG": "C.UTF-8"},
        user=uid,
        group=gid,
        extra_groups=[],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert (
        "su -c 'apt-get update && apt-get install --no-install-recommends vipps-no-such-package-x'"
    ) in result.stderr
    # Only the missing package is named; bash is installed.
    assert "missing: vipps-no-such-package-x\n" in result.stderr


def test_the_exported_setup_s_type_is_registered_for_the_user_and_removed_again(
    tmp_path: Path,
) -> None:
    """Issue 26: a source install opens a .vippssetup with the app, like the .deb."""
    data_home = tmp_path / "data"
    theirs = data_home / "mime" / "packages" / "other.xml"
    assert _menu(data_home, "install", str(tmp_path / "vipps-desktop")).returncode == 0
    ours = data_home / "mime" / "packages" / "vipps-desktop.xml"
    assert (
        ours.read_bytes() == (ROOT / "packaging" / "linux" / "vipps-desktop-mime.xml").read_bytes()
    )
    if shutil.which("update-mime-database"):
        globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-vipps-desktop-setup:*.vippssetup" in globs
    assert _menu(data_home, "uninstall").returncode == 0
    assert _tree(data_home) == []  # the database install made is gone with our type

    # A user with MIME types of their own keeps them, and the database no longer lists ours.
    theirs.parent.mkdir(parents=True)
    theirs.write_text(
        '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/'
        'shared-mime-info"><mime-type type="text/x-other"><glob pattern="*.other"/>'
        "</mime-type></mime-info>\n",
        encoding="utf-8",
    )
    assert _menu(data_home, "install", str(tmp_path / "vipps-desktop")).returncode == 0
    assert _menu(data_home, "uninstall").returncode == 0
    assert theirs.is_file() and not ours.exists()
    if shutil.which("update-mime-database"):
        globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
        assert "text/x-other:*.other" in globs
        assert "vippssetup" not in globs
