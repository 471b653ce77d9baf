"""The setup record: what a customer files and a successor acts on, as a document model.

`build_record` turns one setup (and the guide's own texts: the leaked-secret steps, where the
callback URL is registered, the links) into a `Record`: a title and a list of blocks (headings,
label/value rows, a table, paragraphs, lists, links). `to_markdown` writes it as Markdown; the UI
draws the same blocks into a PDF (ui/record_pdf.py). Nothing here knows about Qt.

The words around the values come from the caller as `Labels`, so the record is in the language
the app is shown in (the UI passes its translations: ui/record_labels.py); `LABEL_KEYS` lists
every one a record may use. Health-check messages are worded by the caller's `MessageText`.

A value the setup does not hold is shown as the "not recorded" label, never guessed. The client
secret is never an input here: no argument takes it, and the client ID comes either from the
last health check (what Idura sends to Vipps) or from the caller, who reads only the ID from the
keychain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, NamedTuple
from urllib.parse import urlencode

from vipps_desktop.core import clock, criipto, validators
from vipps_desktop.core.content import Guide
from vipps_desktop.core.fields import HEALTH_CHECK
from vipps_desktop.core.message import Message
from vipps_desktop.core.state import Setup
from vipps_desktop.core.transfer import keys_held_here

Labels = Mapping[str, str]
MessageText = Callable[[Message], str]

# Every label a record may ask for (ui/record_labels.py gives each one in the UI's language).
LABEL_KEYS: tuple[str, ...] = (
    "title",
    "made",
    "not_recorded",
    "section_company",
    "company_name",
    "org_number",
    "signed_by",
    "signer_self",
    "order_submitted",
    "sales_unit_name",
    "msn",
    "order_template",
    "template_web",
    "template_customer_service",
    "section_login",
    "domain",
    "callback_url",
    "environment",
    "environment_production",
    "environment_test",
    "client_id",
    "client_id_from_keychain",
    "client_id_from_check",
    "client_id_note",
    "client_secret",
    "secret_gone",
    "secret_in_keychain",
    "secret_not_saved",
    "section_dates",
    "date_started",
    "date_link_sent",
    "date_submitted",
    "date_approved",
    "date_keys_saved",
    "date_keys_in_idura",
    "section_health",
    "health_none",
    "health_when",
    "column_check",
    "column_result",
    "column_date",
    "column_details",
    "status_ok",
    "status_problem",
    "status_inconclusive",
    "status_skipped",
    "status_failed",
    "item_domain",
    "item_company",
    "item_vipps_redirect",
    "item_idura_chain",
    "section_later",
    "test_login",
    "test_login_text",
    "test_login_placeholders",
    "placeholder_app_client_id",
    "placeholder_app_callback",
    "leaked_text",
    "change_callback",
    "change_callback_text",
    "change_callback_save",
    "contacts",
    "contact_idura",
    "contact_vipps",
    "links",
    "footer",
)

# The links a record lists at the end (ids in resources/guide/links.json).
RECORD_LINKS = ("idura_vipps_provider", "idura_production_guide", "vipps_portal")
IDURA_CONTACT_LINKS = ("idura_dashboard", "idura_production_guide")
VIPPS_CONTACT_LINKS = ("vipps_portal",)
# A fixed `state` for the test login written in a record (Hydra wants 8 characters or more).
TEST_LOGIN_STATE = "setup-record"


# -- the document model ----------------------------------------------------------------------


class Heading(NamedTuple):
    text: str
    level: int = 2


class Row(NamedTuple):
    label: str
    value: str | None  # None: not recorded
    code: bool = False  # shown as code (an exact URL or ID to copy)
    note: str = ""  # a short remark after the value


class Rows(NamedTuple):
    rows: tuple[Row, ...]


class Table(NamedTuple):
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class Paragraph(NamedTuple):
    text: str
    code: str = ""  # an exact value on its own line after the text (a URL)


class Items(NamedTuple):
    items: tuple[str, ...]
    numbered: bool = False


class LinkList(NamedTuple):
    links: tuple[tuple[str, str], ...]  # (label, url)


Block = Heading | Rows | Table | Paragraph | Items | LinkList


class Record(NamedTuple):
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    not_recorded: str
    footer: str
    language: str = "en"
    meta: Mapping[str, str] = MappingProxyType({})  # PDF metadata: title, subject

    def text_values(self) -> list[str]:
        """Every text in the record (for tests and checks)."""
        out = [self.title, self.subtitle, self.footer]
        for block in self.blocks:
            if isinstance(block, Heading):
                out.append(block.text)
            elif isinstance(block, Rows):
                for row in block.rows:
                    out += [row.label, row.value or self.not_recorded, row.note]
            elif isinstance(block, Table):
                out += list(block.header)
                out += [cell for row in block.rows for cell in row]
            elif isinstance(block, Paragraph):
                out += [block.text, block.code]
            elif isinstance(block, Items):
                out += list(block.items)
            else:
                out += [part for link in block.links for part in link]
        return [text for text in out if text]


# -- building it -----------------------------------------------------------------------------


ClientIdSource = Literal["keychain", "health_check"]


def build_record(
    setup: Setup,
    *,
    labels: Labels,
    guide: Guide,
    message_text: MessageText,
    app_version: str,
    today: str,
    client_id: str | None = None,
) -> Record:
    """The record of `setup`. `client_id` is the Vipps client ID read from the keychain by the
    caller (None: not there); without it, the one Idura sent in the last health check."""
    data = setup.data
    words = _Checked(labels)
    not_recorded = words["not_recorded"]

    def text(key: str) -> str | None:
        value = data.get(key)
        return value.strip() or None if isinstance(value, str) else None

    org = validators.validate_org_number(str(data.get("org_number") or ""))
    domain_result = validators.validate_domain(str(data.get("domain") or ""))
    domain = domain_result.value if domain_result.ok and domain_result.value else None
    callback = validators.callback_url(domain) if domain else None
    health = data.get(HEALTH_CHECK) if isinstance(data.get(HEALTH_CHECK), dict) else None

    blocks: list[Block] = []
    blocks.append(Heading(words["section_company"]))
    blocks.append(
        Rows(
            (
                Row(words["company_name"], text("company_name")),
                Row(
                    words["org_number"],
                    validators.format_org_number(org.value) if org.ok and org.value else None,
                ),
                Row(words["signed_by"], _signer(data, words)),
                Row(words["order_submitted"], clock.date_text(data.get("order_submitted_on"))),
                Row(words["sales_unit_name"], text("sales_unit_name")),
                Row(words["msn"], text("msn")),
                Row(words["order_template"], _template(data.get("order_template"), words)),
            )
        )
    )

    blocks.append(Heading(words["section_login"]))
    found_id, id_note = _client_id(client_id, health, words)
    blocks.append(
        Rows(
            (
                Row(words["domain"], domain),
                Row(words["callback_url"], callback, code=True),
                Row(words["environment"], _environment(data.get("vipps_environment"), words)),
                Row(words["client_id"], found_id, code=True, note=id_note),
                Row(words["client_secret"], _secret_where(setup, words)),
            )
        )
    )
    blocks.append(Paragraph(words["client_id_note"]))

    blocks.append(Heading(words["section_dates"]))
    blocks.append(
        Rows(
            (
                Row(words["date_started"], clock.date_text(setup.created)),
                Row(words["date_link_sent"], clock.date_text(data.get("order_link_sent_on"))),
                Row(words["date_submitted"], clock.date_text(data.get("order_submitted_on"))),
                Row(words["date_approved"], clock.date_text(data.get("approved_on"))),
                Row(words["date_keys_saved"], clock.date_text(data.get("credentials_saved_at"))),
                Row(
                    words["date_keys_in_idura"],
                    clock.date_text(data.get("submitted_to_criipto_on")),
                ),
            )
        )
    )

    blocks.append(Heading(words["section_health"]))
    blocks += _health_blocks(health, words, message_text)

    blocks.append(Heading(words["section_later"]))
    blocks.append(Heading(words["test_login"], 3))
    blocks += _test_login_blocks(domain, data, words)
    blocks.append(Heading(guide.text("leaked", "title"), 3))
    blocks.append(Paragraph(words["leaked_text"]))
    blocks.append(Items(guide.texts("leaked", "steps"), numbered=True))
    blocks.append(Heading(words["change_callback"], 3))
    blocks.append(Paragraph(words["change_callback_text"]))
    # The guide's steps, but its last one points at the page's Copy button: the record says
    # it in its own words.
    redirect_steps = guide.texts("portal_steps", "redirect")[:-1]
    blocks.append(Items((*redirect_steps, words["change_callback_save"]), numbered=True))
    blocks.append(Heading(words["contacts"], 3))
    blocks.append(Paragraph(words["contact_idura"]))
    blocks.append(LinkList(_links(guide, IDURA_CONTACT_LINKS)))
    blocks.append(Paragraph(words["contact_vipps"]))
    blocks.append(LinkList(_links(guide, VIPPS_CONTACT_LINKS)))
    blocks.append(Heading(words["links"], 3))
    links = list(_links(guide, RECORD_LINKS))
    if org.ok and org.value:
        brreg = guide.link("brreg_company")
        links.append((brreg.label, brreg.url_with(orgnr=org.value)))
    blocks.append(LinkList(tuple(links)))

    company = text("company_name")
    made = words["made"].replace("{date}", today).replace("{version}", app_version)
    return Record(
        title=words["title"] + (f": {company}" if company else ""),
        subtitle=made,
        blocks=tuple(blocks),
        not_recorded=not_recorded,
        footer=words["footer"],
        language=guide.language,
        meta={"title": words["title"], "subject": company or domain or ""},
    )


class _Checked(Mapping[str, str]):
    """The caller's labels; a key nobody gave is a bug (KeyError names it)."""

    def __init__(self, labels: Labels) -> None:
        self._labels = labels

    def __getitem__(self, key: str) -> str:
        if key not in LABEL_KEYS:
            raise KeyError(f"{key!r} is not in LABEL_KEYS")
        return self._labels[key]

    def __iter__(self) -> Any:
        return iter(LABEL_KEYS)

    def __len__(self) -> int:
        return len(LABEL_KEYS)


