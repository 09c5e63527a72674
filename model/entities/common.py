"""What every entity finder shares: the found-span record, the entity types,
and the app named just before a number or handle."""

from __future__ import annotations

import re
from dataclasses import dataclass

ENTITY_TYPES: tuple[str, ...] = (
    "phone",
    "whatsapp",
    "telegram",
    "line",
    "wechat",
    "zalo",
    "instagram",
    "handle",
    "email",
    "url",
    "short_link",
    "money",
    "destination",
    "organization",
)
# Entity types that identify a recruiter: ads sharing one are one campaign.
# Pay, places and organisation names are shared by honest employers too.
CONTACT_TYPES: frozenset[str] = frozenset(ENTITY_TYPES) - {
    "money",
    "destination",
    "organization",
}


@dataclass(slots=True)
class Found:
    """A span of the normalised text (``start``/``end``) before mapping back."""

    type: str
    start: int
    end: int
    normalized: str | None


# The characters for which an IGNORECASE pattern over a text and the same
# pattern in lower case over ``text.lower()`` can disagree: "ı", "ſ" and the
# Kelvin sign match "i", "s", "k"; "İ" lowers to two characters.
_CASE_EXCEPTIONS = re.compile("[\u0131\u0130\u017f\u212a]")


def lowered_view(body: str) -> str | None:
    """``body.lower()`` where it lines up with ``body`` character by character
    for IGNORECASE patterns (so cheap pre-scans can run on it); else None."""
    return None if _CASE_EXCEPTIONS.search(body) else body.lower()


def whole_word(alternatives: str) -> re.Pattern[str]:
    """Alternatives as a whole word in Latin script: "\\b" would not split
    "联系Zalo" (both sides are word characters to Python's re)."""
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])", re.I)


# A context word just before a number or handle says which app it is for.
APP_CONTEXT: tuple[tuple[re.Pattern[str], str], ...] = (
    (whole_word(r"whats\s*app|wh?atsap+|wasap|wsp|w\.?\s?a|📱|📲"), "whatsapp"),
    (whole_word(r"telegram|tele|tg|纸?飞机|✈"), "telegram"),
    (whole_word(r"line|ไลน์"), "line"),
    (whole_word(r"wechat|weixin|微信|vx|wx"), "wechat"),
    (whole_word(r"zalo"), "zalo"),
    (
        whole_word(r"telp?|hp|phone|call|hotline|โทร|điện thoại|sđt|电话|手机"),
        "phone",
    ),
    (whole_word(r"instagram|ig|insta"), "instagram"),
)
CONTEXT_WINDOW = 24


def app_before(body: str, start: int) -> str | None:
    """The app named nearest before ``start`` ("WA 0812...", "Telegram @x")."""
    window = body[max(0, start - CONTEXT_WINDOW) : start]
    best: tuple[int, str] | None = None
    for pattern, kind in APP_CONTEXT:
        for match in pattern.finditer(window):
            # The nearest mention wins: "WA 0812..., Telegram @x".
            if best is None or match.end() > best[0]:
                best = (match.end(), kind)
    return None if best is None else best[1]
