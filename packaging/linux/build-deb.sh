#!/usr/bin/env bash
# Build dist/vipps-desktop_<version>_<arch>.deb from the PyInstaller bundle (Debian 12).
#
#   bash packaging/linux/build-deb.sh             # builds dist/vipps-desktop/ first if missing
#   bash packaging/linux/build-deb.sh --rebuild   # always rebuild the bundle first
#
# Layout: the bundle in /usr/lib/vipps-desktop (Debian's place for a package's private tree;
# never /opt: no package owns /opt, so a package that ships it removes an empty /opt on
# `dpkg -r`), /usr/bin/vipps-desktop (a symlink), the .desktop
# entry, the icon in the hicolor theme (SVG plus PNGs rendered now from the SVG), AppStream
# metainfo, /usr/share/doc/vipps-desktop/copyright. No maintainer scripts: the hicolor and
# desktop-database caches are refreshed by dpkg triggers, and `dpkg -r` leaves nothing behind.
#
# Before packing it checks: desktop-file-validate, appstreamcli validate, the metainfo lists
# this version, every library the bundle needs from the system is covered by Depends, and no
# binary needs a newer glibc than Depends promises. Any failure stops the build.
#
# Environment:
#   DEB_COMPRESSION   zstd (default), gzip, xz or none; DEB_LEVEL its level (default 9)
#   DEB_MAINTAINER    the Maintainer field
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=packaging/linux
APP=vipps-desktop
APPID=no.vippsdesktop.vippsdesktop
BUNDLE=dist/$APP
STAGE=build/deb/root
LIBDIR=usr/lib/$APP  # the bundle, relative to /
# zstd -9: 38 MB packed in ~2 s, unpacked by dpkg in 0.3 s. xz: 31 MB but ~30 s to pack and
# 4x slower to unpack; gzip -9: 42 MB in ~17 s. dpkg reads zstd since 1.21.18 (Debian 12,
# Ubuntu 21.10), older than anything libc6 >= 2.36 allows. docs/packaging.md has the figures.
COMPRESSION=${DEB_COMPRESSION:-zstd}
LEVEL=${DEB_LEVEL:-9}
MAINTAINER=${DEB_MAINTAINER:-vipps-desktop maintainers <maintainers@vipps-desktop.invalid>}
GLIBC_FLOOR=2.36  # Debian 12; the bundle is built and tested there

# What the bundle takes from the system (build.spec leaves every host library out of the
# bundle except the interpreter's own). The check below fails when one is missing here.
DEPENDS=(
    "libc6 (>= $GLIBC_FLOOR)" "libstdc++6 (>= 11)" libgcc-s1
    # Python's extension modules
    zlib1g libbz2-1.0 liblzma5 libzstd1 libffi8 libexpat1 libuuid1 libssl3
    # Qt: event loop, D-Bus (no GSSAPI or brotli: the bundle has no QtNetwork)
    libglib2.0-0 libdbus-1-3
    # Qt: fonts. Without a font every glyph is a box.
    libfontconfig1 fontconfig-config libfreetype6 fonts-dejavu-core
    # Qt: GL/EGL and the xcb platform plugin (X11, and XWayland on Wayland desktops)
    libgl1 libegl1 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    libxkbcommon0 libxkbcommon-x11-0
    # The Secret Service client (vipps_desktop/core/libsecret.py loads libsecret-1.so.0 with
    # ctypes, so no binary NEEDs it; the check below knows). 0.18: secret_collection_for_alias.
    "libsecret-1-0 (>= 0.18)"
)
# Loaded at run time with ctypes (dlopen), not linked: soname -> the package that has it.
DLOPENED=("libsecret-1.so.0 libsecret-1-0")
# A keychain to keep the Vipps keys in; xdg-open for the links the guide opens.
RECOMMENDS=(gnome-keyring xdg-utils)

rebuild=""
for arg in "$@"; do
    case "$arg" in
        --rebuild) rebuild=1 ;;
        *) echo "usage: $0 [--rebuild]" >&2; exit 2 ;;
    esac
done

fail() { echo "build-deb: $*" >&2; exit 1; }

start=$(date +%s)
. scripts/apt-packages.sh
apt_install dpkg binutils desktop-file-utils appstream

