"""Fails a test on an unexpected ERROR or CRITICAL record from the app's loggers.

The app logs at ERROR only when something went wrong that the user cannot see; a test that
passes while that happens is hiding a bug. A test that provokes one on purpose says so with
``@pytest.mark.allow_error_log``. Loaded by tests/conftest.py (``pytest_plugins``).

Records logged up to the end of the test body fail the test itself; any logged later (a
background job finishing during fixture teardown) fail its teardown.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator

import pytest

LOGGER = "vipps_desktop"
MARKER = "allow_error_log"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.reported = 0  # records[:reported] were already judged with the test body

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def unreported(self) -> str:
        new = self.records[self.reported :]
        self.reported = len(self.records)
        if not new:
            return ""
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in new)
        return f"unexpected error logged (mark the test {MARKER} if it is meant to):\n{lines}"


_HANDLER = pytest.StashKey[_Collect]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}: the test expects an ERROR/CRITICAL log record from {LOGGER}"
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    handler = item.stash.get(_HANDLER, None)
    if report.when == "call" and handler is not None:
        problem = handler.unreported()
        if problem and report.passed:
            report.outcome = "failed"
            report.longrepr = problem
    return report


@pytest.fixture(autouse=True)
def _no_error_log(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker(MARKER) is not None:
        yield
        return
    handler = _Collect()
    request.node.stash[_HANDLER] = handler
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    problem = handler.unreported()
    if problem:
        pytest.fail(problem, pytrace=False)
