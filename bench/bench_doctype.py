"""What the document-type model adds to scoring one ad (target: 0.3 ms).

    python bench/bench_doctype.py --model artifacts/default [--ads 2000]

Ads: generated scam and legitimate job ads, warnings and listings in seven
languages (``training.generate.doctype``), normalised once as the detector
does, then classified one at a time with ``DocTypeClassifier.classify`` (the
detector's path). Reported per ad: CPU time of this process (user+system,
robust to other jobs on the machine) and wall time, p50/p95 of the wall
time, and the mean text length.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from model.artifact import load_artifact
    from model.doctype import DOCTYPE_FILE
    from model.preprocess import normalize
    from training.generate.doctype import generate_texts

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="artifacts/default")
    parser.add_argument("--ads", type=int, default=2000)
    args = parser.parse_args(argv)
    artifact = load_artifact(args.model)
    model = artifact.models.get(DOCTYPE_FILE)
    if model is None:
        print(f"The artifact at {args.model} has no {DOCTYPE_FILE}; nothing to time.")
        return 0
    per = max(args.ads // 28, 1)
    frame = generate_texts(per, seed=99, split="test")
    texts = [normalize(t).text for t in frame["text"]]
    for text in texts[:50]:  # warm caches
        model.classify(text)
    walls = []
    cpu_started = time.process_time()
    wall_started = time.perf_counter()
    for text in texts:
        started = time.perf_counter()
        model.classify(text)
        walls.append(time.perf_counter() - started)
    wall = time.perf_counter() - wall_started
    cpu = time.process_time() - cpu_started
    n = len(texts)
    walls.sort()
    print("| ads | mean chars | CPU ms/ad | wall ms/ad | p50 ms | p95 ms | target |")
    print("|---|---|---|---|---|---|---|")
    print(
        f"| {n} | {statistics.mean(len(t) for t in texts):.0f} | "
        f"{cpu / n * 1000:.3f} | {wall / n * 1000:.3f} | "
        f"{walls[n // 2] * 1000:.3f} | {walls[int(n * 0.95)] * 1000:.3f} | 0.3 |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
