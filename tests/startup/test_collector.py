"""The collector waits while the app starts and is back on once its first page is shown."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from probe_util import run_probe

from vipps_desktop.startup import collector


@pytest.fixture
def collector_on() -> Iterator[None]:
    assert gc.isenabled()
    yield
    collector.resume()
    gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_pause_then_resume_turns_it_off_and_on() -> None:
    collector.pause()
    assert not gc.isenabled() and collector.paused()
    collections = gc.get_stats()[0]["collections"]
    # Tracked containers, young: far past the first generation's threshold, so a collector
    # that was on would have run (the count also drops as other objects are freed meanwhile).
    young: list[list[int]] = [[] for _ in range(5 * gc.get_threshold()[0])]
    assert gc.get_count()[0] >= gc.get_threshold()[0]
    assert gc.get_stats()[0]["collections"] == collections
    collector.resume()
    assert gc.isenabled() and not collector.paused()
    # Everything alive went to the oldest generation without a collection.
    assert gc.get_count()[0] < gc.get_threshold()[0]
    assert gc.get_stats()[0]["collections"] == collections
    assert young and gc.is_tracked(young[0])


@pytest.mark.usefixtures("collector_on")
def test_resume_leaves_a_collector_it_did_not_pause_alone() -> None:
    gc.disable()  # someone else's choice (a test, a debugger)
    collector.pause()
    assert not collector.paused()
    collector.resume()
    assert not gc.isenabled()


PROBE = """
import gc, json, os, sys
import vipps_desktop.ui.app as app
import vipps_desktop.ui.benchmark as benchmark
from PySide6.QtCore import QTimer

seen = {}
real_make, real_mark = app.make_application, benchmark.BenchMark._mark


def make_application(*args, **kwargs):
    seen["on while starting"] = gc.isenabled()
    return real_make(*args, **kwargs)


def mark(self):
    QTimer.singleShot(100, lambda: seen.update({"on once shown": gc.isenabled()}))
    real_mark(self)


app.make_application, benchmark.BenchMark._mark = make_application, mark
os.environ["VIPPS_DESKTOP_BENCH_MARK"] = os.path.join(sys.argv[1], "mark")
os.environ["VIPPS_DESKTOP_BENCH_LINGER_MS"] = "300"
from vipps_desktop.__main__ import main

main(["--profile-dir", sys.argv[1]])
print(json.dumps(seen))
"""


def test_a_real_start_turns_it_back_on_once_the_page_is_shown(tmp_path: Path) -> None:
    assert run_probe(PROBE, str(tmp_path)) == {"on while starting": False, "on once shown": True}
