"""The rule registry: built-in rules plus user YAML, compiled and matched.

Usage::

    reg = RuleRegistry.default()      # built-ins + $WASPADA_RULES_DIR
    hits = reg.match(ad_text)         # RuleHit list, original offsets

Matching runs on the normalised text (``model.preprocess.normalize``) and
maps each span back to the original, so ``text[hit.start:hit.end] ==
hit.text`` holds for the text the user sees, whatever HTML, emoji or
combining characters it contains.

Meta rules (``requires`` / ``min_of``) fire when their components fire. A
meta hit has no span of its own; its evidence is the **first hit of each
component rule that made it fire**, one :class:`RuleHit` per component span
under the meta rule's id. That keeps highlights short and meaningful (the
union of component spans as one range would cover most of the ad).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections import ChainMap
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any

from model import budget
from model.preprocess import NormalizedText, normalize
from model.rules import salary
from model.rules.base import (
    CATEGORY_PREFIX,
    KNOWN_CATEGORIES,
    Rule,
    RuleDefinitionError,
)
from model.rules.compiler import CompiledRule, compile_rule
from model.rules.loader import load_rule_file, load_rule_text
from model.rules.validators import MatchContext
from model.verdict import RuleHit

RULES_DIR_ENV = "WASPADA_RULES_DIR"
_RULE_SUFFIXES = (".yaml", ".yml")

Span = tuple[int, int]
_ASCII_WORD = re.compile(rb"[a-z0-9]+")
# What one ad word tells: the rules it unlocks, the gate words inside it, and
# the phrases it triggers as (rule position, phrase index).
_WordInfo = tuple[frozenset[int], frozenset[bytes], tuple[tuple[int, int], ...]]
# Every word seen so far, with what it tells.
_WordMemo = dict[bytes, _WordInfo]
# Shared by the many words that tell nothing.
_NOTHING: _WordInfo = (frozenset(), frozenset(), ())
# Distinct ad words whose rules are remembered (about 100 bytes each).
_WORD_MEMO_SIZE = 100_000
# Longer words are looked up but not remembered: an ad of a few 50,000-letter
# "words" would otherwise pin megabytes per entry. Real words are shorter.
_WORD_MEMO_MAX_LEN = 64
_SCRIPTS: tuple[re.Pattern[str], ...] = (
    re.compile(r"[\u0e00-\u0eff]"),  # Thai, Lao
    re.compile(r"[\u1780-\u17ff]"),  # Khmer
    re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"),  # CJK
    re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]"),  # Latin with diacritics
    re.compile(r"[\U0001f000-\U0001faff]"),  # emoji, flags
)


@functools.cache
def _builtin_rules() -> tuple[tuple[Rule, str, int], ...]:
    """Parsed built-in rules, cached: they are immutable package data and
    validating them is most of the cost of building a registry."""
    return tuple(
        (rule, name, line)
        for name, text in _builtin_sources()
        for rule, line in load_rule_text(text, name)
    )


def _builtin_sources() -> list[tuple[str, str]]:
    """(name, text) of the packaged built-in rule files, sorted by name."""
    folder = resources.files("model.rules").joinpath("builtin")
    found = [
        (f"builtin/{entry.name}", entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(_RULE_SUFFIXES)
    ]
    return sorted(found)


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.suffix in _RULE_SUFFIXES)
            )
        elif path.exists():
            files.append(path)
        else:
            raise RuleDefinitionError(
                f"{path}: rule file or directory does not exist", path=str(path)
            )
    return files


class RuleRegistry:
    """An ordered, validated, compiled set of rules."""

    def __init__(self, sources: Sequence[tuple[Rule, str, int]]) -> None:
        """Build from ``(rule, file, line)``; checks ids and references.

        Prefer :meth:`default` or :meth:`from_paths`.
        """
        by_id: dict[str, tuple[str, int]] = {}
        for rule, path, line in sources:
            if rule.id in by_id:
                first_path, first_line = by_id[rule.id]
                raise RuleDefinitionError(
                    f"{path}:{line}: field 'id': duplicate rule id {rule.id!r} "
                    f"(already defined in {first_path}:{first_line})",
                    path=path,
                    line=line,
                    field="id",
                )
            by_id[rule.id] = (path, line)
        self._rules: tuple[Rule, ...] = tuple(rule for rule, _, _ in sources)
        self._by_id = {rule.id: rule for rule in self._rules}
        self._weights = {rule.id: rule.weight for rule in self._rules}
        self._origin = by_id
        categories = {rule.category for rule in self._rules}
        for rule in self._rules:
            for ref in rule.references:
                known = (
                    ref[len(CATEGORY_PREFIX) :] in categories
                    if ref.startswith(CATEGORY_PREFIX)
                    else ref in self._by_id
                )
                if not known:
                    path, line = by_id[rule.id]
                    raise RuleDefinitionError(
                        f"{path}:{line}: rule {rule.id!r}: meta rule refers to "
                        f"unknown rule or category {ref!r}",
                        path=path,
                        line=line,
                        field="requires" if ref in rule.requires else "min_of.rules",
                    )
        self._compiled: list[CompiledRule] = []
        # Built-in patterns are reviewed and fuzzed (plain ``re``); any other
        # rule's regexes run with a timeout (see compiler.GuardedPattern).
        builtin = {id(rule) for rule, _, _ in _builtin_rules()}
        for rule in self._rules:
            if rule.is_meta:
                continue
            try:
                self._compiled.append(compile_rule(rule, trusted=id(rule) in builtin))
            except Exception as exc:  # re.error on the joined alternation
                path, line = by_id[rule.id]
                raise RuleDefinitionError(
                    f"{path}:{line}: rule {rule.id!r}, field 'patterns': "
                    f"patterns do not combine into one regex: {exc}",
                    path=path,
                    line=line,
                    field="patterns",
                ) from exc
        self._meta_order = self._order_meta_rules()
        self._category_of = {rule.id: rule.category for rule in self._rules}
        self._meta_plan = [
            (
                rule.id,
                rule.category,
                tuple(_parse_ref(ref) for ref in rule.requires),
                None
                if rule.min_of is None
                else (
                    rule.min_of.count,
                    tuple(_parse_ref(ref) for ref in rule.min_of.rules),
                ),
            )
            for rule in self._meta_order
        ]
        self._build_prefilter()
        self._fingerprint = hashlib.sha256(
            json.dumps(
                [rule.canonical() for rule in self._rules],
                sort_keys=True,
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8")
        ).hexdigest()

    # --- construction -----------------------------------------------------

    @classmethod
    def from_paths(
        cls, paths: Iterable[str | Path], *, include_builtin: bool = True
    ) -> RuleRegistry:
        """Built-ins (optionally) plus the YAML files/directories given."""
        sources: list[tuple[Rule, str, int]] = []
        if include_builtin:
            sources.extend(_builtin_rules())
        for file in _expand(paths):
            sources.extend(
                (rule, str(file), line) for rule, line in load_rule_file(file)
            )
        return cls(sources)

    @classmethod
    def default(cls) -> RuleRegistry:
        """Built-ins plus ``$WASPADA_RULES_DIR`` (a dir or os.pathsep list)."""
        env = os.environ.get(RULES_DIR_ENV, "")
        paths = [part for part in env.split(os.pathsep) if part.strip()]
        return cls.from_paths(paths, include_builtin=True)

    def _order_meta_rules(self) -> list[Rule]:
        """Meta rules in dependency order; a cycle is a rule-file error."""
        metas = [rule for rule in self._rules if rule.is_meta]
        meta_ids = {rule.id for rule in metas}
        meta_categories = {rule.category for rule in metas}
        ordered: list[Rule] = []
        done: set[str] = set()
        visiting: set[str] = set()

        def deps(rule: Rule) -> list[str]:
            out: list[str] = []
            for ref in rule.references:
                if ref.startswith(CATEGORY_PREFIX):
                    category = ref[len(CATEGORY_PREFIX) :]
                    if category in meta_categories:
                        out.extend(
                            m.id for m in metas if m.category == category and m != rule
                        )
                elif ref in meta_ids:
                    out.append(ref)
            return out

        def visit(rule: Rule) -> None:
            if rule.id in done:
                return
            if rule.id in visiting:
                path, line = self._origin[rule.id]
                raise RuleDefinitionError(
                    f"{path}:{line}: rule {rule.id!r}: meta rules refer to each "
                    "other in a cycle",
                    path=path,
                    line=line,
                    field="requires",
                )
            visiting.add(rule.id)
            for dep in deps(rule):
                visit(self._by_id[dep])
            visiting.discard(rule.id)
            done.add(rule.id)
            ordered.append(rule)

        for rule in metas:
            visit(rule)
        return ordered

    def _build_prefilter(self) -> None:
        # Which rules can possibly match is decided from cheap facts about
        # the ad (see compiler.py): its ASCII words, looked up in a dict, and
        # substring tests. Substring tests run on UTF-8 bytes: ``bytes in
        # bytes`` is a plain memory search, while ``str in str`` first widens
        # the needle whenever the ad holds an emoji or Thai letter (which
        # made it ~10x slower). A UTF-8 needle occurs in the UTF-8 text
        # exactly when the string occurs in the string. Rules without
        # provable literals always run.
        token_index: dict[bytes, list[int]] = {}
        ascii_index: dict[bytes, list[int]] = {}
        other_index: dict[bytes, list[int]] = {}
        always: list[int] = []
        for position, compiled in enumerate(self._compiled):
            if compiled.always:
                always.append(position)
                # Its non-ASCII literals still go into the script finders:
                # _prefilter picks the phrases worth running from what they
                # find, so they must cover every rule's phrase triggers.
                for text in compiled.substrings:
                    if not text.isascii():
                        other_index.setdefault(text.encode(), []).append(position)
                continue
            for token in compiled.tokens:
                token_index.setdefault(token.encode(), []).append(position)
            for text in compiled.substrings:
                index = ascii_index if text.isascii() else other_index
                index.setdefault(text.encode(), []).append(position)
        self._token_index = token_index
        # Sorted so the order (and so timings) is reproducible.
        self._ascii_literals = sorted(ascii_index.items())
        # Per rule, so literals of a rule that is already a candidate are
        # not tested at all.
        by_rule: dict[int, list[bytes]] = {}
        for needle, needle_positions in self._ascii_literals:
            for position in needle_positions:
                by_rule.setdefault(position, []).append(needle)
        self._ascii_by_rule = sorted(
            (position, tuple(_minimal_literals(literals)))
            for position, literals in by_rule.items()
        )
        # A literal made only of [a-z0-9] occurs in the ad exactly when it
        # occurs inside one of the ad's ASCII words (maximal [a-z0-9] runs).
        # Which rules a word unlocks (its phrase triggers plus the rules
        # with a literal inside it) is worked out once per distinct word and
        # remembered, so an ad costs a few set operations instead of a
        # hundred substring tests. Other literals ("t.me/", "don't") are
        # still tested on the whole ad, per rule.
        word_literals: dict[bytes, set[int]] = {}
        other_by_rule: list[tuple[int, re.Pattern[bytes]]] = []
        for position, literals in self._ascii_by_rule:
            others = []
            for literal in literals:
                if _ASCII_WORD.fullmatch(literal):
                    word_literals.setdefault(literal, set()).add(position)
                else:
                    others.append(literal)
            if others:
                other_by_rule.extend(
                    (position, gated) for gated in _gated_search(others)
                )
        self._word_literals = tuple(
            (literal, frozenset(positions))
            for literal, positions in sorted(word_literals.items())
        )
        self._other_ascii_by_rule = other_by_rule
        # Words the rules' regexes need (see compiler._pattern_gate) and the
        # salary validator's country and role searches: which of them an ad
        # holds is remembered per word the same way.
        self._gate_words = tuple(
            sorted(
                {
                    word
                    for compiled in self._compiled
                    for _, gate in compiled._lower_gated
                    if gate is not None
                    for part in gate
                    for word in part[0]
                }
                | salary.prefilter_words()
            )
        )
        self._word_memo: _WordMemo = {}
        # Non-ASCII literals grouped by the script of their first letter: a
        # Thai literal is only tested when the ad contains Thai at all.
        groups: dict[int, list[tuple[bytes, list[int]]]] = {}
        for needle, needle_positions in sorted(other_index.items()):
            first = needle.decode("utf-8")[0]
            group = next(
                (i for i, script in enumerate(_SCRIPTS) if script.match(first)),
                len(_SCRIPTS),
            )
            groups.setdefault(group, []).append((needle, needle_positions))
        self._script_literals = [
            (_SCRIPTS[group] if group < len(_SCRIPTS) else None, items)
            for group, items in sorted(groups.items())
        ]
        # The same tests, cheaper: a script's literals are found with one
        # regex scan (see _LiteralFinder). The literals of no script (words
        # that start with an ASCII letter, e.g. Vietnamese "lương") are only
        # tested when the ad holds the script of one of their other letters.
        self._script_finders: list[tuple[re.Pattern[str], _LiteralFinder]] = []
        self._unscripted: list[tuple[re.Pattern[str] | None, list[_Literal]]] = []
        for script, items in self._script_literals:
            if script is not None:
                self._script_finders.append((script, _LiteralFinder(items)))
                continue
            gated: dict[int, list[_Literal]] = {}
            for literal, positions in items:
                gated.setdefault(_gate_script(literal), []).append((literal, positions))
            self._unscripted = [
                (_SCRIPTS[group] if group < len(_SCRIPTS) else None, gated[group])
                for group in sorted(gated)
            ]
        self._always = frozenset(always)
        # Every rule's phrase triggers (see CompiledRule.phrase_indices), as
        # (rule position, phrase index): by ASCII word, ASCII substring and
        # non-ASCII substring. The last are found with the literals above,
        # which cover every rule's.
        phrase_tokens: dict[bytes, list[tuple[int, int]]] = {}
        phrase_substrings: list[tuple[bytes, int, int]] = []
        phrase_foreign: dict[bytes, list[tuple[int, int]]] = {}
        for position, compiled in enumerate(self._compiled):
            for phrase, (word, part) in enumerate(compiled.phrase_triggers):
                if word is not None:
                    phrase_tokens.setdefault(word, []).append((position, phrase))
                elif part is not None and part.isascii():
                    phrase_substrings.append((part, position, phrase))
                elif part is not None:
                    phrase_foreign.setdefault(part, []).append((position, phrase))
        self._phrase_tokens = {k: tuple(v) for k, v in phrase_tokens.items()}
        self._phrase_substrings = tuple(phrase_substrings)
        self._phrase_foreign = {k: tuple(v) for k, v in phrase_foreign.items()}

    # --- public API ---------------------------------------------------------

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self._rules

    @property
    def fingerprint(self) -> str:
        """sha256 of the canonical rule definitions (examples excluded)."""
        return self._fingerprint

    def get(self, rule_id: str) -> Rule:
        return self._by_id[rule_id]

    def origin(self, rule_id: str) -> tuple[str, int]:
        """(file, line) the rule was defined at."""
        return self._origin[rule_id]

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def to_public_dicts(self) -> list[dict[str, Any]]:
        return [rule.public_dict() for rule in self._rules]

    def match(self, text: str | NormalizedText) -> list[RuleHit]:
        """Every hit of every rule (meta rules included), sorted by start.

        Offsets index the original text; a rule that fires several times
        yields several hits.
        """
        norm = text if isinstance(text, NormalizedText) else normalize(text)
        spans = self.match_spans(norm.text)
        original = norm.original
        to_original = norm.to_original
        # Meta rules repeat their components' spans: map each span once.
        mapped: dict[Span, tuple[int, int, str]] = {}
        keyed: list[tuple[int, int, str, str, float]] = []
        for rule_id, rule_spans in spans.items():
            weight = self._weights[rule_id]
            for span in rule_spans:
                where = mapped.get(span)
                if where is None:
                    orig_start, orig_end = to_original(*span)
                    where = (orig_start, orig_end, original[orig_start:orig_end])
                    mapped[span] = where
                keyed.append((where[0], where[1], rule_id, where[2], weight))
        # Sorted as tuples: hits that tie on (start, end, rule_id) have the
        # same text and weight too, so the order is the one sorting by
        # (start, end, rule_id) gives.
        keyed.sort()
        return [
            RuleHit(rule_id=rule_id, start=start, end=end, text=hit_text, weight=weight)
            for start, end, rule_id, hit_text, weight in keyed
        ]

    def match_rules(self, normalized: str) -> list[tuple[str, float]]:
        """(rule id, weight) of every rule that fires on the normalised text."""
        weights = self._weights
        return [(rule_id, weights[rule_id]) for rule_id in self.match_spans(normalized)]

    def match_spans(self, normalized: str) -> dict[str, list[Span]]:
        """Rule id -> spans in the *normalised* text (for stats and tests)."""
        ctx = MatchContext(normalized)
        candidates, phrases = self._prefilter(ctx)
        found: dict[str, list[Span]] = {}
        no_phrases: tuple[int, ...] = ()
        check = budget.check
        for position in sorted(candidates):
            check("matching rules")
            compiled = self._compiled[position]
            rule_spans = compiled.find(ctx, phrases.get(position, no_phrases))
            if rule_spans:
                found[compiled.rule.id] = rule_spans
        # Every meta rule needs at least one other rule to have fired.
        if self._meta_order and found:
            self._apply_meta(found)
        return found

    def _candidates(self, ctx: MatchContext) -> set[int]:
        """Positions of the rules that can possibly match the ad."""
        return self._prefilter(ctx)[0]

    def _prefilter(self, ctx: MatchContext) -> tuple[set[int], dict[int, list[int]]]:
        """The candidate rules, and per rule the phrases worth running (what
        ``CompiledRule.phrase_indices`` would pick, for all rules at once)."""
        # For ASCII text, case-folding is lowering, done already.
        text = ctx.text
        folded_text = (
            ctx.lowered
            if ctx.lowered is not None and text.isascii()
            else text.casefold()
        )
        folded = folded_text.encode("utf-8")
        candidates = set(self._always)
        # ASCII words of the case-folded ad. Cutting at every non-ASCII byte
        # can only add words (never lose an ASCII word bounded by
        # non-letters), so the lookup stays a sound over-approximation. The
        # words are the maximal [a-z0-9] runs (_ASCII_WORD): every other byte
        # becomes a space and split() cuts there, faster than findall.
        tokens = set(folded.translate(_WORD_BYTES).split())
        ctx.folded, ctx.tokens = folded, tokens
        memo = self._word_memo
        infos = list(map(memo.get, tokens))
        if None in infos:
            lookup = self._learn_words(tokens)
            infos = list(map(lookup.__getitem__, tokens))
        phrases: dict[int, list[int]] = {}
        if infos:
            # Transposed, and the sets passed as arguments: the loops over
            # the words run in C.
            rules, needles, triggered = zip(*infos, strict=True)
            candidates.update(*rules)
            ctx.words = set().union(*needles)
            for position, index in chain.from_iterable(triggered):
                phrases.setdefault(position, []).append(index)
        else:
            ctx.words = set()
        for position, gated in self._other_ascii_by_rule:
            if position not in candidates and gated.search(folded) is not None:
                candidates.add(position)
        for literal, position, index in self._phrase_substrings:
            if literal in folded:
                phrases.setdefault(position, []).append(index)
        # Most ads are plain ASCII: Thai, Khmer or Chinese literals cannot
        # occur in them, so their checks are skipped.
        if not folded.isascii():
            # Scripts are looked for among the non-ASCII characters only (no
            # script here has ASCII letters): an ad with an emoji or two is
            # then not scanned five times.
            foreign = "".join(_NON_ASCII_RUN.findall(text))
            # Every non-ASCII literal of the rules that occurs in the ad.
            present: set[bytes] = set()
            for script, finder in self._script_finders:
                if script.search(foreign) is not None:
                    finder.add_found(folded_text, candidates, present)
            if self._unscripted:
                # A literal's non-ASCII letter can only come from a
                # non-ASCII letter of the ad (ASCII case-folds to ASCII).
                foreign_folded = foreign.casefold()
                for gate, items in self._unscripted:
                    if gate is not None and gate.search(foreign_folded) is None:
                        continue
                    for literal, positions in items:
                        if literal in folded:
                            candidates.update(positions)
                            present.add(literal)
            phrase_foreign = self._phrase_foreign
            for literal in phrase_foreign.keys() & present:
                for position, index in phrase_foreign[literal]:
                    phrases.setdefault(position, []).append(index)
        return candidates, phrases

    def _learn_words(self, tokens: set[bytes]) -> Mapping[bytes, _WordInfo]:
        """Remember what each of ``tokens`` tells; the memo used, which
        holds them all.

        A full memo is replaced, not cleared, and words are only ever added,
        so a concurrent caller holding an older memo still finds every word
        it was told is known.
        """
        memo = self._word_memo
        new = {token for token in tokens if token not in memo}
        if len(memo) + len(new) > _WORD_MEMO_SIZE:
            memo = {}
            self._word_memo = memo
            new = tokens
        # Long words are told about, not remembered: a throwaway layer.
        transient: _WordMemo = {}
        joined = b" ".join(new)
        present = [
            (literal, positions)
            for literal, positions in self._word_literals
            if literal in joined
        ]
        needles = [word for word in self._gate_words if word in joined]
        token_index = self._token_index
        phrase_tokens = self._phrase_tokens
        for token in new:
            rules = set(token_index.get(token, ()))
            for literal, positions in present:
                if literal in token:
                    rules.update(positions)
            inside = frozenset(word for word in needles if word in token)
            triggered = phrase_tokens.get(token, ())
            target = transient if len(token) > _WORD_MEMO_MAX_LEN else memo
            target[token] = (
                (frozenset(rules), inside, triggered)
                if rules or inside or triggered
                else _NOTHING
            )
        return ChainMap(transient, memo) if transient else memo

    def fired(self, text: str | NormalizedText) -> set[str]:
        """Ids of the rules that fire on ``text``."""
        norm = text if isinstance(text, NormalizedText) else normalize(text)
        return set(self.match_spans(norm.text))

    def _apply_meta(self, found: dict[str, list[Span]]) -> None:
        category_of = self._category_of
        by_category: dict[str, list[str]] = {}
        for rule_id in found:
            by_category.setdefault(category_of[rule_id], []).append(rule_id)
        for meta_id, meta_category, requires, min_of in self._meta_plan:
            components: list[str] = []
            for ref in requires:
                got = _satisfied(ref, found, by_category)
                if not got:
                    break
                components.extend(got)
            else:
                if min_of is not None:
                    count, refs = min_of
                    fired = [
                        got
                        for ref in refs
                        if (got := _satisfied(ref, found, by_category))
                    ]
                    if len(fired) < count:
                        continue
                    for got in fired:
                        components.extend(got)
                spans: list[Span] = []
                for component in dict.fromkeys(components):
                    first = found[component][0]
                    if first not in spans:
                        spans.append(first)
                found[meta_id] = sorted(spans)
                # Kept up to date as rules fire: a meta rule may build on
                # another (same order as grouping ``found`` afresh).
                by_category.setdefault(meta_category, []).append(meta_id)

    def self_check(self) -> list[str]:
        """Problems with rules' own examples (positives that do not fire,
        negatives that do); empty when every rule behaves as documented."""
        problems: list[str] = []
        for rule in self._rules:
            for example in rule.examples.positive:
                if rule.id not in self.fired(example):
                    problems.append(f"{rule.id}: does not fire on {example!r}")
            for example in rule.examples.negative:
                if rule.id in self.fired(example):
                    problems.append(f"{rule.id}: fires on negative {example!r}")
        return problems


# A meta rule's reference, parsed once: (is a category, rule id or category).
_Ref = tuple[bool, str]


def _parse_ref(ref: str) -> _Ref:
    if ref.startswith(CATEGORY_PREFIX):
        return True, ref[len(CATEGORY_PREFIX) :]
    return False, ref


def _satisfied(
    ref: _Ref, found: dict[str, list[Span]], by_category: dict[str, list[str]]
) -> list[str] | None:
    """Rule ids that make a meta reference true (None or empty when none)."""
    is_category, name = ref
    if is_category:
        return by_category.get(name)
    return [name] if name in found else None


_Literal = tuple[bytes, list[int]]
# Not "[^\x00-\x7f]+": a leading class, not a repeat, lets re skip ASCII.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")
# Maps every byte outside [a-z0-9] to a space (see _prefilter).
_WORD_BYTES = bytes(
    byte if _ASCII_WORD.fullmatch(bytes([byte])) else 0x20 for byte in range(256)
)


def _gate_script(literal: bytes) -> int:
    """Index in _SCRIPTS of a script one of the literal's non-ASCII letters
    belongs to, or len(_SCRIPTS) when none does."""
    for char in literal.decode("utf-8"):
        if not char.isascii():
            for index, script in enumerate(_SCRIPTS):
                if script.match(char):
                    return index
    return len(_SCRIPTS)


class _LiteralFinder:
    """Rules whose literals (UTF-8, none starting with an ASCII character)
    occur in a text, found with one regex scan instead of a substring test
    per literal.

    The scan stops only at possible first characters, and there a lookahead
    reports the longest literal starting at that position; every literal
    that is a prefix of it starts there too, so each literal is mapped to
    the rules of all its prefixes. The match consumes one character, so
    literals that overlap are all seen.
    """

    __slots__ = ("positions", "prefixes", "regex")

    def __init__(self, items: list[_Literal]) -> None:
        literals = {needle.decode("utf-8"): set(found) for needle, found in items}
        self.positions = {
            literal: frozenset(
                position
                for other, found in literals.items()
                if literal.startswith(other)
                for position in found
            )
            for literal in literals
        }
        self.prefixes = {
            literal: frozenset(
                other.encode("utf-8") for other in literals if literal.startswith(other)
            )
            for literal in literals
        }
        root: dict[str, Any] = {}
        for literal in literals:
            node = root
            for char in literal:
                node = node.setdefault(char, {})
            node[""] = {}  # end of a literal: tried after longer ones
        first = "".join(re.escape(char) for char in sorted(root))
        self.regex = re.compile(f"(?s)[{first}](?<=(?=({_literal_trie(root)})).)")

    def add_found(
        self, text: str, candidates: set[int], present: set[bytes] | None = None
    ) -> None:
        """Add the rules whose literals occur in ``text`` to ``candidates``,
        and the literals themselves (UTF-8) to ``present``."""
        positions = self.positions
        found = set(self.regex.findall(text))
        for literal in found:
            candidates.update(positions[literal])
        if present is not None:
            present.update(*map(self.prefixes.__getitem__, found))


def _literal_trie(node: dict[str, Any]) -> str:
    alternatives = [
        re.escape(char) + _literal_trie(child) for char, child in node.items() if char
    ]
    if "" in node:
        alternatives.append("")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


# Bytes that rarely occur in ads come first: a literal is looked for at its
# rarest punctuation byte.
_GATE_ORDER = b"/@:'_-."


def _gate_rank(byte: bytes) -> int:
    rank = _GATE_ORDER.find(byte)
    return rank if rank >= 0 else len(_GATE_ORDER)


def _gated_search(literals: Iterable[bytes]) -> list[re.Pattern[bytes]]:
    r"""Regexes that together find any of ``literals`` (each with a byte
    outside [a-z0-9]) by jumping between occurrences of that byte, the
    "gate": ``b"s.id/"`` becomes ``/(?<=s\.id/)``, so the engine scans for
    "/" instead of trying every position. One regex per gate byte, its
    literals behind it (``/(?:(?<=s\.id/)|(?<=t\.me/))``): a regex that
    starts with one fixed byte is searched for like a string, while one
    that may start with either of two is tried byte by byte."""
    by_gate: dict[bytes, list[bytes]] = {}
    for literal in sorted(set(literals)):
        gates = [i for i in range(len(literal)) if not _ASCII_WORD.match(literal, i)]
        at = min(gates, key=lambda i: _gate_rank(literal[i : i + 1]))
        by_gate.setdefault(literal[at : at + 1], []).append(
            b"(?<=" + re.escape(literal[: at + 1]) + b")" + re.escape(literal[at + 1 :])
        )
    return [
        re.compile(re.escape(gate) + b"(?:" + b"|".join(pieces) + b")")
        for gate, pieces in sorted(
            by_gate.items(), key=lambda item: _gate_rank(item[0])
        )
    ]


def _minimal_literals(literals: list[bytes]) -> list[bytes]:
    """Drop literals that contain another literal of the same rule: if
    "passports" occurs, so does "passport", so testing the latter suffices.
    Shortest first, so the cheapest tests run first."""
    kept: list[bytes] = []
    for literal in sorted(set(literals), key=lambda item: (len(item), item)):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return kept


def _category_key(category: str) -> tuple[int, str]:
    if category in KNOWN_CATEGORIES:
        return (KNOWN_CATEGORIES.index(category), category)
    return (len(KNOWN_CATEGORIES), category)


def format_rules_listing(registry: RuleRegistry, lang: str = "en") -> str:
    """Human-readable listing for ``waspada rules`` (``lang``: en or id)."""
    if lang not in ("en", "id"):
        raise ValueError("lang must be 'en' or 'id'")
    heading = {
        "en": "{n} rules (fingerprint {fp})",
        "id": "{n} aturan (sidik {fp})",
    }[lang]
    lines = [heading.format(n=len(registry), fp=registry.fingerprint[:12])]
    by_category: dict[str, list[Rule]] = {}
    for rule in registry.rules:
        by_category.setdefault(rule.category, []).append(rule)
    for category in sorted(by_category, key=_category_key):
        lines.append("")
        lines.append(f"[{category}]")
        for rule in by_category[category]:
            title = rule.title.en if lang == "en" else rule.title.id
            message = rule.message.en if lang == "en" else rule.message.id
            langs = ",".join(rule.languages)
            lines.append(f"  {rule.id:<38} {rule.weight:.2f}  {title}  [{langs}]")
            lines.append(f"      {message}")
    return "\n".join(lines) + "\n"
