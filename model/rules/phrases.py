"""Phrases: literal, case-insensitive words of a rule, as regexes and triggers.

A phrase ("tiket pp") also matches "tiket-PP", "tiket  pp" and "tiket_pp",
and needs word boundaries where its script has them. All phrases of a rule
could be joined into one trie-shaped regex (:func:`phrases_regex`), but the
compiler runs each phrase alone, and only when its *trigger* (a rare word of
it, or a substring) is in the ad (:func:`phrase_triggers`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any


def _is_word_char(char: str) -> bool:
    # Scripts written without spaces between words (Thai, Khmer, Chinese,
    # Lao, Myanmar) have no usable word boundary: a phrase may sit inside a
    # longer run of letters, so no boundary is required there.
    code = ord(char)
    no_spaces = (
        0x0E00 <= code <= 0x0EFF  # Thai, Lao
        or 0x1000 <= code <= 0x109F  # Myanmar
        or 0x1780 <= code <= 0x17FF  # Khmer
        or 0x2E80 <= code <= 0x9FFF  # CJK
        or 0xAC00 <= code <= 0xD7AF  # Hangul
        or 0xF900 <= code <= 0xFAFF
    )
    return char.isalnum() and not no_spaces


_SEP = r"[\s\-_.]{1,3}"
# Checked after the first word, not before it: a pattern that starts with
# plain literals lets CPython's regex engine search for them directly, which
# a leading lookbehind would prevent. "Not (alnum, then the word)" over the
# last len(word)+1 characters means the character before the phrase is not
# alphanumeric.
_HEAD = r"(?<![^\W_].{{{width}}})"
_WORD_END = r"(?![^\W_])"
_END = "\x00end"  # trie key marking the end of a phrase (never a regex piece)
ALNUM_RUN = re.compile(r"[^\W_]+")


def _as_scored(phrase: str) -> str:
    """The phrase as the rules see ad text: NFKC-folded (as normalisation
    folds every ad: Thai "ำ" becomes two characters), trimmed, lowercased."""
    return unicodedata.normalize("NFKC", phrase).strip().lower()


def _phrase_pieces(phrase: str) -> tuple[list[str], str]:
    """Regex pieces of a lowercased phrase, plus the tail after it.

    "tiket pp" also matches "tiket-PP", "tiket  pp" and "tiket_pp"; phrases
    of space-delimited scripts need word boundaries at both ends, so
    "admin" does not fire inside "administrasi", unless written "admin*"
    (trailing ``*``: any word continuation, e.g. "sihanouk*" for
    "Sihanoukville").
    """
    prefix_only = phrase.endswith("*")
    core = _as_scored(phrase[:-1] if prefix_only else phrase)
    pieces: list[str] = []
    for index, word in enumerate(core.split()):
        if index:
            pieces.append(_SEP)
        pieces.extend(re.escape(char) for char in word)
        if index == 0 and _is_word_char(word[0]):
            # After the whole first word: the leading literal run stays
            # intact, so the engine can search for it as a string.
            pieces.append(_HEAD.format(width=len(word)))
    if prefix_only:
        tail = r"[^\W_]{0,20}"
    else:
        tail = _WORD_END if _is_word_char(core[-1]) else ""
    return pieces, tail


def phrases_regex(phrases: Iterable[str]) -> str:
    """One trie-shaped regex for lowercased phrases (run on lowered text).

    Shared prefixes are merged ("tiket pp", "tiket pesawat gratis" ->
    ``tiket(?:pp|pesawat...)``) so the engine follows one branch per
    position instead of trying every phrase; longer continuations come first
    so the longest phrase wins at a position.
    """
    root: dict[str, Any] = {}
    for phrase in phrases:
        pieces, tail = _phrase_pieces(phrase)
        node = root
        for piece in pieces:
            node = node.setdefault(piece, {})
        node.setdefault(_END, {})[tail] = True
    return _trie_regex(root)


def _trie_regex(node: dict[str, Any]) -> str:
    alternatives = [
        key + _trie_regex(child) for key, child in node.items() if key != _END
    ]
    alternatives.extend(node.get(_END, {}))
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


# Words so common in job ads that a phrase prefiltered on them would run on
# nearly every ad; a phrase's trigger is taken from its other words.
COMMON_WORDS = frozenset(
    [
        "kerja",
        "bekerja",
        "pekerjaan",
        "online",
        "gaji",
        "tanpa",
        "dengan",
        "untuk",
        "tidak",
        "perlu",
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "hanya",
        "via",
        "free",
        "the",
        "and",
        "for",
        "with",
        "your",
        "you",
        "job",
        "work",
        "to",
        "of",
        "a",
        "an",
        "in",
        "on",
        "per",
        "no",
        "not",
        "is",
        "are",
        "be",
        "will",
        "salary",
        "company",
        "perusahaan",
        "biaya",
        "visa",
        "admin",
        "chat",
        "data",
        "tiket",
        "hari",
        "bulan",
        "minggu",
        "besar",
        "tinggi",
        "high",
        "easy",
        "apply",
        "info",
        "hubungi",
        "segera",
        "cepat",
        "staff",
        "staf",
        "lowongan",
        "loker",
        "di",
        "dalam",
        "luar",
        "negeri",
    ]
)


def phrase_triggers(phrase: str) -> tuple[str | None, str | None]:
    """(token, substring): what must be in the ad for the phrase to match.

    A *token* is an alphanumeric run that, given the phrase's boundaries,
    must appear as a whole alphanumeric run of the lowered ad, so a set
    lookup suffices; otherwise a *substring* test is needed (scripts
    without spaces, "prefix*" phrases, phrases without boundaries).
    """
    prefix_only = phrase.endswith("*")
    core = _as_scored(phrase[:-1] if prefix_only else phrase)
    runs = list(ALNUM_RUN.finditer(core))
    best: str | None = None
    best_key: tuple[bool, int] = (False, 0)
    for run in runs:
        word = run.group()
        left_ok = run.start() > 0 or _is_word_char(core[0])
        right_ok = run.end() < len(core) or (
            not prefix_only and _is_word_char(core[-1])
        )
        bounded = all(_is_word_char(char) for char in word)
        # Prefer a rare word: "like" unlocks fewer ads than "kerja".
        key = (word not in COMMON_WORDS, len(word))
        if left_ok and right_ok and bounded and (best is None or key > best_key):
            best, best_key = word, key
    if best is not None and len(best) >= 2:
        return best, None
    return None, core
