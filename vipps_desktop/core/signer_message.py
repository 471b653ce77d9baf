"""The message a user who may not sign sends to the company's signer, with the order link.

Only styreleder or daglig leder can submit the Vipps order (facts.md §1.4). The wording comes
from the guide (`signer_message` in resources/guide/*.json), in the language asked for, not
the UI's: Norwegian by default, since the signer reads it. Pure Python: the UI copies the
text or opens `mailto_url` as an e-mail draft.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import quote

from vipps_desktop.core.content import Guide

DEFAULT_LANGUAGE = "nb"


class OrderDetails(NamedTuple):
    company: str
    orgnr: str  # formatted as the reader expects, e.g. "923 609 016"
    link: str
    signer: str = ""  # the person written to, if known
    sales_unit: str = ""
    website: str = ""
    recipient: str = ""  # the contact person who will receive the keys


class SignerMessage(NamedTuple):
    subject: str
    body: str

    def as_text(self) -> str:
        return f"{self.subject}\n\n{self.body}"

    def mailto_url(self, to: str = "") -> str:
        return mailto_url(to, self.subject, self.body)


def build(
    details: OrderDetails, language: str = DEFAULT_LANGUAGE, guide: Guide | None = None
) -> SignerMessage:
    guide = guide or Guide(language)

    def text(key: str, **values: str) -> str:
        return guide.text("signer_message", key).format(**values)

    company = details.company.strip() or details.orgnr
    signer = details.signer.strip()
    lines = [text("greeting", signer=signer) if signer else text("greeting_no_name"), ""]
    lines.append(text("intro", company=company, orgnr=details.orgnr))
    lines.append("")
    steps = guide.texts("signer_message", "steps")
    lines.extend(f"{i}. {step.format(link=details.link)}" for i, step in enumerate(steps, 1))
    extras = [
        text(key, value=value.strip())
        for key, value in (
            ("sales_unit", details.sales_unit),
            ("website", details.website),
            ("recipient", details.recipient),
        )
        if value.strip()
    ]
    if extras:
        lines.extend(["", text("details_intro"), *(f"- {extra}" for extra in extras)])
    lines.extend(["", text("closing"), "", text("thanks")])
    return SignerMessage(subject=text("subject", company=company), body="\n".join(lines))


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: URL (RFC 6068): every reserved character percent-encoded, CRLF line breaks."""
    query = (
        "subject="
        + quote(subject, safe="")
        + "&body="
        + quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")
    )
    return f"mailto:{quote(to, safe='@')}?{query}"
