#!/usr/bin/env bash
# Run a command inside a private, unlocked GNOME Keyring (Secret Service) on a private D-Bus
# session bus, so tests exercise a real OS keychain without touching the user's own.
#
#   scripts/keyring-session.sh python -m pytest tests/core/test_secrets.py -q
#
# Works headless and as root (Debian 12: gnome-keyring, dbus, dbus-run-session). Inside the
# command these are set:
#   VIPPS_TEST_KEYRING=1                     a real keychain is present
#   VIPPS_TEST_KEYRING_PASSWORD=...          the login keyring's password (to unlock it again)
#   VIPPS_TEST_KEYRING_PID=...               the gnome-keyring-daemon's PID
#   XDG_DATA_HOME, XDG_RUNTIME_DIR           private temp dirs (the keyring file lives under
#                                            $XDG_DATA_HOME/keyrings)
# Exits with the command's exit code.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: '$tool' not found (apt-get install dbus gnome-keyring)" >&2
        exit 127
    fi
done

# The bus daemon starts D-Bus-activated services (gnome-keyring's unlock prompter, gcr-prompter)
# with its own environment: hide the display from it so a locked keychain never pops up a real
# password dialog on a developer's desktop (headless, the prompt is simply dismissed). The
# command itself gets DISPLAY / WAYLAND_DISPLAY back.
export VIPPS_KS_DISPLAY="${DISPLAY+set:$DISPLAY}"
export VIPPS_KS_WAYLAND_DISPLAY="${WAYLAND_DISPLAY+set:$WAYLAND_DISPLAY}"
unset DISPLAY WAYLAND_DISPLAY

# The inner script runs on the private session bus that dbus-run-session creates (and tears down).
# shellcheck disable=SC2016  # expanded by the inner bash, not here
exec dbus-run-session -- bash -c '
set -uo pipefail

base=$(mktemp -d "${TMPDIR:-/tmp}/vipps-keyring.XXXXXXXX")
chmod 700 "$base"
mkdir -m 700 "$base/data" "$base/runtime"
export XDG_DATA_HOME="$base/data"
export XDG_RUNTIME_DIR="$base/runtime"
daemon_pid=""

cleanup() {
    if [ -n "$daemon_pid" ] && kill -0 "$daemon_pid" 2>/dev/null; then
        kill "$daemon_pid" 2>/dev/null
        for _ in $(seq 50); do
            kill -0 "$daemon_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$base"
}
trap cleanup EXIT
trap "exit 130" INT
trap "exit 143" TERM

password="vipps-test-$(od -An -N12 -tx1 /dev/urandom | tr -d " \n")"
export VIPPS_TEST_KEYRING_PASSWORD="$password"

# --unlock reads the login keyring password from stdin until EOF and creates the "login"
# collection (the default) with it; without it there is no collection and saving fails.
# --foreground keeps the daemon our child, so $! is its PID.
printf "%s" "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$base/daemon.log" 2>&1 &
daemon_pid=$!
export VIPPS_TEST_KEYRING_PID="$daemon_pid"

has_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q "boolean true"
}
default_collection_ready() {
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null \
        | grep -q "object path \"/org/freedesktop/secrets/collection/"
}

ready=""
for _ in $(seq 100); do  # up to ~10 s
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        break
    fi
    if has_owner && default_collection_ready; then
        ready=1
        break
    fi
    sleep 0.1
done
if [ -z "$ready" ]; then
    echo "keyring-session.sh: gnome-keyring-daemon did not provide an unlocked Secret Service" >&2
    cat "$base/daemon.log" >&2 || true
    exit 1
fi

# The daemon prints GNOME_KEYRING_CONTROL=... on stdout; export whatever it announced.
while IFS="=" read -r name value; do
    case "$name" in
        GNOME_KEYRING_CONTROL|SSH_AUTH_SOCK) export "$name=$value" ;;
    esac
done <"$base/daemon.log"

if [ -n "$VIPPS_KS_DISPLAY" ]; then export DISPLAY="${VIPPS_KS_DISPLAY#set:}"; fi
if [ -n "$VIPPS_KS_WAYLAND_DISPLAY" ]; then
    export WAYLAND_DISPLAY="${VIPPS_KS_WAYLAND_DISPLAY#set:}"
fi
unset VIPPS_KS_DISPLAY VIPPS_KS_WAYLAND_DISPLAY

export VIPPS_TEST_KEYRING=1
"$@"
' keyring-session "$@"
