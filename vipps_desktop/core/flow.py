"""The wizard's flow as a small state machine over named steps.

The steps are plain data (`STEPS`): each names the values it needs before the user may go on,
and how to check them. `Flow` walks them over one setup's data dict: next and back with a
history, which steps are complete, and where to resume. Nothing here knows about Qt; the Qt
wizard asks this module for `next_step` and `is_complete`. Adding a step is one entry in
`STEPS` plus its page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from vipps_desktop.core import clock, fields

Data = Mapping[str, Any]
Check = Callable[[Any], bool]


def is_true(value: Any) -> bool:
    return value is True


def is_iso_date(value: Any) -> bool:
    return clock.date_text(value) is not None


def valid_field(name: str) -> Check:
    """A check that passes when the registered field's validator accepts the stored text."""
    return fields.field(name).is_valid


def is_present(value: Any) -> bool:
    return bool(value)


class Step(NamedTuple):
    """One wizard step: its id and the checks its data must pass to be complete."""

    id: str
    requires: Mapping[str, Check] = MappingProxyType({})
    # False for a step the user may pass without doing anything (e.g. reading a page).
    counts_as_progress: bool = True
    # Alternatives: besides `requires`, at least one of these groups must pass (if any).
    one_of: tuple[Mapping[str, Check], ...] = ()

    def is_complete(self, data: Data) -> bool:
        return all(check(data.get(key)) for key, check in self.requires.items()) and (
            not self.one_of or any(_passes(group, data) for group in self.one_of)
        )

    def missing(self, data: Data) -> list[str]:
        gaps = [key for key, check in self.requires.items() if not check(data.get(key))]
        if self.one_of and not any(_passes(group, data) for group in self.one_of):
            gaps.append(" or ".join("+".join(group) for group in self.one_of))
        return gaps


def _passes(group: Mapping[str, Check], data: Data) -> bool:
    return all(check(data.get(key)) for key, check in group.items())


STEPS: tuple[Step, ...] = (
    Step("welcome", counts_as_progress=False),
    Step(
        "prerequisites",
        {
            "org_number": valid_field("org_number"),
            "confirm_bankid": is_true,
            "confirm_signer_role": is_true,
            "confirm_bank_account": is_true,
            "confirm_paid_plan": is_true,
        },
    ),
    Step("domain", {"domain": valid_field("domain")}),
    # Showing the URL is the whole step; the order step asks for it again with its own Copy.
    Step("callback", {"domain": valid_field("domain")}, counts_as_progress=False),
    # Only styreleder or daglig leder can submit the order at Vipps. A user who is one of them
    # submits it here; anyone else hands the order link to the signer and goes on to wait.
    Step(
        "order",
        {"sales_unit_name": valid_field("sales_unit_name")},
        one_of=({"order_submitted_on": is_iso_date}, {"order_link_sent_on": is_iso_date}),
    ),
    # Nothing happens at Vipps until the signer has submitted the order: asked first.
    Step("waiting", {"order_submitted_on": is_iso_date, "approved_on": is_iso_date}),
    Step("portal", {"confirm_redirect_uri": is_true, "confirm_keys_found": is_true}),
    Step("credentials", {"credentials_saved_at": is_present}),
    Step("submit", {"submitted_to_criipto_on": is_iso_date}),
    Step("done", counts_as_progress=False),
)


class UnknownStepError(KeyError):
    pass


class Flow:
    """Navigation over `steps` for one setup's data (shared, mutated by the caller)."""

    def __init__(self, data: dict[str, Any], steps: Sequence[Step] = STEPS) -> None:
        self.steps = tuple(steps)
        self._index = {step.id: i for i, step in enumerate(self.steps)}
        self.data = data
        self.history: list[str] = [self.steps[0].id]

    # -- queries -------------------------------------------------------------------------

    def step(self, step_id: str) -> Step:
        try:
            return self.steps[self._index[step_id]]
        except KeyError:
            raise UnknownStepError(step_id) from None

    @property
    def current(self) -> str:
        return self.history[-1]

    def is_complete(self, step_id: str) -> bool:
        return self.step(step_id).is_complete(self.data)

    def next_step(self, step_id: str) -> str | None:
        """The step after `step_id`, or None at the end."""
        i = self._index[self.step(step_id).id] + 1
        return self.steps[i].id if i < len(self.steps) else None

    def progress(self) -> tuple[int, int]:
        """(steps done, steps that count) for a progress display."""
        counted = [s for s in self.steps if s.counts_as_progress]
        done = 0
        for step in counted:
            if not step.is_complete(self.data):
                break
            done += 1
        return done, len(counted)

    def resume_step(self, saved_current: str | None = None) -> str:
        """Where to reopen: the first incomplete step, but never past the saved current step.

        The user may have left on an earlier page they went back to; they return there. A
        saved step that no longer exists (older version) falls back to the first gap.
        """
        first_gap = next(
            (s.id for s in self.steps if not s.is_complete(self.data)), self.steps[-1].id
        )
        if (
            saved_current is not None
            and saved_current in self._index
            and (self._index[saved_current] <= self._index[first_gap])
        ):
            return saved_current
        return first_gap

    def path_to(self, target: str) -> list[str]:
        """Steps from the first up to and including `target`: the history a resume rebuilds."""
        end = self._index[self.step(target).id]
        return [s.id for s in self.steps[: end + 1]]

    # -- navigation ----------------------------------------------------------------------

    def can_advance(self) -> bool:
        return self.is_complete(self.current) and self.next_step(self.current) is not None

    def advance(self) -> str:
        if not self.is_complete(self.current):
            missing = ", ".join(self.step(self.current).missing(self.data))
            raise ValueError(f"step {self.current!r} is incomplete: {missing}")
        nxt = self.next_step(self.current)
        if nxt is None:
            raise ValueError("already at the last step")
        self.history.append(nxt)
        return nxt

    def back(self) -> str:
        if len(self.history) > 1:
            self.history.pop()
        return self.current

    def visit(self, step_id: str) -> None:
        """The window now shows `step_id`: record it. Going forward appends it; a step already
        in the history (Back) cuts the history there; anything else is a jump."""
        if step_id in self.history:
            del self.history[self.history.index(step_id) + 1 :]
        elif step_id == self.next_step(self.current) and self.can_advance():
            self.advance()
        else:
            self.jump_to(step_id)

    def jump_to(self, target: str) -> str:
        """Go to `target` with the history a user walking there would have had."""
        self.history = self.path_to(target)
        return self.current
