#!/usr/bin/env bash
# The .deb on a fresh Debian 12, as a new user's machine has it: debootstrap a minimal system
# (variant minbase: an empty /opt that no package owns), install the .deb there with apt (so
# only its Depends come along), run the installed app's --self-test, remove and purge it, and
# check that every folder the fresh system had - /opt first - is still there.
#
#   sudo bash packaging/linux/fresh-debian-check.sh dist/vipps-desktop_0.1.0_amd64.deb
#
# Needs root and debootstrap (apt-get install debootstrap). The Debian mirror is the one this
# machine's apt uses (DEBIAN_MIRROR overrides it). About 2-4 minutes, most of it downloads; the
# log of every step is kept in $LOG (default: a file under /var/tmp, named at the end).
set -euo pipefail

deb=${1:?usage: fresh-debian-check.sh path/to/vipps-desktop_VERSION_ARCH.deb}
deb=$(readlink -f "$deb")
[ -f "$deb" ] || { echo "no such file: $deb" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }

host_mirror() {
    # The first Debian URI in this machine's apt sources (deb822 or one-line format).
    local uri
    uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | awk '{print $2}' | grep -v security | head -n 1 || true)
    [ -n "$uri" ] || uri=$(grep -hsE '^deb ' /etc/apt/sources.list 2>/dev/null \
        | awk '{print $2}' | grep -v security | head -n 1 || true)
    printf '%s' "$uri"
}
mirror=${DEBIAN_MIRROR:-$(host_mirror)}
[ -n "$mirror" ] || { echo "no Debian mirror found in /etc/apt: set DEBIAN_MIRROR" >&2; exit 2; }

root=$(mktemp -d /var/tmp/fresh-debian.XXXXXX)
LOG=${LOG:-$root.log}
: > "$LOG"
cleanup() {
    for m in dev/pts dev proc sys; do
        mountpoint -q "$root/$m" && umount -l "$root/$m"
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

step() { printf '== %s\n' "$*"; printf '\n== %s\n' "$*" >>"$LOG"; }
run() {
    if ! "$@" >>"$LOG" 2>&1; then
        echo "FAILED: $*" >&2
        tail -n 40 "$LOG" >&2
        echo "(whole log: $(printf %q "$LOG"))" >&2
        exit 1
    fi
}
in_root() { run chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }

started=$(date +%s)
step "debootstrap bookworm (minbase)"
run debootstrap --variant=minbase bookworm "$root" "$mirror"
for m in proc sys dev dev/pts; do
    mkdir -p "$root/$m"
    case $m in
        proc) mount -t proc proc "$root/proc" ;;
        sys) mount -t sysfs sys "$root/sys" ;;
        *) mount --bind "/$m" "$root/$m" ;;
    esac
done
test -d "$root/opt" || { echo "the fresh system has no /opt: cannot check" >&2; exit 1; }
[ -z "$(ls -A "$root/opt")" ] || { echo "/opt is not empty on the fresh system" >&2; exit 1; }
folders_before=$(cd "$root" && find . -xdev -type d \
    -not -path './proc*' -not -path './sys*' -not -path './dev*' -not -path './tmp*' \
    -not -path './var/cache*' -not -path './var/lib/apt*' -not -path './var/log*' | sort)

step "apt-get install ./$(basename "$deb") (Depends only, no Recommends)"
cp "$deb" "$root/tmp/"
in_root apt-get update
in_root apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")"
# shellcheck disable=SC2016  # ${Installed-Size} is dpkg-query's field syntax, not the shell's
installed=$(( $(chroot "$root" dpkg-query -W -f='${Installed-Size}' vipps-desktop) / 1024 ))

step "libsecret is there for the app to load (Depends: libsecret-1-0; ctypes, not linked)"
grep -q "libsecret-1.so.0 (" <<<"$(chroot "$root" /sbin/ldconfig -p)" \
    || { echo "libsecret-1.so.0 is not installed in the fresh system" >&2; exit 1; }

step "vipps-desktop --self-test"
self_test=$(chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp /usr/bin/vipps-desktop --self-test 2>&1) || {
    echo "$self_test" >&2
    echo "self-test FAILED in the fresh system" >&2
    exit 1
}
printf '%s\n' "$self_test" | tee -a "$LOG" | sed 's/^/   /'
# core/libsecret.py warns when it cannot load libsecret (the frozen app's only way to the
# Secret Service on Linux); there is no keychain here, but the library must load.
if grep -q "libsecret-1.so.0 cannot be loaded" <<<"$self_test"; then
    echo "the installed app cannot load libsecret in the fresh system" >&2
    exit 1
fi

step "apt-get remove, then purge"
in_root apt-get remove -y vipps-desktop
in_root dpkg --purge vipps-desktop  # apt-get purge refuses a package already gone
[ ! -e "$root/usr/lib/vipps-desktop" ] || { echo "/usr/lib/vipps-desktop left behind" >&2; exit 1; }
[ ! -e "$root/usr/bin/vipps-desktop" ] || { echo "/usr/bin/vipps-desktop left behind" >&2; exit 1; }

step "every folder of the fresh system is still there"
missing=0
while IFS= read -r folder; do
    if [ ! -d "$root/$folder" ]; then
        echo "removed with the package: ${folder#.}" >&2
        missing=1
    fi
done <<<"$folders_before"
[ "$missing" = 0 ] || exit 1
test -d "$root/opt"

echo "fresh Debian 12: installed (${installed} MB), self-test ok, removed and purged;" \
     "/opt and every other folder still there ($(($(date +%s) - started)) s)"
