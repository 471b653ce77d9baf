"""core/catalogue.py reads the app's .qm as Qt does: every message of the .ts, both ways."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from vipps_desktop.core import catalogue, wording
from vipps_desktop.core.catalogue import MAGIC, Catalogue, QmFormatError, parse
from vipps_desktop.core.message import Message
from vipps_desktop.core.paths import resources_dir

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "vipps_desktop_nb.ts"
QM = resources_dir() / "translations" / "vipps_desktop_nb.qm"


def ts_messages() -> list[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if msg.get("numerus") != "yes"
    ]


def test_every_lookup_matches_qtranslator() -> None:
    qt = QTranslator()
    assert qt.load(str(QM))
    ours = catalogue.for_language("nb")
    messages = ts_messages()
    assert len(messages) > 300 and len(ours) >= len(messages)
    different = [
        (context, source)
        for context, source in messages
        if ours.translate(context, source) != (qt.translate(context, source) or source)
    ]
    assert different == []
    assert ours.translate("health", "Company in Brønnøysund") == "Selskapet i Brønnøysund"


def test_english_and_unknown_read_as_the_source() -> None:
    english = catalogue.for_language("en")
    assert len(english) == 0
    assert english.translate("health", "All OK on %s.") == "All OK on %s."
    assert catalogue.for_language("nb").translate("nowhere", "Not here") == "Not here"


@pytest.mark.parametrize("data", [b"", b"not a qm file", MAGIC + b"\x69\x00\x00\x00\x09\x03\xff"])
def test_a_broken_file_is_english_not_a_crash(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.qm"
    path.write_bytes(data)
    if data.startswith(MAGIC):
        with pytest.raises(QmFormatError):
            parse(data)
    assert len(Catalogue.load(path)) == 0
    assert len(Catalogue.load(tmp_path / "missing.qm")) == 0


def test_the_message_table_speaks_norwegian_without_qt() -> None:
    translate = catalogue.for_language("nb").translate
    message = Message.of("chain.environment_differs", environment="test", expected="production")
    norwegian, english = wording.text(message, translate), wording.text(message)
    assert norwegian != english and "test" in english
    assert wording.text(Message.of("no.such.code")) == "no.such.code"
