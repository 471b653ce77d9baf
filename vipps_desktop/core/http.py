"""Moved to `vipps_desktop.core.net`; this name stays only so branches started before the
move keep working after a merge. New code imports from `vipps_desktop.core.net`.

Delete once no branch imports it (``git grep core.http``).
"""

from __future__ import annotations

from typing import Any

from vipps_desktop.core.net import *  # noqa: F403
from vipps_desktop.core.net import __all__ as __all__


def __getattr__(name: str) -> Any:
    if name == "HttpSession":
        from vipps_desktop.core.net.transport import HttpSession

        return HttpSession
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
