"""Reading the app's log file in tests (the fixtures are in tests/conftest.py)."""

from __future__ import annotations

import logging
from pathlib import Path


def written(path: Path) -> str:
    """What the log file holds once every handler has flushed."""
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")