if [ -n "$rebuild" ] || [ ! -x "$BUNDLE/$APP" ]; then
    bash packaging/build-bundle.sh
fi
[ -x "$BUNDLE/$APP" ] || fail "no bundle at $BUNDLE"
[ -x build/venv/bin/python ] || fail "no build/venv (renders the icons): run packaging/build-bundle.sh"

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' vipps_desktop/__init__.py)
[ -n "$version" ] || fail "no __version__ in vipps_desktop/__init__.py"
# Python pre-releases sort before the release in Debian only with a tilde: 1.0rc1 -> 1.0~rc1.
deb_version=$(echo "$version" | sed -E 's/([0-9])(a|b|rc|\.dev)([0-9])/\1~\2\3/')
arch=$(dpkg --print-architecture)
out=dist/${APP}_${deb_version}_${arch}.deb

# -- checks on the metadata ---------------------------------------------------------------------
desktop-file-validate "$HERE/$APP.desktop" || fail "desktop-file-validate failed"
appstreamcli validate --pedantic --no-net "$HERE/$APPID.metainfo.xml" || fail "appstreamcli validate failed"
grep -q "<release version=\"$version\"" "$HERE/$APPID.metainfo.xml" \
    || fail "$HERE/$APPID.metainfo.xml has no <release version=\"$version\">: add it"

# -- stage --------------------------------------------------------------------------------------
umask 022
rm -rf build/deb
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/doc/$APP"
cp -a "$BUNDLE" "$STAGE/$LIBDIR"
ln -s "/$LIBDIR/$APP" "$STAGE/usr/bin/$APP"
install -m 644 "$HERE/$APP.desktop" "$STAGE/usr/share/applications/$APP.desktop"
install -m 644 "$HERE/$APPID.metainfo.xml" "$STAGE/usr/share/metainfo/$APPID.metainfo.xml"
# The exported setup's file type (issue 26); shared-mime-info's dpkg trigger updates the
# database, so no maintainer script is needed here either.
install -D -m 644 "$HERE/$APP-mime.xml" "$STAGE/usr/share/mime/packages/$APP.xml"
install -m 644 resources/icons/$APP.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP.svg"
QT_QPA_PLATFORM=offscreen build/venv/bin/python packaging/render_icons.py --png-dir build/deb/png
for png in build/deb/png/*.png; do
    size=$(basename "$png" .png)
    install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP.png"
done

# The app's licence in full, and the licences of what the bundle carries (from the build venv's
# package metadata), with pointers to the LGPL/GPL texts every Debian has in common-licenses.
{
    echo "$APP (Vipps Login Setup) $version"
    echo
    echo "License: MIT"
    sed 's/^$/./; s/^/ /' LICENSE
    echo
    echo "/$LIBDIR bundles, unmodified: the Python $(build/venv/bin/python -c 'import platform; print(platform.python_version())') interpreter (PSF-2.0);"
    echo " Qt 6 and PySide6/shiboken6 (LGPL-3.0-only: /usr/share/common-licenses/LGPL-3,"
    echo " which extends /usr/share/common-licenses/GPL-3; the Qt libraries in"
    echo " /$LIBDIR/_internal/PySide6/Qt/lib may be replaced by compatible builds; the"
    echo " sources are at https://download.qt.io/official_releases/qt/ and"
    echo " https://download.qt.io/official_releases/QtForPython/);"
    echo " ICU (Unicode-3.0); the PyInstaller bootloader (GPL-2.0-or-later with the"
    echo " bootloader exception: /usr/share/common-licenses/GPL-2); and these Python"
    echo " packages:"
    build/venv/bin/python - <<'EOF'
from importlib import metadata
skip = {"vipps-desktop", "pip", "setuptools", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging"}
for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
    name = dist.metadata["Name"]
    if name.lower() in skip:
        continue
    lic = dist.metadata.get("License-Expression") or ""
    if not lic:
        classifiers = [c.split(" :: ")[-1] for c in dist.metadata.get_all("Classifier") or []
                       if c.startswith("License ::")]
        lic = ", ".join(classifiers) or (dist.metadata.get("License") or "see its metadata")
    print(f" {name} {dist.version}: {lic.splitlines()[0][:100]}")
EOF
} >"$STAGE/usr/share/doc/$APP/copyright"

chmod -R u+rwX,go+rX,go-w "$STAGE"

# -- check: Depends covers every library the bundle needs from the system ------------------------
# shellcheck disable=SC2207
elfs=($(find "$STAGE/$LIBDIR" -type f -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;))
bundled=$(find "$STAGE/$LIBDIR" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u)
needed=$(for f in "${elfs[@]}"; do objdump -p "$f" | awk '/^ *NEEDED/ {print $2}'; done | sort -u)
depends_names=" $(printf '%s\n' "${DEPENDS[@]}" | sed 's/ *(.*//' | tr '\n' ' ') "
uncovered=""
used_packages=""
# (No early-exiting readers in pipes here: with pipefail, SIGPIPE would stop the script.)
cache=$(ldconfig -p)
while read -r soname; do
    [ -n "$soname" ] || continue
    path=$(awk -v s="$soname" '$1 == s && /x86-64|AArch64|aarch64/ && !found {print $NF; found=1}' <<<"$cache")
    [ -n "$path" ] || { uncovered+="  $soname (not found on this system)"$'\n'; continue; }
    pkg=""
    for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
        owner=$(dpkg -S "$candidate" 2>/dev/null || true)
        pkg=${owner%%:*}
        [ -n "$pkg" ] && break
    done
    if [ -z "$pkg" ]; then
        uncovered+="  $soname ($path: no package owns it)"$'\n'
    elif [[ "$depends_names" != *" $pkg "* ]]; then
        uncovered+="  $soname from $pkg"$'\n'
    fi
    used_packages+=" $pkg "
