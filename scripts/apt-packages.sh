# shellcheck shell=bash
# Debian 12 packages, and apt_install, sourced by install-app.sh, test.sh and the packaging
# scripts. (A library: the lists are read by the scripts that source it.)
# shellcheck disable=SC2034

# Qt offscreen needs these (a bare Debian 12 has none of them):
QT_OFFSCREEN="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
# A real X11 window (xcb platform plugin) adds:
QT_XCB="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
# The app itself: a keychain (Secret Service) and libsecret, the client the app reaches it
# through (vipps_desktop/core/libsecret.py loads it), a Python to make the venv with, the
# hicolor icon theme its menu entry's icon goes into.
APP_EXTRA="python3 python3-venv gnome-keyring libsecret-1-0 dbus-x11 hicolor-icon-theme"
# Tests: private D-Bus + GNOME Keyring, Xvfb and xclip for the real clipboard, secret-tool,
# AT-SPI for the screen-reader test, the .deb's checks, shellcheck for every shell script,
# poppler-utils (pdftotext) to read the setup record's PDF back.
TEST_EXTRA="dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth xclip x11-utils at-spi2-core python3-pyatspi python3-gi gir1.2-atspi-2.0 desktop-file-utils appstream binutils libpython3.11 shellcheck debootstrap poppler-utils"
# The real Windows build under Wine (packaging/windows/build-under-wine.sh, wine-check.sh): Wine
# (wine32 after `dpkg --add-architecture i386`: ISCC.exe and the setup are 32-bit), mingw for the
# icuuc.dll stand-in, osslsigncode to verify Windows CPython's signature, unzip, xdotool to find
# the window under Xvfb, a venv for pip download, objdump to read the DLLs' imports.
WINE_BUILD="wine wine64 wine32:i386 fonts-wine gcc-mingw-w64-x86-64-win32 osslsigncode unzip xdotool xvfb xauth python3-venv binutils"

# apt_install PACKAGE...: install those that are missing, and nothing else.
#  - Installed already: returns at once (no network, no time).
#  - Not root: says which packages and why, and runs apt through sudo; without sudo (Debian
#    installed with a root password) prints the `su -c` line to run and returns 1.
#  - apt's own output (hundreds of lines of progress) goes to a log file, shown on failure.
apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These Debian packages are missing: ${missing[*]}" >&2
            echo "sudo is not installed. Install them as root (it asks for root's password), then run this again:" >&2
            echo "  su -c 'apt-get update && apt-get install --no-install-recommends ${missing[*]}'" >&2
            return 1
        fi
        as_root=(sudo)
        echo "Installing system packages with sudo (it may ask for your password): ${missing[*]}"
    else
        echo "Installing system packages: ${missing[*]}"
    fi
    local log
    log=$(mktemp "${TMPDIR:-/tmp}/vipps-desktop-apt.XXXXXX")
    # Other apt runs (unattended upgrades, another checkout's tests) hold the lock for a while.
    local wait_lock=(-o DPkg::Lock::Timeout=600)
    if "${as_root[@]}" apt-get "${wait_lock[@]}" update -q >"$log" 2>&1 \
        && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get "${wait_lock[@]}" install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
        rm -f "$log"
        return 0
    fi
    echo "apt-get failed. The end of its output (all of it: $(printf %q "$log")):" >&2
    tail -n 40 "$log" >&2
    return 1
}
