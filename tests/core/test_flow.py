"""The wizard flow over plain dicts: no Qt, no files, just data and step ids."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vipps_desktop.core import flow as f
from vipps_desktop.core.flow import STEPS, Flow, Step, UnknownStepError

FAST = settings(max_examples=200, deadline=None, database=None)

STEP_IDS = [s.id for s in STEPS]
COUNTED = [s.id for s in STEPS if s.counts_as_progress]

# What a user who finished each step has typed or ticked, in step order.
ENTRIES: dict[str, dict[str, Any]] = {
    "welcome": {},
    "prerequisites": {
        "org_number": "923 609 016",
        "confirm_bankid": True,
        "confirm_signer_role": True,
        "confirm_bank_account": True,
        "confirm_paid_plan": True,
    },
    "domain": {"domain": "acme.idura.broker"},
    "callback": {},
    "order": {"sales_unit_name": "Acme AS", "order_submitted_on": "2026-11-20"},
    "waiting": {"approved_on": "2026-11-24"},
    "portal": {"confirm_redirect_uri": True, "confirm_keys_found": True},
    "credentials": {"credentials_saved_at": "2026-11-25T10:00:00+00:00"},
    "submit": {"submitted_to_criipto_on": "2026-11-25"},
    "done": {},
}


def data_up_to(step_id: str) -> dict[str, Any]:
    """Everything entered on the steps before `step_id` (and not on it)."""
    data: dict[str, Any] = {}
    for sid in STEP_IDS[: STEP_IDS.index(step_id)]:
        data.update(copy.deepcopy(ENTRIES[sid]))
    return data


def full_data() -> dict[str, Any]:
    data: dict[str, Any] = {}
    for entries in ENTRIES.values():
        data.update(copy.deepcopy(entries))
    return data


def test_entries_cover_every_step() -> None:
    assert list(ENTRIES) == STEP_IDS
    for step in STEPS:
        assert set(step.requires) <= set(full_data()), step.id


def test_step_ids_are_unique_and_start_with_welcome() -> None:
    assert len(set(STEP_IDS)) == len(STEP_IDS)
    assert STEP_IDS[0] == "welcome"
    assert STEP_IDS[-1] == "done"


def test_every_step_is_complete_with_its_entries() -> None:
    for step in STEPS:
        assert step.is_complete(full_data()), (step.id, step.missing(full_data()))
        assert step.missing(full_data()) == []


def test_missing_names_every_key_in_order() -> None:
    step = Flow({}).step("prerequisites")
    assert step.missing({}) == list(step.requires)
    data = {"org_number": "923609017", "confirm_bankid": True, "confirm_paid_plan": "yes"}
    assert step.missing(data) == [
        "org_number",  # wrong check digit
        "confirm_signer_role",
        "confirm_bank_account",
        "confirm_paid_plan",  # "yes" is not True
    ]


# --- checks -------------------------------------------------------------------------------


def test_is_true_only_for_true() -> None:
    assert f.is_true(True)
    for value in [1, "true", "yes", [True], None, False]:
        assert not f.is_true(value)


def test_is_iso_date() -> None:
    assert f.is_iso_date("2026-11-25")
    assert f.is_iso_date("2026-11-25T10:00:00+00:00")
    for value in [None, "", "yesterday", "25.11.2026", "2026-13-01", 20261125, True]:
        assert not f.is_iso_date(value)


def test_valid_field_needs_text_the_fields_validator_accepts() -> None:
    check = f.valid_field("domain")
    assert check("acme.idura.broker")
    assert check("https://acme.idura.broker/")
    assert not check("localhost")
    assert not check(None)
    assert not check(42)


def test_is_present() -> None:
    assert f.is_present("x")
    assert not f.is_present("")
    assert not f.is_present(None)


# --- navigation ---------------------------------------------------------------------------


def test_starts_at_welcome() -> None:
    flow = Flow({})
    assert flow.current == "welcome"
    assert flow.history == ["welcome"]


def test_cannot_advance_an_incomplete_step() -> None:
    data: dict[str, Any] = {}
    flow = Flow(data)
    assert flow.advance() == "prerequisites"
    assert not flow.can_advance()
    with pytest.raises(ValueError, match="org_number"):
        flow.advance()
    assert flow.current == "prerequisites"
    assert flow.history == ["welcome", "prerequisites"]


def test_partly_filled_step_stays_incomplete() -> None:
    data = dict(ENTRIES["prerequisites"])
    data["confirm_paid_plan"] = False
    flow = Flow(data)
    flow.advance()
    assert not flow.can_advance()
    with pytest.raises(ValueError, match="confirm_paid_plan"):
        flow.advance()


def test_walk_through_every_step() -> None:
    data: dict[str, Any] = {}
    flow = Flow(data)
    for i, step_id in enumerate(STEP_IDS):
        assert flow.current == step_id
        assert flow.history == STEP_IDS[: i + 1]
        data.update(copy.deepcopy(ENTRIES[step_id]))
        if step_id == "done":
            break
        assert flow.can_advance()
        assert flow.advance() == STEP_IDS[i + 1]
    assert flow.current == "done"
    assert not flow.can_advance()
    with pytest.raises(ValueError, match="last step"):
        flow.advance()


def test_back_and_forward_keeps_values_exactly() -> None:
    data: dict[str, Any] = {}
    flow = Flow(data)
    data.update(copy.deepcopy(ENTRIES["welcome"]))
    flow.advance()
    data.update(copy.deepcopy(ENTRIES["prerequisites"]))
    flow.advance()
    data.update(ENTRIES["domain"])
    flow.advance()
    assert flow.current == "callback"
    snapshot = copy.deepcopy(data)

    assert flow.back() == "domain"
    assert flow.back() == "prerequisites"
    assert data == snapshot
    assert data["org_number"] == "923 609 016"  # kept as typed, not normalised
    assert flow.advance() == "domain"
    assert flow.advance() == "callback"
    assert data == snapshot
    assert flow.history == ["welcome", "prerequisites", "domain", "callback"]


def test_back_at_the_start_stays() -> None:
    flow = Flow({})
    assert flow.back() == "welcome"
    assert flow.back() == "welcome"
    assert flow.history == ["welcome"]


def test_flow_shares_the_callers_dict() -> None:
    data: dict[str, Any] = {}
    flow = Flow(data)
    flow.advance()
    data.update(ENTRIES["prerequisites"])
    assert flow.can_advance()
    assert flow.data is data


def test_next_step() -> None:
    flow = Flow({})
    assert [flow.next_step(s) for s in STEP_IDS] == [*STEP_IDS[1:], None]
    with pytest.raises(UnknownStepError):
        flow.next_step("nope")


def test_unknown_step() -> None:
    flow = Flow({})
    with pytest.raises(UnknownStepError):
        flow.step("nope")
    with pytest.raises(KeyError):  # UnknownStepError is a KeyError
        flow.is_complete("nope")


# --- completed / progress -----------------------------------------------------------------


def test_nothing_done_at_the_start() -> None:
    flow = Flow({})
    assert [s for s in COUNTED if flow.is_complete(s)] == []
    assert flow.progress() == (0, len(COUNTED))


def test_everything_done() -> None:
    flow = Flow(full_data())
    assert [s for s in COUNTED if flow.is_complete(s)] == COUNTED
    assert flow.progress() == (len(COUNTED), len(COUNTED))


@pytest.mark.parametrize("step_id", STEP_IDS)
def test_progress_up_to_each_step(step_id: str) -> None:
    flow = Flow(data_up_to(step_id))
    done_before = [s for s in COUNTED if STEP_IDS.index(s) < STEP_IDS.index(step_id)]
    assert [s for s in COUNTED if flow.is_complete(s)] == done_before
    assert flow.progress() == (len(done_before), len(COUNTED))


def test_reading_pages_do_not_count() -> None:
    assert "welcome" not in COUNTED
    assert "callback" not in COUNTED
    assert "done" not in COUNTED


def test_progress_counts_only_the_unbroken_start() -> None:
    data = full_data()
    del data["approved_on"]  # a gap in the middle
    flow = Flow(data)
    assert not flow.is_complete("waiting")
    assert flow.is_complete("portal")
    assert flow.progress() == (COUNTED.index("waiting"), len(COUNTED))


# --- resume -------------------------------------------------------------------------------


def test_resume_at_the_first_gap() -> None:
    # welcome needs nothing, so the first gap is prerequisites
    assert Flow({}).resume_step() == "prerequisites"
    assert Flow(data_up_to("waiting")).resume_step() == "waiting"
    assert Flow(data_up_to("credentials")).resume_step() == "credentials"


def test_resume_when_everything_is_done() -> None:
    assert Flow(full_data()).resume_step() == "done"
    assert Flow(full_data()).resume_step("done") == "done"


def test_saved_step_before_the_gap_wins() -> None:
    flow = Flow(data_up_to("waiting"))
    assert flow.resume_step("domain") == "domain"
    assert flow.resume_step("welcome") == "welcome"
    assert flow.resume_step("waiting") == "waiting"


def test_saved_step_after_the_gap_is_not_trusted() -> None:
    flow = Flow(data_up_to("waiting"))
    assert flow.resume_step("credentials") == "waiting"
    assert flow.resume_step("done") == "waiting"


def test_unknown_or_missing_saved_step_falls_back_to_the_gap() -> None:
    flow = Flow(data_up_to("order"))
    assert flow.resume_step("step-from-an-older-version") == "order"
    assert flow.resume_step(None) == "order"
    assert flow.resume_step("") == "order"


def test_a_gap_in_the_middle_wins_over_later_data() -> None:
    data = full_data()
    data["domain"] = "not a domain"
    assert Flow(data).resume_step("submit") == "domain"


def test_path_to_and_jump_to() -> None:
    flow = Flow(data_up_to("waiting"))
    assert flow.path_to("welcome") == ["welcome"]
    assert flow.path_to("order") == STEP_IDS[: STEP_IDS.index("order") + 1]
    assert flow.jump_to("waiting") == "waiting"
    assert flow.history == STEP_IDS[: STEP_IDS.index("waiting") + 1]
    assert flow.back() == "order"
    assert flow.back() == "callback"
    with pytest.raises(UnknownStepError):
        flow.path_to("nope")
    with pytest.raises(UnknownStepError):
        flow.jump_to("nope")
    assert flow.current == "callback"


def test_resume_then_jump_rebuilds_history() -> None:
    flow = Flow(data_up_to("portal"))
    target = flow.resume_step("order")
    flow.jump_to(target)
    assert flow.history == ["welcome", "prerequisites", "domain", "callback", "order"]
    assert flow.can_advance()


# --- adding a step ------------------------------------------------------------------------


def test_adding_a_step_is_one_entry() -> None:
    def is_email(value: Any) -> bool:
        return isinstance(value, str) and "@" in value

    extra = Step("contact", {"contact_email": is_email})
    i = STEP_IDS.index("order")
    steps = (*STEPS[:i], extra, *STEPS[i:])
    data = data_up_to("order")  # everything before order, but no contact yet
    flow = Flow(data, steps)

    assert flow.resume_step() == "contact"
    assert flow.path_to("contact")[-2:] == ["callback", "contact"]
    assert flow.next_step("callback") == "contact"
    assert flow.next_step("contact") == "order"
    assert flow.progress() == (COUNTED.index("order"), len(COUNTED) + 1)

    flow.jump_to("contact")
    assert not flow.can_advance()
    data["contact_email"] = "kari@acme.no"
    assert flow.advance() == "order"
    assert flow.is_complete("contact")
    assert flow.resume_step() == "order"
    # The standard flow is unchanged.
    assert [s.id for s in Flow({}).steps] == STEP_IDS


def test_a_minimal_custom_flow() -> None:
    steps = (Step("a"), Step("b", {"x": f.is_true}), Step("c", counts_as_progress=False))
    data: dict[str, Any] = {}
    flow = Flow(data, steps)
    assert flow.advance() == "b"
    assert not flow.can_advance()
    data["x"] = True
    assert flow.advance() == "c"
    assert flow.progress() == (2, 2)
    assert [s.id for s in steps if s.counts_as_progress and flow.is_complete(s.id)] == ["a", "b"]


# --- property: random walks ---------------------------------------------------------------


@FAST
@given(st.lists(st.sampled_from(["advance", "back", "fill"]), max_size=40))
def test_random_walks_keep_history_consistent(moves: list[str]) -> None:
    data: dict[str, Any] = {}
    flow = Flow(data)
    filled: dict[str, Any] = {}
    for move in moves:
        if move == "fill":
            entries = copy.deepcopy(ENTRIES[flow.current])
            data.update(entries)
            filled.update(entries)
        elif move == "back":
            flow.back()
        elif flow.can_advance():
            before = flow.current
            assert flow.advance() == flow.next_step(before)
        else:
            with pytest.raises(ValueError):
                flow.advance()
        # History is always a prefix of the steps, ending at the current step.
        assert flow.history == STEP_IDS[: len(flow.history)]
        assert flow.current == flow.history[-1]
        # Navigation never changes the data.
        assert data == filled
        # Every step before the current one is complete.
        assert all(flow.is_complete(s) for s in flow.history[:-1])
        done, total = flow.progress()
        assert 0 <= done <= total == len(COUNTED)
        # Where the user is has no gap before it, so reopening returns there.
        assert flow.resume_step(flow.current) == flow.current


# --- who submits the order ---------------------------------------------------------------


def _through_order() -> dict[str, Any]:
    data: dict[str, Any] = {}
    for step in ("prerequisites", "domain", "callback"):
        data.update(ENTRIES[step])
    data["sales_unit_name"] = "Acme AS"
    return data


def test_order_step_is_done_when_the_link_went_to_the_signer() -> None:
    data = _through_order()
    flow = Flow(data)
    assert not flow.is_complete("order")
    assert "order_submitted_on or order_link_sent_on" in flow.step("order").missing(data)
    data["order_link_sent_on"] = "2026-11-20"
    assert flow.is_complete("order")


def test_waiting_asks_whether_the_order_was_submitted_before_approval() -> None:
    # A handed-over link is not an order: Vipps only checks what the signer submitted.
    data = _through_order()
    data["order_link_sent_on"] = "2026-11-20"
    data["approved_on"] = "2026-11-24"
    flow = Flow(data)
    assert not flow.is_complete("waiting")
    assert flow.step("waiting").missing(data) == ["order_submitted_on"]
    data["order_submitted_on"] = "2026-11-21"
    assert flow.is_complete("waiting")
