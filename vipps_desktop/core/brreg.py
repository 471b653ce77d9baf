"""Brønnøysundregistrene (Enhetsregisteret): is this company there, and may it order Vipps?

`lookup()` answers with a `CompanyLookup` for every answer the register gives (facts.md §5):
active, bankrupt or being wound up, deleted (200 with ``slettedato``), removed (410), a
sub-unit number (404 under ``/enheter``, found under ``/underenheter``), unknown (404) and
malformed (400). Network trouble raises `HttpFailure` from `vipps_desktop.core.net`.

`roles()` lists the people Brønnøysund registers with a role that binds the company (who may
sign the Vipps agreement), and `suggest_sales_unit_name()` turns the registered name into
something Vipps accepts as the name shown in the app.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from vipps_desktop.core.message import Message
from vipps_desktop.core.net import (
    CancelToken,
    HttpFailure,
    HttpResponse,
    brreg_url,
    failure_for_status,
    fetch,
    session_for,
)
from vipps_desktop.core.validators import (
    SALES_UNIT_NAME_MAX,
    validate_org_number,
    validate_sales_unit_name,
)

if TYPE_CHECKING:
    from vipps_desktop.core.net import HttpSession

__all__ = [
    "ORDER_LINK_ROLES",
    "ROLE_NAMES",
    "SIGNING_ROLES",
    "CompanyLookup",
    "LookupStatus",
    "Signatory",
    "lookup",
    "roles",
    "suggest_sales_unit_name",
]

LookupStatus = Literal[
    "active",  # found, not deleted, no flag set: may order
    "not_eligible",  # bankrupt, being wound up or forcibly dissolved
    "deleted",  # 200 with slettedato
    "removed",  # 410: removed from the open register for legal reasons
    "not_found",  # 404 under /enheter and /underenheter
    "subunit",  # the number of a sub-unit (BEDR/AAFY): order with its parent's number
    "invalid",  # not a valid organisation number (checked locally, or 400 from the register)
]

# Flag name in the register -> problem code when it is true.
_FLAGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("konkurs", "brreg.bankrupt", ("konkursdato",)),
    ("underAvvikling", "brreg.liquidation", ("underAvviklingDato",)),
    (
        "underTvangsavviklingEllerTvangsopplosning",
        "brreg.forced_dissolution",
        (
            "tvangsavvikletPgaManglendeSlettingDato",
            "tvangsopplostPgaManglendeDagligLederDato",
            "tvangsopplostPgaManglendeRevisorDato",
            "tvangsopplostPgaManglendeRegnskapDato",
            "tvangsopplostPgaMangelfulltStyreDato",
        ),
    ),
)
_ACCEPT = {"Accept": "application/json"}


class CompanyLookup(NamedTuple):
    """What the register says about one organisation number.

    The flags are ``None`` when the register did not send them: absent is not false (a deleted
    unit's reduced body has none). `problems` says why the company cannot order as it is;
    `notes` are warnings that do not block.
    """

    orgnr: str
    status: LookupStatus
    name: str = ""
    form_code: str = ""
    form_description: str = ""
    address: tuple[str, ...] = ()
    website: str = ""
    bankrupt: bool | None = None
    liquidation: bool | None = None
    forced_dissolution: bool | None = None
    deleted_on: str = ""
    parent_orgnr: str = ""
    problems: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()

    @property
    def eligible(self) -> bool:
        return self.status == "active"


class Signatory(NamedTuple):
    """A person registered with a role that binds the company (facts.md §5)."""

    name: str
    roles: tuple[str, ...]  # role codes, in SIGNING_ROLES order ("LEDE" before "DAGL")
    role_names: tuple[str, ...] = ()  # one name per code, as `role_name` gives it

    @property
    def may_open_order_link(self) -> bool:
        """Styreleder or daglig leder: the roles Vipps' 2023 pre-fill guide lets in."""
        return any(code in ORDER_LINK_ROLES for code in self.roles)

    @property
    def only_jointly(self) -> bool:
        """Every role this person holds binds the company only together with others."""
        return all(code in JOINT_ROLES for code in self.roles)


# Vipps' terms: the agreement is entered into by "a person with authority to bind the
# company". Brønnøysund's role codes that carry that authority (facts.md §5), in the order the
# app lists people: the two roles Vipps' 2023 pre-fill guide lets through the order link first.
ORDER_LINK_ROLES = ("LEDE", "DAGL")
SIGNING_ROLES = (
    "LEDE",  # styrets leder
    "DAGL",  # daglig leder
    "INNH",  # innehaver (enkeltpersonforetak)
    "SIGN",  # signatur
    "SIHV",  # signatur hver for seg
    "PROK",  # prokura
    "POHV",  # prokura hver for seg
    "SIFE",  # signatur i fellesskap: only together with others
    "POFE",  # prokura i fellesskap: only together with others
)
JOINT_ROLES = frozenset({"SIFE", "POFE"})
# Role groups whose every role is about signing or prokura: a code the API lists there that
# is not above is kept too, under the description the API gives it.
SIGNING_GROUPS = frozenset({"SIGN", "PROK"})
# Official Norwegian names; Norwegian in both languages, as the register and Vipps use them.
ROLE_NAMES = {
    "LEDE": "styreleder",
    "DAGL": "daglig leder",
    "INNH": "innehaver",
    "SIGN": "signatur",
    "SIHV": "signatur hver for seg",
    "PROK": "prokura",
    "POHV": "prokura hver for seg",
    "SIFE": "signatur i fellesskap",
    "POFE": "prokura i fellesskap",
}


def role_name(code: str, description: str = "") -> str:
    """The name the app shows for a role: ours for a known code, else the API's own."""
    return ROLE_NAMES.get(code) or description.strip().lower() or code


# --- lookup ---------------------------------------------------------------------------------


def lookup(
    orgnr: str,
    *,
    session: HttpSession | None = None,
    cancel: CancelToken | None = None,
) -> CompanyLookup:
    """Look `orgnr` up in Enhetsregisteret (and, if unknown there, among sub-units).

    A number that fails the local MOD11 check is answered without a request: status
    ``invalid`` with the validator's error as the problem.
    """
    checked = validate_org_number(orgnr)
    if not checked.ok or checked.value is None:
        assert checked.error is not None
        return CompanyLookup(orgnr=orgnr.strip(), status="invalid", problems=(checked.error,))
    number = checked.value
    base = brreg_url()
    with session_for(session, cancel) as http:
        answer = fetch(http, "GET", f"{base}/enheter/{number}", headers=_ACCEPT, cancel=cancel)
        if answer.status == 404:
            sub = fetch(
                http, "GET", f"{base}/underenheter/{number}", headers=_ACCEPT, cancel=cancel
            )
            return _from_subunit_answer(number, sub)
    return _from_unit_answer(number, answer)


def _from_unit_answer(number: str, answer: HttpResponse) -> CompanyLookup:
    if answer.status == 200:
        return _parse_unit(number, _object(answer))
    if answer.status == 410:
        return _removed(number, answer)
    if answer.status == 400:
        return CompanyLookup(number, "invalid", problems=(Message.of("brreg.invalid"),))
    raise failure_for_status(answer)


def _from_subunit_answer(number: str, answer: HttpResponse) -> CompanyLookup:
    if answer.status == 404:
        return CompanyLookup(number, "not_found", problems=(Message.of("brreg.not_found"),))
    if answer.status == 410:
        return _removed(number, answer)
    if answer.status == 400:
        return CompanyLookup(number, "invalid", problems=(Message.of("brreg.invalid"),))
    if answer.status != 200:
        raise failure_for_status(answer)
    data = _object(answer)
    parent = _text(data.get("overordnetEnhet"))
    form_code, form_description = _form(data)
    return CompanyLookup(
        orgnr=number,
        status="subunit",
        name=_text(data.get("navn")),
        form_code=form_code,
        form_description=form_description,
        address=_address(data.get("beliggenhetsadresse") or data.get("postadresse")),
        deleted_on=_text(data.get("slettedato")),
        parent_orgnr=parent,
        problems=(Message.of("brreg.subunit", parent=parent),),
    )


def _removed(number: str, answer: HttpResponse) -> CompanyLookup:
    data = answer.json_object() or {}
    date = _text(data.get("slettedato"))
    return CompanyLookup(
        number, "removed", deleted_on=date, problems=(Message.of("brreg.removed", date=date),)
    )


def _parse_unit(number: str, data: dict[str, Any]) -> CompanyLookup:
    form_code, form_description = _form(data)
    flags = {
        key: data.get(key) if isinstance(data.get(key), bool) else None
        for key, _code, _dates in _FLAGS
    }
    common: dict[str, Any] = {
        "orgnr": number,
        "name": _text(data.get("navn")),
        "form_code": form_code,
        "form_description": form_description,
        "address": _address(data.get("forretningsadresse") or data.get("postadresse")),
        "website": _text(data.get("hjemmeside")),
        "bankrupt": flags["konkurs"],
        "liquidation": flags["underAvvikling"],
        "forced_dissolution": flags["underTvangsavviklingEllerTvangsopplosning"],
    }
    deleted = _text(data.get("slettedato"))
    if deleted:
        return CompanyLookup(
            status="deleted",
            deleted_on=deleted,
            problems=(Message.of("brreg.deleted", date=deleted),),
            **common,
        )
    problems: list[Message] = []
    for key, code, date_keys in _FLAGS:
        if flags[key] is True:
            date = next((_text(data.get(k)) for k in date_keys if _text(data.get(k))), "")
            problems.append(Message.of(code, date=date) if date else Message.of(code))
    if problems:
        return CompanyLookup(status="not_eligible", problems=tuple(problems), **common)
    missing = [key for key, value in flags.items() if value is None]
    notes = (Message.of("brreg.flags_missing", fields=", ".join(missing)),) if missing else ()
    return CompanyLookup(status="active", notes=notes, **common)


def _object(answer: HttpResponse) -> dict[str, Any]:
    data = answer.json_object()
    if data is None:
        raise HttpFailure("unexpected", Message.of("http.bad_answer", status=answer.status))
    return data


def _text(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


def _form(data: dict[str, Any]) -> tuple[str, str]:
    form = data.get("organisasjonsform")
    if not isinstance(form, dict):
        return "", ""
    return _text(form.get("kode")), _text(form.get("beskrivelse"))


def _address(value: object) -> tuple[str, ...]:
    """Address lines as printed on a letter: street lines, "postnummer poststed", country."""
    if not isinstance(value, dict):
        return ()
    street = value.get("adresse")
    # A list of lines; a hostile or changed answer may send one string, a number, an object.
    street_lines = street if isinstance(street, list) else [street]
    lines = [_text(line) for line in street_lines if _text(line)]
    place = " ".join(p for p in (_text(value.get("postnummer")), _text(value.get("poststed"))) if p)
    if place:
        lines.append(place)
    country = _text(value.get("land"))
    if country:
        lines.append(country)
    return tuple(lines)


# --- company and signers together ---------------------------------------------------------


def lookup_with_signers(
    orgnr: str, *, cancel: CancelToken | None = None
) -> tuple[CompanyLookup, tuple[Signatory, ...] | None]:
    """The company and, when it is active, who may sign.

    The signers are None when only the roles lookup failed: the company answer is still
    worth showing. Cancellation and failures of the company lookup itself raise.
    """
    company = lookup(orgnr, cancel=cancel)
    if company.status != "active":
        return company, ()
    try:
        return company, roles(orgnr, cancel=cancel)
    except HttpFailure as failure:
        if failure.kind == "cancelled":
            raise
        return company, None


# --- roles ----------------------------------------------------------------------------------


def roles(
    orgnr: str,
    *,
    session: HttpSession | None = None,
    cancel: CancelToken | None = None,
) -> tuple[Signatory, ...]:
    """The people registered for `orgnr` with a role that binds the company.

    Styreleder (LEDE), daglig leder (DAGL), innehaver (INNH), signature and prokura roles
    (SIGNING_ROLES, and any other role the API lists in the SIGN or PROK group), ordered by
    their first role in SIGNING_ROLES: styreleder first. People marked ``avregistrert``,
    ``fratraadt`` or ``erDoed`` are left out; roles held by another organisation (no
    ``person``) too. One person holding several roles appears once. An unknown, removed or
    malformed number gives an empty tuple.
    """
    checked = validate_org_number(orgnr)
    if not checked.ok:
        return ()
    with session_for(session, cancel) as http:
        answer = fetch(
            http,
            "GET",
            f"{brreg_url()}/enheter/{checked.value}/roller",
            headers=_ACCEPT,
            cancel=cancel,
        )
    if answer.status in (400, 404, 410):
        return ()
    if answer.status != 200:
        raise failure_for_status(answer)
    return _parse_roles(_object(answer))


def _parse_roles(data: dict[str, Any]) -> tuple[Signatory, ...]:
    found: dict[tuple[str, str], dict[str, str]] = {}  # person -> role code -> name shown
    for group in _dicts(data.get("rollegrupper")):
        group_code = _text(_dict(group.get("type")).get("kode"))
        for role in _dicts(group.get("roller")):
            kind = _dict(role.get("type"))
            code = _text(kind.get("kode"))
            person = _dict(role.get("person"))
            if not code or not person:
                continue
            if code not in SIGNING_ROLES and group_code not in SIGNING_GROUPS:
                continue
            if role.get("avregistrert") is True or role.get("fratraadt") is True:
                continue
            if person.get("erDoed") is True:
                continue
            name = _person_name(_dict(person.get("navn")))
            if not name:
                continue
            # Birth date only tells namesakes apart; it is never part of the result.
            key = (name, _text(person.get("fodselsdato")))
            found.setdefault(key, {}).setdefault(
                code, role_name(code, _text(kind.get("beskrivelse")))
            )
    people = [
        Signatory(
            name, tuple(sorted(held, key=_rank)), tuple(held[c] for c in sorted(held, key=_rank))
        )
        for (name, _born), held in found.items()
    ]
    people.sort(key=lambda p: _rank(p.roles[0]))
    return tuple(people)


def _rank(code: str) -> int:
    """Position in SIGNING_ROLES; a code only the API knows comes after the known ones."""
    return SIGNING_ROLES.index(code) if code in SIGNING_ROLES else len(SIGNING_ROLES)


def _person_name(navn: dict[str, Any]) -> str:
    parts = (_text(navn.get(k)) for k in ("fornavn", "mellomnavn", "etternavn"))
    return " ".join(p for p in parts if p)


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


# --- sales-unit name ------------------------------------------------------------------------

# Organisation-form abbreviations kept in capitals (and dropped first when the name is long).
ORG_FORM_SUFFIXES = frozenset(
    {"AS", "ASA", "ANS", "DA", "SA", "NUF", "BA", "KS", "ENK", "IKS", "BRL", "KF", "SF"}
)
# Unambiguous abbreviations: capitals anywhere ("DA" is also the Norwegian word "da").
_ALWAYS_CAPS = frozenset({"AS", "ASA", "ANS", "NUF", "ENK", "IKS"})
_SMALL_WORDS = frozenset({"og", "i", "på", "av", "for", "til", "med", "fra", "ved", "under"})
_BRANDS = {"MOBILEPAY": "MobilePay", "BANKID": "BankID"}
_VOWELS = frozenset("AEIOUYÆØÅÄÖÜÉÈÊÁÀÓÒÔÍÌÚÙ")
_SEPARATORS = re.compile(r"([\-()\\_+.])")
_APOSTROPHES = re.compile(r"[’'`´ʹ]")
_EXTRA = frozenset(" \\()-_+.")
_DANISH_AS = re.compile(r"\bA/S\b", re.IGNORECASE)


def suggest_sales_unit_name(registered_name: str) -> str:
    """A first suggestion for the name shown in the Vipps app, from the registered name.

    * Names in capitals (as the register keeps them) get readable case: "EQUINOR ASA" →
      "Equinor ASA", "DNB BANK ASA" → "DNB Bank ASA" (a word without vowels is taken as an
      acronym), "HANSEN OG SØNN AS" → "Hansen og Sønn AS". A name already in mixed case keeps
      its case.
    * Only characters Vipps allows remain: "A/S" becomes "AS", ``&`` becomes "og" (the name
      is read by Norwegian users), apostrophes are dropped ("MC'DONALD" → "Mcdonald"), any
      other character Vipps refuses (``, / : ! ? @ * "`` …) becomes a space.
    * At most 30 characters: the organisation-form suffix goes first, then the name is cut
      at a word boundary (a single word longer than 30 is cut hard).

    The result passes `validate_sales_unit_name`, or is "" when nothing usable remains.
    """
    text = "".join(
        c for c in unicodedata.normalize("NFC", registered_name) if unicodedata.category(c) != "Cf"
    )  # soft hyphens, zero-width spaces
    text = _DANISH_AS.sub("AS", text)
    shouting = not any(c.islower() for c in text)
    text = _APOSTROPHES.sub("", text.replace("&", " og "))
    text = "".join(c if _allowed(c) else " " for c in text)
    words = text.split()
    if not words:
        return ""
    if shouting:
        words = [_readable(word, i, i == len(words) - 1) for i, word in enumerate(words)]
    name = " ".join(words)
    too_long = len(name) > SALES_UNIT_NAME_MAX
    if too_long and len(words) > 1 and words[-1].upper() in ORG_FORM_SUFFIXES:
        name = " ".join(words[:-1])
    name = unicodedata.normalize("NFC", _shorten(name))
    checked = validate_sales_unit_name(name)
    return checked.value if checked.ok and checked.value is not None else ""


def _allowed(char: str) -> bool:
    return char in _EXTRA or unicodedata.category(char)[0] in "LMN"


def _readable(word: str, index: int, last: bool) -> str:
    upper = word.upper()
    if upper in _ALWAYS_CAPS or (last and upper in ORG_FORM_SUFFIXES):
        return upper
    if index > 0 and word.lower() in _SMALL_WORDS:
        return word.lower()
    return "".join(_readable_piece(piece) for piece in _SEPARATORS.split(word))


def _readable_piece(piece: str) -> str:
    if not piece or _SEPARATORS.fullmatch(piece):
        return piece
    upper = piece.upper()
    if upper in _BRANDS:
        return _BRANDS[upper]
    if any(c.isdigit() for c in piece):
        return piece  # "3T", "A1": model names and numbers stay as written
    if piece.isalpha() and len(piece) > 1 and not any(c in _VOWELS for c in upper):
        return piece  # "DNB", "NRK", "SR": an acronym
    return piece.capitalize()


def _shorten(name: str) -> str:
    if len(name) <= SALES_UNIT_NAME_MAX:
        return name
    space = name.rfind(" ", 0, SALES_UNIT_NAME_MAX + 1)
    cut = name[:space] if space > 0 else name[:SALES_UNIT_NAME_MAX]
    for _ in range(3):  # tidy what the cut left at the end
        cut = cut.rstrip(" -_+.\\(")
        if cut.count("(") > cut.count(")"):
            cut = cut[: cut.rfind("(")]
        words = cut.split()
        if len(words) > 1 and words[-1] in _SMALL_WORDS:
            cut = " ".join(words[:-1])
    return cut or name[:SALES_UNIT_NAME_MAX]
