"""Time per character of every built-in rule and of normalisation on
adversarial ads (the figures ``tests/model/rules/test_rules_adversarial.py``
does not assert).

Run: ``.venv/bin/python bench/bench_rules_adversarial.py [--size 100000]``

For each built-in pattern rule, each of its adversarial fragments
(``model.rules.safety.adversarial_fragments``: the literals it needs, its
words, digit groups, "like", "<!--", long words ...) is repeated up to
``--size`` characters and every regex of the rule is run on it (prefilters
bypassed). The worst fragment per rule is then timed at a tenth of the size
too: a linear pattern takes about ten times longer on ten times the input
(growth ~1.0); a quadratic one about a hundred (growth ~10). The same is done
for ``normalize`` + ``RuleRegistry.match`` (the whole per-ad rule path).
Times are CPU seconds of this process (one thread), comparable between runs
on a shared machine.

Target: every rule and the whole path linear (growth < 2) and under
1 µs per character for a single rule at the ad limit.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Callable

from model.preprocess import normalize
from model.rules.compiler import CompiledRule
from model.rules.registry import RuleRegistry
from model.rules.safety import HOSTILE_FRAGMENTS, adversarial_fragments


def _cpu(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def _fill(fragment: str, size: int) -> str:
    return (fragment * (size // len(fragment) + 1))[:size]


def _rule_runner(compiled: CompiledRule, text: str) -> Callable[[], object]:
    lowered = text.lower()

    def run() -> object:
        count = 0
        for regex in compiled.lower_regexes:
            count += sum(1 for _ in regex.finditer(lowered))
        for regex in compiled.regexes:
            count += sum(1 for _ in regex.finditer(text))
        for finder in compiled.finders:
            count += len(finder(lowered))
        return count

    return run


def _fragments(compiled: CompiledRule) -> list[str]:
    found: set[str] = set(HOSTILE_FRAGMENTS)
    for regex in (*compiled.lower_regexes, *compiled.regexes):
        found.update(adversarial_fragments(regex.pattern))
    for phrase in compiled.rule.phrases[:10]:
        found.update(phrase.split()[:2])
    singles = sorted(found)
    pairs = [a + " " + b for a, b in itertools.pairwise(singles)]
    return singles + pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args(argv)
    size, small = args.size, args.size // 10
    registry = RuleRegistry.from_paths([], include_builtin=True)
    rows = []
    for compiled in registry._compiled:
        worst = max(
            _fragments(compiled),
            key=lambda frag: _cpu(_rule_runner(compiled, _fill(frag, size))),
        )
        big = _cpu(_rule_runner(compiled, _fill(worst, size)))
        little = _cpu(_rule_runner(compiled, _fill(worst, small)))
        rows.append((compiled.rule.id, worst, big, big / max(little, 1e-6) / 10))

    path_rows = []
    for fragment in sorted(set(HOSTILE_FRAGMENTS) | {"1,000 like ", "chang", "<!--x"}):

        def whole(text: str) -> Callable[[], object]:
            return lambda: registry.match(normalize(text))

        big = _cpu(whole(_fill(fragment, size)))
        little = _cpu(whole(_fill(fragment, small)))
        path_rows.append((fragment, big, big / max(little, 1e-6) / 10))

    rows.sort(key=lambda row: row[2], reverse=True)
    print(f"### Built-in rules on adversarial ads of {size:,} characters\n")
    print("| rule | worst fragment | CPU s | µs per char | growth (1 = linear) |")
    print("|---|---|---:|---:|---:|")
    for rule_id, fragment, seconds, growth in rows[:15]:
        print(
            f"| {rule_id} | `{fragment.strip()[:20]!s}` | {seconds:.4f} | "
            f"{seconds / size * 1e6:.3f} | {growth:.2f} |"
        )
    print(f"\n({len(rows)} rules; the 15 slowest shown.)\n")
    path_rows.sort(key=lambda row: row[1], reverse=True)
    print("### normalize + all rules (RuleRegistry.match)\n")
    print("| fragment repeated | CPU s | µs per char | growth (1 = linear) |")
    print("|---|---:|---:|---:|")
    for fragment, seconds, growth in path_rows[:12]:
        shown = fragment.replace("\n", "\\n").strip() or repr(fragment)
        print(
            f"| `{shown[:20]}` | {seconds:.4f} | {seconds / size * 1e6:.3f} | "
            f"{growth:.2f} |"
        )
    worst_growth = max([row[3] for row in rows] + [row[2] for row in path_rows])
    worst_rule = max(row[2] for row in rows) / size * 1e6
    print(
        f"\nWorst growth {worst_growth:.2f} (target < 2); worst single rule "
        f"{worst_rule:.3f} µs per character (target < 1)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
