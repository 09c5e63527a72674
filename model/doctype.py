"""What a text is: a job ad, a warning or news report, another scam or promotion,
or something else (``model.verdict.DOCUMENT_TYPES``).

Waspada's scam model assumes it reads a job ad. Warning posts name every red
flag of a scam ad, and a motorbike for sale has a price and a WhatsApp
number, so the detector first asks this small model what the text is.

``DocTypeClassifier`` is a scikit-learn classifier over

* TF-IDF of hashed character 1-3-grams (any script, no vocabulary), and
* cue features (``model.doctype_cues``): how often words that frame a text
  as a warning, a news or court report, a personal account, a job ad, a
  sale, a lost-and-found notice, a prize/loan/gambling/investment pitch or
  advice occur, in the whole text and in its opening, in the languages
  Waspada serves,

into a multinomial logistic regression whose probabilities are calibrated by
temperature scaling on out-of-fold logits. Prediction is a few numpy calls
per text (no scikit-learn dispatch), so it adds a fraction of a millisecond
to scoring an ad.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from model.doctype_cues import (
    CUE_GROUPS,
    CUES,
    FEATURE_NAMES,
    FRAMING_CUE_COLUMNS,
    HEAD_CHARS,
    MAX_CHARS,
    N_DENSE,
    TOKEN_RE,
    dense_features,
    word_columns,
)
from model.features import PreparedAd, _TextInputMixin, hashed_char_ngrams
from model.preprocess import normalize
from model.verdict import DOCUMENT_TYPES

__all__ = [
    "CUES",
    "CUE_GROUPS",
    "DOCTYPE_FILE",
    "FEATURE_NAMES",
    "HEAD_CHARS",
    "MAX_CHARS",
    "NOT_A_JOB_AD",
    "N_DENSE",
    "DocTypeClassifier",
    "dense_features",
    "doctype_text",
    "notice_message",
    "valid_document_type",
]

DOCTYPE_FILE = "doctype.joblib"


def doctype_text(row: str | PreparedAd) -> str:
    """The lower-cased, normalised opening of a text, as the model reads it."""
    text = row.text if isinstance(row, PreparedAd) else normalize(row).text
    return text[:MAX_CHARS].lower()


class DocTypeClassifier(_TextInputMixin, ClassifierMixin, BaseEstimator):
    """Hashed character n-grams + multilingual cue features → calibrated softmax.

    ``fit(X, y)`` takes texts (``str`` or ``PreparedAd``) and document-type
    labels; ``predict_proba`` returns one column per ``classes_`` entry.
    """

    def __init__(
        self,
        ngram_range: tuple[int, int] = (1, 3),
        n_features: int = 2**18,
        min_df: int = 2,
        C: float = 8.0,
        dense_weight: float = 1.0,
        word_features: bool = False,
        warning_needs_framing: bool = True,
        calibration_folds: int = 2,
        random_state: int = 13,
    ) -> None:
        self.ngram_range = ngram_range
        self.n_features = n_features
        self.min_df = min_df
        self.C = C
        self.dense_weight = dense_weight
        self.word_features = word_features
        self.warning_needs_framing = warning_needs_framing
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    # -- features ---------------------------------------------------------
    def _char_counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        indptr = [0]
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for text in texts:
            unique, counts = self._columns(text, TOKEN_RE.findall(text))
            indices.append(unique)
            data.append(counts.astype(np.float32))
            indptr.append(indptr[-1] + len(unique))
        return sp.csr_matrix(
            (
                np.concatenate(data) if data else np.zeros(0, np.float32),
                np.concatenate(indices) if indices else np.zeros(0, np.int64),
                np.asarray(indptr),
            ),
            shape=(len(texts), self.n_features),
        )

    def _columns(self, text: str, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Distinct hashed columns (character n-grams and words) with counts."""
        columns, _ = hashed_char_ngrams(text, self.ngram_range, self.n_features)
        if self.word_features and tokens:
            columns = np.concatenate([columns, word_columns(tokens, self.n_features)])
        unique, counts = np.unique(columns, return_counts=True)
        return unique, counts

    def _matrix(self, texts: Sequence[str]) -> sp.csr_matrix:
        counts = self._char_counts(texts)
        np.log(counts.data, out=counts.data)
        counts.data += 1.0
        tfidf = sp.csr_matrix(counts.multiply(self.idf_).tocsr(), dtype=np.float32)
        tfidf.eliminate_zeros()
        norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        tfidf = sp.csr_matrix(sp.diags(1.0 / norms) @ tfidf, dtype=np.float32)
        dense = (
            np.vstack([dense_features(t) for t in texts])
            if texts
            else np.zeros((0, N_DENSE), np.float32)
        )
        return sp.hstack(
            [tfidf, sp.csr_matrix(dense * self.dense_weight)], format="csr"
        )

    # -- estimator --------------------------------------------------------
    def fit(self, X: Any, y: Any) -> DocTypeClassifier:
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold

        texts = [doctype_text(row) for row in self._rows(X, reset=True)]
        labels = np.asarray(y)
        if len(texts) != len(labels):
            raise ValueError("X and y have different lengths")
        self.classes_ = np.unique(labels)
        if len(self.classes_) < 2:
            raise ValueError("DocTypeClassifier needs at least two classes in y")
        counts = self._char_counts(texts)
        frequency = np.bincount(counts.indices, minlength=self.n_features)
        idf = np.log((1 + len(texts)) / (1 + frequency)) + 1.0
        idf[frequency < self.min_df] = 0.0
        self.idf_ = idf.astype(np.float32)
        matrix = self._matrix(texts)

        def model() -> LogisticRegression:
            return LogisticRegression(C=self.C, max_iter=150, class_weight="balanced")

        # Temperature scaling on out-of-fold logits: one parameter, so the
        # calibrated model keeps a single coefficient matrix (fast) while its
        # probabilities match how often it is right on unseen texts.
        _, label_index = np.unique(labels, return_inverse=True)
        folds = min(self.calibration_folds, int(np.bincount(label_index).min()))
        self.temperature_ = 1.0
        if folds >= 2:
            splitter = StratifiedKFold(
                folds, shuffle=True, random_state=self.random_state
            )
            logits = np.zeros((len(texts), len(self.classes_)))
            for train, test in splitter.split(matrix, labels):
                fold = model().fit(matrix[train], labels[train])
                logits[test] = _full_logits(fold, matrix[test], self.classes_)
            self.temperature_ = _best_temperature(logits, label_index)
        final = model().fit(matrix, labels)
        coef = np.asarray(final.coef_, dtype=np.float32)
        intercept = np.asarray(final.intercept_, dtype=np.float32)
        if coef.shape[0] == 1:  # binary: sklearn keeps one row
            coef = (np.vstack([-coef, coef]) / 2).astype(np.float32)
            intercept = np.asarray(
                [-intercept[0] / 2, intercept[0] / 2], dtype=np.float32
            )
        # Dense (n_features x classes): one row gather per n-gram column.
        self.char_coef_ = np.ascontiguousarray(coef[:, : self.n_features].T)
        self.dense_coef_ = np.ascontiguousarray(
            coef[:, self.n_features :].T * self.dense_weight
        )
        self.intercept_ = intercept.astype(np.float32)
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "char_coef_")
        rows = self._rows(X, reset=False)
        return (
            np.vstack([self._tempered(doctype_text(row)) for row in rows])
            * self.temperature_
            if rows
            else np.zeros((0, len(self.classes_)))
        )

    def _tempered(self, text: str) -> np.ndarray:
        """Logits divided by the temperature, after the framing rule."""
        tokens = TOKEN_RE.findall(text)
        dense = dense_features(text, tokens)
        logits = self.intercept_ + dense @ self.dense_coef_
        unique, counts = self._columns(text, tokens)
        if len(unique):
            weights = (np.log(counts) + 1.0).astype(np.float32) * self.idf_[unique]
            norm = float(np.sqrt(weights @ weights))
            if norm > 0:
                logits = logits + (weights / norm) @ self.char_coef_[unique]
        logits = np.asarray(logits, dtype=np.float64) / self.temperature_
        # A warning or a news report says so: without one word of warning,
        # reporting, advice or a personal account in any language served, a
        # text that names every red flag is an ad, not a warning about one,
        # so the warning's probability goes to job_ad (absent in artifacts
        # trained before stop 26: getattr).
        if (
            getattr(self, "warning_needs_framing", False)
            and not dense[list(FRAMING_CUE_COLUMNS)].any()
        ):
            logits = _warning_to_job_ad(logits, self.classes_)
        return logits

    def predict_proba(self, X: Any) -> np.ndarray:
        logits = self.decision_function(X) / self.temperature_
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_[np.argmax(self.predict_proba(X), axis=1)])

    def classify(self, text: str) -> tuple[str, float, float]:
        """Type, its probability and P(job_ad) of an already normalised text.

        The fast path the detector uses: no input validation, one text.
        """
        logits = self._tempered(text[:MAX_CHARS].lower())
        logits -= logits.max()
        exp = np.exp(logits)
        probabilities = exp / exp.sum()
        best = int(np.argmax(probabilities))
        job = np.flatnonzero(self.classes_ == "job_ad")
        p_job = float(probabilities[job[0]]) if len(job) else 0.0
        return str(self.classes_[best]), float(probabilities[best]), p_job

    def predict_one(self, row: str | PreparedAd) -> tuple[str, float]:
        """The most likely type of one text and its calibrated probability."""
        probabilities = self.predict_proba([row])[0]
        best = int(np.argmax(probabilities))
        return str(self.classes_[best]), float(probabilities[best])

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        return tags


