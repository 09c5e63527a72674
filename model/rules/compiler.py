"""Turn rule data into fast matchers.

Speed budget: 2,000+ ads/s on one core for ~1,000-character ads means about
half a millisecond per ad for 40-odd rules. A case-insensitive regex scan of
1,000 characters costs 10-30 µs in CPython's ``re``, so running every rule on
every ad would blow the budget. Two things keep it cheap:

* each rule's patterns and phrases are joined into **one** alternation, so a
  rule costs one scan;
* each rule gets a **literal prefilter**: from the parsed regex we derive a
  set of strings such that every possible match contains at least one of
  them (e.g. ``{"kamboja", "cambodia", "柬埔寨", ...}``). ``s in text`` is a
  C-speed substring search, so a rule whose literals are all absent from the
  case-folded ad is skipped without running its regex. The derivation is
  conservative: where it cannot prove a literal is required (``\\d+``,
  ``.``, classes), the rule simply always runs.

spaCy's Matcher/PhraseMatcher was considered and left out: tokenising a
1,000-character ad with a blank pipeline alone costs about the whole budget,
and ``phrases`` (literal, case-insensitive, flexible spacing, word
boundaries where the script has them) cover what PhraseMatcher would do.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from model import budget
from model.rules.base import Rule, named_matchers
from model.rules.literals import (
    literal_set_score,
    required_literals,
    required_substring_sets,
    required_substrings,
)
from model.rules.validators import VALIDATORS, MatchContext, ValidatorFn

_SENTENCE_END = re.compile(r"[.!?。！？\n]")


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


def _phrase_pieces(phrase: str) -> tuple[list[str], str]:
    """Regex pieces of a lowercased phrase, plus the tail after it.

    "tiket pp" also matches "tiket-PP", "tiket  pp" and "tiket_pp"; phrases
    of space-delimited scripts need word boundaries at both ends, so
    "admin" does not fire inside "administrasi", unless written "admin*"
    (trailing ``*``: any word continuation, e.g. "sihanouk*" for
    "Sihanoukville").
    """
    prefix_only = phrase.endswith("*")
    core = (phrase[:-1] if prefix_only else phrase).strip().lower()
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
    core = (phrase[:-1] if prefix_only else phrase).strip().lower()
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


# --- compiled rules -----------------------------------------------------------


def _lowercase_safe(expression: str) -> bool:
    # A regex with no uppercase characters at all (so no \W, \S, \B, no
    # uppercase literal) means the same on lowered text without IGNORECASE
    # as with IGNORECASE on the original, and the engine can then use its
    # literal-prefix fast paths, which IGNORECASE disables for letters.
    return expression == expression.lower()


Finder = Callable[[str], list[tuple[int, int]]]
# Works for ``re`` and ``regex`` matches (user rules run on ``regex``).
_SPAN = operator.methodcaller("span")


class GuardedPattern:
    """A user rule's regex, run by the ``regex`` package with a timeout.

    Built-in patterns are reviewed and fuzzed; a user's pattern may still be
    quadratic (or exponential in a way ``model.rules.safety`` misses), and
    CPython's ``re`` cannot be interrupted. Each scan gets what is left of
    the ad's time budget (``model.budget``) as its timeout; running out is
    ``AD_TOO_COSTLY`` for that ad, never a stuck worker.
    """

    __slots__ = ("_compiled", "_rule_id", "pattern")

    def __init__(self, expression: str, flags: int, rule_id: str) -> None:
        self.pattern = expression
        self._rule_id = rule_id
        regex_flags = regex.V0 | (regex.IGNORECASE if flags & re.IGNORECASE else 0)
        self._compiled = regex.compile(expression, regex_flags)

    def finditer(self, text: str) -> list[Any]:
        try:
            return list(
                self._compiled.finditer(
                    text, concurrent=True, timeout=budget.regex_timeout()
                )
            )
        except TimeoutError as exc:
            raise budget.too_costly(f"matching rule {self._rule_id}") from exc

    def search(self, text: str, pos: int = 0) -> Any:
        try:
            return self._compiled.search(
                text, pos, concurrent=True, timeout=budget.regex_timeout()
            )
        except TimeoutError as exc:
            raise budget.too_costly(f"matching rule {self._rule_id}") from exc


# What a compiled rule holds: ``re`` for built-in rules, guarded for others.
Pattern = re.Pattern[str] | GuardedPattern


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    # Longest first among spans that start together ("tiket PP ditanggung"
    # over "tiket PP").
    return span[0], -span[1]


# Per required part of a pattern, (ASCII words, other ASCII strings, as
# UTF-8; other strings): a match contains one string of every part.
_Gate = tuple[tuple[frozenset[bytes], tuple[bytes, ...], tuple[str, ...]], ...]
ALNUM_BYTES = re.compile(rb"[a-z0-9]+")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]")


def _pattern_gate(expression: str) -> _Gate | None:
    """What a lowercase regex needs in the ad to match (see _gate_open).

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


