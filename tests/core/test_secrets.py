"""The keychain interface against a REAL keychain: the private GNOME Keyring that
scripts/keyring-session.sh starts. No fake backend anywhere.

Run: scripts/keyring-session.sh python -m pytest tests/core/test_secrets.py
Outside that script the real-keychain tests skip; the "no keychain at all" and input checks
still run (on Linux).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import keychain_util as kc
import pytest
from keyring.backends import null

from vipps_desktop.core import logs
from vipps_desktop.core.secrets import (
    CLIENT_ID,
    CLIENT_SECRET,
    SERVICE,
    Credentials,
    CredentialVault,
    KeychainLockedError,
    SecretStore,
    SecretStoreError,
    Where,
    account,
)

REPO = Path(__file__).resolve().parents[2]
CLIENT_ID_VALUE = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="Secret Service is Linux-only")


def new_secret() -> str:
    return "Zq9" + uuid.uuid4().hex[:21] + "="  # 25 chars, base64-like


@pytest.fixture
def label() -> Iterator[str]:
    """A setup label of its own per test; its entries are removed afterwards."""
    name = f"t{uuid.uuid4().hex[:8]}.idura.broker"
    yield name
    if kc.has_test_keychain():
        if kc.is_locked():
            kc.unlock()
        for kind in (CLIENT_ID, CLIENT_SECRET):
            kc.delete_outside_app(f"{name} {kind}")


def run_python(
    code: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter (a "restart"), warnings as errors, debug logging."""
    prelude = "import logging; logging.basicConfig(level=logging.DEBUG)\n"
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), full_env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    if check:
        assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr, result.stderr  # e.g. an unclosed D-Bus socket
    return result


# -- no keychain needed -----------------------------------------------------------------------


def test_account_names_are_what_a_person_sees() -> None:
    assert SERVICE == "Vipps Login Setup"
    assert account("acme.idura.broker", CLIENT_SECRET) == "acme.idura.broker client secret"
    assert account("acme.idura.broker", CLIENT_ID) == "acme.idura.broker client id"
    with pytest.raises(ValueError):
        account("acme.idura.broker", "password")
    with pytest.raises(ValueError):
        account("  ", CLIENT_ID)


def test_a_backend_off_the_allow_list_is_refused_even_when_passed_in() -> None:
    with pytest.raises(ValueError, match="not an allowed"):
        SecretStore(backend=null.Keyring())  # type: ignore[no-untyped-call]


@linux_only
def test_no_keychain_service_means_memory_only_and_nothing_on_disk(tmp_path: Path) -> None:
    home = tmp_path / "home"
    dirs = {
        "HOME": home,
        "XDG_DATA_HOME": home / "data",
        "XDG_CONFIG_HOME": home / "config",
        "XDG_CACHE_HOME": home / "cache",
        "XDG_STATE_HOME": home / "state",
        "XDG_RUNTIME_DIR": home / "runtime",
    }
    for directory in dirs.values():
        directory.mkdir(parents=True, exist_ok=True)
    env = {name: str(path) for name, path in dirs.items()}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    # Asking for a plaintext file on top must not change anything either.
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    code = f"""
        import json
        from vipps_desktop.core.secrets import *
        store = SecretStore()
        out = {{"available": store.available, "describe": store.describe()}}
        try:
            store.save("acme.idura.broker", CLIENT_SECRET, "Zq9-memory-only-secret")
        except NoKeychainError as e:
            out["save_error"] = [type(e).__name__, str(e)]
        vault = CredentialVault(store)
        out["where_before"] = vault.where
        out["stored"] = vault.store(
            "acme.idura.broker", {CLIENT_ID_VALUE!r}, "Zq9-memory-only-secret"
        )
        out["where"] = vault.where
        out["fetched"] = vault.fetch("acme.idura.broker")
        vault.discard("acme.idura.broker")
        vault.discard("acme.idura.broker")
        out["after_discard"] = vault.fetch("acme.idura.broker")
        print(json.dumps(out))
    """
    result = run_python(code, env)
    out = json.loads(result.stdout)
    assert out["available"] is False
    assert out["describe"] == "no keychain"
    assert out["save_error"][0] == "NoKeychainError"
    assert "Zq9" not in out["save_error"][1]
    assert out["where_before"] == out["stored"] == out["where"] == "memory"
    assert out["fetched"] == [CLIENT_ID_VALUE, "Zq9-memory-only-secret"]
    assert out["after_discard"] is None
    assert "Refusing keyring backend 'keyrings.alt.file.PlaintextKeyring'" in result.stderr
    assert "No OS keychain is available" in result.stderr
    assert "Zq9-memory-only-secret" not in result.stderr
    written = [p for p in home.rglob("*") if p.is_file()]
    assert written == [], f"files written without a keychain: {written}"


