"""The Qt views over `vipps_desktop.core`: the wizard, one module per page, shared widgets.

Importing the package first tells PySide6's import hook about our modules
(`feature_scan.register_package`), so that it does not read each one's source.
"""

from __future__ import annotations

from pathlib import Path

from vipps_desktop.ui.feature_scan import register_package

register_package(Path(__file__).parent.parent, "vipps_desktop")