def _signer(data: Mapping[str, Any], labels: Labels) -> str | None:
    name = data.get("signer_name")
    if isinstance(name, str) and name.strip() and data.get("signer_is_user") is not True:
        return name.strip()
    if data.get("signer_is_user") is True:
        return labels["signer_self"]
    return None


def _template(value: Any, labels: Labels) -> str | None:
    if value == "web":
        return labels["template_web"]
    if value == "customer_service":
        return labels["template_customer_service"]
    return None


def _environment(value: Any, labels: Labels) -> str | None:
    if value == "production":
        return labels["environment_production"]
    if value == "test":
        return labels["environment_test"]
    return None


def _client_id(
    from_keychain: str | None, health: Mapping[str, Any] | None, labels: Labels
) -> tuple[str | None, str]:
    if from_keychain:
        return from_keychain, labels["client_id_from_keychain"]
    seen = _client_id_in_check(health)
    if seen is not None:
        client_id, checked_on = seen
        return client_id, labels["client_id_from_check"].replace("{date}", checked_on)
    return None, ""


def _client_id_in_check(health: Mapping[str, Any] | None) -> tuple[str, str] | None:
    """The client ID Idura sent to Vipps in the last health check ("chain.sends"), and when."""
    if health is None:
        return None
    from vipps_desktop.core.health_report import HealthReport

    report = HealthReport.from_json(health)
    item = report.item("idura_chain") if report is not None else None
    if item is None:
        return None
    for message in (item.message, *item.details):
        if message.code == "chain.sends":
            client_id = dict(message.params).get("client_id", "")
            if client_id:
                return client_id, clock.date_text(item.checked_on) or item.checked_on
    return None


