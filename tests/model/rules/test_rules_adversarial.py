"""Property test: every built-in rule finishes on adversarial input.

Hypothesis builds ads from repetitions of each rule's own fragments (the
literals its pattern needs, its words) and of known hostile pieces (digit
groups, "like", "<!--", "<script>", long words), up to the batch limit of
100,000 characters, and runs every regex of the rule on them, bypassing the
prefilters. The test asserts only that matching completes and returns valid
spans; ``pytest-timeout`` is the guard against a hang. The time per
character is measured in ``bench/bench_rules_adversarial.py``, not here.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.preprocess import normalize
from model.rules.compiler import CompiledRule
from model.rules.registry import RuleRegistry
from model.rules.safety import adversarial_fragments

AD_LIMIT = 100_000
_REGISTRY = RuleRegistry.from_paths([], include_builtin=True)
_COMPILED: dict[str, CompiledRule] = {c.rule.id: c for c in _REGISTRY._compiled}


def _fragments(compiled: CompiledRule) -> list[str]:
    found: set[str] = set()
    for regex in (*compiled.lower_regexes, *compiled.regexes):
        found.update(adversarial_fragments(regex.pattern))
    for phrase in compiled.rule.phrases[:10]:
        found.update(phrase.split()[:2])
    if not found:
        found.update(adversarial_fragments("x"))
    return sorted(found)


def _ads(fragments: list[str]) -> st.SearchStrategy[str]:
    piece = st.tuples(
        st.lists(st.sampled_from(fragments), min_size=1, max_size=3).map("".join),
        # Few repetitions, or enough to reach the limit: long runs are where
        # backtracking shows.
        st.one_of(st.integers(min_value=1, max_value=50), st.just(AD_LIMIT)),
    ).map(lambda pair: pair[0] * pair[1])
    return st.lists(piece, min_size=1, max_size=3).map(
        lambda parts: "".join(parts)[:AD_LIMIT]
    )


def _run_every_regex(compiled: CompiledRule, text: str) -> int:
    lowered = text.lower()
    count = 0
    for regex in compiled.lower_regexes:
        for match in regex.finditer(lowered):
            assert 0 <= match.start() <= match.end() <= len(lowered)
            count += 1
    for regex in compiled.regexes:
        for match in regex.finditer(text):
            assert 0 <= match.start() <= match.end() <= len(text)
            count += 1
    for finder in compiled.finders:
        count += len(finder(lowered))
    window = text[-200:]
    for negation in (compiled.negation, compiled.negation_after):
        if negation is not None:
            negation.search(window)
    return count


@pytest.mark.timeout(900, method="thread")
@pytest.mark.parametrize("rule_id", sorted(_COMPILED))
def test_every_builtin_rule_finishes_on_adversarial_ads(rule_id: str) -> None:
    compiled = _COMPILED[rule_id]

    @settings(
        max_examples=8,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(_ads(_fragments(compiled)))
    def check(text: str) -> None:
        assert len(text) <= AD_LIMIT
        assert _run_every_regex(compiled, text) >= 0

    check()


@pytest.mark.timeout(900, method="thread")
@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(_ads(adversarial_fragments("x")))
def test_normalisation_and_all_rules_finish_on_hostile_markup(text: str) -> None:
    norm = normalize(text)
    for hit in _REGISTRY.match(norm):
        assert text[hit.start : hit.end] == hit.text
