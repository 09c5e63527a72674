"""Exact and near-duplicate detection across the whole corpus.

Duplicates are the main way a split leaks: the judol sets repeat bot spam
thousands of times, ORFD reposts the same ad under new ids, and the PH corpora
copy each other. Two passes:

1. exact: a key that ignores case, digits, punctuation, emoji and spacing
   (so "WISDOMTOTO 100RB🔥" and "wisdomtoto 200rb" are one text);
2. near: MinHash over character 5-gram shingles of that key, LSH banding to
   find candidates, and an exact Jaccard check (>= ``threshold``) before two
   texts are joined. Character shingles (not words) because most texts are
   short comments and SMS, and Chinese has no spaces.

MinHash is done with numpy rather than datasketch's per-object API: ~60k
distinct texts hash in seconds this way, while keeping results deterministic
(no dependence on Python's salted ``hash``).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from training.corpus.schema import normalized

SHINGLE = 5
NUM_PERM = 96
BANDS = 16  # 16 bands x 6 rows: P(candidate | J=0.8) ~ 0.99, J=0.5 ~ 0.22
THRESHOLD = 0.8
_MAX_REPS = 8  # texts compared per LSH bucket, bounds the work on big buckets

_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s+")

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_rng = np.random.default_rng(20240613)
_A = (_rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) * np.uint64(2)) + np.uint64(
    1
)  # odd multipliers for multiply-shift hashing
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)


def dedup_key(text: str) -> str:
    """The exact-duplicate key: normalised, casefolded, digits/punctuation folded.

    A text made only of symbols (emoji, punctuation) keeps its symbols, so two
    unrelated emoji-only comments do not collapse into one key.
    """
    folded = normalized(text).casefold()
    key = _NON_WORD.sub(" ", _DIGITS.sub("0", folded)).strip()
    if key:
        return key
    return _SPACE.sub("", folded)


def _shingle_hashes(key: str) -> np.ndarray:
    """Sorted unique 64-bit hashes of the character 5-grams of ``key``."""
    codes = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - SHINGLE + 1
    if n <= 0:
        return np.array([zlib.crc32(key.encode("utf-8"))], dtype=np.uint64)
    with np.errstate(over="ignore"):
        h = np.zeros(n, dtype=np.uint64)
        for j in range(SHINGLE):
            h = h * np.uint64(1_000_003) + codes[j : j + n]
        # splitmix64 finaliser: spreads the bits before multiply-shift hashing.
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    return np.unique(h)


def _signature(hashes: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        mixed = (_A[:, None] * hashes[None, :] + _B[:, None]) >> np.uint64(32)
    return mixed.min(axis=1).astype(np.uint32)


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))  # a list: numpy scalar indexing is slow

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller index becomes the root: groups are named after
            # their first row, whatever order pairs are found in.
            lo, hi = min(ra, rb), max(ra, rb)
            self.parent[hi] = lo


def near_duplicate_pairs(
    keys: list[str], *, threshold: float = THRESHOLD
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of distinct keys with shingle Jaccard >= ``threshold``.

    Not every such pair is returned (each LSH bucket is compared against a few
    representatives), but enough to connect every near-duplicate cluster that
    LSH finds, which is what grouping needs.
    """
    n = len(keys)
    if n < 2:
        return []
    shingles = [_shingle_hashes(key) for key in keys]
    sigs = np.vstack([_signature(s) for s in shingles])
    rows = NUM_PERM // BANDS
    uf = _UnionFind(n)
    pairs: list[tuple[int, int]] = []
    for band in range(BANDS):
        block = np.ascontiguousarray(sigs[:, band * rows : (band + 1) * rows])
        view = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
        _, inverse, counts = np.unique(view, return_inverse=True, return_counts=True)
        multi = counts[inverse] > 1
        if not multi.any():
            continue
        members = np.flatnonzero(multi)
        order = np.argsort(inverse[members], kind="stable")
        members = members[order]
        buckets = inverse[members]
        starts = np.flatnonzero(np.r_[True, buckets[1:] != buckets[:-1]])
        ends = np.r_[starts[1:], len(members)]
        for start, end in zip(starts, ends, strict=True):
            bucket = members[start:end]
            reps = [int(bucket[0])]
            for m in bucket[1:]:
                m = int(m)
                matched = False
                for r in reps:
                    if uf.find(m) == uf.find(r):
                        matched = True
                        break
                    if _jaccard(shingles[m], shingles[r]) >= threshold:
                        uf.union(m, r)
                        pairs.append((r, m))
                        matched = True
                        break
                if not matched and len(reps) < _MAX_REPS:
                    reps.append(m)
    return pairs


