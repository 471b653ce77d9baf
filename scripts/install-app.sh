#!/usr/bin/env bash
# Installs Vipps Login Setup from this checkout on Debian 12 (system packages + a venv in
# .venv) and, with --run, starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/apt-packages.sh
# shellcheck disable=SC2086
apt_install $QT_OFFSCREEN $QT_XCB $APP_EXTRA
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
# The Norwegian UI needs the compiled translations (.qm), built with the PySide6 just installed;
# then the app is installed again with them (no dependency changes, a few seconds).
.venv/bin/python scripts/build-translations.py
.venv/bin/python -m pip install -q --no-deps --force-reinstall .
echo "Installed: $(pwd)/.venv/bin/vipps-desktop"
if [ "${1:-}" = "--run" ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display here: checking the installation instead of opening a window."
        echo "Start it from a desktop session with: $(pwd)/.venv/bin/vipps-desktop"
        exec .venv/bin/vipps-desktop --self-test
    fi
    exec .venv/bin/vipps-desktop
fi
