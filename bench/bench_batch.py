"""Benchmark `waspada score`: rows/s and peak memory, single process, all cores, Dask.

Run: ``.venv/bin/python bench/bench_batch.py --model DIR [--rows 100000]
[--million]``

Input is a mix of the project's generated ads (``training.generate``) and, when
the shared datasets are on disk, real job ads (``training.corpus.loaders``),
cycled with unique ids up to ``--rows``. Each mode runs the installed
``waspada score`` command as a subprocess, exactly as a user would, while a
sampler adds up the resident memory (RSS) of the whole process tree (parent,
pool workers, Dask scheduler and workers) every 0.25 s.

``--million`` also scores a 1,000,000-row JSONL file end to end with all
cores and reports memory over time: flat memory means the peak does not grow
between the first and the last tenth of the run.

Prints Markdown (``bench/run_all.py`` collects it) and writes
``bench/results/batch.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.ad import AD_FIELDS

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parent
RESULTS = HERE / "results"
AD_KEYS = ("text", *AD_FIELDS)
REAL_JOB_SOURCES = (
    "emscad_partial",
    "id_jobs_lokerid",
    "id_jobs_jobstreet_misc",
    "kh_jobs_cambodia_boards",
)


# --- input ---------------------------------------------------------------------------


def _records(frame: Any, source: str) -> list[dict[str, Any]]:
    """Ads from a corpus-shaped frame: fields when structured, else text."""
    out = []
    for row in frame.to_dict(orient="records"):
        fields = {
            key: row[key]
            for key in AD_KEYS[1:]
            if isinstance(row.get(key), str) and row[key].strip()
        }
        if len(fields) >= 2:
            out.append({"source": source, **fields})
        elif isinstance(row.get("text"), str) and row["text"].strip():
            out.append({"source": source, "text": row["text"]})
    return out


def ad_pool(seed: int, generated: int, real: int) -> tuple[list[dict], dict[str, int]]:
    """Distinct ads to cycle through, and how many came from where."""
    pool: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    try:
        from training.generate import generate_ads

        ads = _records(generate_ads(generated, seed=seed), "generated")
        pool += ads
        counts["generated"] = len(ads)
    except Exception as exc:  # another engineer's module may be mid-change
        print(f"note: generated ads unavailable ({exc})", file=sys.stderr)
    try:
        from training.corpus.loaders import load_dataset
        from training.corpus.paths import resolve_data_root

        root = resolve_data_root(None)
        if root is None:
            raise FileNotFoundError("no shared data folder")
        rng = random.Random(seed)
        real_ads: list[dict[str, Any]] = []
        for name in REAL_JOB_SOURCES:
            try:
                real_ads += _records(load_dataset(name, root), name)
            except Exception as exc:
                print(f"note: {name} skipped ({exc})", file=sys.stderr)
        rng.shuffle(real_ads)
        pool += real_ads[:real]
        counts["real"] = len(real_ads[:real])
    except Exception as exc:
        print(f"note: real ads unavailable ({exc})", file=sys.stderr)
    if not pool:
        pool = [
            {"text": "Admin online Kamboja, gaji 20 juta, tiket ditanggung."},
            {"title": "Staf gudang", "company": "PT Maju", "location": "Bekasi"},
        ]
        counts["fallback"] = len(pool)
    random.Random(seed).shuffle(pool)
    return pool, counts


def rows(pool: list[dict[str, Any]], n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        ad = pool[i % len(pool)]
        yield {"id": f"bench-{i}", **{k: v for k, v in ad.items() if k != "source"}}


def write_jsonl(path: Path, pool: list[dict[str, Any]], n: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows(pool, n):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_parquet(path: Path, pool: list[dict[str, Any]], n: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string())] + [(k, pa.string()) for k in AD_KEYS])
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows(pool, n):
            batch.append(row)
            if len(batch) == 20_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


# --- measuring -----------------------------------------------------------------------


def tree_usage(root: int) -> tuple[int, dict[int, float], int]:
    """RSS and PSS bytes of ``root`` and its descendants, and each one's CPU
    seconds.

    CPU comes from /proc too: pool workers may be children of
    multiprocessing's forkserver, which the parent never waits for, so
    ``RUSAGE_CHILDREN`` would miss them. PSS (proportional set size) splits
    each shared page between the processes that map it: workers forked from
    a parent that loaded the model share its pages, which RSS would count
    once per process.
    """
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    cpu: dict[int, float] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        # The command name may hold spaces; fields resume after the last ")".
        fields = stat[stat.rfind(b")") + 2 :].split()
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * page
        cpu[pid] = (int(fields[11]) + int(fields[12])) / ticks
    total, pss, stack, seen = 0, 0, [root], {}
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        pss += _pss(pid)
        seen[pid] = cpu.get(pid, 0.0)
        stack.extend(children.get(pid, []))
    return total, seen, pss


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


@dataclass
class Run:
    mode: str
    rows: int
    wall_s: float
    summary: dict[str, Any]
    output_rows: int
    cpu_s: float
    # (seconds since start, RSS bytes, PSS bytes) of the process tree
    samples: list[tuple[float, int, int]] = field(default_factory=list)

    @property
    def peak_mb(self) -> float:
        return max((rss for _, rss, _ in self.samples), default=0) / 2**20

    @property
    def peak_pss_mb(self) -> float:
        return max((pss for _, _, pss in self.samples), default=0) / 2**20

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.wall_s


def count_rows(path: Path) -> int:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    lines = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 24):
            lines += block.count(b"\n")
    return lines


def waspada_command() -> list[str]:
    script = Path(sys.executable).with_name("waspada")
    return [str(script)] if script.exists() else [sys.executable, "-m", "service.cli"]


def run_mode(
    mode: str, source: Path, output: Path, model: str, workers: int, extra: list[str]
) -> Run:
    summary_file = output.with_suffix(".summary.json")
    command = [
        *waspada_command(), "score", str(source), "-o", str(output),
        "--model", model, "--workers", str(workers), "--quiet",
        "--summary", str(summary_file), *extra,
    ]  # fmt: skip
    print(f"-- {mode}: {' '.join(command)}", file=sys.stderr, flush=True)
    samples: list[tuple[float, int, int]] = []
    # CPU seconds per process of the tree, last value seen: a fair measure
    # when other jobs share the cores and wall time says little.
    cpu_seen: dict[int, float] = {}
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=PROJECT_ROOT)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            rss, cpu, pss = tree_usage(process.pid)
            samples.append((time.monotonic() - started, rss, pss))
            cpu_seen.update(cpu)
            stop.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    wall = time.monotonic() - started
    stop.set()
    sampler.join()
    if code != 0:
        raise SystemExit(f"{mode}: waspada score exited with {code}")
    cpu = sum(cpu_seen.values())
    summary = json.loads(summary_file.read_text(encoding="utf-8"))
    run = Run(mode, summary["rows"], wall, summary, count_rows(output), cpu, samples)
    print(
        f"   {run.rows:,} rows in {wall:.1f} s = {run.rows_per_s:,.0f} rows/s, "
        f"CPU {cpu:.1f} s, peak RSS {run.peak_mb:,.0f} MB, "
        f"peak PSS {run.peak_pss_mb:,.0f} MB",
        file=sys.stderr,
        flush=True,
    )
    return run


def flatness(run: Run) -> list[tuple[str, float, float]]:
    """Peak RSS and PSS (MB) of the tree in each tenth of the run's wall time."""
    out = []
    for tenth in range(10):
        low, high = run.wall_s * tenth / 10, run.wall_s * (tenth + 1) / 10
        window = [(rss, pss) for t, rss, pss in run.samples if low <= t < high]
        out.append(
            (
                f"{tenth * 10}-{tenth * 10 + 10}%",
                max((rss for rss, _ in window), default=0) / 2**20,
                max((pss for _, pss in window), default=0) / 2**20,
            )
        )
    return out


