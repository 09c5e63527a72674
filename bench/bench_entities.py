"""Entity extraction cost per ad, and `waspada campaigns` on many scored rows.

    python bench/bench_entities.py [--ads 1000] [--rows 1000000] [--text-rows 100000]

1. Extraction: 1,000-character ads (real job ads from the shared datasets when
   present, else generated ones), one process, one core: the time
   ``EntityExtractor.extract`` adds to scoring an ad whose normalised text
   the detector already has (target: 0.5 ms per ad).
2. Campaigns: a synthetic scored file of ``--rows`` postings whose contacts
   come from 50,000 recruiters (keys only, ``--no-text``), and one of
   ``--text-rows`` postings with texts (MinHash near-duplicates too), each
   run through the real `waspada campaigns` command: wall time and peak
   memory (max RSS of the child process).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sample_ads(count: int) -> tuple[list[str], str]:
    shared = ROOT.parent / "shared" / "data" / "id_jobs_lokerid"
    files = sorted(shared.glob("*.csv")) if shared.is_dir() else []
    if files:
        frame = pd.read_csv(files[0]).head(count * 2)
        texts = [
            " ".join(str(v) for v in row if isinstance(v, str))
            for row in frame.itertuples(index=False)
        ]
        source = "loker.id job ads (shared data)"
    else:
        from training.generate.ads import generate_ads

        texts = generate_ads(count * 2, seed=3)["text"].astype(str).tolist()
        source = "generated ads"
    texts = [(t * (1 + 1000 // max(1, len(t))))[:1000] for t in texts if t.strip()]
    return texts[:count], source


def bench_extraction(count: int) -> str:
    from model.entities import EntityExtractor
    from model.preprocess import normalize

    texts, source = sample_ads(count)
    extractor = EntityExtractor()
    extractor.warm()
    normalized = [normalize(text) for text in texts]
    for text, norm in zip(texts, normalized, strict=True):  # warm caches
        extractor.extract(text, language="id", normalized=norm)
    timings = []
    found = 0
    # CPU time too: wall time is only meaningful on an idle machine.
    cpu_started = time.process_time()
    for text, norm in zip(texts, normalized, strict=True):
        started = time.perf_counter()
        found += len(extractor.extract(text, language="id", normalized=norm))
        timings.append((time.perf_counter() - started) * 1000)
    cpu_ms = (time.process_time() - cpu_started) * 1000 / len(texts)
    timings.sort()
    return (
        f"| extraction, {len(texts):,} ads of 1,000 chars ({source}) | "
        f"mean {statistics.fmean(timings):.2f} ms, p50 {timings[len(timings) // 2]:.2f}"
        f" ms, p95 {timings[int(len(timings) * 0.95)]:.2f} ms per ad "
        f"(CPU {cpu_ms:.2f} ms per ad); "
        f"{found / len(texts):.1f} entities per ad | 0.5 ms |"
    )


def scored_file(path: Path, rows: int, with_text: bool) -> Path:
    rng = random.Random(1)
    recruiters = 50_000
    ids, entities, risks, texts = [], [], [], []
    for index in range(rows):
        recruiter = rng.randrange(recruiters) if rng.random() < 0.6 else None
        items = []
        if recruiter is not None:
            items.append(
                {"type": "whatsapp", "text": "x", "start": 0, "end": 1,
                 "normalized": f"+62812{recruiter:07d}"}
            )  # fmt: skip
            if rng.random() < 0.3:
                items.append(
                    {"type": "telegram", "text": "x", "start": 0, "end": 1,
                     "normalized": f"@hr_{recruiter}"}
                )  # fmt: skip
        ids.append(f"ad-{index}")
        entities.append(json.dumps(items))
        risks.append("high" if recruiter is not None else "low")
        if with_text:
            words = [f"w{rng.randrange(5000)}" for _ in range(60)]
            if recruiter is not None:
                words[:30] = [f"r{recruiter}x{k}" for k in range(30)]
            texts.append(" ".join(words))
    frame = pd.DataFrame({"id": ids, "risk": risks, "entities": entities})
    if with_text:
        frame["text"] = texts
    frame.to_parquet(path, index=False)
    return path


def bench_campaigns(rows: int, with_text: bool) -> str:
    with tempfile.TemporaryDirectory() as folder:
        scored = scored_file(Path(folder) / "scored.parquet", rows, with_text)
        command = [sys.executable, "-m", "service.cli", "campaigns", str(scored),
                   "-o", str(Path(folder) / "out"), "-q"]  # fmt: skip
        if not with_text:
            command.append("--no-text")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if done.returncode != 0:
            return f"| campaigns, {rows:,} rows | failed: {done.stderr[-300:]} | |"
        table = pd.read_parquet(Path(folder) / "out" / "campaigns.parquet")
    mode = "contacts + MinHash texts" if with_text else "contacts only"
    return (
        f"| `waspada campaigns`, {rows:,} scored rows, {mode} | {seconds:.1f} s, "
        f"peak RSS {max(peak, before) / 1024:.0f} MB, {len(table):,} campaigns | "
        "within memory |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ads", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--text-rows", type=int, default=100_000)
    args = parser.parse_args(argv)
    lines = ["| what | measured | target |", "|---|---|---|"]
    lines.append(bench_extraction(args.ads))
    if args.text_rows:
        lines.append(bench_campaigns(args.text_rows, with_text=True))
    if args.rows:
        lines.append(bench_campaigns(args.rows, with_text=False))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
