from __future__ import annotations

from training.generate.ads import COLUMNS
from training.generate.hard_legit import generate_hard_legit
from training.generate.robustness_slices import build


def test_hard_legit_ads_are_deterministic_legitimate_and_in_schema() -> None:
    frame = generate_hard_legit(120, seed=3)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 120
    assert set(frame["label"]) == {0}
    assert frame["text"].str.len().min() > 40
    assert frame["subtype"].str.startswith("hard_legit_").all()
    assert frame.equals(generate_hard_legit(120, seed=3))
    assert generate_hard_legit(60, seed=3).equals(frame.head(60))


def test_training_ads_share_no_text_with_the_evaluation_slices() -> None:
    slice_texts = {row["text"] for rows in build().values() for row in rows}
    training = set(generate_hard_legit(2000, seed=13)["text"])
    assert not training & slice_texts
