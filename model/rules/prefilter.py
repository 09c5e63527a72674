"""Which rules can possibly match an ad, decided from cheap facts about it.

The registry runs a rule only when the ad holds one of the literals its
regexes and phrases need (see compiler.py): its ASCII words, looked up in a
dict, and substring tests. Substring tests run on UTF-8 bytes: ``bytes in
bytes`` is a plain memory search, while ``str in str`` first widens the
needle whenever the ad holds an emoji or Thai letter (which made it ~10x
slower). A UTF-8 needle occurs in the UTF-8 text exactly when the string
occurs in the string. Rules without provable literals always run.

The same pass picks, per rule, the phrases worth running (what
``CompiledRule.phrase_indices`` would pick, for all rules at once).
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from typing import Any

from model.rules import salary
from model.rules.compiler import CompiledRule
from model.rules.validators import MatchContext

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


# Per rule position, the phrases worth running (indices into its phrases).
Phrases = dict[int, list[int]]
# Non-ASCII literals (UTF-8) with the rule positions that hold them.
_Literal = tuple[bytes, list[int]]
_Index = dict[bytes, list[int]]


class Prefilter:
    """The literal indexes of a registry's compiled rules (by position)."""

    def __init__(self, compiled: Sequence[CompiledRule]) -> None:
        token_index, ascii_index, other_index, always = _index_literals(compiled)
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
        self._word_literals, self._other_ascii_by_rule = _split_word_literals(
            self._ascii_by_rule
        )
        self._gate_words = _gate_words(compiled)
        self._word_memo: _WordMemo = {}
        self._script_literals = _group_by_script(other_index)
        self._script_finders, self._unscripted = _script_finders(self._script_literals)
        self._always = frozenset(always)
        (
            self._phrase_tokens,
            self._phrase_substrings,
            self._phrase_foreign,
        ) = _index_phrases(compiled)

    def select(self, ctx: MatchContext) -> tuple[set[int], Phrases]:
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
        phrases: Phrases = {}
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
            self._select_foreign(text, folded_text, folded, candidates, phrases)
        return candidates, phrases

    def _select_foreign(
        self,
        text: str,
        folded_text: str,
        folded: bytes,
        candidates: set[int],
        phrases: Phrases,
    ) -> None:
        """select() for the non-ASCII literals of the rules."""
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


def _index_literals(
    compiled: Sequence[CompiledRule],
) -> tuple[_Index, _Index, _Index, list[int]]:
    """Rule positions by ASCII word, by ASCII and by other substring, and
    the positions of the rules that always run."""
    token_index: _Index = {}
    ascii_index: _Index = {}
    other_index: _Index = {}
    always: list[int] = []
    for position, rule in enumerate(compiled):
        if rule.always:
            always.append(position)
            # Its non-ASCII literals still go into the script finders:
            # Prefilter.select picks the phrases worth running from what
            # they find, so they must cover every rule's phrase triggers.
            for text in rule.substrings:
                if not text.isascii():
                    other_index.setdefault(text.encode(), []).append(position)
            continue
        for token in rule.tokens:
            token_index.setdefault(token.encode(), []).append(position)
        for text in rule.substrings:
            index = ascii_index if text.isascii() else other_index
            index.setdefault(text.encode(), []).append(position)
    return token_index, ascii_index, other_index, always


def _split_word_literals(
    ascii_by_rule: list[tuple[int, tuple[bytes, ...]]],
) -> tuple[
    tuple[tuple[bytes, frozenset[int]], ...], list[tuple[int, re.Pattern[bytes]]]
]:
    """The rules' ASCII literals that are words, each with its rules, and
    per rule the regexes that find its other ASCII literals.

    A literal made only of [a-z0-9] occurs in the ad exactly when it occurs
    inside one of the ad's ASCII words (maximal [a-z0-9] runs). Which rules
    a word unlocks (its phrase triggers plus the rules with a literal inside
    it) is worked out once per distinct word and remembered, so an ad costs
    a few set operations instead of a hundred substring tests. Other
    literals ("t.me/", "don't") are still tested on the whole ad, per rule.
    """
    word_literals: dict[bytes, set[int]] = {}
    other_by_rule: list[tuple[int, re.Pattern[bytes]]] = []
    for position, literals in ascii_by_rule:
        others = []
        for literal in literals:
            if _ASCII_WORD.fullmatch(literal):
                word_literals.setdefault(literal, set()).add(position)
            else:
                others.append(literal)
        if others:
            other_by_rule.extend((position, gated) for gated in _gated_search(others))
    words = tuple(
        (literal, frozenset(positions))
        for literal, positions in sorted(word_literals.items())
    )
    return words, other_by_rule


