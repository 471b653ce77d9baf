"""What a package manager, a software centre and a licence audit read: LICENSE, pyproject's
licence fields, the AppStream metainfo (checked by appstreamcli --pedantic) and the copyright
file build-deb.sh writes. The macOS Info.plist and icon set, checked on Linux.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
METAINFO = ROOT / "packaging" / "linux" / "no.vippsdesktop.vippsdesktop.metainfo.xml"
VERSION = re.search(
    r'^__version__ = "([^"]+)"', (ROOT / "vipps_desktop" / "__init__.py").read_text(), re.M
).group(1)  # type: ignore[union-attr]


def test_the_licence_is_mit_everywhere() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in licence
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # an SPDX expression, not the old table
    assert project["project"]["license-files"] == ["LICENSE"]
    floor = next(r for r in project["build-system"]["requires"] if r.startswith("setuptools"))
    assert int(re.search(r">=\s*(\d+)", floor).group(1)) >= 77  # type: ignore[union-attr]
    assert "[MIT](LICENSE)" in (ROOT / "README.md").read_text(encoding="utf-8")
    build_deb = (ROOT / "packaging" / "linux" / "build-deb.sh").read_text(encoding="utf-8")
    # The copyright file carries the full text and points at the LGPL/GPL of what is bundled.
    assert "LICENSE" in build_deb
    for pointer in (
        "/usr/share/common-licenses/LGPL-3",
        "/usr/share/common-licenses/GPL-3",
        "/usr/share/common-licenses/GPL-2",
    ):
        assert pointer in build_deb


def test_metainfo_has_a_lowercase_id_homepage_screenshots_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    component_id = root.findtext("id") or ""
    assert component_id == component_id.lower() and METAINFO.name == f"{component_id}.metainfo.xml"
    assert (root.findtext("url[@type='homepage']") or "").startswith("https://")
    shots = root.findall("screenshots/screenshot")
    assert shots and [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        image = shot.find("image")
        assert image is not None and image.text
        name = image.text.rsplit("/", 1)[1]
        assert image.text.endswith(f"/docs/screenshots/{name}")
        png = (ROOT / "docs" / "screenshots" / name).read_bytes()
        width, height = struct.unpack(">II", png[16:24])
        assert (image.get("width"), image.get("height")) == (str(width), str(height)), name
        assert shot.findtext("caption")
    assert root.find(f"releases/release[@version='{VERSION}']") is not None


def test_appstreamcli_pedantic_is_clean() -> None:
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(
        ["appstreamcli", "validate", "--pedantic", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    issues = [line for line in result.stdout.splitlines() if re.match(r"[EWIP]: ", line)]
    assert not issues, result.stdout


# -- macOS, checked on Linux --------------------------------------------------------------------


def _info_plist_module() -> Any:  # packaging/macos/info_plist.py, found at run time
    sys.path.insert(0, str(ROOT / "packaging" / "macos"))
    try:
        import info_plist
    finally:
        sys.path.pop(0)
    return info_plist


def test_macos_info_plist_is_a_valid_property_list_with_a_well_formed_bundle_id() -> None:
    module = _info_plist_module()
    keys = module.info_plist(VERSION)
    data = plistlib.dumps(keys, fmt=plistlib.FMT_XML)
    assert plistlib.loads(data) == keys
    assert plistlib.loads(plistlib.dumps(keys, fmt=plistlib.FMT_BINARY)) == keys
    assert re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", module.BUNDLE_ID)
    assert keys["CFBundleIdentifier"] == module.BUNDLE_ID
    assert keys["CFBundleShortVersionString"] == VERSION
    assert keys["CFBundleExecutable"] == "vipps-desktop"
    assert keys["NSRequiresAquaSystemAppearance"] is False
    assert "MIT" in str(keys["NSHumanReadableCopyright"])
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "info_plist=_mac.info_plist(VERSION)" in spec
    assert "bundle_identifier=_mac.BUNDLE_ID" in spec


def test_macos_icon_set_holds_every_size_as_png(tmp_path: Path) -> None:
    target = tmp_path / "vipps-desktop.icns"
    result = subprocess.run(
        [sys.executable, "packaging/render_icons.py", "--icns", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, sizes = 8, {}
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        png = data[offset + 8 : offset + length]
        assert png[:8] == b"\x89PNG\r\n\x1a\n", kind
        sizes[kind] = struct.unpack(">II", png[16:24])
        offset += length
    assert offset == len(data)
    assert sizes[b"ic10"] == (1024, 1024) and sizes[b"icp4"] == (16, 16)
    assert {w for w, _ in sizes.values()} == {16, 32, 64, 128, 256, 512, 1024}


# -- the exported setup's file type (issue 26) -------------------------------------------------


def test_the_exported_setup_s_file_type_is_declared_for_linux_and_windows(tmp_path: Path) -> None:
    from vipps_desktop.core import transfer

    mime = ROOT / "packaging" / "linux" / "vipps-desktop-mime.xml"
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    declared = ET.parse(mime).getroot().find("m:mime-type", ns)
    assert declared is not None and declared.get("type") == transfer.MIME_TYPE
    globs = [g.get("pattern") for g in declared.findall("m:glob", ns)]
    assert globs == [f"*{transfer.EXTENSION}"]
    desktop = (ROOT / "packaging" / "linux" / "vipps-desktop.desktop").read_text(encoding="utf-8")
    assert f"MimeType={transfer.MIME_TYPE};" in desktop.splitlines()
    assert "Exec=vipps-desktop %f" in desktop.splitlines()  # the file reaches the app
    build_deb = (ROOT / "packaging" / "linux" / "build-deb.sh").read_text(encoding="utf-8")
    assert '"$STAGE/usr/share/mime/packages/$APP.xml"' in build_deb
    if shutil.which("update-mime-database"):  # shared-mime-info reads it as we mean it
        packages = tmp_path / "mime" / "packages"
        packages.mkdir(parents=True)
        shutil.copy(mime, packages / "vipps-desktop.xml")
        subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True)
        glob2 = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{transfer.MIME_TYPE}:*{transfer.EXTENSION}" in glob2

    iss = (ROOT / "packaging" / "windows" / "vipps-desktop.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in iss
    assert f'Subkey: "Software\\Classes\\{transfer.EXTENSION}"' in iss
    assert '"""{app}\\{#AppExe}"" ""%1"""' in iss  # the file's path, quoted, as the argument
