#!/usr/bin/env bash
# The README's steps on a fresh Debian 12, as a new user meets them: get the code (a git
# bundle of this checkout's HEAD, cloned as "Get the code" says), `bash scripts/install-app.sh
# --run`, then `bash scripts/test.sh`, either as root with the clone in /root (mode 700), or
# as an ordinary user with sudo, the clone in a home folder made by adduser.
#
#   sudo bash packaging/linux/fresh-debian-readme-check.sh root DIR
#   sudo bash packaging/linux/fresh-debian-readme-check.sh user DIR
#
# DIR is a debootstrap'd Debian 12 (variant minbase), made there if missing and kept, so the
# check can be run again (each run clones afresh; what apt installed stays). Needs root and
# debootstrap; the Debian mirror is the one this machine's apt uses (DEBIAN_MIRROR overrides
# it). Prints each step's time and exit status; the whole output goes to DIR.<who>.log. The
# test suite alone takes several minutes of both cores.
# shellcheck disable=SC2317  # the functions are called through step and trap
set -euo pipefail

who=${1:-}
dir=${2:-}
case "$who" in root | user) ;; *) echo "usage: $0 root|user DIR" >&2; exit 2 ;; esac
[ -n "$dir" ] || { echo "usage: $0 root|user DIR" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "needs root (debootstrap, chroot)" >&2; exit 2; }
cd "$(dirname "$0")/../.."
checkout=$PWD
dir=$(readlink -m "$dir")
log=$dir.$who.log
: >"$log"

host_mirror() {  # as in fresh-debian-check.sh
    local uri
    uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | awk '{print $2}' | grep -v security | head -n 1 || true)
    [ -n "$uri" ] || uri=$(grep -hsE '^deb ' /etc/apt/sources.list 2>/dev/null \
        | awk '{print $2}' | grep -v security | head -n 1 || true)
    printf '%s' "$uri"
}

step() {  # step NAME COMMAND...: run it, print its time and status (output to the log)
    local name=$1 started status
    shift
    printf '\n== %s\n' "$name" >>"$log"
    started=$(date +%s)
    set +e
    "$@" >>"$log" 2>&1
    status=$?
    set -e
    printf '%-44s exit %s, %s s\n' "$name" "$status" "$(($(date +%s) - started))" | tee -a "$log"
    return "$status"
}

if [ ! -d "$dir/etc" ]; then
    mirror=${DEBIAN_MIRROR:-$(host_mirror)}
    [ -n "$mirror" ] || { echo "no Debian mirror found in /etc/apt: set DEBIAN_MIRROR" >&2; exit 2; }
    command -v debootstrap >/dev/null || { echo "needs debootstrap" >&2; exit 2; }
    step "debootstrap bookworm (minbase)" debootstrap --variant=minbase bookworm "$dir" "$mirror"
fi
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" || true; done
}
trap cleanup EXIT
for m in proc sys dev dev/pts; do
    mkdir -p "$dir/$m"
    mountpoint -q "$dir/$m" && continue
    case $m in
        proc) mount -t proc proc "$dir/proc" ;;
        sys) mount -t sysfs sys "$dir/sys" ;;
        *) mount --bind "/$m" "$dir/$m" ;;
    esac
    mounted+=("$dir/$m")
done

path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
as_root() { chroot "$dir" env -i PATH="$path" HOME=/root TERM=dumb "$@"; }

# Where this machine reaches the network through a TLS-intercepting proxy, it trusts the
# proxy's CA (/usr/local/share/ca-certificates): so does the chroot, and so does pip (which
# otherwise uses its own list). Nothing to do on an ordinary machine.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$dir/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/"
    step "this machine's extra CAs" as_root bash -c \
        'apt-get update -q && apt-get install -y -q ca-certificates && update-ca-certificates'
    printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' >"$dir/etc/pip.conf"
fi

git -C "$checkout" bundle create "$dir/tmp/vipps-desktop.bundle" HEAD 2>>"$log"
commit=$(git -C "$checkout" rev-parse --short HEAD)
echo "checking $commit in $dir as $who (log: $log)"

if [ "$who" = root ]; then
    home=/root
    run_as() { as_root bash -c "$1"; }
    step "apt install git (Get the code, as root)" \
        as_root bash -c 'apt-get update -q && apt-get install -y -q git'
else
    home=/home/anna
    # An ordinary Debian user: made by adduser (its home folder mode is adduser's default),
    # in the sudo group, as the Debian installer makes the first user when root has no
    # password. No password to type here, so sudo does not ask for one.
    step "adduser anna, sudo (the system's setup)" as_root bash -c '
        apt-get update -q && apt-get install -y -q adduser sudo git \
        && { id anna >/dev/null 2>&1 || adduser --disabled-password --gecos "" anna; } \
        && adduser anna sudo \
        && echo "anna ALL=(ALL) NOPASSWD: ALL" >/etc/sudoers.d/anna && chmod 440 /etc/sudoers.d/anna'
    run_as() {
        chroot "$dir" runuser -u anna -- env -i PATH="$path" HOME="$home" USER=anna LOGNAME=anna \
            TERM=dumb bash -c "$1"
    }
fi
echo "home folder: $(stat -c '%A %U' "$dir$home")" | tee -a "$log"
step "git clone vipps-desktop.bundle" \
    run_as "cd && rm -rf vipps-desktop && git clone -q /tmp/vipps-desktop.bundle vipps-desktop"
status=0
step "bash scripts/install-app.sh --run" \
    run_as "cd ~/vipps-desktop && bash scripts/install-app.sh --run" || status=1
step "bash scripts/test.sh" run_as "cd ~/vipps-desktop && bash scripts/test.sh" || status=1
echo "pytest's summary:" | tee -a "$log"
grep -E '^(SKIPPED|FAILED|ERROR)|(passed|failed).* in [0-9]' "$log" | tail -n 40 || true
exit "$status"
