"""What each saved setup needs next, who does it, and since when: the Welcome list's overview.

Pure data from a setup's dict (tested without Qt); ui/pages/welcome.py puts it into words.
The order of the list is "what needs attention first" (`Next.rank`):

1. a finished setup whose last health check found a problem;
2. one whose last check could not run or could not tell;
3. the user's own turn: the keys are saved here and wait to be put into Idura (a secret in the
   keychain, so first), the keys are approved and wait in the Vipps portal, or a step of the
   guide is next;
4. a finished setup never checked;
5. someone else's turn: the signer (who must submit the order) or Vipps (who must approve it);
6. finished, checked and fine.

Within a group the longest wait comes first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from vipps_desktop.core import clock
from vipps_desktop.core.fields import HEALTH_CHECK
from vipps_desktop.core.flow import STEPS, Flow
from vipps_desktop.core.message import Severity

if TYPE_CHECKING:
    from datetime import date

State = Literal[
    "start",  # a guide step before the order is the user's next (`step` says which)
    "waiting_signer",  # the order link went to the signer, who has not submitted it yet
    "waiting_vipps",  # the order is submitted; Vipps has not approved it yet
    "fetch_keys",  # approved: the keys wait in the Vipps portal
    "save_keys",  # found in the portal: to be saved in this app (the credentials page)
    "submit_keys",  # saved here (in the keychain): to be saved in Idura
    "done_problem",  # finished; the last health check found a problem
    "done_inconclusive",  # finished; the last health check could not run or tell
    "done_unchecked",  # finished; never checked
    "done_partly",  # finished; checked, nothing wrong, but some checks lacked their input
    "done_ok",  # finished; all OK
]
Actor = Literal["you", "signer", "vipps", "nobody"]

_RANK: dict[State, int] = {
    "done_problem": 0,
    "done_inconclusive": 1,
    "submit_keys": 2,
    "save_keys": 2,
    "fetch_keys": 2,
    "start": 2,
    "done_unchecked": 3,
    "waiting_signer": 4,
    "waiting_vipps": 4,
    "done_partly": 5,
    "done_ok": 5,
}
# The badge beside each setup in Welcome's list; INFO for the others.
_SEVERITY: dict[State, Severity] = {
    "done_problem": Severity.ERROR,
    "done_inconclusive": Severity.UNKNOWN,
    "submit_keys": Severity.WARNING,
    "waiting_signer": Severity.PROGRESS,
    "waiting_vipps": Severity.PROGRESS,
    "done_partly": Severity.OK,
    "done_ok": Severity.OK,
}
_ACTOR: dict[State, Actor] = {
    "waiting_signer": "signer",
    "waiting_vipps": "vipps",
    "done_ok": "nobody",
    "done_partly": "nobody",
}


class Next(NamedTuple):
    """A setup's next step: what, by whom, since when (ISO date or None) and for how long."""

    state: State
    actor: Actor
    since: str | None
    days: int | None  # whole days from `since` to today; None without a date
    step: str  # the guide step the setup resumes at (for "start")

    @property
    def rank(self) -> int:
        return _RANK[self.state]

    @property
    def severity(self) -> Severity:
        """How the setups list marks it (its badge)."""
        return _SEVERITY.get(self.state, Severity.INFO)


def _days(since: str | None, today: date) -> int | None:
    if since is None:
        return None
    return max(0, (today - clock.parse_date(since)).days)


def health_state(report: Any) -> tuple[State, str | None]:
    """A finished setup's state from its last health check as kept (HealthReport.to_json()),
    read as `vipps-desktop check` reads it: problem > could not check > partly > OK."""
    if not isinstance(report, Mapping) or not isinstance(report.get("items"), list):
        return "done_unchecked", None
    statuses = {str(i.get("status")) for i in report["items"] if isinstance(i, Mapping)}
    checked_on = clock.date_text(report.get("checked_on"))
    if "problem" in statuses:
        return "done_problem", checked_on
    if statuses & {"failed", "inconclusive"} or "ok" not in statuses:
        return "done_inconclusive", checked_on
    return ("done_partly" if "skipped" in statuses else "done_ok"), checked_on


def next_step(
    data: Mapping[str, Any],
    today: date,
    current_step: str | None = None,
    updated: str | None = None,
) -> Next:
    """What `data` (a setup's dict) needs next. `current_step` is where the user last was,
    `updated` when the setup last changed (how long a guide step has waited for the user)."""
    state: State
    since: str | None
    step = ""
    if is_finished(data):
        state, since = health_state(data.get(HEALTH_CHECK))
        if state == "done_unchecked":
            since = clock.date_text(data.get("submitted_to_criipto_on"))
    elif data.get("credentials_saved_at"):
        state, since = "submit_keys", clock.date_text(data.get("credentials_saved_at"))
    elif clock.date_text(data.get("approved_on")):
        portal_done = data.get("confirm_redirect_uri") is True and (
            data.get("confirm_keys_found") is True
        )
        state = "save_keys" if portal_done else "fetch_keys"
        since = clock.date_text(data.get("approved_on"))
    elif clock.date_text(data.get("order_submitted_on")):
        state, since = "waiting_vipps", clock.date_text(data.get("order_submitted_on"))
    elif clock.date_text(data.get("order_link_sent_on")):
        state, since = "waiting_signer", clock.date_text(data.get("order_link_sent_on"))
    else:
        state, since = "start", clock.date_text(updated)
        step = Flow(dict(data), STEPS).resume_step(current_step)
    return Next(state, _ACTOR.get(state, "you"), since, _days(since, today), step)


class HealthInputs(NamedTuple):
    """What a health check of a saved setup is given (core/health_check.py run_health_check)."""

    domain: str | None
    org_number: str | None
    environment: Literal["production", "test"]
    app_client_id: str | None
    app_callback: str | None


def health_inputs(data: Mapping[str, Any]) -> HealthInputs:
    """A saved setup's values for its health check, cleaned as the app's button cleans them;
    an Idura application only when both its values are valid."""
    from vipps_desktop.core import credentials, fields
    from vipps_desktop.core.oauth_answer import environment_of

    app = str(data.get("idura_app_client_id") or "")
    callback = str(data.get("idura_app_callback_url") or "")
    has_app = credentials.valid_app_client_id(app) and credentials.valid_app_callback(callback)
    return HealthInputs(
        domain=fields.field("domain").clean(data.get("domain")),
        org_number=fields.field("org_number").clean(data.get("org_number")),
        environment=environment_of(data.get("vipps_environment")),
        app_client_id=app.strip() if has_app else None,
        app_callback=callback.strip() if has_app else None,
    )


def is_finished(data: Mapping[str, Any]) -> bool:
    """Finished: the keys were saved in Idura (what "Check all finished setups" checks)."""
    return clock.date_text(data.get("submitted_to_criipto_on")) is not None


def sort_key(entry: Next, updated: str = "") -> tuple[int, int, str]:
    """Attention first (`Next.rank`), then the longest wait, then the most recently changed."""
    waited = entry.days if entry.days is not None else -1
    return (entry.rank, -waited, _inverted(updated))


def _inverted(text: str) -> str:
    # Newest first inside a sort that is otherwise ascending.
    return "".join(chr(0x10FFFF - ord(c)) for c in text)
