#!/usr/bin/env bash
# The application-menu entry of a source install, for the current user (no root needed):
#
#   bash scripts/menu-entry.sh install EXECUTABLE   # ~/.local/share/applications/vipps-desktop.desktop
#                                                   # and the icon in ~/.local/share/icons/hicolor
#   bash scripts/menu-entry.sh uninstall            # removes both
#
# install-app.sh calls it. The entry is the .deb's desktop file with Exec= pointing at
# EXECUTABLE, under the same desktop id (vipps-desktop.desktop, the app's desktopFileName), so
# desktops match the window to its launcher; in ~/.local/share it shadows the .deb's entry.
# Honours XDG_DATA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=vipps-desktop
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data_home/applications
icons=$data_home/icons/hicolor/scalable/apps

# EXECUTABLE as an Exec= value: quoted as the Desktop Entry spec asks when it holds a reserved
# character (spaces included), % doubled, then every backslash doubled again (the spec's
# string escape applies before its quoting rule).
desktop_exec() {
    local path=$1
    if [[ "$path" =~ [[:space:]\"\'\\\$\`\<\>\~\|\&\;\*\?\#\(\)] ]]; then
        path=${path//\\/\\\\}; path=${path//\"/\\\"}; path=${path//\`/\\\`}; path=${path//\$/\\\$}
        path="\"$path\""
    fi
    path=${path//%/%%}
    printf '%s' "${path//\\/\\\\}"
}

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$apps" ]; then
        update-desktop-database -q "$apps" 2>/dev/null || true
    fi
}

case "${1:-}" in
    install)
        [ $# -eq 2 ] || { echo "usage: $0 install EXECUTABLE" >&2; exit 2; }
        exe=$2
        mkdir -p "$apps" "$icons"
        install -m 644 "resources/icons/$APP.svg" "$icons/$APP.svg"
        exec_value=$(desktop_exec "$exe")
        # awk, not sed: the path may hold any character sed would read as syntax.
        EXEC_VALUE=$exec_value TRY_EXEC=${exe//\\/\\\\} awk '
            /^Exec=/ { print "Exec=" ENVIRON["EXEC_VALUE"]; print "TryExec=" ENVIRON["TRY_EXEC"]; next }
            { print }' "packaging/linux/$APP.desktop" >"$apps/$APP.desktop.tmp"
        mv "$apps/$APP.desktop.tmp" "$apps/$APP.desktop"
        refresh
        echo "Menu entry: $(printf %q "$apps/$APP.desktop") (icon: $(printf %q "$icons/$APP.svg"))"
        ;;
    uninstall)
        [ $# -eq 1 ] || { echo "usage: $0 uninstall" >&2; exit 2; }
        rm -f "$apps/$APP.desktop" "$icons/$APP.svg"
        refresh
        echo "Removed the menu entry and its icon."
        ;;
    *)
        echo "usage: $0 install EXECUTABLE | uninstall" >&2
        exit 2
        ;;
esac
