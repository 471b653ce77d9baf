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
from vipps_desktop.core.fields import field_name
from vipps_desktop.core.flow import STEPS
from vipps_desktop.core.workspace import Workspace

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
    example = LINKS[link_id].get("example", {})
    assert set(re.findall(r"\{(\w+)\}", url)) == set(example), "each placeholder needs an example"
    url = url.format_map(example)
    parts = urlsplit(url)
    assert parts.scheme == "https", url
    assert parts.netloc, url
    assert parts.hostname and "." in parts.hostname, url
    assert parts.username is None and parts.password is None, url
    assert parts.port is None, url
    assert not parts.fragment, url


@pytest.mark.parametrize("link_id", sorted(LINKS))
def test_link_has_an_iso_checked_date(link_id: str) -> None:
    # null: not fetched yet by scripts/check-links.py (never a date nobody fetched it on).
    checked = LINKS[link_id]["checked"]
    if checked is None:
        return
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
    workspace = Workspace(tmp_path)
    workspace.new_setup()
    for typed_key, typed in TYPED.items():
        workspace.set(field_name(typed_key), typed)
    keys = [tip.value_key for tip in guide.form_tips() if tip.value_key is not None]
    assert keys
    for key in keys:
        assert workspace.value_for(key), f"form tip value {key!r} cannot be provided"
    # Without anything typed, nothing can be copied (no stale or made-up values).
    empty = Workspace(tmp_path / "other")
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


# --- correct as of 2026 (facts.md, re-checked 2026-12-01) ----------------------------------

PAGES_DIR = REPO / "vipps_desktop" / "ui" / "pages"
APP_SOURCES = sorted((REPO / "vipps_desktop").rglob("*.py"))


def _all_texts(language: str) -> str:
    return "\n".join(Guide(language).iter_texts())


def test_every_link_is_used_by_some_page() -> None:
    shown = {
        link for lang in LANGUAGES for step in STEPS for link in Guide(lang).step(step.id).links
    }
    pages = "\n".join(p.read_text(encoding="utf-8") for p in PAGES_DIR.glob("*.py"))
    unused = [link_id for link_id in LINKS if link_id not in shown and f'"{link_id}"' not in pages]
    assert not unused, f"links.json entries no page uses: {unused}"


def test_dead_and_retired_link_hosts_are_gone() -> None:
    hosts = {urlsplit(entry["url"]).hostname for entry in LINKS.values()}
    # docs.idura.eu does not exist; vippsbedrift.no was retired in 2025; the public Login
    # page was replaced by Idura's partner templates on 2026-01-27.
    assert "docs.idura.eu" not in hosts
    assert "vippsbedrift.no" not in hosts
    assert all("vippsmobilepay.com/en-NO/online/login" not in e["url"] for e in LINKS.values())
    assert LINKS["idura_production_guide"]["url"] == (
        "https://docs.idura.app/verify/getting-started/production/"
    )
    assert LINKS["vipps_portal"]["url"] == "https://portal.vippsmobilepay.com/"


def test_company_link_opens_the_company_page_at_brreg(guide: Guide) -> None:
    assert guide.link("brreg_company").url_with(orgnr="923609016") == (
        "https://virksomhet.brreg.no/nb/oppslag/enheter/923609016"
    )


def test_test_credentials_mail(guide: Guide) -> None:
    mail = guide.mail("idura_test_credentials")
    assert (mail.to, mail.subject) == ("orders@idura.eu", "Vipps MobilePay test credentials")


