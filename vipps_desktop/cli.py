"""The command line's options: `vipps-desktop [--profile-dir DIR] [--lang nb|en] ... [FILE]`.

Read by the start sequence (startup/launch.py) once Qt's libraries are loading on another core
(startup/preload.py).
"""

from __future__ import annotations

import argparse
from typing import NamedTuple

from vipps_desktop import __version__


class Options(NamedTuple):
    """The command line's options; the defaults are the parser's (tests/bench)."""

    profile_dir: str | None = None
    lang: str | None = None
    scheme: str = "system"
    self_test: bool = False
    open_file: str | None = None  # an exported setup to import (the file manager's "Open with")


def parse_args(argv: list[str]) -> Options:
    # Qt's own options (-platform, -style, …) pass through to QApplication.
    args, _qt_args = make_parser().parse_known_args(argv)
    return Options(args.profile_dir, args.lang, args.scheme, args.self_test, args.open_file)


def make_parser() -> argparse.ArgumentParser:
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
    parser.add_argument(
        "open_file",
        nargs="?",
        metavar="FILE",
        help="an exported setup (.vippssetup) to import and open",
    )
    return parser