def _gate_open(
    gate: _Gate, folded: bytes, lowered: str, words: set[bytes] | None
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


@dataclass(slots=True)
class CompiledRule:
    """A pattern rule ready to run: regexes, prefilter, negations, checks.

    ``lower_regexes`` run on the lowercased text (the phrase trie and
    lowercase-safe patterns), ``regexes`` case-insensitively on the
    normalised text, ``finders`` (named matchers written in Python) on the
    lowercased text. ``lower_fallback`` replaces ``lower_regexes`` for the
    rare text whose lowercase form has a different length (e.g. "İ"), where
    offsets of the lowered text would not line up. Each pattern is its own
    compiled regex: joined into one alternation, the engine could no longer
    skip ahead to the positions where a pattern's first characters occur.
    """

    rule: Rule
    phrase_triggers: tuple[tuple[bytes | None, bytes | None], ...]
    lower_regexes: tuple[Pattern, ...]
    lower_fallback: tuple[Pattern, ...]
    regexes: tuple[Pattern, ...]
    finders: tuple[Finder, ...]
    tokens: frozenset[str]
    substrings: frozenset[str]
    always: bool
    negation: Pattern | None
    negation_after: Pattern | None
    validators: tuple[tuple[ValidatorFn, Any], ...] = field(default=())
    # Per regex in ``regexes``: strings one of which, exactly as written,
    # every match contains (case-sensitive patterns), or None (always run).
    regex_gates: tuple[tuple[str, ...] | None, ...] = ()
    _phrases: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = field(
        default_factory=dict
    )
    # Derived in __post_init__: phrase indices by trigger word, the phrases
    # triggered by an ASCII or other substring, and per lowercase regex its
    # gate (see _pattern_gate).
    _token_phrases: dict[bytes, tuple[int, ...]] = field(default_factory=dict)
    _substring_phrases: tuple[tuple[bytes, int], ...] = ()
    _foreign_phrases: tuple[tuple[bytes, int], ...] = ()
    _lower_gated: tuple[tuple[Pattern, _Gate | None], ...] = ()
    _gated_regexes: tuple[tuple[Pattern, tuple[str, ...] | None], ...] = ()

    def __post_init__(self) -> None:
        by_token: dict[bytes, list[int]] = {}
        substrings: list[tuple[bytes, int]] = []
        for index, (token, substring) in enumerate(self.phrase_triggers):
            if token is not None:
                by_token.setdefault(token, []).append(index)
            elif substring is not None:
                substrings.append((substring, index))
        self._token_phrases = {k: tuple(v) for k, v in by_token.items()}
        self._substring_phrases = tuple(
            item for item in substrings if item[0].isascii()
        )
        self._foreign_phrases = tuple(
            item for item in substrings if not item[0].isascii()
        )
        self._lower_gated = tuple(
            (regex, _pattern_gate(regex.pattern)) for regex in self.lower_regexes
        )
        if len(self.regex_gates) != len(self.regexes):
            self.regex_gates = (None,) * len(self.regexes)
        self._gated_regexes = tuple(zip(self.regexes, self.regex_gates, strict=True))

    def phrase_indices(self, ctx: MatchContext) -> list[int]:
        """Indices of the phrases whose trigger word or substring is in the
        ad (the registry picks them for all rules at once instead)."""
        folded = ctx.folded
        indices = [
            index
            for token in self._token_phrases.keys() & ctx.tokens
            for index in self._token_phrases[token]
        ]
        for substring, index in self._substring_phrases:
            if substring in folded:
                indices.append(index)
        # Non-ASCII triggers cannot occur in an ASCII ad.
        if self._foreign_phrases and not folded.isascii():
            for substring, index in self._foreign_phrases:
                if substring in folded:
                    indices.append(index)
        return indices

    def _phrase_regexes(
        self, indices: Iterable[int]
    ) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
        """(lowercase, fallback) regexes for just the phrases that can occur.

        Only phrases whose trigger word or substring is in the ad are run:
        typically one or two of a rule's thirty phrases, and a regex that
        starts with one literal word is a fast string search. Each phrase is
        compiled once per process, on first use; compiling subsets instead
        recompiled constantly, because ads choose ever new combinations.
        The order does not matter: find() sorts all spans, and spans that
        sort equal are equal.
        """
        chosen = []
        for index in indices:
            compiled = self._phrases.get(index)
            if compiled is None:
                expression = phrases_regex([self.rule.phrases[index]])
                compiled = (
                    re.compile(expression),
                    re.compile(expression, re.IGNORECASE),
                )
                self._phrases[index] = compiled
            chosen.append(compiled)
        return chosen

    def find(
        self, ctx: MatchContext, phrases: Sequence[int] | None = None
    ) -> list[tuple[int, int]]:
        """Spans (normalised offsets) where the rule fires.

        ``phrases``: the indices :meth:`phrase_indices` would return, when
        the caller has them already; each phrase has one trigger, so they
        hold no duplicates.
        """
        text = ctx.text
        lowered = ctx.lowered
        raw: list[tuple[int, int]] = []
        if phrases is None:
            phrases = self.phrase_indices(ctx) if self.phrase_triggers else ()
        phrase_regexes = self._phrase_regexes(phrases) if phrases else ()
        if lowered is not None:
            for lower_regex, _ in phrase_regexes:
                raw.extend(map(_SPAN, lower_regex.finditer(lowered)))
            folded = ctx.folded
            words = ctx.words
            for regex, gate in self._lower_gated:
                # A pattern none of whose required strings is in the ad
                # cannot match: skip the scan.
                if gate is not None and not _gate_open(gate, folded, lowered, words):
                    continue
                raw.extend(map(_SPAN, regex.finditer(lowered)))
        else:
            lowered = text.lower()  # finders only need the characters
            for _, fallback_regex in phrase_regexes:
                raw.extend(map(_SPAN, fallback_regex.finditer(text)))
            for regex in self.lower_fallback:
                raw.extend(map(_SPAN, regex.finditer(text)))
        for finder in self.finders:
            raw.extend(finder(lowered if ctx.lowered is not None else text))
        for regex, needles in self._gated_regexes:
            # "\bCS\b" has no first character to jump to and is tried at
            # every position; skipped unless "CS" is in the ad at all.
            if needles is not None and not any(needle in text for needle in needles):
                continue
            raw.extend(map(_SPAN, regex.finditer(text)))
        if not raw:
            return []
        if len(raw) > 1:
            raw.sort(key=_longest_first)
        spans: list[tuple[int, int]] = []
        for start, end in raw:
            if start == end:
                continue
            # Several regexes may report overlapping text; keep the first.
            if spans and start < spans[-1][1]:
                continue
            if self.negation is not None and self._negated_before(text, start):
                continue
            if self.negation_after is not None and self._negated_after(text, end):
                continue
            if self.validators and not all(
                fn(ctx, start, end, params) for fn, params in self.validators
            ):
                continue
            spans.append((start, end))
        return spans

    def _negated_before(self, text: str, start: int) -> bool:
        assert self.negation is not None
        window_start = max(0, start - self.rule.negation_window)
        window = text[window_start:start]
        # Only the same sentence counts: "Jangan khawatir. Paspor dipegang
        # kantor" must still fire.
        cut = 0
        for cut_match in _SENTENCE_END.finditer(window):
            cut = cut_match.end()
        return self.negation.search(window, cut) is not None

    def _negated_after(self, text: str, end: int) -> bool:
        assert self.negation_after is not None
        window = text[end : end + self.rule.negation_window_after]
        stop = _SENTENCE_END.search(window)
        if stop is not None:
            window = window[: stop.start()]
        return self.negation_after.search(window) is not None


def _case_sensitive_gate(expression: str) -> tuple[str, ...] | None:
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


def _alternation(parts: list[str]) -> str:
    return "|".join(f"(?:{part})" for part in parts)


def compile_rule(rule: Rule, *, trusted: bool = True) -> CompiledRule:
    """Compile a pattern rule (patterns were validated one by one already).

    ``trusted`` (built-in rules): compiled with ``re``. Otherwise (user
    YAML) regexes and negations run with a timeout (:class:`GuardedPattern`).
    Phrases are escaped literals and always use ``re``.
    """

    def build(expression: str, flags: int = 0) -> Pattern:
        if trusted:
            return re.compile(expression, flags)
        return GuardedPattern(expression, flags, rule.id)

    lower_parts: list[str] = []
    other_parts: list[str] = []
    other_gates: list[tuple[str, ...] | None] = []
    finders: list[Finder] = []
    tokens: set[str] = set()
    substrings: set[str] = set()
    always = False
    for spec in rule.patterns:
        if spec.named is not None:
            finders.append(named_matchers()[spec.named])
            always = True  # no literal to require
            continue
        expression = spec.expression
        if spec.case_sensitive:
            other_parts.append(f"(?-i:{expression})")
            other_gates.append(_case_sensitive_gate(expression))
        elif _lowercase_safe(expression):
            lower_parts.append(expression)
        else:
            other_parts.append(expression)
            other_gates.append(None)
        literals = required_literals(expression)
        if literals is None:
            always = True
        else:
            substrings.update(literals)
    triggers: list[tuple[bytes | None, bytes | None]] = []
    for phrase in rule.phrases:
        token, substring = phrase_triggers(phrase)
        # Tokens are looked up among the ASCII words of the ad (see
        # registry); non-ASCII ones fall back to substring tests.
        if token is not None and not token.isascii():
            token, substring = None, token
        if token is not None:
            tokens.add(token)
            triggers.append((token.encode(), None))
        else:
            assert substring is not None
            substrings.add(substring.casefold())
            triggers.append((None, substring.casefold().encode()))
    negation = (
        build(_alternation(rule.negations), re.IGNORECASE) if rule.negations else None
    )
    negation_after = (
        build(_alternation(rule.negations_after), re.IGNORECASE)
        if rule.negations_after
        else None
    )
    validators = tuple(
        (
            VALIDATORS[spec.name].fn,
            VALIDATORS[spec.name].params_model.model_validate(spec.params),
        )
        for spec in rule.validators
    )
    return CompiledRule(
        rule=rule,
        phrase_triggers=tuple(triggers),
        lower_regexes=tuple(build(part) for part in lower_parts),
        lower_fallback=tuple(build(part, re.IGNORECASE) for part in lower_parts),
        regexes=tuple(build(part, re.IGNORECASE) for part in other_parts),
        finders=tuple(finders),
        tokens=frozenset(tokens),
        substrings=frozenset(substrings),
        always=always,
        negation=negation,
        negation_after=negation_after,
        validators=validators,
        regex_gates=tuple(other_gates),
    )