# Claims the guide made that are wrong (facts.md §1): each must stay gone, in every language.
WRONG = [
    "Vipps places the product order",
    "receives a merchant agreement",
    "legger Vipps inn produktbestillingen",
    "får en kundeavtale som skal signeres",
    "most companies",
    "resembles the one for Vipps payments",
    "ligner det for Vipps-betaling",
    "need a paid Criipto plan",
    "krever et betalt abonnement hos Criipto",
    "configured for your production domain",
    "satt opp for produksjonsdomenet",
    "redirect URI-ene",
    "(as the contact person named in the order)",
    "docs.idura.eu",
    # Issue 24: Idura's Test environment has Vipps set up already; testing needs a test user.
    "only work with Vipps test keys",
    "only works with test keys",
    "fungerer bare med testnøkler",
    "virker bare med testnøkler",
    "Vipps test users and the Vipps test app",
    "testbrukere for Vipps og testappen",
    # A reseller's claim, not Vipps'.
    "price plan",
    "prisplanen",
    # No source says the old hosts still lead to the dashboard in 2026.
    "dashboard.criipto.com",
    "manage.criipto.id",
    # The dashboard chooses the environment in a dropdown.
    "Test/Production toggle",
    "bryteren Test/Production",
    # Norwegian that reads badly.
    "Den som signerer, signerer den",
    "kan fylle ut opplysningene",
    "La den være av",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_wrong_claims_are_gone(language: str) -> None:
    texts = _all_texts(language)
    for claim in WRONG:
        assert claim.lower() not in texts.lower(), (language, claim)


def test_wrong_claims_are_gone_from_the_code() -> None:
    for path in APP_SOURCES:
        source = path.read_text(encoding="utf-8")
        for claim in [
            *WRONG,
            "choose the same in Criipto",
            "Identity sources → Vipps).",
            "are the usual cause",
            "back to client_secret_basic",
            "Production toggle",
        ]:
            assert claim not in source, (path.name, claim)


@pytest.mark.parametrize("language", LANGUAGES)
def test_who_orders_is_the_signer_who_submits(language: str) -> None:
    guide = Guide(language)
    order = " ".join(guide.step("order").body)
    waiting = " ".join(guide.step("waiting").body)
    words = {
        "en": ("styreleder", "daglig leder", "BankID", "same link", "already has"),
        "nb": ("styreleder", "daglig leder", "BankID", "samme lenken", "allerede har"),
    }
    for word in words[language]:
        assert word in order, (language, word)
    assert ("submitted" if language == "en" else "sendt inn") in waiting
    # A Login-only sales unit can never take payments (one line on the Order step).
    assert ("never take payments" if language == "en" else "aldri ta imot betaling") in order


@pytest.mark.parametrize("language", LANGUAGES)
def test_current_names_with_the_old_ones_recognisable(language: str) -> None:
    texts = _all_texts(language)
    quoted = "«eID providers» › «Vipps MobilePay»" if language == "nb" else "eID providers › Vipps"
    assert quoted in texts
    # The older dashboard names appear only beside the current one, and each at least once.
    assert "Identity Providers" in texts and "Identity sources" in texts
    for text in Guide(language).iter_texts():
        if "Identity sources" in text or "Identity Providers" in text:
            assert "eID providers" in text, text
    keys = " ".join(Guide(language).texts("portal_steps", "keys"))
    assert "portal.vippsmobilepay.com" in keys and "portal.vipps.no" in keys
    assert ("developer access" if language == "en" else "utviklertilgang") in keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_paid_plan_is_iduras_requirement(language: str) -> None:
    why = Guide(language).text("prerequisites", "confirm_paid_plan", "why")
    assert "Idura" in why and "Criipto" not in why


@pytest.mark.parametrize("language", LANGUAGES)
def test_ssn_advice_says_access_and_failing_logins(language: str) -> None:
    advice = " ".join(Guide(language).texts("ssn_advice"))
    assert "invalid_scope" in advice
    assert ("granted" if language == "en" else "fått den tilgangen") in advice
    assert ("per successful login" if language == "en" else "per vellykket innlogging") in advice
    assert "Include SSN" in Guide(language).texts("ssn_advice")[2]  # says what to leave off


@pytest.mark.parametrize("language", LANGUAGES)
def test_test_first_and_leaked_secret_paths(language: str) -> None:
    guide = Guide(language)
    test_first = " ".join(guide.texts("test_first", "body"))
    assert "orders@idura.eu" in test_first and "Vipps MobilePay test credentials" in test_first
    assert "Vipps MT" in test_first
    leaked = " ".join(guide.texts("leaked", "steps"))
    assert "portal.vippsmobilepay.com" in leaked and "Idura" in leaked


TEST_PATH = {
    "en": (
        "already set up",
        "test user",
        "test phone number and national identity number",
        "Test users",
        "test-app guide",
    ),
    "nb": (
        "ferdig satt opp",
        "testbruker",
        "testtelefonnummer og et testfødselsnummer",
        "«Test users»",
        "veiledning for testappen",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_testing_needs_a_test_user_not_own_keys(language: str) -> None:
    guide = Guide(language)
    test_first = " ".join(guide.texts("test_first", "body"))
    for words in TEST_PATH[language]:
        assert words in test_first, (language, words)
    domain = " ".join(guide.step("domain").body)
    assert ("test user" if language == "en" else "testbruker") in domain
    assert ("not keys of your own" if language == "en" else "ikke egne nøkler") in domain


LEAKED_ORDER = {
    # Dashboard open first, regenerate, paste here, save in Idura at once, then the check.
    "en": ("Idura dashboard", "regenerate", "this app", "at once", "check"),
    "nb": ("Idura-dashbordet", "generer nye", "denne appen", "med én gang", "sjekken"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_leaked_secret_says_the_gap_first_and_keeps_it_short(language: str) -> None:
    guide = Guide(language)
    warning = guide.text("leaked", "warning")
    assert ("every login" if language == "en" else "alle innlogginger") in warning
    steps = guide.texts("leaked", "steps")
    where = [
        next(i for i, step in enumerate(steps) if word in step) for word in LEAKED_ORDER[language]
    ]
    assert where == sorted(where) and len(set(where)) == len(where), where
    # Whether the client ID stays the same is not documented: never promised.
    joined = " ".join(steps)
    assert ("Do not assume the client ID" if language == "en" else "Ikke gå ut fra") in joined


@pytest.mark.parametrize("language", LANGUAGES)
def test_norwegian_portal_labels_are_named_in_both_languages(language: str) -> None:
    keys = Guide(language).texts("portal_steps", "keys")
    assert "Utvikler" in keys[1] and "For developers" in keys[1]
    # The note that the portal's buttons may have Norwegian names is in both languages.
    assert ("Norwegian names" if language == "en" else "norske navn") in keys[2]
    test_first = " ".join(Guide(language).texts("test_first", "body"))
    assert "Utvikler" in test_first and "For developers" in test_first


def test_no_hand_set_link_dates() -> None:
    # Dates are written only by scripts/check-links.py, which exists since 2026-12-01; the four
    # dates set by hand before it (2026-11-26) are gone.
    for link_id, link in LINKS.items():
        checked = link["checked"]
        assert checked is None or checked >= "2026-12-01", (link_id, checked)


def test_norwegian_wording() -> None:
    nb = _all_texts("nb")
    assert "Neste gang starter den der du slapp" in nb
    # Portal buttons whose Norwegian labels are not verified are quoted in English.
    for label in (
        "«For developers»",
        "«API keys»",
        "«Show keys»",
        "«Set up login»",
        "«Redirect URIs»",
        "«Add URI»",
        "«Save»",
    ):
        assert label in nb, label


@pytest.mark.parametrize("language", LANGUAGES)
def test_order_templates_are_described_by_use(language: str) -> None:
    templates = Guide(language).raw()["order_templates"]
    assert set(templates) == {"web", "customer_service"}


ILLUSTRATIONS = REPO / "resources" / "illustrations"


def test_illustrations_show_the_current_names() -> None:
    for name in ("criipto_domains", "criipto_vipps_provider"):
        svg = (ILLUSTRATIONS / f"{name}.svg").read_text(encoding="utf-8")
        assert ">eID providers<" in svg, name
        # Nowhere the old names, the <title> included.
        assert "identity source" not in svg.lower() and "Identity Providers" not in svg, name
        # The environment is chosen in a dropdown: "Production environment", no Test/Production
        # toggle.
        assert ">Production environment<" in svg and ">Test<" not in svg, name
    domains = (ILLUSTRATIONS / "criipto_domains.svg").read_text("utf-8")
    assert ">Register domain<" in domains and "Add domain" not in domains
    assert ">Vipps MobilePay<" in (ILLUSTRATIONS / "criipto_vipps_provider.svg").read_text("utf-8")
    for name in ("vipps_portal_keys", "vipps_portal_redirect"):
        assert ">portal.vippsmobilepay.com<" in (ILLUSTRATIONS / f"{name}.svg").read_text("utf-8")


SOURCES = REPO / "docs" / "content-sources.md"


def test_content_sources_rows_name_a_readable_source_or_say_inferred() -> None:
    rows = [
        line
        for line in SOURCES.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and not line.startswith("| Fact ")
    ]
    assert len(rows) >= 50
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == 5, row
        source, said = cells[2], cells[3]
        # A URL, a repository file, facts.md, or an honest "inferred".
        assert (
            "https://" in source
            or ".mdx" in source
            or "facts.md" in source
            or "**inferred**" in said
            or "Not documented" in said
        ), row
        # No source nobody can read, no internal issue numbers.
        assert "Vipps form" not in source and not re.search(r"(?i)\bissue \d", row), row
    text = SOURCES.read_text(encoding="utf-8")
    for fact in (
        "Vipps changes its forms often",
        "bank account",
        "will most likely not approve",
        "Test domains",
        "sub-unit",
        "prompt=login",
        "Client ID/Realm",
        "MOD11",
        "token endpoint authentication method",
        "eID providers",
    ):
        assert fact in text, fact


def test_ui_strings_name_the_old_dashboard_sections_only_beside_the_new_one() -> None:
    ts = REPO / "resources" / "translations" / "vipps_desktop_nb.ts"
    sources = re.findall(r"<source>(.*?)</source>", ts.read_text(encoding="utf-8"), re.S)
    assert any("eID providers › Vipps MobilePay" in text for text in sources)
    for text in sources:
        if "Identity sources" in text or "Identity Providers" in text:
            assert "eID providers" in text, text
