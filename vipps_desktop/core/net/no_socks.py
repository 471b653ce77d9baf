"""Imported by `transport` before requests: without PySocks, urllib3's SOCKS module is absent.

requests tries `urllib3.contrib.socks` when it is imported and takes its no-SOCKS path when
that fails. Without PySocks (not a dependency of this app) that module warns first
(urllib3's DependencyWarning), which requests silences with a process-wide warnings filter.
`transport` is imported in a worker thread, though, and a `warnings.catch_warnings` block
running meanwhile on another thread (pytest's around every test, where warnings are errors)
restores the filters under it: the warning became an error half-way through importing
requests, and the next check failed with "module 'requests' has no attribute 'auth'". So the
module is recorded as absent, which it is without PySocks: requests fails over at once and
nothing warns. With PySocks installed, nothing changes.
"""

from __future__ import annotations

import importlib.util
import sys

SOCKS_MODULE = "urllib3.contrib.socks"

if SOCKS_MODULE not in sys.modules and importlib.util.find_spec("socks") is None:
    sys.modules[SOCKS_MODULE] = None  # type: ignore[assignment]  # the import system's "absent"
