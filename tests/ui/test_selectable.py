"""Guide text is selectable, the first page's included."""

from __future__ import annotations

from pathlib import Path

from probe_util import run_probe
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from vipps_desktop.ui.pages.base import SecondaryText
from vipps_desktop.ui.widgets.paragraph import paragraph

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
TEXT = (
    "Nothing happens at Vipps until the signer has submitted the product order. Signing the "
    "merchant agreement is not the order: æøå ÆØÅ."
)


def is_selectable(label: QLabel) -> bool:
    return bool(label.textInteractionFlags() & SELECTABLE)


def test_a_paragraph_is_selectable(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert is_selectable(paragraph(TEXT, parent))
    assert is_selectable(SecondaryText(TEXT, parent))


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
