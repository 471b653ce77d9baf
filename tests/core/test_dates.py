"""core/dates.py hands out the standard library's own datetime classes."""

from __future__ import annotations

import datetime

from vipps_desktop.core import dates


def test_the_classes_are_the_standard_library_s() -> None:
    assert dates.date is datetime.date
    assert dates.datetime is datetime.datetime
    assert dates.UTC is datetime.UTC
    assert dates.date.fromisoformat("2026-12-01") == datetime.date(2026, 12, 1)
