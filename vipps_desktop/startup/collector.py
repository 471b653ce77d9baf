"""The cyclic garbage collector waits while the app starts (docs/performance.md has the gain).

A start builds tens of thousands of objects that live as long as the app (modules, classes,
the Qt bindings' wrappers and enums) and almost no garbage; the collector would still scan the
young ones dozens of times before the first page is shown. So `pause` turns it off and
`resume`, once the page is on screen, moves every object then alive into the oldest
generation without scanning them (`gc.freeze()` then `gc.unfreeze()`: a list splice, not a
collection) and turns it back on; they are looked at again by the next full collection, as
any long-lived object is.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Turn the collector off until `resume` (only if it was on)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Turn the collector back on if `pause` turned it off; a no-op otherwise."""
    global _paused
    if not _paused:
        return
    _paused = False
    gc.freeze()
    gc.unfreeze()
    gc.enable()


def paused() -> bool:
    return _paused
