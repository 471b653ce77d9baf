"""Drive the wizard the way a user does: find widgets by name, click, type, press Next."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessibleAnnouncementEvent, QStandardItem
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from vipps_desktop.core.clock import now_iso, today_iso
from vipps_desktop.core.fields import field_name
from vipps_desktop.core.flow import STEPS as FLOW_STEPS
from vipps_desktop.core.message import Severity
from vipps_desktop.core.secrets import SecretStore, Where
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.widgets.feedback import Feedback
from vipps_desktop.ui.widgets.step_list import STATE_ROLE
from vipps_desktop.ui.wizard import SetupWizard

W = TypeVar("W", bound=QWidget)
P = TypeVar("P", bound=GuidePage)

NEXT = QWizard.WizardButton.NextButton

ORG_NUMBER = "923609016"  # a real, valid organisation number (Brønnøysund)
CONFIRMATIONS = (
    "confirm_bankid",
    "confirm_signer_role",
    "confirm_bank_account",
    "confirm_paid_plan",
)
DOMAIN = "acme.idura.broker"
CALLBACK_URL = "https://acme.idura.broker/NOVippsLogin/Callback"


# -- finding -------------------------------------------------------------------------------


def child(root: QWidget, cls: type[W], name: str) -> W:
    """The one widget of `cls` called `name` under `root` (fails if none or several)."""
    found = root.findChildren(cls, name)
    assert len(found) == 1, f"expected one {cls.__name__} {name!r} under {root}, got {found}"
    return found[0]


def page(wizard: SetupWizard, step_id: str | None = None) -> QWidget:
    return wizard.pages[step_id or wizard.current_step()]


def page_as(wizard: SetupWizard, step_id: str, cls: type[P]) -> P:
    """The page for `step_id`, as the class the test means (fails if it is another)."""
    found = wizard.pages[step_id]
    assert isinstance(found, cls), f"{step_id} is a {type(found).__name__}, not {cls.__name__}"
    return found


def choose_on_welcome(wizard: SetupWizard, setup_id: str) -> WelcomePage:
    """Back on Welcome, its list read again, the saved setup `setup_id` selected in it."""
    wizard.go_to("welcome")
    welcome = page_as(wizard, "welcome", WelcomePage)
    welcome.refresh()
    for row in range(welcome.setups.count()):
        if welcome.setups.item(row).data(Qt.ItemDataRole.UserRole) == setup_id:
            welcome.setups.setCurrentRow(row)
    return welcome


def field(wizard: SetupWizard, name: str) -> QLineEdit:
    return child(page(wizard), QLineEdit, name)


def label(wizard: SetupWizard, name: str) -> str:
    """The text of a label, or of a feedback line (without its icons), called `name`."""
    found = page(wizard).findChildren(Feedback, name)
    if found:
        assert len(found) == 1, f"expected one Feedback {name!r}, got {found}"
        return found[0].text()
    return child(page(wizard), QLabel, name).text()


def tagged(feedback: Feedback) -> str:
    """Feedback as text with each line's severity in brackets: "[ok] Looks right."; what
    the icon shows, for tests to compare (the widget itself has no glyph in its text)."""
    return "\n".join(
        f"[{severity}] {text}" if severity else text for severity, text in feedback.lines()
    )


def marked(wizard: SetupWizard, name: str) -> str:
    """The feedback called `name` on the current page, `tagged`."""
    return tagged(child(page(wizard), Feedback, name))


def verdict(wizard: SetupWizard, name: str) -> Severity | None:
    """The severity of the feedback called `name` (its first line's: the verdict)."""
    return child(page(wizard), Feedback, name).severity()


def next_button(wizard: SetupWizard) -> QAbstractButton:
    return wizard.button(NEXT)


def back_button(wizard: SetupWizard) -> QAbstractButton:
    return wizard.back_button


def marks(wizard: SetupWizard) -> dict[str, str]:
    """Step id -> the state the side list's icon shows beside its title ("done", "current"
    or "" for not yet)."""
    steps = wizard.step_list.steps
    result = {}
    for row in range(steps.rowCount()):
        item = steps.item(row)
        result[item.data(Qt.ItemDataRole.UserRole)] = item.data(STATE_ROLE)
    return result


# -- acting --------------------------------------------------------------------------------


def scroll_to(widget: QWidget) -> None:
    """Scroll the page so `widget` is on screen, as a user would before clicking it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            return
        parent = parent.parentWidget()


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Left-click `widget` where a user would: a check box or radio on its box and label."""
    assert widget.isVisible(), f"{widget.objectName()} is not visible"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    scroll_to(widget)
    pos = widget.rect().center()
    if isinstance(widget, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(widget)
        element = (
            QStyle.SubElement.SE_CheckBoxClickRect
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonClickRect
        )
        pos = widget.style().subElementRect(element, option, widget).center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def click_named(qtbot: QtBot, wizard: SetupWizard, cls: type[QWidget], name: str) -> None:
    click(qtbot, child(page(wizard), cls, name))


def type_into(qtbot: QtBot, edit: QLineEdit, text: str, *, replace: bool = True) -> None:
    """Click into the field, select what is there (when replacing) and type."""
    scroll_to(edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    if replace:
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def double_click_item(qtbot: QtBot, view: QListView, item: QListWidgetItem | QStandardItem) -> None:
    """Double-click an item as a user does: a first click, then the second one."""
    if isinstance(item, QStandardItem):
        index = item.index()
    else:
        assert isinstance(view, QListWidget)
        index = view.indexFromItem(item)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def paste_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Put `text` on the clipboard and paste it with Ctrl+V (replacing what was there)."""
    QApplication.clipboard().setText(text)
    scroll_to(edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def leave_field(qtbot: QtBot, edit: QLineEdit) -> None:
    """Tab out of the field (the user moves on): Qt then emits editingFinished."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def press_next(qtbot: QtBot, wizard: SetupWizard, expect: str | None = None) -> None:
    button = next_button(wizard)
    assert button.isEnabled(), f"Next is disabled on {wizard.current_step()}"
    before = wizard.current_step()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if expect is not None:
        qtbot.waitUntil(lambda: wizard.current_step() == expect, timeout=2000)
    else:
        assert wizard.current_step() != before


def press_back(qtbot: QtBot, wizard: SetupWizard, expect: str) -> None:
    button = back_button(wizard)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == expect


def answer_next_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Once the next modal QMessageBox is up, record its text and press `button` in it."""

    def answer(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 200:
                QTimer.singleShot(10, lambda: answer(tries + 1))
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


# -- walking the main path through the UI ----------------------------------------------------


def start_new_setup(qtbot: QtBot, wizard: SetupWizard) -> None:
    assert wizard.current_step() == "welcome"
    press_next(qtbot, wizard, "prerequisites")


def fill_prerequisites(qtbot: QtBot, wizard: SetupWizard, org: str = ORG_NUMBER) -> None:
    type_into(qtbot, field(wizard, "org_number"), org)
    for name in CONFIRMATIONS:
        box = child(page(wizard), QCheckBox, name)
        if not box.isChecked():
            click(qtbot, box)


def fill_domain(qtbot: QtBot, wizard: SetupWizard, domain: str = DOMAIN) -> None:
    edit = field(wizard, "domain")
    type_into(qtbot, edit, domain)
    leave_field(qtbot, edit)


def fill_order(
    qtbot: QtBot, wizard: SetupWizard, name: str = "Acme AS", website: str = "https://www.acme.no"
) -> None:
    type_into(qtbot, field(wizard, "sales_unit_name"), name)
    type_into(qtbot, field(wizard, "website"), website)
    click_named(qtbot, wizard, QCheckBox, "order_submitted_on")


def walk_to(qtbot: QtBot, wizard: SetupWizard, target: str) -> None:
    """From Welcome with "Start a new setup", through every step up to `target`."""
    steps = ["welcome", "prerequisites", "domain", "callback", "order", "waiting", "portal"]
    fill: dict[str, Callable[[], None]] = {
        "prerequisites": lambda: fill_prerequisites(qtbot, wizard),
        "domain": lambda: fill_domain(qtbot, wizard),
        "order": lambda: fill_order(qtbot, wizard),
        "waiting": lambda: click_named(qtbot, wizard, QCheckBox, "approved_on"),
    }
    for step, following in itertools.pairwise(steps):
        if step == target:
            return
        assert wizard.current_step() == step
        if step in fill:
            fill[step]()
        press_next(qtbot, wizard, following)
    assert wizard.current_step() == target


# -- setups made through the workspace API -----------------------------------------------------


def setup_values(upto: str) -> dict[str, object]:
    """The values a setup has when every step before `upto` is complete."""
    values: dict[str, object] = {}
    order = ["prerequisites", "domain", "callback", "order", "waiting", "portal"]
    parts: dict[str, dict[str, object]] = {
        "prerequisites": {"org_number": "NO 923 609 016 MVA", **dict.fromkeys(CONFIRMATIONS, True)},
        "domain": {"domain": DOMAIN},
        "order": {
            "sales_unit_name": "Acme AS",
            "website": "www.acme.no",
            "order_template": "customer_service",
            "order_submitted_on": today_iso(),
        },
        "waiting": {"approved_on": today_iso()},
    }
    for step in order[: order.index(upto)]:
        values.update(parts.get(step, {}))
    return values


def make_setup(workspace: Workspace, upto: str, *, complete: bool = False, **extra: object) -> str:
    """A saved setup whose user left on `upto`, with every earlier step complete (and `upto`
    itself when `complete`). It is the open setup afterwards."""
    setup = workspace.new_setup()
    steps = ["prerequisites", "domain", "callback", "order", "waiting", "portal"]
    values = setup_values(steps[steps.index(upto) + 1] if complete else upto)
    for key, value in {**values, **extra}.items():
        workspace.set(field_name(key), value)
    workspace.set_current_step(upto)
    return setup.id


def new_wizard(qtbot: QtBot, profile: Path) -> tuple[AppContext, SetupWizard]:
    """A fresh context and wizard on `profile`, as after starting the app again."""
    ctx = make_context(profile)
    window = SetupWizard(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return ctx, window


# -- setups on a given step, for page-by-page tests ------------------------------------------

STEPS = [step.id for step in FLOW_STEPS]
# What each step needs from the earlier ones, set through the workspace as a user's typing does.
BEFORE: dict[str, dict[str, object]] = {
    "prerequisites": {"org_number": ORG_NUMBER, **dict.fromkeys(CONFIRMATIONS, True)},
    "domain": {"domain": DOMAIN},
    "order": {
        "sales_unit_name": "Acme AS",
        "website": "https://www.acme.no",
        "order_submitted_on": today_iso(),
    },
    "waiting": {"approved_on": today_iso()},
    "portal": {"confirm_keys_found": True, "confirm_redirect_uri": True},
    "credentials": {"credentials_saved_at": now_iso(), "credentials_where": str(Where.MEMORY)},
    "submit": {"submitted_to_criipto_on": today_iso()},
}


class NoKeychain(SecretStore):
    """A computer without an OS keychain: the vault keeps the keys in memory."""

    def __init__(self) -> None:
        self.backend = None


class Announcements:
    """Stands in for QAccessible in `announce`: records what screen readers would be told."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def isActive(self) -> bool:
        return True

    def updateAccessibility(self, event: QAccessibleAnnouncementEvent) -> None:
        self.messages.append(event.message())
