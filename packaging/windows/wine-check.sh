#!/usr/bin/env bash
# The real Windows app, proven under Wine: builds it (build-under-wine.sh), then checks the
# bundle and the installed app.
#
#   bash packaging/windows/wine-check.sh [--install-tools] [--reuse-build]
#
#   --install-tools   install Wine and the rest with apt when missing (root; .ci/run passes it)
#   --reuse-build     check dist/windows/ as it is, without building it again
#
# Without Wine (and without --install-tools) it says so and exits 0 having checked nothing:
# "wine-check: SKIPPED: <why>". Otherwise it exits 0 only when every check passed:
# - the bundle: no icuuc.dll stand-in, no opengl32sw.dll or Qt6Network.dll, every Qt, PySide,
#   Python and C++ runtime library a bundled file imports is bundled; the stand-in exports
#   every ICU function Qt6Core.dll imports;
# - the bundle, then the installed app, in a Wine prefix without Python: `--self-test` passes and
#   names Windows Credential Manager (keyring's WinVaultKeyring, on Wine's CredWrite/CredRead),
#   with no warning about another platform's keychain; the window comes up under Xvfb (found
#   with xdotool, screenshot in dist/windows/screenshots/), the installed one from its
#   Start-menu shortcut;
# - the console health check: the bundle's two programs are vipps-desktop.exe (Windows GUI
#   subsystem) and vipps-desktop-check.exe (console subsystem); the latter, in the bundle and
#   installed, prints the check's --help on stdout (the same text as the pip script
#   `vipps-desktop-check --help` on Linux: the help names the program it runs in) with status
#   0 and refuses an unknown option with status 64 on stderr, naming itself;
#   installed, it answers loopback stand-ins for Idura, Vipps and Brønnøysund with each exit
#   status (0 all OK, 1 a problem, 2 could not run, 64 a secret on the command line), as the
#   .deb's test does (tests/check_util.py);
# - the app's own keychain code (core/secrets.py, Windows Python in the build prefix): a secret
#   saved by one process is read by a second and deleted, and a third finds it gone;
# - the secret's clipboard marks: the app's clipboard service (ui/clipboard.py, Windows Python)
#   copies a secret; a second Windows-Python process lists the clipboard's formats and finds
#   ExcludeClipboardContentFromMonitorProcessing, CanIncludeInClipboardHistory = 0 and
#   CanUploadToCloudClipboard = 0 next to the text, and after the service's timeout no text;
# - the installer: per user (no administrator), files = the bundle, Start-menu shortcut,
#   uninstall entry, the .vippssetup association (issue 26); an upgrade (0.1.0, then the same
#   bundle as 0.1.1 over it) keeps the user's setups in %LOCALAPPDATA%\vipps-desktop unchanged
#   and leaves one install; the uninstaller leaves no file, shortcut or registry key of the
#   install (the user's data in %LOCALAPPDATA%\vipps-desktop stays, as the README says).
# Uses the repo's .venv (bash scripts/test.sh makes it) for the screenshots and the setups.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
OUT=$ROOT/dist/windows
fail() { echo "wine-check: FAILED: $*" >&2; exit 1; }
say() { echo "wine-check: $*"; }
t0=$(date +%s)

install_tools="" reuse=""
for arg in "$@"; do
    case "$arg" in
        --install-tools) install_tools=1 ;;
        --reuse-build) reuse=1 ;;
        *) echo "usage: $0 [--install-tools] [--reuse-build]" >&2; exit 2 ;;
    esac
done
if [ -z "$install_tools" ]; then
    for tool in wine wineboot wineserver; do
        command -v "$tool" >/dev/null 2>&1 || {
            say "SKIPPED: $tool is not installed (bash $0 --install-tools, as root: ~1.5 GB of Debian packages)"
            exit 0
        }
    done
    dpkg-query -W -f='${Status}' wine32:i386 2>/dev/null | grep -q "install ok installed" || {
        say "SKIPPED: wine32:i386 is not installed (ISCC.exe and the setup are 32-bit): bash $0 --install-tools"
        exit 0
    }
fi
[ -x "$PYTHON" ] || fail "no $PYTHON (bash scripts/test.sh makes it)"

if [ -z "$reuse" ] || [ ! -d "$OUT/vipps-desktop" ]; then
    bash packaging/windows/build-under-wine.sh ${install_tools:+--install-tools}
