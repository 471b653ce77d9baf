"""Hand-over through the UI (issue 26): the setup record (PDF and Markdown), export, import,
each reached by the keyboard and driven through the app's own file dialog.

The record's PDF is read back with poppler's pdftotext; a record made while the keys are still
in the real (private) GNOME Keyring holds the client ID and none of the secret's encodings.
"""

from __future__ import annotations

import base64
import binascii
import errno
import json
import os
import shutil
import subprocess
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from keychain_util import delete_all, has_test_keychain, requires_keychain
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from wizard_helpers import new_wizard

from vipps_desktop.core import transfer
from vipps_desktop.core.fields import field_name
from vipps_desktop.core.message import Severity
from vipps_desktop.core.secrets import CredentialVault
from vipps_desktop.core.state import Setup, SetupStore
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui import i18n
from vipps_desktop.ui.pages.done import DonePage
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.record_labels import record_labels

CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="
DOMAIN = "acme.idura.broker"
HAVE_PDFTOTEXT = shutil.which("pdftotext") is not None
requires_pdftotext = pytest.mark.skipif(
    not HAVE_PDFTOTEXT, reason="pdftotext (poppler-utils, scripts/apt-packages.sh TEST_EXTRA)"
)
ALT = Qt.KeyboardModifier.AltModifier


def alt(qtbot: QtBot, window: QWidget, letter: str) -> None:
    """Alt+letter where the user's keys go: to the widget with the keyboard focus."""
    window.activateWindow()

    def focus_inside() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and focus.window() is window

    qtbot.waitUntil(focus_inside, timeout=5000)
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def pdf_text(path: Path) -> str:
    assert path.read_bytes().startswith(b"%PDF-")
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def readable(text: str) -> tuple[str, str]:
    """The PDF's text with its line breaks as spaces, and without them (a wrapped URL)."""
    return " ".join(text.split()), text.replace("\n", "")


def secret_encodings(secret: str) -> list[str]:
    raw = secret.encode()
    return [
        secret,
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode(),
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret),
        binascii.hexlify(raw).decode(),
        binascii.hexlify(raw).decode().upper(),
        secret.replace("+", "\\+"),
        secret[:10],
    ]


def finished_setup(workspace: Workspace, **extra: object) -> Setup:
    setup = workspace.new_setup()
    values: dict[str, object] = {
        "org_number": "923609016",
        "company_name": "Acme AS",
        "confirm_bankid": True,
        "confirm_signer_role": True,
        "confirm_bank_account": True,
        "confirm_paid_plan": True,
        "domain": DOMAIN,
        "sales_unit_name": "Acme Login",
        "order_template": "web",
        "signer_is_user": True,
        "order_submitted_on": "2026-11-20",
        "approved_on": "2026-11-24",
        "confirm_redirect_uri": True,
        "confirm_keys_found": True,
        "vipps_environment": "production",
        "msn": "654321",
        "credentials_saved_at": "2026-11-25T10:00:00+00:00",
        "submitted_to_criipto_on": "2026-11-26",
    }
    values.update(extra)
    for key, value in values.items():
        workspace.set(field_name(key), value)
    workspace.set_current_step("done")
    return setup


def file_dialog(qtbot: QtBot, owner: object) -> QFileDialog:
    def shown() -> QFileDialog | None:
        dialog = getattr(owner, "dialog", None)
        return dialog if isinstance(dialog, QFileDialog) and dialog.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    dialog = shown()
    assert dialog is not None
    return dialog


def choose_file(qtbot: QtBot, owner: object, path: Path) -> None:
    """Type the path into the app's file dialog and press Enter, as a user would."""
    dialog = file_dialog(qtbot, owner)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's own dialog (no native one here)
    assert edit is not None
    edit.setText(str(path))  # as typed (typing here would pop up the completer)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def message_box(qtbot: QtBot, parent: object, name: str) -> QMessageBox:
    def found() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QMessageBox)
                and widget.objectName() == name
                and widget.isVisible()
            ):
                return widget
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=5000)
    box = found()
    assert box is not None
    return box


@pytest.fixture
def clean_keychain(qapp: object) -> Iterator[None]:
    if has_test_keychain():
        delete_all()
    yield
    if has_test_keychain():
        delete_all()


# -- the record ----------------------------------------------------------------------------