# -- the real keychain ------------------------------------------------------------------------


@kc.requires_keychain
def test_backend_is_secret_service_and_describes_itself() -> None:
    store = SecretStore()
    assert store.available
    assert type(store.backend).__module__ == "vipps_desktop.core.libsecret"  # ahead of keyring's
    assert store.describe() == "GNOME Keyring"
    assert CredentialVault(store).describe() == "GNOME Keyring"
    assert CredentialVault(store).where is Where.KEYCHAIN
    assert str(Where.KEYCHAIN) == "keychain" and str(Where.MEMORY) == "memory"


@kc.requires_keychain
def test_save_load_delete(label: str) -> None:
    store = SecretStore()
    secret = new_secret()
    assert store.load(label, CLIENT_SECRET) is None
    store.save(label, CLIENT_SECRET, secret)
    assert store.load(label, CLIENT_SECRET) == secret
    assert store.load(label, CLIENT_ID) is None  # one entry per value
    store.save(label, CLIENT_SECRET, secret + "x")  # saving again replaces
    assert store.load(label, CLIENT_SECRET) == secret + "x"
    assert len(kc.entries()) >= 1
    store.delete(label, CLIENT_SECRET)
    assert store.load(label, CLIENT_SECRET) is None
    store.delete(label, CLIENT_SECRET)  # deleting a missing entry is fine
    # Registered for redaction the moment it was saved.
    assert secret not in logs.scrub(f"oops {secret}")


@kc.requires_keychain
def test_vault_round_trip_across_restarts(label: str) -> None:
    secret = new_secret()
    assert CredentialVault().store(label, CLIENT_ID_VALUE, secret) == Where.KEYCHAIN

    # A fresh store and vault in this process ...
    assert SecretStore().load(label, CLIENT_SECRET) == secret
    fetched = CredentialVault().fetch(label)
    assert fetched == Credentials(CLIENT_ID_VALUE, secret)
    assert fetched is not None and (fetched.client_id, fetched.secret) == (CLIENT_ID_VALUE, secret)

    # ... and a fresh process, which then discards them.
    code = f"""
        import json
        from vipps_desktop.core.secrets import CredentialVault
        vault = CredentialVault()
        print(json.dumps([vault.where, vault.fetch({label!r})]))
        vault.discard({label!r})
    """
    where, values = json.loads(run_python(code).stdout)
    assert where == "keychain"
    assert values == [CLIENT_ID_VALUE, secret]
    assert CredentialVault().fetch(label) is None
    assert [e for e in kc.entries() if e["username"].startswith(label)] == []


@kc.requires_keychain
def test_another_client_sees_the_entries_until_discard(label: str) -> None:
    vault = CredentialVault()
    vault.store(label, CLIENT_ID_VALUE, new_secret())
    expected = [f"{label} client id", f"{label} client secret"]
    assert [a for a in kc.secret_tool_accounts() if a.startswith(label)] == expected
    mine = [e for e in kc.entries() if e["username"].startswith(label)]
    assert sorted(e["username"] for e in mine) == expected
    assert {e["service"] for e in mine} == {"Vipps Login Setup"}

    vault.discard(label)
    assert [a for a in kc.secret_tool_accounts() if a.startswith(label)] == []
    vault.discard(label)  # again: nothing to do, no error


@kc.requires_keychain
def test_entry_deleted_outside_the_app_is_reported_gone(label: str) -> None:
    vault = CredentialVault()
    vault.store(label, CLIENT_ID_VALUE, new_secret())
    assert kc.delete_outside_app(f"{label} client secret") == 1
    assert vault.fetch(label) is None  # half a pair is no pair
    assert CredentialVault().fetch(label) is None
    assert kc.delete_outside_app(f"{label} client id") == 1
    assert vault.fetch(label) is None
    vault.discard(label)


@kc.requires_keychain
def test_locked_keychain_raises_and_retry_after_unlock_works(label: str) -> None:
    store = SecretStore()
    vault = CredentialVault(store)
    secret = new_secret()
    vault.store(label, CLIENT_ID_VALUE, secret)

    with kc.locked():
        assert kc.is_locked()
        errors: list[SecretStoreError] = []
        for attempt in (
            lambda: store.save(label, CLIENT_SECRET, secret),
            lambda: store.load(label, CLIENT_SECRET),
            lambda: store.delete(label, CLIENT_SECRET),
            lambda: vault.fetch(label),
            lambda: vault.store(label, CLIENT_ID_VALUE, secret),
        ):
            with pytest.raises(KeychainLockedError) as info:
                attempt()
            errors.append(info.value)
        for error in errors:
            assert error.kind == "KeyringLocked"
            assert error.message.code == "keychain.locked"  # a code for the UI, no sentence
            assert secret not in str(error) and CLIENT_ID_VALUE not in str(error)
            assert error.__cause__ is None and error.__context__ is None  # keyring's text dropped
        assert vault.where == Where.KEYCHAIN  # a locked keychain is not "no keychain"

    assert not kc.is_locked()
    # Retry with the values the UI kept.
    assert vault.store(label, CLIENT_ID_VALUE, secret) == Where.KEYCHAIN
    assert vault.fetch(label) == (CLIENT_ID_VALUE, secret)
    vault.discard(label)
    assert vault.fetch(label) is None


