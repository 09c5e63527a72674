"""Speed claims of the training and scoring parts, measured instead of assumed.

    python bench/bench_training_parts.py [--model DIR] [--ads 2000]

1. Hashed character TF-IDF (``model.features.HashedCharTfidf``, numpy) against
   scikit-learn's own analyser (``HashingVectorizer(analyzer="char")`` +
   ``TfidfTransformer``, the same n-gram range and width) on the same ads:
   transform time per ad (the docstring claims "an order of magnitude").
2. ``LinearScorer`` (the fast path) against the fitted Pipeline's
   ``predict_proba`` one ad at a time, as the service scores (the claim:
   scikit-learn's per-call validation was ~6 of ~7 ms per ad).
3. Near-duplicate detection in the corpus build
   (``training.corpus.dedup.assign_dup_groups``, numpy MinHash) on 25,000
   rows against ``datasketch.MinHashLSH`` with the same shingles, threshold
   and permutations: time and how many of the texts both put in the same
   groups.
4. The ad generator: CPU time for 4,000 ads.

Figures are CPU time where a process competes with others (the machine's
cores may be shared), wall time otherwise; each line says which.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sample_ads(count: int) -> list[str]:
    from training.generate import generate_ads

    frame = generate_ads(count, seed=11)
    return [str(text) for text in frame["text"]]


def bench_char_tfidf(ads: list[str]) -> list[str]:
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

    from model.features import HashedCharTfidf, normalized_lowercase

    ours = HashedCharTfidf(ngram_range=(2, 5), n_features=2**20, min_df=1).fit(ads)
    theirs_hash = HashingVectorizer(
        analyzer="char",
        ngram_range=(2, 5),
        n_features=2**20,
        alternate_sign=False,
        norm=None,
        lowercase=False,
        preprocessor=normalized_lowercase,
    )
    theirs_idf = TfidfTransformer(sublinear_tf=True).fit(theirs_hash.transform(ads))
    started = time.process_time()
    ours.transform(ads)
    our_ms = (time.process_time() - started) * 1000 / len(ads)
    started = time.process_time()
    theirs_idf.transform(theirs_hash.transform(ads))
    their_ms = (time.process_time() - started) * 1000 / len(ads)
    mean_chars = statistics.mean(map(len, ads))
    return [
        f"| hashed char 2-5-gram TF-IDF, {len(ads):,} ads of {mean_chars:.0f} chars "
        f"| ours {our_ms:.3f} CPU ms/ad, scikit-learn analyser {their_ms:.3f} "
        f"CPU ms/ad | {their_ms / our_ms:.1f}x |"
    ]


def tiny_model(folder: Path) -> Path:
    from training.config import CONFIG_DIR, load_config
    from training.train import train

    out = folder / "model"
    train(load_config(CONFIG_DIR / "tiny.yaml"), out, work_dir=folder / "corpus",
          progress=False)  # fmt: skip
    return out


def bench_linear_scorer(model: Path, ads: list[str]) -> list[str]:
    from model.detector import Detector
    from model.features import prepare

    detector = Detector.load(model)
    scorer = detector._scorer
    if scorer is None:
        return ["| LinearScorer | not used by this artifact (not linear) | |"]
    prepared = [prepare(text, detector.registry, evidence=False) for text in ads]
    started = time.process_time()
    for ad in prepared:
        detector.pipeline.predict_proba([ad])
    pipeline_ms = (time.process_time() - started) * 1000 / len(ads)
    started = time.process_time()
    for ad in prepared:
        scorer.predict_proba([ad])
    fast_ms = (time.process_time() - started) * 1000 / len(ads)
    return [
        f"| one prepared ad at a time, {len(ads):,} ads | Pipeline.predict_proba "
        f"{pipeline_ms:.2f} CPU ms/ad, LinearScorer {fast_ms:.2f} CPU ms/ad "
        f"| {pipeline_ms / fast_ms:.1f}x |"
    ]


def synthetic_texts() -> list[str]:
    rng = np.random.default_rng(0)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    # Letters only: the dedup key folds digits, so "w1" and "w2" would be one.
    words = ["".join(rng.choice(letters, size=rng.integers(3, 9))) for _ in range(3000)]
    texts = [
        " ".join(rng.choice(words, size=rng.integers(12, 40))) for _ in range(20000)
    ]
    # exact repeats, and near copies with one word changed
    texts += texts[:5000]
    texts += [text + " tambahan" for text in texts[5000:7000]]
    return texts


def bench_dedup() -> list[str]:
    from datasketch import MinHash, MinHashLSH

    from model.campaigns import UnionFind
    from training.corpus.dedup import (
        NUM_PERM,
        SHINGLE,
        THRESHOLD,
        assign_dup_groups,
        dedup_key,
    )

    texts = synthetic_texts()
    started = time.perf_counter()
    ours = assign_dup_groups(texts)
    our_seconds = time.perf_counter() - started

    started = time.perf_counter()
    keys = [dedup_key(text) for text in texts]
    exact: dict[str, int] = {}
    sets = UnionFind(len(texts))
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    distinct = []
    for index, key in enumerate(keys):
        first = exact.setdefault(key, index)
        if first != index:
            sets.union(first, index)
        else:
            distinct.append(index)
    # MinHash.bulk shares one set of permutations (datasketch's fast path).
    shingled = [
        [keys[i][j : j + SHINGLE].encode() for j in range(max(1, len(keys[i]) - 4))]
        for i in distinct
    ]
    for index, minhash in zip(
        distinct, MinHash.bulk(shingled, num_perm=NUM_PERM, seed=1), strict=True
    ):
        for other in lsh.query(minhash):
            sets.union(int(other), index)
        lsh.insert(index, minhash)
    theirs = sets.roots()
    their_seconds = time.perf_counter() - started

    def partition(labels: np.ndarray | list[int]) -> dict[int, frozenset[int]]:
        groups: dict[int, set[int]] = {}
        for index, label in enumerate(labels):
            groups.setdefault(int(label), set()).add(index)
        return {i: frozenset(g) for g in groups.values() for i in g}

    mine, other = partition(ours), partition(theirs)
    same = sum(mine[i] == other[i] for i in range(len(texts))) / len(texts)
    return [
        f"| near-duplicate groups, {len(texts):,} rows (wall) | ours (numpy "
        f"MinHash) {our_seconds:.1f} s, datasketch MinHashLSH {their_seconds:.1f} s "
        f"| same group for {same:.1%} of rows |"
    ]


def bench_generator() -> list[str]:
    from training.generate import generate_ads

    started = time.process_time()
    frame = generate_ads(4000, seed=9)
    seconds = time.process_time() - started
    return [f"| generate 4,000 ads ({len(frame):,} rows) | {seconds:.2f} CPU s | |"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=None, help="artifact (default: tiny)")
    parser.add_argument("--ads", type=int, default=2000)
    args = parser.parse_args(argv)
    ads = sample_ads(args.ads)
    lines = ["| what | figures | ratio |", "|---|---|---|"]
    lines += bench_char_tfidf(ads)
    with tempfile.TemporaryDirectory() as folder:
        model = Path(args.model) if args.model else tiny_model(Path(folder))
        if not (model / "meta.json").is_file():
            model = tiny_model(Path(folder))
        lines += bench_linear_scorer(model, ads[:500])
    lines += bench_dedup()
    lines += bench_generator()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
