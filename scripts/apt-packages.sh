# Debian 12 packages, sourced by install-app.sh and test.sh.
# Qt offscreen needs these (a bare Debian 12 has none of them):
QT_OFFSCREEN="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
# A real X11 window (xcb platform plugin) adds:
QT_XCB="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
# The app itself: a keychain (Secret Service) and a Python to make the venv with.
APP_EXTRA="python3 python3-venv gnome-keyring dbus-x11"
# Tests: private D-Bus + GNOME Keyring, Xvfb and xclip for the real clipboard, secret-tool,
# AT-SPI for the screen-reader test.
TEST_EXTRA="dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth xclip x11-utils at-spi2-core python3-pyatspi python3-gi gir1.2-atspi-2.0 desktop-file-utils appstream binutils libpython3.11"

apt_install() {
    # Install only what is missing, so a second run costs no network and no time.
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
