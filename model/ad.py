"""The ad as the rest of Waspada sees it: structured fields or one text.

Structured ads are joined into one text so that rules, the classifier and the
character offsets in responses all refer to the same string. The joining is
part of the public contract (documented in the API): the non-empty fields, in
``AD_FIELDS`` order, each stripped of surrounding whitespace, joined by
``FIELD_SEPARATOR``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

AD_FIELDS: tuple[str, ...] = (
    "title",
    "company",
    "location",
    "salary",
    "description",
    "requirements",
    "benefits",
    "contact",
    "url",
)

FIELD_SEPARATOR = "\n"

# The control characters an ad may not contain: C0 controls and DEL, except
# tab, newline and carriage return (the service answers 422 INVALID_AD, and
# its schema says so). The body of a regex character class, escaped, so it
# reads the same in a JSON Schema pattern. Normalisation reads them as
# whitespace (model.preprocess).
CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"


def join_fields(fields: Mapping[str, Any]) -> str:
    """Join structured ad fields into the one text that is scored.

    ``text`` wins when present and non-empty; otherwise the non-empty fields
    in ``AD_FIELDS`` order are joined with ``FIELD_SEPARATOR``.
    """
    text = fields.get("text")
    if isinstance(text, str) and text.strip():
        return text
    parts: list[str] = []
    for name in AD_FIELDS:
        value = fields.get(name)
        if value is None:
            continue
        value = str(value).strip()
        if value:
            parts.append(value)
    return FIELD_SEPARATOR.join(parts)
