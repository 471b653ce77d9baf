"""Validators: real values from facts.md, the ways people paste them, properties for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vipps_desktop.core import validators as v
from vipps_desktop.core.message import Message
from vipps_desktop.core.validators import Validation

FAST = settings(max_examples=200, deadline=None, database=None)

VALID_ORG = ["923609016", "974760673", "991825827", "918713867", "915501680"]
INVALID_ORG = ["923609017", "123456789", "934157150"]

ZWSP, NBSP, BOM, SHY = "\u200b", "\u00a0", "\ufeff", "\u00ad"
WJ, ZWNJ, ZWJ = "\u2060", "\u200c", "\u200d"


def codes(messages: tuple[Message, ...]) -> list[str]:
    return [m.code for m in messages]


def assert_ok(result: Validation, value: str) -> None:
    assert result.ok, result
    assert result.error is None
    assert result.value == value


def assert_error(result: Validation, code: str) -> Message:
    assert not result.ok, result
    assert result.value is None
    assert result.error is not None
    assert result.error.code == code, result
    return result.error


# --- Message / Validation -----------------------------------------------------------------


def test_message_params_are_sorted_strings() -> None:
    m = Message.of("x.y", b=2, a="one")
    assert m.params == (("a", "one"), ("b", "2"))
    assert m.param("a") == "one"
    assert m.param("b") == "2"
    assert m.param("missing") == ""
    assert Message.of("x.y", a="one", b=2) == m  # order of keywords does not matter


def test_validation_ok_needs_a_value_and_no_error() -> None:
    assert Validation(value="x").ok
    assert not Validation().ok
    assert not Validation(error=Message.of("e")).ok


# --- Organisation number ------------------------------------------------------------------


@pytest.mark.parametrize("number", VALID_ORG)
def test_valid_org_numbers(number: str) -> None:
    result = v.validate_org_number(number)
    assert_ok(result, number)
    assert result.notes == ()


@pytest.mark.parametrize("number", INVALID_ORG)
def test_org_numbers_with_a_wrong_check_digit(number: str) -> None:
    assert_error(v.validate_org_number(number), "org.check_digit")


def test_check_digit_calculation() -> None:
    assert v.org_number_check_digit("92360901") == 6
    assert v.org_number_check_digit("91550168") == 0  # r = 0 -> check digit 0
    assert v.org_number_check_digit("93415715") is None  # r = 1 -> no valid check digit
    for number in VALID_ORG:
        assert v.org_number_check_digit(number[:8]) == int(number[8])


def test_every_wrong_last_digit_is_rejected() -> None:
    for number in VALID_ORG:
        for digit in "0123456789":
            if digit != number[8]:
                candidate = number[:8] + digit
                assert_error(v.validate_org_number(candidate), "org.check_digit")


@pytest.mark.parametrize(
    "text",
    [
        "923 609 016",
        "923609016",
        "  923609016  ",
        "NO 923609016 MVA",
        "NO923609016MVA",
        "NO 923 609 016 MVA",
        "no 923609016 mva",
        "923.609.016",
        "923-609-016",
        "923609016\n",
        f"923{NBSP}609{NBSP}016",
        f"{ZWSP}923609016{ZWSP}",
        f"92{ZWSP}3 6{ZWNJ}09 0{ZWJ}16",
        f"{BOM}923609016",
        f"923{SHY}609{WJ}016",
        f"NO{NBSP}923{NBSP}609{NBSP}016{NBSP}MVA",
        "923\u2009609\u2009016",  # thin spaces, as some PDFs print it
        "923\u202f609\u202f016",  # narrow no-break spaces
        "\t923 609 016\r\n",
    ],
)
def test_accepted_forms_of_an_org_number(text: str) -> None:
    assert_ok(v.validate_org_number(text), "923609016")


def test_empty_org_number() -> None:
    for text in ["", "   ", ZWSP, f"{NBSP}{ZWSP}\n"]:
        assert_error(v.validate_org_number(text), "org.empty")


@pytest.mark.parametrize("text", ["NO", "MVA", "NOMVA", "NO MVA", " no - mva "])
def test_org_number_of_only_the_vat_decoration_is_empty(text: str) -> None:
    # Not "digits only (found “”)": there is nothing to check.
    assert_error(v.validate_org_number(text), "org.empty")


@pytest.mark.parametrize(
    ("text", "char"),
    [
        ("92360901O", "O"),  # letter O for zero
        ("923609O16", "O"),
        ("923,609,016", ","),
        ("923/609/016", "/"),
        ("SE 923609016", "S"),
        ("NO923609016MVA.", "M"),  # the trailing dot hides the MVA suffix
        ("٩٢٣٦٠٩٠١٦", "٩"),  # Arabic-Indic digits are digits, but not ours
        ("９２３６０９０１６", "９"),  # full-width digits
        ("923609016!", "!"),
    ],
)
def test_org_number_with_other_characters(text: str, char: str) -> None:
    error = assert_error(v.validate_org_number(text), "org.not_digits")
    assert error.param("char") == char


@pytest.mark.parametrize(
    ("text", "count"),
    [("92360901", 8), ("9236090166", 10), ("1", 1), ("NO 9236 MVA", 4), ("0" * 11, 11)],
)
def test_org_number_with_the_wrong_length(text: str, count: int) -> None:
    error = assert_error(v.validate_org_number(text), "org.length")
    assert error.param("count") == str(count)


def test_format_org_number() -> None:
    assert v.format_org_number("923609016") == "923 609 016"
    assert v.format_org_number("923 609 016") == "923 609 016"  # one format, applied twice


# --- Domain -------------------------------------------------------------------------------


def test_plain_production_domain_has_no_notes() -> None:
    result = v.validate_domain("acme.idura.broker")
    assert_ok(result, "acme.idura.broker")
    assert result.notes == ()


@pytest.mark.parametrize(
    "domain", ["acme.criipto.id", "login.example.no", "a.b", "x-1.y-2.z3", "xn--blbr-roah.no"]
)
def test_other_valid_domains(domain: str) -> None:
    result = v.validate_domain(domain)
    assert_ok(result, domain)
    assert result.notes == ()


def test_pasted_url_is_stripped_with_notes() -> None:
    result = v.validate_domain("https://acme.idura.broker/")
    assert_ok(result, "acme.idura.broker")
    assert codes(result.notes) == ["domain.stripped_scheme", "domain.stripped_path"]
    assert result.notes[0].param("scheme") == "https"


def test_pasted_callback_url_gives_the_domain() -> None:
    result = v.validate_domain("https://acme.idura.broker/NOVippsLogin/Callback?x=1#y")
    assert_ok(result, "acme.idura.broker")
    assert codes(result.notes) == ["domain.stripped_scheme", "domain.stripped_path"]


def test_http_scheme_is_stripped_and_named() -> None:
    result = v.validate_domain("http://acme.idura.broker")
    assert_ok(result, "acme.idura.broker")
    assert result.notes == (Message.of("domain.stripped_scheme", scheme="http"),)


def test_port_is_stripped_with_a_note() -> None:
    result = v.validate_domain("acme.idura.broker:443")
    assert_ok(result, "acme.idura.broker")
    assert result.notes == (Message.of("domain.stripped_port", port="443"),)


def test_trailing_dot_is_stripped_with_a_note() -> None:
    result = v.validate_domain("acme.idura.broker.")
    assert_ok(result, "acme.idura.broker")
    assert result.notes == (Message.of("domain.stripped_dot"),)


def test_everything_pasted_along_at_once() -> None:
    result = v.validate_domain(f"{ZWSP} HTTPS://ACME.Idura.Broker.:8443/path?q#f {NBSP}")
    assert_ok(result, "acme.idura.broker")
    assert codes(result.notes) == [
        "domain.stripped_scheme",
        "domain.stripped_path",
        "domain.stripped_port",
        "domain.stripped_dot",
    ]


def test_upper_case_is_lowered_without_a_note() -> None:
    result = v.validate_domain("ACME.Idura.BROKER")
    assert_ok(result, "acme.idura.broker")
    assert result.notes == ()


@pytest.mark.parametrize(
    "domain", ["acme-test.criipto.id", "acme.test.idura.broker", "test.idura.broker"]
)
def test_test_domains_are_accepted_with_a_warning(domain: str) -> None:
    result = v.validate_domain(domain)
    assert_ok(result, domain)
    assert codes(result.notes) == ["domain.looks_like_test"]


@pytest.mark.parametrize(
    "domain", ["acme.idura.broker", "acme.criipto.id", "testing.idura.broker", "contest.no"]
)
def test_production_domains_get_no_test_warning(domain: str) -> None:
    assert "domain.looks_like_test" not in codes(v.validate_domain(domain).notes)


def test_idn_becomes_punycode_with_a_note() -> None:
    result = v.validate_domain("blåbær.no")
    assert_ok(result, "xn--blbr-roah.no")
    assert result.notes == (Message.of("domain.punycode", host="xn--blbr-roah.no"),)


def test_upper_case_idn_is_lowered_first() -> None:
    assert_ok(v.validate_domain("BLÅBÆR.NO"), "xn--blbr-roah.no")


def test_empty_domain() -> None:
    for text in ["", "  ", ZWSP, "\n"]:
        assert_error(v.validate_domain(text), "domain.empty")
    assert_error(v.validate_domain("https://"), "domain.empty")
    assert_error(v.validate_domain("."), "domain.empty")


@pytest.mark.parametrize(
    "text", ["acme idura.broker", "acme.idura .broker", "acme.\tidura.broker", f"acme{NBSP}x.no"]
)
def test_spaces_inside_a_domain(text: str) -> None:
    assert_error(v.validate_domain(text), "domain.space")


@pytest.mark.parametrize("text", ["localhost", "acme", "https://acme/", "acme."])
def test_domain_without_a_dot(text: str) -> None:
    assert_error(v.validate_domain(text), "domain.no_dot")


@pytest.mark.parametrize("text", ["192.168.0.1", "10.0.0.1:8080", "https://127.0.0.1/"])
def test_ip_address_is_not_a_domain(text: str) -> None:
    assert_error(v.validate_domain(text), "domain.ip_address")


@pytest.mark.parametrize(
    ("text", "char"),
    [("acme_x.idura.broker", "_"), ("acme!.no", "!"), ("user@acme.no", "@"), ("acme[1].no", "[")],
)
def test_invalid_characters_in_a_domain(text: str, char: str) -> None:
    error = assert_error(v.validate_domain(text), "domain.invalid_char")
    assert error.param("char") == char


@pytest.mark.parametrize(
    ("text", "label"),
    [("-acme.no", "-acme"), ("acme-.no", "acme-"), ("a..no", ""), ("a" * 64 + ".no", "a" * 64)],
)
def test_invalid_labels(text: str, label: str) -> None:
    error = assert_error(v.validate_domain(text), "domain.invalid_label")
    assert error.param("label") == label


@pytest.mark.parametrize("text", ["[::1]", "https://[2001:db8::1]/", "::1", "2001:db8::1"])
def test_ipv6_addresses_are_rejected(text: str) -> None:
    assert not v.validate_domain(text).ok


def test_label_of_63_characters_is_fine() -> None:
    assert_ok(v.validate_domain("a" * 63 + ".no"), "a" * 63 + ".no")


def test_too_long_domain() -> None:
    host = ".".join(["a" * 60] * 5)  # 304 characters
    assert_error(v.validate_domain(host), "domain.too_long")


def test_idn_that_cannot_be_encoded() -> None:
    assert_error(v.validate_domain("ø" * 80 + ".no"), "domain.invalid")


def test_notes_are_kept_with_an_error() -> None:
    result = v.validate_domain("https://localhost/")
    assert_error(result, "domain.no_dot")
    assert codes(result.notes) == ["domain.stripped_scheme", "domain.stripped_path"]


# --- Callback URL -------------------------------------------------------------------------

DOMAIN = "acme.idura.broker"
URL = "https://acme.idura.broker/NOVippsLogin/Callback"


def test_callback_url_exact_form() -> None:
    assert v.callback_url(DOMAIN) == URL
    assert v.callback_url("login.example.no") == "https://login.example.no/NOVippsLogin/Callback"


def test_identical_callback_url_has_no_problems() -> None:
    assert v.compare_callback_url(URL, URL) == ()


@pytest.mark.parametrize(
    ("pasted", "expected_codes"),
    [
        (URL + "/", ["callback.trailing_slash"]),
        (URL + "//", ["callback.trailing_slash"]),
        (URL.lower(), ["callback.case"]),
        ("https://acme.idura.broker/novippslogin/callback", ["callback.case"]),
        ("https://ACME.idura.broker/NOVippsLogin/Callback", ["callback.case"]),
        ("https://ACME.idura.broker/novippslogin/callback", ["callback.case"]),
        (URL.lower() + "/", ["callback.trailing_slash", "callback.case"]),
        ("http://acme.idura.broker/NOVippsLogin/Callback", ["callback.scheme"]),
        (URL + "?foo=bar", ["callback.query"]),
        (URL + "#frag", ["callback.query"]),
        ("https://acme.idura.broker/NOVippsLogin/Callback?", ["callback.different"]),
        ("https://acme.idura.broker/NOVippsLogin", ["callback.other_path"]),
        ("https://acme.idura.broker", ["callback.other_path"]),
        ("https://acme.idura.broker/", ["callback.other_path"]),
        ("https://acme.idura.broker/NOVippsLogin/Callback%20", ["callback.other_path"]),
        ("https://acme.idura.broker:443/NOVippsLogin/Callback", ["callback.other_domain"]),
        (" " + URL, ["callback.spaces"]),
        (URL + " ", ["callback.spaces"]),
        (URL + "\n", ["callback.spaces"]),
        (f"\t{URL}\r\n", ["callback.spaces"]),
        (NBSP + URL, ["callback.spaces"]),
        (ZWSP + URL, ["callback.invisible"]),
        (URL + BOM, ["callback.invisible"]),
        (f"https://acme.idura.broker/NOVipps{SHY}Login/Callback", ["callback.invisible"]),
        (f"{ZWSP} {URL}", ["callback.invisible", "callback.spaces"]),
        (f"{ZWSP} {URL}/", ["callback.invisible", "callback.spaces", "callback.trailing_slash"]),
        ("", ["callback.not_url"]),
        ("garbage", ["callback.not_url"]),
        ("acme.idura.broker/NOVippsLogin/Callback", ["callback.not_url"]),
        ("https://", ["callback.not_url"]),
        ("http://[broken", ["callback.not_url"]),
        ("🙂", ["callback.not_url"]),
    ],
)
def test_callback_url_differences_are_named(pasted: str, expected_codes: list[str]) -> None:
    assert codes(v.compare_callback_url(URL, pasted)) == expected_codes


def test_other_domain_names_both() -> None:
    problems = v.compare_callback_url(URL, "https://acme-test.criipto.id/NOVippsLogin/Callback")
    assert problems == (
        Message.of("callback.other_domain", got="acme-test.criipto.id", want=DOMAIN),
    )


def test_other_path_names_the_path() -> None:
    problems = v.compare_callback_url(URL, "https://acme.idura.broker/oauth2/callback")
    assert problems == (Message.of("callback.other_path", got="/oauth2/callback"),)
    problems = v.compare_callback_url(URL, "https://acme.idura.broker")
    assert problems == (Message.of("callback.other_path", got="/"),)


def test_scheme_problem_names_the_scheme() -> None:
    problems = v.compare_callback_url(URL, "ftp://acme.idura.broker/NOVippsLogin/Callback")
    assert problems == (Message.of("callback.scheme", scheme="ftp"),)


def test_many_problems_at_once() -> None:
    pasted = " http://ACME-TEST.criipto.id/novippslogin/callback/?x=1"
    assert codes(v.compare_callback_url(URL, pasted)) == [
        "callback.spaces",
        "callback.scheme",
        "callback.other_domain",
        "callback.trailing_slash",
        "callback.case",
        "callback.query",
    ]


def test_each_problem_is_reported_once() -> None:
    problems = v.compare_callback_url(URL, "https://ACME.IDURA.BROKER/NOVIPPSLOGIN/CALLBACK")
    assert problems == (Message.of("callback.case"),)


# --- Sales-unit name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "A",
        "Acme AS",
        "Blåbær Co",
        "Æøå ÆØÅ",
        "Café Crème",
        "Smörgåsbord Škoda",
        "Acme (Norge) AS",
        "Acme - Login",
        "acme_login+test",
        "Acme Corp.",
        "Back\\slash",
        "Kafé 24",
        "Ærlig talt 2026",
        "Nguyễn Văn An",
        "東京",
        "x" * 30,
        "ø" * 30,
    ],
)
def test_valid_sales_unit_names(name: str) -> None:
    assert_ok(v.validate_sales_unit_name(name), name)


def test_sales_unit_name_is_trimmed_and_inner_spaces_collapsed() -> None:
    assert_ok(v.validate_sales_unit_name("  Acme   AS \n"), "Acme AS")
    assert_ok(v.validate_sales_unit_name(f"Acme{NBSP}AS"), "Acme AS")
    assert_ok(v.validate_sales_unit_name(f"{ZWSP}Acme AS{BOM}"), "Acme AS")
    assert_ok(v.validate_sales_unit_name("Acme\tAS"), "Acme AS")


def test_sales_unit_name_is_nfc_normalised() -> None:
    decomposed = "Cafe\u0301"  # e + combining acute
    assert_ok(v.validate_sales_unit_name(decomposed), "Café")


def test_sales_unit_name_counts_after_trimming() -> None:
    assert_ok(v.validate_sales_unit_name("  " + "x" * 30 + "  "), "x" * 30)


@pytest.mark.parametrize(
    ("name", "chars"),
    [
        ("Acme & Co", "&"),
        ("Acme!", "!"),
        ("Acme 🙂", "🙂"),
        ("Acme's", "'"),
        ('"Acme"', '"'),
        ("Acme #1", "#"),
        ("Acme $", "$"),
        ("Acme {x}", "{ }"),
        ("Acme|Co", "|"),
        ("Acme~", "~"),
        ("Acme`", "`"),
        ("A&B/C", "&"),
        ("Acme\x00", "\x00"),
    ],
)
def test_sales_unit_name_with_forbidden_characters(name: str, chars: str) -> None:
    error = assert_error(v.validate_sales_unit_name(name), "sales_unit.chars")
    assert error.param("chars") == chars


# Vipps' schema pattern ^[\p{L}\p{M}\d\\(\)-_\+\s\.]+$ has the range ")-_" (U+0029-U+005F):
# its API accepts these, so the check must not refuse them; it only warns (facts.md §1.4).
@pytest.mark.parametrize(
    ("name", "chars"),
    [
        ("Acme/Login", "/"),
        ("Acme, Inc", ","),
        ("Acme: Login", ":"),
        ("Acme@home", "@"),
        ("Acme*", "*"),
        ("A=B; C<D>E?", "; < = > ?"),
        ("Acme [NO] ^", "[ ] ^"),
    ],
)
def test_sales_unit_name_accepts_what_vipps_accepts_with_a_warning(name: str, chars: str) -> None:
    result = v.validate_sales_unit_name(name)
    assert_ok(result, name)
    assert codes(result.notes) == ["sales_unit.unusual_chars"]
    assert result.notes[0].param("chars") == chars


def test_every_character_of_the_vipps_range_is_accepted() -> None:
    for code in range(0x29, 0x60):
        name = f"Acme {chr(code)}"
        assert v.validate_sales_unit_name(name).ok, hex(code)


def test_ordinary_sales_unit_names_get_no_warning() -> None:
    assert v.validate_sales_unit_name("Acme (Norge) AS - Login_2 + Co.").notes == ()


def test_sales_unit_name_too_long() -> None:
    error = assert_error(v.validate_sales_unit_name("x" * 31), "sales_unit.length")
    assert error.param("count") == "31"
    assert error.param("max") == "30"


def test_empty_sales_unit_name() -> None:
    for text in ["", "   ", ZWSP, "\n\t"]:
        assert_error(v.validate_sales_unit_name(text), "sales_unit.empty")


# --- Website ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://acme.no",
        "https://www.acme.no/",
        "https://acme.no/om-oss?lang=nb",
        "https://acme.no:8443/",
        "HTTPS://ACME.NO",
    ],
)
def test_https_websites_are_accepted_as_typed(url: str) -> None:
    result = v.validate_website(url)
    assert_ok(result, url)
    assert result.notes == ()


def test_website_is_trimmed() -> None:
    assert_ok(v.validate_website(f" {ZWSP}https://acme.no\n"), "https://acme.no")


@pytest.mark.parametrize(
    "text", ["acme.no", "www.acme.no", "acme.no/om-oss", "www.acme.no/login?next=https://x.no"]
)
def test_bare_host_gets_https_with_a_note(text: str) -> None:
    result = v.validate_website(text)
    assert_ok(result, "https://" + text)
    assert result.notes == (Message.of("website.added_https"),)


@pytest.mark.parametrize("text", ["http://acme.no", "HTTP://acme.no", "ftp://acme.no"])
def test_non_https_websites_are_rejected(text: str) -> None:
    assert_error(v.validate_website(text), "website.not_https")


def test_empty_website() -> None:
    for text in ["", "  ", ZWSP]:
        assert_error(v.validate_website(text), "website.empty")


@pytest.mark.parametrize(
    "text",
    [
        "https://",
        "https://localhost",
        "localhost",
        "https://192.168.0.1",
        "https://acme.no:99999",
        "https://acme.no:port",
        "https://[::1]/",
        "https://acme_x.no",
        "https://acme .no",
        "not a website",
    ],
)
def test_invalid_websites(text: str) -> None:
    assert_error(v.validate_website(text), "website.invalid")


def test_bare_invalid_host_keeps_the_https_note() -> None:
    result = v.validate_website("localhost")
    assert codes(result.notes) == ["website.added_https"]


# --- Properties ---------------------------------------------------------------------------

VALIDATORS = [
    v.validate_org_number,
    v.validate_domain,
    v.validate_sales_unit_name,
    v.validate_website,
]

org_pieces = st.lists(
    st.sampled_from(["NO", "MVA", "no", "mva", " ", NBSP, ZWSP, "-", ".", "\t", *"0123456789"]),
    max_size=25,
).map("".join)

url_pieces = st.lists(
    st.sampled_from(
        [
            "https://",
            "http://",
            "://",
            "HTTPS://",
            "acme",
            "idura",
            "broker",
            "criipto",
            "id",
            "-test",
            ".test",
            ".",
            "..",
            "/",
            "NOVippsLogin",
            "Callback",
            "?",
            "#",
            ":",
            "443",
            "@",
            "[",
            "]",
            " ",
            NBSP,
            ZWSP,
            BOM,
            "ø",
            "å",
            "xn--",
            "-",
            "_",
            "%2F",
            "1",
            "0",
            "\n",
        ]
    ),
    max_size=20,
).map("".join)

any_text = st.one_of(st.text(), org_pieces, url_pieces)


def assert_well_formed(result: Validation) -> None:
    assert isinstance(result, Validation)
    if result.ok:
        assert isinstance(result.value, str)
        assert result.value
        assert result.error is None
    else:
        assert result.value is None
        assert isinstance(result.error, Message)
        assert result.error.code
    assert all(isinstance(n, Message) for n in result.notes)


@FAST
@given(any_text)
def test_validators_never_raise_and_return_value_xor_error(text: str) -> None:
    for validator in VALIDATORS:
        assert_well_formed(validator(text))


@FAST
@given(st.one_of(st.text(), org_pieces))
def test_returned_org_number_is_nine_digits_with_a_valid_check_digit(text: str) -> None:
    result = v.validate_org_number(text)
    if result.ok:
        assert result.value is not None
        assert len(result.value) == 9
        assert result.value.isascii() and result.value.isdigit()
        assert v.org_number_check_digit(result.value[:8]) == int(result.value[8])
        assert v.validate_org_number(result.value).value == result.value
    else:
        assert result.error is not None
        if result.error.code == "org.not_digits":
            assert result.error.param("char"), "the offending character is named"


@FAST
@given(st.integers(min_value=0, max_value=99_999_999))
def test_any_eight_digits_with_their_check_digit_validate(n: int) -> None:
    first = f"{n:08d}"
    check = v.org_number_check_digit(first)
    result = v.validate_org_number(first + str(check if check is not None else 0))
    assert result.ok == (check is not None)
    if check is not None:
        formatted = v.format_org_number(first + str(check))
        assert v.validate_org_number(f"NO {formatted} MVA").value == first + str(check)


STRIPPING_NOTES = {
    "domain.stripped_scheme",
    "domain.stripped_path",
    "domain.stripped_port",
    "domain.stripped_dot",
    "domain.punycode",
}


@FAST
@given(st.one_of(st.text(), url_pieces))
def test_returned_domain_revalidates_to_itself(text: str) -> None:
    result = v.validate_domain(text)
    if not result.ok:
        return
    assert result.value is not None
    again = v.validate_domain(result.value)
    assert again.ok
    assert again.value == result.value
    assert not STRIPPING_NOTES.intersection(codes(again.notes))
    assert result.value.isascii() and result.value == result.value.lower()
    assert v.compare_callback_url(v.callback_url(result.value), v.callback_url(result.value)) == ()


@FAST
@given(st.text())
def test_returned_sales_unit_name_fits(text: str) -> None:
    result = v.validate_sales_unit_name(text)
    if result.ok:
        assert result.value is not None
        assert 1 <= len(result.value) <= v.SALES_UNIT_NAME_MAX
        assert result.value == result.value.strip()
        assert v.validate_sales_unit_name(result.value).value == result.value


@FAST
@given(st.one_of(st.text(), url_pieces))
def test_returned_website_is_https(text: str) -> None:
    result = v.validate_website(text)
    if result.ok:
        assert result.value is not None
        assert result.value.lower().startswith("https://")
        assert v.validate_website(result.value).value == result.value


@FAST
@given(st.one_of(st.text(), url_pieces))
def test_compare_with_itself_is_empty(text: str) -> None:
    assert v.compare_callback_url(text, text) == ()


@FAST
@given(st.one_of(st.text(), url_pieces, url_pieces.map(lambda s: URL + s), st.just(URL)))
def test_compare_names_a_problem_for_anything_else(other: str) -> None:
    problems = v.compare_callback_url(URL, other)
    assert isinstance(problems, tuple)
    assert all(isinstance(p, Message) for p in problems)
    if other == URL:
        assert problems == ()
    else:
        assert problems, other
        assert len(set(problems)) == len(problems)


@FAST
@given(st.one_of(st.text(), url_pieces), st.one_of(st.text(), url_pieces))
def test_compare_never_raises_for_any_pair(expected: str, pasted: str) -> None:
    problems = v.compare_callback_url(expected, pasted)
    assert (problems == ()) == (expected == pasted)