# --- report --------------------------------------------------------------------------


def report(
    runs: list[Run], million: Run | None, counts: dict[str, int], args: Any
) -> str:
    cores = len(os.sched_getaffinity(0))
    rows = f"{args.rows:,}" if runs else f"{args.million_rows:,}"
    lines = [
        f"Batch scoring (`waspada score`), {rows} ads, model `{args.model}`, "
        f"{cores} cores, chunk size {args.chunk_size}, no --explain.",
        "",
        "Ads: "
        + ", ".join(f"{n:,} {kind}" for kind, n in counts.items())
        + " distinct, cycled with unique ids. Wall time includes process start, "
        "model loading and writing the output. CPU s is the "
        "user+system time of the whole process tree; with other jobs on the "
        f"machine (load average {os.getloadavg()[0]:.1f} at the end), "
        "`cores × 1000 / CPU ms/row` is the rows/s the cores would give alone. "
        "Peak PSS counts pages shared between processes (workers forked from "
        "a parent that loaded the model) once; RSS counts them in every process.",
        "",
        "| mode | input | rows | output rows | wall s | rows/s | CPU s | "
        "CPU ms/row | peak RSS (tree) | peak PSS (tree) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in [*runs, *([million] if million else [])]:
        lines.append(
            f"| {run.mode} | {run.summary['input'].rsplit('.', 1)[-1]} | "
            f"{run.rows:,} | {run.output_rows:,} | {run.wall_s:.1f} | "
            f"{run.rows_per_s:,.0f} | {run.cpu_s:,.0f} | "
            f"{1000 * run.cpu_s / max(run.rows, 1):.2f} | {run.peak_mb:,.0f} MB | "
            f"{run.peak_pss_mb:,.0f} MB |"
        )
    if runs:
        lines += [
            "",
            "Risk counts and errors (first mode): "
            f"`{json.dumps(runs[0].summary['risk'])}`, errors "
            f"`{json.dumps(runs[0].summary['errors_by_code'])}`.",
        ]
    if million:
        accounted = (
            "all accounted for" if million.output_rows == million.rows else "MISMATCH"
        )
        lines += [
            "",
            f"### 1,000,000 rows end to end ({million.mode})",
            "",
            f"{million.rows:,} input rows, {million.output_rows:,} output rows "
            f"({accounted}), "
            f"{million.wall_s:,.0f} s, {million.rows_per_s:,.0f} rows/s. Peak "
            "memory of the process tree in each tenth of the run:",
            "",
            "| part of run | " + " | ".join(p for p, _, _ in flatness(million)) + " |",
            "|---|" + "---:|" * 10,
            "| peak RSS MB | "
            + " | ".join(f"{mb:,.0f}" for _, mb, _ in flatness(million))
            + " |",
            "| peak PSS MB | "
            + " | ".join(f"{mb:,.0f}" for _, _, mb in flatness(million))
            + " |",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--model",
        default=os.environ.get("WASPADA_MODEL_PATH", "artifacts/default"),
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--million", action="store_true", help="also 1,000,000 rows")
    parser.add_argument(
        "--million-rows", type=int, default=1_000_000, help=argparse.SUPPRESS
    )
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument(
        "--modes",
        nargs="*",
        default=["single", "cores", "dask"],
        choices=["single", "cores", "dask"],
    )
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--work-dir", help="keep the generated files here")
    parser.add_argument("--out", default=str(RESULTS / "batch.md"))
    args = parser.parse_args(argv)

    if not (Path(args.model) / "meta.json").is_file():
        print(f"No model at {args.model}; run `make train` first.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        work = Path(args.work_dir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        pool, counts = ad_pool(args.seed, generated=4000, real=4000)
        source = work / "ads.jsonl"
        if args.modes:
            write_jsonl(source, pool, args.rows)
        chunk = ["--chunk-size", str(args.chunk_size)]
        runs: list[Run] = []
        if "single" in args.modes:
            runs.append(
                run_mode(
                    "single process (--workers 1)",
                    source,
                    work / "single.jsonl",
                    args.model,
                    1,
                    chunk,
                )
            )
        if "cores" in args.modes:
            runs.append(
                run_mode(
                    f"all cores (--workers {args.workers})",
                    source,
                    work / "cores.jsonl",
                    args.model,
                    args.workers,
                    chunk,
                )
            )
        if "dask" in args.modes:
            parquet = work / "ads.parquet"
            write_parquet(parquet, pool, args.rows)
            runs.append(
                run_mode(
                    f"Dask LocalCluster ({args.workers} workers)",
                    parquet,
                    work / "dask.parquet",
                    args.model,
                    args.workers,
                    [*chunk, "--dask"],
                )
            )
        million = None
        if args.million:
            big = work / "million.jsonl"
            write_jsonl(big, pool, args.million_rows)
            source.unlink(missing_ok=True)
            million = run_mode(
                f"all cores (--workers {args.workers})",
                big,
                work / "million.out.jsonl",
                args.model,
                args.workers,
                chunk,
            )
    text = "# Batch scoring benchmark\n\n" + report(runs, million, counts, args)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
