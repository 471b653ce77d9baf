"""The start-up benchmark's "first page shown" mark (bench/run.py, docs/performance.md).

Off unless ``VIPPS_DESKTOP_BENCH_MARK=<file>`` is set; `ui/app.py` imports this module only
then. The baseline wizard (bench/baseline_wizard.py) uses this same class, so the app and the
floor it is compared with are measured by the same code.

The window's first paint event schedules a zero timer; when it fires (the paint is done and
flushed, the event loop idle again) the process appends ``<time.monotonic()> <VmHWM kB> <CPU
seconds so far>`` to the file and quits, after ``VIPPS_DESKTOP_BENCH_LINGER_MS`` (default 0)
more of running idle, so that work put off until after the first paint still counts in the
peak memory. Only
PySide6 and the standard library: nothing the baseline lacks.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LINGER_ENV = "VIPPS_DESKTOP_BENCH_LINGER_MS"


def peak_rss_kb() -> int:
    """This process's peak resident set size so far (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class BenchMark(QObject):
    def __init__(self, window: QWidget, path: str) -> None:
        super().__init__(window)
        self._path = path
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._mark)
        return False

    def _mark(self) -> None:
        with open(self._path, "a", encoding="ascii") as out:
            out.write(f"{time.monotonic()} {peak_rss_kb()} {time.process_time()}\n")
        QTimer.singleShot(int(os.environ.get(LINGER_ENV) or 0), QCoreApplication.quit)
