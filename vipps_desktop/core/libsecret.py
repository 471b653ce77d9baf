"""A keyring backend for the Secret Service (GNOME Keyring, KeePassXC, KWallet 6) through
libsecret, GNOME's reference client library (`libsecret-1.so.0`, Debian: libsecret-1-0),
called with ctypes.

The app's only Secret Service client (core/secrets.py). Not keyring's own SecretService
backend: it goes through SecretStorage, which needs `cryptography` (an 11.6 MiB extension with
its own OpenSSL) for the encrypted session, and falls back to a plain one.

What libsecret does here, and what it must not:
- The session is encrypted: libsecret offers "dh-ietf1024-sha256-aes128-cbc-pkcs7" (DH key
  exchange, AES-128) and falls back to "plain" only when a service refuses it. `_service()`
  refuses a plain session, so a secret never crosses D-Bus unencrypted.
- Secrets live in libsecret's non-pageable memory (`SecretValue`), wiped when released.
- Entries are the ones keyring's SecretService backend reads and writes: attributes
  {"application": "Python keyring library", "service": ..., "username": ...}, label
  "Password for '<username>' on '<service>'", default collection; found by service and
  username only. No schema is passed (`NULL`): libsecret would add an "xdg:schema"
  attribute when storing, and the Secret Service's replace-on-store matches the whole attribute
  set, so an entry saved by keyring's backend would be kept beside ours instead of replaced.
  Matching without a schema is what libsecret's SECRET_SCHEMA_DONT_MATCH_NAME does.
- A locked collection is unlocked the Secret Service's way (a prompt from the keychain); when it
  stays locked (the prompt dismissed), `KeyringLocked`. libsecret itself reports that only
  when storing: reading would return nothing and deleting would skip the locked items, so the
  locked matches are looked for first.
- Exceptions carry libsecret's error domain and code, never its message (which goes to the log,
  scrubbed) and never a secret.
- Every operation has a deadline (`DEADLINE_SECONDS`): a GCancellable that a timer cancels,
  passed to each call, so a keychain daemon that holds its bus name but never answers cannot
  hold a worker thread forever (`NoAnswerError`). Long enough for a person to answer the
  keychain's unlock prompt.

The `*_sync` calls run their own main context: the app calls them from worker threads only.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import InitError, KeyringError, KeyringLocked, PasswordDeleteError

from vipps_desktop.core.logs import scrub

log = logging.getLogger(__name__)

LIBRARY = "libsecret-1.so.0"
_GLIB = "libglib-2.0.so.0"
_GOBJECT = "libgobject-2.0.so.0"
_GIO = "libgio-2.0.so.0"

APPLICATION = "Python keyring library"  # keyring's SecretService backend's `appid`
ENCRYPTED = "dh-ietf1024-sha256-aes128-cbc-pkcs7"
COLLECTION = b"default"  # SECRET_COLLECTION_DEFAULT
_SECRET_SERVICE_OPEN_SESSION = 1 << 1
_SECRET_ERROR_IS_LOCKED = 2
# GDBusError codes that mean "nobody answers on the bus" (gio/gioenums.h).
_DBUS_UNAVAILABLE = {
    2,  # SERVICE_UNKNOWN
    3,  # NAME_HAS_NO_OWNER
    4,  # NO_REPLY
    11,  # NO_SERVER
    15,  # DISCONNECTED
    17,  # FILE_NOT_FOUND (no bus socket)
    *range(23, 35),  # SPAWN_* (activation failed)
}
# ... and "the default collection is not there": a keychain never set up (GNOME Keyring started
# without a login keyring) and the prompt to create one dismissed. keyring's backend: InitError.
_DBUS_NO_COLLECTION = {19, 41}  # UNKNOWN_METHOD, UNKNOWN_OBJECT
_SECRET_ERROR_NO_SUCH_OBJECT = 3
_G_IO_ERROR_CANCELLED = 19  # gio/gioenums.h: what a cancelled call reports
DEADLINE_SECONDS = 120.0

_c = ctypes
_p = _c.c_void_p


class GError(_c.Structure):
    _fields_ = (("domain", _c.c_uint32), ("code", _c.c_int), ("message", _c.c_char_p))


class _Lib:
    """libsecret, GLib and GObject, loaded once, with the signatures this module uses."""

    def __init__(self) -> None:
        self.secret = _c.CDLL(LIBRARY)
        self.glib = _c.CDLL(_GLIB)
        self.gobject = _c.CDLL(_GOBJECT)
        self.gio = _c.CDLL(_GIO)
        error = _c.POINTER(_c.POINTER(GError))
        s, g = self.secret, self.glib

        def sig(fn: Any, restype: Any, *argtypes: Any) -> None:
            fn.restype = restype
            fn.argtypes = argtypes

        sig(s.secret_service_get_sync, _p, _c.c_int, _p, error)
        sig(s.secret_service_get_session_algorithms, _c.c_char_p, _p)
        # (service, schema, attributes, cancellable, error)
        sig(s.secret_service_lookup_sync, _p, _p, _p, _p, _p, error)
        sig(s.secret_service_clear_sync, _c.c_int, _p, _p, _p, _p, error)
        # (service, schema, attributes, collection, label, value, cancellable, error)
        sig(s.secret_service_store_sync, _c.c_int, _p, _p, _p, _c.c_char_p, _c.c_char_p, _p, _p,
            error)  # fmt: skip
        # (service, schema, attributes, cancellable, &unlocked, &locked, error)
        sig(s.secret_service_search_for_dbus_paths_sync, _c.c_int, _p, _p, _p, _p,
            _c.POINTER(_p), _c.POINTER(_p), error)  # fmt: skip
        # (service, paths, cancellable, &unlocked, error): how many were unlocked
        sig(s.secret_service_unlock_dbus_paths_sync, _c.c_int, _p, _p, _p, _p, error)
        # (service, alias, flags, cancellable, error); NULL without an error: no such alias
        sig(s.secret_collection_for_alias_sync, _p, _p, _c.c_char_p, _c.c_int, _p, error)
        sig(s.secret_collection_get_locked, _c.c_int, _p)
        sig(self.gio.g_dbus_proxy_get_object_path, _c.c_char_p, _p)
        sig(s.secret_value_new, _p, _c.c_char_p, _c.c_ssize_t, _c.c_char_p)
        sig(s.secret_value_get, _p, _p, _c.POINTER(_c.c_size_t))
        sig(s.secret_value_unref, None, _p)
        sig(s.secret_error_get_quark, _c.c_uint32)
        sig(g.g_hash_table_new_full, _p, _p, _p, _p, _p)
        sig(g.g_hash_table_insert, _c.c_int, _p, _p, _p)
        sig(g.g_hash_table_unref, None, _p)
        sig(g.g_strdup, _p, _c.c_char_p)
        sig(g.g_strv_length, _c.c_uint, _p)
        sig(g.g_strfreev, None, _p)
        sig(g.g_error_free, None, _c.POINTER(GError))
        sig(g.g_quark_to_string, _c.c_char_p, _c.c_uint32)
        sig(self.gobject.g_object_unref, None, _p)
        sig(self.gio.g_cancellable_new, _p)
        sig(self.gio.g_cancellable_cancel, None, _p)
        self.str_hash = _c.cast(g.g_str_hash, _p)
        self.str_equal = _c.cast(g.g_str_equal, _p)
        self.free = _c.cast(g.g_free, _p)
        self.secret_error = int(s.secret_error_get_quark())


_lib: _Lib | None = None
_lib_error: str | None = None
_lib_lock = threading.Lock()


def _load() -> _Lib:
    """The libraries, loaded on first use; RuntimeError when they cannot be (not installed)."""
    global _lib, _lib_error
    with _lib_lock:
        if _lib is None and _lib_error is None:
            try:
                _lib = _Lib()
            except (OSError, AttributeError) as exc:  # not installed, or too old (< 0.18)
                _lib_error = f"{type(exc).__name__}: {exc}"
                # Once, and louder than "unusable": a packaging fault (the .deb Depends on it).
                log.warning("%s cannot be loaded (%s)", LIBRARY, _lib_error)
        if _lib is None:
            raise RuntimeError(f"{LIBRARY} cannot be loaded ({_lib_error})")
        return _lib


def loads() -> bool:
    """Whether libsecret (and GLib) can be loaded here."""
    try:
        _load()
    except RuntimeError:
        return False
    return True


def library_path() -> str:
    """Loads libsecret (no keychain needed) and says which file that was: for the self-test.
    RuntimeError when it cannot be loaded."""
    _load()
    maps = Path("/proc/self/maps")
    lines = maps.read_text().splitlines() if maps.exists() else []
    found = (line.split()[-1] for line in lines if line.split()[-1:] and "libsecret-1" in line)
    return next(found, LIBRARY)


def _session_bus_configured(environ: Mapping[str, str] | None = None) -> bool:
    """A session bus address or socket is there. Without one GLib would try to autolaunch a
    bus daemon (dbus-launch) rather than fail, which an app has no business doing."""
    environ = os.environ if environ is None else environ
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    return bool(environ.get("DBUS_SESSION_BUS_ADDRESS")) or bool(
        runtime and Path(runtime, "bus").exists()
    )


# -- errors -----------------------------------------------------------------------------------


class NoAnswerError(KeyringError):
    """The keychain did not answer within `DEADLINE_SECONDS`."""


class _Error:
    """A GError out-parameter, turned into keyring's exceptions (domain and code only)."""

    def __init__(self, lib: _Lib) -> None:
        self.lib = lib
        self.ptr = _c.POINTER(GError)()

    @property
    def ref(self) -> Any:
        return _c.byref(self.ptr)

    def __bool__(self) -> bool:
        return bool(self.ptr)

    def take(self, action: str) -> KeyringError:
        """The exception for the error set by the last call (freeing it)."""
        error = self.ptr.contents
        domain = (self.lib.glib.g_quark_to_string(error.domain) or b"?").decode()
        code = int(error.code)
        text = (error.message or b"").decode("utf-8", "replace")
        is_secret_error = error.domain == self.lib.secret_error
        self.lib.glib.g_error_free(self.ptr)
        self.ptr = _c.POINTER(GError)()
        # libsecret's own words, to the log only (scrubbed of every registered secret).
        log.warning("libsecret could not %s: %s %d: %s", action, domain, code, scrub(text))
        where = f"libsecret {action}: {domain} {code}"
        if domain == "g-io-error-quark" and code == _G_IO_ERROR_CANCELLED:
            return NoAnswerError(f"{where} (no answer within {DEADLINE_SECONDS:.0f} s)")
        if is_secret_error and code == _SECRET_ERROR_IS_LOCKED:
            return KeyringLocked(f"{where} (the keychain is locked)")
        if domain == "g-dbus-error-quark" and code in _DBUS_UNAVAILABLE:
            return InitError(f"{where} (no Secret Service answers)")
        if (domain == "g-dbus-error-quark" and code in _DBUS_NO_COLLECTION) or (
            is_secret_error and code == _SECRET_ERROR_NO_SUCH_OBJECT
        ):
            return InitError(f"{where} (no keychain collection to use)")
        return KeyringError(where)


