"""Run a snippet of Python in a fresh interpreter, to see what a start imports or builds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_probe(code: str, *args: str, env: dict[str, str] | None = None) -> Any:
    """Run `code` with `args` from the repository root (offscreen Qt) and return the JSON it
    printed on its last line of output."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def returning_profile(profile: Path) -> Path:
    """A profile whose user comes back to a setup waiting for Vipps (bench/run.py's returning
    user): the app reopens it at the Waiting page."""
    from vipps_desktop.core.fields import field_name
    from vipps_desktop.core.workspace import Workspace

    workspace = Workspace(profile)
    setup = workspace.new_setup()
    for key, value in {  # as bench/run.py's returning user: ordered, waiting for Vipps
        "org_number": "923609016",
        "confirm_bankid": True,
        "confirm_signer_role": True,
        "confirm_bank_account": True,
        "confirm_paid_plan": True,
        "domain": "acme.idura.broker",
        "sales_unit_name": "Acme AS",
        "website": "https://www.acme.no",
        "order_submitted_on": "2026-11-20",
    }.items():
        workspace.set(field_name(key), value)
    workspace.set_current_step("waiting")
    (profile / "settings.ini").write_text(f"[General]\nlast_setup={setup.id}\n")
    return profile
