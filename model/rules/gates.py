"""Gates: strings a regex needs in the ad before it is worth running.

A pattern none of whose required strings is in the ad cannot match, so its
scan is skipped. The strings are derived from the parsed regex
(``model.rules.literals``); where nothing can be proven, the pattern always
runs.
"""

from __future__ import annotations

import re

from model.rules.literals import (
    literal_set_score,
    required_substring_sets,
    required_substrings,
)

# Per required part of a pattern, (ASCII words, other ASCII strings, as
# UTF-8; other strings): a match contains one string of every part.
Gate = tuple[tuple[frozenset[bytes], tuple[bytes, ...], tuple[str, ...]], ...]
ALNUM_BYTES = re.compile(rb"[a-z0-9]+")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]")


def pattern_gate(expression: str) -> Gate | None:
    """What a lowercase regex needs in the ad to match (see gate_open).

    Searched for in the lowered ad, a match contains, for each required
    part of the pattern, one of its strings as written in the pattern. An
    ASCII one is then also in the case-folded UTF-8 ad (``ctx.folded``):
    the characters that lowercase to ASCII (ASCII itself and the Kelvin
    sign) case-fold to the same, and a bytes search is cheap whatever the
    ad's script. Other strings are looked for in the lowered text itself.
    ``None`` (always run) when nothing can be proven or the pattern sets
    flags inline.
    """
    if _INLINE_FLAGS.search(expression):
        return None
    parts = []
    for found in sorted(
        required_substring_sets(expression), key=literal_set_score, reverse=True
    ):
        # Shortest first, none that contains another (that one is found too).
        ordered: list[str] = []
        for item in sorted(found, key=lambda item: (len(item), item)):
            if not any(shorter in item for shorter in ordered):
                ordered.append(item)
        ascii_items = [item.encode() for item in ordered if item.isascii()]
        parts.append(
            (
                frozenset(item for item in ascii_items if ALNUM_BYTES.fullmatch(item)),
                tuple(item for item in ascii_items if not ALNUM_BYTES.fullmatch(item)),
                tuple(item for item in ordered if not item.isascii()),
            )
        )
    return tuple(parts) or None


def gate_open(
    gate: Gate, folded: bytes, lowered: str, words: set[bytes] | None
) -> bool:
    """Whether every required part of the pattern occurs in the ad.

    ``words`` (from the registry's prefilter, see ``MatchContext.words``)
    holds every gate word of the registry's rules that occurs in the ad.
    """
    for word_needles, ascii_needles, other_needles in gate:
        if words is not None:
            if not word_needles.isdisjoint(words):
                continue
        elif any(needle in folded for needle in word_needles):
            continue
        # Most parts have only words: no generator for empty tuples.
        if ascii_needles and any(needle in folded for needle in ascii_needles):
            continue
        if other_needles and any(needle in lowered for needle in other_needles):
            continue
        return False
    return True


def case_sensitive_gate(expression: str) -> tuple[str, ...] | None:
    """Strings one of which every match of the case-sensitive ``expression``
    contains as written (shortest first), or None when none can be proven
    or the pattern turns case-insensitivity back on inline."""
    if _INLINE_FLAGS.search(expression):
        return None
    found = required_substrings(expression)
    if found is None:
        return None
    ordered: list[str] = []
    for item in sorted(found, key=lambda item: (len(item), item)):
        if not any(shorter in item for shorter in ordered):
            ordered.append(item)
    return tuple(ordered)
