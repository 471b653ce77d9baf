"""Accessibility, page by page, as Qt reports it to assistive technology.

Every control has a name, fields have label buddies, mnemonics are unique on a page, Tab goes
top to bottom and shows where it is, Enter and Escape do what they do in any dialog, status
changes are announced, and the whole flow works from the keyboard alone. (The same wizard,
driven from outside through AT-SPI as a screen reader would, is test_atspi.py.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import OpenedUrls
from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from wizard_helpers import (
    BEFORE,
    CALLBACK_URL,
    CONFIRMATIONS,
    DOMAIN,
    ORG_NUMBER,
    STEPS,
    Announcements,
    NoKeychain,
    W,
    child,
    page_as,
)

from vipps_desktop.core.fields import field_name
from vipps_desktop.core.message import Severity
from vipps_desktop.core.secrets import CredentialVault, Where
from vipps_desktop.core.workspace import Workspace, keychain_key
from vipps_desktop.ui import i18n
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.pages.credentials import SAVE_DELAY_MS, CredentialsPage
from vipps_desktop.ui.pages.domain import DomainPage
from vipps_desktop.ui.pages.prerequisites import PrerequisitesPage
from vipps_desktop.ui.pages.submit import CHECKLIST, SubmitPage
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.widgets import copy_button
from vipps_desktop.ui.widgets.copy_button import CopyButton
from vipps_desktop.ui.widgets.feedback import Feedback
from vipps_desktop.ui.wizard import SetupWizard

LANGUAGES = ["en", "nb"]  # names and mnemonics must hold in every language the app speaks
CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="
MNEMONIC = re.compile(r"&(?!&)(\w)")
SYMBOLS = set("<>↗✓▸+")  # drawn for the eye; read aloud they are noise ("greater-than")


class Keyboard:
    """Keys go where the user's keys go: to the widget that has the focus."""

    def __init__(self, qtbot: QtBot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def alt(self, letter: str) -> None:
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)

    def tab_until(self, wanted: Callable[[QWidget], bool], limit: int = 40) -> QWidget:
        for _ in range(limit):
            if wanted(self.focus()):
                return self.focus()
            self.press(Qt.Key.Key_Tab)
        pytest.fail(f"Tab never reached the wanted control (stuck at {describe(self.focus())})")


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def vault() -> CredentialVault:
    return CredentialVault(NoKeychain())


@pytest.fixture
def language() -> str:
    """English, unless a test is parametrized over LANGUAGES."""
    return "en"


@pytest.fixture
def wizard(
    qtbot: QtBot,
    profile: Path,
    vault: CredentialVault,
    opened_urls: OpenedUrls,
    language: str,
    translations: Path,
) -> Iterator[SetupWizard]:
    assert i18n.install_translators(language), f"no {language} translation in {translations}"
    try:
        yield from _wizard(qtbot, profile, vault, language)
    finally:
        i18n.install_translators("en")


def _wizard(
    qtbot: QtBot, profile: Path, vault: CredentialVault, language: str
) -> Iterator[SetupWizard]:
    ctx = make_context(profile, language, vault_factory=lambda: vault)
    window = SetupWizard(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    QGuiApplication.clipboard().clear()


@pytest.fixture
def keys(qtbot: QtBot, wizard: SetupWizard) -> Keyboard:
    return Keyboard(qtbot, wizard)


def reach(qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, step: str) -> None:
    """Open a setup whose earlier steps are all done, on `step`."""
    workspace = wizard.ctx.workspace
    workspace.new_setup()
    for earlier in STEPS[: STEPS.index(step)]:
        for key, value in BEFORE.get(earlier, {}).items():
            workspace.set(field_name(key), value)
    if STEPS.index(step) > STEPS.index("credentials"):
        assert workspace.setup is not None
        vault.store(keychain_key(workspace.setup), CLIENT_ID, SECRET)
    if step == "welcome":
        wizard.pages["welcome"].load()
    else:
        wizard.go_to(step)
    assert wizard.current_step() == step
    if step in ("credentials", "submit"):  # the keys come from the vault in the background
        keys_page = wizard.pages[step]
        assert isinstance(keys_page, CredentialsPage | SubmitPage)
        qtbot.waitUntil(lambda: not keys_page.worker.busy, timeout=3000)


# -- looking -----------------------------------------------------------------------------------


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel | QLineEdit) else ""
    return f"{type(widget).__name__}({widget.objectName()!r}, {text[:40]!r})"


