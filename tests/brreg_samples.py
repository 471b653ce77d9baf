"""Brønnøysund (Enhetsregisteret) answers shaped like the real API's, for the loopback
servers of the tests and of bench/stalls.py."""

from __future__ import annotations

from typing import Any


def company(
    number: str,
    name: str,
    form: tuple[str, str] = ("ASA", "Allmennaksjeselskap"),
    **extra: Any,
) -> dict[str, Any]:
    return {
        "organisasjonsnummer": number,
        "navn": name,
        "organisasjonsform": {"kode": form[0], "beskrivelse": form[1]},
        "hjemmeside": "www.equinor.com",
        "forretningsadresse": {
            "land": "Norge",
            "landkode": "NO",
            "postnummer": "4035",
            "poststed": "STAVANGER",
            "adresse": ["Forusbeen 50"],
        },
        "konkurs": False,
        "underAvvikling": False,
        "underTvangsavviklingEllerTvangsopplosning": False,
        **extra,
    }


ROLES = {
    "rollegrupper": [
        {
            "type": {"kode": "DAGL"},
            "roller": [
                {
                    "type": {"kode": "DAGL", "beskrivelse": "Daglig leder"},
                    "person": {
                        "navn": {"fornavn": "Anders", "etternavn": "Opedal"},
                        "erDoed": False,
                    },
                    "avregistrert": False,
                }
            ],
        },
        {
            "type": {"kode": "STYR"},
            "roller": [
                {
                    "type": {"kode": "LEDE", "beskrivelse": "Styrets leder"},
                    "person": {
                        "navn": {"fornavn": "Jon Erik", "etternavn": "Reinhardsen"},
                        "erDoed": False,
                    },
                    "avregistrert": False,
                }
            ],
        },
    ]
}


# --- one company of each form, with the roles Brønnøysund registers for such a company --------
# Shapes as the real /enheter/{orgnr}/roller answers: groups by code, each role with its code
# and the register's description; people with birth date and name; organisations as "enhet".


def person_role(
    code: str, description: str, first: str, last: str, born: str = "1975-03-14"
) -> dict[str, Any]:
    return {
        "type": {"kode": code, "beskrivelse": description},
        "person": {
            "fodselsdato": born,
            "navn": {"fornavn": first, "etternavn": last},
            "erDoed": False,
        },
        "avregistrert": False,
        "fratraadt": False,
        "rekkefolge": 0,
    }


def unit_role(code: str, description: str, orgnr: str, name: str) -> dict[str, Any]:
    return {
        "type": {"kode": code, "beskrivelse": description},
        "enhet": {"organisasjonsnummer": orgnr, "navn": [name], "erSlettet": False},
        "avregistrert": False,
        "fratraadt": False,
        "rekkefolge": 0,
    }


def group(code: str, description: str, *roles: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": {"kode": code, "beskrivelse": description},
        "sistEndret": "2024-02-01",
        "roller": list(roles),
    }


# Aksjeselskap: daglig leder, a board with its chair, signature jointly, prokura, an auditor.
AS_NUMBER = "912345688"
AS_COMPANY = company(AS_NUMBER, "FJORDKODE AS", ("AS", "Aksjeselskap"))
AS_ROLES = {
    "rollegrupper": [
        group(
            "DAGL",
            "Daglig leder/ adm.direktør",
            person_role("DAGL", "Daglig leder/ adm.direktør", "Kari", "Nordmann"),
        ),
        group(
            "STYR",
            "Styre",
            person_role("LEDE", "Styrets leder", "Ola", "Nordmann", "1968-11-02"),
            person_role("MEDL", "Styremedlem", "Per", "Hansen", "1980-06-30"),
        ),
        group(
            "SIGN",
            "Signatur",
            person_role("SIFE", "Signatur i fellesskap", "Ola", "Nordmann", "1968-11-02"),
            person_role("SIFE", "Signatur i fellesskap", "Per", "Hansen", "1980-06-30"),
        ),
        group("PROK", "Prokura", person_role("PROK", "Prokura", "Kari", "Nordmann")),
        group("REVI", "Revisor", unit_role("REVI", "Revisor", "976389387", "ERNST & YOUNG AS")),
    ]
}

# Enkeltpersonforetak: the innehaver and nobody else.
ENK_NUMBER = "912345696"
ENK_COMPANY = company(ENK_NUMBER, "LISE BERG TEKNISK", ("ENK", "Enkeltpersonforetak"))
ENK_ROLES = {
    "rollegrupper": [
        group("INNH", "Innehaver", person_role("INNH", "Innehaver", "Lise", "Berg", "1990-04-21")),
    ]
}

# Norskregistrert utlandsk foretak: a daglig leder in Norway, the Norwegian representative
# (which is no signing role) and a contact person.
NUF_NUMBER = "912345718"
NUF_COMPANY = company(
    NUF_NUMBER, "NORDIC CLOUD AB NORSK FILIAL", ("NUF", "Norskregistrert utenlandsk foretak")
)
NUF_ROLES = {
    "rollegrupper": [
        group(
            "DAGL",
            "Daglig leder/ adm.direktør",
            person_role("DAGL", "Daglig leder/ adm.direktør", "Sven", "Svensson", "1972-09-09"),
        ),
        group(
            "REPR",
            "Norsk representant for utenlandsk enhet",
            person_role(
                "REPR", "Norsk representant for utenlandsk enhet", "Nils", "Nilsen", "1965-01-17"
            ),
        ),
        group(
            "KONT",
            "Kontaktperson",
            person_role("KONT", "Kontaktperson", "Nils", "Nilsen", "1965-01-17"),
        ),
    ]
}
# A NUF that registers only its Norwegian representative and a contact person: nobody the
# register lists may bind it.
NUF_REPRESENTATIVE_ONLY = {"rollegrupper": NUF_ROLES["rollegrupper"][1:]}

# Forening/lag/innretning: a board with chair and members, signature by two jointly.
FORENING_NUMBER = "912345726"
FORENING_COMPANY = company(FORENING_NUMBER, "BYGDØY ROKLUBB", ("FLI", "Forening/lag/innretning"))
FORENING_ROLES = {
    "rollegrupper": [
        group(
            "STYR",
            "Styre",
            person_role("LEDE", "Styrets leder", "Anne", "Lie", "1959-12-01"),
            person_role("NEST", "Nestleder", "Bjørn", "Dahl", "1984-08-08"),
            person_role("MEDL", "Styremedlem", "Eva", "Moe", "1992-05-05"),
        ),
        group(
            "SIGN",
            "Signatur",
            person_role("SIFE", "Signatur i fellesskap", "Anne", "Lie", "1959-12-01"),
            person_role("SIFE", "Signatur i fellesskap", "Bjørn", "Dahl", "1984-08-08"),
        ),
        group("KONT", "Kontaktperson", person_role("KONT", "Kontaktperson", "Eva", "Moe")),
    ]
}

# form -> (org. number, company answer, roles answer)
BY_FORM: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    "AS": (AS_NUMBER, AS_COMPANY, AS_ROLES),
    "ENK": (ENK_NUMBER, ENK_COMPANY, ENK_ROLES),
    "NUF": (NUF_NUMBER, NUF_COMPANY, NUF_ROLES),
    "NUF, representative only": (NUF_NUMBER, NUF_COMPANY, NUF_REPRESENTATIVE_ONLY),
    "forening": (FORENING_NUMBER, FORENING_COMPANY, FORENING_ROLES),
}
