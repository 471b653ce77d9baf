"""The open setup: its data, its flow, and saving after every change.

The UI talks to one `Workspace`; it never writes state files itself. Listeners are plain
callables, so the Qt layer can turn them into signals and the tests can use lists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from vipps_desktop.core import fields, validators
from vipps_desktop.core.clock import now_iso, today_iso
from vipps_desktop.core.fields import HEALTH_CHECK, FieldName
from vipps_desktop.core.flow import STEPS, Flow
from vipps_desktop.core.state import (
    FORBIDDEN_KEYS,
    SecretInStateError,
    Setup,
    SetupStore,
)

if TYPE_CHECKING:
    # core.secrets (and keyring behind it) is imported by the first keychain call, in the
    # keychain's thread: the first paint does not need it (docs/performance.md).
    from vipps_desktop.core.secrets import CredentialVault

log = logging.getLogger(__name__)

Listener = Callable[[str], None]


class Workspace:
    def __init__(self, profile: Path) -> None:
        self.profile = profile
        self.store = SetupStore(profile)
        self.setup: Setup | None = None
        self.flow = Flow({})
        self._listeners: list[Listener] = []
        # The open setup's health check as last read from or written to its file: a different
        # one on disk was kept there by another process (`vipps-desktop check`).
        self._health_on_disk: Any = None

    # -- listeners -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """`listener(key)` is called after every change; key "" means a different setup."""
        self._listeners.append(listener)

    def _notify(self, key: str) -> None:
        for listener in list(self._listeners):
            listener(key)

    # -- setups --------------------------------------------------------------------------

    def setups(self) -> list[Setup]:
        return self.store.load_all()

    def new_setup(self) -> Setup:
        setup = Setup()
        self.store.save(setup)
        log.info("new setup %s", setup.id)
        return self._activate(setup)

    def open_setup(self, setup_id: str) -> Setup:
        setup = self.store.load(setup_id)
        if setup is None:
            raise KeyError(setup_id)
        log.info("opened setup %s", setup.id)
        return self._activate(setup)

    def deletion(self, setup_id: str) -> SetupDeletion | None:
        """Deleting a saved setup together with its keychain entries (`SetupDeletion`);
        None when the setup is gone already (deleted by hand)."""
        setup = self.store.load(setup_id)
        return SetupDeletion(self, setup) if setup is not None else None

    def delete_setup(self, setup_id: str) -> None:
        """Delete the setup's file only; its keychain entries go first (`deletion`)."""
        self.store.delete(setup_id)
        log.info("deleted setup %s", setup_id)
        if self.setup is not None and self.setup.id == setup_id:
            self.setup = None
            self.flow = Flow({})
            self._notify("")

    def _activate(self, setup: Setup) -> Setup:
        self.setup = setup
        self.flow = Flow(setup.data)
        self._health_on_disk = setup.data.get(HEALTH_CHECK)
        self._notify("")
        return setup

    # -- values --------------------------------------------------------------------------

    def get(self, key: FieldName, default: Any = None) -> Any:
        return self.flow.data.get(key, default)

    def set(self, key: FieldName, value: Any) -> None:
        """Store one value and save at once; None removes it. Only a registered field of its
        registered type is taken (`core.fields`): a typo or a wrong type is a bug, not data."""
        if self.setup is None:
            raise RuntimeError("no setup is open")
        # Not a field (the registry has none by these names), so `check_value` would refuse it
        # too; this says why, in the error the caller can tell from a typo: a secret.
        if key in FORBIDDEN_KEYS:  # name the key, never the value
            raise SecretInStateError(f"refusing to keep {key!r} in a setup")
        fields.check_value(key, value)
        if self.setup.data.get(key) == value and (value is not None or key not in self.setup.data):
            return
        had, old = key in self.setup.data, self.setup.data.get(key)
        if value is None:
            self.setup.data.pop(key, None)
        else:
            self.setup.data[key] = value
        try:
            adopted = self._save_open(own_health=key == HEALTH_CHECK)
        except BaseException:
            # Undo, or the refused value (a secret, an unserialisable object) stays in the data
            # and makes every later save fail too.
            if had:
                self.setup.data[key] = old
            else:
                self.setup.data.pop(key, None)
            raise
        self._notify(key)
        if adopted:
            self._notify(HEALTH_CHECK)

    def record_health(self, setup_id: str, report: dict[str, Any]) -> None:
        """Keep a health check's result (HealthReport.to_json()) with a setup, open or not:
        the open one through `set` (so its listeners hear it), another one on disk. A setup
        deleted meanwhile is left deleted."""
        if self.setup is not None and self.setup.id == setup_id:
            self.set(HEALTH_CHECK, report)
            return
        setup = self.store.load(setup_id)
        if setup is not None:
            setup.data[HEALTH_CHECK] = report
            self.store.save(setup)

    def set_current_step(self, step_id: str) -> None:
        if self.setup is None or self.setup.current_step == step_id:
            return
        self.setup.current_step = step_id
        if self._save_open():
            self._notify(HEALTH_CHECK)

    def _save_open(self, *, own_health: bool = False) -> bool:
        """Save the open setup; True when a health check kept by another process was taken.

        `vipps-desktop check --setup` (cron, a timer) keeps its result in the setup's file
        while the app may have that setup open: the app's next save would overwrite it with
        the older result it read. So a health check on disk that differs from the one this
        workspace last read or wrote is taken first, unless this save is the app's own newer
        result (`own_health`).
        """
        assert self.setup is not None
        adopted = False
        if not own_health:
            on_disk = self.store.peek(self.setup.id)
            theirs = on_disk.data.get(HEALTH_CHECK) if on_disk is not None else None
            if theirs is not None and theirs != self._health_on_disk:
                self.setup.data[HEALTH_CHECK] = theirs
                adopted = True
        self.store.save(self.setup)
        self._health_on_disk = self.setup.data.get(HEALTH_CHECK)
        return adopted

    def resume_step(self) -> str:
        saved = self.setup.current_step if self.setup else None
        return self.flow.resume_step(saved)

    # -- what Brønnøysund said ---------------------------------------------------------------

    def record_company(
        self,
        name: str | None,
        *,
        suggested_name: str | None,
        website: str | None,
        signers: list[dict[str, Any]] | None,
    ) -> None:
        """The company as Brønnøysund lists it: its name, the suggestions it gives for the
        order form (only when there is something to suggest), and who may sign the Vipps
        agreement (None: could not be fetched, not "nobody")."""
        if name:
            self.set("company_name", name)
            if suggested_name:
                self.set("suggested_sales_unit_name", suggested_name)
            if website:
                self.set("suggested_website", website)
        self.set("company_signers", signers)

    # -- what the user does with the keys (named, so pages never juggle raw keys) ---------

    def keys_saved(self, where: str, keychain: str) -> None:
        """The keys were saved (in the keychain, or in memory when there is none)."""
        self.set("credentials_where", where)
        self.set("credentials_keychain", keychain)
        self.set(KEYED_BY_ID, True)
        self.set("credentials_saved_at", now_iso())

    def adopt_suggestions(self) -> None:
        """Brønnøysund's suggestions fill the order's empty fields; the user's own text wins."""
        suggestions: tuple[tuple[FieldName, FieldName], ...] = (
            ("sales_unit_name", "suggested_sales_unit_name"),
            ("website", "suggested_website"),
        )
        for key, suggested in suggestions:
            if not self.get(key) and self.get(suggested):
                self.set(key, self.get(suggested))

    def keys_gone(self) -> None:
        """The saved keys are no longer where they were saved (deleted outside the app)."""
        self.set("credentials_saved_at", None)

    def keys_submitted(self) -> None:
        """The user saved the keys in Idura, and the app deleted its copy."""
        self.set("submitted_to_criipto_on", today_iso())
        self.set("credentials_where", None)

    def keys_replaced(self) -> None:
        """The secret leaked: the old keys were deleted; saving new ones, and pasting them into
        Idura, must be done again."""
        for key in KEYS_TO_REDO:
            self.set(key, None)

    # -- derived values ------------------------------------------------------------------

    def domain(self) -> str | None:
        return fields.field("domain").clean(self.get("domain"))

    def callback_url(self) -> str | None:
        domain = self.domain()
        return validators.callback_url(domain) if domain else None

    def value_for(self, key: str) -> str | None:
        """A value the user may need to copy, by the key the guide data uses: cleaned by the
        field's validator (a pasted URL becomes the domain), None when not valid yet."""
        if key == "callback_url":
            return self.callback_url()
        known = fields.FIELDS.get(key)  # guide data names it: a stale name copies nothing
        return known.clean(self.get(known.name)) if known is not None else None


