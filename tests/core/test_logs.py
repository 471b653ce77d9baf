"""Log files never contain a registered secret, however it gets into a log call."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from urllib.parse import quote, quote_plus, urlencode

import pytest
from log_util import written

from vipps_desktop.core import logs

pytestmark = pytest.mark.usefixtures("fresh_registry")

# Base64-like, with the characters URL encoding changes: + / =
SECRET = "q+Zr/8xY2kLm=Wn4pT7vB3s="
CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"


@pytest.fixture
def secret_log(log_file: Path) -> Path:
    """The app's log file, with SECRET registered as the vault would."""
    logs.redact(SECRET)
    return log_file


def assert_clean(path: Path, *secrets: str) -> str:
    text = written(path)
    for secret in (SECRET, *secrets):
        assert secret not in text
        assert quote(secret, safe="") not in text
        assert quote(secret) not in text  # default safe="/" keeps the slash
        assert quote_plus(secret) not in text
    assert "[redacted]" in text
    return text


def test_log_file_location(tmp_path: Path, secret_log: Path) -> None:
    assert secret_log == tmp_path / "logs" / logs.LOG_FILE
    logging.getLogger("vipps_desktop.test").info("hello")
    assert "hello" in written(secret_log)


@pytest.mark.allow_error_log  # logs errors on purpose, to see them redacted
def test_secret_in_a_message(secret_log: Path) -> None:
    log = logging.getLogger("vipps_desktop.test")
    log.info("secret is %s", SECRET)
    log.warning(f"inline {SECRET} here")
    log.error("in a dict: %r", {"client_secret": SECRET})
    text = assert_clean(secret_log)
    assert "secret is [redacted]" in text
    assert "inline [redacted] here" in text


def test_secret_in_a_third_party_logger(secret_log: Path) -> None:
    logging.getLogger("urllib3.connectionpool").warning("body: client_secret=%s", SECRET)
    assert_clean(secret_log)


@pytest.mark.allow_error_log  # logs errors on purpose, to see them redacted
def test_secret_in_a_traceback(secret_log: Path) -> None:
    log = logging.getLogger("vipps_desktop.test")
    try:
        try:
            raise KeyError(SECRET)
        except KeyError as inner:
            raise ValueError(f"token request failed for {SECRET}") from inner
    except ValueError as exc:
        exc.add_note(f"note with {SECRET}")
        log.exception("it failed")
    text = assert_clean(secret_log)
    assert "Traceback" in text
    assert "ValueError: token request failed for [redacted]" in text
    assert "KeyError" in text


@pytest.mark.allow_error_log  # logs errors on purpose, to see them redacted
def test_traceback_formatted_by_another_handler_first(secret_log: Path) -> None:
    # Another handler that formats first caches the traceback text on the record.
    stream = io.StringIO()
    other = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.handlers.insert(0, other)
    try:
        try:
            raise RuntimeError(f"bad secret {SECRET}")
        except RuntimeError:
            logging.getLogger("vipps_desktop.test").exception("oops")
    finally:
        root.removeHandler(other)
        other.close()
    assert "RuntimeError: bad secret [redacted]" in assert_clean(secret_log)


def test_url_encoded_secret(secret_log: Path) -> None:
    log = logging.getLogger("vipps_desktop.test")
    log.info("form: %s", urlencode({"client_id": CLIENT_ID, "client_secret": SECRET}))
    log.info("url: https://x.no/?s=%s", quote(SECRET, safe=""))
    log.info("url: https://x.no/?s=%s", quote(SECRET))  # default safe="/"
    log.info("plus: %s", quote_plus(SECRET))
    text = assert_clean(secret_log)
    assert CLIENT_ID in text  # only registered values are masked


def test_secret_from_a_dict_in_args(secret_log: Path) -> None:
    logging.getLogger("vipps_desktop.test").info("%(a)s and %(b)s", {"a": SECRET, "b": "x"})
    assert "[redacted] and x" in assert_clean(secret_log)


def test_several_secrets(secret_log: Path) -> None:
    other = "another-Secret-9876"
    logs.redact(other)
    logging.getLogger("vipps_desktop.test").info("%s %s", SECRET, other)
    assert_clean(secret_log, other)


def test_scrub_and_short_values() -> None:
    logs.redact("abc")  # too short: it would mangle ordinary words
    assert logs.scrub("abc") == "abc"
    assert logs.scrub(SECRET) == SECRET  # only registered values are masked
    logs.redact(SECRET)
    assert logs.scrub(f"x{SECRET}y") == "x[redacted]y"
    assert logs.scrub(quote(SECRET, safe="")) == "[redacted]"
    assert logs.scrub(quote(SECRET)) == "[redacted]"


def test_setup_logging_twice_keeps_one_handler(tmp_path: Path, secret_log: Path) -> None:
    logs.setup_logging(tmp_path)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_vipps_desktop", False)]
    assert len(ours) == 1
    logging.getLogger("vipps_desktop.test").info("once %s", SECRET)
    assert written(secret_log).count("once [redacted]") == 1
