"""Command line: `vipps-desktop [--profile-dir DIR] [--lang nb|en]`."""

from __future__ import annotations

import argparse
import sys

from vipps_desktop import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="vipps-desktop",
        description="Guides you through ordering Vipps Login for Criipto/Idura Verify.",
    )
    parser.add_argument("--profile-dir", metavar="DIR",
                        help="keep all state and logs under DIR "
                             "(also: VIPPS_DESKTOP_PROFILE_DIR)")
    parser.add_argument("--lang", choices=("nb", "en"),
                        help="language of the app: nb (Norwegian Bokmål) or en (English); "
                             "remembered for next time")
    parser.add_argument("--scheme", choices=("system", "light", "dark"), default="system",
                        help="colour scheme; by default the system's")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation without opening a window, then exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Qt's own options (-platform, -style, …) pass through to QApplication.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.self_test:
        from vipps_desktop.ui.selftest import run_self_test

        return run_self_test()
    from vipps_desktop.core.paths import profile_dir
    from vipps_desktop.ui.app import run

    return run(profile_dir(args.profile_dir), [sys.argv[0], *argv], language=args.lang,
               scheme=args.scheme)


if __name__ == "__main__":
    sys.exit(main())
