#!/usr/bin/env bash
# Installs Vipps Login Setup from this checkout on Debian 12: the system packages it needs
# (apt), a virtual environment in .venv with the app, and a menu entry with its icon for you.
#
#   bash scripts/install-app.sh             # install (or update)
#   bash scripts/install-app.sh --run       # install, then start it (self-test without a display)
#   bash scripts/install-app.sh --uninstall # remove the menu entry, the icon and .venv
#
# Run it as yourself: it asks for sudo only to install missing Debian packages, and says which.
# Without sudo it prints the `su -c` line to install them as root. Run with sudo, it installs
# the packages, then builds .venv as the user who called sudo and never starts the window as
# root (a window started by root has no keychain: no D-Bus session of yours). As plain root
# (a container, CI) it installs and, with --run, checks the installation with --self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/apt-packages.sh

APP=vipps-desktop
usage() { echo "usage: $0 [--run | --uninstall]" >&2; exit 2; }
action=install
case "${1:-}" in
    "") ;;
    --run) action=run ;;
    --uninstall) action=uninstall ;;
    --as-user) action=as-user ;;  # internal: the user part of an install started with sudo
    *) usage ;;
esac
[ $# -le 1 ] || [ "$action" = as-user ] || usage
q() { printf %q "$1"; }  # a path as it pastes into a shell, spaces and all

checkout=$(pwd)
exe=$checkout/.venv/bin/$APP

as_caller() {  # run as the user who called sudo, if that is how this runs; else as is
    if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
        runuser -u "$SUDO_USER" -- env HOME="$(getent passwd "$SUDO_USER" | cut -d: -f6)" "$@"
    else
        "$@"
    fi
}

uninstall() {
    as_caller bash scripts/menu-entry.sh uninstall
    if [ -e .venv ]; then
        rm -rf .venv
        echo "Removed $(q "$checkout/.venv")."
    else
        echo "No $(q "$checkout/.venv") to remove."
    fi
    echo "Left alone: this checkout, your setups and logs (README.md, \"Where your data lives\"),"
    echo "and the keychain entries of setups you have not finished: delete those setups in the app"
    echo "first, or remove the \"Vipps Login Setup\" entries in your keychain app (Passwords and Keys)."
}

build_venv() {
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip
    # Building the package compiles the translations into it (setup.py).
    .venv/bin/python -m pip install -q .
    echo "Installed: $(q "$exe")"
}

if [ "$action" = uninstall ]; then
    uninstall
    exit 0
fi

if [ "$action" = as-user ]; then
    build_venv
    bash scripts/menu-entry.sh install "$exe"
    exit 0
fi

# shellcheck disable=SC2086
apt_install $QT_OFFSCREEN $QT_XCB $APP_EXTRA

if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    # Started with sudo: the packages are in; the rest belongs to the user who called sudo.
    user=$SUDO_USER
    if [ -e .venv ] && [ "$(stat -c %U .venv)" != "$user" ]; then
        chown -R "$user": .venv  # an earlier sudo run made it root's: hand it over
    fi
    if ! runuser -u "$user" -- test -w .; then
        echo "$user cannot write to $(q "$checkout"): clone the repository as $user and run" >&2
        echo "  bash scripts/install-app.sh --run" >&2
        exit 1
    fi
    as_caller bash scripts/install-app.sh --as-user
    echo
    echo "The app was not started: it would run as root, without your keychain."
    echo "Start it as $user from your desktop's application menu (Vipps Login Setup), or with"
    echo "  $(q "$exe")"
    exit 0
fi

build_venv
if [ "$(id -u)" -ne 0 ]; then
    bash scripts/menu-entry.sh install "$exe"
fi

if [ "$action" = run ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "Running as root: checking the installation instead of opening a window"
        echo "(a window needs your own desktop session and keychain; start it as yourself with"
        echo "  $(q "$exe") )"
        exec "$exe" --self-test
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display here: checking the installation instead of opening a window."
        echo "Start it from a desktop session with: $(q "$exe")"
        exec "$exe" --self-test
    fi
    exec "$exe"
fi