fi
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' vipps_desktop/__init__.py)
bundle=$OUT/vipps-desktop
setup=$OUT/vipps-desktop-$version-setup.exe
{ [ -f "$bundle/vipps-desktop.exe" ] && [ -f "$setup" ]; } || fail "no bundle or installer in $OUT"
# One scratch per checkout; CI (a fresh clone in a new folder each run) reuses one of its own.
key=$(printf %s "$ROOT" | sha256sum | cut -c1-12)
[ "${CI:-}" = true ] && key=ci
S=${VIPPS_WINE_DIR:-/var/tmp/vipps-desktop-wine/$key}
[ -d "$S/prefix-build/drive_c/venv" ] || fail "no build prefix in $S (build-under-wine.sh makes it)"
shots=$OUT/screenshots
rm -rf "$shots" "$S/run" "$S/prefix-run"
mkdir -p "$shots" "$S/run"

# -- the bundle, statically ---------------------------------------------------------------
for unwanted in icuuc.dll opengl32sw.dll Qt6Network.dll; do
    found=$(find "$bundle" -iname "$unwanted")
    [ -z "$found" ] || fail "$unwanted is in the bundle: $found"
done
imports() { objdump -p "$1" 2>/dev/null | sed -n 's/^\s*DLL Name: //p'; }
bundled=$(find "$bundle" -type f -printf '%f\n' | tr '[:upper:]' '[:lower:]' | sort -u)
missing=""
while IFS= read -r -d '' pe; do
    while IFS= read -r dll; do
        lower=$(tr '[:upper:]' '[:lower:]' <<<"$dll")
        case "$lower" in
            qt6*|pyside6*|shiboken6*|python3*|msvcp140*|vcruntime140*|libcrypto*|libssl*|libffi*)
                grep -qx "$lower" <<<"$bundled" || missing+="${pe#"$bundle"/} imports $dll"$'\n' ;;
        esac
    done < <(imports "$pe")
done < <(find "$bundle" -type f \( -iname '*.dll' -o -iname '*.pyd' -o -iname '*.exe' \) -print0)
[ -z "$missing" ] || fail "libraries imported but not bundled:"$'\n'"$missing"
qtcore_icu=$(objdump -p "$bundle/_internal/PySide6/Qt6Core.dll" \
    | awk '/DLL Name: icuuc/ {on=1; next} /DLL Name:/ {on=0} on && NF == 3 && $1 ~ /^[0-9a-f]+$/ {print $3}' | sort)
standin=$(objdump -p "$S/cache/icuuc.dll" | awk '/Ordinal\/Name Pointer/ {on=1; next} on && /\]/ {print $NF}' | sort)
absent=$(comm -23 <(echo "$qtcore_icu") <(echo "$standin"))
[ -z "$absent" ] || fail "Qt6Core.dll imports ICU functions the stand-in lacks (make-icuuc-standin.sh): $absent"
# Two programs: the windowed app and the console health check (build.spec).
programs=$(find "$bundle" -iname '*.exe' -printf '%P\n' | sort | tr '\n' ' ')
[ "$programs" = "vipps-desktop-check.exe vipps-desktop.exe " ] \
    || fail "the bundle's programs are not vipps-desktop.exe and vipps-desktop-check.exe: $programs"
subsystem() { objdump -p "$1" | sed -n 's/^Subsystem\s\+[0-9a-f]\+\s\+(\(.*\))$/\1/p'; }
[ "$(subsystem "$bundle/vipps-desktop.exe")" = "Windows GUI" ] \
    || fail "vipps-desktop.exe is not a windowed program: $(subsystem "$bundle/vipps-desktop.exe")"
[ "$(subsystem "$bundle/vipps-desktop-check.exe")" = "Windows CUI" ] \
    || fail "vipps-desktop-check.exe is not a console program: $(subsystem "$bundle/vipps-desktop-check.exe")"
say "bundle: $(find "$bundle" -type f | wc -l) files; no stand-in, opengl32sw.dll or Qt6Network.dll; every imported Qt/Python/runtime library bundled; vipps-desktop.exe (Windows GUI) and vipps-desktop-check.exe (Windows CUI)"

# -- Wine: a display, a prefix without Python ---------------------------------------------
export HOME=$S/home WINEARCH=win64 WINEDEBUG=-all \
    WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
unset PIP_FIND_LINKS PIP_CERT PIP_CONSTRAINT SSL_CERT_FILE SSL_CERT_DIR REQUESTS_CA_BUNDLE \
    QT_QPA_PLATFORM PYTHONPATH PYTHONHOME VIRTUAL_ENV
