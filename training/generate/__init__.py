"""Synthetic target-domain job ads (scam-compound fronts and hard negatives)."""

from training.generate.ads import (
    COLUMNS,
    LANG_WEIGHTS,
    NEGATIVE_SHARES,
    POSITIVE_SHARES,
    SUBTYPES,
    SUPPORTED_LANGUAGES,
    generate_ads,
)

__all__ = [
    "COLUMNS",
    "LANG_WEIGHTS",
    "NEGATIVE_SHARES",
    "POSITIVE_SHARES",
    "SUBTYPES",
    "SUPPORTED_LANGUAGES",
    "generate_ads",
]