def _warning_to_job_ad(logits: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """``logits`` with the warning class's softmax mass moved to job_ad."""
    warning = np.flatnonzero(classes == "warning_or_news")
    job = np.flatnonzero(classes == "job_ad")
    if not len(warning) or not len(job):
        return logits
    out = logits.copy()
    out[job[0]] = np.logaddexp(logits[job[0]], logits[warning[0]])
    out[warning[0]] = -1e3
    return out


def _best_temperature(logits: np.ndarray, label_index: np.ndarray) -> float:
    """The temperature that minimises the log loss of ``logits``."""
    from scipy.optimize import minimize_scalar

    rows = np.arange(len(logits))

    def loss(temperature: float) -> float:
        z = logits / temperature
        z -= z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-log_p[rows, label_index].mean())

    found = minimize_scalar(loss, bounds=(0.05, 20.0), method="bounded")
    return float(found.x)


def _full_logits(model: Any, matrix: Any, classes: np.ndarray) -> np.ndarray:
    """Decision values with one column per class in ``classes``."""
    out = np.full((matrix.shape[0], len(classes)), -1e3)
    scores = model.decision_function(matrix)
    if scores.ndim == 1:
        scores = np.column_stack([-scores / 2, scores / 2])
    for j, label in enumerate(model.classes_):
        out[:, int(np.searchsorted(classes, label))] = scores[:, j]
    return out