def accessible(widget: QWidget, what: QAccessible.Text = QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, describe(widget)
    return interface.text(what)


def shown(root: QWidget, cls: type[W]) -> list[W]:
    return [w for w in root.findChildren(cls) if w.isVisible()]


def tab_stops(wizard: SetupWizard) -> list[QWidget]:
    """Everything on screen that Tab may land on (enabled or not)."""
    return [w for w in shown(wizard, QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def on_page(wizard: SetupWizard, widget: QWidget) -> bool:
    return wizard.currentPage().isAncestorOf(widget)


def rect(wizard: SetupWizard, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(wizard, QPoint(0, 0)), widget.size())


def reads_before(a: QRect, b: QRect) -> bool:
    """`a` comes before `b` in reading order: left of it on the same line, or above it."""
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    if overlap > 0:  # side by side
        return a.left() < b.left()
    return a.top() < b.top()


def mnemonics(widget: QWidget) -> list[str]:
    """The letters `widget`'s text marks with "&" (none in rich text, where & is an entity)."""
    if isinstance(widget, QLabel):
        kind = widget.textFormat()
        rich = kind == Qt.TextFormat.RichText or (
            kind == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(widget.text())
        )
        text = "" if rich else widget.text()
    elif isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    else:
        text = ""
    return [letter.lower() for letter in MNEMONIC.findall(text)]


def mnemonic_owners(wizard: SetupWizard) -> dict[str, list[str]]:
    """Mnemonic letter -> every visible control or label whose text claims it."""
    owners: dict[str, list[str]] = {}
    for widget in shown(wizard, QWidget):
        for letter in mnemonics(widget):
            owners.setdefault(letter, []).append(describe(widget))
    return owners


def tab_cycle(keys: Keyboard) -> list[QWidget]:
    """Press Tab from where the focus is until it comes back: every stop, in order."""
    start = keys.focus()
    stops = [start]
    for _ in range(60):
        keys.press(Qt.Key.Key_Tab)
        if keys.focus() is start:
            return stops
        assert keys.focus() not in stops, f"Tab went round without {describe(start)}"
        stops.append(keys.focus())
    pytest.fail("Tab never came back to where it started")


# -- names, labels, mnemonics ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", STEPS)
def test_every_control_has_a_name_of_its_own(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, step: str
) -> None:
    reach(qtbot, wizard, vault, step)
    names: dict[str, list[str]] = {}
    for widget in tab_stops(wizard):
        name = accessible(widget).strip()
        assert any(c.isalnum() for c in name), f"{describe(widget)} has no accessible name"
        assert "&" not in name, f"{describe(widget)}: mnemonic marker in its name {name!r}"
        assert not SYMBOLS & set(name), f"{describe(widget)}: symbols in its name {name!r}"
        names.setdefault(name, []).append(describe(widget))
    # Two controls with one name cannot be told apart by ear (e.g. several "Copy" buttons).
    assert {n: w for n, w in names.items() if len(w) > 1} == {}


@pytest.mark.parametrize("step", ["callback", "order", "portal", "submit"])
def test_copy_buttons_say_what_they_copy(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, step: str
) -> None:
    reach(qtbot, wizard, vault, step)
    buttons = shown(wizard.currentPage(), CopyButton)
    assert buttons
    for button in buttons:
        name = accessible(button)
        assert name.startswith("Copy ") and len(name) > len("Copy ") + 3, describe(button)


def test_the_callback_url_is_read_out_not_only_named(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault
) -> None:
    reach(qtbot, wizard, vault, "callback")
    url = child(wizard.currentPage(), QLabel, "callback_url")
    assert accessible(url) == "Callback URL"
    assert accessible(url, QAccessible.Text.Description) == CALLBACK_URL


@pytest.mark.parametrize("step", STEPS)
def test_every_field_has_a_label_buddy(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, step: str
) -> None:
    reach(qtbot, wizard, vault, step)
    page = wizard.currentPage()
    buddies = {label.buddy(): label for label in shown(page, QLabel) if label.buddy() is not None}
    for edit in shown(page, QLineEdit):
        assert edit in buddies, f"{describe(edit)} has no label buddy"
        assert buddies[edit].isVisible()
        assert accessible(edit).strip(), f"{describe(edit)} has no accessible name"
    # A label with a mnemonic but no buddy underlines a letter that does nothing.
    for label in shown(page, QLabel):
        if mnemonics(label):
            assert label.buddy() is not None, f"{describe(label)}: mnemonic without a buddy"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", STEPS)
def test_mnemonics_are_unique_on_each_page(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, step: str
) -> None:
    reach(qtbot, wizard, vault, step)
    owners = mnemonic_owners(wizard)
    assert {letter: who for letter, who in owners.items() if len(who) > 1} == {}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", STEPS)
def test_a_label_mnemonic_moves_the_focus_to_its_field(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, keys: Keyboard, step: str
) -> None:
    reach(qtbot, wizard, vault, step)
    labels = [
        label
        for label in shown(wizard.currentPage(), QLabel)
        if label.buddy() is not None and mnemonics(label)
    ]
    for label in labels:
        keys.alt(mnemonics(label)[0])
        assert keys.focus() is label.buddy(), f"Alt+letter of {describe(label)}"


# -- Tab ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("step", STEPS)
def test_tab_goes_through_the_page_top_to_bottom_then_the_buttons(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, keys: Keyboard, step: str
) -> None:
    reach(qtbot, wizard, vault, step)
    focus = keys.focus()
    page_stops = [
        w
        for w in tab_stops(wizard)
        if on_page(wizard, w)
        and w.isEnabled()
        and not (isinstance(w, QRadioButton) and not w.isChecked())
    ]
    if page_stops:  # a page opens with the focus on its first control
        assert on_page(wizard, focus), f"focus on {describe(focus)}, not in the page"
    stops = tab_cycle(keys)

    in_page = [w for w in stops if on_page(wizard, w)]
    assert set(in_page) == set(page_stops), "Tab skips a control, or stops on a hidden one"
    for a, b in itertools.pairwise(in_page):
        assert reads_before(rect(wizard, a), rect(wizard, b)), (
            f"Tab goes from {describe(a)} back up to {describe(b)}"
        )

    # After the page (wherever the cycle starts): the step list, then the buttons left to right.
    start = stops.index(in_page[-1]) + 1 if in_page else stops.index(wizard.step_list)
    rest = (stops + stops)[start : start + len(stops) - len(in_page)]
    assert rest[0] is wizard.step_list
    buttons = rest[1:]
    assert all(isinstance(b, QPushButton) and not on_page(wizard, b) for b in buttons)
    xs = [rect(wizard, b).left() for b in buttons]
    assert xs == sorted(xs), [describe(b) for b in buttons]
    visible_wizard_buttons = [
        b for b in shown(wizard, QPushButton) if not on_page(wizard, b) and b.isEnabled()
    ]
    assert set(buttons) == set(visible_wizard_buttons)


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def grab_plain(widget: QWidget) -> QImage:
    """`widget` as it looks without the focus. A dialog's default button is highlighted
    without it too (Fusion draws both alike), so it is grabbed as a plain button."""
    if isinstance(widget, QPushButton) and widget.isDefault():
        widget.setDefault(False)
        try:
            return grab(widget)
        finally:
            widget.setDefault(True)
    return grab(widget)


@pytest.mark.parametrize("step", STEPS)
def test_the_focus_is_always_visible(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, keys: Keyboard, step: str
) -> None:
    reach(qtbot, wizard, vault, step)
    keys.press(Qt.Key.Key_Tab)  # from here on the focus moves by keyboard, as it does for users
    start = keys.focus()
    invisible = []
    while True:
        widget = keys.focus()
        focused = grab(widget)
        keys.press(Qt.Key.Key_Tab)
        if grab_plain(widget) == focused:
            invisible.append(describe(widget))
        if keys.focus() is start:
            break
    assert invisible == [], "focus not visible on these"


# -- Enter, Escape -----------------------------------------------------------------------------


def test_escape_closes_the_wizard_and_keeps_what_was_typed(
    qtbot: QtBot, wizard: SetupWizard, keys: Keyboard, profile: Path
) -> None:
    keys.press(Qt.Key.Key_Return)  # Welcome: start a new setup
    assert wizard.current_step() == "prerequisites"
    assert isinstance(keys.focus(), QLineEdit)
    keys.type(ORG_NUMBER)

    keys.press(Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.result() == QDialog.DialogCode.Rejected

    again = Workspace(profile)
    (setup,) = again.setups()
    again.open_setup(setup.id)
    assert again.get("org_number") == ORG_NUMBER
    assert again.resume_step() == "prerequisites"


def test_enter_goes_on_only_when_the_page_is_complete(
    qtbot: QtBot, wizard: SetupWizard, keys: Keyboard
) -> None:
    keys.press(Qt.Key.Key_Return)
    assert wizard.current_step() == "prerequisites"
    keys.type(ORG_NUMBER)
    keys.press(Qt.Key.Key_Return)  # the boxes are not ticked yet
    assert wizard.current_step() == "prerequisites"
    for _ in CONFIRMATIONS:
        keys.tab_until(lambda w: isinstance(w, QCheckBox) and not w.isChecked())
        keys.press(Qt.Key.Key_Space)
    assert isinstance(keys.focus(), QCheckBox)
    keys.press(Qt.Key.Key_Return)
    assert wizard.current_step() == "domain"


def test_the_whole_flow_works_from_the_keyboard(
    qtbot: QtBot, wizard: SetupWizard, keys: Keyboard
) -> None:
    workspace = wizard.ctx.workspace

    def arrive(step: str) -> None:
        qtbot.waitUntil(lambda: wizard.current_step() == step, timeout=3000)
        assert on_page(wizard, keys.focus()), f"{step}: focus on {describe(keys.focus())}"

    def tick(letter: str, key: str) -> None:
        keys.alt(letter)  # a check box's mnemonic ticks it (after a short animation)
        qtbot.waitUntil(lambda: bool(workspace.get(field_name(key))), timeout=2000)

    assert keys.focus() is page_as(wizard, "welcome", WelcomePage).setups
    keys.press(Qt.Key.Key_Return)

    arrive("prerequisites")
    assert keys.focus().objectName() == "org_number"
    keys.type(ORG_NUMBER)
    for _ in CONFIRMATIONS:
        keys.tab_until(lambda w: isinstance(w, QCheckBox) and not w.isChecked())
        keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Return)

    arrive("domain")
    keys.alt("d")
    keys.type(DOMAIN)
    keys.press(Qt.Key.Key_Return)

    arrive("callback")
    keys.tab_until(lambda w: isinstance(w, CopyButton))
    keys.press(Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == CALLBACK_URL
    keys.alt("n")  # Enter would press the focused Copy button again; Alt+N is Next

    arrive("order")
    keys.alt("u")
    keys.type("Acme AS")
    keys.alt("e")
    keys.type("https://www.acme.no")
    tick("s", "order_submitted_on")
    keys.press(Qt.Key.Key_Return)

    arrive("waiting")
    tick("a", "approved_on")
    keys.press(Qt.Key.Key_Return)

    arrive("portal")
    tick("i", "confirm_keys_found")
    tick("s", "confirm_redirect_uri")
    keys.press(Qt.Key.Key_Return)

    arrive("credentials")
    keys.alt("i")
    keys.type(CLIENT_ID)
    keys.alt("s")
    keys.type(SECRET)
    qtbot.waitUntil(lambda: bool(workspace.get("credentials_saved_at")), timeout=3000)
    keys.press(Qt.Key.Key_Return)

    arrive("submit")
    submit = page_as(wizard, "submit", SubmitPage)
    qtbot.waitUntil(lambda: submit.copy_secret.isEnabled(), timeout=3000)
    tick("p", CHECKLIST[0])
    for _ in CHECKLIST[1:]:
        keys.tab_until(lambda w: isinstance(w, QCheckBox) and not w.isChecked())
        keys.press(Qt.Key.Key_Space)
    answered: list[str] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_yes)
            return
        answered.append(box.text())
        yes = box.button(QMessageBox.StandardButton.Yes)
        for _ in range(5):  # the safe answer has the focus: Tab to the other one
            if QApplication.focusWidget() is yes:
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(yes, Qt.Key.Key_Space)

    QTimer.singleShot(0, answer_yes)
    keys.alt("s")  # "I have saved them in Idura…"
    qtbot.waitUntil(lambda: wizard.current_step() == "done", timeout=5000)
    assert answered and "Idura" in answered[0]
    with qtbot.waitActive(wizard):  # as the window manager does when the question closes
        wizard.activateWindow()
    assert keys.focus() is wizard.button(QWizard.WizardButton.FinishButton)

    keys.press(Qt.Key.Key_Return)  # Finish
    assert not wizard.isVisible()
    assert wizard.result() == QDialog.DialogCode.Accepted


# -- assistive technology ----------------------------------------------------------------------


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Announcements:
    recorder = Announcements()
    monkeypatch.setattr(copy_button, "QAccessible", recorder)
    return recorder


def test_status_changes_are_announced(
    qtbot: QtBot,
    wizard: SetupWizard,
    vault: CredentialVault,
    keys: Keyboard,
    announced: Announcements,
) -> None:
    reach(qtbot, wizard, vault, "callback")
    keys.tab_until(lambda w: isinstance(w, CopyButton))
    keys.press(Qt.Key.Key_Space)
    assert announced.messages == ["callback URL copied to the clipboard"]

    announced.messages.clear()
    keys.alt("f")
    QGuiApplication.clipboard().setText(CALLBACK_URL)
    keys.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert announced.messages == ["OK: Identical. This is the URL to give Vipps."]
    keys.type("xy")  # the verdict changes once, and is not repeated for every key
    assert len(announced.messages) == 2
    assert announced.messages[1].startswith("Problem: Different:")


def test_a_check_result_is_announced(
    qtbot: QtBot,
    wizard: SetupWizard,
    vault: CredentialVault,
    keys: Keyboard,
    announced: Announcements,
) -> None:
    reach(qtbot, wizard, vault, "domain")
    keys.alt("d")
    keys.type(DOMAIN)  # checked once the user stops typing; here it cannot be reached
    live = page_as(wizard, "domain", DomainPage).live
    qtbot.waitUntil(lambda: live.state == "done", timeout=10000)
    assert announced.messages == [live.feedback.spoken()]  # the icon's meaning, then the words
    assert announced.messages[0].startswith("Problem: The domain acme.idura.broker does not exist")


def test_keys_saved_is_announced(
    qtbot: QtBot,
    wizard: SetupWizard,
    vault: CredentialVault,
    keys: Keyboard,
    announced: Announcements,
) -> None:
    reach(qtbot, wizard, vault, "portal")
    wizard.ctx.workspace.set("confirm_keys_found", True)
    wizard.ctx.workspace.set("confirm_redirect_uri", True)
    keys.alt("n")
    qtbot.waitUntil(lambda: wizard.current_step() == "credentials", timeout=2000)
    keys.alt("i")
    keys.type(CLIENT_ID)
    keys.alt("s")
    keys.type(SECRET)
    qtbot.waitUntil(lambda: bool(wizard.ctx.workspace.get("credentials_saved_at")), timeout=3000)
    assert any("memory" in m for m in announced.messages), announced.messages


def test_text_set_by_assistive_technology_is_saved_like_typed_text(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault
) -> None:
    """AT-SPI's EditableText sets a field's text as a program would (no textEdited)."""
    reach(qtbot, wizard, vault, "prerequisites")
    workspace = wizard.ctx.workspace
    for key in CONFIRMATIONS:
        workspace.set(field_name(key), True)
    page = page_as(wizard, "prerequisites", PrerequisitesPage)
    edit = page.org_number.edit
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    interface = QAccessible.queryAccessibleInterface(edit)
    interface.editableTextInterface().insertText(0, "NO 923 609 016 MVA")
    assert workspace.get("org_number") == "NO 923 609 016 MVA"
    assert child(page, Feedback, "org_number_message").severity() == Severity.OK
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_showing_a_saved_value_is_not_an_edit(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault
) -> None:
    """The other side of the above: the app filling a field is not saved or checked twice."""
    reach(qtbot, wizard, vault, "domain")
    page = page_as(wizard, "prerequisites", PrerequisitesPage)
    verdicts: list[object] = []
    page.org_number.verdict.connect(verdicts.append)
    wizard.ctx.workspace.set("org_number", "NO 923 609 016 MVA")  # e.g. another setup's value
    page.load()
    assert page.org_number.edit.text() == "NO 923 609 016 MVA"
    assert len(verdicts) == 1


def test_keys_shown_from_the_keychain_are_not_saved_again(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    reach(qtbot, wizard, vault, "submit")
    stored: list[str] = []
    store = vault.store

    def store_and_record(*args: str) -> Where:
        stored.append(args[0])
        return store(*args)

    monkeypatch.setattr(vault, "store", store_and_record)
    wizard.go_to("credentials")
    page = page_as(wizard, "credentials", CredentialsPage)
    qtbot.waitUntil(lambda: page.client_id.text() == CLIENT_ID, timeout=3000)
    qtbot.wait(2 * SAVE_DELAY_MS)
    assert stored == []
    assert page.status.kind == "memory"
