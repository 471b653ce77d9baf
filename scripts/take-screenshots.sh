#!/usr/bin/env bash
# Screenshots of every page, in a real X11 window (Xvfb) with a private keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-.venv/bin/python}
exec scripts/keyring-session.sh xvfb-run -a -s "-screen 0 1280x1000x24 -dpi 96" \
    env QT_QPA_PLATFORM=xcb "$py" scripts/screenshots.py "$@"
