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
