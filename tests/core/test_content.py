"""Guide data in resources/guide: links, step texts and form tips fit the code that uses them."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from vipps_desktop.core import paths
from vipps_desktop.core.content import FALLBACK_LANGUAGE, Guide
from vipps_desktop.core.flow import STEPS
from vipps_desktop.core.session import Session

REPO = Path(__file__).resolve().parents[2]
GUIDE_DIR = REPO / "resources" / "guide"
LINKS = json.loads((GUIDE_DIR / "links.json").read_text(encoding="utf-8"))["links"]
LANGUAGES = sorted(p.stem for p in GUIDE_DIR.glob("*.json") if p.stem != "links")


@pytest.fixture(autouse=True)
def _resources_from_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)


@pytest.fixture
def guide() -> Guide:
    return Guide()


def test_resources_are_found_in_the_checkout() -> None:
    assert paths.resources_dir().resolve() == (REPO / "resources").resolve()
    assert Guide.languages() == LANGUAGES
    assert FALLBACK_LANGUAGE in LANGUAGES


def test_guide_files_are_utf8_json_objects() -> None:
    for path in GUIDE_DIR.glob("*.json"):
        data = json.loads(path.read_bytes().decode("utf-8"))
        assert isinstance(data, dict), path.name


# --- links --------------------------------------------------------------------------------


@pytest.mark.parametrize("link_id", sorted(LINKS))
def test_link_is_a_well_formed_https_url(link_id: str) -> None:
    url = LINKS[link_id]["url"]
    assert isinstance(url, str)
    assert url == url.strip()
    assert not any(c.isspace() for c in url), url
    assert url.isascii(), url
    parts = urlsplit(url)
    assert parts.scheme == "https", url
    assert parts.netloc, url
    assert parts.hostname and "." in parts.hostname, url
    assert parts.username is None and parts.password is None, url
    assert parts.port is None, url
    assert not parts.fragment, url


@pytest.mark.parametrize("link_id", sorted(LINKS))
def test_link_has_an_iso_checked_date(link_id: str) -> None:
    checked = LINKS[link_id]["checked"]
    assert isinstance(checked, str)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", checked), checked
    assert dt.date.fromisoformat(checked).year >= 2019


def test_link_entries_have_url_and_checked() -> None:
    for link_id, entry in LINKS.items():
        assert {"url", "checked"} <= set(entry), link_id


def test_vipps_order_templates_match_the_facts() -> None:
    templates = "https://portal.vipps.no/register/template/"
    assert LINKS["vipps_order_web_login"]["url"] == (
        templates + "d5e49915-4b07-478b-b7f3-653e460eb6f6"
    )
    assert LINKS["vipps_order_customer_service"]["url"] == (
        templates + "6584acdd-1b8d-407d-a4f6-ff03a3a2df43"
    )
    assert LINKS["idura_vipps_provider"]["url"].endswith("/providers/NO_VIPPS")


def test_guide_link_objects(guide: Guide) -> None:
    assert guide.link_ids() == list(LINKS)
    for link_id in guide.link_ids():
        link = guide.link(link_id)
        assert link.id == link_id
        assert link.url == LINKS[link_id]["url"]
        assert link.checked == LINKS[link_id]["checked"]
        assert link.label and link.label != link_id, f"{link_id} has no label in en.json"


def test_link_labels_are_for_known_links(guide: Guide) -> None:
    assert set(guide.raw()["link_labels"]) <= set(LINKS)


# --- steps --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_has_a_title(language: str) -> None:
    guide = Guide(language)
    for step in STEPS:
        text = guide.step(step.id)
        assert text.title.strip(), (language, step.id)
        assert isinstance(text.subtitle, str)
        assert all(isinstance(p, str) and p.strip() for p in text.body), (language, step.id)


def test_every_step_text_is_for_a_real_step(guide: Guide) -> None:
    assert set(guide.raw()["steps"]) == {s.id for s in STEPS}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_a_step_shows_exists(language: str) -> None:
    guide = Guide(language)
    for step in STEPS:
        for link_id in guide.step(step.id).links:
            assert link_id in LINKS, (language, step.id, link_id)
            assert guide.link(link_id).url.startswith("https://")


def test_every_confirmation_has_a_label_and_a_reason(guide: Guide) -> None:
    confirms = [key for step in STEPS for key in step.requires if key.startswith("confirm_")]
    assert confirms
    for key in confirms:
        if key in ("confirm_redirect_uri", "confirm_keys_found"):
            continue  # the portal page words these itself
        assert guide.text("prerequisites", key, "label").strip(), key
        assert guide.text("prerequisites", key, "why").strip(), key


def test_portal_steps(guide: Guide) -> None:
    for part in ("keys", "redirect"):
        steps = guide.raw()["portal_steps"][part]
        assert steps and all(isinstance(s, str) and s.strip() for s in steps)


def test_text_lookup(guide: Guide) -> None:
    assert guide.text("steps", "welcome", "title") == guide.step("welcome").title
    with pytest.raises(KeyError):
        guide.text("steps", "welcome")  # an object, not a text
    with pytest.raises(KeyError):
        guide.text("no", "such", "text")


# --- form tips ----------------------------------------------------------------------------

# A setup as far as the order step, as the user would have typed it.
TYPED = {
    "org_number": "923 609 016",
    "domain": "acme.idura.broker",
    "sales_unit_name": "Acme AS",
    "website": "acme.no",
}


def test_form_tips_are_complete(guide: Guide) -> None:
    tips = guide.form_tips()
    assert tips
    for tip in tips:
        assert tip.label_no.strip() and tip.meaning.strip() and tip.enter.strip()
        assert tip.source in {"doc", "inferred"}


def test_every_form_tip_value_is_one_the_session_can_copy(guide: Guide, tmp_path: Path) -> None:
    session = Session(tmp_path)
    session.new_setup()
    for typed_key, typed in TYPED.items():
        session.set(typed_key, typed)
    keys = [tip.value_key for tip in guide.form_tips() if tip.value_key is not None]
    assert keys
    for key in keys:
        assert session.value_for(key), f"form tip value {key!r} cannot be provided"
    # Without anything typed, nothing can be copied (no stale or made-up values).
    empty = Session(tmp_path / "other")
    empty.new_setup()
    for key in keys:
        assert empty.value_for(key) is None, key


def test_form_tip_values_are_keys_or_null() -> None:
    raw: list[dict[str, Any]] = json.loads((GUIDE_DIR / "en.json").read_text("utf-8"))["form_tips"]
    for tip in raw:
        assert "value" in tip, tip["label_no"]
        assert tip["value"] is None or isinstance(tip["value"], str)


# --- languages ----------------------------------------------------------------------------


def _write(directory: Path, name: str, data: dict[str, Any]) -> None:
    (directory / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_translation_falls_back_to_english_entry_by_entry(tmp_path: Path) -> None:
    guide_dir = tmp_path / "guide"
    guide_dir.mkdir()
    link = {"url": "https://x.no/", "checked": "2026-01-01"}
    _write(guide_dir, "links.json", {"links": {"x": link}})
    _write(
        guide_dir,
        "en.json",
        {
            "link_labels": {"x": "Open X"},
            "steps": {"welcome": {"title": "Welcome", "subtitle": "Hi", "links": ["x"]}},
            "form_tips": [],
        },
    )
    _write(guide_dir, "nb.json", {"steps": {"welcome": {"title": "Velkommen"}}})

    assert Guide.languages(tmp_path) == ["en", "nb"]
    nb = Guide("nb", tmp_path)
    assert nb.step("welcome").title == "Velkommen"
    assert nb.step("welcome").subtitle == "Hi"  # from English
    assert nb.step("welcome").links == ("x",)
    assert nb.link("x").label == "Open X"
    # An unknown language is English.
    assert Guide("xx", tmp_path).step("welcome").title == "Welcome"
    assert Guide("en", tmp_path).step("welcome").title == "Welcome"


def test_guide_file_must_be_an_object(tmp_path: Path) -> None:
    guide_dir = tmp_path / "guide"
    guide_dir.mkdir()
    (guide_dir / "en.json").write_text("[]", encoding="utf-8")
    _write(guide_dir, "links.json", {"links": {}})
    with pytest.raises(ValueError, match="object"):
        Guide("en", tmp_path)