# -- the setup's keychain entries ---------------------------------------------------------------

# Done again with new keys: saving them (credentials) and pasting them into Idura (submit).
KEYS_TO_REDO: tuple[FieldName, ...] = (
    "credentials_saved_at",
    "submitted_to_criipto_on",
    "submit_production",
    "submit_client_id",
    "submit_client_secret",
    "submit_ssn",
    "submit_saved",
)

# Set when the keys are saved under the setup's id; a setup without it had its keys saved by an
# earlier version, under its domain (see `legacy_keychain_labels`).
KEYED_BY_ID: Final = "credentials_keyed_by_id"


def keychain_key(setup: Setup) -> str:
    """What the setup's keychain entries are named by: its id, which never changes."""
    return setup.id


def legacy_keychain_labels(setup: Setup) -> tuple[str, ...]:
    """Where an earlier version saved this setup's keys: under its domain. Only for setups that
    had keys saved before entries were keyed by id - a newer setup must never pick up the
    keys another setup left under the same domain."""
    if setup.data.get(KEYED_BY_ID) is True or not setup.data.get("credentials_saved_at"):
        return ()
    domain = validators.validate_domain(str(setup.data.get("domain") or ""))
    return (domain.value,) if domain.ok and domain.value else ()


def keys_deletion(setup: Setup) -> Callable[[CredentialVault], None]:
    """The job that deletes the setup's keychain entries, including one an earlier version
    named by the domain. Which entries is read now, from the setup as it is; the job talks to
    the keychain, so it runs in the keychain's thread, never the GUI thread. It raises
    `SecretStoreError` when the keychain could not be reached."""
    key, legacy = keychain_key(setup), legacy_keychain_labels(setup)

    def delete(vault: CredentialVault) -> None:
        vault.discard(key, legacy=legacy)

    return delete


