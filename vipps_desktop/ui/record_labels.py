"""The setup record's words (core/record.py's `LABEL_KEYS`) in the language the app is shown in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate finds calls named translate() with a literal context; keep that form for every text.
translate = QCoreApplication.translate


def record_labels() -> dict[str, str]:
    """Built on each call, so a language switch at run time takes effect."""
    return {
        "title": translate("record", "Vipps Login setup record"),
        "made": translate("record", "Made on {date} with Vipps Login Setup {version}."),
        "not_recorded": translate("record", "not recorded"),
        "section_company": translate("record", "Company and order"),
        "company_name": translate("record", "Company"),
        "org_number": translate("record", "Organisation number"),
        "signed_by": translate("record", "Order signed and submitted by"),
        "signer_self": translate("record", "The person who made this setup in the app"),
        "order_submitted": translate("record", "Order submitted"),
        "sales_unit_name": translate("record", "Sales unit name"),
        "msn": translate("record", "MSN (merchant serial number)"),
        "order_template": translate("record", "Order template"),
        "template_web": translate("record", "Web login (Idura partner template)"),
        "template_customer_service": translate(
            "record", "Customer-service login (Idura partner template)"
        ),
        "section_login": translate("record", "Login configuration"),
        "domain": translate("record", "Production domain"),
        "callback_url": translate("record", "Callback URL (exact)"),
        "environment": translate("record", "Vipps environment"),
        "environment_production": translate("record", "Production"),
        "environment_test": translate("record", "Test"),
        "client_id": translate("record", "Client ID"),
        "client_id_from_keychain": translate("record", "read from the keychain"),
        "client_id_from_check": translate(
            "record", "as Idura sent it to Vipps in the health check of {date}"
        ),
        "client_id_note": translate(
            "record",
            "The client ID is not secret: it travels in every login URL. The client secret "
            "is never part of this record.",
        ),
        "client_secret": translate("record", "Client secret, where it is now"),
        "secret_gone": translate(
            "record", "In the Idura dashboard and the Vipps portal; this app kept no copy."
        ),
        "secret_in_keychain": translate(
            "record",
            "In the Vipps portal, and still in the keychain ({keychain}) of the computer this "
            "record was made on: the app deletes its copy once the keys are saved in Idura.",
        ),
        "secret_not_saved": translate(
            "record",
            "In the Vipps portal; this app has not saved it and holds no copy.",
        ),
        "section_dates": translate("record", "Dates"),
        "date_started": translate("record", "Setup started in the app"),
        "date_link_sent": translate("record", "Order link sent to the signer"),
        "date_submitted": translate("record", "Order submitted to Vipps"),
        "date_approved": translate("record", "Order approved by Vipps"),
        "date_keys_saved": translate("record", "Keys saved in the app"),
        "date_keys_in_idura": translate("record", "Keys saved in Idura"),
        "section_health": translate("record", "Latest health check"),
        "health_none": translate("record", "No health check recorded."),
        "health_when": translate(
            "record", "Checked on {date}. The checks are best-effort: they log no one in."
        ),
        "column_check": translate("record", "Check"),
        "column_result": translate("record", "Result"),
        "column_date": translate("record", "Date"),
        "column_details": translate("record", "Details"),
        "status_ok": translate("record", "OK"),
        "status_problem": translate("record", "Problem"),
        "status_inconclusive": translate("record", "Inconclusive"),
        "status_skipped": translate("record", "Skipped"),
        "status_failed": translate("record", "Could not run"),
        "item_domain": translate("record", "Domain (Idura login configuration)"),
        "item_company": translate("record", "Company in Brønnøysund"),
        "item_vipps_redirect": translate("record", "Callback URL registered at Vipps"),
        "item_idura_chain": translate("record", "Idura sends your client ID and callback URL"),
        "section_later": translate("record", "What to do later"),
        "test_login": translate("record", "Test a login"),
        "test_login_text": translate(
            "record",
            "Open this address in a browser and log in with the Vipps app. A successful "
            "login returns a token with identityscheme “novippslogin”.",
        ),
        "test_login_placeholders": translate(
            "record",
            "Replace the parts in braces with one of your applications in Idura: its client "
            "ID and one of its callback URLs.",
        ),
        "placeholder_app_client_id": translate("record", "your application's client ID"),
        "placeholder_app_callback": translate("record", "your application's callback URL"),
        "leaked_text": translate(
            "record",
            "If the client secret was posted where others can read it, replace it. The app "
            "has these steps under “My secret leaked” on its last page:",
        ),
        "change_callback": translate("record", "Changing the callback URL"),
        "change_callback_text": translate(
            "record",
            "The callback URL follows from the production domain, and Vipps accepts only the "
            "exact URLs registered for the sales unit. A new domain's callback URL is "
            "registered in the Vipps portal (For developers › API keys › Production, the "
            "sales unit):",
        ),
        "change_callback_save": translate(
            "record", "Paste the new callback URL exactly as Idura shows it, and choose Save."
        ),
        "contacts": translate("record", "Whom to contact"),
        "contact_idura": translate(
            "record",
            "Idura, about the login broker (the domain, the Vipps MobilePay provider, the "
            "saved keys): through the Idura dashboard.",
        ),
        "contact_vipps": translate(
            "record",
            "Vipps MobilePay, about the order, the sales unit and its keys: through the "
            "business portal. Have the organisation number and the MSN at hand.",
        ),
        "links": translate("record", "Links"),
        "footer": translate(
            "record",
            "Made by Vipps Login Setup from what was entered in the app. The client secret "
            "is never part of this record.",
        ),
    }
