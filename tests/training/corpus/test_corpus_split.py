"""Splits never separate a duplicate group; LOSO never trains on a test twin."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from training.corpus.dedup import deduplicate
from training.corpus.schema import conform
from training.corpus.split import assign_splits, leave_one_source_out


def _corpus(n_groups: int = 400, seed: int = 0) -> pd.DataFrame:
    """Rows from three sources, with multi-row dup groups and conflicts."""
    rng = np.random.default_rng(seed)
    sources = np.array(["a", "b/x", "b/y", "c"])
    rows = []
    for g in range(n_groups):
        size = int(rng.choice([1, 1, 1, 2, 3]))
        source = str(rng.choice(sources))
        label = int(rng.integers(0, 2))
        for k in range(size):
            # Members of a group mostly share a source, sometimes not.
            src = source if k == 0 or rng.random() < 0.7 else str(rng.choice(sources))
            rows.append(
                (src, f"t{g}-{k}", label if k == 0 else int(rng.integers(0, 2)), g)
            )
    df = pd.DataFrame(rows, columns=["source", "text", "label", "dup_group"])
    return df


def test_no_dup_group_crosses_splits() -> None:
    df = _corpus()
    split = assign_splits(df, seed=13)
    assert set(split) == {"train", "validation", "test"}
    assert (split.groupby(df["dup_group"]).nunique() == 1).all()


def test_fractions_stratified_and_deterministic() -> None:
    df = _corpus(3000)
    split = assign_splits(df, seed=13)
    assert split.equals(assign_splits(df, seed=13))
    assert not split.equals(assign_splits(df, seed=14))
    for _, part in split.groupby([df["source"], df["label"]]):
        shares = part.value_counts(normalize=True)
        assert shares["train"] == pytest.approx(0.7, abs=0.06)
        assert shares["test"] == pytest.approx(0.15, abs=0.06)


def test_one_row_stratum_goes_to_train() -> None:
    df = pd.DataFrame(
        {"source": ["lonely"], "text": ["x"], "label": [1], "dup_group": [0]}
    )
    assert list(assign_splits(df)) == ["train"]


def test_adding_a_source_keeps_other_assignments() -> None:
    df = _corpus(500)
    extra = pd.DataFrame(
        {"source": "new", "text": "n", "label": 1, "dup_group": np.arange(10) + 10_000}
    )
    before = assign_splits(df)
    after = assign_splits(pd.concat([df, extra], ignore_index=True))
    assert after.iloc[: len(df)].equals(before)


def test_split_after_real_dedup_has_no_leak() -> None:
    base = "Lowongan kerja admin di Kamboja gaji besar tiket gratis nomor {}"
    texts = [base.format(i % 7) for i in range(60)] + [
        f"pesan unik nomor {w} untuk uji" for w in "abcdefghijklmnopqrst"
    ]
    labels = [i % 2 for i in range(len(texts))]
    df = conform(
        pd.DataFrame({"source": "s", "text": texts, "label": labels}),
        genre="sms",
        label_origin="source_label",
        text_only=True,
    )
    kept = deduplicate(df).kept
    split = assign_splits(kept)
    assert (split.groupby(kept["dup_group"]).nunique() == 1).all()


def test_leave_one_source_out() -> None:
    df = _corpus(600)
    df["split"] = assign_splits(df)
    folds = {name: (tr, te) for name, tr, te in leave_one_source_out(df)}
    assert set(folds) == {"a", "b", "c"}  # sub-sources fold into "b"
    for held_out, (train_idx, test_idx) in folds.items():
        family = df["source"].str.split("/").str[0]
        assert set(test_idx) == set(df.index[family == held_out])
        train = df.loc[train_idx]
        assert (train["source"].str.split("/").str[0] != held_out).all()
        assert set(train["split"]) <= {"train", "validation"}
        # no near duplicate (same dup_group) of a test row is trained on
        test_groups = set(df.loc[test_idx, "dup_group"])
        assert not test_groups & set(train["dup_group"])
    # and some rows were indeed excluded for sharing a group with the test set
    train_a, _ = folds["a"]
    eligible = df[(~df["source"].eq("a")) & df["split"].isin(["train", "validation"])]
    assert len(train_a) < len(eligible)


def test_loso_named_sub_source() -> None:
    df = _corpus(200)
    df["split"] = assign_splits(df)
    ((name, _, test_idx),) = list(leave_one_source_out(df, ["b/x"]))
    assert name == "b/x"
    assert set(df.loc[test_idx, "source"]) == {"b/x"}
