"""Adversarial input for rule patterns: what the property test
(``tests/model/rules/test_rules_adversarial.py``) and the benchmark
(``bench/bench_rules_adversarial.py``) repeat and combine into hostile ads.
"""

from __future__ import annotations

import re

from model.rules.compiler import required_substring_sets

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