done < <(comm -23 <(echo "$needed") <(echo "$bundled"))
[ -z "$uncovered" ] || fail "the bundle needs libraries that Depends does not cover:"$'\n'"$uncovered"
# ...and Depends names no library package that nothing needs (fonts and config are data).
for entry in "${DLOPENED[@]}"; do
    read -r soname pkg <<<"$entry"
    grep -q "/$soname\$" <<<"$(dpkg -L "$pkg" 2>/dev/null)" \
        || fail "$pkg (in Depends for the app to dlopen $soname) does not have $soname here"
    used_packages+=" $pkg "
done
for name in $depends_names; do
    case "$name" in fontconfig-config|fonts-*) continue ;; esac
    [[ "$used_packages" == *" $name "* ]] || fail "Depends lists $name, but nothing in the bundle needs it"
done

glibc_needed=$(for f in "${elfs[@]}"; do objdump -T "$f" 2>/dev/null; done \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
if [ "$(printf '%s\n%s\n' "$glibc_needed" "$GLIBC_FLOOR" | sort -V | tail -1)" != "$GLIBC_FLOOR" ]; then
    fail "the bundle needs glibc $glibc_needed, newer than libc6 (>= $GLIBC_FLOOR)"
fi

# -- control ------------------------------------------------------------------------------------
join() { local IFS=,; local joined="$*"; echo "${joined//,/, }"; }
installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: $APP
Version: $deb_version
Architecture: $arch
Maintainer: $MAINTAINER
Installed-Size: $installed_kb
Depends: $(join "${DEPENDS[@]}")
Recommends: $(join "${RECOMMENDS[@]}")
Section: utils
Priority: optional
Description: Guides an admin through ordering Vipps Login for Criipto/Idura Verify
 Vipps Login Setup checks the organisation number and the production domain,
 shows and copies the callback URL, explains the Vipps order form field by
 field, and keeps the Vipps client ID and secret in the OS keychain (Secret
 Service, e.g. GNOME Keyring) only until they are saved in Criipto.
EOF

# -- pack ---------------------------------------------------------------------------------------
packed_start=$(date +%s)
rm -f "$out"
dpkg-deb --root-owner-group -Z"$COMPRESSION" -z"$LEVEL" --build "$STAGE" "$out" >/dev/null
end=$(date +%s)

echo "deb: $out $(( ($(stat -c %s "$out") + 524287) / 1048576 )) MB ($COMPRESSION -$LEVEL; $((installed_kb / 1024)) MB installed)"
echo "     Depends covers all $(comm -23 <(echo "$needed") <(echo "$bundled") | wc -l) system libraries; highest glibc symbol $glibc_needed"
echo "time: $((end - start)) s (packing $((end - packed_start)) s)"
