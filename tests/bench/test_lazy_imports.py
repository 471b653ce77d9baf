"""Heavy packages stay out of the app's start-up: they are imported when first needed.

requests/urllib3 by the first online check (core/net/transport.py), keyring and the Secret Service
client by the first keychain call, both in worker threads. docs/performance.md has the costs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_util import returning_profile, run_probe

ROOT = Path(__file__).resolve().parents[2]

# Listed when PySide6 has built its `Qt` namespace (~12 ms, ~2 MiB: startup/props.py).
QT_NAMESPACE = "<the Qt namespace built>"

NOT_AT_START = (
    "requests",
    "urllib3",
    "charset_normalizer",
    "idna",
    "vipps_desktop.core.net.transport",
    "keyring",
    "secretstorage",
    "jeepney",
    "cryptography",
    "logging.handlers",
    "vipps_desktop.ui.theme",
)

# What the first page does not need (issue 15): each is imported when first used, after the
# first paint. The probe below starts the app for real and lists what was loaded by its first
# paint, for a new user (Welcome) and for a returning one (the page the setup was left on).
NOT_BEFORE_FIRST_PAINT = (
    *NOT_AT_START,
    "vipps_desktop.core.secrets",  # the keychain's first call, in its thread
    "vipps_desktop.core.chain",  # Welcome's health check: built when a saved setup is selected
    "vipps_desktop.core.brreg",
    "vipps_desktop.core.net",
    "vipps_desktop.ui.widgets.health_check_box",
    "vipps_desktop.ui.widgets.redirect_check_box",
    "vipps_desktop.ui.widgets.chain_check_box",
    "vipps_desktop.ui.widgets.check_panel",
    "vipps_desktop.ui.widgets.confirm",  # QMessageBox's enums: only to confirm a deletion
    "PySide6.QtNetwork",  # not at all: one instance per profile is QtCore's (QLockFile, a watcher)
    "hashlib",
    QT_NAMESPACE,  # nothing the first page runs names `Qt` (startup/props.py)
    "vipps_desktop.ui.widgets.copy_button",  # QAccessible: only to announce a verdict
    "vipps_desktop.ui.keychain",  # the keychain service: made by the first page that uses it
    "vipps_desktop.ui.workers",
    "vipps_desktop.ui.clipboard",  # the clipboard service: made by the first copy
    # Issue 26: a setup record, an export or an import (and Qt's PDF writer): on use only.
    "vipps_desktop.ui.handover",
    "vipps_desktop.ui.record_pdf",
    "vipps_desktop.ui.record_labels",
    "vipps_desktop.core.record",
    "vipps_desktop.core.transfer",
    "PySide6.QtPrintSupport",  # not at all: the PDF is QtGui's QPdfWriter
)

FIRST_PAINT_PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
import vipps_desktop.ui.app as app


class Probe(QObject):
    def eventFilter(self, watched, event):
        painted = event.type() == QEvent.Type.Paint
        if painted and isinstance(watched, QWidget) and watched.isWindow():
            qt = [QT_NAMESPACE] if "Qt" in vars(sys.modules["PySide6.QtCore"]) else []
            print(json.dumps(sorted(sys.modules) + qt), flush=True)
            os._exit(0)
        return False


probe = Probe()
QTimer.singleShot(0, lambda: None)
real = app.make_application


def make_application(argv, **kwargs):
    made = real(argv, **kwargs)
    made.installEventFilter(probe)
    return made


app.make_application = make_application
from vipps_desktop.__main__ import main

sys.exit(main(["--profile-dir", sys.argv[1]]))
""".replace("QT_NAMESPACE", repr(QT_NAMESPACE))

PROBE = """
import json, sys
import vipps_desktop.__main__, vipps_desktop.core.paths, vipps_desktop.ui.app
from vipps_desktop.core import brreg, criipto, net, secrets, vipps
from vipps_desktop.ui.keychain import KeychainService
print(json.dumps(sorted(sys.modules)))
"""


def test_start_up_modules_do_not_import_the_heavy_packages() -> None:
    loaded = set(run_probe(PROBE))
    assert sorted(m for m in NOT_AT_START if m in loaded) == []


def first_paint_modules(profile: Path) -> set[str]:
    return set(run_probe(FIRST_PAINT_PROBE, str(profile)))


def test_a_new_user_s_first_paint_imports_only_what_welcome_needs(tmp_path: Path) -> None:
    loaded = first_paint_modules(tmp_path / "profile")
    assert "vipps_desktop.ui.pages.welcome" in loaded  # the probe did see the first paint
    assert sorted(m for m in NOT_BEFORE_FIRST_PAINT if m in loaded) == []
    # Welcome's messages (a setup that could not be read, a deletion's or hand-over's result)
    # are made when there is something to say (docs/performance.md).
    assert "vipps_desktop.ui.widgets.feedback" not in loaded


def test_the_options_are_the_parser_s() -> None:
    from vipps_desktop.cli import Options, make_parser, parse_args

    assert parse_args([]) == Options(**vars(make_parser().parse_known_args([])[0]))
    assert parse_args(["--lang", "nb", "--scheme", "dark"]) == Options(lang="nb", scheme="dark")
    assert parse_args(["a b.vippssetup"]) == Options(open_file="a b.vippssetup")  # Exec=… %f


def test_a_returning_user_s_first_paint_imports_only_the_page_it_reopens(tmp_path: Path) -> None:
    profile = returning_profile(tmp_path / "profile")
    loaded = first_paint_modules(profile)
    assert "vipps_desktop.ui.pages.waiting" in loaded
    assert "vipps_desktop.ui.pages.welcome" not in loaded
    assert sorted(m for m in NOT_BEFORE_FIRST_PAINT if m in loaded) == []


def test_setup_ids_are_checked_as_uuid_checks_them() -> None:
    import uuid

    from vipps_desktop.core.state import canonical_id

    good = str(uuid.uuid4())
    for text in [good, good.upper(), good.replace("-", ""), "{" + good + "}", "x" * 36, "", "1_2"]:
        try:
            expected: str | None = str(uuid.UUID(text))
        except ValueError:
            expected = None
        if expected is None:
            with pytest.raises(ValueError):
                canonical_id(text)
        else:
            assert canonical_id(text) == expected


def test_http_session_is_still_reachable_from_net() -> None:
    from vipps_desktop.core import net
    from vipps_desktop.core.net import transport

    assert net.HttpSession is transport.HttpSession
    with net.make_session(retries=0) as session:
        assert isinstance(session, transport.HttpSession)
