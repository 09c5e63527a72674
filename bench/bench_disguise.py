"""Benchmark what undoing disguises (``model.disguise``) costs per ad.

Run: ``.venv/bin/python bench/bench_disguise.py [--rounds 3]``

Times ``model.preprocess.normalize`` with and without the undisguise pass on
the robustness slices (``data/slices/``: clean ads, disguised ads, other
languages, hard legitimate ads) and on ordinary ads built from plain
fragments, in CPU time of this process (one thread) per ad. The difference
is the cost of ``model.disguise``: on ordinary ads one candidate scan, on
disguised ads the rewriting and the composed offset map.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

from model.preprocess import normalize

SLICES = Path(__file__).resolve().parent.parent / "data" / "slices"
ORDINARY = [
    "PT Sinar Abadi membuka lowongan staf gudang di Cikarang. Syarat: pendidikan "
    "minimal SMA/SMK, usia maksimal 30 tahun, jujur dan disiplin. Gaji sesuai UMR, "
    "BPJS Kesehatan dan Ketenagakerjaan. Kirim CV ke hrd@sinarabadi.co.id. " * 3,
    "We are hiring a junior accountant for our Jakarta office. Requirements: "
    "bachelor's degree in accounting, 2 years of experience, Excel. Benefits "
    "include health insurance and 12 days of annual leave. " * 3,
]


def _load(kinds: Sequence[str]) -> list[str]:
    texts = []
    for path in sorted(SLICES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row["slice"] in kinds or row["kind"] in kinds:
                    texts.append(row["text"])
    return texts


def _per_ad_us(texts: Sequence[str], undisguise: bool, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            normalize(text, undisguise=undisguise)
        best = min(best, time.process_time() - started)
    return 1e6 * best / max(len(texts), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sets = {
        "ordinary ads (~700 chars)": ORDINARY * 200,
        "clean scam ads (slice)": _load(["clean"]),
        "disguised scam ads (slices)": _load(["disguise"]),
        "other languages (slices)": _load(["language"]),
        "hard legitimate ads (slices)": _load(["hard_legit"]),
    }
    print("| texts | n | normalise µs/ad (off) | with undisguise µs/ad | cost µs/ad |")
    print("|---|---:|---:|---:|---:|")
    for name, texts in sets.items():
        off = _per_ad_us(texts, False, args.rounds)
        on = _per_ad_us(texts, True, args.rounds)
        print(f"| {name} | {len(texts)} | {off:.1f} | {on:.1f} | {on - off:.1f} |")
    print()
    print("CPU time of one thread, best of", args.rounds, "rounds.")


if __name__ == "__main__":
    main()
