"""Start the app: `vipps-desktop [--profile-dir DIR] [--lang nb|en]` (options: cli.py), or
run the health check without a window: `vipps-desktop check ...` (check_command.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


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
        # Before anything of Qt, even the preload of its libraries: the command never needs it.
        from vipps_desktop.check_command import main as run_check

        return run_check(argv[1:])
    ensure_utf8_ctype()  # before Qt starts
    from vipps_desktop import qt_preload
    from vipps_desktop.core import startup_gc

    startup_gc.pause()  # until the first page is shown (ui/app.py)
    try:
        # First: everything below, up to the import of Qt, overlaps the loading of its
        # libraries on another core (a --help or --version only lets the thread be).
        qt_preload.start()
        from vipps_desktop.cli import parse_args

        args = parse_args(argv)
        if args.self_test:
            from vipps_desktop.ui.selftest import run_self_test

            return run_self_test()
        from vipps_desktop.core import content, logs, workspace  # noqa: F401
        from vipps_desktop.core.paths import ProfileCheck, profile_dir

        profile = profile_dir(args.profile_dir)
        check = ProfileCheck(profile)  # its disk writes overlap the import of Qt below
        qt_preload.import_ahead()  # and what PySide6's own import needs, while the loader works
        from vipps_desktop.ui.app import run

        return run(
            profile,
            [sys.argv[0], *argv],
            language=args.lang,
            scheme=args.scheme,
            check=check,
            open_file=args.open_file,
        )
    finally:
        startup_gc.resume()  # a start that never showed its window


if __name__ == "__main__":
    sys.exit(main())