@contextmanager
def _attributes(lib: _Lib, attributes: Mapping[str, str]) -> Iterator[int]:
    """A GHashTable of UTF-8 strings (GLib's own copies, freed with the table)."""
    table = lib.glib.g_hash_table_new_full(lib.str_hash, lib.str_equal, lib.free, lib.free)
    try:
        for key, value in attributes.items():
            lib.glib.g_hash_table_insert(
                table, lib.glib.g_strdup(key.encode()), lib.glib.g_strdup(value.encode())
            )
        yield table
    finally:
        lib.glib.g_hash_table_unref(table)


@contextmanager
def _deadline(lib: _Lib) -> Iterator[int]:
    """A GCancellable that is cancelled after `DEADLINE_SECONDS`, for every call
    of one operation: a call still waiting then returns G_IO_ERROR_CANCELLED (`NoAnswerError`)."""
    cancellable = lib.gio.g_cancellable_new()
    timer = threading.Timer(DEADLINE_SECONDS, lib.gio.g_cancellable_cancel, (cancellable,))
    timer.daemon = True
    timer.start()
    try:
        yield cancellable
    finally:
        timer.cancel()
        timer.join()  # a cancel under way finishes before the cancellable is freed
        lib.gobject.g_object_unref(cancellable)


def _open(lib: _Lib, cancellable: int) -> int:
    """libsecret's shared Secret Service proxy with its session open (a reference to unref)."""
    if not _session_bus_configured():
        raise InitError("libsecret: no D-Bus session bus")
    error = _Error(lib)
    service = lib.secret.secret_service_get_sync(
        _SECRET_SERVICE_OPEN_SESSION, cancellable, error.ref
    )
    if error:
        raise _as_unavailable(error.take("connect"))
    if not service:
        raise InitError("libsecret: no Secret Service")
    return int(service)


