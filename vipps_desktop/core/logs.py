"""Rotating log files that never contain a secret.

Secrets are registered with `redact()` the moment the app holds them; a filter on every handler
replaces them (and their URL-encoded forms) before a record is written, so neither a careless
log call nor a traceback can put one on disk.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path
from urllib.parse import quote, quote_plus

LOG_FILE = "vipps-desktop.log"
_MASK = "[redacted]"
_secrets: set[str] = set()
_lock = threading.Lock()


def _forms(secret: str) -> set[str]:
    # quote() keeps "/" by default; base64-like secrets often contain one.
    return {secret, quote(secret, safe=""), quote_plus(secret, safe=""), quote(secret)}


def redact(secret: str) -> None:
    """Never let `secret` (or its URL-encoded forms) reach a log line from now on."""
    if len(secret) < 4:  # too short to mask without mangling ordinary words
        return
    with _lock:
        _secrets.update(_forms(secret))


def forget(secret: str) -> None:
    with _lock:
        _secrets.difference_update(_forms(secret))


def scrub(text: str) -> str:
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, _MASK)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        record.exc_info = None
        return True


def setup_logging(profile: Path, level: int = logging.INFO) -> Path:
    """Log to `<profile>/logs/vipps-desktop.log`, rotated at 512 KiB, three old files kept."""
    directory = profile / "logs"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_vipps_desktop", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._vipps_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
