"""The datetime classes, from CPython's C module: `import dates as dt`, then `dt.date`, ...

On Python 3.11, `import datetime` first runs the whole pure-Python implementation
(datetime.py, ~1 ms of a returning user's start) and then replaces its classes with
`_datetime`'s. These are those same classes (`datetime.date is _datetime.date`), taken
directly; where there is no C module, datetime.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import UTC, date, datetime
else:
    try:
        from _datetime import UTC, date, datetime
    except ImportError:  # another Python than CPython
        from datetime import UTC, date, datetime

__all__ = ["UTC", "date", "datetime"]
