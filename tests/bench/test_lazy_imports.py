"""Heavy packages stay out of the app's start-up: they are imported when first needed.

requests/urllib3 by the first online check (core/net/transport.py), keyring and the Secret Service
client by the first keychain call, both in worker threads. docs/performance.md has the costs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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

PROBE = """
import json, sys
import vipps_desktop.__main__, vipps_desktop.core.paths, vipps_desktop.ui.app
from vipps_desktop.core import brreg, criipto, net, secrets, vipps
from vipps_desktop.ui.keychain import KeychainService
print(json.dumps(sorted(sys.modules)))
"""


def test_start_up_modules_do_not_import_the_heavy_packages() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert sorted(m for m in NOT_AT_START if m in loaded) == []


def test_http_session_is_still_reachable_from_net() -> None:
    from vipps_desktop.core import net
    from vipps_desktop.core.net import transport

    assert net.HttpSession is transport.HttpSession
    with net.make_session(retries=0) as session:
        assert isinstance(session, transport.HttpSession)
