"""Guide text is selectable; at start-up the first page's becomes so right after it is shown
(ui/selectable.py, issue 15)."""

from __future__ import annotations

import gc
from pathlib import Path

import shiboken6
from probe_util import run_probe
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from vipps_desktop.ui import selectable
from vipps_desktop.ui.pages.base import SecondaryText, paragraph

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
TEXT = (
    "Nothing happens at Vipps until the signer has submitted the product order. Signing the "
    "merchant agreement is not the order: æøå ÆØÅ."
)


def is_selectable(label: QLabel) -> bool:
    return bool(label.textInteractionFlags() & SELECTABLE)


def test_outside_the_start_a_paragraph_is_selectable_at_once(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert is_selectable(paragraph(TEXT, parent))
    assert is_selectable(SecondaryText(TEXT, parent))


def test_held_labels_wait_for_release_and_gone_ones_are_skipped(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    selectable.hold()
    try:
        waiting = paragraph(TEXT, parent)
        pale = SecondaryText(TEXT, parent)
        gone = paragraph(TEXT)  # no parent: Python's, freed with its last reference
        del gone
        gc.collect()
        deleted = paragraph(TEXT, parent)
        shiboken6.delete(deleted)  # the C++ label gone, its Python wrapper still here
        assert not is_selectable(waiting) and not is_selectable(pale)
    finally:
        selectable.release()
    assert is_selectable(waiting) and is_selectable(pale)
    assert is_selectable(paragraph(TEXT, parent))  # after the release: at once


def test_a_selectable_paragraph_looks_exactly_like_a_plain_one(qtbot: QtBot) -> None:
    """Why the wait is invisible: the same size and the same pixels either way."""
    shots = []
    for make_selectable in (False, True):
        window = QWidget()
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        selectable.hold()
        label = paragraph(TEXT, window)
        if make_selectable:
            selectable.release()
        layout.addWidget(label)
        layout.addStretch(1)
        window.resize(420, 200)
        window.show()
        qtbot.waitExposed(window)
        assert is_selectable(label) is make_selectable
        shots.append((label.geometry(), window.grab().toImage()))
        selectable.release()
    (plain_geometry, plain), (chosen_geometry, chosen) = shots
    assert plain_geometry == chosen_geometry
    assert plain == chosen


PROBE = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
import vipps_desktop.ui.app as app
import vipps_desktop.ui.benchmark as benchmark

seen = {}
real_mark = benchmark.BenchMark._mark


def paragraphs(window):
    page = window.currentPage()
    return [label for label in page.findChildren(QLabel) if label.wordWrap()]


def selectable(labels):
    return [bool(label.textInteractionFlags()) for label in labels]


def mark(self):
    window = self.parent()
    seen["paragraphs"] = len(paragraphs(window))
    QTimer.singleShot(100, lambda: seen.update(after=selectable(paragraphs(window))))
    real_mark(self)


benchmark.BenchMark._mark = mark
os.environ["VIPPS_DESKTOP_BENCH_MARK"] = os.path.join(sys.argv[1], "mark")
os.environ["VIPPS_DESKTOP_BENCH_LINGER_MS"] = "300"
from vipps_desktop.__main__ import main

main(["--profile-dir", sys.argv[1]])
print(json.dumps(seen))
"""


def test_after_a_real_start_the_first_page_s_text_is_selectable(tmp_path: Path) -> None:
    report = run_probe(PROBE, str(tmp_path))
    assert report["paragraphs"] >= 3
    assert report["after"] == [True] * report["paragraphs"]
