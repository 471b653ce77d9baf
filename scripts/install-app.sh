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
echo "Installed: $(pwd)/.venv/bin/vipps-desktop"
if [ "${1:-}" = "--run" ]; then
    exec .venv/bin/vipps-desktop
fi
