"""Enhetsregisteret client against a loopback server that answers like data.brreg.no."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from brreg_samples import BY_FORM
from hypothesis import given
from hypothesis import strategies as st
from loopback import LoopbackServer, Reply, json_reply

from vipps_desktop.core import brreg
from vipps_desktop.core.brreg import CompanyLookup, Signatory
from vipps_desktop.core.net import CancelToken, HttpFailure, HttpSession, make_session
from vipps_desktop.core.validators import validate_sales_unit_name

API = "/enhetsregisteret/api"
EQUINOR = "923609016"
SUBUNIT = "812345672"  # valid check digits; made-up units
BANKRUPT = "822233333"
DELETED = "833344447"
REMOVED = "998877660"

# Shape and fields as data.brreg.no returns them for an active unit (trimmed of `aktivitet`).
EQUINOR_JSON: dict[str, Any] = {
    "organisasjonsnummer": EQUINOR,
    "navn": "EQUINOR ASA",
    "organisasjonsform": {
        "kode": "ASA",
        "beskrivelse": "Allmennaksjeselskap",
        "_links": {
            "self": {"href": "https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/ASA"}
        },
    },
    "hjemmeside": "www.equinor.com",
    "postadresse": {
        "land": "Norge",
        "landkode": "NO",
        "postnummer": "4035",
        "poststed": "STAVANGER",
        "adresse": ["Postboks 8500 Forus"],
        "kommune": "STAVANGER",
        "kommunenummer": "1103",
    },
    "registreringsdatoEnhetsregisteret": "1995-03-12",
    "registrertIMvaregisteret": True,
    "naeringskode1": {"kode": "06.100", "beskrivelse": "Utvinning av råolje"},
    "antallAnsatte": 21126,
    "harRegistrertAntallAnsatte": True,
    "forretningsadresse": {
        "land": "Norge",
        "landkode": "NO",
        "postnummer": "4035",
        "poststed": "STAVANGER",
        "adresse": ["Forusbeen 50"],
        "kommune": "STAVANGER",
        "kommunenummer": "1103",
    },
    "stiftelsesdato": "1972-09-18",
    "institusjonellSektorkode": {"kode": "1120", "beskrivelse": "Statlig eide aksjeselskaper mv."},
    "registrertIForetaksregisteret": True,
    "registrertIStiftelsesregisteret": False,
    "registrertIFrivillighetsregisteret": False,
    "sisteInnsendteAarsregnskap": "2024",
    "konkurs": False,
    "underAvvikling": False,
    "underTvangsavviklingEllerTvangsopplosning": False,
    "maalform": "Bokmål",
    "_links": {"self": {"href": f"https://data.brreg.no/enhetsregisteret/api/enheter/{EQUINOR}"}},
}

BANKRUPT_JSON: dict[str, Any] = {
    **copy.deepcopy(EQUINOR_JSON),
    "organisasjonsnummer": BANKRUPT,
    "navn": "FALLERT HANDEL AS",
    "organisasjonsform": {"kode": "AS", "beskrivelse": "Aksjeselskap"},
    "konkurs": True,
    "konkursdato": "2025-11-03",
}

# A deleted unit: 200 with a reduced body and slettedato; the flags are absent.
DELETED_JSON: dict[str, Any] = {
    "organisasjonsnummer": DELETED,
    "navn": "NEDLAGT KIOSK AS",
    "organisasjonsform": {"kode": "AS", "beskrivelse": "Aksjeselskap"},
    "slettedato": "2021-06-30",
    "_links": {"self": {"href": f"https://data.brreg.no/enhetsregisteret/api/enheter/{DELETED}"}},
}

SUBUNIT_JSON: dict[str, Any] = {
    "organisasjonsnummer": SUBUNIT,
    "navn": "EQUINOR ASA AVD KÅRSTØ",
    "organisasjonsform": {
        "kode": "BEDR",
        "beskrivelse": "Underenhet til næringsdrivende og offentlig forvaltning",
    },
    "registreringsdatoEnhetsregisteret": "1995-02-19",
    "registrertIMvaregisteret": False,
    "antallAnsatte": 350,
    "overordnetEnhet": EQUINOR,
    "beliggenhetsadresse": {
        "land": "Norge",
        "landkode": "NO",
        "postnummer": "5565",
        "poststed": "TYSVÆRVÅG",
        "adresse": ["Kårstø"],
        "kommune": "TYSVÆR",
        "kommunenummer": "1146",
    },
    "_links": {
        "self": {"href": f"https://data.brreg.no/enhetsregisteret/api/underenheter/{SUBUNIT}"},
        "overordnetEnhet": {
            "href": f"https://data.brreg.no/enhetsregisteret/api/enheter/{EQUINOR}"
        },
    },
}


def _role(
    code: str,
    description: str,
    first: str,
    last: str,
    *,
    middle: str = "",
    born: str = "1960-01-01",
    dead: bool = False,
    deregistered: bool = False,
    resigned: bool = False,
) -> dict[str, Any]:
    navn = {"fornavn": first, "etternavn": last}
    if middle:
        navn["mellomnavn"] = middle
    return {
        "type": {"kode": code, "beskrivelse": description},
        "person": {"fodselsdato": born, "navn": navn, "erDoed": dead},
        "avregistrert": deregistered,
        "fratraadt": resigned,
        "rekkefolge": 0,
    }


ROLES_JSON: dict[str, Any] = {
    "rollegrupper": [
        {
            "type": {"kode": "DAGL", "beskrivelse": "Daglig leder/ adm.direktør"},
            "sistEndret": "2020-08-24",
            "roller": [_role("DAGL", "Daglig leder/ adm.direktør", "Anders", "Opedal")],
        },
        {
            "type": {"kode": "STYR", "beskrivelse": "Styre"},
            "sistEndret": "2025-05-14",
            "roller": [
                _role("LEDE", "Styrets leder", "Jon Erik", "Reinhardsen", middle="Tveit"),
                _role("NEST", "Nestleder", "Anne", "Drinkwater"),
                _role("MEDL", "Styremedlem", "Finn", "Bjørn Ruyter"),
                _role("LEDE", "Styrets leder", "Gammel", "Leder", deregistered=True),
                _role("LEDE", "Styrets leder", "Avdød", "Person", dead=True),
                _role("LEDE", "Styrets leder", "Gått", "Av", resigned=True),
            ],
        },
        {
            "type": {"kode": "REVI", "beskrivelse": "Revisor"},
            "roller": [
                {
                    "type": {"kode": "REVI", "beskrivelse": "Revisor"},
                    "enhet": {
                        "organisasjonsnummer": "976389387",
                        "navn": ["ERNST & YOUNG AS"],
                        "erSlettet": False,
                    },
                    "avregistrert": False,
                    "fratraadt": False,
                    "rekkefolge": 0,
                }
            ],
        },
    ]
}


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", s.url + API)
        yield s


@pytest.fixture
def session() -> Iterator[HttpSession]:
    with make_session(timeout=(1.0, 1.0), retries=1, backoff_factor=0.0) as s:
        yield s


def unit(server: LoopbackServer, number: str, *replies: Reply) -> None:
    server.route("GET", f"{API}/enheter/{number}", *replies)


def sub(server: LoopbackServer, number: str, *replies: Reply) -> None:
    server.route("GET", f"{API}/underenheter/{number}", *replies)


def codes(result: CompanyLookup) -> list[str]:
    return [m.code for m in result.problems]


# --- lookup ---------------------------------------------------------------------------------


def test_active_company(server: LoopbackServer, session: HttpSession) -> None:
    unit(server, EQUINOR, json_reply(200, EQUINOR_JSON))
    result = brreg.lookup(EQUINOR, session=session)
    assert result.status == "active"
    assert result.eligible
    assert result.name == "EQUINOR ASA"
    assert (result.form_code, result.form_description) == ("ASA", "Allmennaksjeselskap")
    assert result.address == ("Forusbeen 50", "4035 STAVANGER", "Norge")
    assert result.website == "www.equinor.com"
    assert (result.bankrupt, result.liquidation, result.forced_dissolution) == (False,) * 3
    assert result.problems == () and result.notes == ()
    [request] = server.requests
    assert request.headers["accept"] == "application/json"


@pytest.mark.parametrize("typed", ["923 609 016", "NO 923609016 MVA", " 923.609.016 "])
def test_typed_forms_are_normalised(
    server: LoopbackServer, session: HttpSession, typed: str
) -> None:
    unit(server, EQUINOR, json_reply(200, EQUINOR_JSON))
    assert brreg.lookup(typed, session=session).orgnr == EQUINOR
    assert server.requests[0].path == f"{API}/enheter/{EQUINOR}"


def test_default_session_is_used_when_none_is_given(server: LoopbackServer) -> None:
    unit(server, EQUINOR, json_reply(200, EQUINOR_JSON))
    assert brreg.lookup(EQUINOR).eligible


def test_bad_check_digit_asks_nobody(server: LoopbackServer, session: HttpSession) -> None:
    result = brreg.lookup("923609017", session=session)
    assert result.status == "invalid" and not result.eligible
    assert codes(result) == ["org.check_digit"]
    assert server.count() == 0


def test_deleted_company_is_200_with_slettedato(
    server: LoopbackServer, session: HttpSession
) -> None:
    unit(server, DELETED, json_reply(200, DELETED_JSON))
    result = brreg.lookup(DELETED, session=session)
    assert result.status == "deleted" and not result.eligible
    assert result.deleted_on == "2021-06-30"
    assert codes(result) == ["brreg.deleted"]
    assert result.problems[0].param("date") == "2021-06-30"
    # absent is not false
    assert (result.bankrupt, result.liquidation, result.forced_dissolution) == (None,) * 3


def test_removed_company_is_410(server: LoopbackServer, session: HttpSession) -> None:
    unit(
        server,
        REMOVED,
        json_reply(410, {"organisasjonsnummer": REMOVED, "slettedato": "2019-01-15"}),
    )
    result = brreg.lookup(REMOVED, session=session)
    assert result.status == "removed" and not result.eligible
    assert codes(result) == ["brreg.removed"]
    assert result.problems[0].param("date") == "2019-01-15"
    assert server.count() == 1  # 410 is an answer: not retried, no sub-unit lookup


def test_subunit_number_points_to_its_parent(server: LoopbackServer, session: HttpSession) -> None:
    unit(server, SUBUNIT, Reply(404))  # empty body, like the real service
    sub(server, SUBUNIT, json_reply(200, SUBUNIT_JSON))
    result = brreg.lookup(SUBUNIT, session=session)
    assert result.status == "subunit" and not result.eligible
    assert result.parent_orgnr == EQUINOR
    assert result.form_code == "BEDR"
    assert result.name == "EQUINOR ASA AVD KÅRSTØ"
    assert result.address == ("Kårstø", "5565 TYSVÆRVÅG", "Norge")
    assert codes(result) == ["brreg.subunit"]
    assert result.problems[0].param("parent") == EQUINOR
    assert [r.path for r in server.requests] == [
        f"{API}/enheter/{SUBUNIT}",
        f"{API}/underenheter/{SUBUNIT}",
    ]


def test_unknown_number_is_not_found(server: LoopbackServer, session: HttpSession) -> None:
    result = brreg.lookup("974760673", session=session)  # both routes answer 404
    assert result.status == "not_found"
    assert codes(result) == ["brreg.not_found"]
    assert server.count() == 2


def test_malformed_number_is_400(server: LoopbackServer, session: HttpSession) -> None:
    unit(
        server,
        EQUINOR,
        json_reply(
            400,
            {
                "timestamp": "2026-01-10T10:00:00.000+00:00",
                "status": 400,
                "error": "Bad Request",
                "message": "Ugyldig organisasjonsnummer",
                "path": f"{API}/enheter/{EQUINOR}",
            },
        ),
    )
    result = brreg.lookup(EQUINOR, session=session)
    assert result.status == "invalid"
    assert codes(result) == ["brreg.invalid"]


def test_bankrupt_company_is_not_eligible(server: LoopbackServer, session: HttpSession) -> None:
    unit(server, BANKRUPT, json_reply(200, BANKRUPT_JSON))
    result = brreg.lookup(BANKRUPT, session=session)
    assert result.status == "not_eligible" and not result.eligible
    assert result.bankrupt is True
    assert codes(result) == ["brreg.bankrupt"]
    assert result.problems[0].param("date") == "2025-11-03"


def test_every_blocking_flag_is_reported(server: LoopbackServer, session: HttpSession) -> None:
    data = {
        **EQUINOR_JSON,
        "konkurs": True,
        "underAvvikling": True,
        "underTvangsavviklingEllerTvangsopplosning": True,
        "underAvviklingDato": "2025-01-02",
    }
    unit(server, EQUINOR, json_reply(200, data))
    result = brreg.lookup(EQUINOR, session=session)
    assert codes(result) == ["brreg.bankrupt", "brreg.liquidation", "brreg.forced_dissolution"]
    assert result.problems[1].param("date") == "2025-01-02"
    assert result.problems[0].param("date") == ""


@pytest.mark.parametrize(
    ("flag", "code"),
    [
        ("underAvvikling", "brreg.liquidation"),
        ("underTvangsavviklingEllerTvangsopplosning", "brreg.forced_dissolution"),
    ],
)
def test_single_flag(server: LoopbackServer, session: HttpSession, flag: str, code: str) -> None:
    unit(server, EQUINOR, json_reply(200, {**EQUINOR_JSON, flag: True}))
    result = brreg.lookup(EQUINOR, session=session)
    assert (result.status, codes(result)) == ("not_eligible", [code])


def test_missing_flags_are_a_note_not_a_pass(server: LoopbackServer, session: HttpSession) -> None:
    data = {k: v for k, v in EQUINOR_JSON.items() if k != "underAvvikling"}
    unit(server, EQUINOR, json_reply(200, data))
    result = brreg.lookup(EQUINOR, session=session)
    assert result.liquidation is None
    assert result.status == "active"
    assert [n.code for n in result.notes] == ["brreg.flags_missing"]
    assert result.notes[0].param("fields") == "underAvvikling"


def test_server_error_raises_after_retry(server: LoopbackServer, session: HttpSession) -> None:
    unit(server, EQUINOR, Reply(503))
    with pytest.raises(HttpFailure) as info:
        brreg.lookup(EQUINOR, session=session)
    assert info.value.kind == "server_error"
    assert server.count() == 2


def test_rate_limit_then_answer(server: LoopbackServer, session: HttpSession) -> None:
    unit(server, EQUINOR, Reply(429, headers={"Retry-After": "0"}), json_reply(200, EQUINOR_JSON))
    assert brreg.lookup(EQUINOR, session=session).eligible


def test_html_instead_of_json_is_unexpected(server: LoopbackServer, session: HttpSession) -> None:
    unit(server, EQUINOR, Reply(200, b"<html>Vedlikehold</html>", {"Content-Type": "text/html"}))
    with pytest.raises(HttpFailure) as info:
        brreg.lookup(EQUINOR, session=session)
    assert (info.value.kind, info.value.message.code) == ("unexpected", "http.bad_answer")


def test_unexpected_status_is_unexpected(server: LoopbackServer, session: HttpSession) -> None:
    unit(server, EQUINOR, Reply(403))
    with pytest.raises(HttpFailure) as info:
        brreg.lookup(EQUINOR, session=session)
    assert (info.value.kind, info.value.message.code) == ("unexpected", "http.unexpected_status")
    assert info.value.message.param("status") == "403"


def test_slow_register_times_out(server: LoopbackServer) -> None:
    unit(server, EQUINOR, Reply(200, b"{}", delay=2.0))
    with make_session(timeout=(1.0, 0.2), retries=2) as s, pytest.raises(HttpFailure) as info:
        brreg.lookup(EQUINOR, session=s)
    assert info.value.kind == "timeout"


def test_cancelled_lookup(server: LoopbackServer, session: HttpSession) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(HttpFailure) as info:
        brreg.lookup(EQUINOR, session=session, cancel=token)
    assert info.value.kind == "cancelled"
    assert server.count() == 0


def test_production_url_must_be_https(
    monkeypatch: pytest.MonkeyPatch, session: HttpSession
) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", "http://data.brreg.no/enhetsregisteret/api")
    with pytest.raises(HttpFailure) as info:
        brreg.lookup(EQUINOR, session=session)
    assert info.value.kind == "refused_insecure"


# --- roles ----------------------------------------------------------------------------------


def test_roles_lists_chair_then_ceo(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", json_reply(200, ROLES_JSON))
    assert brreg.roles(EQUINOR, session=session) == (
        Signatory("Jon Erik Tveit Reinhardsen", ("LEDE",), ("styreleder",)),
        Signatory("Anders Opedal", ("DAGL",), ("daglig leder",)),
    )


def test_one_person_with_both_roles_appears_once(
    server: LoopbackServer, session: HttpSession
) -> None:
    data = {
        "rollegrupper": [
            {
                "type": {"kode": "DAGL"},
                "roller": [_role("DAGL", "Daglig leder", "Kari", "Nordmann")],
            },
            {
                "type": {"kode": "STYR"},
                "roller": [_role("LEDE", "Styrets leder", "Kari", "Nordmann")],
            },
        ]
    }
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", json_reply(200, data))
    assert brreg.roles(EQUINOR, session=session) == (
        Signatory("Kari Nordmann", ("LEDE", "DAGL"), ("styreleder", "daglig leder")),
    )


def test_namesakes_stay_apart(server: LoopbackServer, session: HttpSession) -> None:
    data = {
        "rollegrupper": [
            {
                "type": {"kode": "X"},
                "roller": [
                    _role("DAGL", "Daglig leder", "Ola", "Hansen", born="1970-01-01"),
                    _role("LEDE", "Styrets leder", "Ola", "Hansen", born="1990-01-01"),
                ],
            }
        ]
    }
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", json_reply(200, data))
    assert brreg.roles(EQUINOR, session=session) == (
        Signatory("Ola Hansen", ("LEDE",), ("styreleder",)),
        Signatory("Ola Hansen", ("DAGL",), ("daglig leder",)),
    )


def test_roles_of_unknown_unit_are_empty(server: LoopbackServer, session: HttpSession) -> None:
    assert brreg.roles(EQUINOR, session=session) == ()
    assert brreg.roles("123456789", session=session) == ()  # invalid: not even asked
    assert server.count() == 1


def test_roles_tolerate_odd_shapes(server: LoopbackServer, session: HttpSession) -> None:
    data = {"rollegrupper": [None, {"roller": "x"}, {"roller": [{"type": {"kode": "LEDE"}}]}]}
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", json_reply(200, data))
    assert brreg.roles(EQUINOR, session=session) == ()


# Who may bind the company, per company form (issue 24): read from the roles the API returns.
EXPECTED_SIGNERS: dict[str, tuple[Signatory, ...]] = {
    "AS": (
        Signatory("Ola Nordmann", ("LEDE", "SIFE"), ("styreleder", "signatur i fellesskap")),
        Signatory("Kari Nordmann", ("DAGL", "PROK"), ("daglig leder", "prokura")),
        Signatory("Per Hansen", ("SIFE",), ("signatur i fellesskap",)),
    ),
    "ENK": (Signatory("Lise Berg", ("INNH",), ("innehaver",)),),
    "NUF": (Signatory("Sven Svensson", ("DAGL",), ("daglig leder",)),),
    "NUF, representative only": (),
    "forening": (
        Signatory("Anne Lie", ("LEDE", "SIFE"), ("styreleder", "signatur i fellesskap")),
        Signatory("Bjørn Dahl", ("SIFE",), ("signatur i fellesskap",)),
    ),
}


@pytest.mark.parametrize("form", sorted(BY_FORM))
def test_who_may_bind_the_company_per_form(
    server: LoopbackServer, session: HttpSession, form: str
) -> None:
    number, _company, roles = BY_FORM[form]
    server.route("GET", f"{API}/enheter/{number}/roller", json_reply(200, roles))
    assert brreg.roles(number, session=session) == EXPECTED_SIGNERS[form]


def test_order_link_roles_and_joint_signing() -> None:
    as_signers = EXPECTED_SIGNERS["AS"]
    assert [s.may_open_order_link for s in as_signers] == [True, True, False]
    assert [s.only_jointly for s in as_signers] == [False, False, True]
    innehaver = EXPECTED_SIGNERS["ENK"][0]
    assert not innehaver.may_open_order_link and not innehaver.only_jointly


def test_a_signing_role_only_the_api_knows_is_kept_under_its_own_name(
    server: LoopbackServer, session: HttpSession
) -> None:
    data = {
        "rollegrupper": [
            {
                "type": {"kode": "SIGN", "beskrivelse": "Signatur"},
                "roller": [_role("SINY", "Signatur etter ny ordning", "Ny", "Kode")],
            },
            {
                "type": {"kode": "KONT", "beskrivelse": "Kontaktperson"},
                "roller": [_role("KONT", "Kontaktperson", "Ikke", "Signatar")],
            },
        ]
    }
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", json_reply(200, data))
    assert brreg.roles(EQUINOR, session=session) == (
        Signatory("Ny Kode", ("SINY",), ("signatur etter ny ordning",)),
    )


# --- sales-unit name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("registered", "suggested"),
    [
        ("EQUINOR ASA", "Equinor ASA"),
        ("VIPPS MOBILEPAY AS", "Vipps MobilePay AS"),
        ("DNB BANK ASA", "DNB Bank ASA"),
        ("SPAREBANK 1 SR-BANK ASA", "Sparebank 1 SR-Bank ASA"),
        ("HANSEN & SØNN AS", "Hansen og Sønn AS"),
        ("BO I NORD-TRØNDELAG ANS", "Bo i Nord-Trøndelag ANS"),
        ("MCDONALD'S NORGE AS", "Mcdonalds Norge AS"),
        ("A/S EIENDOM", "AS Eiendom"),
        ("ØSTLANDET KIOSK, BAKERI/KAFÉ DA", "Østlandet Kiosk Bakeri Kafé DA"),
        ("3T PRODUKSJONER AS", "3T Produksjoner AS"),
        ("Acme Solutions AS", "Acme Solutions AS"),  # already readable: left alone
        # too long: the suffix goes first ...
        ("KOMMUNENES SENTRALFORBUND SAMVIRKE SA", "Kommunenes Sentralforbund"),
        ("NORSK RIKSKRINGKASTING ASA", "Norsk Rikskringkasting ASA"),
        ("GJENSIDIGE FORSIKRINGSSELSKAP NORGE ASA", "Gjensidige Forsikringsselskap"),
        # ... then a cut at a word boundary, without a dangling "og" or "("
        ("STIFTELSEN NORSK FOLKEMUSEUM (BYGDØY)", "Stiftelsen Norsk Folkemuseum"),
        ("BERGEN TRANSPORT OG LAGRING OG SERVICE", "Bergen Transport og Lagring"),
        ("X" * 40, "X" * 30),
        ("", ""),
        ("!!! ???", ""),
    ],
)
def test_suggest_sales_unit_name(registered: str, suggested: str) -> None:
    assert brreg.suggest_sales_unit_name(registered) == suggested


@given(st.text(max_size=80))
def test_suggestion_always_passes_the_vipps_rule(registered: str) -> None:
    name = brreg.suggest_sales_unit_name(registered)
    if name:
        checked = validate_sales_unit_name(name)
        assert checked.ok, (registered, name, checked.error)
        assert checked.value == name
        assert len(name) <= 30


@given(
    st.lists(
        st.sampled_from(
            [
                "EQUINOR",
                "NORD-TRØNDELAG",
                "&",
                "AS",
                "OG",
                "DNB",
                "(NORGE)",
                "ÆRLIGE",
                "BANKID",
                "A/S",
                "1",
                "KAFÉ/BAR",
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_suggestion_from_register_like_names(words: list[str]) -> None:
    name = brreg.suggest_sales_unit_name(" ".join(words))
    assert name and validate_sales_unit_name(name).ok


def test_lookup_with_signers_active_company(server: LoopbackServer) -> None:
    unit(server, EQUINOR, json_reply(200, EQUINOR_JSON))
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", json_reply(200, ROLES_JSON))
    company, signers = brreg.lookup_with_signers(EQUINOR)
    assert company.name == "EQUINOR ASA"
    assert signers is not None
    assert [s.name for s in signers][:1] == ["Jon Erik Tveit Reinhardsen"]


def test_lookup_with_signers_keeps_the_company_when_roles_fail(server: LoopbackServer) -> None:
    unit(server, EQUINOR, json_reply(200, EQUINOR_JSON))
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", Reply(200, b"<html>"))
    company, signers = brreg.lookup_with_signers(EQUINOR)
    assert company.eligible
    assert signers is None


def test_lookup_with_signers_asks_no_roles_for_an_ineligible_company(
    server: LoopbackServer,
) -> None:
    unit(server, BANKRUPT, json_reply(200, BANKRUPT_JSON))
    company, signers = brreg.lookup_with_signers(BANKRUPT)
    assert not company.eligible
    assert signers == ()
    assert server.count("GET", f"{API}/enheter/{BANKRUPT}/roller") == 0
