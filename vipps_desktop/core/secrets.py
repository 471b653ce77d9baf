"""The Vipps client ID and client secret, kept in the OS keychain and nowhere else.

`SecretStore` is one small interface over `keyring`, pinned to a real OS keychain picked from an
allow-list (Secret Service, macOS Keychain, Windows Credential Manager, KWallet). On Linux the
Secret Service is reached only through libsecret (`core/libsecret.py`, our own keyring
backend, which refuses an unencrypted session); where libsecret is missing the app says so
(`no_keychain_reason`: keychain.none.no_libsecret) instead of falling back. A
`PYTHON_KEYRING_BACKEND` or `keyringrc.cfg` naming anything else (a plaintext file, the "fail"
or "null" backend, an unknown plugin) is refused, logged, and never imported.

Each value is one keychain entry: service "Vipps Login Setup", account
"<setup id> client id" / "<setup id> client secret". The key is the setup's id because it never
changes (a domain can be edited after the keys are saved, and two setups can share a domain);
a third entry, "<setup id> about", holds a label a person recognises in their keychain app
("acme.idura.broker, Acme AS"). Entries saved by earlier versions under the domain are found
and moved to the id (`CredentialVault.fetch(..., legacy=...)`).

`CredentialVault` holds one setup's pair for the UI: in the keychain, or - when there is no
keychain at all - in memory for this session only. Failures surface as `SecretStoreError`
subclasses carrying a `Message` code (keychain.locked, keychain.none, keychain.error) for the UI
to word, never a sentence and never a secret (keyring's own exception is not chained).

keyring (and, through it, jaraco.*, importlib_metadata, urllib.request, http.client, email)
is imported on the first keychain call, not with this module: the app's start-up does not
need it (docs/performance.md). The UI makes every keychain call in a worker thread
(`ui/keychain.py`).
"""

from __future__ import annotations

import enum
import importlib
import logging
import os
import shutil
import sys
import threading
from collections.abc import Callable, Mapping
from contextlib import closing, suppress
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from vipps_desktop.core.logs import redact, scrub
from vipps_desktop.core.message import Message

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Vipps Login Setup"
CLIENT_ID = "client id"
CLIENT_SECRET = "client secret"
ABOUT = "about"  # not secret: what the entries belong to, for a person reading the keychain
KINDS = (CLIENT_ID, CLIENT_SECRET)
ALL_KINDS = (*KINDS, ABOUT)

# Fully qualified class name -> what the user calls it. Nothing else is ever used.
LIBSECRET = "vipps_desktop.core.libsecret.Keyring"  # the Secret Service through libsecret
ALLOWED_BACKENDS: dict[str, str] = {
    LIBSECRET: "the Secret Service keychain",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
}
NO_KEYCHAIN = "no keychain"

# Secret Service providers, by the program that owns org.freedesktop.secrets.
# Matched as prefixes: /proc/<pid>/comm is cut at 15 characters, AppImages carry a version.
_PROVIDERS = {
    "gnome-keyring-d": "GNOME Keyring",
    "keepassxc": "KeePassXC",
    "kwalletd": "KWallet",
    "ksecretd": "KWallet",
}

T = TypeVar("T")

# The allow-listed backends each platform can have, by module; Linux/BSD: the rest.
_PLATFORM_MODULES = {
    "darwin": ("keyring.backends.macOS.",),
    "win32": ("keyring.backends.Windows.",),
}
# Programs that provide the Secret Service on Linux.
_PROVIDER_PROGRAMS = ("gnome-keyring-daemon", "kwalletd6", "kwalletd5", "ksecretd", "keepassxc")


def platform_backends(platform: str | None = None) -> list[str]:
    """The allow-listed backends that can exist on this platform (`sys.platform` by default)."""
    platform = sys.platform if platform is None else platform
    modules = _PLATFORM_MODULES.get(platform)
    if modules is None:  # Linux, the BSDs: the Secret Service and KWallet
        other = tuple(m for ms in _PLATFORM_MODULES.values() for m in ms)
        return [name for name in ALLOWED_BACKENDS if not name.startswith(other)]
    return [name for name in ALLOWED_BACKENDS if name.startswith(modules)]


