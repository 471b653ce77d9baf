"""The guard in log_guard.py fails a test on an unexpected ERROR, and only then."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

TESTS = """
import logging
import pytest

log = logging.getLogger("vipps_desktop.core.example")

def test_error():
    log.error("went wrong")

def test_critical():
    log.critical("went very wrong")

@pytest.mark.allow_error_log
def test_expected_error():
    log.error("meant to go wrong")

def test_warning():
    log.warning("only a warning")

def test_someone_elses_error():
    logging.getLogger("urllib3").error("not ours")

@pytest.fixture
def late():
    yield
    log.error("logged in teardown")

def test_error_in_teardown(late):
    pass
"""


def test_unexpected_errors_fail_the_test(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent))
    pytester.makepyfile(test_guarded=TESTS)
    result = pytester.runpytest_subprocess("-p", "log_guard", "-p", "no:cacheprovider", "-rfE")
    result.assert_outcomes(passed=4, failed=2, errors=1)
    result.stdout.fnmatch_lines(
        ["*unexpected error logged*", "*ERROR vipps_desktop.core.example: went wrong"]
    )
    result.stdout.fnmatch_lines(["*CRITICAL vipps_desktop.core.example: went very wrong"])
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_error_in_teardown*",
            "*ERROR vipps_desktop.core.example: logged in teardown",
        ]
    )
    summary = result.stdout.lines[
        result.stdout.lines.index(
            next(line for line in result.stdout.lines if "short test summary" in line)
        ) :
    ]
    # Only the verdict lines: with CI set, pytest prints each message whole, over several lines.
    judged = sorted(
        line.split(" - ")[0] for line in summary[1:] if line.startswith(("FAILED ", "ERROR "))
    )
    assert judged == [
        "ERROR test_guarded.py::test_error_in_teardown",
        "FAILED test_guarded.py::test_critical",
        "FAILED test_guarded.py::test_error",
    ]
