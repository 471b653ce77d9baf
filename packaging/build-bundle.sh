#!/usr/bin/env bash
# Build the one-folder bundle dist/vipps-desktop/ with PyInstaller (build.spec), from a clean
# virtual environment that holds only the runtime dependencies and PyInstaller.
#
#   bash packaging/build-bundle.sh            # build/venv is reused while its inputs match
#   bash packaging/build-bundle.sh --fresh    # make build/venv anew first
#
# Environment:
#   PYTHON            interpreter for the build venv (default: Debian's /usr/bin/python3 on
#                     Linux, which has a shared libpython; else python3)
#   BUNDLE_LIMIT_MB   fail when the unpacked bundle is larger (default 150)
#   SKIP_SELF_TEST=1  do not run the frozen app's --self-test afterwards
#
# Prints the build time and the bundle size. Run here on Debian 12; on macOS and on Windows (Git
# Bash) only by .github/workflows/build.yml, not here.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=build/venv
DIST=dist/vipps-desktop
LIMIT_MB=${BUNDLE_LIMIT_MB:-150}

fresh=""
for arg in "$@"; do
    case "$arg" in
        --fresh) fresh=1 ;;
        *) echo "usage: $0 [--fresh]" >&2; exit 2 ;;
    esac
done

start=$(date +%s)

if [ -z "${PYTHON:-}" ]; then
    if [ "$(uname -s)" = Linux ] && [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi

if [ "$(uname -s)" = Linux ] && command -v dpkg-query >/dev/null 2>&1; then
    # Debian: venv, the shared libpython PyInstaller bundles, objdump/strip.
    . scripts/apt-packages.sh
    pyver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    apt_install python3-venv "libpython$pyver" binutils
fi

hash256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum; else shasum -a 256; fi; }
venv_python() {
    if [ -x "$VENV/Scripts/python.exe" ]; then echo "$VENV/Scripts/python.exe"; else echo "$VENV/bin/python"; fi
}

# The venv is reused while the interpreter, the dependencies and the pins are the same.
stamp=$( { "$PYTHON" -c 'import sys; print(sys.version)'; cat pyproject.toml packaging/build-constraints.txt; } | hash256)
stamp=${stamp%% *}
if [ -n "$fresh" ] || [ ! -f "$VENV/.stamp" ] || [ "$(cat "$VENV/.stamp")" != "$stamp" ]; then
    echo "== build venv ($PYTHON)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    py=$(venv_python)
    "$py" -m pip install -q --upgrade pip
    # Runtime dependencies straight from pyproject.toml, plus PyInstaller; all pinned.
    "$py" -c '
import tomllib
for dep in tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]:
    print(dep)
print("pyinstaller")' >"$VENV/requirements.txt"
    "$py" -m pip install -q -r "$VENV/requirements.txt" -c packaging/build-constraints.txt
    echo "$stamp" >"$VENV/.stamp"
fi
py=$(venv_python)
venv_done=$(date +%s)

# The compiled translations (.qm, git-ignored) go into the bundle: build them from the .ts now,
# with the lrelease that PySide6 ships.
if [ -f scripts/build-translations.py ]; then
    "$py" scripts/build-translations.py
fi

echo "== pyinstaller"
rm -rf "$DIST" "dist/Vipps Login Setup.app"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist build.spec
built=$(date +%s)

# Strays: nothing of GTK, WebEngine, QML/Quick, PDF, Wayland or Tk may be in the bundle, and
# no symbolic link may dangle.
strays=$(find "$DIST" \( -iname '*gtk*' -o -iname '*webengine*' -o -iname '*qml*' \
    -o -iname '*quick*' -o -iname '*Qt6Pdf*' -o -iname '*wayland*' -o -iname '*tkinter*' \
    -o -iname 'libtk*' -o -iname 'libtcl*' \) -print)
dangling=$(find "$DIST" -type l ! -exec test -e {} \; -print)
if [ -n "$strays$dangling" ]; then
    echo "build-bundle: unexpected files in the bundle:" >&2
    echo "$strays$dangling" >&2
    exit 1
fi
case "$(uname -s)" in
    Darwin)
        DIST="dist/Vipps Login Setup.app"  # BUNDLE wraps the folder into the .app
        app_bin="$DIST/Contents/MacOS/vipps-desktop" ;;
    MINGW*|MSYS*|CYGWIN*) app_bin="$DIST/vipps-desktop.exe" ;;
    *) app_bin="$DIST/vipps-desktop" ;;
esac

size_kb=$(du -sk "$DIST" | cut -f1)
size_mb=$(( (size_kb + 1023) / 1024 ))
echo "bundle: $DIST $size_mb MB unpacked, $(find "$DIST" -type f | wc -l | tr -d ' ') files"
echo "time: venv $((venv_done - start)) s, pyinstaller $((built - venv_done)) s, total $((built - start)) s"
if [ "$size_mb" -gt "$LIMIT_MB" ]; then
    echo "build-bundle: the bundle is $size_mb MB, over the $LIMIT_MB MB limit" >&2
    exit 1
fi

if [ "${SKIP_SELF_TEST:-}" != 1 ]; then
    echo "== frozen self-test"
    QT_QPA_PLATFORM=offscreen "$ROOT/$app_bin" --self-test
fi
