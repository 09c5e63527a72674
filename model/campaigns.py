"""Which postings come from the same recruiter: campaigns as connected components.

Two postings are linked when they share a normalised contact or link (see
``model.entities.campaign_keys``: the same E.164 number, handle, e-mail or
link) or when their texts are near duplicates (MinHash over word shingles,
``datasketch.MinHashLSH``, Jaccard above a threshold). A campaign is a
connected component of those links with at least two postings.

Memory is what a million postings need: a few small integers per posting
for the union-find, one MinHash signature per posting with a text (64
permutations: 1 KiB;
64 missed reposts with one changed word too often), and the key index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

DEFAULT_THRESHOLD = 0.7
DEFAULT_PERMUTATIONS = 128
SHINGLE_WORDS = 3
# datasketch's hashing scheme, fixed so signatures stay comparable across
# library versions.
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


class UnionFind:
    """Disjoint sets over 0..n-1 with path halving and union by size.

    Plain lists: indexing a numpy array from Python costs more than the
    work it would save.
    """

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.size = [1] * size

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]

    def roots(self) -> np.ndarray:
        return np.fromiter(
            (self.find(i) for i in range(len(self.parent))),
            dtype=np.int64,
            count=len(self.parent),
        )


def shingles(text: str, width: int = SHINGLE_WORDS) -> set[bytes]:
    """Word ``width``-grams of the lower-cased text (characters for unspaced
    scripts, where a "word" is a whole sentence)."""
    words = _WORD.findall(text.lower())
    if len(words) < width or max(map(len, words), default=0) > 40:
        # Chinese/Thai/Khmer: character 4-grams of the text without spaces.
        compact = "".join(words)
        return {compact[i : i + 4].encode() for i in range(max(1, len(compact) - 3))}
    return {
        " ".join(words[i : i + width]).encode() for i in range(len(words) - width + 1)
    }


def signature(text: str, permutations: int = DEFAULT_PERMUTATIONS) -> np.ndarray:
    """The MinHash signature of a text (datasketch), as a uint64 array."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=permutations, seed=1, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


@dataclass(frozen=True)
class Grouping:
    """Campaign label per posting (-1: in no campaign) and why they linked."""

    labels: np.ndarray
    key_links: int
    text_links: int

    @property
    def campaigns(self) -> int:
        return len(set(self.labels[self.labels >= 0].tolist()))


def group_postings(
    keys: Sequence[Iterable[str]],
    signatures: Sequence[np.ndarray | None] | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    permutations: int = DEFAULT_PERMUTATIONS,
) -> Grouping:
    """Group postings by shared keys and near-duplicate texts.

    ``keys[i]`` are posting i's campaign keys; ``signatures[i]`` its MinHash
    signature (or None when it has no text). Labels number campaigns 0..k-1
    in order of their first posting; a posting linked to no other is -1.
    """
    size = len(keys)
    sets = UnionFind(size)
    first_with_key: dict[str, int] = {}
    key_links = 0
    for index, posting_keys in enumerate(keys):
        for key in posting_keys:
            seen = first_with_key.setdefault(key, index)
            if seen != index:
                sets.union(seen, index)
                key_links += 1
    text_links = 0
    if signatures is not None:
        text_links = _link_near_duplicates(sets, signatures, threshold, permutations)
    roots = sets.roots()
    counts = np.bincount(roots, minlength=size)
    labels = np.full(size, -1, dtype=np.int64)
    numbering: dict[int, int] = {}
    for index, root in enumerate(roots.tolist()):
        if counts[root] < 2:
            continue
        labels[index] = numbering.setdefault(root, len(numbering))
    return Grouping(labels, key_links, text_links)


def _link_near_duplicates(
    sets: UnionFind,
    signatures: Sequence[np.ndarray | None],
    threshold: float,
    permutations: int,
) -> int:
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
    links = 0
    for index, values in enumerate(signatures):
        if values is None:
            continue
        minhash = LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME)
        found = lsh.query(minhash)
        redundant = False
        for other in found:
            sets.union(int(other), index)
            links += 1
            other_values = signatures[int(other)]
            if other_values is not None and np.mean(other_values == values) >= 0.9:
                redundant = True
        # A copy of an indexed text adds nothing to the index; leaving it out
        # keeps a campaign of 10,000 copies from costing 10,000**2 links.
        if not redundant:
            lsh.insert(index, minhash, check_duplication=False)
    return links