def _algorithm(lib: _Lib, service: int) -> str:
    return (lib.secret.secret_service_get_session_algorithms(service) or b"").decode()


@contextmanager
def _service(lib: _Lib, cancellable: int) -> Iterator[int]:
    """The Secret Service with an open, encrypted session."""
    service = _open(lib, cancellable)
    try:
        algorithm = _algorithm(lib, service)
        if algorithm != ENCRYPTED:
            # Never hand a secret to a session that does not encrypt it.
            raise InitError(f"libsecret: refusing a {algorithm!r} session with the keychain")
        yield service
    finally:
        lib.gobject.g_object_unref(service)


def _as_unavailable(exc: KeyringError) -> KeyringError:
    """No service, no session: whatever the error, there is no keychain to use (unless it is
    already one of ours, or the service never answered)."""
    passes = isinstance(exc, InitError | KeyringLocked | NoAnswerError)
    return exc if passes else InitError(str(exc))


def _strv(lib: _Lib, strv: int | None) -> list[str]:
    """A NULL-terminated gchar** as a list (then freed)."""
    if not strv:
        return []
    try:
        array = _c.cast(strv, _c.POINTER(_c.c_char_p))
        return [array[i].decode() for i in range(lib.glib.g_strv_length(strv))]
    finally:
        lib.glib.g_strfreev(strv)


