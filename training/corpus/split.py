"""Train/validation/test splits and leave-one-source-out folds.

Two leak guards matter more than the exact fractions:

- whole duplicate groups (``dup_group``) go to one side, so a reposted ad or
  a bot's 900 copies of one comment cannot sit in train and test at once;
- leave-one-source-out (LOSO) folds hold out a whole source, because every
  positive source here differs from the negatives in platform and format and
  an in-distribution test would reward learning *where a text came from*.

Assignment is stratified by source x label and seeded per stratum (seed plus
a CRC of the stratum's name), so adding a new source does not reshuffle the
splits of the existing ones.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

import numpy as np
import pandas as pd

SPLITS: tuple[str, str, str] = ("train", "validation", "test")


def _groups(df: pd.DataFrame) -> pd.Series:
    if "dup_group" in df.columns:
        return df["dup_group"]
    # No dedup was run: group near duplicates now rather than leak them.
    from training.corpus.dedup import assign_dup_groups

    return pd.Series(assign_dup_groups(df["text"].tolist()), index=df.index)


def assign_splits(
    df: pd.DataFrame,
    *,
    seed: int = 13,
    fractions: tuple[float, float, float] = (0.7, 0.15, 0.15),
) -> pd.Series:
    """``train``/``validation``/``test`` per row, on ``df``'s index.

    Groups (``dup_group``) are the unit: each group takes the stratum of its
    first row and is placed by where the middle of the group falls in the
    shuffled stratum, so a stratum's rows split close to ``fractions`` and a
    one-row stratum lands in train.
    """
    if len(fractions) != 3 or any(f < 0 for f in fractions) or sum(fractions) <= 0:
        raise ValueError(f"fractions must be three non-negative numbers: {fractions}")
    total = float(sum(fractions))
    cut_train = fractions[0] / total
    cut_val = (fractions[0] + fractions[1]) / total

    groups = _groups(df).to_numpy()
    label = df["label"].astype("Float64").fillna(-1).astype(int).astype(str)
    stratum = (df["source"].astype(str) + "|" + label).to_numpy()
    frame = pd.DataFrame(
        {"group": groups, "stratum": stratum, "pos": np.arange(len(df))}
    )
    per_group = frame.groupby("group", sort=True).agg(
        stratum=("stratum", "first"), size=("pos", "size")
    )

    split_of_group: dict[object, str] = {}
    for name, block in per_group.groupby("stratum", sort=True):
        rng = np.random.default_rng([seed, zlib.crc32(str(name).encode("utf-8"))])
        order = rng.permutation(len(block))
        sizes = block["size"].to_numpy()[order]
        ids = block.index.to_numpy()[order]
        before = np.cumsum(sizes) - sizes
        middle = (before + sizes / 2.0) / sizes.sum()
        for gid, mid in zip(ids, middle, strict=True):
            if mid < cut_train:
                split_of_group[gid] = "train"
            elif mid < cut_val:
                split_of_group[gid] = "validation"
            else:
                split_of_group[gid] = "test"
    return pd.Series(
        [split_of_group[g] for g in groups],
        index=df.index,
        name="split",
        dtype="string",
    )


def source_family(source: str) -> str:
    """``ph_scam_sms/bantay_bait`` -> ``ph_scam_sms``: the dataset a row came from."""
    return source.split("/", 1)[0]


def leave_one_source_out(
    df: pd.DataFrame, sources: Iterable[str] | None = None
) -> Iterator[tuple[str, pd.Index, pd.Index]]:
    """Yield ``(held_out, train_index, test_index)`` per source.

    ``test`` is every row of the held-out source (a sub-source such as
    ``ph_scam_sms/agryes`` can be named, or the dataset ``ph_scam_sms`` for
    all of its parts); ``train`` is the other sources' train and validation
    rows, minus any row that shares a ``dup_group`` with a test row, so no
    near duplicate of a test text is trained on. Default: every dataset
    (source family) in ``df``.
    """
    split = df["split"].astype(str) if "split" in df.columns else assign_splits(df)
    groups = _groups(df)
    source = df["source"].astype(str)
    family = source.map(source_family)
    if sources is None:
        sources = sorted(family.unique())
    for held_out in sources:
        is_test = (source == held_out) | (family == held_out)
        if not is_test.any():
            continue
        test_groups = set(groups[is_test].tolist())
        is_train = (
            ~is_test & split.isin(["train", "validation"]) & ~groups.isin(test_groups)
        )
        yield held_out, df.index[is_train.to_numpy()], df.index[is_test.to_numpy()]