def assign_dup_groups(
    texts: list[str] | pd.Series, *, threshold: float = THRESHOLD
) -> np.ndarray:
    """Duplicate-group id per text (exact and near duplicates share an id).

    Group ids are consecutive integers numbered by each group's first text,
    so the same input order gives the same ids.
    """
    return _groups_from_keys([dedup_key(t) for t in texts], threshold=threshold)


def _groups_from_keys(keys: list[str], *, threshold: float) -> np.ndarray:
    key_index: dict[str, int] = {}
    first_of: list[int] = []  # row -> index into the distinct keys
    for key in keys:
        first_of.append(key_index.setdefault(key, len(key_index)))
    distinct = list(key_index)
    uf = _UnionFind(len(distinct))
    for a, b in near_duplicate_pairs(distinct, threshold=threshold):
        uf.union(a, b)
    roots = np.array([uf.find(i) for i in range(len(distinct))], dtype=np.int64)
    row_roots = roots[np.asarray(first_of, dtype=np.int64)] if keys else roots[:0]
    _, groups = np.unique(row_roots, return_inverse=True)
    return groups.astype(np.int64)


@dataclass
class DedupResult:
    """The deduplicated corpus and what was removed."""

    kept: pd.DataFrame
    all_groups: pd.Series  # dup_group for every input row (input index)
    removed_per_source: dict[str, int] = field(default_factory=dict)
    exact_removed: int = 0
    near_removed: int = 0
    conflict_groups: int = 0
    conflict_rows_kept: int = 0
    cross_source_groups: int = 0


def deduplicate(df: pd.DataFrame, *, threshold: float = THRESHOLD) -> DedupResult:
    """Group duplicates and keep one row per group (one per label on conflict).

    The first row of a group (input order) is kept, so load order decides
    which source's copy survives. A group whose rows disagree on the label
    keeps its first row for each label: dropping either would hide a labelling
    conflict the model will meet anyway; both carry the same ``dup_group`` so
    splits keep them together. Unlabelled copies of a labelled text are
    dropped, they add nothing.
    """
    df = df.reset_index(drop=True)
    keys = [dedup_key(t) for t in df["text"].tolist()]
    groups = _groups_from_keys(keys, threshold=threshold)
    keys_exact = pd.Series(keys)
    work = pd.DataFrame(
        {
            "group": groups,
            "label": df["label"].astype("Int8"),
            "source": df["source"].to_numpy(),
        }
    )
    by_group = work.groupby("group")["label"]
    has_label = by_group.transform("count") > 0
    n_labels = by_group.transform("nunique")
    # Rows that can be kept: labelled rows, or unlabelled rows of an
    # all-unlabelled group. Among those, the first per (group, label).
    eligible = (work["label"].notna() | ~has_label).to_numpy()
    elig_idx = np.flatnonzero(eligible)
    label_key = work["label"].astype("float64").fillna(-1.0).to_numpy()
    first = (
        ~pd.DataFrame({"g": groups[elig_idx], "l": label_key[elig_idx]})
        .duplicated()
        .to_numpy()
    )
    keep = np.zeros(len(df), dtype=bool)
    keep[elig_idx[first]] = True

    kept = df.loc[keep].copy()
    kept["dup_group"] = groups[keep]
    removed = df.loc[~keep, "source"].value_counts()
    removed_per_source = {str(k): int(v) for k, v in removed.sort_index().items()}
    # A removed row is an exact duplicate when a kept row shares its key.
    kept_keys = set(keys_exact[keep].tolist())
    exact_removed = int(keys_exact[~keep].isin(kept_keys).sum())
    conflict = (n_labels > 1).to_numpy()
    sources_per_group = work.groupby("group")["source"].nunique()
    return DedupResult(
        kept=kept.reset_index(drop=True),
        all_groups=pd.Series(groups, index=df.index, name="dup_group"),
        removed_per_source=removed_per_source,
        exact_removed=exact_removed,
        near_removed=int((~keep).sum()) - exact_removed,
        conflict_groups=int(work.loc[conflict, "group"].nunique()),
        conflict_rows_kept=int((conflict & keep).sum()),
        cross_source_groups=int((sources_per_group > 1).sum()),
    )
