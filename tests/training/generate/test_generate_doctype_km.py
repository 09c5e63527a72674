"""Khmer in the document-type generator (training.generate.doctype).

Khmer was added last to ``LANGS``: it must yield all four classes in both
splits from templates that expand cleanly and keep their held-out families
apart, and the seven earlier languages must come out byte-identical.
"""

from __future__ import annotations

import random
import re

import pytest

from training.generate import doctype_phrases as P
from training.generate.doctype import (
    _flags,
    _slots,
    generate_texts,
    split_pool,
)
from training.generate.engine import expand

OLD_LANGS = ("id", "en", "ms", "zh", "th", "vi", "tl")
CLASSES = {"job_ad", "warning_or_news", "other_scam_or_promo", "other"}
KHMER = re.compile(r"[\u1780-\u17ff]")
LEFTOVER = re.compile(r"[{}]|\[[^\]]*\|[^\]]*\]")
BARE_FAMILIES = set(P.BARE)
# The WARN pools the layouts name ("ad" is a quoted generated ad).
WARN_NAMES = {n for kind in P.WARN_KINDS.values() for lay in kind for n in lay} - {"ad"}
TABLES = {"WARN": P.WARN, "PROMO": P.PROMO, "OTHER": P.OTHER}
KM_POOLS = [
    pytest.param(table, name, id=f"{table}-{name}")
    for table, langs in TABLES.items()
    for name in langs["km"]
]
KM_TEMPLATES = [
    pytest.param(template, id=f"{table}-{name}-{i}")
    for table, langs in TABLES.items()
    for name, pool in langs["km"].items()
    for i, template in enumerate(pool)
] + [pytest.param(flag, id=f"FLAG-{i}") for i, flag in enumerate(P.FLAG_LISTS["km"])]


@pytest.mark.parametrize("split", ["train", "test"])
def test_adding_khmer_leaves_the_earlier_languages_byte_identical(split: str) -> None:
    # Khmer comes last, so every earlier language keeps its seeds and draws:
    # the eight-language data minus Khmer is the seven-language data. (A
    # hash pin would also break on any change to the ad generator, whose
    # ads the warnings quote.)
    both = generate_texts(30, seed=13, split=split, languages=P.LANGS)
    earlier = generate_texts(30, seed=13, split=split, languages=OLD_LANGS)
    without_km = both[both["lang"] != "km"].reset_index(drop=True)
    assert without_km.to_csv(lineterminator="\n") == earlier.to_csv(lineterminator="\n")


def test_khmer_is_added_last() -> None:
    assert (*OLD_LANGS, "km") == P.LANGS


@pytest.mark.parametrize(
    ("table", "needed"),
    [
        ("SLOTS", set(P.SLOTS["th"])),
        ("WARN", WARN_NAMES),
        ("PROMO", set(P.PROMO["th"])),
        ("OTHER", set(P.OTHER["th"])),
    ],
)
def test_khmer_has_every_pool_the_generator_reads(table: str, needed: set[str]) -> None:
    pools = getattr(P, table)["km"]
    assert needed <= set(pools), needed - set(pools)
    assert P.FLAG_LISTS["km"]


@pytest.mark.parametrize("split", ["train", "test"])
def test_khmer_yields_all_four_classes(split: str) -> None:
    frame = generate_texts(20, seed=7, split=split, languages=("km",))
    assert set(frame["doctype"]) == CLASSES
    assert set(frame["lang"]) == {"km"}
    worded = frame[~frame["family"].isin(BARE_FAMILIES)]
    assert all(KHMER.search(text) for text in worded["text"])
    assert not any(LEFTOVER.search(text) for text in frame["text"])


@pytest.mark.parametrize("template", KM_TEMPLATES)
def test_khmer_template_expands_without_leftovers(template: str) -> None:
    rng = random.Random(f"km-doctype:{template}")
    for _ in range(50):
        slots = _slots(rng, "km")
        slots["flags"] = _flags(rng, "km", slots)
        text = expand(template, rng, slots)
        assert text and KHMER.search(text), template
        assert not LEFTOVER.search(text), text


@pytest.mark.parametrize(("table", "name"), KM_POOLS)
def test_khmer_held_out_templates_are_disjoint(table: str, name: str) -> None:
    pool = TABLES[table]["km"][name]
    assert len(pool) >= 4 and len(set(pool)) == len(pool), (table, name)
    train, test = split_pool(pool, "train"), split_pool(pool, "test")
    assert test and train
    assert not set(train) & set(test)
    assert set(train) | set(test) == set(pool)