def no_keychain_reason(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    libsecret_loads: bool | None = None,
) -> Message:
    """Why there is no keychain here, as a code the UI words with what to do:
    ``keychain.none.macos``, ``.windows``, ``.no_libsecret`` (the library the app talks to
    the Secret Service through is not installed), ``.no_dbus`` (started over SSH, with sudo
    or as another user), ``.no_provider`` (no Secret Service installed) or ``.not_set_up``
    (installed, but not running or without a default keyring). `libsecret_loads` says
    whether libsecret can be loaded (by default: try it)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if platform == "darwin":
        return Message.of("keychain.none.macos")
    if platform == "win32":
        return Message.of("keychain.none.windows")
    if libsecret_loads is None:
        from vipps_desktop.core.libsecret import loads as libsecret_loads_now

        libsecret_loads = libsecret_loads_now()
    if not libsecret_loads:
        return Message.of("keychain.none.no_libsecret")
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if not environ.get("DBUS_SESSION_BUS_ADDRESS") and not (
        runtime and Path(runtime, "bus").exists()
    ):
        return Message.of("keychain.none.no_dbus")
    path = environ.get("PATH", os.defpath)
    if not any(shutil.which(program, path=path) for program in _PROVIDER_PROGRAMS):
        return Message.of("keychain.none.no_provider")
    return Message.of("keychain.none.not_set_up")


# -- errors -----------------------------------------------------------------------------------


class SecretStoreError(Exception):
    """A keychain operation failed: `message` to show (a code, like `HttpFailure`'s), `kind` to
    name the cause. Neither, nor the exception's text, ever holds a secret or keyring's text."""

    code = "keychain.error"

    def __init__(self, action: str = "", entry: str = "", *, kind: str = "") -> None:
        self.kind = kind or type(self).__name__
        params = {"action": action, "entry": entry, "kind": self.kind}
        self.message = Message.of(self.code, **{k: v for k, v in params.items() if v})
        super().__init__(self.message.code)

    def __str__(self) -> str:
        params = ", ".join(f"{k}={v}" for k, v in self.message.params)
        return f"{self.message.code} ({params})" if params else self.message.code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self})"


class NoKeychainError(SecretStoreError):
    """There is no usable OS keychain (none installed, running, or allowed)."""

    code = "keychain.none"


class KeychainLockedError(SecretStoreError):
    """The keychain is locked and was not unlocked (prompt dismissed or impossible)."""

    code = "keychain.locked"


class KeychainTimeoutError(SecretStoreError):
    """The keychain did not answer in time (core/libsecret.py: DEADLINE_SECONDS)."""

    code = "keychain.timeout"


class KeychainError(SecretStoreError):
    """Anything else; `kind` is the underlying exception's type name."""


def _class_name(obj: object) -> str:
    cls = obj if isinstance(obj, type) else type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _translate(action: str, entry: str, exc: Exception) -> SecretStoreError:
    """Map keyring's exceptions onto ours, without their text (core/libsecret.py raises
    keyring's own: KeyringLocked, InitError, KeyringError)."""
    from keyring.errors import InitError, KeyringLocked, NoKeyringError

    from vipps_desktop.core.libsecret import NoAnswerError

    name = type(exc).__name__
    # The original text goes to the log only, scrubbed of every registered secret.
    log.warning("Keychain could not %s the %s: %s: %s", action, entry, name, scrub(str(exc)))
    if isinstance(exc, KeyringLocked):
        return KeychainLockedError(action, entry, kind=name)
    if isinstance(exc, NoAnswerError):
        return KeychainTimeoutError(action, entry, kind=name)
    if isinstance(exc, NoKeyringError | InitError):
        return NoKeychainError(action, entry, kind=name)
    return KeychainError(action, entry, kind=name)


# -- choosing the backend ---------------------------------------------------------------------


def _load_allowed(name: str) -> type[KeyringBackend] | None:
    """Import an allow-listed backend class; None if this platform lacks it."""
    from keyring.backend import KeyringBackend

    if name not in ALLOWED_BACKENDS:
        return None
    module_name, _, class_name = name.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except Exception as exc:  # import errors, missing platform modules
        log.debug("Keychain backend %s cannot be imported: %s", name, type(exc).__name__)
        return None
    return cls if isinstance(cls, type) and issubclass(cls, KeyringBackend) else None


def _priority(cls: type[KeyringBackend]) -> float:
    """The backend's priority now (keyring raises when a backend is unusable): 0 if unusable."""
    try:
        return float(cls.priority)
    except Exception as exc:
        log.debug("Keychain backend %s is not usable: %s", _class_name(cls), exc)
        return 0.0


def _requested_backend() -> tuple[str, str] | None:
    """(backend name, where it was asked for) from the env or keyringrc.cfg, if any."""
    env = os.environ.get("PYTHON_KEYRING_BACKEND", "").strip()
    if env:
        return env, "PYTHON_KEYRING_BACKEND"
    try:
        import configparser

        from keyring.util import platform_

        path = Path(platform_.config_root()) / "keyringrc.cfg"
        if not path.is_file():
            return None
        config = configparser.RawConfigParser()
        config.read(path, encoding="utf-8")
        name = config.get("backend", "default-keyring", fallback="").strip()
    except Exception as exc:
        log.warning("Ignoring an unreadable keyring config file: %s", type(exc).__name__)
        return None
    return (name, str(path)) if name else None


def _instantiate(cls: type[KeyringBackend]) -> KeyringBackend:
    backend = cls()
    if _class_name(cls) == "keyring.backends.Windows.WinVaultKeyring":
        # Credential Manager roams "enterprise" credentials by default; a short-lived secret
        # stays on this machine. keyring maps "local machine" to CRED_PERSIST_LOCAL_MACHINE.
        backend.persist = "local machine"  # type: ignore[attr-defined]
    return backend


def choose_backend() -> KeyringBackend | None:
    """The best usable allow-listed keychain backend, or None when there is none.

    Priorities are evaluated afresh each time (keyring's `get_all_keyring()` caches them for
    the process lifetime and would also load every installed keyring plugin), so a keychain
    started after the app is found on Retry.
    """
    requested = _requested_backend()
    if requested is not None:
        name, source = requested
        if name not in ALLOWED_BACKENDS:
            log.warning(
                "Refusing keyring backend %r from %s: it is not an OS keychain the app trusts "
                "(allowed: %s); choosing one of those instead.",
                name,
                source,
                ", ".join(sorted(ALLOWED_BACKENDS)),
            )
        else:
            cls = _load_allowed(name)
            if cls is not None and _priority(cls) > 0:
                log.info("Using keyring backend %s (from %s)", name, source)
                return _instantiate(cls)
            log.warning(
                "Keyring backend %s from %s is not usable here; choosing another.", name, source
            )
    best: tuple[float, type[KeyringBackend]] | None = None
    # Only this platform's: importing another's (libsecret on Windows) logs a warning that
    # reads like a fault of this installation.
    for name in platform_backends():
        cls = _load_allowed(name)
        if cls is None:
            continue
        priority = _priority(cls)
        if priority > 0 and (best is None or priority > best[0]):
            best = (priority, cls)
    if best is None:
        log.warning(
            "No OS keychain is available (looked for: %s): %s",
            ", ".join(platform_backends()),
            no_keychain_reason().code,
        )
        return None
    log.info("Using keyring backend %s", _class_name(best[1]))
    return _instantiate(best[1])


def _secret_service_provider() -> str | None:
    """Which program provides the Secret Service (Linux only; None if unknown)."""
    try:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        with closing(open_dbus_connection(bus="SESSION")) as connection:
            msg = message_bus.GetConnectionUnixProcessID("org.freedesktop.secrets")
            reply = connection.send_and_get_reply(msg, timeout=2)
        pid = int(reply.body[0])
        exe = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode()
        program = Path(exe).name or Path(f"/proc/{pid}/comm").read_text().strip()
    except Exception as exc:
        log.debug("Could not tell which program provides the Secret Service: %s", exc)
        return None
    program = program.lower()
    return next((name for prefix, name in _PROVIDERS.items() if program.startswith(prefix)), None)


# -- the store --------------------------------------------------------------------------------


def account(label: str, kind: str) -> str:
    """The keychain account name, e.g. "<setup id> client secret"."""
    if kind not in ALL_KINDS:
        raise ValueError(f"kind must be one of {ALL_KINDS}, not {kind!r}")
    if not label.strip():
        raise ValueError("label must not be empty")
    return f"{label} {kind}"


class SecretStore:
    """Save, load and delete single values in the OS keychain (service `SERVICE`)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        if backend is not None and _class_name(backend) not in ALLOWED_BACKENDS:
            raise ValueError(f"{_class_name(backend)} is not an allowed OS keychain backend")
        self.backend = backend if backend is not None else choose_backend()
        self._description: str | None = None

    @property
    def available(self) -> bool:
        return self.backend is not None

    def describe(self) -> str:
        """The keychain in the user's words, e.g. "GNOME Keyring", "macOS Keychain"."""
        if self.backend is None:
            return NO_KEYCHAIN
        if self._description is None:
            name = _class_name(self.backend)
            description = ALLOWED_BACKENDS[name]
            if name == LIBSECRET:
                description = _secret_service_provider() or description
            self._description = description
        return self._description

    def _run(self, action: str, entry: str, operation: Callable[[KeyringBackend], T]) -> T:
        """`action` (save, read, delete) and `entry` (a kind) say what failed, in codes."""
        if self.backend is None:
            raise NoKeychainError(action, entry, kind="NoKeychain")
        failure: SecretStoreError
        try:
            return operation(self.backend)
        except Exception as exc:
            failure = _translate(action, entry, exc)
        raise failure  # outside the except block: keyring's exception (and its text) is dropped

    def save(self, label: str, kind: str, value: str) -> None:
        name = account(label, kind)
        if kind in KINDS:
            redact(value)
        self._run("save", kind, lambda b: b.set_password(SERVICE, name, value))

    def load(self, label: str, kind: str) -> str | None:
        name = account(label, kind)
        value = self._run("read", kind, lambda b: b.get_password(SERVICE, name))
        if value is not None and kind in KINDS:
            redact(value)
        return value

    def delete(self, label: str, kind: str) -> None:
        """Delete the entry; a missing entry is not an error."""
        from keyring.errors import PasswordDeleteError

        name = account(label, kind)

        def delete(backend: KeyringBackend) -> None:
            with suppress(PasswordDeleteError):
                backend.delete_password(SERVICE, name)

        self._run("delete", kind, delete)


# -- the vault --------------------------------------------------------------------------------


class Where(enum.StrEnum):
    KEYCHAIN = "keychain"
    MEMORY = "memory"  # no keychain at all: kept for this session only


class Credentials(NamedTuple):
    client_id: str
    secret: str

    def __repr__(self) -> str:
        # A repr reaches tracebacks and debug logs: never with the secret in it.
        return f"Credentials(client_id={self.client_id!r}, secret=<hidden>)"


class CredentialVault:
    """One place for a setup's client ID and secret, safe to call from worker threads.

    `fetch` returns None when the values are not there - never stored, or deleted outside the
    app (e.g. in the keychain app) - and raises `SecretStoreError` when it could not look.
    """

    def __init__(self, store: SecretStore | None = None) -> None:
        self.secret_store = store if store is not None else SecretStore()
        self._memory: dict[str, Credentials] = {}
        self._lock = threading.Lock()
        self._where = Where.KEYCHAIN if self.secret_store.available else Where.MEMORY

    @property
    def where(self) -> Where:
        """Where the most recently stored values live (before any: where they would go)."""
        return self._where

    def describe(self) -> str:
        return self.secret_store.describe()

    def store(self, key: str, client_id: str, secret: str, *, about: str = "") -> Where:
        """Keep both values under `key`; in memory only if there is no keychain.

        `about` (not secret) is saved beside them so a person can tell in their keychain app
        what the entries are for. Locked/other errors raise.
        """
        redact(client_id)
        redact(secret)
        if self.secret_store.available:
            try:
                self.secret_store.save(key, CLIENT_ID, client_id)
                try:
                    self.secret_store.save(key, CLIENT_SECRET, secret)
                except SecretStoreError:
                    with suppress(SecretStoreError):  # no half-stored pair left behind
                        self.secret_store.delete(key, CLIENT_ID)
                    raise
            except NoKeychainError:
                log.warning("No keychain: keeping the Vipps keys in memory for this session only")
            else:
                if about:
                    with suppress(SecretStoreError):  # a label is a courtesy, not a must
                        self.secret_store.save(key, ABOUT, about)
                with self._lock:
                    self._memory.pop(key, None)
                    self._where = Where.KEYCHAIN
                return Where.KEYCHAIN
        with self._lock:
            self._memory[key] = Credentials(client_id, secret)
            self._where = Where.MEMORY
        return Where.MEMORY

    def fetch(self, key: str, *, legacy: tuple[str, ...] = ()) -> Credentials | None:
        """The pair under `key`; else one saved by an earlier version under a `legacy` label,
        which is then moved to `key` (saved there, deleted there) so nothing is left behind."""
        with self._lock:
            held = self._memory.get(key)
        if held is not None:
            return held
        if not self.secret_store.available:
            return None
        found = self._load_pair(key)
        if found is not None:
            return found
        for label in legacy:
            if not label or label == key:
                continue
            found = self._load_pair(label)
            if found is not None:
                log.info("Moving the Vipps keys saved under an old entry name to the setup's id")
                self.store(key, *found)
                self._delete_entries(label)
                return found
        return None

    def _load_pair(self, key: str) -> Credentials | None:
        client_id = self.secret_store.load(key, CLIENT_ID)
        secret = self.secret_store.load(key, CLIENT_SECRET)
        if client_id is None or secret is None:
            if client_id is not None or secret is not None:
                log.info("Only one of the two Vipps keys is in the keychain; treating both as gone")
            return None
        return Credentials(client_id, secret)

    def discard(self, key: str, *, legacy: tuple[str, ...] = ()) -> None:
        """Forget both values everywhere (and any entry an earlier version left under a
        `legacy` label). Safe to repeat. Raises `SecretStoreError` when the keychain could not
        be reached: then the entries may remain, and the caller must say so."""
        with self._lock:
            self._memory.pop(key, None)
        if self.secret_store.available:
            with suppress(NoKeychainError):  # no keychain: nothing can be stored there
                for label in (key, *legacy):
                    if label:
                        self._delete_entries(label)

    def _delete_entries(self, key: str) -> None:
        for kind in ALL_KINDS:
            self.secret_store.delete(key, kind)


def entry_names(key: str) -> list[str]:
    """The keychain accounts (service `SERVICE`) that hold a setup's keys, for telling a person
    exactly which entries to remove by hand."""
    return [account(key, kind) for kind in ALL_KINDS]
