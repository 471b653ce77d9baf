"""The words for the message codes core/ returns: one table, in English, for every front end.

The sentences are written as ``translate("messages", "…")`` calls so that Qt's lupdate finds
them (scripts/build-translations.py scans this file with ui/), and the caller passes the
function that translates: `QCoreApplication.translate` in the app (ui/messages.py), the
catalogue reader of the command line (core/catalogue.py) in `vipps-desktop check`. So the
app and the command say the same thing in the same words, translated once, in one .ts file,
and this module stays free of Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from vipps_desktop.core.message import Message
from vipps_desktop.core.validators import format_org_number

Translate = Callable[[str, str], str]  # (context, English source) -> the text to show


def untranslated(_context: str, source: str) -> str:
    """English: the source text itself."""
    return source


def texts(translate: Translate) -> dict[str, str]:
    """Every code's sentence, through `translate` (built on each call, so a language switch
    at run time takes effect)."""
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
            "Was Production environment chosen in the dashboard?",
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
        # Vipps publishes no rule on bankrupt or wound-up companies: best-effort wording. A
        # deleted company is no longer registered, which Vipps requires (Idura's Vipps page).
        "brreg.bankrupt": translate(
            "messages",
            "The company is registered as bankrupt. Vipps will most likely not approve this "
            "order (best-effort: Vipps publishes no rule on this).",
        ),
        "brreg.liquidation": translate(
            "messages",
            "The company is under liquidation. Vipps will most likely not approve this order "
            "(best-effort: Vipps publishes no rule on this).",
        ),
        "brreg.forced_dissolution": translate(
            "messages",
            "The company is under forced dissolution. Vipps will most likely not approve this "
            "order (best-effort: Vipps publishes no rule on this).",
        ),
        "brreg.deleted": translate(
            "messages",
            "The company was deleted from the register ({date}). Vipps requires a company "
            "registered in Brønnøysundregistrene, so it will not approve this order.",
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
            "The domain answers, but not like an Idura (Criipto) domain "
            "(no login configuration, status {status}).",
        ),
        "criipto.unexpected_status": translate(
            "messages", "The domain gave an unexpected answer (status {status})."
        ),
        "criipto.not_json": translate(
            "messages",
            "The domain answers, but not like an Idura (Criipto) domain. "
            "Is this your Idura domain?",
        ),
        "criipto.not_oidc": translate(
            "messages", "The domain's login configuration is incomplete."
        ),
        "criipto.other_issuer": translate(
            "messages",
            "The domain belongs to another login service ({issuer}). "
            "Use the domain shown in your Criipto / Idura dashboard.",
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
            "Vipps accepted these credentials with {method}, not with {tried}: the sales "
            "unit's token endpoint authentication method (set where its login is set up in "
            "the Vipps portal) is {method}. Vipps' default is client_secret_basic. Idura does "
            "not document which method it uses: ask Idura before you change this setting.",
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
        # Callback URL at Vipps, client ID only (best-effort, core/chain.py)
        "redirect.registered": translate(
            "messages", "Vipps accepts this callback URL for this client ID ({environment})."
        ),
        "redirect.not_registered": translate(
            "messages",
            "Not registered: Vipps does not accept {url} for this client ID ({environment}). "
            "In the portal, add exactly this URL.",
        ),
        "redirect.near_miss_slash": translate(
            "messages",
            "Not registered exactly: Vipps has {registered} registered — the trailing “/” "
            "differs. In the portal, add exactly {url}.",
        ),
        "redirect.near_miss_case": translate(
            "messages",
            "Not registered exactly: Vipps has {registered} registered — case differs. "
            "In the portal, add exactly {url}.",
        ),
        "redirect.near_miss_case_slash": translate(
            "messages",
            "Not registered exactly: Vipps has {registered} registered — case and the "
            "trailing “/” differ. In the portal, add exactly {url}.",
        ),
        "redirect.unknown_client": translate(
            "messages",
            "Vipps does not know this client ID in the {environment} environment.",
        ),
        "redirect.unknown_client_nowhere": translate(
            "messages",
            "Vipps does not know this client ID in the {environment} environment, nor in the "
            "{other} environment.",
        ),
        "redirect.unknown_client_other": translate(
            "messages",
            "Vipps does not know this client ID in the {environment} environment, but it "
            "does in the {other} environment: these are {other} keys.",
        ),
        "redirect.inconclusive": translate(
            "messages",
            "Inconclusive: Vipps answered in a way this check does not recognise ({seen}).",
        ),
        # What Idura sends to Vipps (best-effort, core/chain.py)
        "chain.confirmed": translate(
            "messages",
            "Idura sends your client ID and your callback URL to Vipps ({environment}): "
            "both are right.",
        ),
        "chain.sends": translate(
            "messages",
            "Idura sends client ID {client_id} and your callback URL (right) to Vipps "
            "({environment}).",
        ),
        "chain.client_id_differs": translate(
            "messages",
            "Idura sends another client ID: {got}, not yours ({want}). Does Idura still have "
            "the old keys? Save the new ones with “{dropdown}” chosen in the dashboard's "
            "environment dropdown.",
        ),
        "chain.redirect_uri_differs": translate(
            "messages", "Idura sends the callback URL {got}, not {want}."
        ),
        "chain.environment_differs": translate(
            "messages",
            "Idura sends the login to Vipps' {environment} environment, but your keys are "
            "{expected} keys. Is this the right domain, and was the right environment chosen in "
            "the dashboard's environment dropdown when you saved them?",
        ),
        "chain.unknown_application": translate(
            "messages",
            "Idura does not know an application with the client ID {client_id}. Copy it "
            "from Applications in the Idura dashboard.",
        ),
        "chain.callback_not_registered": translate(
            "messages",
            "Idura does not accept {url} as a callback URL of that application. Use one "
            "listed under the application's Callback URLs.",
        ),
        "chain.vipps_not_configured": translate(
            "messages",
            "Idura says Vipps is not set up for {domain}. Save the keys under eID providers › "
            "Vipps MobilePay (formerly Identity Providers) with Production environment chosen "
            "in the dashboard.",
        ),
        "chain.page": translate(
            "messages",
            "Inconclusive: Idura answered with a page instead of sending the login on to "
            "Vipps ({seen}).",
        ),
        "chain.unknown_target": translate(
            "messages",
            "Inconclusive: Idura sends the login to {url}, not to a Vipps address this app knows.",
        ),
        "chain.no_client_id": translate(
            "messages",
            "Inconclusive: Idura sends the login to Vipps without a client ID ({url}).",
        ),
        "chain.inconclusive": translate(
            "messages",
            "Inconclusive: Idura answered in a way this check does not recognise ({seen}).",
        ),
        # The keychain (core/secrets.py); the UI adds what happens to what was typed.
        "keychain.locked": translate(
            "messages",
            "Your keychain is locked. Unlock it (for example in Passwords and Keys), "
            "then press Retry.",
        ),
        "keychain.none": translate(
            "messages", "No keychain is available. Start or install one, then press Retry."
        ),
        "keychain.error": translate(
            "messages", "The keychain reported a problem ({kind}); press Retry."
        ),
        "keychain.timeout": translate(
            "messages",
            "The keychain did not answer in time. Check that it is running (for example in "
            "Passwords and Keys), then press Retry.",
        ),
        "keychain.failed": translate("messages", "Something went wrong ({kind}); press Retry."),
        # Why there is no keychain, and what to do (core/secrets.py: no_keychain_reason)
        "keychain.none.macos": translate(
            "messages",
            "The macOS Keychain could not be reached. Restart the app; if it persists, "
            "check Keychain Access.",
        ),
        "keychain.none.windows": translate(
            "messages",
            "Windows Credential Manager could not be reached. Sign in to Windows as yourself "
            "(not as another user) and start the app again.",
        ),
        "keychain.none.no_dbus": translate(
            "messages",
            "No D-Bus session: the app was started over SSH, with sudo or as another user. "
            "Start it from your own desktop session.",
        ),
        "keychain.none.no_libsecret": translate(
            "messages",
            "Vipps Login Setup reaches the keychain through libsecret, which is not installed. "
            "Install it (sudo apt install libsecret-1-0), then press Retry.",
        ),
        "keychain.none.no_provider": translate(
            "messages",
            "No Secret Service is installed. Install one (sudo apt install gnome-keyring), "
            "log out and in again, then press Retry.",
        ),
        "keychain.none.not_set_up": translate(
            "messages",
            "A keychain is installed but not running or not set up. Open Passwords and Keys "
            "(seahorse) and create a default keyring, or unlock it, then press Retry.",
        ),
        # Health check of a finished setup
        "health.domain_ok": translate("messages", "{domain} serves its login configuration."),
        "health.company_active": translate(
            "messages", "{name} ({org}) is active: not bankrupt, not being wound up."
        ),
        "health.no_domain": translate("messages", "Not checked: the setup has no domain."),
        "health.no_org": translate(
            "messages", "Not checked: the setup has no organisation number."
        ),
        "health.no_idura_app": translate(
            "messages",
            "Not checked: enter the client ID and a callback URL of one of your applications "
            "in Idura.",
        ),
        "health.no_client_id": translate(
            "messages",
            "Not checked: needs a client ID, which Idura sends once the application inputs "
            "are there.",
        ),
        "health.vipps_unreachable": translate(
            "messages", "Vipps could not be asked (network trouble): not checked."
        ),
    }


def param_words(translate: Translate) -> dict[str, str]:
    # Parameter values that are words, not data: shown in the UI's language.
    return {
        "production": translate("messages", "production"),
        "test": translate("messages", "test"),
    }


_WORD_PARAMS = frozenset({"environment", "other", "expected"})
# Organisation numbers, grouped the one way the app shows them (923 609 016), also in messages
# kept by an older version as Brønnøysund returns them.
_ORG_PARAMS = frozenset({"org", "parent"})


def text(message: Message, translate: Translate = untranslated) -> str:
    """The sentence for `message` through `translate`, with its parameters filled in."""
    template = texts(translate).get(message.code)
    if template is None:
        return message.code
    words = param_words(translate)
    params = {
        k: words.get(v, v) if k in _WORD_PARAMS else format_org_number(v) if k in _ORG_PARAMS else v
        for k, v in message.params
    }
    # A missing parameter shows as empty rather than failing the whole message.
    return template.format_map(defaultdict(str, params))


# -- the health check's rows and summary (the app's box and `vipps-desktop check`) -----------


def health_item_names(translate: Translate = untranslated) -> dict[str, str]:
    """What each row of a health check (core/health_report.py HEALTH_ITEMS) is called."""
    return {
        "domain": translate("health", "Domain (Idura login configuration)"),
        "company": translate("health", "Company in Brønnøysund"),
        "vipps_redirect": translate("health", "Callback URL registered at Vipps"),
        "idura_chain": translate("health", "Idura sends your client ID and callback URL"),
    }


def health_summary(
    status: str, all_ok: bool, checked_on: str, translate: Translate = untranslated
) -> str:
    """One sentence for a whole health check: `status` is its worst row's (HealthReport.summary)."""
    if all_ok:
        return translate("health", "All OK on %s.") % checked_on
    words = {
        "problem": translate("health", "Problems found on %s."),
        "failed": translate("health", "Some checks could not run on %s."),
        "inconclusive": translate("health", "Inconclusive on %s."),
        "skipped": translate("health", "Partly checked on %s."),
    }
    return words.get(status, translate("health", "Checked on %s.")) % checked_on
