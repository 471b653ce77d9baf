"""What a failed request looks like to the rest of the app: a kind, a message code, a token.

The bottom of `vipps_desktop.core.net`: imports nothing from the package, so `policy`,
`transport` and `client` can all raise and check these.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Literal, get_args

from vipps_desktop.core.message import Message

__all__ = [
    "FAILURE_KINDS",
    "CancelToken",
    "CancelledError",
    "DeadlineError",
    "FailureKind",
    "HttpFailure",
    "VerificationOffError",
]

FailureKind = Literal[
    "offline",
    "name_not_found",
    "timeout",
    "tls",
    "server_error",
    "unexpected",
    "too_large",
    "cancelled",
    "refused_insecure",
]
FAILURE_KINDS: frozenset[str] = frozenset(get_args(FailureKind))


class HttpFailure(Exception):  # noqa: N818 - the name the rest of the app uses
    """A request that gave no usable answer: `kind` to branch on, `message` to show.

    The text of the exception is the message code and its parameters, never a request body
    or header, so it is safe to log.
    """

    def __init__(
        self, kind: FailureKind, message: Message | None = None, *, status: int | None = None
    ) -> None:
        self.kind: FailureKind = kind
        self.message = message or Message.of(f"http.{kind}")
        self.status = status
        super().__init__(self.kind, self.message.code)

    def __str__(self) -> str:
        params = ", ".join(f"{k}={v}" for k, v in self.message.params)
        return f"{self.message.code} ({params})" if params else self.message.code

    def __repr__(self) -> str:
        return f"HttpFailure({self.kind!r}, {self})"


class CancelledError(Exception):
    """Raised inside urllib3 (retry wait, new connection) once the token is cancelled; turned
    into HttpFailure('cancelled') by `client.fetch`. Not an OSError, so urllib3 never retries."""


class DeadlineError(Exception):
    """Raised inside urllib3 once a request's overall deadline has passed; turned into
    HttpFailure('timeout') by `client.fetch`."""


class VerificationOffError(ValueError):
    """Someone asked for ``verify=False``: a programming error, never a failure kind."""


class CancelToken:
    """Set from any thread to abandon a check.

    `cancel()` takes effect at once even inside a blocking read: `client.fetch` registers a
    callback that shuts the request's sockets down (see `policy.Watch`).
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True as soon as the token is cancelled."""
        return self._event.wait(seconds)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise HttpFailure("cancelled")

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` (from the cancelling thread) when cancelled; at once if it already
        is. Returns a function that unregisters it."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return lambda: self._remove(callback)
        callback()
        return lambda: None

    def _remove(self, callback: Callable[[], None]) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._callbacks.remove(callback)
