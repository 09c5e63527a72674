"""The served linear pipeline's arithmetic, without scikit-learn's per-call cost.

``Pipeline.predict_proba`` on one ad spends most of its ~7 ms validating
inputs, converting types and dispatching through FeatureUnion and the three
calibrated folds; the arithmetic itself takes a fraction of a millisecond.
``LinearScorer`` reads the fitted parameters of a pipeline built by
``model.pipeline.build_linear_pipeline`` (vocabulary, idf weights, hashing
parameters, rule columns, the folds' coefficients and sigmoid calibrators) and
computes the same probabilities with a few numpy calls per batch.

It is derived from the verified artifact at load time, never saved, and
``Detector`` checks it against ``pipeline.predict_proba`` on probe ads before
using it (``agrees_with_pipeline``); anything else keeps the pipeline.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise, repeat
from typing import Any

import numpy as np
from scipy.special import expit

from model.features import (
    HashedCharTfidf,
    PreparedAd,
    RuleHitFeatures,
    StructuralFeatures,
    hash_ngram_windows,
    ngram_text,
    structure_counts,
)

# Characters hashed in one numpy pass: bounds the temporary arrays (a few
# times 8 bytes per n-gram) whatever the batch holds.
_CHARS_PER_PASS = 250_000
# Agreement demanded of the fast path with the pipeline it replaces.
AGREEMENT_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class Occurrences:
    """Every in-vocabulary n-gram occurrence of a batch, with its TF-IDF weight.

    A TF-IDF cell sums all occurrences of its column in the row, so each
    occurrence carries ``weights`` = its cell's value / the cell's count:
    summing weights by (row, column) gives the unnormalised matrix, and
    summing ``weights × coefficient`` by row gives the dot product, without
    ever grouping the occurrences. ``norms`` are the rows' L2 norms (1 for
    an empty row); ``positions`` index each n-gram's start in its row's
    text (character n-grams only).
    """

    rows: np.ndarray
    columns: np.ndarray
    weights: np.ndarray
    norms: np.ndarray
    positions: np.ndarray | None = None

    @property
    def shares(self) -> np.ndarray:
        """Each occurrence's part of its L2-normalised TF-IDF cell."""
        return self.weights / self.norms[self.rows]

    def dot(self, coef_by_fold: np.ndarray) -> np.ndarray:
        """Normalised rows × coefficients, shape (rows, folds)."""
        n_rows = len(self.norms)
        out = np.empty((n_rows, len(coef_by_fold)))
        for fold, coef in enumerate(coef_by_fold):
            out[:, fold] = np.bincount(
                self.rows, weights=self.weights * coef[self.columns], minlength=n_rows
            )
        out /= self.norms[:, None]
        return out


@dataclass(frozen=True, slots=True)
class Explained:
    """The word and character n-gram occurrences of one ad."""

    word: Occurrences
    char: Occurrences


