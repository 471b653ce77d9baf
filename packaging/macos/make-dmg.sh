#!/usr/bin/env bash
# Wrap "dist/Vipps Login Setup.app" into dist/vipps-desktop-<version>.dmg (drag to Applications).
# NOT RUN HERE (macOS only): written from the documentation of PyInstaller, hdiutil, codesign
# and notarytool; .github/workflows/build.yml runs it on a macOS runner.
#
#   bash packaging/macos/make-dmg.sh          # builds the .app first if there is none
#
# Signing. The macOS keychain ties every item to the code signature of the app that stored it:
# an app signed by another identity (or ad hoc, as an unsigned build is) cannot read the Vipps
# keys the previous version saved without asking the user again. So every release must be
# signed with one stable Developer ID identity:
#   MACOS_CODESIGN_IDENTITY   "Developer ID Application: ... (TEAMID)"; build.spec passes it to
#                             PyInstaller, which signs every binary and the .app (hardened runtime)
#   MACOS_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile: notarise and staple
# Without an identity the .dmg is built for testing and says so.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "make-dmg.sh: macOS only" >&2; exit 2; }

APP="dist/Vipps Login Setup.app"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' vipps_desktop/__init__.py)
DMG="dist/vipps-desktop-$version.dmg"
identity=${MACOS_CODESIGN_IDENTITY:-}

[ -d "$APP" ] || bash packaging/build-bundle.sh

plist_version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
[ "$plist_version" = "$version" ] || { echo "make-dmg.sh: the .app is $plist_version, not $version: rebuild" >&2; exit 1; }

if [ -n "$identity" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
    if codesign -dv "$APP" 2>&1 | grep -q "Signature=adhoc"; then
        echo "make-dmg.sh: the .app is signed ad hoc, not by $identity" >&2
        exit 1
    fi
else
    echo "make-dmg.sh: WARNING: no MACOS_CODESIGN_IDENTITY: ad-hoc signed, for testing only." >&2
    echo "            Keychain access would not carry over to a signed release." >&2
fi

stage=build/dmg
rm -rf "$stage" "$DMG"
mkdir -p "$stage"
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Vipps Login Setup $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"

if [ -n "$identity" ]; then
    codesign --sign "$identity" --timestamp "$DMG"
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi

# The .dmg mounts and the app in it passes its self-test.
mnt=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mnt" "$DMG" >/dev/null
trap 'hdiutil detach "$mnt" >/dev/null || true' EXIT
QT_QPA_PLATFORM=offscreen "$mnt/Vipps Login Setup.app/Contents/MacOS/vipps-desktop" --self-test
echo "dmg: $DMG $(du -h "$DMG" | cut -f1)"
