"""Meta rules: rules that fire when other rules or categories fire.

A meta rule (``requires`` / ``min_of``) has no span of its own; its evidence
is the **first hit of each component rule that made it fire**, one span per
component under the meta rule's id (see registry.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from model.rules.base import CATEGORY_PREFIX, Rule, RuleDefinitionError

Span = tuple[int, int]
# A meta rule's reference, parsed once: (is a category, rule id or category).
_Ref = tuple[bool, str]
# Per meta rule, in dependency order: id, category, parsed ``requires`` and
# ``min_of`` as (count, parsed rules).
_Step = tuple[str, str, tuple[_Ref, ...], tuple[int, tuple[_Ref, ...]] | None]


class MetaRules:
    """The meta rules of a registry, ordered so each runs after the meta
    rules it builds on; :meth:`apply` adds the ones that fire."""

    def __init__(
        self, rules: Sequence[Rule], origin: Mapping[str, tuple[str, int]]
    ) -> None:
        """``origin``: (file, line) by rule id, for errors. Raises
        RuleDefinitionError when meta rules refer to each other in a cycle."""
        self._category_of = {rule.id: rule.category for rule in rules}
        self.plan: list[_Step] = [
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
            for rule in _dependency_order(rules, origin)
        ]

    def apply(self, found: dict[str, list[Span]]) -> None:
        """Add to ``found`` (rule id -> spans) every meta rule that fires."""
        category_of = self._category_of
        by_category: dict[str, list[str]] = {}
        for rule_id in found:
            by_category.setdefault(category_of[rule_id], []).append(rule_id)
        for meta_id, meta_category, requires, min_of in self.plan:
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


def _dependency_order(
    rules: Sequence[Rule], origin: Mapping[str, tuple[str, int]]
) -> list[Rule]:
    """Meta rules in dependency order; a cycle is a rule-file error."""
    metas = [rule for rule in rules if rule.is_meta]
    by_id = {rule.id: rule for rule in rules}
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
            path, line = origin[rule.id]
            raise RuleDefinitionError(
                f"{path}:{line}: rule {rule.id!r}: meta rules refer to each "
                "other in a cycle",
                path=path,
                line=line,
                field="requires",
            )
        visiting.add(rule.id)
        for dep in deps(rule):
            visit(by_id[dep])
        visiting.discard(rule.id)
        done.add(rule.id)
        ordered.append(rule)

    for rule in metas:
        visit(rule)
    return ordered


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