NOT_A_JOB_AD = "NOT_A_JOB_AD"
# What the NOT_A_JOB_AD notice says, per document type and message language.
NOTICE_MESSAGES: dict[str, dict[str, str]] = {
    "warning_or_news": {
        "en": "This reads as a warning or news report, not a job offer.",
        "id": "Teks ini tampak seperti peringatan atau berita, bukan lowongan kerja.",
    },
    "other_scam_or_promo": {
        "en": "This reads as a prize, loan, gambling or investment promotion, "
        "not a job offer. It may still be a scam of another kind.",
        "id": "Teks ini tampak seperti promosi hadiah, pinjaman, judi atau "
        "investasi, bukan lowongan kerja. Bisa saja tetap penipuan jenis lain.",
    },
    "other": {
        "en": "This does not read as a job offer (it looks like a listing, "
        "notice, message or link).",
        "id": "Teks ini tidak tampak seperti lowongan kerja (lebih mirip iklan "
        "jual-beli, pengumuman, pesan atau tautan).",
    },
}


def notice_message(document_type: str, language: str) -> str:
    messages = NOTICE_MESSAGES.get(document_type, NOTICE_MESSAGES["other"])
    return messages.get(language, messages["en"])


def valid_document_type(value: str) -> bool:
    return value in DOCUMENT_TYPES
