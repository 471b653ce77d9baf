"""Wording for the message codes that core/ returns, translated with Qt's tooling."""

from __future__ import annotations

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
    }


def text(message: Message) -> str:
    """The translated sentence for `message`, with its parameters filled in."""
    template = _texts().get(message.code)
    if template is None:
        return message.code
    return template.format(**dict(message.params))