def _secret_where(setup: Setup, labels: Labels) -> str:
    if keys_held_here(setup):
        keychain = str(setup.data.get("credentials_keychain") or "")
        return labels["secret_in_keychain"].replace("{keychain}", keychain or "—")
    if setup.data.get("submitted_to_criipto_on"):
        return labels["secret_gone"]
    return labels["secret_not_saved"]


def _health_blocks(
    health: Mapping[str, Any] | None, labels: Labels, message_text: MessageText
) -> list[Block]:
    if health is None:
        return [Paragraph(labels["health_none"])]
    from vipps_desktop.core.health_report import HealthReport

    report = HealthReport.from_json(health)
    if report is None or not report.items:
        return [Paragraph(labels["health_none"])]
    rows: list[tuple[str, ...]] = []
    for item in report.items:
        details = " ".join(message_text(m) for m in (item.message, *item.details))
        rows.append(
            (
                labels.get(f"item_{item.name}", item.name),
                labels.get(f"status_{item.status}", item.status),
                clock.date_text(item.checked_on) or labels["not_recorded"],
                details,
            )
        )
    when = clock.date_text(report.checked_on) or labels["not_recorded"]
    return [
        Paragraph(labels["health_when"].replace("{date}", when)),
        Table(
            (
                labels["column_check"],
                labels["column_result"],
                labels["column_date"],
                labels["column_details"],
            ),
            tuple(rows),
        ),
    ]


