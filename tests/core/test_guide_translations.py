"""Every language file in resources/guide translates all of en.json, and nothing more.

`Guide` falls back to English entry by entry, so a gap would silently show English text in
the middle of a translated page. These tests make a gap (or a key English no longer has) fail.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
GUIDE_DIR = REPO / "resources" / "guide"
ENGLISH = "en"
NOT_A_LANGUAGE = {"links"}
TRANSLATIONS = sorted(
    p.stem for p in GUIDE_DIR.glob("*.json") if p.stem not in NOT_A_LANGUAGE | {ENGLISH}
)

# Keys whose values are data or the Vipps form's own Norwegian wording, not text to translate.
UNTRANSLATED = {"label_no", "value", "source", "links", "language"}

Path_ = tuple[str | int, ...]


def _load(language: str) -> dict[str, Any]:
    data = json.loads((GUIDE_DIR / f"{language}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict), language
    return data


def _leaves(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """(path, value) for every non-container value; an empty list or object is a leaf too."""
    if isinstance(node, dict) and node:
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list) and node:
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    else:
        yield path, node


_MISSING = object()


def _get(node: Any, path: Path_) -> Any:
    for part in path:
        in_dict = isinstance(part, str) and isinstance(node, dict) and part in node
        in_list = isinstance(part, int) and isinstance(node, list) and part < len(node)
        if not (in_dict or in_list):
            return _MISSING
        node = node[part]
    return node


def _untranslated(path: Path_) -> bool:
    return any(part in UNTRANSLATED for part in path if isinstance(part, str))


def _show(path: Path_) -> str:
    return "/".join(str(part) for part in path)


@pytest.fixture(scope="module")
def english() -> dict[str, Any]:
    return _load(ENGLISH)


def test_there_is_a_translation_to_check() -> None:
    assert TRANSLATIONS, "no language files besides en.json"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_english_text_is_translated(language: str, english: dict[str, Any]) -> None:
    translated = _load(language)
    missing = []
    for path, value in _leaves(english):
        if _untranslated(path) or not isinstance(value, str):
            continue
        text = _get(translated, path)
        if not isinstance(text, str) or not text.strip():
            missing.append(_show(path))
    assert not missing, f"{language}.json lacks translations for: {missing}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_no_stale_keys(language: str, english: dict[str, Any]) -> None:
    translated = _load(language)
    stale = [_show(path) for path, _ in _leaves(translated) if _get(english, path) is _MISSING]
    assert not stale, f"{language}.json has entries en.json does not: {stale}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_untranslated_values_match_english(language: str, english: dict[str, Any]) -> None:
    """Data kept as-is must not drift; inside lists it must be present, as lists replace
    English whole instead of being merged into it."""
    translated = _load(language)
    wrong = []
    for path, value in _leaves(english):
        if not _untranslated(path) or path == ("language",):
            continue
        got = _get(translated, path)
        in_list = any(isinstance(part, int) for part in path)
        if got is _MISSING and not in_list:
            continue  # falls back to English
        if got != value:
            wrong.append(_show(path))
    assert not wrong, f"{language}.json changes values that are not translated: {wrong}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_language_key_names_the_file(language: str) -> None:
    assert _load(language).get("language") == language
