"""Which words made the classifier say "scam": per-token contributions.

For the linear pipeline every feature's contribution to the logit is
``value × coefficient``. Word n-grams are credited to the words they cover and
hashed character n-grams to the token where they start, so each token of the
normalised text gets one number. Tokens are mapped back to offsets in the
original text, which is what the browser extension highlights.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import numpy as np

from model.features import WORD_TOKEN_PATTERN, PreparedAd, hashed_char_ngrams
from model.verdict import Highlight

_WHITESPACE_TOKEN = re.compile(r"\S+")
_WORD = re.compile(WORD_TOKEN_PATTERN)
_EDGE = re.compile(r"^\W+|\W+$")


class LinearExplainer:
    """Explains pipelines built by ``model.pipeline.build_linear_pipeline``."""

    def __init__(self, pipeline: Any) -> None:
        union = pipeline.named_steps["features"]
        calibrated = pipeline.named_steps["classifier"]
        coefs = [
            np.asarray(fold.estimator.coef_).ravel()
            for fold in calibrated.calibrated_classifiers_
        ]
        coef = np.mean(coefs, axis=0)
        self._word = union.named_transformers["word"]
        self._char = union.named_transformers["char"]
        word_vocab = self._word.vocabulary_
        self._word_vocab: dict[str, int] = word_vocab
        self._word_coef = coef[: len(word_vocab)]
        self._char_coef = coef[
            len(word_vocab) : len(word_vocab) + self._char.n_features
        ]

    @staticmethod
    def supports(pipeline: Any) -> bool:
        steps = getattr(pipeline, "named_steps", {})
        classifier = steps.get("classifier")
        if "features" not in steps or "project" in steps or classifier is None:
            return False
        folds = getattr(classifier, "calibrated_classifiers_", None)
        if not folds:
            return False
        return hasattr(folds[0].estimator, "coef_")

    def token_contributions(self, ad: PreparedAd) -> list[tuple[int, int, float]]:
        """(start, end, logit contribution) per whitespace token of ``ad.text``."""
        text = ad.text
        tokens = [m.span() for m in _WHITESPACE_TOKEN.finditer(text)]
        if not tokens:
            return []
        scores = np.zeros(len(tokens))
        self._credit_words(ad, text, tokens, scores)
        self._credit_chars(ad, text, tokens, scores)
        return [(s, e, float(c)) for (s, e), c in zip(tokens, scores, strict=True)]

    def _credit_words(
        self, ad: PreparedAd, text: str, tokens: list[tuple[int, int]], scores: Any
    ) -> None:
        row = self._word.transform([ad])
        values = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
        words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
        owner = _owners([start for start, _ in words], tokens)
        grams: list[tuple[int, tuple[int, ...]]] = []
        for i, (_, word) in enumerate(words):
            index = self._word_vocab.get(word)
            if index is not None:
                grams.append((index, (owner[i],)))
            if i + 1 < len(words):
                index = self._word_vocab.get(f"{word} {words[i + 1][1]}")
                if index is not None:
                    grams.append((index, (owner[i], owner[i + 1])))
        self._spread(grams, values, self._word_coef, scores)

    def _credit_chars(
        self, ad: PreparedAd, text: str, tokens: list[tuple[int, int]], scores: Any
    ) -> None:
        lowered = text.lower()
        if len(lowered) != len(text):  # rare letters whose lower case is longer
            return
        row = self._char.transform([ad])
        if not row.nnz:
            return
        value = np.zeros(self._char.n_features, dtype=np.float64)
        value[row.indices] = row.data
        columns, positions = hashed_char_ngrams(
            lowered, self._char.ngram_range, self._char.n_features
        )
        # A column's value sums all its occurrences; share it between them.
        occurrences = np.bincount(columns, minlength=self._char.n_features)
        share = value[columns] * self._char_coef[columns] / occurrences[columns]
        token_starts = np.array([start for start, _ in tokens])
        owner = np.searchsorted(token_starts, positions, side="right") - 1
        inside = owner >= 0
        np.add.at(scores, owner[inside], share[inside])

    @staticmethod
    def _spread(
        grams: list[tuple[int, tuple[int, ...]]],
        values: dict[int, float],
        coef: Any,
        scores: Any,
    ) -> None:
        # A feature's value sums all its occurrences; share it between them.
        counts = Counter(index for index, _ in grams)
        for index, owners in grams:
            value = values.get(index)
            if value is None:
                continue
            share = value * float(coef[index]) / counts[index] / len(owners)
            for position in owners:
                scores[position] += share

    def highlights(self, ad: PreparedAd, *, limit: int = 8) -> list[Highlight]:
        """The strongest scam-ward tokens, merged when adjacent, in original offsets."""
        if ad.normalized is None:
            raise ValueError("highlights need a PreparedAd with offsets")
        contributions = self.token_contributions(ad)
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
