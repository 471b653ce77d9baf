"""core/overview.py: what each saved setup needs next, who does it, since when, and the order
of the Welcome list; from plain dicts."""

from __future__ import annotations

from datetime import date

import pytest
from overview_samples import samples

from vipps_desktop.core.overview import (
    Next,
    health_inputs,
    health_state,
    is_finished,
    next_step,
    sort_key,
)

TODAY = date(2026, 12, 7)
SAMPLES = samples(TODAY)
EXPECTED: dict[str, tuple[str, str | None, int | None]] = {
    # state: (actor, since, days)
    "start": ("you", "2026-12-05", 2),
    "waiting_signer": ("signer", "2026-12-04", 3),
    "waiting_vipps": ("vipps", "2026-12-01", 6),
    "fetch_keys": ("you", "2026-12-06", 1),
    "save_keys": ("you", "2026-12-05", 2),
    "submit_keys": ("you", "2026-12-03", 4),
    "done_unchecked": ("you", "2026-12-05", 2),
    "done_problem": ("you", "2026-12-07", 0),
    "done_inconclusive": ("you", "2026-12-06", 1),
    "done_partly": ("nobody", "2026-12-04", 3),
    "done_ok": ("nobody", "2026-12-07", 0),
}


@pytest.mark.parametrize("state", list(SAMPLES))
def test_every_state_from_its_data(state: str) -> None:
    data, step = SAMPLES[state]  # type: ignore[index]
    entry = next_step(data, TODAY, step, updated="2026-12-05T10:00:00+00:00")
    assert entry.state == state
    assert (entry.actor, entry.since, entry.days) == EXPECTED[state]


def test_each_state_s_badge_is_decided_in_core() -> None:
    """The setups list's badge is the state's severity, decided once (Next.severity)."""
    from vipps_desktop.core.message import Severity

    badges = {
        state: next_step(data, TODAY, step, updated="2026-12-05T10:00:00+00:00").severity
        for state, (data, step) in SAMPLES.items()
    }
    assert badges == {
        "start": Severity.INFO,
        "waiting_signer": Severity.PROGRESS,
        "waiting_vipps": Severity.PROGRESS,
        "fetch_keys": Severity.INFO,
        "save_keys": Severity.INFO,
        "submit_keys": Severity.WARNING,
        "done_unchecked": Severity.INFO,
        "done_problem": Severity.ERROR,
        "done_inconclusive": Severity.UNKNOWN,
        "done_partly": Severity.OK,
        "done_ok": Severity.OK,
    }


def test_start_names_the_step_the_setup_resumes_at() -> None:
    assert next_step({}, TODAY).step == "prerequisites"
    data = {
        "org_number": "923609016",
        **dict.fromkeys(
            ("confirm_bankid", "confirm_signer_role", "confirm_bank_account", "confirm_paid_plan"),
            True,
        ),
    }
    assert next_step(data, TODAY).step == "domain"
    assert next_step(data, TODAY, "prerequisites").step == "prerequisites"  # went back there
    assert next_step({**data, "domain": "acme.idura.broker"}, TODAY, "callback").step == "callback"


def test_attention_first_then_the_longest_wait() -> None:
    entries = {state: next_step(data, TODAY, step) for state, (data, step) in SAMPLES.items()}
    order = sorted(entries, key=lambda s: sort_key(entries[s]))
    assert order[:2] == ["done_problem", "done_inconclusive"]
    # The user's own turn, longest first; then unchecked; then others' turn; then the fine.
    assert order[2:6] == ["submit_keys", "save_keys", "fetch_keys", "start"]
    assert order[6] == "done_unchecked"
    assert order[7:9] == ["waiting_vipps", "waiting_signer"]
    assert set(order[9:]) == {"done_partly", "done_ok"}
    older = Next("waiting_signer", "signer", "2026-11-01", 36, "")
    assert sort_key(older) < sort_key(entries["waiting_signer"])
    # Same state and wait: the most recently changed first.
    assert sort_key(older, "2026-12-07T10:00") < sort_key(older, "2026-12-06T10:00")


@pytest.mark.parametrize(
    ("report", "state"),
    [
        (None, "done_unchecked"),
        ("nonsense", "done_unchecked"),
        ({"items": "x"}, "done_unchecked"),
        ({"items": []}, "done_inconclusive"),
        (
            {"checked_on": "2026-12-01", "items": [{"status": "ok"}, {"status": "failed"}]},
            "done_inconclusive",
        ),
        (
            {"checked_on": "2026-12-01", "items": [{"status": "ok"}, {"status": "skipped"}]},
            "done_partly",
        ),
        (
            {"checked_on": "2026-12-01", "items": [{"status": "failed"}, {"status": "problem"}]},
            "done_problem",
        ),
    ],
)
def test_health_state_reads_a_kept_report_like_the_command(report: object, state: str) -> None:
    assert health_state(report)[0] == state


def test_hostile_dates_do_not_break_the_list() -> None:
    entry = next_step({"order_link_sent_on": "not a date", "approved_on": 5}, TODAY)
    assert entry.state == "start" and entry.since is None and entry.days is None
    future = next_step({"order_submitted_on": "2027-01-01"}, TODAY)
    assert future.state == "waiting_vipps" and future.days == 0


def test_health_inputs_of_a_saved_setup() -> None:
    data = {
        "domain": "https://Acme.Idura.Broker/",
        "org_number": "923 609 016",
        "vipps_environment": "test",
        "idura_app_client_id": "urn:acme:web",
        "idura_app_callback_url": "http://example.com/cb",  # not https: not used
    }
    inputs = health_inputs(data)
    assert inputs.domain == "acme.idura.broker" and inputs.org_number == "923609016"
    assert inputs.environment == "test"
    assert inputs.app_client_id is None and inputs.app_callback is None
    assert is_finished({"submitted_to_criipto_on": "2026-12-01"})
    assert not is_finished({"submitted_to_criipto_on": "soon"})
