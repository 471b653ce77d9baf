"""core/clock.py: the ISO 8601 text the setup file keeps, and back."""

from __future__ import annotations

import datetime as dt

import pytest

from vipps_desktop.core import clock


def test_now_is_utc_to_the_second_and_reads_back() -> None:
    text = clock.now_iso()
    moment = clock.parse(text)
    assert moment.tzinfo == dt.UTC and moment.microsecond == 0
    assert abs((dt.datetime.now(dt.UTC) - moment).total_seconds()) < 5


def test_today_is_the_local_date() -> None:
    assert clock.today_iso() == dt.date.today().isoformat()
    assert clock.parse_date(clock.today_iso()) == dt.date.today()


def test_a_timestamp_s_date_is_the_date_it_starts_with() -> None:
    assert clock.parse_date("2026-11-20T23:30:00+00:00") == dt.date(2026, 11, 20)
    assert clock.parse("2026-11-20") == dt.datetime(2026, 11, 20)


@pytest.mark.parametrize("text", ["", "20.11.2026", "2026-13-01", "yesterday"])
def test_anything_else_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        clock.parse_date(text)