def test_login_url(domain: str, app_client_id: str, app_callback: str) -> str:
    """A login through the Idura domain with Vipps, for a browser (``prompt=login``)."""
    query = {
        "response_type": "code",
        "client_id": app_client_id,
        "redirect_uri": app_callback,
        "scope": "openid",
        "acr_values": criipto.VIPPS_ACR,
        "state": TEST_LOGIN_STATE,
        "prompt": "login",
    }
    return f"https://{domain}/oauth2/authorize?" + urlencode(query)


test_login_url.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def _test_login_blocks(domain: str | None, data: Mapping[str, Any], labels: Labels) -> list[Block]:
    if domain is None:
        return [Paragraph(labels["test_login_text"], code=labels["not_recorded"])]
    app_id = data.get("idura_app_client_id")
    app_callback = data.get("idura_app_callback_url")
    if isinstance(app_id, str) and app_id and isinstance(app_callback, str) and app_callback:
        return [
            Paragraph(labels["test_login_text"], code=test_login_url(domain, app_id, app_callback))
        ]
    url = test_login_url(domain, "APP_CLIENT_ID", "APP_CALLBACK_URL")
    url = url.replace("APP_CLIENT_ID", "{" + labels["placeholder_app_client_id"] + "}")
    url = url.replace("APP_CALLBACK_URL", "{" + labels["placeholder_app_callback"] + "}")
    return [
        Paragraph(labels["test_login_text"], code=url),
        Paragraph(labels["test_login_placeholders"]),
    ]


def _links(guide: Guide, ids: Sequence[str]) -> tuple[tuple[str, str], ...]:
    return tuple((guide.link(i).label, guide.link(i).url) for i in ids)


# -- Markdown --------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = "\\`*_{}[]<>#|!"


def md_escape(text: str) -> str:
    """Text as Markdown shows it literally (a company name with * or _ stays as typed)."""
    out = "".join("\\" + c if c in _MARKDOWN_SPECIAL else c for c in text)
    return out.replace("\n", " ")


def _md_code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def to_markdown(record: Record) -> str:
    lines = [f"# {md_escape(record.title)}", "", f"_{md_escape(record.subtitle)}_", ""]
    for block in record.blocks:
        if isinstance(block, Heading):
            lines += ["#" * block.level + " " + md_escape(block.text), ""]
        elif isinstance(block, Rows):
            for row in block.rows:
                if row.value is None:
                    value = f"_{md_escape(record.not_recorded)}_"
                elif row.code:
                    value = _md_code(row.value)
                else:
                    value = md_escape(row.value)
                if row.note:
                    value += f" ({md_escape(row.note)})"
                lines.append(f"- **{md_escape(row.label)}:** {value}")
            lines.append("")
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(md_escape(h) for h in block.header) + " |")
            lines.append("|" + "---|" * len(block.header))
            for cells in block.rows:
                lines.append("| " + " | ".join(md_escape(c) for c in cells) + " |")
            lines.append("")
        elif isinstance(block, Paragraph):
            lines.append(md_escape(block.text))
            if block.code:
                lines += ["", f"    {block.code}"]  # an indented code block: copied exactly
            lines.append("")
        elif isinstance(block, Items):
            for number, item in enumerate(block.items, start=1):
                bullet = f"{number}." if block.numbered else "-"
                lines.append(f"{bullet} {md_escape(item)}")
            lines.append("")
        else:
            for label, url in block.links:
                lines.append(f"- [{md_escape(label)}]({_md_url(url)})")
            lines.append("")
    lines += ["---", "", f"_{md_escape(record.footer)}_", ""]
    return "\n".join(lines)
