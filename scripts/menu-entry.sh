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
#
# Uninstall removes what install made and nothing else: the entry, the icon, and the folders
# install created for them (named in the entry itself, X-Vipps-Desktop-Made=, relative to the
# data folder) once they are empty. It says what it removed.
#
# The exported setup's file type (issue 26, *.vippssetup) is registered for the user too:
# packaging/linux/vipps-desktop-mime.xml in ~/.local/share/mime/packages, and the user's MIME
# database rebuilt with update-mime-database (shared-mime-info) when it is there. Uninstall
# removes the XML and rebuilds the database, or removes the database whole when install made
# the folder and no other type is left in it. No update-desktop-database: desktops read the
# entry's MimeType themselves, and running it only leaves a mimeinfo.cache behind.
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

made_key=X-Vipps-Desktop-Made
# The folders, shallowest first, that install may have to create.
folders=(icons icons/hicolor icons/hicolor/scalable icons/hicolor/scalable/apps applications mime mime/packages)
mime=$data_home/mime

made_before() {  # what an earlier install recorded in the entry (";"-separated)
    [ -f "$apps/$APP.desktop" ] || return 0
    sed -n "s/^$made_key=//p" "$apps/$APP.desktop" | tr ';' '\n' | grep -v '^$' || true
}

case "${1:-}" in
    install)
        [ $# -eq 2 ] || { echo "usage: $0 install EXECUTABLE" >&2; exit 2; }
        exe=$2
        made=$(made_before)
        for folder in "${folders[@]}"; do
            [ -d "$data_home/$folder" ] || made+=$'\n'$folder
        done
        made=$(grep -v '^$' <<<"$made" | sort -u | tr '\n' ';' || true)
        mkdir -p "$apps" "$icons" "$mime/packages"
        install -m 644 "resources/icons/$APP.svg" "$icons/$APP.svg"
        install -m 644 "packaging/linux/$APP-mime.xml" "$mime/packages/$APP.xml"
        if command -v update-mime-database >/dev/null 2>&1; then
            update-mime-database "$mime" >/dev/null 2>&1 || echo "update-mime-database failed: .vippssetup files may not open with the app" >&2
        fi
        exec_value=$(desktop_exec "$exe")
        # awk, not sed: the path may hold any character sed would read as syntax.
        EXEC_VALUE=$exec_value TRY_EXEC=${exe//\\/\\\\} MADE=$made KEY=$made_key awk '
            /^Exec=/ {
                print "Exec=" ENVIRON["EXEC_VALUE"] " %f"; print "TryExec=" ENVIRON["TRY_EXEC"]
                if (ENVIRON["MADE"] != "") print ENVIRON["KEY"] "=" ENVIRON["MADE"]
                next
            }
            { print }' "packaging/linux/$APP.desktop" >"$apps/$APP.desktop.tmp"
        mv "$apps/$APP.desktop.tmp" "$apps/$APP.desktop"
        echo "Menu entry: $(printf %q "$apps/$APP.desktop") (icon: $(printf %q "$icons/$APP.svg"))"
        ;;
    uninstall)
        [ $# -eq 1 ] || { echo "usage: $0 uninstall" >&2; exit 2; }
        made=$(made_before)
        removed=()
        for file in "$apps/$APP.desktop" "$icons/$APP.svg" "$mime/packages/$APP.xml"; do
            if [ -e "$file" ]; then
                rm -f "$file"
                removed+=("$file")
            fi
        done
        # Earlier versions ran update-desktop-database, which wrote a mimeinfo.cache listing
        # nothing (their entry declared no MIME types): gone with the entry, if it still lists
        # nothing.
        cache=$apps/mimeinfo.cache
        if [ ${#removed[@]} -gt 0 ] && [ -f "$cache" ] \
            && ! grep -qvxE '\[MIME Cache\]|[[:space:]]*' "$cache"; then
            rm -f "$cache"
            removed+=("$cache")
        fi
        # The user's MIME database without our type: rebuilt, or gone with the folder install
        # made for it once no other type is left in it (only what update-mime-database wrote).
        if [ -d "$mime" ] && [ ! -e "$mime/packages/$APP.xml" ]; then
            if grep -qxF mime <<<"$made" && { [ ! -d "$mime/packages" ] \
                || [ -z "$(ls -A "$mime/packages")" ]; }; then
                rm -rf "$mime"
                removed+=("$mime/")
            elif command -v update-mime-database >/dev/null 2>&1; then
                update-mime-database "$mime" >/dev/null 2>&1 || true
            fi
        fi
        # Deepest first; a folder that holds anything else stays.
        for ((i = ${#folders[@]} - 1; i >= 0; i--)); do
            folder=${folders[i]}
            if grep -qxF "$folder" <<<"$made" && rmdir "$data_home/$folder" 2>/dev/null; then
                removed+=("$data_home/$folder/")
            fi
        done
        if [ ${#removed[@]} -eq 0 ]; then
            echo "No menu entry to remove (none in $(printf %q "$apps"))."
        else
            echo "Removed:"
            printf '  %q\n' "${removed[@]}"
        fi
        ;;
    *)
        echo "usage: $0 install EXECUTABLE | uninstall" >&2
        exit 2
        ;;
esac
