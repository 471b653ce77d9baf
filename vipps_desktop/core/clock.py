"""Dates and times as the setup file keeps them: ISO 8601 text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any


def now_iso() -> str:
    """This moment in UTC, to the second: ``2026-12-07T17:40:00+00:00``."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def today_iso() -> str:
    """Today's local date: ``2026-12-07``."""
    return date.today().isoformat()


def parse(text: str) -> datetime:
    """A stored timestamp (or date) as a datetime; ValueError if `text` is neither."""
    return datetime.fromisoformat(text)


def parse_date(text: str) -> date:
    """The date a stored date or timestamp starts with; ValueError if it starts with none."""
    return date.fromisoformat(text[:10])


def date_text(value: Any) -> str | None:
    """The ISO date (YYYY-MM-DD) a stored date or timestamp starts with, or None when `value`
    is not one (a value from a file may be anything)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return parse_date(value).isoformat()
    except ValueError:
        return None
