"""A screen reader's way into the app: AT-SPI, through pyatspi (the system Python's).

Run by test_atspi.py as `/usr/bin/python3 atspi_client.py APP_NAME ORG_NUMBER DOMAIN`, with
DISPLAY and DBUS_SESSION_BUS_ADDRESS of the app's session. It finds the app on the AT-SPI
desktop, then only by role and accessible name - never by Qt object names - it starts a new
setup, fills the organisation number and the four confirmations, the production domain, and
presses "Copy callback URL". It prints one JSON object (what it did and saw) and exits 0 when
everything worked, 1 when not (the JSON's "error" says where it stopped).

Standard library and pyatspi (with its gi) only: the app's own Python never runs this file.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

TIMEOUT = 15.0


class StepFailedError(Exception):
    pass


def wait_for(what: str, probe: Callable[[], Any], timeout: float = TIMEOUT) -> Any:
    """Ask `probe` until it answers something true; the UI updates in its own time."""
    deadline = time.monotonic() + timeout
    while True:
        pump()
        try:
            found = probe()
        except GLib.Error:  # the object went away while we looked: look again
            found = None
        if found:
            return found
        if time.monotonic() > deadline:
            raise StepFailedError(f"timed out waiting for {what}")
        time.sleep(0.05)


def pump() -> None:
    """Let pyatspi deliver the events it has received (announcements)."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def showing(node: Any) -> bool:
    return bool(node.getState().contains(pyatspi.STATE_SHOWING))


def find_all(root: Any, role: int, name: str | None = None) -> list[Any]:
    """Every node on screen under `root` with `role` (and `name`): hidden pages are skipped."""
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        try:
            if node is not root and not showing(node):
                continue
            if node.getRole() == role and (name is None or node.name == name):
                found.append(node)
            stack.extend(reversed([node.getChildAtIndex(i) for i in range(node.childCount)]))
        except GLib.Error:
            continue
    return found


def find(root: Any, role: int, name: str) -> Any:
    role_name = Atspi.role_get_name(role)

    def probe() -> Any:
        matches = find_all(root, role, name)
        if len(matches) > 1:
            raise StepFailedError(f"{len(matches)} controls with role {role_name} named {name!r}")
        return matches[0] if matches else None

    return wait_for(f"{name!r} (role {role_name})", probe)


def do(node: Any, *wanted: str) -> str:
    """Perform the first action of `wanted` ("press", "toggle", …) that `node` offers."""
    action = node.queryAction()
    names = [action.getName(i).lower() for i in range(action.nActions)]
    for name in wanted:
        if name in names:
            if not action.doAction(names.index(name)):
                raise StepFailedError(f"{node.name!r}: action {name!r} refused")
            return name
    raise StepFailedError(f"{node.name!r} offers {names}, none of {list(wanted)}")


def enabled(node: Any) -> bool:
    state = node.getState()
    return bool(state.contains(pyatspi.STATE_ENABLED) and state.contains(pyatspi.STATE_SENSITIVE))


def press_next(app: Any, report: dict[str, Any], step: str) -> None:
    button = find(app, pyatspi.ROLE_PUSH_BUTTON, "Next")
    wait_for(f"Next to be enabled on {step}", lambda: enabled(button))
    report["steps"].append(f"{step}: Next ({do(button, 'press', 'click')})")


def type_into(app: Any, name: str, text: str, report: dict[str, Any]) -> None:
    entry = find(app, pyatspi.ROLE_TEXT, name)
    if not entry.getState().contains(pyatspi.STATE_EDITABLE):
        raise StepFailedError(f"{name!r} is not editable")
    if not entry.queryEditableText().setTextContents(text):
        raise StepFailedError(f"{name!r} refused the text {text!r}")
    wait_for(f"{name!r} to hold {text!r}", lambda: entry.queryText().getText(0, -1) == text)
    report["steps"].append(f"typed {text!r} into {name!r}")


def walk(app_name: str, org_number: str, domain: str, report: dict[str, Any]) -> None:
    desktop = pyatspi.Registry.getDesktop(0)
    app = wait_for(
        f"the application {app_name!r} on the AT-SPI desktop",
        lambda: next((a for a in desktop if a is not None and a.name == app_name), None),
        timeout=30,
    )
    app.set_cache_mask(Atspi.Cache.NONE)  # states change under us: always ask the app
    report["app"] = app.name
    announcements: list[str] = report["announcements"]

    def heard(event: Any) -> None:
        announcements.append(str(event.any_data))

    pyatspi.Registry.registerEventListener(heard, "object:announcement")

    # Welcome: a fresh profile lists only "Start a new setup", chosen already.
    setups = find(app, pyatspi.ROLE_LIST, "Your setups")
    report["seen"]["setups"] = [item.name for item in find_all(setups, pyatspi.ROLE_LIST_ITEM)]
    press_next(app, report, "welcome")

    # Do you qualify: the number and the four confirmations.
    type_into(app, "Organisation number", org_number, report)
    boxes = wait_for(
        "the four confirmation check boxes",
        lambda: (lambda b: b if len(b) == 4 else None)(find_all(app, pyatspi.ROLE_CHECK_BOX)),
    )
    report["seen"]["check_boxes"] = [box.name for box in boxes]
    for box in boxes:
        how = do(box, "toggle", "click", "press")

        def checked(box: Any = box) -> bool:
            return bool(box.getState().contains(pyatspi.STATE_CHECKED))

        wait_for(f"{box.name!r} to be checked", checked)
        report["steps"].append(f"checked {box.name!r} ({how})")
    press_next(app, report, "prerequisites")

    # Production domain.
    type_into(app, "Production domain", domain, report)
    press_next(app, report, "domain")

    # The callback URL: read it, and copy it.
    url = find(app, pyatspi.ROLE_LABEL, "Callback URL")
    report["seen"]["callback_url"] = url.description
    copy = find(app, pyatspi.ROLE_PUSH_BUTTON, "Copy callback URL")
    wait_for("Copy to be enabled", lambda: enabled(copy))
    report["steps"].append(f"Copy callback URL ({do(copy, 'press', 'click')})")
    # Reported as heard (or not): the test decides what it needs.
    with contextlib.suppress(StepFailedError):
        # The copy's own announcement: an earlier page's online check may announce its
        # result (a warning for an unknown name) at any moment before it.
        wait_for(
            "the copy to be announced",
            lambda: any("copied" in heard for heard in announcements),
            timeout=3,
        )


def main() -> int:
    app_name, org_number, domain = sys.argv[1:4]
    report: dict[str, Any] = {"ok": False, "steps": [], "seen": {}, "announcements": []}
    try:
        walk(app_name, org_number, domain, report)
        report["ok"] = True
    except (StepFailedError, GLib.Error) as error:
        report["error"] = str(error)
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
