"""Wording for the message codes that core/ returns, translated with Qt's tooling."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication

from vipps_desktop.core.validators import Message


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _texts() -> dict[str, str]:
    # Built on each call so a language switch at run time takes effect.
    return {
        "org.empty": _tr("Enter the 9-digit organisation number."),
        "org.not_digits": _tr("An organisation number has digits only (found “{char}”)."),
        "org.length": _tr("An organisation number has 9 digits; this has {count}."),
        "org.check_digit": _tr(
            "This is not a valid organisation number: the last digit does not match. "
            "Check for a typo."
        ),
        "domain.empty": _tr("Enter your Criipto production domain, e.g. acme.idura.broker."),
        "domain.space": _tr("A domain cannot contain spaces."),
        "domain.invalid": _tr("This is not a valid domain name."),
        "domain.invalid_char": _tr("A domain cannot contain “{char}”."),
        "domain.invalid_label": _tr(
            "“{label}” is not a valid part of a domain name (letters, digits and hyphens, "
            "not starting or ending with a hyphen)."
        ),
        "domain.no_dot": _tr("A full domain has at least one dot, e.g. acme.idura.broker."),
        "domain.too_long": _tr("This domain name is too long."),
        "domain.ip_address": _tr("Enter a domain name, not an IP address."),
        "domain.stripped_scheme": _tr("Removed “{scheme}://”: only the domain is needed."),
        "domain.stripped_path": _tr("Removed the path after the domain."),
        "domain.stripped_port": _tr("Removed the port “:{port}”."),
        "domain.stripped_dot": _tr("Removed the trailing dot."),
        "domain.punycode": _tr("International name: it is written {host} in URLs."),
        "domain.looks_like_test": _tr(
            "This looks like a test domain (it contains “-test.” or “.test.”). "
            "Vipps production keys need your production domain."
        ),
        "callback.invisible": _tr("It contains invisible characters (pasted along)."),
        "callback.spaces": _tr("It has spaces or line breaks at the start or end."),
        "callback.not_url": _tr("This is not a URL."),
        "callback.scheme": _tr("It starts with “{scheme}://”; it must be https://."),
        "callback.other_domain": _tr(
            "It is for another domain: {got} instead of {want}. "
            "Is the dashboard set to Production?"
        ),
        "callback.case": _tr(
            "Upper and lower case differ. Vipps compares exactly: use the copied URL."
        ),
        "callback.trailing_slash": _tr("It ends with a slash; the callback URL does not."),
        "callback.other_path": _tr("The path is {got} instead of /NOVippsLogin/Callback."),
        "callback.query": _tr("It has a ? or # part; the callback URL has none."),
        "callback.different": _tr("It differs from the callback URL."),
        "sales_unit.empty": _tr("Enter the name users will see in the Vipps app."),
        "sales_unit.chars": _tr(
            "Vipps does not allow these characters: {chars}. Letters, digits, spaces "
            "and \\ ( ) - _ + . are allowed."
        ),
        "sales_unit.length": _tr("{count} characters; Vipps allows at most {max}."),
        "website.empty": _tr("Enter the company's website."),
        "website.invalid": _tr("This is not a valid web address."),
        "website.not_https": _tr("Vipps requires an https:// address."),
        "website.added_https": _tr("Added https:// in front."),
        "client_id.empty": _tr("Paste the client ID from the Vipps portal."),
        "client_id.not_guid": _tr(
            "A client ID looks like fb492b5e-7907-4d83-bc20-c7fb60ca35de (a GUID). "
            "Did you paste another value, such as the subscription key?"
        ),
        "client_id.cleaned": _tr("Removed spaces, line breaks or invisible characters."),
        "client_secret.empty": _tr("Paste the client secret from the Vipps portal."),
        "client_secret.cleaned": _tr("Removed spaces, line breaks or invisible characters."),
        "client_secret.unusual_chars": _tr(
            "It has characters a Vipps secret does not usually have. Check that you copied "
            "the client secret, not another value."
        ),
        "client_secret.short": _tr("This is shorter than Vipps secrets usually are."),
        "msn.not_digits": _tr("The MSN has digits only."),
        # Network failures: one plain message per kind.
        "http.offline": _tr("No connection: this computer seems to be offline. You can go on "
                            "without the check."),
        "http.name_not_found": _tr("The name {host} was not found. Is there a typo?"),
        "http.timeout": _tr("No answer in time. The service may be slow; try again later."),
        "http.tls": _tr("A secure (TLS) connection could not be made."),
        "http.tls_certificate": _tr(
            "The server's certificate is not trusted. A company proxy that inspects HTTPS "
            "traffic can cause this; ask your IT department."
        ),
        "http.server_error": _tr("The service has a problem right now (error {status}). "
                                 "Try again later."),
        "http.dropped": _tr("The service closed the connection without answering."),
        "http.unexpected": _tr("Unexpected problem ({error})."),
        "http.unexpected_status": _tr("Unexpected answer from the service (status {status})."),
        "http.bad_answer": _tr("The service answered something we did not expect."),
        "http.too_many_redirects": _tr("Too many redirects."),
        "http.too_large": _tr("The answer was far larger than expected; it was not read."),
        "http.cancelled": _tr("Cancelled."),
        "http.refused_insecure": _tr("Refused to connect without encryption to {url}."),
        # Brønnøysund
        "brreg.bankrupt": _tr("The company is registered as bankrupt. Vipps will not approve "
                              "this order."),
        "brreg.liquidation": _tr("The company is under liquidation. Vipps will not approve "
                                 "this order."),
        "brreg.forced_dissolution": _tr(
            "The company is under forced dissolution. Vipps will not approve this order."),
        "brreg.deleted": _tr("The company was deleted from the register ({date}). Vipps will "
                             "not approve this order."),
        "brreg.removed": _tr("This organisation number was removed from the register "
                             "({date})."),
        "brreg.not_found": _tr("No company with this number in Brønnøysundregistrene."),
        "brreg.subunit": _tr("This is a sub-unit (a business location). Order with the main "
                             "company's number, {parent}."),
        "brreg.invalid": _tr("Brønnøysundregistrene did not accept this number."),
        "brreg.flags_missing": _tr("The register did not say whether the company is bankrupt "
                                   "or in liquidation; check before ordering."),
        # Criipto domain
        "criipto.name_not_found": _tr("The domain {host} does not exist. Is there a typo?"),
        "criipto.not_found": _tr("The domain answers, but not like a Criipto domain "
                                 "(no login configuration, status {status})."),
        "criipto.unexpected_status": _tr("The domain gave an unexpected answer "
                                         "(status {status})."),
        "criipto.not_json": _tr("The domain answers, but not like a Criipto domain. "
                                "Is this your Criipto domain?"),
        "criipto.not_oidc": _tr("The domain's login configuration is incomplete."),
        "criipto.other_issuer": _tr("The domain belongs to another login service ({issuer}). "
                                    "Use the domain shown in your Criipto dashboard."),
        "criipto.vipps_listed": _tr("Vipps Login is already listed for this domain."),
        # Vipps credential check (best-effort)
        "vipps.accepted": _tr("Vipps accepted these credentials (the sales unit uses "
                              "{method})."),
        "vipps.accepted_other_method": _tr(
            "Vipps accepted these credentials. The sales unit uses {method}, not {tried}: "
            "choose the same in Criipto if it asks."),
        "vipps.rejected": _tr(
            "Vipps did not accept this pair in the {environment} environment. Check the client "
            "ID and secret, and that they are {environment} keys."),
        "vipps.secret_rejected": _tr(
            "Vipps knows this client ID, but the secret does not match. Copy the secret again."),
        "vipps.inconclusive": _tr("Inconclusive: Vipps answered in a way that says nothing "
                                  "about the keys (status {status}). Go on; Criipto will tell."),
    }


def text(message: Message) -> str:
    """The translated sentence for `message`, with its parameters filled in."""
    template = _texts().get(message.code)
    if template is None:
        return message.code
    # A missing parameter shows as empty rather than failing the whole message.
    return template.format_map(defaultdict(str, dict(message.params)))