def _gate_words(compiled: Sequence[CompiledRule]) -> tuple[bytes, ...]:
    """Words the rules' regexes need (see gates.pattern_gate) and the
    salary validator's country and role searches: which of them an ad holds
    is remembered per word, like the rules a word unlocks."""
    return tuple(
        sorted(
            {
                word
                for rule in compiled
                for _, gate in rule._lower_gated
                if gate is not None
                for part in gate
                for word in part[0]
            }
            | salary.prefilter_words()
        )
    )


def _group_by_script(
    other_index: _Index,
) -> list[tuple[re.Pattern[str] | None, list[_Literal]]]:
    """Non-ASCII literals grouped by the script of their first letter: a
    Thai literal is only tested when the ad contains Thai at all."""
    groups: dict[int, list[_Literal]] = {}
    for needle, needle_positions in sorted(other_index.items()):
        first = needle.decode("utf-8")[0]
        group = next(
            (i for i, script in enumerate(_SCRIPTS) if script.match(first)),
            len(_SCRIPTS),
        )
        groups.setdefault(group, []).append((needle, needle_positions))
    return [
        (_SCRIPTS[group] if group < len(_SCRIPTS) else None, items)
        for group, items in sorted(groups.items())
    ]


def _script_finders(
    script_literals: list[tuple[re.Pattern[str] | None, list[_Literal]]],
) -> tuple[
    list[tuple[re.Pattern[str], _LiteralFinder]],
    list[tuple[re.Pattern[str] | None, list[_Literal]]],
]:
    """The tests of _group_by_script, cheaper: a script's literals are found
    with one regex scan (see _LiteralFinder). The literals of no script
    (words that start with an ASCII letter, e.g. Vietnamese "lương") are
    only tested when the ad holds the script of one of their other letters.
    """
    finders: list[tuple[re.Pattern[str], _LiteralFinder]] = []
    unscripted: list[tuple[re.Pattern[str] | None, list[_Literal]]] = []
    for script, items in script_literals:
        if script is not None:
            finders.append((script, _LiteralFinder(items)))
            continue
        gated: dict[int, list[_Literal]] = {}
        for literal, positions in items:
            gated.setdefault(_gate_script(literal), []).append((literal, positions))
        unscripted = [
            (_SCRIPTS[group] if group < len(_SCRIPTS) else None, gated[group])
            for group in sorted(gated)
        ]
    return finders, unscripted


def _index_phrases(
    compiled: Sequence[CompiledRule],
) -> tuple[
    dict[bytes, tuple[tuple[int, int], ...]],
    tuple[tuple[bytes, int, int], ...],
    dict[bytes, tuple[tuple[int, int], ...]],
]:
    """Every rule's phrase triggers (see CompiledRule.phrase_indices), as
    (rule position, phrase index): by ASCII word, ASCII substring and
    non-ASCII substring. The last are found with the script finders, which
    cover every rule's."""
    phrase_tokens: dict[bytes, list[tuple[int, int]]] = {}
    phrase_substrings: list[tuple[bytes, int, int]] = []
    phrase_foreign: dict[bytes, list[tuple[int, int]]] = {}
    for position, rule in enumerate(compiled):
        for phrase, (word, part) in enumerate(rule.phrase_triggers):
            if word is not None:
                phrase_tokens.setdefault(word, []).append((position, phrase))
            elif part is not None and part.isascii():
                phrase_substrings.append((part, position, phrase))
            elif part is not None:
                phrase_foreign.setdefault(part, []).append((position, phrase))
    return (
        {k: tuple(v) for k, v in phrase_tokens.items()},
        tuple(phrase_substrings),
        {k: tuple(v) for k, v in phrase_foreign.items()},
    )


# Not "[^\x00-\x7f]+": a leading class, not a repeat, lets re skip ASCII.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")
# Maps every byte outside [a-z0-9] to a space (see Prefilter.select).
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
