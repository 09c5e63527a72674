"""A static check that a rule's regular expression cannot backtrack
catastrophically.

A backtracking engine (CPython's ``re``, and ``regex``) takes exponential
time on patterns such as ``(a+)+$`` or ``(a|a)*$`` when the input almost
matches: the engine tries every way of splitting the input between the
nested quantifiers or the equal alternatives. Every rule pattern (built-in
and user YAML, including negations) is checked when a registry is built, and
a pattern that has either shape is refused with an error naming the file,
the rule and the pattern:

* **nested quantifier**: a repeated group (``*``, ``+``, ``{n,m}`` with
  m > 1) that contains a variable repeat (``+``, ``*``, ``{1,3}``) and is not
  *delimited*. ``(?:\\w+\\s){0,4}`` and ``(?:[.,]\\d+)*`` are delimited:
  the inner repeat's characters cannot also be the character that follows it
  (``\\w`` vs ``\\s``) or that starts the group (``[.,]`` vs ``\\d``), so
  there is exactly one way to split the input and the scan stays linear.
  A fixed count inside (``(?:[.,]\\d{3})*``) is no choice at all and is
  allowed.
* **ambiguous alternation under a quantifier**: a repeated group with two
  alternatives that can start with the same character (``(?:a|ab)*``,
  ``(?:\\w|\\d)+``).

The check is conservative (it may refuse a pattern that is actually safe;
rewrite it, e.g. with a bound like ``\\w{0,20}`` or a delimiter) and not
complete: a pattern can still be *quadratic* (a match attempt at each of n
positions that scans ahead n characters), which no check of this kind sees.
That is why user rules also run with a time limit (``regex``'s ``timeout``)
and every ad has a time budget (``model.budget``); built-in patterns are
additionally fuzzed with adversarial input by the test suite and
``bench/bench_rules_adversarial.py``.

Character sets are compared on a probe alphabet (ASCII, Latin-1, Latin
Extended and one letter of each Southeast Asian script the rules use), which
is enough to tell ``\\w`` from ``\\s`` or ``\\d`` from ``[.,]``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from model.rules.literals import required_substring_sets

_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_SINGLE_CHAR = ("LITERAL", "NOT_LITERAL", "IN", "ANY")
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_PROBE = "".join(chr(code) for code in range(0x250)) + (
    "\u0e01\u0e32\u1780\u17b6\u4e00\u3000\u2028\u1ea1\uff10\u0660"
)
_ALL = frozenset(_PROBE)


class UnsafePatternError(ValueError):
    """A pattern has a shape that can backtrack exponentially."""


def _name(op: Any) -> str:
    return str(op)


def _char_set(op: Any, av: Any, state: Any) -> frozenset[str]:
    """Characters of the probe alphabet a single-character node matches."""
    name = _name(op)
    if name == "LITERAL":
        return frozenset(chr(av))
    if name == "ANY":
        return _ALL
    sub = _parser.SubPattern(state, [(op, av)])
    try:
        compiled = _compiler.compile(sub, 0)
    except Exception:  # private API changed: assume it overlaps everything
        return _ALL
    return frozenset(char for char in _PROBE if compiled.fullmatch(char))


def _first_chars(items: list[Any], state: Any) -> frozenset[str]:
    """Characters a match of the sequence may start with (over-approximated:
    everything when it cannot tell)."""
    for op, av in items:
        name = _name(op)
        if name in _ZERO_WIDTH:
            continue
        if name in _SINGLE_CHAR:
            return _char_set(op, av, state)
        if name == "SUBPATTERN":
            return _first_chars(list(av[-1]), state)
        if name == "ATOMIC_GROUP":
            return _first_chars(list(av), state)
        if name == "BRANCH":
            out: frozenset[str] = frozenset()
            for branch in av[1]:
                out |= _first_chars(list(branch), state)
            return out
        if name in _REPEATS and av[0] >= 1:
            return _first_chars(list(av[2]), state)
        return _ALL
    return _ALL


def _single(items: Iterable[Any]) -> tuple[Any, Any] | None:
    """The node of a body that is one single-character node, else None."""
    listed = list(items)
    if len(listed) == 1 and _name(listed[0][0]) in _SINGLE_CHAR:
        return listed[0][0], listed[0][1]
    return None


def _flatten(items: Iterable[Any]) -> list[Any]:
    """The sequence with non-capturing-like groups inlined."""
    out: list[Any] = []
    for op, av in items:
        if (
            _name(op) == "SUBPATTERN"
            and len(list(av[-1]))
            and (not any(_name(o) == "BRANCH" for o, _ in av[-1]))
        ):
            out.extend(_flatten(av[-1]))
        else:
            out.append((op, av))
    return out


def _variable(av: Any) -> bool:
    low, high = av[0], av[1]
    return bool(low != high and high > 1)


def _contains_variable_repeat(items: Iterable[Any]) -> bool:
    for op, av in items:
        name = _name(op)
        if name in _REPEATS and (_variable(av) or _contains_variable_repeat(av[2])):
            return True
        if name == "SUBPATTERN" and _contains_variable_repeat(av[-1]):
            return True
        if name == "ATOMIC_GROUP" and _contains_variable_repeat(av):
            return True
        if name == "BRANCH" and any(_contains_variable_repeat(b) for b in av[1]):
            return True
    return False


def _lead(node: tuple[Any, Any], state: Any) -> frozenset[str] | None:
    """The characters a mandatory one-character node (or a repeat of one
    with at least one iteration) matches first; None for anything else."""
    op, av = node
    if _name(op) in _SINGLE_CHAR:
        return _char_set(op, av, state)
    if _name(op) in _REPEATS and av[0] >= 1:
        inner = _single(av[2])
        if inner is not None:
            return _char_set(inner[0], inner[1], state)
    return None


def _delimited(body: list[Any], state: Any) -> bool:
    """Whether every variable repeat in ``body`` is a one-character repeat
    whose characters differ from the mandatory character after it (or, for
    the last item, the one the body starts with)."""
    for index, (op, av) in enumerate(body):
        name = _name(op)
        if name in _ZERO_WIDTH:
            continue
        if name in _REPEATS:
            if not _variable(av):
                if _contains_variable_repeat(av[2]):
                    return False
                continue
            inner = _single(av[2])
            if inner is None:
                return False
            chars = _char_set(inner[0], inner[1], state)
            after = [item for item in body[index + 1 :] if _name(item[0]) != "AT"]
            if after:
                follow = _lead(after[0], state)
            elif index == 0:
                return False
            else:
                follow = _lead(body[0], state)
            if follow is None or chars & follow:
                return False
        elif name in (
            "SUBPATTERN",
            "ATOMIC_GROUP",
            "BRANCH",
        ) and _contains_variable_repeat([(op, av)]):
            return False
    return True


def _ambiguous_branch(body: list[Any], state: Any) -> bool:
    for op, av in body:
        name = _name(op)
        if name == "BRANCH":
            seen: frozenset[str] = frozenset()
            for branch in av[1]:
                first = _first_chars(list(branch), state)
                if first & seen:
                    return True
                seen |= first
        elif name == "SUBPATTERN" and _ambiguous_branch(list(av[-1]), state):
            return True
    return False


def _walk(items: Iterable[Any], state: Any, problems: list[str]) -> None:
    for op, av in items:
        name = _name(op)
        if name in _REPEATS:
            _low, high, body = av
            flat = _flatten(body)
            if high > 1:
                if not _delimited(flat, state):
                    problems.append(
                        "nested quantifier (a repeated group that contains a "
                        "variable repeat, like (a+)+)"
                    )
                elif _ambiguous_branch(flat, state):
                    problems.append(
                        "alternatives that can start with the same character "
                        "inside a repeated group (like (a|ab)*)"
                    )
            _walk(body, state, problems)
        elif name == "SUBPATTERN":
            _walk(av[-1], state, problems)
        elif name == "ATOMIC_GROUP":
            _walk(av, state, problems)
        elif name == "BRANCH":
            for branch in av[1]:
                _walk(branch, state, problems)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _walk(av[1], state, problems)


@lru_cache(maxsize=4096)
def pattern_problems(pattern: str) -> tuple[str, ...]:
    """What makes ``pattern`` prone to catastrophic backtracking (empty when
    nothing was found). An unparsable pattern is reported elsewhere."""
    try:
        parsed = _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return ()
    problems: list[str] = []
    _walk(list(parsed), parsed.state, problems)
    return tuple(dict.fromkeys(problems))


def check_pattern(pattern: str) -> None:
    """Raise :class:`UnsafePatternError` if ``pattern`` is unsafe."""
    problems = pattern_problems(pattern)
    if problems:
        raise UnsafePatternError(
            "; ".join(problems)
            + ": it can take exponential time on some input. Bound the inner "
            "repeat (\\w{0,20}), add a delimiter ((?:\\w+\\s)*), or split "
            "the alternatives."
        )


# Pieces of hostile input that made patterns slow before (digit groups next
# to "like", unclosed HTML comments and scripts, long words, separators).
HOSTILE_FRAGMENTS: tuple[str, ...] = (
    "1",
    "1,000",
    ",000",
    ".000",
    "1.",
    " like ",
    "like",
    "/",
    " per ",
    "k",
    "rb",
    "<!--",
    "-->",
    "<script>",
    "<style a>",
    "<a ",
    "&amp;",
    " ",
    "\n",
    "-",
    ".",
    "x" * 40,
    "+62",
    "@",
)
_WORDY = re.compile(r"[^\W\d_]{2,}")


def adversarial_fragments(expression: str) -> list[str]:
    """Strings to repeat and combine against ``expression``: the literals
    every match needs (so prefilters let the input through), the words in
    the pattern, and :data:`HOSTILE_FRAGMENTS`."""
    found: set[str] = set(HOSTILE_FRAGMENTS)
    for needed in required_substring_sets(expression):
        found.update(needed)
    found.update(_WORDY.findall(expression.replace("\\s", " ").replace("\\w", " ")))
    return sorted(found)
