"""Rotating log files that never contain a secret.

Secrets are registered with `redact()` the moment the app holds them; a filter on every handler
replaces them (and their URL-encoded forms) before a record is written, so neither a careless
log call nor a traceback can put one on disk.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

from vipps_desktop.core.paths import private_dir, private_file

LOG_FILE = "vipps-desktop.log"
_MASK = "[redacted]"
_secrets: set[str] = set()
_lock = threading.Lock()


def _b64(data: str) -> set[str]:
    raw = data.encode("utf-8")
    encoded = {base64.b64encode(raw).decode("ascii"), base64.urlsafe_b64encode(raw).decode("ascii")}
    return encoded | {e.rstrip("=") for e in encoded}


def _forms(secret: str) -> set[str]:
    import json  # only once there is a secret to mask: not on the start-up path

    # quote() keeps "/" by default; base64-like secrets often contain one.
    forms = {secret, quote(secret, safe=""), quote_plus(secret, safe=""), quote(secret)}
    # As repr() and JSON write it inside quotes (backslashes, quotes, non-ASCII escaped).
    forms |= {
        repr(secret)[1:-1],
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
    }
    # Base64 of the secret alone. Inside a longer base64 text the secret's bytes land at one
    # of three alignments, so the core of each alignment is masked as well.
    forms |= _b64(secret)
    raw = secret.encode("utf-8")
    for shift in (1, 2):
        encoded = base64.b64encode(b"\0" * shift + raw).decode("ascii")
        core = encoded[4:-4]  # drop the blocks that mix in bytes that are not the secret's
        if len(core) >= 8:
            forms.add(core)
            forms.add(core.replace("+", "-").replace("/", "_"))
    core = base64.b64encode(raw).decode("ascii")[:-4]
    if len(core) >= 8:
        forms |= {core, core.replace("+", "-").replace("/", "_")}
    return {f for f in forms if len(f) >= 4}


def redact(secret: str) -> None:
    """Never let `secret` reach a log line from now on: neither as is, nor URL-encoded, nor
    escaped as repr()/JSON write it, nor base64-encoded (alone or inside a longer base64
    text, such as an HTTP Basic ``Authorization`` value)."""
    if len(secret) < 4:  # too short to mask without mangling ordinary words
        return
    with _lock:
        _secrets.update(_forms(secret))


def redact_basic(user: str, secret: str) -> None:
    """Also mask the exact HTTP Basic values for `user` and `secret`: base64 of
    ``user:secret``, plain and with both form-urlencoded first (as Vipps wants them)."""
    redact(secret)
    values = {f"{user}:{secret}", f"{quote_plus(user, safe='')}:{quote_plus(secret, safe='')}"}
    with _lock:
        for value in values:
            _secrets.update(_b64(value))


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


class RotatingFileHandler(logging.FileHandler):
    """Size-based rotation as `logging.handlers.RotatingFileHandler` does it, without importing
    `logging.handlers` (socket, selectors, pickle, queue) at start-up: a trick that pays
    (docs/performance.md); tests/core/test_log_rotation.py checks it against the standard
    library's handler.

    Before a record would take the file to `max_bytes`, the file becomes ``<name>.1`` (``.1``
    becomes ``.2`` and so on; the oldest beyond `backups` is deleted) and a new one starts.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups
        self._failing = False  # said on stderr that the file cannot be written; not yet again
        self._failed_now = False

    def _open(self) -> Any:
        # Readable by this user only (0600 on POSIX), whatever the umask: other local users
        # must not read which setups exist or what went wrong.
        private_file(Path(self.baseFilename))
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        self._failed_now = False
        try:
            if self._should_roll_over(record):
                self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)
        if not self._failed_now:
            self._failing = False

    def handleError(self, record: logging.LogRecord) -> None:
        """A file that cannot be written (a full disk, a folder made read-only) is said once,
        in words, until a line is written again: logging's own handler prints a traceback
        for every record, and the app already tells the user about the disk in its window."""
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self._failed_now = True
        if self._failing:
            return
        self._failing = True
        if sys.stderr is not None:  # None in a windowed app on Windows
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.write(
                    f"vipps-desktop: cannot write the log file {self.baseFilename}: "
                    f"{error.strerror or error}. "
                    "Log lines are lost until it can be written again.\n"
                )

    def _should_roll_over(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or self.backups <= 0:
            return False  # as in the stdlib: either at zero means never
        if self.stream is None:
            self.stream = self._open()
        if not os.path.isfile(self.baseFilename):
            return False  # a device or a pipe: nothing to rotate (as in the stdlib)
        size = self.stream.tell()
        return size > 0 and size + len(f"{self.format(record)}{self.terminator}") >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if self.backups > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(profile: Path, level: int = logging.INFO) -> Path:
    """Log to `<profile>/logs/vipps-desktop.log`, rotated at 512 KiB, three old files kept."""
    directory = private_dir(profile / "logs")
    path = directory / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_vipps_desktop", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, max_bytes=512 * 1024, backups=3)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._vipps_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
