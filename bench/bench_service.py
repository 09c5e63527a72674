"""Load test of the HTTP service: a real uvicorn on loopback, concurrent clients.

    python bench/bench_service.py --model artifacts/default [--quick]

Scenarios:
* single: POST /v1/score, one 1,000-character ad, explanations on;
* batch: POST /v1/score/batch, 1,000 ads of ~300 characters, explanations off.

Each runs a bounded number of requests (and at most a time budget) from N
concurrent async httpx clients after a warm-up, and reports latency
percentiles, throughput and the server's peak resident memory. The table is
printed and written to bench/results/service.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "service.md"

SCAM = [
    "Lowongan customer service di Kamboja",
    "gaji 15 juta per bulan",
    "tiket pesawat gratis",
    "tidak perlu pengalaman",
    "Hubungi WhatsApp +62 812 3456 7890",
    "Work in Cambodia as customer service",
    "high salary USD 2000 per month",
    "free flight, visa and accommodation",
    "no experience needed, age 18-35",
    "contact Telegram @hr_recruit_kh",
    "typing job in Myanmar",
    "online marketing for a casino in Laos",
]
LEGIT = [
    "Barista wanted at Kopi Kita Bandung",
    "salary according to UMR",
    "minimum 2 years experience",
    "send your CV to hr@kopikita.co.id",
    "Staf administrasi di Jakarta Selatan",
    "pendidikan minimal S1 akuntansi",
    "BPJS Kesehatan dan Ketenagakerjaan",
    "interview di kantor pusat",
    "Software engineer, Python and SQL",
    "shift pagi, kontrak 1 tahun",
    "health insurance and annual leave",
]


def make_ad(rng: random.Random, length: int) -> str:
    pool = SCAM + LEGIT if rng.random() < 0.5 else LEGIT
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < length:
        parts.append(rng.choice(pool))
    return (". ".join(parts) + ".")[:length]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``waspada serve`` in a subprocess, with RSS sampled in a thread."""

    def __init__(self, model: Path, threads: int, workers: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("WASPADA_")}
        env.update(
            WASPADA_MODEL_PATH=str(model.resolve()),
            WASPADA_HOST="127.0.0.1",
            WASPADA_PORT=str(self.port),
            WASPADA_RATE_LIMIT_PER_SECOND="0",  # one client hammers on purpose
            WASPADA_LOG_LEVEL="warning",
            WASPADA_SCORE_THREADS=str(threads),
            WASPADA_WORKERS=str(workers),
            PYTHONPATH=str(ROOT),
        )
        # Closed with the process in stop(); a with-block cannot span both.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from service.app import serve; serve()"],
            env=env,
            cwd=tempfile.gettempdir(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.peak_rss = 0
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def _tree(self) -> list[int]:
        """The server and its worker processes (uvicorn --workers forks)."""
        pids, queue = [], [self.process.pid]
        while queue:
            pid = queue.pop()
            pids.append(pid)
            try:
                with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
                    queue.extend(int(child) for child in fh.read().split())
            except OSError:
                pass
        return pids

    @staticmethod
    def _status(pid: int, field: str) -> int:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith(field):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def _sample(self) -> None:
        while not self._stop.is_set():
            rss = sum(self._status(pid, "VmRSS:") for pid in self._tree())
            self.peak_rss = max(self.peak_rss, rss)
            time.sleep(0.05)

    def peak_hwm(self) -> int:
        """The kernel's own high-water marks (catch spikes between samples)."""
        return sum(self._status(pid, "VmHWM:") for pid in self._tree())

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise SystemExit(f"server exited:\n{self.log.read().decode()[-3000:]}")
            try:
                if httpx.get(self.url + "/readyz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise SystemExit("server never became ready")

    def stop(self) -> None:
        self._stop.set()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@dataclass
class Result:
    name: str
    concurrency: int
    requests: int
    errors: int
    ads_per_request: int
    seconds: float
    latencies: list[float]

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
        return ordered[index] * 1000

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


async def drive(
    url: str,
    path: str,
    payloads: list[dict[str, Any]],
    *,
    concurrency: int,
    requests: int,
    budget_s: float,
) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    issued = 0
    started = time.perf_counter()
    deadline = started + budget_s
    limits = httpx.Limits(
        max_connections=concurrency, max_keepalive_connections=concurrency
    )
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def worker() -> None:
            nonlocal issued, errors
            while issued < requests and time.perf_counter() < deadline:
                payload = payloads[issued % len(payloads)]
                issued += 1
                t0 = time.perf_counter()
                response = await client.post(path, json=payload)
                latencies.append(time.perf_counter() - t0)
                if response.status_code != 200:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, errors, time.perf_counter() - started


def run_scenario(
    server: Server,
    name: str,
    path: str,
    payloads: list[dict[str, Any]],
    *,
    concurrency: int,
    requests: int,
    warmup: int,
    budget_s: float,
    ads_per_request: int,
) -> Result:
    asyncio.run(
        drive(server.url, path, payloads, concurrency=1, requests=warmup, budget_s=60)
    )
    latencies, errors, seconds = asyncio.run(
        drive(
            server.url,
            path,
            payloads,
            concurrency=concurrency,
            requests=requests,
            budget_s=budget_s,
        )
    )
    return Result(
        name, concurrency, len(latencies), errors, ads_per_request, seconds, latencies
    )


def table(results: list[Result], rss: int, model: Path) -> str:
    lines = [
        "# Service benchmark",
        "",
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()}",
        f"- model: `{model}`; server: one uvicorn process on loopback",
        f"- date: {time.strftime('%Y-%m-%d %H:%M:%S')}",
        "",
        "| scenario | concurrency | requests | errors | p50 ms | p95 ms | p99 ms "
        "| req/s | ads/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.concurrency} | {r.requests} | {r.errors} "
            f"| {r.percentile(50):.1f} | {r.percentile(95):.1f} "
            f"| {r.percentile(99):.1f} | {r.rps:.1f} "
            f"| {r.rps * r.ads_per_request:.0f} |"
        )
    lines += ["", f"Peak server RSS: {rss / 2**20:.0f} MiB", ""]
    lines += [
        "Targets (2-core machine): single p95 < 50 ms; batch >= 1,000 ads/s.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="artifacts/default", type=Path)
    parser.add_argument("--quick", action="store_true", help="fewer requests")
    parser.add_argument("--threads", type=int, default=4, help="WASPADA_SCORE_THREADS")
    parser.add_argument("--workers", type=int, default=1, help="WASPADA_WORKERS")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    rng = random.Random(7)
    singles = [{"text": make_ad(rng, 1_000), "explain": True} for _ in range(50)]
    batches = [
        {"ads": [{"text": make_ad(rng, 300)} for _ in range(1_000)], "explain": False}
        for _ in range(3)
    ]
    scale = 0.25 if args.quick else 1.0

    server = Server(args.model, args.threads, args.workers)
    try:
        server.wait_ready()
        results = [
            run_scenario(
                server,
                "single 1,000-char ad, explain, 1 client",
                "/v1/score",
                singles,
                concurrency=1,
                requests=int(400 * scale),
                warmup=20,
                budget_s=60 * scale,
                ads_per_request=1,
            ),
            run_scenario(
                server,
                "single 1,000-char ad, explain, 8 clients",
                "/v1/score",
                singles,
                concurrency=8,
                requests=int(1_200 * scale),
                warmup=10,
                budget_s=60 * scale,
                ads_per_request=1,
            ),
            run_scenario(
                server,
                "batch of 1,000 ads, no explain, 2 clients",
                "/v1/score/batch",
                batches,
                concurrency=2,
                requests=max(4, int(30 * scale)),
                warmup=2,
                budget_s=90 * scale,
                ads_per_request=1_000,
            ),
        ]
        rss = max(server.peak_rss, server.peak_hwm())
    finally:
        server.stop()

    report = table(results, rss, args.model)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    failed = sum(r.errors for r in results)
    if failed:
        print(f"{failed} requests failed", file=sys.stderr)
    median = statistics.median(results[0].latencies) if results[0].latencies else 0
    print(f"single-client median: {median * 1000:.1f} ms", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
