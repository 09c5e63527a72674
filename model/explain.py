"""Which words made the classifier say "scam": per-token contributions.

For the linear pipeline every feature's contribution to the logit is
``value × coefficient``. Word n-grams are credited to the words they cover and
hashed character n-grams to the token where they start, so each token of the
normalised text gets one number. Tokens are mapped back to offsets in the
original text, which is what the browser extension highlights.
"""

from __future__ import annotations

import re
from itertools import pairwise, repeat
from typing import Any

import numpy as np

from model.features import WORD_TOKEN_PATTERN, PreparedAd, ngram_text
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
        if found is None:
            lowered = ngram_text(text)
            found = Explained(
                self._scorer.word_occurrences([lowered]),
                self._scorer.char_occurrences([lowered]),
            )
        self._credit_words(text, found.word, tokens, scores)
        # The place mask keeps the length of the lower-cased text, so only
        # lower-casing can move char positions (e.g. "İ" becomes two).
        if len(text.lower()) == len(text):
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
        matches = list(_WORD.finditer(text))
        words = [m.group().lower() for m in matches]
        token_ends = np.array([end for _, end in tokens])
        starts = np.array([m.start() for m in matches], dtype=np.intp)
        # The whitespace token holding each word (tokens and words ascend).
        owner = np.minimum(
            np.searchsorted(token_ends, starts, side="right"), len(tokens) - 1
        )
        get = scorer.vocabulary.get
        unigrams = list(map(get, words, repeat(-1)))
        np.add.at(scores, owner, self._word_credit(unigrams, shares))
        if len(words) > 1:
            bigrams = list(map(get, map(" ".join, pairwise(words)), repeat(-1)))
            half = self._word_credit(bigrams, shares) / 2
            np.add.at(scores, owner[:-1], half)
            np.add.at(scores, owner[1:], half)

    def _word_credit(self, ids: list[int], shares: dict[int, float]) -> np.ndarray:
        """Logit contribution of each n-gram (0 outside the vocabulary)."""
        values = np.fromiter(map(shares.get, ids, repeat(0.0)), float, len(ids))
        columns = np.maximum(np.asarray(ids, dtype=np.intp), 0)
        return values * self._scorer.word_coef[columns]

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
