"""The document-type model's cue tables and its second batch of phrasings."""

from __future__ import annotations

from collections import Counter

import pytest

import model.doctype as doctype
import model.doctype_cues as cues
from training.generate import doctype_phrases as P
from training.generate import doctype_phrases_more as MORE
from training.generate.doctype import generate_texts, split_pool


def test_cue_lists_are_clean_and_each_word_has_one_group() -> None:
    words = [cue for group in cues.CUES.values() for cue in group]
    assert all(cue and cue == cue.strip() and "\n" not in cue for cue in words)
    repeated = [cue for cue, count in Counter(words).items() if count > 1]
    assert repeated == []
    assert len(cues.FEATURE_NAMES) == cues.N_DENSE == 2 * len(cues.CUE_GROUPS) + 5


@pytest.mark.parametrize(
    "name",
    ["CUES", "CUE_GROUPS", "FEATURE_NAMES", "N_DENSE", "MAX_CHARS", "dense_features"],
)
def test_model_doctype_still_exports_the_cue_names(name: str) -> None:
    assert getattr(doctype, name) is getattr(cues, name)


@pytest.mark.parametrize(
    ("table", "batches"),
    [
        (P.WARN, [MORE.MORE_WARN]),
        (P.PROMO, [MORE.MORE_PROMO, MORE.MORE_PROMO_COMMENTS]),
        (P.OTHER, [MORE.MORE_OTHER, MORE.MORE_OTHER_COMMENTS]),
    ],
)
def test_second_batch_comes_after_the_first_in_every_pool(
    table: dict[str, dict[str, tuple[str, ...]]],
    batches: list[dict[str, dict[str, tuple[str, ...]]]],
) -> None:
    for lang, pools in table.items():
        for name, pool in pools.items():
            added: tuple[str, ...] = ()
            for batch in batches:
                added += batch.get(lang, {}).get(name, ())
            assert pool[len(pool) - len(added) :] == added


def test_second_batch_layouts_are_appended_and_split_like_the_first() -> None:
    for kind, layouts in MORE.MORE_WARN_KINDS.items():
        assert P.WARN_KINDS[kind][-len(layouts) :] == layouts
        assert split_pool(P.WARN_KINDS[kind], "test")


def test_sms_and_phishing_texts_are_generated() -> None:
    data = generate_texts(30, seed=5, split="train")
    families = data.groupby("family")["doctype"].agg(set)
    assert families["phishing"] == {"other_scam_or_promo"}
    assert families["sms"] == {"other"}