run_win() { "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
last() { tail -n 1 "$1" | tr -d '\r'; }  # a Windows program's last line, without its CR
display=""
for n in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=$n; break; }
done
[ -n "$display" ] || fail "no free X display number"
Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() {
    WINEPREFIX=$S/prefix-run wineserver -k >/dev/null 2>&1 || true
    WINEPREFIX=$S/prefix-build wineserver -k >/dev/null 2>&1 || true
    kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$S/prefix-run"
}
trap cleanup EXIT
export DISPLAY=:$display
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.2; done

in_prefix() { WINEPREFIX=$1; export WINEPREFIX; }
winpath() { winepath -w "$1" 2>/dev/null; }

# The upgrade's newer installer (the same bundle as 0.1.1), compiled in the build prefix while
# the checks below run.
newer=$S/run/newer
mkdir -p "$newer"
(
    in_prefix "$S/prefix-build"
    run_win wine "$S/cache/innosetup-6.4.1/package/bin/ISCC.exe" /Q /DAppVersion=0.1.1 \
        /DAppNumericVersion=0.1.1 /DCompression=lzma2/fast \
        "/DSourceDir=$(winpath "$bundle")" "/DIconFile=$(winpath "$OUT/vipps-desktop.ico")" \
        '/DInstallRoot={localappdata}\Programs' "/O$(winpath "$newer")" \
        "$(winpath "$ROOT/packaging/windows/vipps-desktop.iss")" >"$S/run/iscc-newer.log" || true
) &
iscc_newer=$!
in_prefix "$S/prefix-run"
wineboot -i >/dev/null 2>&1
wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d x11 /f >/dev/null 2>&1
wineserver -w
cp "$S/cache/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
localappdata=$(wine cmd /c echo %LOCALAPPDATA% 2>/dev/null | tr -d '\r')
appdata=$(wine cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')
app_dir=$(winepath -u "$localappdata\\Programs\\Vipps Login Setup" 2>/dev/null)
data_dir=$(winepath -u "$localappdata\\vipps-desktop" 2>/dev/null)
menu=$(winepath -u "$appdata\\Microsoft\\Windows\\Start Menu\\Programs" 2>/dev/null)
say "run prefix ready (no Python in it), X display :$display"

self_test() {  # self_test EXE NAME: --self-test passes, names Credential Manager, no stray warning
    local out=$S/run/selftest-$2.txt
    QT_QPA_PLATFORM=offscreen run_win wine "$1" --self-test >"$out" \
        || { cat "$out" >&2; fail "$2: --self-test failed"; }
    grep -q '^self-test ok' "$out" || { cat "$out" >&2; fail "$2: no 'self-test ok'"; }
    grep -q '^keychain: Windows Credential Manager \[keyring.backends.Windows.WinVaultKeyring\]' "$out" \
        || { cat "$out" >&2; fail "$2: the self-test does not name Windows Credential Manager"; }
    grep -q '^keychain: a test entry was saved and deleted' "$out" \
        || { cat "$out" >&2; fail "$2: no test entry saved and deleted in Credential Manager"; }
    ! grep -qiE 'libsecret|cannot be loaded|Traceback' "$out" \
        || { cat "$out" >&2; fail "$2: the self-test warns about another platform or fails inside"; }
    say "$2: --self-test ok: $(grep '^keychain: Windows' "$out")"
}

# run_win_out FILE CMD...: the program's stdout into FILE and its stderr on ours, each through a
# pipe (never a file: see run_win); returns the program's exit status.
run_win_out() {
    local file=$1
    shift
    { "$@" | cat >"$file"; exit "${PIPESTATUS[0]}"; } 2>&1 | cat
    return "${PIPESTATUS[0]}"
}
# What the console program's --help prints on Linux (check_command.program_name: run as
# vipps-desktop-check), for the Windows one to match.
COLUMNS=80 "$PYTHON" -c 'import sys; sys.argv[0] = "vipps-desktop-check"
from vipps_desktop.check_command import main; sys.exit(main())' --help >"$S/run/check-help-linux.txt"
console_check() {  # console_check EXE NAME: --help on stdout with 0, an unknown option 64 on stderr
    local out=$S/run/check-$2 status=0
    COLUMNS=80 run_win_out "$out-help.txt" wine "$1" --help >"$out-help.err" || status=$?
    [ "$status" = 0 ] || { cat "$out-help.txt" "$out-help.err" >&2; fail "$2: vipps-desktop-check.exe --help exited $status"; }
    diff <(tr -d '\r' <"$out-help.txt") "$S/run/check-help-linux.txt" >"$out-help.diff" \
        || { cat "$out-help.diff" "$out-help.err" >&2; fail "$2: vipps-desktop-check.exe --help did not print the check's usage on stdout"; }
    status=0
    run_win_out "$out-usage.txt" wine "$1" --no-such-option >"$out-usage.err" || status=$?
    [ "$status" = 64 ] || { cat "$out-usage.txt" "$out-usage.err" >&2; fail "$2: an unknown option exited $status, not 64"; }
    [ ! -s "$out-usage.txt" ] || { cat "$out-usage.txt" >&2; fail "$2: the usage error went to stdout"; }
    grep -q '^vipps-desktop-check: unknown options: --no-such-option' "$out-usage.err" \
        || { cat "$out-usage.err" >&2; fail "$2: the usage error does not name the unknown option on stderr"; }
    say "$2: vipps-desktop-check.exe --help: the check's usage on stdout, status 0; --no-such-option: status 64, \"$(head -n 1 "$out-usage.err" | tr -d '\r')\" on stderr"
}

window() {  # window NAME CMD...: the window comes up; screenshot; then the app is ended
    local name=$1 wid="" app
    shift
    ("$@" 2>&1 | cat >"$S/run/window-$name.log") &
    app=$!
    for _ in $(seq 120); do
        wid=$(xdotool search --onlyvisible --name 'Vipps' 2>/dev/null | head -1) && [ -n "$wid" ] && break
        sleep 1
    done
    [ -n "$wid" ] || { cat "$S/run/window-$name.log" >&2; fail "$name: no window came up in 120 s"; }
    sleep 4  # the first paint, the fonts
    QT_QPA_PLATFORM=xcb "$PYTHON" - "$wid" "$shots/$name.png" <<'EOF'
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = app.primaryScreen().grabWindow(int(sys.argv[1])).toImage()
assert image.width() > 400 and image.height() > 300, image.size()
# A window that painted: more than a couple of colours.
colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
assert len(colours) > 8, f"the window looks empty ({len(colours)} colours)"
assert image.save(sys.argv[2])
EOF
    say "$name: window \"$(xdotool getwindowname "$wid")\" came up: $shots/$name.png"
    wineserver -k 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    # Killed, the app leaves its profile's lock behind, and the restarted wineserver hands out
    # the same process ids again: the next start would find a live pid in that lock, ask it to
    # come forward, get no answer and say the app is already running (seen in 1 of 4 runs).
    # (Closing by WM_CLOSE with taskkill did not close the window under Wine 8.)
    find "$WINEPREFIX/drive_c" -name instance.lock -type f -delete 2>/dev/null || true
}

# -- the bundle, run --------------------------------------------------------------------------
rm -rf "$S/run/bundle"
cp -a "$bundle" "$S/run/bundle"
bundle_exe=$(winepath -w "$S/run/bundle/vipps-desktop.exe")
self_test "$bundle_exe" bundle
console_check "$(winepath -w "$S/run/bundle/vipps-desktop-check.exe")" bundle
window bundle-en wine "$bundle_exe" --profile-dir 'C:\profile-en' --lang en
window bundle-nb wine "$bundle_exe" --profile-dir 'C:\profile-nb' --lang nb

# -- the app's keychain code across processes, its clipboard marks (Windows Python) ----------
in_prefix "$S/prefix-build"
wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d x11 /f >/dev/null 2>&1
wpy() { run_win wine 'C:\venv\Scripts\python.exe' "$@"; }
# In the build's copy of this checkout (C:\src; with --reuse-build, the app's code as last built).
cp packaging/windows/probes.py "$WINEPREFIX/drive_c/src/packaging/windows/probes.py"
probes='C:\src\packaging\windows\probes.py'
label="wine-check-$$-$RANDOM"
secret="Zq9$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')="
wpy "$probes" keychain-save "$label" "$secret" >"$S/run/keychain-1.txt" \
    || { cat "$S/run/keychain-1.txt" >&2; fail "keychain: the first process could not save"; }
wpy "$probes" keychain-read-delete "$label" "$secret" >"$S/run/keychain-2.txt" \
    || { cat "$S/run/keychain-2.txt" >&2; fail "keychain: the second process did not read it back and delete it"; }
wpy "$probes" keychain-gone "$label" >"$S/run/keychain-3.txt" \
    || { cat "$S/run/keychain-3.txt" >&2; fail "keychain: the entry is still there"; }
say "keychain: $(last "$S/run/keychain-1.txt"); $(last "$S/run/keychain-2.txt"); $(last "$S/run/keychain-3.txt")"

clear_after=6
done_flag=$WINEPREFIX/drive_c/probe-done
rm -f "$done_flag"
(wpy "$probes" clipboard-copy "$secret" "$clear_after" 'C:\probe-done' >"$S/run/copy.txt") &
copier=$!
for _ in $(seq 90); do grep -q '^copied' "$S/run/copy.txt" 2>/dev/null && break; sleep 1; done
grep -q '^copied' "$S/run/copy.txt" || { cat "$S/run/copy.txt" >&2; fail "clipboard: the app's service copied nothing"; }
wpy "$probes" clipboard-marks "$secret" >"$S/run/marks.txt" \
    || { cat "$S/run/marks.txt" "$S/run/copy.txt" >&2; fail "clipboard: the secret's marks are not on the Windows clipboard"; }
grep '^format' "$S/run/marks.txt" | sed 's/^/wine-check:   /'
for _ in $(seq $((clear_after + 30))); do grep -q '^the service cleared' "$S/run/copy.txt" && break; sleep 1; done
grep -q '^the service cleared' "$S/run/copy.txt" \
    || { cat "$S/run/copy.txt" >&2; fail "clipboard: the service did not clear the secret after ${clear_after} s"; }
# While the copying process still runs: the clipboard is empty, not merely given up at exit.
wpy "$probes" clipboard-empty >"$S/run/empty.txt" \
    || { cat "$S/run/empty.txt" >&2; fail "clipboard: the secret is still on the clipboard after the timeout"; }
touch "$done_flag"
wait "$copier" || { cat "$S/run/copy.txt" >&2; fail "clipboard: the copying process failed"; }
say "clipboard: $(last "$S/run/marks.txt"); $(last "$S/run/copy.txt"); $(last "$S/run/empty.txt")"
wait "$iscc_newer" || true
wineserver -k 2>/dev/null || true

# -- install, upgrade, uninstall --------------------------------------------------------------
in_prefix "$S/prefix-run"
install() {  # install SETUP LOGNAME
    run_win wine "$1" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$S/run/$2.log")" >/dev/null || true
    wineserver -w
    [ -f "$S/run/$2.log" ] || fail "$2: setup wrote no log"
    grep -q "Installation process succeeded" "$S/run/$2.log" || { cat "$S/run/$2.log" >&2; fail "$2: setup did not succeed"; }
    grep -qi "Administrative install mode: No\|Non administrative install mode" "$S/run/$2.log" \
        || { grep -i "install mode" "$S/run/$2.log" >&2; fail "$2: not a per-user (non-administrative) install"; }
}
expected=$(cd "$bundle" && find . -type f | sed 's|^\./||' | sort)
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{BD2FAD85-7687-4D22-A453-9F3C67163E13}_is1'
class_key='HKCU\Software\Classes\VippsDesktop.Setup'
check_installed() {  # check_installed VERSION
    local installed
    installed=$(cd "$app_dir" && find . -type f ! -name 'unins000.*' | sed 's|^\./||' | sort)
    [ "$installed" = "$expected" ] || fail "installed files differ from the bundle:"$'\n'"$(diff <(echo "$expected") <(echo "$installed") | head -20)"
    [ "$(find "$app_dir" -maxdepth 1 -name 'unins*.exe' | wc -l)" = 1 ] || fail "not one uninstaller: $(ls "$app_dir")"
    [ -f "$menu/Vipps Login Setup.lnk" ] || fail "no Start-menu shortcut in $menu"
    wine reg query "$uninstall_key" /v DisplayVersion 2>/dev/null | grep -q "$1" \
        || fail "no per-user uninstall entry for $1 ($uninstall_key)"
    # An exported setup (.vippssetup, issue 26) opens with the app, its path as the one argument.
    wine reg query 'HKCU\Software\Classes\.vippssetup' /ve 2>/dev/null | grep -q "VippsDesktop.Setup" \
        || fail "no .vippssetup association"
    wine reg query "$class_key\shell\open\command" /ve 2>/dev/null | grep -qF 'vipps-desktop.exe" "%1"' \
        || fail "the association's open command does not pass the file to the app"
}

install "$setup" "setup-$version"
check_installed "$version"
say "installed $version per user in $app_dir: $(echo "$expected" | wc -l) files, Start-menu shortcut, uninstall entry, .vippssetup association"
self_test "$(winpath "$app_dir/vipps-desktop.exe")" installed
console_check "$(winpath "$app_dir/vipps-desktop-check.exe")" installed
# The installed console program against loopback stand-ins, once for each exit status.
"$PYTHON" - "$(winpath "$app_dir/vipps-desktop-check.exe")" <<'EOF'
import sys
from pathlib import Path

import pytest

sys.path[:0] = ["tests"]
from check_util import assert_every_status, exit_statuses

monkeypatch = pytest.MonkeyPatch()
try:
    seen = exit_statuses(["wine", sys.argv[1]], monkeypatch, Path("C:/check-profile"))
finally:
    monkeypatch.undo()
assert_every_status(seen)
print("wine-check: installed: vipps-desktop-check.exe against loopback servers:",
      "; ".join(f"{case} {status}" for case, (status, _) in seen.items()))
EOF
# The user's setups, where the installed app keeps them (%LOCALAPPDATA%\vipps-desktop), made by
# the app's own core code.
"$PYTHON" - "$data_dir" <<'EOF'
import sys
from pathlib import Path
from vipps_desktop.core.workspace import Workspace
workspace = Workspace(Path(sys.argv[1]))
for domain, org in (("acme.idura.broker", "923609016"), ("nordlys.idura.broker", "974760673")):
    workspace.new_setup()
    workspace.set("domain", domain)
    workspace.set("org_number", org)
print("wine-check:", len(workspace.setups()), "setups made in", sys.argv[1])
EOF
window installed-start-menu wine start /unix "$menu/Vipps Login Setup.lnk"
before=$(cd "$data_dir" && find . -type f -path './setups/*' -exec sha256sum {} + | sort)
[ "$(grep -c . <<<"$before")" = 2 ] || fail "the setups were not written to $data_dir/setups"

in_prefix "$S/prefix-run"
[ -f "$newer/vipps-desktop-0.1.1-setup.exe" ] || { cat "$S/run/iscc-newer.log" >&2; fail "no 0.1.1 installer"; }
install "$newer/vipps-desktop-0.1.1-setup.exe" setup-0.1.1
check_installed 0.1.1
after=$(cd "$data_dir" && find . -type f -path './setups/*' -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || fail "the upgrade changed the user's setups:"$'\n'"$(diff <(echo "$before") <(echo "$after"))"
self_test "$(winpath "$app_dir/vipps-desktop.exe")" upgraded
window upgraded wine start /unix "$menu/Vipps Login Setup.lnk"
say "upgraded to 0.1.1 over $version: one install, the user's 2 setups in $data_dir unchanged"

run_win wine "$app_dir/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART >/dev/null || true
wineserver -w
for _ in $(seq 30); do [ -e "$app_dir" ] || break; sleep 1; done
[ ! -e "$app_dir" ] || fail "uninstall left $(find "$app_dir" | head -5)"
[ ! -e "$menu/Vipps Login Setup.lnk" ] || fail "uninstall left the Start-menu shortcut"
if wine reg query "$uninstall_key" >/dev/null 2>&1; then fail "uninstall left its registry entry"; fi
if wine reg query 'HKCU\Software\vipps-desktop' >/dev/null 2>&1; then fail "a registry key HKCU\\Software\\vipps-desktop is left"; fi
if wine reg query "$class_key" >/dev/null 2>&1 \
    || wine reg query 'HKCU\Software\Classes\.vippssetup' >/dev/null 2>&1; then
    fail "uninstall left the .vippssetup association"
fi
leftover=$(grep -rl "Vipps Login Setup" "$WINEPREFIX/drive_c/users" 2>/dev/null | grep -v "^$data_dir/" || true)
[ -z "$leftover" ] || fail "uninstall left files that name the app: $leftover"
[ -d "$data_dir/setups" ] || fail "uninstall removed the user's setups"
say "uninstalled: no files, no shortcut, no registry key (uninstall entry, .vippssetup association) left; the user's setups stay in $data_dir"
say "ok ($(( $(date +%s) - t0 )) s)"
