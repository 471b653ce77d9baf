"""The start sequence: from the command line to the wizard's event loop."""

from __future__ import annotations

import sys

from vipps_desktop.startup import collector, preload


def launch(argv: list[str]) -> int:
    """Start the app with the command line `argv` (without the program's name).

    The order is the point: the preload thread starts first, and the imports below (the
    command line, `core`, what PySide6 itself needs: `preload.import_ahead`) run while it
    loads Qt's libraries; only then is Qt imported. So those imports sit in this function,
    not at the top of the module.
    """
    collector.pause()  # until the window's first paint (`first_paint_done`)
    try:
        preload.start()  # a --help or --version only lets the thread be
        from vipps_desktop.cli import parse_args

        args = parse_args(argv)
        if args.self_test:
            from vipps_desktop.ui.selftest import run_self_test

            return run_self_test()
        from vipps_desktop.core.paths import profile_dir

        preload.import_ahead()  # the first page's `core` and PySide6's needs, meanwhile
        from vipps_desktop.startup import feature_scan

        feature_scan.register_package()  # imports PySide6; before any module of `ui`
        from vipps_desktop.ui.app import run

        return run(
            profile_dir(args.profile_dir),
            [sys.argv[0], *argv],
            language=args.lang,
            scheme=args.scheme,
            open_file=args.open_file,
            on_first_paint=first_paint_done,
        )
    finally:
        collector.resume()  # a start that never showed its window


def first_paint_done() -> None:
    """The window's first paint is on screen: what the start put off may run now."""
    collector.resume()