def session_algorithm() -> str:
    """The algorithm of the session libsecret opened with the Secret Service, whatever it is
    (the self-test shows it). Raises keyring's errors when there is no Secret Service."""
    lib = _load()
    with _deadline(lib) as cancellable:
        service = _open(lib, cancellable)
    try:
        return _algorithm(lib, service)
    finally:
        lib.gobject.g_object_unref(service)


# -- the backend ------------------------------------------------------------------------------


class Keyring(KeyringBackend):
    """The Secret Service through libsecret (Linux, BSD)."""

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's is not annotated

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property)
        """Usable when libsecret loads and a Secret Service opens an encrypted session.

        5.05: behind KWallet on a KDE desktop (5.1), as before, so a KDE user's existing
        entries stay where the app looks for them."""
        lib = _load()
        with _deadline(lib) as cancellable, _service(lib, cancellable):
            pass
        return 5.05

    def _unlock_default(self, lib: _Lib, service: int, cancellable: int, action: str) -> None:
        """As keyring's SecretService backend does before every call: a locked default
        collection is unlocked (the keychain prompts), or KeyringLocked. Some keychains
        (KeePassXC) show no items at all while locked: "nothing there" would be a lie."""
        error = _Error(lib)
        collection = lib.secret.secret_collection_for_alias_sync(
            service, COLLECTION, 0, cancellable, error.ref
        )
        if error:
            raise error.take(action)
        if not collection:
            return  # none yet: storing creates it, reading finds nothing
        try:
            if not lib.secret.secret_collection_get_locked(collection):
                return  # a fresh proxy: its Locked property was read just now
            path = lib.gio.g_dbus_proxy_get_object_path(collection)
            paths = (_c.c_char_p * 2)(path, None)
            count = lib.secret.secret_service_unlock_dbus_paths_sync(
                service, paths, cancellable, None, error.ref
            )
        finally:
            lib.gobject.g_object_unref(collection)
        if error:
            raise error.take(action)
        if count < 1:  # the prompt was dismissed
            raise KeyringLocked(f"libsecret {action}: the keychain stayed locked")

    def _unlock_matches(
        self, lib: _Lib, service: int, cancellable: int, table: int, action: str
    ) -> None:
        """Unlock what matches (the keychain prompts); KeyringLocked when it stays locked."""
        for attempt in range(2):
            error = _Error(lib)
            unlocked, locked = _p(), _p()
            lib.secret.secret_service_search_for_dbus_paths_sync(
                service, None, table, cancellable, _c.byref(unlocked), _c.byref(locked), error.ref
            )
            _strv(lib, unlocked.value)
            locked_paths = _strv(lib, locked.value)
            if error:
                raise error.take(action)
            if not locked_paths:
                return
            if attempt:
                raise KeyringLocked(f"libsecret {action}: the keychain stayed locked")
            paths = (_c.c_char_p * (len(locked_paths) + 1))(
                *(path.encode() for path in locked_paths), None
            )
            lib.secret.secret_service_unlock_dbus_paths_sync(
                service, paths, cancellable, None, error.ref
            )
            if error:
                raise error.take(action)

    def get_password(self, service: str, username: str) -> str | None:
        lib = _load()
        query = {"service": service, "username": username}
        with (
            _deadline(lib) as cancel,
            _service(lib, cancel) as proxy,
            _attributes(lib, query) as table,
        ):
            self._unlock_default(lib, proxy, cancel, "read")
            self._unlock_matches(lib, proxy, cancel, table, "read")
            error = _Error(lib)
            value = lib.secret.secret_service_lookup_sync(proxy, None, table, cancel, error.ref)
            if error:
                raise error.take("read")
            if not value:
                return None
            try:
                length = _c.c_size_t()
                data = lib.secret.secret_value_get(value, _c.byref(length))
                return _c.string_at(data, length.value).decode("utf-8")
            finally:
                lib.secret.secret_value_unref(value)  # wipes libsecret's copy

    def set_password(self, service: str, username: str, password: str) -> None:
        lib = _load()
        attributes = {"application": APPLICATION, "service": service, "username": username}
        label = f"Password for '{username}' on '{service}'".encode()
        secret = password.encode("utf-8")
        with (
            _deadline(lib) as cancel,
            _service(lib, cancel) as proxy,
            _attributes(lib, attributes) as table,
        ):
            self._unlock_default(lib, proxy, cancel, "save")
            value = lib.secret.secret_value_new(secret, len(secret), b"text/plain")
            error = _Error(lib)
            try:
                stored = lib.secret.secret_service_store_sync(
                    proxy, None, table, COLLECTION, label, value, cancel, error.ref
                )
            finally:
                lib.secret.secret_value_unref(value)
            if error:
                raise error.take("save")
            if not stored:
                raise KeyringError("libsecret save: not stored")

    def delete_password(self, service: str, username: str) -> None:
        lib = _load()
        query = {"service": service, "username": username}
        with (
            _deadline(lib) as cancel,
            _service(lib, cancel) as proxy,
            _attributes(lib, query) as table,
        ):
            self._unlock_default(lib, proxy, cancel, "delete")
            self._unlock_matches(lib, proxy, cancel, table, "delete")
            error = _Error(lib)
            deleted = lib.secret.secret_service_clear_sync(proxy, None, table, cancel, error.ref)
            if error:
                raise error.take("delete")
            if not deleted:
                raise PasswordDeleteError("No such password!")