@requires_pdftotext
def test_done_page_saves_a_pdf_record_by_keyboard(
    qtbot: QtBot, profile: Path, tmp_path: Path
) -> None:
    workspace = Workspace(profile)
    finished_setup(workspace)
    _ctx, wizard = new_wizard(qtbot, profile)
    wizard.resume_last()
    wizard.open_setup(workspace.setup.id)  # type: ignore[union-attr]
    assert wizard.current_step() == "done"
    page = wizard.pages["done"]
    assert isinstance(page, DonePage)

    alt(qtbot, wizard, "r")  # "Save setup &record…"
    target = tmp_path / "record.pdf"
    choose_file(qtbot, page.handover(), target)
    qtbot.waitUntil(lambda: page.handover_status.isVisible(), timeout=10000)
    assert str(target) in page.handover_status.text()

    words, unwrapped = readable(pdf_text(target))
    labels = record_labels()
    for expected in (
        labels["title"],
        "Acme AS",
        "923 609 016",
        labels["signer_self"],
        "Acme Login",
        "654321",
        labels["template_web"],
        DOMAIN,
        f"https://{DOMAIN}/NOVippsLogin/Callback",
        labels["environment_production"],
        labels["secret_gone"],
        "2026-11-20",
        "2026-11-24",
        "2026-11-25",
        "2026-11-26",
        labels["health_none"],
        "https://portal.vippsmobilepay.com/",
    ):
        assert expected in words or expected in unwrapped, expected
    # Not known for this setup: the client ID, the date the order link was sent.
    assert words.count(labels["not_recorded"]) >= 2
    wizard.close()


@requires_keychain
@requires_pdftotext
def test_a_record_made_while_the_keys_are_in_the_keychain_shows_no_secret(
    qtbot: QtBot, profile: Path, tmp_path: Path, clean_keychain: None
) -> None:
    workspace = Workspace(profile)
    setup = finished_setup(workspace, submitted_to_criipto_on=None)
    CredentialVault().store(setup.id, CLIENT_ID, SECRET, about="test")
    workspace.keys_saved("keychain", "GNOME Keyring")
    workspace.set_current_step("submit")

    ctx, wizard = new_wizard(qtbot, profile)
    welcome = wizard.pages["welcome"]
    assert isinstance(welcome, WelcomePage)
    welcome.refresh()
    welcome.setups.setCurrentRow(1)
    assert welcome.selected_id() == setup.id
    labels = record_labels()
    for name in ("record.pdf", "record.md"):
        welcome.handover_status.hide()
        qtbot.mouseClick(welcome.record_button, Qt.MouseButton.LeftButton)
        choose_file(qtbot, welcome.handover(), tmp_path / name)
        qtbot.waitUntil(lambda: welcome.handover_status.isVisible(), timeout=10000)
        assert "record" in welcome.handover_status.text()
    ctx.keychain.wait()

    pdf = readable(pdf_text(tmp_path / "record.pdf"))[0]
    markdown = (tmp_path / "record.md").read_text(encoding="utf-8")
    for text in (pdf, markdown):
        assert CLIENT_ID in text  # read from the keychain: not secret
        assert labels["client_id_from_keychain"] in text
        assert labels["secret_in_keychain"].split("{")[0] in " ".join(text.split())
        for needle in secret_encodings(SECRET):
            assert needle not in text
            assert needle.lower() not in text.lower()
    wizard.close()


# -- export and import ---------------------------------------------------------------------


def test_export_then_import_on_a_fresh_profile_opens_the_same_setup(
    qtbot: QtBot, profile: Path, tmp_path: Path
) -> None:
    workspace = Workspace(profile)
    setup = finished_setup(workspace)
    # Left waiting for Vipps' approval: the keys are still to come.
    for key in ("approved_on", "confirm_redirect_uri", "confirm_keys_found", "msn"):
        workspace.set(key, None)
    for key in ("credentials_saved_at", "submitted_to_criipto_on", "vipps_environment"):
        workspace.set(field_name(key), None)
    workspace.set_current_step("waiting")
    original = workspace.store.load(setup.id)
    _ctx, wizard = new_wizard(qtbot, profile)
    welcome = wizard.pages["welcome"]
    assert isinstance(welcome, WelcomePage)
    welcome.setups.setCurrentRow(1)
    welcome.setups.setFocus()
    alt(qtbot, wizard, "x")  # "E&xport setup…"
    exported = tmp_path / "acme"
    choose_file(qtbot, welcome.handover(), exported)
    qtbot.waitUntil(lambda: welcome.handover_status.isVisible(), timeout=5000)
    exported = exported.with_name("acme.vippssetup")  # the extension is added
    assert exported.is_file()
    wizard.close()

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    ctx2, wizard2 = new_wizard(qtbot, fresh)
    assert wizard2.current_step() == "welcome"
    alt(qtbot, wizard2, "i")  # "&Import setup…" (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: wizard2._importer is not None, timeout=3000)
    choose_file(qtbot, wizard2._importer, exported)
    box = message_box(qtbot, wizard2, "import_result")
    assert "imported" in box.text()
    assert wizard2.current_step() == "waiting"  # where it was left
    assert ctx2.workspace.setup is not None
    assert ctx2.workspace.setup == original
    assert "Client ID and client secret" in box.text()  # the keys are pasted again
    box.accept()
    wizard2.close()


