"""Guide content (texts, links, Vipps form tips) loaded from `resources/guide/`.

Texts live in one JSON file per language (`en.json`, `nb.json`, …) with the same structure;
links and their last-checked dates in `links.json`, shared by all languages. A link's
"checked" date is the day `scripts/check-links.py` last fetched it and got an answer; null
until it has. A URL may hold `{name}` placeholders, filled by `Link.url_with` (its "example"
values are what the link checker fills in). A language file
may leave entries out: they fall back to English, so a translation can grow step by step.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from vipps_desktop.core.paths import resources_dir

FALLBACK_LANGUAGE = "en"


class Link(NamedTuple):
    id: str
    url: str  # may hold {placeholders}, e.g. {orgnr}
    label: str
    checked: str | None  # ISO date the link checker last got an answer; None: never yet

    def url_with(self, **params: str) -> str:
        """The URL with its placeholders filled (values URL-quoted)."""
        return self.url.format_map({k: quote(v, safe="") for k, v in params.items()})


class Mail(NamedTuple):
    to: str
    subject: str


class FormTip(NamedTuple):
    label_no: str  # the form's own Norwegian label, kept Norwegian in every language
    meaning: str
    enter: str
    value_key: str | None  # which value the app can copy for this field, if any
    source: str  # "doc" or "inferred": inferred labels are shown as best-effort


class StepText(NamedTuple):
    title: str
    subtitle: str
    body: tuple[str, ...]
    links: tuple[str, ...]


def _guide_dir(root: Path | None) -> Path:
    return (root or resources_dir()) / "guide"


@cache
def _load_json(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected an object at the top")
    return data


def _merged(language: str, root: Path | None) -> dict[str, Any]:
    base = _load_json(_guide_dir(root) / f"{FALLBACK_LANGUAGE}.json")
    path = _guide_dir(root) / f"{language}.json"
    if language == FALLBACK_LANGUAGE or not path.exists():
        return base
    return _deep_merge(base, _load_json(path))


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class Guide:
    """The guide in one language, with English filling any gaps."""

    def __init__(self, language: str = FALLBACK_LANGUAGE, root: Path | None = None) -> None:
        self.language = language
        self._data = _merged(language, root)
        self._links = _load_json(_guide_dir(root) / "links.json")

    @staticmethod
    def languages(root: Path | None = None) -> list[str]:
        return sorted(p.stem for p in _guide_dir(root).glob("*.json") if p.stem != "links")

    def step(self, step_id: str) -> StepText:
        raw = self._data["steps"][step_id]
        return StepText(
            title=raw["title"],
            subtitle=raw.get("subtitle", ""),
            body=tuple(raw.get("body", ())),
            links=tuple(raw.get("links", ())),
        )

    def text(self, *path: str) -> str:
        """A single text by its path, e.g. text("prerequisites", "confirm_bankid", "why")."""
        node: Any = self._data
        for part in path:
            node = node[part]
        if not isinstance(node, str):
            raise KeyError("/".join(path))
        return node

    def link(self, link_id: str) -> Link:
        raw = self._links["links"][link_id]
        label = self._data.get("link_labels", {}).get(link_id, link_id)
        return Link(id=link_id, url=raw["url"], label=label, checked=raw["checked"])

    def link_ids(self) -> list[str]:
        return list(self._links["links"])

    def mail(self, mail_id: str) -> Mail:
        raw = self._links["mail"][mail_id]
        return Mail(to=raw["to"], subject=raw["subject"])

    def texts(self, *path: str) -> tuple[str, ...]:
        """A list of texts by its path, e.g. texts("ssn_advice")."""
        node: Any = self._data
        for part in path:
            node = node[part]
        if not isinstance(node, list) or not all(isinstance(t, str) for t in node):
            raise KeyError("/".join(path))
        return tuple(node)

    def iter_texts(self) -> Iterator[str]:
        """Every text of this language (for content checks)."""
        yield from _strings(self._data)

    def form_tips(self) -> list[FormTip]:
        return [
            FormTip(
                label_no=tip["label_no"],
                meaning=tip["meaning"],
                enter=tip["enter"],
                value_key=tip.get("value"),
                source=tip.get("source", "doc"),
            )
            for tip in self._data["form_tips"]
        ]

    def raw(self) -> dict[str, Any]:
        return self._data
