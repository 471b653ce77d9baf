"""The floor: a bare three-page QWizard, the least a PySide6 wizard app can do to start.

bench/run.py starts this beside the app and reports the app's figures as ratios to it. It
uses the same kind of application object (QApplication), the same wizard style and window
size as the app, and nothing else: no resources, no translations, no settings.

    python bench/baseline_wizard.py

With VIPPS_DESKTOP_BENCH_MARK=<file> set it marks its first paint and quits, with the app's
own hook (vipps_desktop/ui/benchmark.py), so both are measured by the same code.
build.spec freezes it instead of the app when VIPPS_BUILD_BASELINE=1 (the size comparison).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


def make_page(number: int) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(f"Step {number}")
    page.setSubTitle("A bare page of the baseline wizard.")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(f"This is page {number} of 3."))
    return page


def main() -> int:
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.setWindowTitle("Baseline wizard")
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    for number in (1, 2, 3):
        wizard.addPage(make_page(number))
    wizard.resize(980, 720)
    wizard.show()
    mark = os.environ.get("VIPPS_DESKTOP_BENCH_MARK")
    if mark:
        # Only when measuring, exactly as the app does it (a module of PySide6 and stdlib).
        from vipps_desktop.ui.benchmark import BenchMark

        BenchMark(wizard, mark)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
