#!/usr/bin/env bash
# Compiles a stand-in for Windows' icuuc.dll, for a Wine prefix only:
#
#   bash packaging/windows/make-icuuc-standin.sh OUT.dll
#
# Qt 6.11's Qt6Core.dll imports ucnv_* from icuuc.dll, a system DLL since Windows 10 1703 that
# Wine 8 (Debian 12) does not have: without it every Qt program under Wine stops with
# "Library Qt6Core.dll ... not found" (status c0000135). In this stand-in every ICU converter
# "does not exist" (ucnv_open fails with U_FILE_ACCESS_ERROR); Qt's own UTF-8/16/32, Latin-1 and
# code-page converters never reach ICU. It belongs in the prefix's C:\windows\system32, never in
# the app's bundle (build-under-wine.sh checks): on Windows the system's real one is used.
# The function list is `objdump -p Qt6Core.dll`'s imports from icuuc.dll: re-check it when
# PySide6 moves (wine-check.sh fails if Qt6Core.dll imports one that is not here).
set -euo pipefail
out=${1:?usage: $0 OUT.dll}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
    echo '__declspec(dllexport) void *ucnv_open(const char *n, int *e) { (void)n; if (e && *e <= 0) *e = 4; return 0; }'
    for f in ucnv_close ucnv_reset ucnv_getMaxCharSize ucnv_getName ucnv_getToUCallBack \
        ucnv_getFromUCallBack ucnv_setToUCallBack ucnv_setFromUCallBack ucnv_cbToUWriteUChars \
        ucnv_cbFromUWriteUChars ucnv_toUnicode ucnv_fromUnicode ucnv_toUCountPending \
        ucnv_fromUCountPending ucnv_getStandardName ucnv_getAvailableName ucnv_countAvailable \
        UCNV_FROM_U_CALLBACK_SUBSTITUTE UCNV_TO_U_CALLBACK_SUBSTITUTE; do
        echo "__declspec(dllexport) long long $f(void) { return 0; }"
    done
} >"$tmp/icuuc.c"
x86_64-w64-mingw32-gcc -O2 -shared -nostdlib -Wl,--entry,0 -o "$out" "$tmp/icuuc.c"
