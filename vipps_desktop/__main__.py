"""Start the app: `vipps-desktop [--profile-dir DIR] [--lang nb|en]` (options: cli.py; the start
sequence: startup/launch.py), or run the health check without a window: `vipps-desktop check
...` (check_command.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

from vipps_desktop.startup.launch import launch


def ensure_utf8_ctype(environ: MutableMapping[str, str] | None = None) -> bool:
    """Give Qt a UTF-8 character type when the locale is C/POSIX (no LANG, e.g. a service or a
    bare system). Qt then switches by itself but prints a 4-line warning on every start; the
    interpreter's own C-locale coercion (PEP 538) does not run in the frozen app. Only LC_CTYPE
    changes: messages, numbers and dates stay as the user set them. True if it changed."""
    environ = os.environ if environ is None else environ
    if sys.platform == "win32":
        return False  # Qt uses the Windows code page APIs, not the C locale
    lc_all = environ.get("LC_ALL", "")
    effective = lc_all or environ.get("LC_CTYPE", "") or environ.get("LANG", "")
    if effective not in ("", "C", "POSIX"):
        return False
    if lc_all:
        environ["LC_ALL"] = "C.UTF-8"  # LC_ALL overrides LC_CTYPE: it was C or POSIX
    else:
        environ["LC_CTYPE"] = "C.UTF-8"
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["check"]:
        # The health check without a window: nothing of Qt, not even the preload of its libraries.
        from vipps_desktop.check_command import main as run_check

        return run_check(argv[1:])
    ensure_utf8_ctype()  # before Qt starts
    return launch(argv)


if __name__ == "__main__":
    sys.exit(main())
