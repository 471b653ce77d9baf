"""Messages from core: a code, parameters and a severity; keychain failures carry one too."""

from __future__ import annotations

from vipps_desktop.core.message import Message, Severity, default_severity
from vipps_desktop.core.secrets import (
    KeychainError,
    KeychainLockedError,
    NoKeychainError,
    SecretStoreError,
)


def test_a_code_carries_its_default_severity() -> None:
    assert Message.of("org.empty").severity == Severity.ERROR
    assert Message.of("domain.stripped_dot").severity == Severity.INFO
    assert Message.of("domain.looks_like_test").severity == Severity.WARNING
    assert Message.of("redirect.registered").severity == Severity.OK
    assert Message.of("chain.inconclusive").severity == Severity.UNKNOWN
    assert default_severity("anything.new") == Severity.ERROR


def test_a_sender_can_say_otherwise_and_equality_holds() -> None:
    assert Message.of("http.offline").at(Severity.WARNING).severity == Severity.WARNING
    assert Message("org.empty", (), Severity.ERROR) == Message.of("org.empty")
    assert Message.of("org.length", count=5).param("count") == "5"


def test_keychain_errors_are_codes_not_sentences() -> None:
    cases: list[tuple[SecretStoreError, str]] = [
        (KeychainLockedError("save", "client secret", kind="KeyringLocked"), "keychain.locked"),
        (NoKeychainError("read", "client id", kind="NoKeychain"), "keychain.none"),
        (KeychainError("delete", "about", kind="DBusErrorResponse"), "keychain.error"),
    ]
    for error, code in cases:
        assert error.message.code == code
        assert error.message.severity == Severity.ERROR
        assert str(error).startswith(code + " (")  # safe to log: codes and kinds only
    assert cases[2][0].message.param("kind") == "DBusErrorResponse"
    assert cases[0][0].kind == "KeyringLocked"
    assert KeychainError().kind == "KeychainError"


def test_a_check_verdict_is_shown_with_its_message_severity() -> None:
    """Severity is decided once, in core: the chain checks' boxes show each verdict with its
    message's severity, and a health item or report with its status's."""
    from vipps_desktop.core.health_report import HealthItem, HealthReport

    assert Message.of("chain.sends").severity == Severity.OK  # check 2 confirmed
    assert Message.of("chain.confirmed").severity == Severity.OK
    for code in ("chain.client_id_differs", "chain.unknown_application"):
        assert Message.of(code).severity == Severity.ERROR
    assert Message.of("chain.page").severity == Severity.UNKNOWN
    for code in ("redirect.not_registered", "redirect.unknown_client", "redirect.near_miss_case"):
        assert Message.of(code).severity == Severity.ERROR
    failed = HealthItem("domain", "failed", Message.of("http.offline"))
    assert failed.severity == Severity.WARNING  # the failure's own message is an error
    assert HealthReport((failed,)).severity == Severity.WARNING
    ok = HealthItem("domain", "ok", Message.of("health.domain_ok"))
    assert HealthReport((ok,)).severity == Severity.OK
    assert HealthReport(()).severity == Severity.INFO  # nothing checked
