"""Strings every match of a regular expression must contain.

Rules are prefiltered on these literals (a rule whose literals are absent
from an ad never runs its regex), the salary parser gates its searches on
them and the safety check builds adversarial inputs from them. Pure regex
analysis: this module imports nothing else of the rules package.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

# The regex parser is private in CPython (re._parser since 3.11, sre_parse
# before). It is only used to derive prefilter literals; if it ever changes
# shape, rules fall back to always running (see _safe_literals).
_parser: Any = importlib.import_module("re._parser")

_MAX_SET = 64  # cap on literal alternatives tracked per rule
_MIN_LITERAL = 2  # shorter literals filter too little to be worth a check


def _name(op: Any) -> str:
    return str(op)


def _exact_seq(items: Iterable[Any]) -> set[str] | None:
    """All strings a sequence can match, if finite and small; else None."""
    acc = {""}
    for op, av in items:
        node = _exact_node(op, av)
        if node is None:
            return None
        acc = {a + b for a in acc for b in node}
        if len(acc) > _MAX_SET:
            return None
    return acc


def _exact_node(op: Any, av: Any) -> set[str] | None:
    name = _name(op)
    if name == "LITERAL":
        return {chr(av)}
    if name == "IN":
        return _exact_class(av)
    if name == "SUBPATTERN":
        return _exact_seq(av[-1])
    if name == "ATOMIC_GROUP":
        return _exact_seq(av)
    if name == "BRANCH":
        return _exact_branch(av[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _exact_repeat(*av)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}  # zero-width: consumes nothing
    return None


def _exact_class(items: Iterable[Any]) -> set[str] | None:
    """The characters of a small class of literals and short ranges."""
    chars: set[str] = set()
    for item_op, item_av in items:
        item = _name(item_op)
        if item == "LITERAL":
            chars.add(chr(item_av))
        elif item == "RANGE" and item_av[1] - item_av[0] < 16:
            chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
        else:
            return None
    return chars or None


def _exact_branch(branches: Iterable[Any]) -> set[str] | None:
    out: set[str] = set()
    for branch in branches:
        sub = _exact_seq(branch)
        if sub is None:
            return None
        out |= sub
        if len(out) > _MAX_SET:
            return None
    return out


def _exact_repeat(low: int, high: int, sub_items: Any) -> set[str] | None:
    if high > 3:
        return None
    sub = _exact_seq(sub_items)
    if sub is None:
        return None
    out: set[str] = set()
    power = {""}
    for count in range(high + 1):
        if count >= low:
            out |= power
        power = {a + b for a in power for b in sub}
        if len(out) > _MAX_SET or len(power) > _MAX_SET:
            return None
    return out


def literal_set_score(candidate: set[str] | frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in candidate), -len(candidate))


def _required_seq(
    items: Iterable[Any], every: list[set[str]] | None = None
) -> set[str] | None:
    """Strings one of which every match of the sequence contains, or None.

    Of several such sets (one per part of the sequence) the most selective is
    returned; ``every``, when given, receives all of them.
    """
    candidates: list[set[str]] = []
    run = {""}

    def flush() -> None:
        if run != {""} and "" not in run:
            candidates.append(run)

    for op, av in items:
        node = _exact_node(op, av)
        if node is not None:
            joined = {a + b for a in run for b in node}
            if len(joined) > _MAX_SET:
                flush()
                run = node
            else:
                run = joined
            continue
        flush()
        run = {""}
        required = _required_node(op, av)
        if required is not None:
            candidates.append(required)
    flush()
    usable = [c for c in candidates if c and "" not in c]
    if every is not None:
        every.extend(usable)
    if not usable:
        return None
    return max(usable, key=literal_set_score)


def _required_node(op: Any, av: Any) -> set[str] | None:
    name = _name(op)
    if name == "SUBPATTERN":
        return _required_seq(av[-1])
    if name == "ATOMIC_GROUP":
        return _required_seq(av)
    if name == "BRANCH":
        out: set[str] = set()
        for branch in av[1]:
            sub = _required_seq(branch)
            if sub is None:
                return None
            out |= sub
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
        return _required_seq(av[2])
    return None


def required_substrings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, exactly as
    written in the pattern (not case-folded: for case-sensitive matching).

    ``None`` when no useful set can be proven (see :func:`required_literals`).
    """
    try:
        found = _required_seq(list(_parser.parse(pattern)))
    except Exception:  # private API changed shape: just never prefilter
        return None
    if not found or min(len(s) for s in found) < _MIN_LITERAL:
        return None
    return frozenset(found)


def required_substring_sets(pattern: str) -> list[frozenset[str]]:
    r"""Sets of strings, as written in ``pattern``, such that every match
    contains a string of each set (one set per required part of the
    pattern, e.g. the two word lists of ``(?:visa|izin)\s(?:kerja|work)``).
    Empty when nothing can be proven."""
    every: list[set[str]] = []
    try:
        _required_seq(list(_parser.parse(pattern)), every)
    except Exception:  # private API changed shape: just never prefilter
        return []
    return [
        frozenset(found)
        for found in every
        if min(len(item) for item in found) >= _MIN_LITERAL
    ]


def required_literals(pattern: str) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` contains.

    ``None`` means no useful set could be proven and the pattern must always
    run. Sound for case-insensitive matching because the ad is case-folded
    too before the substring test.
    """
    try:
        parsed = _parser.parse(pattern)
        found = _required_seq(list(parsed))
    except Exception:  # private API changed shape: just never prefilter
        return None
    if not found:
        return None
    folded = {s.casefold() for s in found}
    if min(len(s) for s in folded) < _MIN_LITERAL:
        return None
    return frozenset(folded)