def exported_file(profile: Path, tmp_path: Path) -> tuple[Setup, Path]:
    workspace = Workspace(profile)
    setup = finished_setup(workspace)
    path = tmp_path / "acme.vippssetup"
    transfer.export_setup(setup, path, "test")
    return setup, path


@pytest.mark.parametrize("answer", ["import_replace", "import_keep_both"])
def test_importing_an_existing_setup_asks_replace_or_keep_both(
    qtbot: QtBot, profile: Path, tmp_path: Path, answer: str
) -> None:
    setup, path = exported_file(profile, tmp_path)
    Workspace(profile).open_setup(setup.id)
    store = SetupStore(profile)
    changed = store.load(setup.id)
    assert changed is not None
    changed.data["company_name"] = "Changed AS"
    store.save(changed)

    ctx, wizard = new_wizard(qtbot, profile)
    wizard.import_file(path)
    box = message_box(qtbot, wizard, "import_existing_question")
    assert "Changed AS" in box.text()
    button = box.findChild(QPushButton, answer)
    assert button is not None
    button.click()
    done = message_box(qtbot, wizard, "import_result")
    names = sorted(str(s.data.get("company_name")) for s in ctx.workspace.setups())
    if answer == "import_replace":
        assert names == ["Acme AS"]
    else:
        assert names == ["Acme AS", "Changed AS"]
        assert ctx.workspace.setup is not None and ctx.workspace.setup.id != setup.id
    assert ctx.workspace.setup is not None
    assert ctx.workspace.setup.data["company_name"] == "Acme AS"
    assert wizard.current_step() == "done"
    done.accept()
    wizard.close()


def test_cancelling_the_question_imports_nothing(
    qtbot: QtBot, profile: Path, tmp_path: Path
) -> None:
    _setup, path = exported_file(profile, tmp_path)
    before = sorted(p.read_bytes() for p in (profile / "setups").iterdir())
    _ctx, wizard = new_wizard(qtbot, profile)
    wizard.import_file(path)
    box = message_box(qtbot, wizard, "import_existing_question")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    box2 = message_box(qtbot, wizard, "import_result")
    assert "Nothing was imported" in box2.text()
    assert sorted(p.read_bytes() for p in (profile / "setups").iterdir()) == before
    box2.accept()
    wizard.close()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not json", "not a setup export"),
        (json.dumps({"format": "vipps-desktop-setup-export", "version": 9}).encode(), "newer"),
        (b"[" * 300_000 + b"]" * 300_000, "not a setup export"),
    ],
)
def test_a_hostile_import_says_why_and_changes_nothing(
    qtbot: QtBot, profile: Path, tmp_path: Path, content: bytes, says: str
) -> None:
    exported_file(profile, tmp_path)
    before = {p.name: p.read_bytes() for p in (profile / "setups").iterdir()}
    hostile = tmp_path / "hostile.vippssetup"
    hostile.write_bytes(content)
    _ctx, wizard = new_wizard(qtbot, profile)
    alt(qtbot, wizard, "i")  # "&Import setup…" (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: wizard._importer is not None, timeout=3000)
    choose_file(qtbot, wizard._importer, hostile)
    box = message_box(qtbot, wizard, "import_result")
    assert "nothing was changed" in box.text()
    assert says in box.text()
    assert {p.name: p.read_bytes() for p in (profile / "setups").iterdir()} == before
    assert wizard.current_step() == "welcome"
    box.accept()
    wizard.close()


# -- both languages ----------------------------------------------------------------------------


@pytest.fixture
def norwegian(qapp: object, translations: Path) -> Iterator[None]:
    assert i18n.install_translators("nb")
    yield
    i18n.install_translators("en")


def test_the_record_s_words_are_norwegian_in_norwegian(norwegian: None) -> None:
    labels = record_labels()
    i18n.install_translators("en")
    english = record_labels()
    i18n.install_translators("nb")
    same = sorted(k for k in labels if labels[k] == english[k])
    # Words that are the same in Norwegian (names, "OK", "Test", "Problem").
    assert same == ["client_id", "environment_test", "msn", "status_ok", "status_problem"]
    assert labels["not_recorded"] == "ikke registrert"


