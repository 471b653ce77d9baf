"""The Info.plist keys of the macOS .app, in one place build.spec and the tests both read.

PyInstaller's BUNDLE adds its own keys (CFBundlePackageType, CFBundleIconFile, ...) and lets
these override them. Kept out of build.spec so a Linux test can check what macOS will get:
that it serialises as a valid property list, the bundle id is well formed, the versions match.
"""

from __future__ import annotations

# Reverse-DNS, only A-Z a-z 0-9 - . (Apple's CFBundleIdentifier rule). Never change it: the
# macOS keychain and the user's preferences are tied to it.
BUNDLE_ID = "no.vippsdesktop.VippsDesktop"
DISPLAY_NAME = "Vipps Login Setup"
EXECUTABLE = "vipps-desktop"


def info_plist(version: str) -> dict[str, object]:
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleExecutable": EXECUTABLE,
        "NSHighResolutionCapable": True,
        # Follow the system's light/dark appearance (False = dark mode allowed).
        "NSRequiresAquaSystemAppearance": False,
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": "12.0",
        "NSHumanReadableCopyright": "Copyright © 2026 The vipps-desktop contributors. MIT License.",
    }
