"""bench/run.py --smoke still runs: one launch of the app and the baseline, one short stall run.

Not a performance test: timings are noisy, so nothing here compares them with a target
(docs/performance.md has the figures of a full run). The keychain part runs when the suite
runs inside scripts/keyring-session.sh and is reported as skipped otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_run_prints_the_table() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke", "--platform", "offscreen"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    table = result.stdout
    assert "| figure | baseline | app | ratio | target |" in table
    for row in (
        "launch → first page shown, unfrozen |",
        "peak resident memory, unfrozen |",
        "longest GUI stall: online check",
        "longest GUI stall: keychain save + load",
        "longest GUI stall: through every page",
    ):
        assert row in table, row
    if os.environ.get("VIPPS_TEST_KEYRING") == "1":
        keychain_row = next(line for line in table.splitlines() if "keychain save" in line)
        assert "skipped" not in keychain_row


def test_overview_smoke_run_prints_its_figures() -> None:
    """bench/overview.py (issue 27): Welcome with 200 setups, and `vipps-desktop check`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "overview.py"), "--smoke", "--setups", "40"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    for row in (
        "launch → first page, Welcome listing 40 setups |",
        "Welcome list refresh, 40 setups",
        "`vipps-desktop check --setup` to its verdict",
        '"Check this setup now" to the verdict shown',
    ):
        assert row in result.stdout, row
