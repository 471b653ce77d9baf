"""Wording for the message codes that core/ returns, translated with Qt's tooling."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication

from vipps_desktop.core.validators import Message

# lupdate finds calls named translate() with a literal context; keep that form for every text.
translate = QCoreApplication.translate


def _texts() -> dict[str, str]:
    # Built on each call so a language switch at run time takes effect.
    return {
        "org.empty": translate("messages", "Enter the 9-digit organisation number."),
        "org.not_digits": translate(
            "messages", "An organisation number has digits only (found “{char}”)."
        ),
        "org.length": translate(
            "messages", "An organisation number has 9 digits; this has {count}."
        ),
        "org.check_digit": translate(
            "messages",
            "This is not a valid organisation number: the last digit does not match. "
            "Check for a typo.",
        ),
        "domain.empty": translate(
            "messages", "Enter your Criipto production domain, e.g. acme.idura.broker."
        ),
        "domain.space": translate("messages", "A domain cannot contain spaces."),
        "domain.invalid": translate("messages", "This is not a valid domain name."),
        "domain.invalid_char": translate("messages", "A domain cannot contain “{char}”."),
        "domain.invalid_label": translate(
            "messages",
            "“{label}” is not a valid part of a domain name (letters, digits and hyphens, "
            "not starting or ending with a hyphen).",
        ),
        "domain.no_dot": translate(
            "messages", "A full domain has at least one dot, e.g. acme.idura.broker."
        ),
        "domain.too_long": translate("messages", "This domain name is too long."),
        "domain.ip_address": translate("messages", "Enter a domain name, not an IP address."),
        "domain.stripped_scheme": translate(
            "messages", "Removed “{scheme}://”: only the domain is needed."
        ),
        "domain.stripped_path": translate("messages", "Removed the path after the domain."),
        "domain.stripped_port": translate("messages", "Removed the port “:{port}”."),
        "domain.stripped_dot": translate("messages", "Removed the trailing dot."),
        "domain.punycode": translate(
            "messages", "International name: it is written {host} in URLs."
        ),
        "domain.looks_like_test": translate(
            "messages",
            "This looks like a test domain (it contains “-test.” or “.test.”). "
            "Vipps production keys need your production domain.",
        ),
        "callback.invisible": translate(
            "messages", "It contains invisible characters (pasted along)."
        ),
        "callback.spaces": translate(
            "messages", "It has spaces or line breaks at the start or end."
        ),
        "callback.not_url": translate("messages", "This is not a URL."),
        "callback.scheme": translate(
            "messages", "It starts with “{scheme}://”; it must be https://."
        ),
        "callback.other_domain": translate(
            "messages",
            "It is for another domain: {got} instead of {want}. "
            "Is the dashboard set to Production?",
        ),
        "callback.case": translate(
            "messages", "Upper and lower case differ. Vipps compares exactly: use the copied URL."
        ),
        "callback.trailing_slash": translate(
            "messages", "It ends with a slash; the callback URL does not."
        ),
        "callback.other_path": translate(
            "messages", "The path is {got} instead of /NOVippsLogin/Callback."
        ),
        "callback.query": translate("messages", "It has a ? or # part; the callback URL has none."),
        "callback.different": translate("messages", "It differs from the callback URL."),
        "sales_unit.empty": translate(
            "messages", "Enter the name users will see in the Vipps app."
        ),
        "sales_unit.chars": translate(
            "messages",
            "Vipps does not accept these characters: {chars}. Use letters, digits, spaces "
            "and \\ ( ) - _ + . (a few more signs such as , / : @ are accepted too).",
        ),
        "sales_unit.unusual_chars": translate(
            "messages",
            "Vipps accepts {chars}, but they are unusual in a name people see in the Vipps "
            "app. Keep them only if you mean them.",
        ),
        "sales_unit.length": translate(
            "messages", "{count} characters; Vipps allows at most {max}."
        ),
        "website.empty": translate("messages", "Enter the company's website."),
        "website.invalid": translate("messages", "This is not a valid web address."),
        "website.not_https": translate("messages", "Vipps requires an https:// address."),
        "website.added_https": translate("messages", "Added https:// in front."),
        "client_id.empty": translate("messages", "Paste the client ID from the Vipps portal."),
        "client_id.not_guid": translate(
            "messages",
            "A client ID looks like fb492b5e-7907-4d83-bc20-c7fb60ca35de (a GUID). "
            "Did you paste another value, such as the subscription key?",
        ),
        "client_id.cleaned": translate(
            "messages", "Removed spaces, line breaks or invisible characters."
        ),
        "client_secret.empty": translate(
            "messages", "Paste the client secret from the Vipps portal."
        ),
        "client_secret.cleaned": translate(
            "messages", "Removed spaces, line breaks or invisible characters."
        ),
        "client_secret.unusual_chars": translate(
            "messages",
            "It has characters a Vipps secret does not usually have. Check that you copied "
            "the client secret, not another value.",
        ),
        "client_secret.short": translate(
            "messages", "This is shorter than Vipps secrets usually are."
        ),
        "msn.not_digits": translate("messages", "The MSN has digits only."),
        # Network failures: one plain message per kind.
        "http.offline": translate(
            "messages",
            "No connection: this computer seems to be offline. You can go on without the check.",
        ),
        "http.name_not_found": translate(
            "messages", "The name {host} was not found. Is there a typo?"
        ),
        "http.timeout": translate(
            "messages", "No answer in time. The service may be slow; try again later."
        ),
        "http.tls": translate("messages", "A secure (TLS) connection could not be made."),
        "http.tls_certificate": translate(
            "messages",
            "The server's certificate is not trusted. A company proxy that inspects HTTPS "
            "traffic can cause this; ask your IT department.",
        ),
        "http.server_error": translate(
            "messages", "The service has a problem right now (error {status}). Try again later."
        ),
        "http.dropped": translate(
            "messages", "The service closed the connection without answering."
        ),
        "http.unexpected": translate("messages", "Unexpected problem ({error})."),
        "http.unexpected_status": translate(
            "messages", "Unexpected answer from the service (status {status})."
        ),
        "http.bad_answer": translate(
            "messages", "The service answered something we did not expect."
        ),
        "http.too_many_redirects": translate("messages", "Too many redirects."),
        "http.too_large": translate(
            "messages", "The answer was far larger than expected; it was not read."
        ),
        "http.cancelled": translate("messages", "Cancelled."),
        "http.refused_insecure": translate(
            "messages", "Refused to connect without encryption to {url}."
        ),
        # Brønnøysund
        "brreg.bankrupt": translate(
            "messages", "The company is registered as bankrupt. Vipps will not approve this order."
        ),
        "brreg.liquidation": translate(
            "messages", "The company is under liquidation. Vipps will not approve this order."
        ),
        "brreg.forced_dissolution": translate(
            "messages",
            "The company is under forced dissolution. Vipps will not approve this order.",
        ),
        "brreg.deleted": translate(
            "messages",
            "The company was deleted from the register ({date}). Vipps will "
            "not approve this order.",
        ),
        "brreg.removed": translate(
            "messages", "This organisation number was removed from the register ({date})."
        ),
        "brreg.not_found": translate(
            "messages", "No company with this number in Brønnøysundregistrene."
        ),
        "brreg.subunit": translate(
            "messages",
            "This is a sub-unit (a business location). Order with the main "
            "company's number, {parent}.",
        ),
        "brreg.invalid": translate("messages", "Brønnøysundregistrene did not accept this number."),
        "brreg.flags_missing": translate(
            "messages",
            "The register did not say whether the company is bankrupt "
            "or in liquidation; check before ordering.",
        ),
        # Criipto domain
        "criipto.name_not_found": translate(
            "messages", "The domain {host} does not exist. Is there a typo?"
        ),
        "criipto.not_found": translate(
            "messages",
            "The domain answers, but not like a Criipto domain "
            "(no login configuration, status {status}).",
        ),
        "criipto.unexpected_status": translate(
            "messages", "The domain gave an unexpected answer (status {status})."
        ),
        "criipto.not_json": translate(
            "messages",
            "The domain answers, but not like a Criipto domain. Is this your Criipto domain?",
        ),
        "criipto.not_oidc": translate(
            "messages", "The domain's login configuration is incomplete."
        ),
        "criipto.other_issuer": translate(
            "messages",
            "The domain belongs to another login service ({issuer}). "
            "Use the domain shown in your Criipto dashboard.",
        ),
        "criipto.vipps_listed": translate(
            "messages", "Vipps Login is already listed for this domain."
        ),
        # Vipps credential check (best-effort)
        "vipps.accepted": translate(
            "messages", "Vipps accepted these credentials (the sales unit uses {method})."
        ),
        "vipps.accepted_other_method": translate(
            "messages",
            "Vipps accepted these credentials, but the sales unit is set to {method} instead "
            "of {tried}. Idura has no setting for this, so keep Vipps's default: unless Idura "
            "has told you otherwise, change the sales unit's token authentication method back "
            "to client_secret_basic where its login is set up in the Vipps portal.",
        ),
        "vipps.rejected": translate(
            "messages",
            "Vipps did not accept this pair in the {environment} environment. Check the client "
            "ID and secret, and that they are {environment} keys.",
        ),
        "vipps.secret_rejected": translate(
            "messages",
            "Vipps knows this client ID, but the secret does not match. Copy the secret again.",
        ),
        "vipps.inconclusive": translate(
            "messages",
            "Inconclusive: Vipps's answer (status {status}) says nothing about the keys. "
            "You can go on; a test login will show whether they work.",
        ),
    }


def _param_words() -> dict[str, str]:
    # Parameter values that are words, not data: shown in the UI's language.
    return {
        "production": translate("messages", "production"),
        "test": translate("messages", "test"),
    }


def text(message: Message) -> str:
    """The translated sentence for `message`, with its parameters filled in."""
    template = _texts().get(message.code)
    if template is None:
        return message.code
    words = _param_words()
    params = {k: words.get(v, v) if k == "environment" else v for k, v in message.params}
    # A missing parameter shows as empty rather than failing the whole message.
    return template.format_map(defaultdict(str, params))
