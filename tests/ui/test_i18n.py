"""Norwegian Bokmål and English: the translation is complete and current, and the app uses it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from vipps_desktop.core.message import Message
from vipps_desktop.ui import i18n
from vipps_desktop.ui.app import WindowManager, make_context
from vipps_desktop.ui.messages import _texts
from vipps_desktop.ui.messages import text as message_text

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"%\d|%n|%s|\{[a-z_]+\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def translations(msg: ET.Element) -> list[str]:
    node = msg.find("translation")
    assert node is not None
    forms = [f.text or "" for f in node.iter("numerusform")]
    return forms or [node.text or ""]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_ui_string_is_translated(ts: Path) -> None:
    missing = []
    for context, source, msg in messages(ts):
        node = msg.find("translation")
        texts = translations(msg)
        if (
            node is None
            or node.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(t.strip() for t in texts)
        ):
            missing.append(f"{context}: {source!r}")
    assert missing == [], f"{len(missing)} untranslated in {ts.name}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_placeholders_and_one_mnemonic(ts: Path) -> None:
    wrong = []
    for context, source, msg in messages(ts):
        for text in translations(msg):
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                wrong.append(f"{context}: {source!r} → {text!r} (placeholders)")
            if source.count("&") != text.count("&"):
                wrong.append(f"{context}: {source!r} → {text!r} (mnemonic)")
    assert wrong == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_files_hold_every_string_in_the_code(ts: Path, tmp_path: Path) -> None:
    """Regenerate the .ts from the sources: no UI string may be missing from the committed one."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    script = ROOT / "scripts" / "build-translations.py"
    code = (
        "import runpy, sys, pathlib; sys.argv = ['x']; "
        f"m = runpy.run_path({str(script)!r}); m['update']([pathlib.Path({str(fresh)!r})])"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=120)
    committed = {(c, s) for c, s, _ in messages(ts)}
    current = {(c, s) for c, s, _ in messages(fresh)}
    assert sorted(current - committed) == [], "run: python scripts/build-translations.py --update"
    assert sorted(committed - current) == [], "stale strings: run the --update above"


def test_every_core_message_code_has_wording() -> None:
    """Every message code core/ can return has a sentence in messages.py."""
    codes: set[str] = set()
    for path in (ROOT / "vipps_desktop" / "core").rglob("*.py"):
        codes.update(
            re.findall(
                r'"((?:org|domain|callback|sales_unit|website|client_id|'
                r'client_secret|msn|http|brreg|criipto|vipps)\.[a-z_]+)"',
                path.read_text(encoding="utf-8"),
            )
        )
    http_kinds = re.search(
        r"FailureKind = Literal\[(.*?)\]",
        (ROOT / "vipps_desktop/core/net/errors.py").read_text(),
        re.S,
    )
    if http_kinds:
        codes.update(f"http.{k}" for k in re.findall(r'"([a-z_]+)"', http_kinds.group(1)))
    assert sorted(codes - set(_texts())) == []


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("nb_NO", "nb"),
        ("nn_NO", "nb"),
        ("no", "nb"),
        ("nb-NO", "nb"),
        ("en_GB", "en"),
        ("en", "en"),
        ("sv_SE", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise(given: str | None, expected: str | None) -> None:
    assert i18n.normalise(given) == expected


def test_choice_order_is_flag_then_setting_then_system(tmp_path: Path, qapp: object) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.choose_language("en", settings) == "en"
    settings.setValue(i18n.SETTING, "nb")
    assert i18n.choose_language(None, settings) == "nb"
    assert i18n.choose_language("en", settings) == "en"
    settings.remove(i18n.SETTING)
    assert i18n.choose_language(None, settings) == i18n.system_language()


@pytest.fixture
def norwegian(qapp: object, translations: Path) -> Iterator[None]:
    assert i18n.install_translators("nb")
    yield
    i18n.install_translators("en")


def test_translator_speaks_bokmal(norwegian: None) -> None:
    assert QCoreApplication.translate("messages", "Cancelled.") != "Cancelled."
    assert "Kopier" in QCoreApplication.translate("CopyButton", "Copy")


def test_switching_language_rebuilds_the_window_at_the_same_step(
    qtbot: QtBot, profile: Path, norwegian: None, opened_urls: object
) -> None:
    i18n.install_translators("en")
    ctx = make_context(profile, "en")
    ctx.workspace.new_setup()
    ctx.workspace.set("org_number", "923609016")
    for key in (
        "confirm_bankid",
        "confirm_signer_role",
        "confirm_bank_account",
        "confirm_paid_plan",
    ):
        ctx.workspace.set(key, True)
    windows = WindowManager(ctx)
    qtbot.addWidget(windows.wizard)
    windows.wizard.show()
    windows.wizard.go_to("domain")
    old = windows.wizard
    assert old.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    switch = old.button(QWizard.WizardButton.CustomButton1)
    assert switch.text() == "Norsk (bokmål)"

    switch.click()
    new = windows.wizard
    qtbot.addWidget(new)
    assert new is not old
    assert new.current_step() == "domain"
    assert new.ctx.guide.language == "nb"
    assert new.button(QWizard.WizardButton.NextButton).text() != "&Next >"
    assert new.button(QWizard.WizardButton.CustomButton1).text() == "English"
    assert new.pages["domain"].title() == new.ctx.guide.step("domain").title
    assert ctx.settings.value(i18n.SETTING) == "nb"  # remembered for the next start
    # Back still works as if the user had walked there.
    new.back()
    assert new.current_step() == "prerequisites"


def test_token_method_advice_in_norwegian(norwegian: None) -> None:
    text = message_text(
        Message.of(
            "vipps.accepted_other_method", method="client_secret_post", tried="client_secret_basic"
        )
    )
    # Vipps' own name for the setting, and no change advised before Idura is asked.
    assert "token endpoint authentication method" in text and "spør Idura" in text
