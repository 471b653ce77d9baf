"""Wording for the message codes that core/ returns, translated with Qt's tooling.

The table itself is in core/wording.py (the command line uses it too, without Qt).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vipps_desktop.core import wording
from vipps_desktop.core.message import Message

translate = QCoreApplication.translate


def _texts() -> dict[str, str]:
    return wording.texts(translate)


def text(message: Message) -> str:
    """The translated sentence for `message`, with its parameters filled in."""
    return wording.text(message, translate)