class LinearScorer:
    """Probabilities of a fitted linear pipeline, computed directly."""

    def __init__(self, pipeline: Any) -> None:
        if not self.supports(pipeline):
            raise ValueError("not a pipeline built by build_linear_pipeline")
        union = pipeline.named_steps["features"]
        word = union.named_transformers["word"]
        char: HashedCharTfidf = union.named_transformers["char"]
        rules: RuleHitFeatures = union.named_transformers["rules"]
        folds = pipeline.named_steps["classifier"].calibrated_classifiers_

        self._token_re = re.compile(word.token_pattern)
        self.vocabulary: dict[str, int] = word.vocabulary_
        self._word_idf = np.asarray(word.idf_, dtype=np.float32)
        self._word_sublinear = bool(word.sublinear_tf)
        self.char_ngram_range: tuple[int, int] = tuple(char.ngram_range)  # type: ignore[assignment]
        self.char_features = int(char.n_features)
        self._char_idf = np.asarray(char.idf_, dtype=np.float32)
        self._char_sublinear = bool(char.sublinear_tf)
        self._rule_index = {rule_id: i for i, rule_id in enumerate(rules.rule_ids_)}

        n_word = len(self.vocabulary)
        n_rules = len(rules.rule_ids_) + 1
        self._offsets = (
            0,
            n_word,
            n_word + self.char_features,
            n_word + self.char_features + n_rules,
        )
        self.n_features = self._offsets[3] + len(
            union.named_transformers["shape"].feature_names_
        )
        # One column per calibrated fold: a batch is one sparse product.
        coef = np.column_stack(
            [np.asarray(fold.estimator.coef_, dtype=np.float64)[0] for fold in folds]
        )
        self._intercept = np.array(
            [float(fold.estimator.intercept_[0]) for fold in folds]
        )
        self._calibration_a = np.array([fold.calibrators[0].a_ for fold in folds])
        self._calibration_b = np.array([fold.calibrators[0].b_ for fold in folds])
        if coef.shape[0] != self.n_features:
            raise ValueError(
                f"coefficients for {coef.shape[0]} features, "
                f"the feature steps make {self.n_features}"
            )
        # Fold-major copies: gathering from a contiguous row is faster.
        self._word_coef_by_fold = np.ascontiguousarray(coef[:n_word].T)
        self._char_coef_by_fold = np.ascontiguousarray(
            coef[n_word : self._offsets[2]].T
        )
        # What explanations credit: the folds' average coefficient.
        self.word_coef = self._word_coef_by_fold.mean(axis=0)
        self.char_coef = self._char_coef_by_fold.mean(axis=0)
        self._rule_coef = coef[self._offsets[2] : self._offsets[3]].copy()
        self._shape_coef = coef[self._offsets[3] :].copy()
        # Per-column scratch for counting (see _counts_in_row), one per
        # thread: the service scores in a thread pool.
        self._local = threading.local()

    @staticmethod
    def supports(pipeline: Any) -> bool:
        """Whether ``pipeline`` has exactly the shape this class computes."""
        steps = getattr(pipeline, "named_steps", {})
        if list(steps) != ["features", "classifier"]:
            return False
        union = steps["features"]
        names = [name for name, _ in getattr(union, "transformer_list", [])]
        if names != ["word", "char", "rules", "shape"]:
            return False
        if getattr(union, "transformer_weights", None):
            return False
        word = union.named_transformers["word"]
        expected_word = {
            "analyzer": "word",
            "ngram_range": (1, 2),
            "norm": "l2",
            "use_idf": True,
            "binary": False,
            "stop_words": None,
        }
        if any(getattr(word, k, None) != v for k, v in expected_word.items()):
            return False
        if not isinstance(union.named_transformers["char"], HashedCharTfidf):
            return False
        if not isinstance(union.named_transformers["rules"], RuleHitFeatures):
            return False
        if not isinstance(union.named_transformers["shape"], StructuralFeatures):
            return False
        classifier = steps["classifier"]
        folds = getattr(classifier, "calibrated_classifiers_", None)
        if not folds or list(getattr(classifier, "classes_", [])) != [0, 1]:
            return False
        for fold in folds:
            estimator = fold.estimator
            if getattr(fold, "method", None) != "sigmoid":
                return False
            if not hasattr(estimator, "coef_") or estimator.coef_.shape[0] != 1:
                return False
            if list(estimator.classes_) != [0, 1]:
                return False
            if len(fold.calibrators) != 1 or not hasattr(fold.calibrators[0], "a_"):
                return False
        return True

    # --- features -----------------------------------------------------------

    def word_occurrences(self, lowered: Sequence[str]) -> Occurrences:
        """Word uni- and bigram TF-IDF of lower-cased normalised texts."""
        findall = self._token_re.findall
        get = self.vocabulary.get
        ids: list[int] = []
        lengths = []
        for text in lowered:
            tokens = findall(text)
            # Unigrams then bigrams, as scikit-learn's analyser makes them;
            # -1 marks an n-gram outside the vocabulary.
            grams = tokens + list(map(" ".join, pairwise(tokens)))
            before = len(ids)
            ids.extend(map(get, grams, repeat(-1)))
            lengths.append(len(ids) - before)
        columns = np.asarray(ids, dtype=np.intp)
        rows = np.repeat(np.arange(len(lowered)), lengths)
        known = columns >= 0
        return self._tfidf(
            rows[known],
            columns[known],
            len(lowered),
            self._word_idf,
            self._word_sublinear,
            self._scratch("word", len(self.vocabulary)),
        )

    def char_occurrences(self, lowered: Sequence[str]) -> Occurrences:
        """Hashed character n-gram TF-IDF, as ``HashedCharTfidf.transform``."""
        lengths = np.fromiter(map(len, lowered), dtype=np.intp, count=len(lowered))
        codes = np.frombuffer(
            "".join(lowered).encode("utf-32-le"), dtype=np.uint32
        ).astype(np.uint64)
        owner = np.repeat(np.arange(len(lowered)), lengths)
        columns = []
        starts = []
        for size, hashed in hash_ngram_windows(codes, self.char_ngram_range):
            # Windows that run from one ad into the next are not n-grams.
            inside = np.flatnonzero(owner[: len(hashed)] == owner[size - 1 :])
            columns.append(
                (hashed[inside] >> np.uint64(17)) % np.uint64(self.char_features)
            )
            starts.append(inside)
        if not columns:
            empty = np.zeros(0, dtype=np.intp)
            return Occurrences(empty, empty, np.zeros(0), np.ones(len(lowered)), empty)
        start = np.concatenate(starts)
        # Row by row (each row's n-grams together), as _counts_in_row needs.
        order = np.argsort(owner[start], kind="stable")
        start = start[order]
        rows = owner[start]
        found = self._tfidf(
            rows,
            np.concatenate(columns).astype(np.intp)[order],
            len(lowered),
            self._char_idf,
            self._char_sublinear,
            self._scratch("char", self.char_features),
        )
        row_offsets = np.cumsum(lengths) - lengths
        return Occurrences(
            found.rows,
            found.columns,
            found.weights,
            found.norms,
            start - row_offsets[rows],
        )

    def _scratch(self, name: str, size: int) -> np.ndarray:
        scratch = getattr(self._local, name, None)
        if scratch is None:
            # Never read before written (see _counts_in_row): no zeroing.
            scratch = np.empty(size, dtype=np.intp)
            setattr(self._local, name, scratch)
        return scratch

    @staticmethod
    def _tfidf(
        rows: np.ndarray,
        columns: np.ndarray,
        n_rows: int,
        idf: np.ndarray,
        sublinear: bool,
        scratch: np.ndarray,
    ) -> Occurrences:
        """TF-IDF weights of occurrences grouped by row (rows ascending)."""
        counts = _counts_in_row(rows, columns, n_rows, scratch)
        tf = counts.astype(np.float32)
        if sublinear:
            np.log(tf, out=tf)
            tf += 1.0
        # float32 cells like the pipeline's matrices; sums in float64.
        weights = (tf * idf[columns]).astype(np.float64)
        weights /= counts
        # A cell's squared value, spread over its occurrences like the value.
        squares = np.bincount(
            rows, weights=weights * weights * counts, minlength=n_rows
        )
        norms = np.sqrt(squares)
        norms[norms == 0] = 1.0
        return Occurrences(rows, columns, weights, norms)

    def _rule_rows(
        self, ads: Sequence[PreparedAd]
    ) -> tuple[list[int], list[int], list[float]]:
        index = self._rule_index
        total_column = len(index)
        rows: list[int] = []
        columns: list[int] = []
        values: list[float] = []
        for row, ad in enumerate(ads):
            fired: dict[int, float] = {}
            for rule_id, weight in ad.fired:
                column = index.get(rule_id)
                if column is not None:
                    fired[column] = weight
            for column in fired:
                rows.append(row)
                columns.append(column)
                values.append(1.0)
            rows.append(row)
            columns.append(total_column)
            values.append(1.0 - math.exp(-math.fsum(fired.values())))
        return rows, columns, values

    # --- probabilities ------------------------------------------------------

    def decision(self, ads: Sequence[PreparedAd]) -> np.ndarray:
        """Each fold's logistic-regression logit, shape (ads, folds)."""
        lowered = [ngram_text(ad.text) for ad in ads]
        word = self.word_occurrences(lowered).dot(self._word_coef_by_fold)
        char = np.empty_like(word)
        # Character n-grams in passes of bounded size: the temporary arrays
        # take ~50 bytes per character.
        start = 0
        while start < len(lowered):
            stop, size = start, 0
            while stop < len(lowered) and (stop == start or size < _CHARS_PER_PASS):
                size += len(lowered[stop])
                stop += 1
            found = self.char_occurrences(lowered[start:stop])
            char[start:stop] = found.dot(self._char_coef_by_fold)
            start = stop
        return self._logits(ads, word, char)

    def _logits(
        self, ads: Sequence[PreparedAd], word: np.ndarray, char: np.ndarray
    ) -> np.ndarray:
        """Add the rule and shape columns and the intercepts to the n-grams'."""
        logits = word + char + self._intercept
        rule_rows, rule_columns, rule_values = self._rule_rows(ads)
        np.add.at(
            logits,
            np.asarray(rule_rows, dtype=np.intp),
            np.asarray(rule_values, dtype=np.float32)[:, None]
            * self._rule_coef[np.asarray(rule_columns, dtype=np.intp)],
        )
        shape = np.vstack([structure_counts(ad.text) for ad in ads]).astype(np.float32)
        logits += shape.astype(np.float64) @ self._shape_coef
        return logits

    def _calibrated(self, logits: np.ndarray) -> np.ndarray:
        calibrated = expit(-(self._calibration_a * logits + self._calibration_b))
        return np.asarray(calibrated.mean(axis=1))

    def predict_proba(self, ads: Sequence[PreparedAd]) -> np.ndarray:
        """P(scam) per ad: the mean of the folds' sigmoid-calibrated outputs."""
        if not ads:
            return np.zeros(0)
        return self._calibrated(self.decision(ads))

    def score_explained(self, ad: PreparedAd) -> tuple[float, Explained]:
        """P(scam) of one ad, and the n-gram occurrences that explain it.

        The explainer needs the same occurrences the score was computed
        from; handing them over saves computing them twice.
        """
        lowered = ngram_text(ad.text)
        found = Explained(
            self.word_occurrences([lowered]), self.char_occurrences([lowered])
        )
        logits = self._logits(
            [ad],
            found.word.dot(self._word_coef_by_fold),
            found.char.dot(self._char_coef_by_fold),
        )
        return float(self._calibrated(logits)[0]), found

    def agrees_with_pipeline(
        self, pipeline: Any, ads: Sequence[PreparedAd]
    ) -> tuple[bool, float]:
        """Whether this scorer reproduces ``pipeline`` on ``ads``; max difference."""
        expected = pipeline.predict_proba(list(ads))[:, 1]
        got = self.predict_proba(ads)
        difference = float(np.max(np.abs(expected - got))) if len(ads) else 0.0
        return difference <= AGREEMENT_TOLERANCE, difference


def _counts_in_row(
    rows: np.ndarray, columns: np.ndarray, n_rows: int, scratch: np.ndarray
) -> np.ndarray:
    """For each occurrence, how often its column occurs in its row.

    ``rows`` must be sorted. Instead of sorting the columns of each row (the
    slowest step of scoring), every occurrence writes its index into a
    per-column scratch cell; all occurrences of a column then read back the
    same representative index, whichever write won, and counting the
    representatives counts the columns. Linear time; ``scratch`` holds one
    cell per column and is only written at this row's columns.
    """
    counts = np.empty(len(columns), dtype=np.intp)
    bounds = np.searchsorted(rows, np.arange(n_rows + 1))
    for row in range(n_rows):
        lo, hi = int(bounds[row]), int(bounds[row + 1])
        if lo == hi:
            continue
        cols = columns[lo:hi]
        scratch[cols] = np.arange(hi - lo)
        representative = scratch[cols]
        counts[lo:hi] = np.bincount(representative, minlength=hi - lo)[representative]
    return counts
