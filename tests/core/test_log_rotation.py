"""core/logs.py rotates its file like logging.handlers.RotatingFileHandler, without importing it
(the import is a start-up cost that pays to avoid: docs/performance.md)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import pytest
from disk_util import fill

from vipps_desktop.core.logs import RotatingFileHandler, redact


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("test.rotation")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return logger


def test_rotates_at_the_size_and_keeps_the_backups(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = RotatingFileHandler(path, max_bytes=200, backups=2)
    logger = _logger(handler)
    try:
        for number in range(40):
            logger.info("line %02d %s", number, "x" * 30)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2"]
    for name in files:
        assert 0 < (tmp_path / name).stat().st_size < 200
    # Newest in app.log, older in .1, oldest kept in .2; nothing older survives.
    assert "line 39" in path.read_text()
    assert "line 00" not in "".join((tmp_path / n).read_text() for n in files)
    newest_in_1 = int((tmp_path / "app.log.1").read_text().split()[-2])
    oldest_in_0 = int(path.read_text().split()[1])
    assert newest_in_1 + 1 == oldest_in_0


def test_a_record_that_alone_is_too_big_is_still_written(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = RotatingFileHandler(path, max_bytes=50, backups=1)
    logger = _logger(handler)
    try:
        logger.info("y" * 200)
        logger.info("z" * 200)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert path.read_text() == "z" * 200 + "\n"
    assert (tmp_path / "app.log.1").read_text() == "y" * 200 + "\n"


def test_rotated_files_are_redacted_too(tmp_path: Path) -> None:
    from vipps_desktop.core.logs import RedactingFilter

    secret = "rotation-secret-value"
    redact(secret)
    path = tmp_path / "app.log"
    handler = RotatingFileHandler(path, max_bytes=100, backups=3)
    handler.addFilter(RedactingFilter())
    logger = _logger(handler)
    try:
        for _ in range(10):
            logger.info("the secret is %s", secret)
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = "".join(p.read_text() for p in tmp_path.iterdir())
    assert secret not in text and "[redacted]" in text


def test_a_full_disk_is_said_once_in_plain_words_not_as_a_traceback(
    tiny_disk: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A log line that cannot be written was logging's '--- Logging error ---' and a
    traceback on stderr, for every line (issue 21): now one plain line, until it can be
    written again."""
    path = tiny_disk / "app.log"
    handler = RotatingFileHandler(path, max_bytes=512 * 1024, backups=3)
    logger = _logger(handler)
    try:
        logger.info("before")
        fill(tiny_disk)
        for number in range(5):
            logger.warning("line %d %s", number, "x" * 8000)
        err = capfd.readouterr().err
        assert err.splitlines() == [
            f"vipps-desktop: cannot write the log file {path}: No space left on device. "
            "Log lines are lost until it can be written again."
        ]
        (tiny_disk / "filler").unlink()
        logger.warning("room again")
        assert capfd.readouterr().err == ""
        handler.flush()
        assert "room again" in path.read_text(encoding="utf-8")
        fill(tiny_disk)
        logger.warning("full again %s", "x" * 8000)
        assert "cannot write the log file" in capfd.readouterr().err  # a new outage: said again
    finally:
        logger.removeHandler(handler)
        with contextlib.suppress(OSError):
            handler.close()
