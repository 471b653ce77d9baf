"""Brønnøysund (Enhetsregisteret) answers shaped like the real API's, for the loopback
servers of the tests and of bench/stalls.py."""

from __future__ import annotations

from typing import Any


def company(number: str, name: str, **extra: Any) -> dict[str, Any]:
    return {
        "organisasjonsnummer": number,
        "navn": name,
        "organisasjonsform": {"kode": "ASA", "beskrivelse": "Allmennaksjeselskap"},
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
