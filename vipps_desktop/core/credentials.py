"""Validators for the values copied out of the Vipps portal: client ID, secret, MSN.

Like `validators`, these never raise and return message codes. The secret's validation result
never carries the secret in a message, only in `value`.
"""

from __future__ import annotations

import re
import uuid
from urllib.parse import urlsplit

from vipps_desktop.core.message import Message
from vipps_desktop.core.validators import Validation

# What a paste from a web page carries along: spaces, line breaks, zero-width characters.
_PASTE_JUNK = re.compile("[\\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_BASE64ISH = re.compile(r"^[A-Za-z0-9+/=_\-]+$")
# ASCII hex only: uuid.UUID() goes through int(), which also takes "_" and Arabic-Indic or
# full-width digits, silently turning a typo into a different GUID.
_GUID = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.ASCII | re.IGNORECASE
)


def _strip_junk(text: str) -> tuple[str, bool]:
    cleaned = _PASTE_JUNK.sub("", text)
    return cleaned, cleaned != text.strip()


def validate_client_id(text: str) -> Validation:
    """A Vipps client_id is a GUID, e.g. fb492b5e-7907-4d83-bc20-c7fb60ca35de."""
    cleaned, changed = _strip_junk(text)
    notes = (Message.of("client_id.cleaned"),) if changed else ()
    if not cleaned:
        return Validation(error=Message.of("client_id.empty"))
    bare = cleaned
    if bare.lower().startswith("urn:uuid:"):
        bare = bare[len("urn:uuid:") :]
    if bare.startswith("{") and bare.endswith("}"):
        bare = bare[1:-1]
    if not _GUID.match(bare):
        return Validation(error=Message.of("client_id.not_guid"), notes=notes)
    return Validation(value=str(uuid.UUID(bare)), notes=notes)


def validate_client_secret(text: str) -> Validation:
    """Non-empty; characters outside base64 get a warning, never a rejection."""
    cleaned, changed = _strip_junk(text)
    notes: list[Message] = []
    if changed:
        notes.append(Message.of("client_secret.cleaned"))
    if not cleaned:
        return Validation(error=Message.of("client_secret.empty"))
    if not _BASE64ISH.match(cleaned):
        notes.append(Message.of("client_secret.unusual_chars"))
    if len(cleaned) < 16:
        notes.append(Message.of("client_secret.short"))
    return Validation(value=cleaned, notes=tuple(notes))


def validate_msn(text: str) -> Validation:
    """The merchant serial number (optional): digits only."""
    cleaned = _PASTE_JUNK.sub("", text)
    if not cleaned:
        return Validation(value="")
    if not cleaned.isascii() or not cleaned.isdigit():
        return Validation(error=Message.of("msn.not_digits"))
    return Validation(value=cleaned)


# The Idura application the chain check uses (not secret: its client ID and one callback URL).


def valid_app_callback(text: str) -> bool:
    """An application callback URL: https, or http on the developer's own machine."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    if not parts.hostname or " " in text.strip():
        return False
    from vipps_desktop.core.net.policy import is_loopback_host  # with the check, not the page

    return parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname))


def valid_app_client_id(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= 200 and not any(c.isspace() for c in text)
