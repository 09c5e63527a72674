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
from model.rules.gates import Gate, case_sensitive_gate, gate_open, pattern_gate
from model.rules.literals import required_literals
from model.rules.phrases import phrase_triggers, phrases_regex
from model.rules.validators import VALIDATORS, MatchContext, ValidatorFn

_SENTENCE_END = re.compile(r"[.!?。！？\n]")


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
    # gate (see pattern_gate).
    _token_phrases: dict[bytes, tuple[int, ...]] = field(default_factory=dict)
    _substring_phrases: tuple[tuple[bytes, int], ...] = ()
    _foreign_phrases: tuple[tuple[bytes, int], ...] = ()
    _lower_gated: tuple[tuple[Pattern, Gate | None], ...] = ()
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
            (regex, pattern_gate(regex.pattern)) for regex in self.lower_regexes
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
        if phrases is None:
            phrases = self.phrase_indices(ctx) if self.phrase_triggers else ()
        raw = self._raw_spans(ctx, phrases)
        if not raw:
            return []
        if len(raw) > 1:
            raw.sort(key=_longest_first)
        return self._kept_spans(ctx, raw)

    def _raw_spans(
        self, ctx: MatchContext, phrases: Sequence[int]
    ) -> list[tuple[int, int]]:
        """Every span any of the rule's regexes and finders reports."""
        text = ctx.text
        lowered = ctx.lowered
        raw: list[tuple[int, int]] = []
        phrase_regexes = self._phrase_regexes(phrases) if phrases else ()
        if lowered is not None:
            for lower_regex, _ in phrase_regexes:
                raw.extend(map(_SPAN, lower_regex.finditer(lowered)))
            folded = ctx.folded
            words = ctx.words
            for regex, gate in self._lower_gated:
                # A pattern none of whose required strings is in the ad
                # cannot match: skip the scan.
                if gate is not None and not gate_open(gate, folded, lowered, words):
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
        return raw

    def _kept_spans(
        self, ctx: MatchContext, raw: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The sorted ``raw`` spans that survive overlaps, negations and
        validators."""
        text = ctx.text
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


def _alternation(parts: list[str]) -> str:
    return "|".join(f"(?:{part})" for part in parts)


@dataclass(slots=True)
class _PatternParts:
    """A rule's patterns, sorted by how they run (see CompiledRule)."""

    lower: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    other_gates: list[tuple[str, ...] | None] = field(default_factory=list)
    finders: list[Finder] = field(default_factory=list)
    # Case-folded strings one of which each pattern's matches contain;
    # ``always`` when a pattern has none (it must always run).
    substrings: set[str] = field(default_factory=set)
    always: bool = False


def _pattern_parts(rule: Rule) -> _PatternParts:
    parts = _PatternParts()
    for spec in rule.patterns:
        if spec.named is not None:
            parts.finders.append(named_matchers()[spec.named])
            parts.always = True  # no literal to require
            continue
        expression = spec.expression
        if spec.case_sensitive:
            parts.other.append(f"(?-i:{expression})")
            parts.other_gates.append(case_sensitive_gate(expression))
        elif _lowercase_safe(expression):
            parts.lower.append(expression)
        else:
            parts.other.append(expression)
            parts.other_gates.append(None)
        literals = required_literals(expression)
        if literals is None:
            parts.always = True
        else:
            parts.substrings.update(literals)
    return parts


def _phrase_parts(
    rule: Rule,
) -> tuple[list[tuple[bytes | None, bytes | None]], set[str], set[str]]:
    """Per phrase its trigger (token or substring, UTF-8), and the tokens
    and case-folded substrings of all the rule's phrases."""
    triggers: list[tuple[bytes | None, bytes | None]] = []
    tokens: set[str] = set()
    substrings: set[str] = set()
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
    return triggers, tokens, substrings


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

    patterns = _pattern_parts(rule)
    triggers, tokens, phrase_substrings = _phrase_parts(rule)
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
        lower_regexes=tuple(build(part) for part in patterns.lower),
        lower_fallback=tuple(build(part, re.IGNORECASE) for part in patterns.lower),
        regexes=tuple(build(part, re.IGNORECASE) for part in patterns.other),
        finders=tuple(patterns.finders),
        tokens=frozenset(tokens),
        substrings=frozenset(patterns.substrings | phrase_substrings),
        always=patterns.always,
        negation=negation,
        negation_after=negation_after,
        validators=validators,
        regex_gates=tuple(patterns.other_gates),
    )
