"""Validators for everything the user types or pastes.

Each validator takes arbitrary text and never raises: it returns a `Validation` holding either
the normalised value or an error, plus notes about what it changed. Errors and notes are
`Message` codes with parameters (core/message.py), not sentences: the UI turns them into
translated text, so this module stays free of Qt and of any one language.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NoReturn
from urllib.parse import urlsplit

from vipps_desktop.core.message import Message

__all__ = [
    "Validation",
    "callback_url",
    "compare_callback_url",
    "validate_domain",
    "validate_org_number",
    "validate_sales_unit_name",
    "validate_website",
]

CALLBACK_PATH = "/NOVippsLogin/Callback"
SALES_UNIT_NAME_MAX = 30
# Vipps Management API pattern: ^[\p{L}\p{M}\d\\(\)-_\+\s\.]+$. Inside the class, ")-_" is a
# range (U+0029 to U+005F), so Vipps also accepts * , / : ; < = > ? @ [ ] ^ and the like.
# The ordinary characters pass silently; the rest of the range passes with a warning.
_SALES_UNIT_EXTRA = frozenset(" \\()-_+.")
_SALES_UNIT_RANGE = frozenset(map(chr, range(0x29, 0x60)))
_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
# Characters a paste from a web page or PDF commonly carries along invisibly.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
# Characters that look like a URL separator (. / : @ # ?) but are not one. Some (U+3002,
# U+FF0E) are mapped to a real dot by UTS 46, others (U+2024) survive as part of a label; a
# name built from them is how look-alike hosts are made, so both are refused, never mapped.
LOOKALIKE_SEPARATORS = frozenset(
    "\u2024\u2025\u2026\ufe52\uff0e\u3002\uff61\u0701\u0702\u2e3c\ua60e"  # dots
    "\u2044\u2215\u29f8\uff0f\u2571"  # slashes
    "\uff1a\ua789\u2236\ufe55\ufe13\u02d0"  # colons
    "\uff20\ufe6b\uff03\ufe5f\uff1f\ufe56"  # @ # ?
)


_Values = tuple[str | None, Message | None, tuple[Message, ...]]


class Validation:
    """Outcome of a validator: `value` when usable, else `error`; `notes` either way.

    Written by hand rather than as a NamedTuple or dataclass because `value` may be a client
    secret: it is left out of `repr`, is read-only, and a tuple's unpacking cannot spill it.
    """

    __slots__ = ("error", "notes", "value")
    value: str | None
    error: Message | None
    notes: tuple[Message, ...]

    def __init__(
        self,
        value: str | None = None,
        error: Message | None = None,
        notes: tuple[Message, ...] = (),
    ) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "error", error)
        object.__setattr__(self, "notes", notes)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"Validation is read-only: cannot set {name}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"Validation is read-only: cannot delete {name}")

    def _values(self) -> _Values:
        return (self.value, self.error, self.notes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Validation):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple[type[Validation], _Values]:
        # copy, deepcopy and pickle rebuild it through __init__ (they would set its slots).
        return Validation, self._values()

    def __repr__(self) -> str:
        # Not the value: a validated client secret must not reach a log line or a traceback.
        return f"Validation(error={self.error!r}, notes={self.notes!r})"

    @property
    def ok(self) -> bool:
        return self.error is None and self.value is not None


def _fail(code: str, notes: tuple[Message, ...] = (), **params: object) -> Validation:
    return Validation(error=Message.of(code, **params), notes=notes)


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(_INVISIBLE)).strip()


# --- Organisation number (Brønnøysund) -----------------------------------------------------


def org_number_check_digit(first_eight: str) -> int | None:
    """MOD11 check digit for the first eight digits, or None when no valid one exists (r = 1)."""
    remainder = sum(int(d) * w for d, w in zip(first_eight, _ORG_WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def validate_org_number(text: str) -> Validation:
    """A Norwegian organisation number: 9 digits with a MOD11 check digit.

    Accepts spaces, dots and dashes between digit groups and the VAT form ``NO 923 609 016 MVA``.
    """
    cleaned = _clean(text).upper()
    if not cleaned:
        return _fail("org.empty")
    if cleaned.startswith("NO"):
        cleaned = cleaned[2:]
    if cleaned.endswith("MVA"):
        cleaned = cleaned[:-3]
    compact = re.sub(r"[\s.\-\u00a0]", "", cleaned)
    if not compact:  # only "NO" / "MVA" / separators: nothing to check
        return _fail("org.empty")
    if not compact.isascii() or not compact.isdigit():
        bad = next((c for c in compact if not (c.isascii() and c.isdigit())), "")
        return _fail("org.not_digits", char=bad)
    if len(compact) != 9:
        return _fail("org.length", count=len(compact))
    expected = org_number_check_digit(compact[:8])
    if expected is None or expected != int(compact[8]):
        return _fail("org.check_digit")
    return Validation(value=compact)


def format_org_number(number: str) -> str:
    """923609016 -> '923 609 016', the way Brønnøysund prints it: the one format the app shows
    an organisation number in. A number already grouped stays as it is."""
    digits = number.replace(" ", "")
    return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))


# --- Criipto production domain ------------------------------------------------------------


def validate_domain(text: str) -> Validation:
    """A Criipto/Idura production domain as a bare hostname.

    A scheme, path, query, port or trailing dot pasted along is stripped with a note; a name
    that looks like a test domain gets a warning note but is accepted.
    """
    notes: list[Message] = []
    raw = _clean(text)
    if not raw:
        return _fail("domain.empty")
    if any(c.isspace() for c in raw):
        return _fail("domain.space")
    candidate = raw
    if "://" in candidate:
        scheme = candidate.split("://", 1)[0]
        notes.append(Message.of("domain.stripped_scheme", scheme=scheme))
        candidate = candidate.split("://", 1)[1]
    for sep, code in (
        ("#", "domain.stripped_path"),
        ("?", "domain.stripped_path"),
        ("/", "domain.stripped_path"),
    ):
        if sep in candidate:
            candidate, _rest = candidate.split(sep, 1)
            if not any(n.code == code for n in notes):
                notes.append(Message.of(code))
    lookalike = next((c for c in candidate if c in LOOKALIKE_SEPARATORS), None)
    if lookalike is not None:
        return _fail("domain.invalid_char", tuple(notes), char=lookalike)
    for bad in ("@", "\\"):
        if bad in candidate:
            return _fail("domain.invalid_char", tuple(notes), char=bad)
    if ":" in candidate:
        candidate, port = candidate.split(":", 1)
        if not (port.isascii() and port.isdigit()):
            # "evil.com:acme.idura.broker" is no host with a port.
            return _fail("domain.invalid_char", tuple(notes), char=":")
        notes.append(Message.of("domain.stripped_port", port=port))
    if candidate.endswith("."):
        candidate = candidate.rstrip(".")
        notes.append(Message.of("domain.stripped_dot"))
    host = candidate.lower()
    if not host:
        return _fail("domain.empty", tuple(notes))
    if not host.isascii():
        # IDNA 2008 with the UTS 46 mapping, non-transitional, as browsers do: "straße" stays
        # "straße" (xn--strae-oqa), not "strasse". Imported only for non-ASCII names.
        import idna

        try:
            host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            return _fail("domain.invalid", tuple(notes))
        notes.append(Message.of("domain.punycode", host=host))
    labels = host.split(".")
    if len(labels) < 2:
        return _fail("domain.no_dot", tuple(notes))
    if len(host) > 253:
        return _fail("domain.too_long", tuple(notes))
    for label in labels:
        if not _HOST_LABEL.match(label):
            bad = next((c for c in label if not (c.isalnum() or c == "-")), "")
            if bad:
                return _fail("domain.invalid_char", tuple(notes), char=bad)
            return _fail("domain.invalid_label", tuple(notes), label=label)
    if labels[-1].isdigit():
        return _fail("domain.ip_address", tuple(notes))
    if "-test." in host + "." or ".test." in "." + host:
        notes.append(Message.of("domain.looks_like_test"))
    return Validation(value=host, notes=tuple(notes))


def callback_url(domain: str) -> str:
    """The URL Criipto shows on its Vipps provider page, exact case, no trailing slash."""
    return f"https://{domain}{CALLBACK_PATH}"


def compare_callback_url(expected: str, pasted: str) -> tuple[Message, ...]:
    """Explain every way `pasted` differs from `expected`; empty when they are identical.

    Vipps requires an exact match (case, trailing slash, encoding), so every difference that
    would break the login is named.
    """
    if pasted == expected:
        return ()
    problems: list[Message] = []
    text = pasted.translate(_INVISIBLE)
    if text != pasted:
        problems.append(Message.of("callback.invisible"))
    if text != text.strip():
        problems.append(Message.of("callback.spaces"))
    text = text.strip()
    if text == expected:
        return tuple(problems)
    try:
        got, want = urlsplit(text), urlsplit(expected)
    except ValueError:
        return (*problems, Message.of("callback.not_url"))
    if not got.scheme or not got.netloc:
        return (*problems, Message.of("callback.not_url"))
    if got.scheme.lower() != "https":
        problems.append(Message.of("callback.scheme", scheme=got.scheme))
    if got.netloc.lower() != want.netloc.lower():
        problems.append(Message.of("callback.other_domain", got=got.netloc, want=want.netloc))
    elif got.netloc != want.netloc:
        problems.append(Message.of("callback.case"))
    path = got.path
    if len(path) > 1 and path.endswith("/"):
        problems.append(Message.of("callback.trailing_slash"))
        path = path.rstrip("/")
    if path.lower() != want.path.lower():
        problems.append(Message.of("callback.other_path", got=got.path or "/"))
    elif path != want.path:
        problems.append(Message.of("callback.case"))
    if got.query or got.fragment:
        problems.append(Message.of("callback.query"))
    if not problems:
        problems.append(Message.of("callback.different"))
    # The same kind of difference reported twice (e.g. case in host and path) says nothing new.
    return tuple(dict.fromkeys(problems))


# --- Vipps order form -----------------------------------------------------------------------


def _sales_unit_char_ordinary(char: str) -> bool:
    return char in _SALES_UNIT_EXTRA or unicodedata.category(char)[0] in "LMN"


def validate_sales_unit_name(text: str) -> Validation:
    """Vipps's rule for a sales-unit name: 1–30 characters its API pattern accepts.

    Letters, marks, digits, spaces and \\ ( ) - _ + . are ordinary; the other characters of
    the pattern's range ")-_" (* , / : ; < = > ? @ [ ] ^) are accepted with a
    ``sales_unit.unusual_chars`` note; anything else is refused.
    """
    name = _clean(text)
    name = re.sub(r"\s+", " ", name)
    if not name:
        return _fail("sales_unit.empty")
    unusual = sorted({c for c in name if not _sales_unit_char_ordinary(c)})
    bad = [c for c in unusual if c not in _SALES_UNIT_RANGE]
    if bad:
        return _fail("sales_unit.chars", chars=" ".join(bad))
    if len(name) > SALES_UNIT_NAME_MAX:
        return _fail("sales_unit.length", count=len(name), max=SALES_UNIT_NAME_MAX)
    notes = (Message.of("sales_unit.unusual_chars", chars=" ".join(unusual)),) if unusual else ()
    return Validation(value=name, notes=notes)


def validate_website(text: str) -> Validation:
    """The company's website as Vipps wants it: an https URL with a real host name."""
    raw = _clean(text)
    if not raw:
        return _fail("website.empty")
    notes: tuple[Message, ...] = ()
    # Spaces, line breaks, control characters and backslashes have no place in an address;
    # "https://evil.com\\@acme.no" takes a browser to evil.com.
    if any(c.isspace() or unicodedata.category(c)[0] == "C" or c == "\\" for c in raw):
        return _fail("website.invalid", notes)
    if not _HAS_SCHEME.match(raw):
        raw = "https://" + raw
        notes = (Message.of("website.added_https"),)
    try:
        parts = urlsplit(raw)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return _fail("website.invalid", notes)
    if parts.scheme.lower() != "https":
        return _fail("website.not_https", notes)
    if "@" in parts.netloc:
        # "https://acme.no@evil.com" is evil.com with the user name "acme.no".
        return _fail("website.invalid", notes)
    host_check = validate_domain(host)
    if not host_check.ok or any(
        n.code != "domain.punycode" for n in host_check.notes if n.code != "domain.looks_like_test"
    ):
        return _fail("website.invalid", notes)
    return Validation(value=raw, notes=notes)
