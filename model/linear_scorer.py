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
    _structure,
    hash_ngram_windows,
)

# Characters hashed in one numpy pass: bounds the temporary arrays (a few
# times 8 bytes per n-gram) whatever the batch holds.
_CHARS_PER_PASS = 250_000
# Agreement demanded of the fast path with the pipeline it replaces.
AGREEMENT_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class Occurrences:
    """Every in-vocabulary n-gram occurrence of a batch, with its TF-IDF share.

    A TF-IDF cell sums all occurrences of its column in the row; ``shares``
    splits each cell's L2-normalised value evenly between those
    occurrences, so summing ``shares`` by (row, column) gives the matrix
    and summing ``shares × coefficient`` by row gives the dot product,
    without ever grouping the occurrences. ``positions`` index each
    n-gram's start in its row's text (character n-grams only).
    """

    rows: np.ndarray
    columns: np.ndarray
    shares: np.ndarray
    positions: np.ndarray | None = None

    def dot(self, coef: np.ndarray, n_rows: int) -> np.ndarray:
        """Row × coefficient products, shape (n_rows, coef columns)."""
        return np.column_stack(
            [
                np.bincount(
                    self.rows,
                    weights=self.shares * coef[self.columns, k],
                    minlength=n_rows,
                )
                for k in range(coef.shape[1])
            ]
        ).reshape(n_rows, coef.shape[1])


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
        self._coef = np.column_stack(
            [np.asarray(fold.estimator.coef_, dtype=np.float64)[0] for fold in folds]
        )
        self._intercept = np.array(
            [float(fold.estimator.intercept_[0]) for fold in folds]
        )
        self._calibration_a = np.array([fold.calibrators[0].a_ for fold in folds])
        self._calibration_b = np.array([fold.calibrators[0].b_ for fold in folds])
        if self._coef.shape[0] != self.n_features:
            raise ValueError(
                f"coefficients for {self._coef.shape[0]} features, "
                f"the feature steps make {self.n_features}"
            )
        self._word_block = self._coef[: self._offsets[1]]
        self._char_block = self._coef[self._offsets[1] : self._offsets[2]]
        # What explanations credit: the folds' average coefficient.
        mean = self._coef.mean(axis=1)
        self.word_coef = mean[: self._offsets[1]]
        self.char_coef = mean[self._offsets[1] : self._offsets[2]]
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
        columns = np.asarray(ids, dtype=np.int64)
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
        parts: list[Occurrences] = []
        start = 0
        while start < len(lowered):
            stop, size = start, 0
            while stop < len(lowered) and (stop == start or size < _CHARS_PER_PASS):
                size += len(lowered[stop])
                stop += 1
            part = self._char_pass(lowered[start:stop])
            parts.append(
                Occurrences(
                    part.rows + start, part.columns, part.shares, part.positions
                )
            )
            start = stop
        if len(parts) == 1:
            return parts[0]
        return Occurrences(
            np.concatenate([part.rows for part in parts]),
            np.concatenate([part.columns for part in parts]),
            np.concatenate([part.shares for part in parts]),
            np.concatenate([p.positions for p in parts if p.positions is not None]),
        )

    def _char_pass(self, lowered: Sequence[str]) -> Occurrences:
        lengths = np.fromiter(map(len, lowered), dtype=np.int64, count=len(lowered))
        codes = np.frombuffer(
            "".join(lowered).encode("utf-32-le"), dtype=np.uint32
        ).astype(np.uint64)
        owner = np.repeat(np.arange(len(lowered)), lengths)
        row_start = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        columns = []
        rows = []
        starts = []
        for size, hashed in hash_ngram_windows(codes, self.char_ngram_range):
            # Windows that run from one ad into the next are not n-grams.
            inside = np.flatnonzero(owner[: len(hashed)] == owner[size - 1 :])
            columns.append(
                (hashed[inside] >> np.uint64(17)) % np.uint64(self.char_features)
            )
            rows.append(owner[inside])
            starts.append(inside)
        if not columns:
            empty = np.zeros(0, dtype=np.int64)
            return Occurrences(empty, empty, np.zeros(0), empty)
        row_of = np.concatenate(rows)
        # Row-major order, as scikit-learn's rows would be.
        order = np.argsort(row_of, kind="stable")
        row_of = row_of[order]
        positions = np.concatenate(starts)[order]
        occurrences = self._tfidf(
            row_of,
            np.concatenate(columns).astype(np.int64)[order],
            len(lowered),
            self._char_idf,
            self._char_sublinear,
            self._scratch("char", self.char_features),
        )
        positions = positions - row_start[row_of]
        kept = occurrences.positions
        assert kept is not None
        return Occurrences(
            occurrences.rows, occurrences.columns, occurrences.shares, positions[kept]
        )

    def _scratch(self, name: str, size: int) -> np.ndarray:
        scratch = getattr(self._local, name, None)
        if scratch is None:
            # Never read before written (see _counts_in_row): no zeroing.
            scratch = np.empty(size, dtype=np.int64)
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
        """TF-IDF shares of occurrences sorted by row.

        ``positions`` of the result index the occurrences kept (those of a
        column with a non-zero idf).
        """
        counts = _counts_in_row(rows, columns, n_rows, scratch)
        tf = counts.astype(np.float32)
        if sublinear:
            np.log(tf, out=tf)
            tf += 1.0
        # float32 like the pipeline's matrices; sums in float64.
        values = (tf * idf[columns]).astype(np.float64)
        kept = np.flatnonzero(values)
        rows, columns = rows[kept], columns[kept]
        values, counts = values[kept], counts[kept]
        norms = np.sqrt(np.bincount(rows, weights=values**2 / counts, minlength=n_rows))
        norms[norms == 0] = 1.0
        shares = values / norms[rows] / counts
        return Occurrences(rows, columns, shares, kept)

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
            for hit in ad.hits:
                column = index.get(hit.rule_id)
                if column is not None:
                    fired[column] = hit.weight
            for column in fired:
                rows.append(row)
                columns.append(column)
                values.append(1.0)
            rows.append(row)
            columns.append(total_column)
            values.append(1.0 - math.exp(-sum(fired.values())))
        return rows, columns, values

    # --- probabilities ------------------------------------------------------

    def decision(self, ads: Sequence[PreparedAd]) -> np.ndarray:
        """Each fold's logistic-regression logit, shape (ads, folds)."""
        n = len(ads)
        lowered = [ad.text.lower() for ad in ads]
        rules_start, shape_start = self._offsets[2:]
        logits = np.tile(self._intercept, (n, 1))
        logits += self.word_occurrences(lowered).dot(self._word_block, n)
        logits += self.char_occurrences(lowered).dot(self._char_block, n)
        rule_rows, rule_columns, rule_values = self._rule_rows(ads)
        rule_coef = self._coef[rules_start:shape_start]
        np.add.at(
            logits,
            np.asarray(rule_rows, dtype=np.int64),
            np.asarray(rule_values, dtype=np.float32)[:, None]
            * rule_coef[np.asarray(rule_columns, dtype=np.int64)],
        )
        shape = np.vstack([_structure(ad.text) for ad in ads]).astype(np.float32)
        logits += shape.astype(np.float64) @ self._coef[shape_start:]
        return logits

    def predict_proba(self, ads: Sequence[PreparedAd]) -> np.ndarray:
        """P(scam) per ad: the mean of the folds' sigmoid-calibrated outputs."""
        if not ads:
            return np.zeros(0)
        logits = self.decision(ads)
        calibrated = expit(-(self._calibration_a * logits + self._calibration_b))
        return np.asarray(calibrated.mean(axis=1))

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
    counts = np.empty(len(columns), dtype=np.int64)
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
