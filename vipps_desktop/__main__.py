"""Command line: `vipps-desktop [--profile-dir DIR] [--lang nb|en]`."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, NamedTuple

from vipps_desktop import __version__

if TYPE_CHECKING:
    import argparse


class Options(NamedTuple):
    """The command line's options; the defaults are the parser's (tests/bench)."""

    profile_dir: str | None = None
    lang: str | None = None
    scheme: str = "system"
    self_test: bool = False


def parse_args(argv: list[str]) -> Options:
    if not argv:
        # The desktop launcher's start (Exec=vipps-desktop): the defaults, without building
        # the parser (~3 ms before the first paint, docs/performance.md). argparse itself is
        # imported by PySide6's signature support all the same.
        return Options()
    # Qt's own options (-platform, -style, …) pass through to QApplication.
    args, _qt_args = make_parser().parse_known_args(argv)
    return Options(args.profile_dir, args.lang, args.scheme, args.self_test)


def make_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="vipps-desktop",
        description="Guides you through ordering Vipps Login for Criipto/Idura Verify.",
    )
    parser.add_argument(
        "--profile-dir",
        metavar="DIR",
        help="keep all state and logs under DIR (also: VIPPS_DESKTOP_PROFILE_DIR)",
    )
    parser.add_argument(
        "--lang",
        choices=("nb", "en"),
        help="language of the app: nb (Norwegian Bokmål) or en (English); remembered for next time",
    )
    parser.add_argument(
        "--scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="colour scheme; by default the system's",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation without opening a window, then exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


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
    ensure_utf8_ctype()  # before Qt starts
    args = parse_args(argv)
    if args.self_test:
        from vipps_desktop.ui.selftest import run_self_test

        return run_self_test()
    from vipps_desktop.core import startup_gc

    startup_gc.pause()  # until the first page is shown (ui/app.py)
    try:
        from vipps_desktop import qt_preload

        qt_preload.start()  # Qt's libraries load on another core while these are imported:
        from vipps_desktop.core import content, logs, workspace  # noqa: F401
        from vipps_desktop.core.paths import ProfileCheck, profile_dir

        profile = profile_dir(args.profile_dir)
        check = ProfileCheck(profile)  # its disk writes overlap the import of Qt below
        from vipps_desktop.ui.app import run

        return run(
            profile, [sys.argv[0], *argv], language=args.lang, scheme=args.scheme, check=check
        )
    finally:
        startup_gc.resume()  # a start that never showed its window


if __name__ == "__main__":
    sys.exit(main())
