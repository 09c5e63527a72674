"""Which words made the classifier say "scam": per-token contributions.

For the linear pipeline every feature's contribution to the logit is
``value × coefficient``. Word n-grams are credited to the words they cover and
hashed character n-grams to the token where they start, so each token of the
normalised text gets one number. Tokens are mapped back to offsets in the
original text, which is what the browser extension highlights.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from model.features import WORD_TOKEN_PATTERN, PreparedAd
from model.linear_scorer import Explained, LinearScorer, Occurrences
from model.verdict import Highlight

_WHITESPACE_TOKEN = re.compile(r"\S+")
_WORD = re.compile(WORD_TOKEN_PATTERN)
_EDGE = re.compile(r"^\W+|\W+$")


class LinearExplainer:
    """Explains pipelines that ``model.linear_scorer.LinearScorer`` computes."""

    def __init__(self, scorer: LinearScorer) -> None:
        self._scorer = scorer

    def token_contributions(
        self, ad: PreparedAd, found: Explained | None = None
    ) -> list[tuple[int, int, float]]:
        """(start, end, logit contribution) per whitespace token of ``ad.text``.

        ``found``: the ad's n-gram occurrences, if the caller has them
        (``LinearScorer.score_explained``).
        """
        text = ad.text
        tokens = [m.span() for m in _WHITESPACE_TOKEN.finditer(text)]
        if not tokens:
            return []
        scores = np.zeros(len(tokens))
        lowered = text.lower()
        if found is None:
            found = Explained(
                self._scorer.word_occurrences([lowered]),
                self._scorer.char_occurrences([lowered]),
            )
        self._credit_words(text, found.word, tokens, scores)
        if len(lowered) == len(text):  # else char positions would not line up
            self._credit_chars(found.char, tokens, scores)
        return [(s, e, float(c)) for (s, e), c in zip(tokens, scores, strict=True)]

    def _credit_words(
        self,
        text: str,
        found: Occurrences,
        tokens: list[tuple[int, int]],
        scores: Any,
    ) -> None:
        scorer = self._scorer
        # Each occurrence's share of its TF-IDF cell, by column.
        shares = dict(zip(found.columns.tolist(), found.shares.tolist(), strict=True))
        if not shares:
            return
        vocabulary = scorer.vocabulary
        coef = scorer.word_coef
        words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
        owner = _owners([start for start, _ in words], tokens)
        for i, (_, word) in enumerate(words):
            index = vocabulary.get(word)
            if index is not None and index in shares:
                scores[owner[i]] += shares[index] * coef[index]
            if i + 1 < len(words):
                index = vocabulary.get(f"{word} {words[i + 1][1]}")
                if index is not None and index in shares:
                    half = shares[index] * coef[index] / 2
                    scores[owner[i]] += half
                    scores[owner[i + 1]] += half

    def _credit_chars(
        self, found: Occurrences, tokens: list[tuple[int, int]], scores: Any
    ) -> None:
        if not len(found.columns):
            return
        assert found.positions is not None
        share = found.shares * self._scorer.char_coef[found.columns]
        token_starts = np.array([start for start, _ in tokens])
        owner = np.searchsorted(token_starts, found.positions, side="right") - 1
        inside = owner >= 0
        np.add.at(scores, owner[inside], share[inside])

    def highlights(
        self, ad: PreparedAd, found: Explained | None = None, *, limit: int = 8
    ) -> list[Highlight]:
        """The strongest scam-ward tokens, merged when adjacent, in original offsets."""
        if ad.normalized is None:
            raise ValueError("highlights need a PreparedAd with offsets")
        contributions = self.token_contributions(ad, found)
        positive = [c for c in contributions if c[2] > 0]
        if not positive:
            return []
        floor = max(c[2] for c in positive) * 0.15
        chosen = sorted(positive, key=lambda c: -c[2])[:limit]
        chosen = sorted(c for c in chosen if c[2] >= floor)
        merged: list[list[Any]] = []
        for start, end, weight in chosen:
            start, end = _trim(ad.text, start, end)
            if start >= end:
                continue
            if merged and ad.text[merged[-1][1] : start].isspace():
                merged[-1][1] = end
                merged[-1][2] += weight
            else:
                merged.append([start, end, weight])
        result = []
        original = ad.normalized.original
        for start, end, weight in merged:
            orig_start, orig_end = ad.normalized.to_original(start, end)
            result.append(
                Highlight(
                    orig_start,
                    orig_end,
                    original[orig_start:orig_end],
                    round(weight, 4),
                )
            )
        return result


def _owners(word_starts: list[int], tokens: list[tuple[int, int]]) -> list[int]:
    owners = []
    position = 0
    for start in word_starts:
        while position + 1 < len(tokens) and tokens[position][1] <= start:
            position += 1
        owners.append(position)
    return owners


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation around a token so the mark sits on the word itself."""
    token = text[start:end]
    match = _EDGE.search(token)
    while match and token:
        if match.start() == 0:
            start += match.end()
        else:
            end -= len(token) - match.start()
        token = text[start:end]
        match = _EDGE.search(token) if token else None
    return start, end
