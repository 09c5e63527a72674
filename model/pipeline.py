"""The shapes of classifier Waspada ships: one Pipeline from raw ad to probability."""

from __future__ import annotations

from typing import Any

from sklearn.calibration import CalibratedClassifierCV
from sklearn.decomposition import TruncatedSVD
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline

from model.features import (
    HashedCharTfidf,
    RuleHitFeatures,
    StructuralFeatures,
    make_word_tfidf,
)


def build_text_features(
    *,
    word_max_features: int = 100_000,
    char_hash_features: int = 2**20,
    min_df: int = 2,
) -> FeatureUnion:
    """Word + character TF-IDF, red-flag rule hits and the ad's shape."""
    return FeatureUnion(
        [
            ("word", make_word_tfidf(word_max_features, min_df)),
            ("char", HashedCharTfidf(n_features=char_hash_features, min_df=min_df + 1)),
            ("rules", RuleHitFeatures()),
            ("shape", StructuralFeatures()),
        ]
    )


def build_linear_pipeline(
    *,
    C: float = 4.0,
    calibration_folds: int = 3,
    random_state: int = 13,
    **feature_params: Any,
) -> Pipeline:
    """TF-IDF + rules + shape → logistic regression, sigmoid-calibrated by CV."""
    classifier = LogisticRegression(
        C=C, class_weight="balanced", max_iter=2000, solver="liblinear"
    )
    return Pipeline(
        [
            ("features", build_text_features(**feature_params)),
            (
                "classifier",
                CalibratedClassifierCV(
                    classifier,
                    method="sigmoid",
                    cv=_shuffled_folds(calibration_folds, random_state),
                ),
            ),
        ]
    )


def build_boosted_pipeline(
    *,
    svd_components: int = 96,
    max_iter: int = 300,
    learning_rate: float = 0.08,
    random_state: int = 13,
    **feature_params: Any,
) -> Pipeline:
    """The challenger: gradient boosting over a dense projection of the features.

    Trees find interactions (a destination *and* a free flight *and* Telegram)
    that a linear model can only add up.
    """
    return Pipeline(
        [
            ("features", build_text_features(**feature_params)),
            ("project", TruncatedSVD(svd_components, random_state=random_state)),
            (
                "classifier",
                CalibratedClassifierCV(
                    HistGradientBoostingClassifier(
                        max_iter=max_iter,
                        learning_rate=learning_rate,
                        early_stopping=True,
                        random_state=random_state,
                    ),
                    method="sigmoid",
                    cv=_shuffled_folds(3, random_state),
                ),
            ),
        ]
    )


def _shuffled_folds(folds: int, random_state: int) -> StratifiedKFold:
    """Calibration folds drawn at random, never in corpus order.

    The corpus is ordered by source; unshuffled folds held out whole
    platforms, so the calibrator learned how poorly the model transfers to an
    unseen platform and squeezed every score towards the middle.
    """
    return StratifiedKFold(folds, shuffle=True, random_state=random_state)


PIPELINE_BUILDERS = {
    "linear": build_linear_pipeline,
    "boosted": build_boosted_pipeline,
}