@kc.requires_keychain
def test_lock_and_unlock_helpers_work_headless() -> None:
    kc.lock()
    assert kc.is_locked()
    with pytest.raises(Exception, match="password was invalid"):
        kc.unlock("not the password")
    assert kc.is_locked()
    kc.unlock()
    assert not kc.is_locked()


@kc.requires_keychain
@pytest.mark.parametrize(
    "requested",
    [
        "keyrings.alt.file.PlaintextKeyring",
        "keyring.backends.SecretService.Keyring",  # SecretStorage: libsecret is the only client
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyring.backends.chainer.ChainerBackend",
        "planted_backend.Keyring",
    ],
)
def test_env_backend_off_the_allow_list_is_refused(tmp_path: Path, requested: str) -> None:
    # A module that would leave a mark if it were ever imported.
    (tmp_path / "planted_backend.py").write_text(
        f"open({str(tmp_path / 'imported')!r}, 'w').close()\n", encoding="utf-8"
    )
    code = """
        from vipps_desktop.core.secrets import SecretStore
        store = SecretStore()
        print(type(store.backend).__module__ + "." + type(store.backend).__name__)
        print(store.describe())
    """
    env = {
        "PYTHON_KEYRING_BACKEND": requested,
        "PYTHONPATH": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),  # where a plaintext keyring would write
    }
    result = run_python(code, env)
    chosen, described = result.stdout.split("\n")[:2]
    assert chosen == "vipps_desktop.core.libsecret.Keyring"
    assert described == "GNOME Keyring"
    assert f"Refusing keyring backend {requested!r} from PYTHON_KEYRING_BACKEND" in result.stderr
    assert not (tmp_path / "imported").exists()
    assert not (tmp_path / "data").exists()


@kc.requires_keychain
def test_keyringrc_backend_off_the_allow_list_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text(
        "[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n", encoding="utf-8"
    )
    code = """
        from vipps_desktop.core.secrets import SecretStore
        print(type(SecretStore().backend).__name__)
    """
    result = run_python(code, {"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.stdout.strip() == "Keyring"
    assert "Refusing keyring backend 'keyrings.alt.file.PlaintextKeyring'" in result.stderr
    assert str(config) in result.stderr


@kc.requires_keychain
@pytest.mark.parametrize("requested", ["vipps_desktop.core.libsecret.Keyring"])
def test_env_naming_an_allowed_backend_is_honoured(requested: str) -> None:
    code = """
        from vipps_desktop.core.secrets import SecretStore
        store = SecretStore()
        print(type(store.backend).__module__ + "." + type(store.backend).__name__)
        print(store.describe())
    """
    result = run_python(code, {"PYTHON_KEYRING_BACKEND": requested})
    assert result.stdout.split("\n")[:2] == [requested, "GNOME Keyring"]
    assert "from PYTHON_KEYRING_BACKEND" in result.stderr
    assert "Refusing" not in result.stderr


def test_credentials_repr_hides_the_secret() -> None:
    from vipps_desktop.core.secrets import Credentials

    text = repr(Credentials("fb492b5e-7907-4d83-bc20-c7fb60ca35de", "s3cr3t-value+/="))
    assert "s3cr3t" not in text
    assert "fb492b5e" in text


def test_only_this_platforms_backends_are_tried() -> None:
    """The Windows app's self-test logged `libsecret-1.so.0 cannot be loaded`: choose_backend()
    imported the backends of every platform. On "win32" it now imports only Windows' (keyring's
    WinVaultKeyring, unusable here: no Credential Manager), never libsecret's or KWallet's."""
    code = """
        import sys
        from vipps_desktop.core import secrets
        sys.platform = "win32"
        print(secrets.choose_backend())
        others = ("libsecret", "kwallet", "SecretService")
        print(sorted(m for m in sys.modules if m.endswith(others)))
    """
    result = run_python(code)
    chosen, imported = result.stdout.splitlines()[:2]
    assert chosen == "None"
    assert imported == "[]"
    assert "looked for: keyring.backends.Windows.WinVaultKeyring)" in result.stderr
    assert "cannot be loaded" not in result.stderr
