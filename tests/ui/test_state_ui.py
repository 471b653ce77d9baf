"""Saved state as the user meets it: resume after a restart, the setups list, deleting a
setup, and a state file that cannot be read."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLayout,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
)
from pytestqt.qtbot import QtBot
from wizard_helpers import (
    CONFIRMATIONS,
    DOMAIN,
    answer_next_message_box,
    child,
    click,
    double_click_item,
    field,
    label,
    make_setup,
    marks,
    new_wizard,
    next_button,
    page,
    page_as,
    press_back,
    press_next,
    start_new_setup,
    type_into,
    walk_to,
)

from vipps_desktop.core.clock import today_iso
from vipps_desktop.core.message import Severity
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.widgets.feedback import Feedback
from vipps_desktop.ui.wizard import LAST_SETUP_KEY, SetupWizard

YES = QMessageBox.StandardButton.Yes
CANCEL = QMessageBox.StandardButton.Cancel


def setups_list(wizard: SetupWizard) -> QListWidget:
    return child(wizard.pages["welcome"], QListWidget, "setups_list")


def rows(wizard: SetupWizard) -> list[tuple[str, str]]:
    """(setup id or "" for "new", text) for every row of the Welcome list."""
    view = setups_list(wizard)
    return [
        (view.item(i).data(Qt.ItemDataRole.UserRole), view.item(i).text())
        for i in range(view.count())
    ]


def select(qtbot: QtBot, wizard: SetupWizard, setup_id: str) -> None:
    view = setups_list(wizard)
    for i in range(view.count()):
        item = view.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == setup_id:
            view.scrollToItem(item)
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center()
            )
            assert view.currentItem() is item
            return
    raise AssertionError(f"{setup_id} is not listed")


def destroy(qtbot: QtBot, wizard: SetupWizard) -> None:
    """Close the window (what the Close button and the window manager do) and destroy it."""
    wizard.close()
    assert not wizard.isVisible()
    with qtbot.waitSignal(wizard.destroyed, timeout=2000):
        wizard.deleteLater()


def own_wizard(qtbot: QtBot, ctx: AppContext) -> SetupWizard:
    """A wizard this test destroys itself (so not handed to qtbot for closing)."""
    window = SetupWizard(ctx)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- resume ------------------------------------------------------------------------------------


def test_resume_after_restart_opens_the_saved_step_with_everything_there(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    first = own_wizard(qtbot, ctx)
    start_new_setup(qtbot, first)  # a setup opened in the window (so it is the last one) ...
    setup_id = make_setup(ctx.workspace, "order", complete=True)  # ... and one made with the API
    first.go_to("order")
    assert first.current_step() == "order"
    destroy(qtbot, first)

    ctx2, again = new_wizard(qtbot, profile)
    again.resume_last()
    assert again.current_step() == "order"
    assert ctx2.workspace.setup is not None and ctx2.workspace.setup.id == setup_id
    assert field(again, "sales_unit_name").text() == "Acme AS"
    assert field(again, "website").text() == "www.acme.no"
    assert child(page(again), QRadioButton, "template_customer_service").isChecked()
    submitted = child(page(again), QCheckBox, "order_submitted_on")
    assert submitted.isChecked()
    assert submitted.text().endswith(f"(on {today_iso()})")
    assert marks(again)["order"] == "current"  # you are here, even on a completed step
    assert marks(again)["waiting"] == ""
    assert marks(again)["domain"] == "done"
    assert marks(again)["prerequisites"] == marks(again)["domain"] == "done"

    press_back(qtbot, again, "callback")
    assert label(again, "callback_url") == "https://acme.idura.broker/NOVippsLogin/Callback"
    press_back(qtbot, again, "domain")
    assert field(again, "domain").text() == DOMAIN
    press_back(qtbot, again, "prerequisites")
    assert field(again, "org_number").text() == "NO 923 609 016 MVA"
    assert all(child(page(again), QCheckBox, n).isChecked() for n in CONFIRMATIONS)


def test_state_typed_in_the_ui_survives_a_restart(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    wizard = own_wizard(qtbot, ctx)
    walk_to(qtbot, wizard, "order")
    type_into(qtbot, field(wizard, "sales_unit_name"), "Acme Norge")
    click(qtbot, child(page(wizard), QRadioButton, "template_customer_service"))
    destroy(qtbot, wizard)

    _ctx2, again = new_wizard(qtbot, profile)
    assert again.current_step() == "welcome"  # until resume_last, as app.run does
    again.resume_last()
    assert again.current_step() == "order"
    assert field(again, "sales_unit_name").text() == "Acme Norge"
    assert child(page(again), QRadioButton, "template_customer_service").isChecked()
    assert not next_button(again).isEnabled()  # the order is not submitted yet
    press_back(qtbot, again, "callback")
    press_back(qtbot, again, "domain")
    assert field(again, "domain").text() == DOMAIN

    # On disk: the raw values, the step the user was on.
    (path,) = (profile / "setups").glob("*.json")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["current_step"] == "domain"
    assert saved["data"]["sales_unit_name"] == "Acme Norge"
    assert saved["data"]["order_template"] == "customer_service"


def test_a_returning_user_s_start_leaves_the_settings_file_alone(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    """Reopening the setup that was open last writes nothing: QSettings would save the file
    (two fdatasyncs) from the event loop, before the first paint."""
    left = make_setup(ctx.workspace, "waiting")
    ctx.settings.setValue(LAST_SETUP_KEY, left)
    ctx.settings.sync()
    settings_file = profile / "settings.ini"
    before = settings_file.stat().st_mtime_ns, settings_file.read_bytes()

    ctx2, wizard = new_wizard(qtbot, profile)
    wizard.resume_last()
    assert wizard.current_step() == "waiting"
    qtbot.wait(50)  # QSettings saves a changed file from the event loop
    ctx2.settings.sync()
    assert (settings_file.stat().st_mtime_ns, settings_file.read_bytes()) == before
    assert ctx2.settings.value(LAST_SETUP_KEY) == left


def test_resume_last_forgets_a_setup_that_is_gone(
    qtbot: QtBot, ctx: AppContext, wizard: SetupWizard
) -> None:
    ctx.settings.setValue(LAST_SETUP_KEY, str(uuid.uuid4()))
    wizard.resume_last()
    assert wizard.current_step() == "welcome"
    assert ctx.settings.value(LAST_SETUP_KEY) is None


# -- the setups list on Welcome ----------------------------------------------------------------


def test_several_setups_are_listed_with_what_each_needs_next(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    fresh = make_setup(ctx.workspace, "prerequisites")
    at_order = make_setup(ctx.workspace, "order")
    at_portal = make_setup(ctx.workspace, "portal")
    ctx.workspace.setup = None  # as after a start with nothing open
    _ctx2, wizard = new_wizard(qtbot, profile)

    listed = rows(wizard)
    assert listed[0][0] == ""
    assert "Start a new setup" in listed[0][1]
    by_id = dict(listed[1:])
    assert set(by_id) == {fresh, at_order, at_portal}
    assert "New company — no domain yet" in by_id[fresh]
    assert "Your turn: check the prerequisites — last changed today" in by_id[fresh]
    assert "923 609 016 — acme.idura.broker" in by_id[at_order]
    assert "Your turn: order Vipps Login — last changed today" in by_id[at_order]
    assert "Approved today: fetch the keys in the Vipps portal" in by_id[at_portal]
    # With nothing open, the first (what needs attention first) is preselected: Next resumes it.
    assert setups_list(wizard).currentRow() == 1


def test_choosing_a_setup_and_pressing_next_resumes_it(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    first = make_setup(ctx.workspace, "waiting")
    make_setup(ctx.workspace, "domain", complete=True)
    ctx.workspace.setup = None
    ctx2, wizard = new_wizard(qtbot, profile)

    select(qtbot, wizard, first)
    press_next(qtbot, wizard, "waiting")
    assert ctx2.workspace.setup is not None and ctx2.workspace.setup.id == first
    assert label(wizard, "order_age") == f"The order was submitted today ({today_iso()})."
    press_back(qtbot, wizard, "order")
    assert field(wizard, "sales_unit_name").text() == "Acme AS"
    assert ctx2.settings.value(LAST_SETUP_KEY) == first


def test_double_click_on_a_setup_resumes_it(qtbot: QtBot, ctx: AppContext, profile: Path) -> None:
    first = make_setup(ctx.workspace, "callback")
    ctx.workspace.setup = None
    ctx2, wizard = new_wizard(qtbot, profile)
    view = setups_list(wizard)
    item = next(
        view.item(i)
        for i in range(view.count())
        if view.item(i).data(Qt.ItemDataRole.UserRole) == first
    )
    double_click_item(qtbot, view, item)
    qtbot.waitUntil(lambda: wizard.current_step() == "callback", timeout=2000)
    assert ctx2.workspace.setup is not None and ctx2.workspace.setup.id == first


def test_enter_on_a_setup_opens_it_where_it_was_left(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    first = make_setup(ctx.workspace, "domain")
    ctx.workspace.setup = None
    _ctx2, wizard = new_wizard(qtbot, profile)
    view = setups_list(wizard)
    select(qtbot, wizard, first)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.current_step() == "domain", timeout=2000)
    qtbot.wait(50)  # a second, stray Next would land now
    assert wizard.current_step() == "domain"


def test_back_to_welcome_lists_the_open_setup_and_next_returns_to_it(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    walk_to(qtbot, wizard, "domain")
    workspace = wizard.ctx.workspace
    assert workspace.setup is not None
    open_id = workspace.setup.id
    press_back(qtbot, wizard, "prerequisites")
    press_back(qtbot, wizard, "welcome")

    # Regression: the list was only filled on the first visit, so it offered only "Start a
    # new setup", and Next then silently started a second, empty setup.
    assert open_id in [setup_id for setup_id, _text in rows(wizard)]
    assert setups_list(wizard).currentItem().data(Qt.ItemDataRole.UserRole) == open_id
    press_next(qtbot, wizard, "prerequisites")
    assert workspace.setup.id == open_id
    assert field(wizard, "org_number").text() == "923609016"
    assert len(workspace.setups()) == 1


def test_enter_on_the_open_setup_goes_one_step_only(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "domain")
    press_back(qtbot, wizard, "prerequisites")
    press_back(qtbot, wizard, "welcome")
    view = setups_list(wizard)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.wait(50)
    # Regression: the list's Enter both activated the item (Next) and reached the dialog's
    # default button (Next again), skipping the prerequisites page.
    assert wizard.current_step() == "prerequisites"


def test_a_setup_left_on_welcome_opens_with_one_press_of_next(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    left_on_welcome = make_setup(ctx.workspace, "domain")
    ctx.workspace.set_current_step("welcome")  # the user went Back to Welcome, then quit
    make_setup(ctx.workspace, "order")
    ctx.workspace.setup = None
    ctx2, wizard = new_wizard(qtbot, profile)

    select(qtbot, wizard, left_on_welcome)
    # Regression: resuming at "welcome" while on Welcome did nothing; a second Next was needed.
    press_next(qtbot, wizard, "prerequisites")
    assert ctx2.workspace.setup is not None and ctx2.workspace.setup.id == left_on_welcome
    assert field(wizard, "org_number").text() == "NO 923 609 016 MVA"


# -- delete ------------------------------------------------------------------------------------


def test_delete_asks_and_cancel_keeps_the_setup(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    keep = make_setup(ctx.workspace, "order", complete=True)
    ctx.workspace.setup = None
    ctx2, wizard = new_wizard(qtbot, profile)
    delete = child(wizard.pages["welcome"], QPushButton, "delete_setup")
    select(qtbot, wizard, "")
    assert not delete.isEnabled()  # nothing to delete on "Start a new setup"
    select(qtbot, wizard, keep)
    assert delete.isEnabled()

    asked: list[str] = []
    answer_next_message_box(CANCEL, asked)
    click(qtbot, delete)
    assert len(asked) == 1
    assert "Delete the setup “923 609 016 — acme.idura.broker”?" in asked[0]
    assert QApplication.activeModalWidget() is None  # the question is gone
    assert keep in [setup_id for setup_id, _ in rows(wizard)]
    assert (profile / "setups" / f"{keep}.json").exists()
    assert [s.id for s in ctx2.workspace.setups()] == [keep]


def test_delete_asks_and_yes_removes_the_setup(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    gone = make_setup(ctx.workspace, "order")
    kept = make_setup(ctx.workspace, "domain")
    ctx.workspace.setup = None
    ctx2, wizard = new_wizard(qtbot, profile)
    delete = page_as(wizard, "welcome", WelcomePage).delete_button
    assert delete.objectName() == "delete_setup"
    select(qtbot, wizard, gone)

    asked: list[str] = []
    answer_next_message_box(YES, asked)
    click(qtbot, delete)
    assert len(asked) == 1
    assert QApplication.activeModalWidget() is None
    # Its keychain entries go first (in the background), then the file.
    qtbot.waitUntil(lambda: not (profile / "setups" / f"{gone}.json").exists(), timeout=10000)
    assert [setup_id for setup_id, _ in rows(wizard)] == ["", kept]
    assert not (profile / "setups" / f"{gone}.json").exists()
    assert [s.id for s in ctx2.workspace.setups()] == [kept]
    assert Workspace(profile).setups()[0].id == kept  # gone from disk, not only from the list


def test_deleting_the_open_setup_closes_it(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "domain")
    workspace = wizard.ctx.workspace
    assert workspace.setup is not None
    open_id = workspace.setup.id
    press_back(qtbot, wizard, "prerequisites")
    press_back(qtbot, wizard, "welcome")
    select(qtbot, wizard, open_id)

    answer_next_message_box(YES, [])
    click(qtbot, page_as(wizard, "welcome", WelcomePage).delete_button)
    qtbot.waitUntil(lambda: workspace.setup is None, timeout=10000)
    assert rows(wizard) == [("", rows(wizard)[0][1])]
    assert all(mark == "" for step, mark in marks(wizard).items() if step != "welcome")
    press_next(qtbot, wizard, "prerequisites")  # "Start a new setup" is what is left
    assert workspace.setup is not None and workspace.setup.id != open_id
    assert field(wizard, "org_number").text() == ""


# -- state files that cannot be read -------------------------------------------------------------


def test_corrupt_state_file_is_kept_aside_and_named_on_welcome(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    good = make_setup(ctx.workspace, "domain")
    ctx.workspace.setup = None
    bad_id = str(uuid.uuid4())
    garbage = b"\x00\xff{not json at all\n\xfe"
    bad = profile / "setups" / f"{bad_id}.json"
    bad.write_bytes(garbage)

    ctx2, wizard = new_wizard(qtbot, profile)
    problems = child(wizard.pages["welcome"], Feedback, "state_problems")
    assert problems.isVisible()
    kept = ctx2.workspace.store.problems[0].moved_to
    assert kept != bad and kept.parent == bad.parent
    assert kept.read_bytes() == garbage
    assert not bad.exists()
    assert problems.lines() == [
        (Severity.WARNING, f"A saved setup could not be read. It was kept, unchanged, as {kept}.")
    ]
    # Made when needed, it still stands above the list, and the deletion's message below
    # the buttons, above the health check, whichever of those was made first.
    welcome = page_as(wizard, "welcome", WelcomePage)
    health, deleting = welcome.health, welcome.deleting
    layout = welcome.content
    items = [layout.itemAt(i) for i in range(layout.count())]
    rows_of_buttons = [item.layout() if item is not None else None for item in items]

    def holds(row: QLayout | None) -> bool:  # the buttons' rows may be nested (issue 26)
        if row is None:
            return False
        if row.indexOf(welcome.delete_button) >= 0:
            return True
        inner = [row.itemAt(i) for i in range(row.count())]
        return any(item is not None and holds(item.layout()) for item in inner)

    buttons = next(i for i, row in enumerate(rows_of_buttons) if holds(row))
    assert 0 <= layout.indexOf(problems) < layout.indexOf(welcome.setups) < buttons
    assert (layout.indexOf(deleting), layout.indexOf(health)) == (buttons + 1, buttons + 2)
    # The readable setup is still there and works.
    assert [setup_id for setup_id, _ in rows(wizard)] == ["", good]
    press_next(qtbot, wizard, "domain")


def test_state_file_from_a_newer_version_is_kept_aside_and_named(
    qtbot: QtBot, profile: Path
) -> None:
    newer_id = str(uuid.uuid4())
    content = json.dumps(
        {
            "format": "vipps-desktop-setup",
            "version": 99,
            "id": newer_id,
            "data": {"org_number": "923609016"},
        }
    ).encode()
    path = profile / "setups" / f"{newer_id}.json"
    path.parent.mkdir()
    path.write_bytes(content)

    ctx, wizard = new_wizard(qtbot, profile)
    problems = child(wizard.pages["welcome"], Feedback, "state_problems")
    assert problems.isVisible()
    (problem,) = ctx.workspace.store.problems
    assert problem.kind == "newer"
    assert "was written by a newer version of this app" in problems.text()
    assert str(problem.moved_to) in problems.text()
    assert problem.moved_to.read_bytes() == content
    assert rows(wizard)[1:] == []


def test_no_problem_label_when_all_files_are_fine(
    qtbot: QtBot, ctx: AppContext, profile: Path
) -> None:
    make_setup(ctx.workspace, "domain")
    _ctx2, wizard = new_wizard(qtbot, profile)
    shown = wizard.pages["welcome"].findChild(Feedback, "state_problems")
    assert shown is None or not shown.isVisible()
