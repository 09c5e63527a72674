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
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from model import budget
from model.preprocess import NormalizedText, normalize
from model.rules.base import (
    CATEGORY_PREFIX,
    KNOWN_CATEGORIES,
    Rule,
    RuleDefinitionError,
)
from model.rules.compiler import CompiledRule, compile_rule
from model.rules.loader import load_rule_file, load_rule_text
from model.rules.meta import MetaRules
from model.rules.prefilter import Prefilter
from model.rules.validators import MatchContext
from model.verdict import RuleHit

RULES_DIR_ENV = "WASPADA_RULES_DIR"
_RULE_SUFFIXES = (".yaml", ".yml")

Span = tuple[int, int]


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


def _origins(sources: Sequence[tuple[Rule, str, int]]) -> dict[str, tuple[str, int]]:
    """(file, line) by rule id; a duplicate id is a rule-file error."""
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
    return by_id


def _check_references(
    rules: Sequence[Rule], origin: Mapping[str, tuple[str, int]]
) -> None:
    """Every rule or category a meta rule refers to exists."""
    ids = {rule.id for rule in rules}
    categories = {rule.category for rule in rules}
    for rule in rules:
        for ref in rule.references:
            known = (
                ref[len(CATEGORY_PREFIX) :] in categories
                if ref.startswith(CATEGORY_PREFIX)
                else ref in ids
            )
            if not known:
                path, line = origin[rule.id]
                raise RuleDefinitionError(
                    f"{path}:{line}: rule {rule.id!r}: meta rule refers to "
                    f"unknown rule or category {ref!r}",
                    path=path,
                    line=line,
                    field="requires" if ref in rule.requires else "min_of.rules",
                )


def _compile_rules(
    rules: Sequence[Rule], origin: Mapping[str, tuple[str, int]]
) -> list[CompiledRule]:
    """The pattern rules, compiled, in order (meta rules have no patterns)."""
    compiled: list[CompiledRule] = []
    # Built-in patterns are reviewed and fuzzed (plain ``re``); any other
    # rule's regexes run with a timeout (see compiler.GuardedPattern).
    builtin = {id(rule) for rule, _, _ in _builtin_rules()}
    for rule in rules:
        if rule.is_meta:
            continue
        try:
            compiled.append(compile_rule(rule, trusted=id(rule) in builtin))
        except Exception as exc:  # re.error on the joined alternation
            path, line = origin[rule.id]
            raise RuleDefinitionError(
                f"{path}:{line}: rule {rule.id!r}, field 'patterns': "
                f"patterns do not combine into one regex: {exc}",
                path=path,
                line=line,
                field="patterns",
            ) from exc
    return compiled


class RuleRegistry:
    """An ordered, validated, compiled set of rules."""

    def __init__(self, sources: Sequence[tuple[Rule, str, int]]) -> None:
        """Build from ``(rule, file, line)``; checks ids and references.

        Prefer :meth:`default` or :meth:`from_paths`.
        """
        self._origin = _origins(sources)
        self._rules: tuple[Rule, ...] = tuple(rule for rule, _, _ in sources)
        self._by_id = {rule.id: rule for rule in self._rules}
        self._weights = {rule.id: rule.weight for rule in self._rules}
        _check_references(self._rules, self._origin)
        self._compiled = _compile_rules(self._rules, self._origin)
        self._meta = MetaRules(self._rules, self._origin)
        self._prefilter = Prefilter(self._compiled)
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
        candidates, phrases = self._prefilter.select(ctx)
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
        if self._meta.plan and found:
            self._meta.apply(found)
        return found

    def _candidates(self, ctx: MatchContext) -> set[int]:
        """Positions of the rules that can possibly match the ad."""
        return self._prefilter.select(ctx)[0]

    def fired(self, text: str | NormalizedText) -> set[str]:
        """Ids of the rules that fire on ``text``."""
        norm = text if isinstance(text, NormalizedText) else normalize(text)
        return set(self.match_spans(norm.text))

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
