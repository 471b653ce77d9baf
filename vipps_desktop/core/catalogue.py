"""Read the app's compiled Qt translations (.qm) without Qt, for the command line.

`vipps-desktop check` must not import Qt (it runs from cron, on servers), yet it should speak
Norwegian with the very words the app uses. Those live in one place: the .ts file that
translators fill, compiled by lrelease into the .qm the app loads with QTranslator. This module
reads that same .qm: lrelease keeps each message's context and source text next to its
translation, so a lookup by (context, English source) needs no hashing. A message without a
translation (or a missing file) reads as its English source, as QTranslator does.

The format (Qt's own, qm.cpp): a 16-byte magic, then tagged blocks ``tag:u8 length:u32be``;
the messages block is a run of records ``tag:u8 [length:u32be data]`` ending in END. Only what
lrelease writes today is read; anything else ends the read (then the catalogue is English).
tests/core/test_catalogue.py compares every lookup with QTranslator's.
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
# Record tags in the messages block (qm.cpp: Tag_End, Tag_Translation, ...).
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT = 6, 7, 8
_NULL = 0xFFFFFFFF

Key = tuple[str, str]  # (context, English source)


class QmFormatError(ValueError):
    pass


def _u32(data: bytes, at: int) -> int:
    if at + 4 > len(data):
        raise QmFormatError("truncated")
    value: int = struct.unpack_from(">I", data, at)[0]
    return value


def _messages(block: bytes) -> dict[Key, str]:
    found: dict[Key, str] = {}
    at, translation, source, context = 0, None, "", ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            # A plural message has several translations: the first is kept (none of ours is
            # shown by the command line).
            if translation is not None:
                found.setdefault((context, source), translation)
            translation, source, context = None, "", ""
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE16, _CONTEXT16, _SOURCE, _CONTEXT, _COMMENT):
            raise QmFormatError(f"unknown record tag {tag:#x}")
        length = _u32(block, at)
        at += 4
        if length == _NULL:
            continue
        if at + length > len(block):
            raise QmFormatError("truncated record")
        raw = block[at : at + length]
        at += length
        if tag == _TRANSLATION and translation is None:
            translation = raw.decode("utf-16-be")
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")
    return found


def parse(data: bytes) -> dict[Key, str]:
    """Every (context, source) → translation in a .qm file's bytes."""
    if not data.startswith(MAGIC):
        raise QmFormatError("not a .qm file")
    at, found = len(MAGIC), {}
    while at < len(data):
        tag, length = data[at], _u32(data, at + 1)
        at += 5
        if tag == _MESSAGES_BLOCK:
            found.update(_messages(data[at : at + length]))
        at += length
    return found


class Catalogue:
    """One language's translations, looked up like QCoreApplication.translate."""

    def __init__(self, messages: dict[Key, str] | None = None) -> None:
        self._messages = messages or {}

    def __len__(self) -> int:
        return len(self._messages)

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        """The catalogue in `path`; an empty (English) one if it is missing or unreadable,
        with a warning in the log (the command still works, in English)."""
        try:
            return cls(parse(path.read_bytes()))
        except (OSError, QmFormatError, UnicodeDecodeError) as exc:
            log.warning("translations not read from %s (%s): English it is", path, exc)
            return cls()

    def translate(self, context: str, source: str) -> str:
        return self._messages.get((context, source)) or source


def for_language(language: str) -> Catalogue:
    """The catalogue the app would load for `language` ("en": none, the sources are English)."""
    if language == "en":
        return Catalogue()
    from vipps_desktop.core.paths import resources_dir

    return Catalogue.load(resources_dir() / "translations" / f"vipps_desktop_{language}.qm")
