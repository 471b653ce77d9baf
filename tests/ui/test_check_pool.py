"""Online checks run on a pool of their own (issue 13, item 8): two checks stuck on a slow
server, or anything else filling Qt's global pool, must not hold back the next check."""

from __future__ import annotations

import threading

from PySide6.QtCore import QRunnable, QThreadPool
from pytestqt.qtbot import QtBot

from vipps_desktop.core.net import CancelToken
from vipps_desktop.ui.widgets.check_panel import CheckPanel
from vipps_desktop.ui.workers import check_pool


class _Block(QRunnable):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def run(self) -> None:
        self.release.wait(30)


def ignore(_result: object) -> None:
    """The page's part (showing the result): these tests watch `finished` instead."""


def test_a_check_runs_while_the_global_pool_is_full(qtbot: QtBot) -> None:
    panel = CheckPanel("probe")
    qtbot.addWidget(panel)
    assert check_pool() is not QThreadPool.globalInstance()
    release = threading.Event()
    shared = QThreadPool.globalInstance()
    try:
        for _ in range(shared.maxThreadCount()):
            shared.start(_Block(release))
        with qtbot.waitSignal(panel.finished, timeout=3000) as blocker:
            panel.run(lambda token: "answer", "checking", ignore)
        assert blocker.args == ["answer"]
    finally:
        release.set()
        shared.waitForDone(5000)


def test_checks_stuck_on_the_network_leave_room_for_another(qtbot: QtBot) -> None:
    stuck = [CheckPanel(f"stuck{i}") for i in range(2)]
    release = threading.Event()
    for panel in stuck:
        qtbot.addWidget(panel)
        panel.run(lambda token: release.wait(30), "checking", ignore)
    fresh = CheckPanel("fresh")
    qtbot.addWidget(fresh)
    try:
        with qtbot.waitSignal(fresh.finished, timeout=3000):
            fresh.run(lambda token: "ok", "checking", ignore)
    finally:
        release.set()
        for panel in stuck:
            panel.cancel(quiet=True)
        check_pool().waitForDone(5000)


def test_cancel_reaches_the_job(qtbot: QtBot) -> None:
    panel = CheckPanel("cancel")
    qtbot.addWidget(panel)
    seen: list[CancelToken] = []
    started = threading.Event()

    def job(token: CancelToken) -> None:
        seen.append(token)
        started.set()
        token.wait(10)

    panel.run(job, "checking", ignore)
    assert started.wait(3)
    panel.cancel()
    assert seen[0].cancelled
    assert panel.state == "cancelled"
    check_pool().waitForDone(3000)