@requires_pdftotext
def test_the_pdf_and_markdown_are_in_norwegian_when_the_app_is(
    qtbot: QtBot, profile: Path, tmp_path: Path, norwegian: None
) -> None:
    from vipps_desktop.ui.app import make_context
    from vipps_desktop.ui.handover import Handover

    workspace = Workspace(profile)
    setup = finished_setup(workspace)
    ctx = make_context(profile, "nb")
    owner = QWidget()
    qtbot.addWidget(owner)
    handover = Handover(ctx, owner)
    for name in ("rapport.pdf", "rapport.md"):
        with qtbot.waitSignal(handover.finished, timeout=10000):
            handover.save_record(setup, tmp_path / name)
    pdf, _ = readable(pdf_text(tmp_path / "rapport.pdf"))
    markdown = (tmp_path / "rapport.md").read_text(encoding="utf-8")
    for text in (pdf, markdown):
        assert "Rapport om Vipps Login-oppsettet" in text
        assert "Bestillingen signert og sendt av" in text
        assert "ikke registrert" in text  # the order link's date, the client ID
        assert ctx.guide.texts("leaked", "steps")[0][:40] in " ".join(text.split())
        assert "not recorded" not in text and "Order submitted" not in text


def test_a_record_that_cannot_be_saved_says_where_and_why(
    qtbot: QtBot, profile: Path, tmp_path: Path
) -> None:
    from vipps_desktop.ui.app import make_context
    from vipps_desktop.ui.handover import Handover

    setup = finished_setup(Workspace(profile))
    owner = QWidget()
    qtbot.addWidget(owner)
    handover = Handover(make_context(profile), owner)
    for name in ("record.pdf", "record.md", "acme.vippssetup"):
        target = tmp_path / "no such folder" / name
        with qtbot.waitSignal(handover.finished, timeout=10000) as said:
            if name.endswith(".vippssetup"):
                handover.export_setup(setup, target)
            else:
                handover.save_record(setup, target)
        severity, text = said.args
        assert severity == Severity.ERROR
        # The reason is the system's own words (strerror), in the language the C library is
        # set to, which another test or the desktop may have made Norwegian.
        assert str(target.parent) in text and os.strerror(errno.ENOENT) in text
    assert not (tmp_path / "no such folder").exists()


def test_choosing_markdown_in_the_dialog_renames_the_suggested_file(
    qtbot: QtBot, profile: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    setup = finished_setup(Workspace(profile))
    _ctx, wizard = new_wizard(qtbot, profile)
    wizard.open_setup(setup.id)
    page = wizard.pages["done"]
    assert isinstance(page, DonePage)
    alt(qtbot, wizard, "r")
    dialog = file_dialog(qtbot, page.handover())
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert edit is not None and types is not None
    assert edit.text() == "setup-record-acme-as.pdf"
    dialog.setDirectory(str(tmp_path))
    types.setFocus()
    qtbot.keyClick(types, Qt.Key.Key_Down)  # PDF -> Markdown, as with the keyboard
    assert types.currentText() == "Markdown (*.md)"
    qtbot.waitUntil(lambda: edit.text() == "setup-record-acme-as.md", timeout=2000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.handover_status.isVisible(), timeout=5000)
    written = tmp_path / "setup-record-acme-as.md"
    assert written.read_text(encoding="utf-8").startswith("# Vipps Login setup record: Acme AS")
    wizard.close()


def test_each_section_heading_has_room_above_it(qtbot: QtBot, profile: Path) -> None:
    # Qt's HTML importer drops margins given in pt: with them, each heading sat right under
    # the table above it (the style sheet's lengths are in px now).
    from vipps_desktop.ui.app import make_context
    from vipps_desktop.ui.handover import Handover
    from vipps_desktop.ui.record_pdf import record_document

    setup = finished_setup(Workspace(profile))
    owner = QWidget()
    qtbot.addWidget(owner)
    document = record_document(Handover(make_context(profile), owner).make_record(setup))
    margins: dict[int, list[float]] = {}
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (2, 3):
            margins.setdefault(level, []).append(block.blockFormat().topMargin())
        block = block.next()
    assert len(margins[2]) >= 4 and min(margins[2]) >= 10
    assert margins[3] and min(margins[3]) >= 6


def test_the_style_sheet_s_spacing_reaches_the_pdf_s_document(qtbot: QtBot, profile: Path) -> None:
    # With its margins in pt, the importer dropped every one of them: paragraphs ran together
    # and the test login URL lost its indent.
    from PySide6.QtGui import QTextCursor

    from vipps_desktop.ui.app import make_context
    from vipps_desktop.ui.handover import Handover
    from vipps_desktop.ui.record_pdf import record_document

    setup = finished_setup(Workspace(profile))
    owner = QWidget()
    qtbot.addWidget(owner)
    document = record_document(Handover(make_context(profile), owner).make_record(setup))
    below: list[float] = []
    indents: list[float] = []
    block = document.begin()
    while block.isValid():
        paragraph = QTextCursor(block).currentTable() is None and block.textList() is None
        if block.blockFormat().headingLevel() == 0 and block.text().strip() and paragraph:
            below.append(block.blockFormat().bottomMargin())
            indents.append(block.blockFormat().leftMargin())
        block = block.next()
    assert below and min(below) > 0
    assert max(indents) > 0  # the code paragraph's indent