class SetupDeletion:
    """Deleting one saved setup, in two steps on two threads: `delete_keys` in the keychain's
    thread, then, only once they are gone, `finish` in the workspace's. When the keys cannot
    be deleted the setup is kept: deleting it anyway would leave keys the app can no longer
    find, and `entries_left` names them for a person who deletes them by hand."""

    def __init__(self, workspace: Workspace, setup: Setup) -> None:
        self.workspace = workspace
        self.setup = setup
        self.delete_keys = keys_deletion(setup)

    def finish(self) -> None:
        self.workspace.delete_setup(self.setup.id)

    def entries_left(self) -> tuple[str, list[str]]:
        """The keychain service and the entries in it that hold the setup's keys."""
        from vipps_desktop.core.secrets import SERVICE, entry_names

        return SERVICE, entry_names(keychain_key(self.setup))


def keychain_about(setup: Setup) -> str:
    """A label for a person reading their keychain app: "acme.idura.broker, Acme AS"."""
    parts = [str(setup.data.get(key) or "").strip() for key in ("domain", "company_name")]
    named = ", ".join(part for part in parts if part)
    return f"Vipps Login keys for {named}" if named else "Vipps Login keys"


class Who(NamedTuple):
    """Whose setup it is; each part "" while it is not known."""

    company: str
    org_number: str  # formatted ("923 609 016")
    domain: str


def who(setup: Setup) -> Who:
    org = validators.validate_org_number(str(setup.data.get("org_number") or ""))
    return Who(
        str(setup.data.get("company_name") or ""),
        validators.format_org_number(org.value) if org.value else "",
        str(setup.data.get("domain") or ""),
    )


def describe(setup: Setup) -> dict[str, Any]:
    """A setup in brief: whose it is (`who`), its progress, when it last changed."""
    flow = Flow(setup.data, STEPS)
    done, total = flow.progress()
    company, org_number, domain = who(setup)
    return {
        "id": setup.id,
        "company": company,
        "org_number": org_number,
        "domain": domain,
        "done": done,
        "total": total,
        "finished": setup.data.get("submitted_to_criipto_on") is not None,
        "updated": setup.updated,
    }
