"""What the app allows a request to do: schemes, hosts that skip the proxy, sizes, timeouts,
and the overall deadline every request gets.

Pure standard library (the deadline's watchdog uses `threading` and `socket`, both already
loaded at start-up), so `transport` and `client` build on it and it imports neither.

The overall deadline exists because a read timeout is per ``recv``: a server that sends one
byte a second never trips it. A `Watch` runs beside each request; when the deadline passes or
the request's `CancelToken` is cancelled, it shuts down the request's sockets, so a blocking
read returns at once instead of after the next 64 KiB.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Literal
from urllib.parse import urlsplit

from vipps_desktop import __version__
from vipps_desktop.core.message import Message
from vipps_desktop.core.net.errors import CancelledError, CancelToken, DeadlineError, HttpFailure

__all__ = [
    "CHUNK",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "ENV_DEADLINE",
    "IDEMPOTENT",
    "MAX_REDIRECTS",
    "REDIRECTS",
    "RETRY_STATUSES",
    "USER_AGENT",
    "Watch",
    "check_scheme",
    "current_watch",
    "deadline_seconds",
    "is_loopback_host",
    "safe_url",
    "watching",
]

USER_AGENT = f"vipps-desktop/{__version__}"
DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 15.0)  # (connect, read) in seconds, per recv
DEFAULT_DEADLINE = 20.0  # seconds for a whole request: redirects, retries and body included
ENV_DEADLINE = "VIPPS_DESKTOP_HTTP_DEADLINE"
DEFAULT_MAX_BYTES = 1024 * 1024
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT = frozenset({"GET", "HEAD"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


def deadline_seconds() -> float:
    """The overall deadline: `VIPPS_DESKTOP_HTTP_DEADLINE` (seconds, 1–600) or 20."""
    raw = os.environ.get(ENV_DEADLINE, "").strip()
    try:
        value = float(raw) if raw else DEFAULT_DEADLINE
    except ValueError:
        return DEFAULT_DEADLINE
    if value != value:  # NaN
        return DEFAULT_DEADLINE
    return min(max(value, 1.0), 600.0)


# --- Scheme policy --------------------------------------------------------------------------


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def safe_url(url: str) -> str:
    """`url` without user info, query or fragment: fit for a message."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "?"
    return f"{parts.scheme}://{host}{port}{parts.path}"


def check_scheme(url: str | None) -> None:
    """Refuse anything but https, or http to a loopback host; a URL that does not even parse
    (``http://[oops/x``, a port of 99999) is refused the same way, never a `ValueError`."""
    try:
        parts = urlsplit(url or "")
        scheme = parts.scheme.lower()
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed or out-of-range port
    except ValueError:
        raise HttpFailure("unexpected", Message.of("http.bad_answer")) from None
    if scheme == "https":
        return
    if scheme == "http" and is_loopback_host(host):
        return
    message = Message.of("http.refused_insecure", url=safe_url(url or ""))
    raise HttpFailure("refused_insecure", message)


# --- Deadline and cancellation inside a blocking read -----------------------------------


class Watch:
    """The overall deadline and the cancel token of one request, able to interrupt it.

    Connections register their sockets (`add`) while the watch is current in their thread;
    when the deadline passes or the token is cancelled, every registered socket is shut
    down, which ends a blocking read at once. Sockets, not connections: http.client drops a
    connection's socket (the response keeps reading from it) when the server closes after
    the answer.
    """

    def __init__(self, seconds: float, token: CancelToken | None = None) -> None:
        self.seconds = seconds
        self.expires = time.monotonic() + seconds
        self.fired: Literal["cancelled", "deadline"] | None = None
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._fire, ("deadline",))
        self._timer.daemon = True
        self._timer.start()
        self._unregister = token.on_cancel(lambda: self._fire("cancelled")) if token else None

    def close(self) -> None:
        self._timer.cancel()
        if self._unregister is not None:
            self._unregister()
        with self._lock:
            self._sockets.clear()

    def remaining(self) -> float:
        return self.expires - time.monotonic()

    def add(self, sock: socket.socket | None) -> None:
        """Watch `sock`; shut it at once if the watch has already fired."""
        if sock is None:
            return
        with self._lock:
            if all(known is not sock for known in self._sockets):
                self._sockets.append(sock)
            fired = self.fired is not None
        if fired:
            _shut(sock)

    def check(self) -> None:
        """Raise `CancelledError` or `DeadlineError` once the watch has fired."""
        if self.fired is None and self.remaining() <= 0:
            self._fire("deadline")
        if self.fired == "cancelled":
            raise CancelledError
        if self.fired == "deadline":
            raise DeadlineError

    def wait(self, seconds: float) -> None:
        """Sleep up to `seconds` (a retry's backoff), then `check()`."""
        self._event.wait(max(0.0, min(seconds, self.remaining())))
        self.check()

    def _fire(self, reason: Literal["cancelled", "deadline"]) -> None:
        with self._lock:
            if self.fired is not None:
                return
            self.fired = reason
            sockets = list(self._sockets)
        self._event.set()
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    # socket.socket's own shutdown, also for an SSLSocket: SSLSocket.shutdown would drop its
    # TLS object under the feet of the thread that is reading.
    with contextlib.suppress(OSError, ValueError, TypeError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_local = threading.local()


def current_watch() -> Watch | None:
    """The watch of the request this thread is sending, if any."""
    watch: Watch | None = getattr(_local, "watch", None)
    return watch


@contextlib.contextmanager
def watching(watch: Watch) -> Iterator[Watch]:
    previous = current_watch()
    _local.watch = watch
    try:
        yield watch
    finally:
        _local.watch = previous
        watch.close()
