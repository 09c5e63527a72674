"""Load test of the HTTP service: a real uvicorn on loopback, concurrent clients.

    python bench/bench_service.py --model artifacts/default [--quick]
        [--workers 1 2] [--clients 1 2 4 8]

Scenarios, for each number of uvicorn worker processes (``WASPADA_WORKERS``):
* single: POST /v1/score, one 1,000-character ad, explanations on, with 1, 2,
  4 and 8 concurrent clients (closed loop: each sends its next request when
  the last one is answered, so req/s is what the server sustained);
* batch: POST /v1/score/batch, 1,000 ads of ~300 and of ~1,000 characters,
  explanations off, 2 clients.

Each runs a bounded number of requests (and at most a time budget) after a
warm-up, and reports latency percentiles, throughput, the server's CPU time
per request (user+system of the server's process tree: with other jobs on
the machine, the figure that does not depend on them) and peak resident
memory. The load average is printed with the table.

The clients are raw HTTP/1.1 keep-alive connections on asyncio streams with
pre-encoded requests, not httpx: on a 2-core machine a heavier client would
take a good part of the CPU the server is measured on.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
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
        self.workers = workers
        env = {k: v for k, v in os.environ.items() if not k.startswith("WASPADA_")}
        env.update(
            WASPADA_MODEL_PATH=str(model.resolve()),
            WASPADA_HOST="127.0.0.1",
            WASPADA_PORT=str(self.port),
            WASPADA_RATE_LIMIT_PER_SECOND="0",  # one client hammers on purpose
            WASPADA_RATE_LIMIT_ADS_PER_SECOND="0",
            WASPADA_OPEN_BATCH="true",  # batches need a key by default
            # The default level (info): an access line and a verdict line per
            # request are part of what a deployment pays.
            WASPADA_LOG_LEVEL="info",
            WASPADA_SCORE_THREADS=str(threads),
            WASPADA_WORKERS=str(workers),
            PYTHONPATH=str(ROOT),
        )
        # Closed with the process in stop(); a with-block cannot span both.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from service.server import serve; serve()"],
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

    def cpu_by_process(self) -> dict[int, float]:
        """User+system CPU seconds so far of each of the server's processes."""
        ticks = os.sysconf("SC_CLK_TCK")
        seconds = {}
        for pid in self._tree():
            try:
                with open(f"/proc/{pid}/stat", "rb") as fh:
                    stat = fh.read()
            except OSError:
                continue
            fields = stat[stat.rfind(b")") + 2 :].split()
            seconds[pid] = (int(fields[11]) + int(fields[12])) / ticks
        return seconds

    def cpu_seconds(self) -> float:
        return sum(self.cpu_by_process().values())

    def peak_hwm(self) -> int:
        """The kernel's own high-water marks (catch spikes between samples)."""
        return sum(self._status(pid, "VmHWM:") for pid in self._tree())

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        ready = 0
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise SystemExit(f"server exited:\n{self.log.read().decode()[-3000:]}")
            try:
                ok = httpx.get(self.url + "/readyz", timeout=2).status_code == 200
            except httpx.TransportError:
                ok = False
            ready = ready + 1 if ok else 0
            # Each check is a new connection, which any worker may accept; the
            # CPU going quiet says that no worker is still loading its model.
            if ready >= 5 * self.workers and self._idle():
                return
            time.sleep(0.2)
        raise SystemExit("server never became ready")

    def _idle(self) -> bool:
        before = self.cpu_seconds()
        time.sleep(0.5)
        return self.cpu_seconds() - before < 0.1

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
    workers: int
    concurrency: int
    requests: int
    errors: int
    ads_per_request: int
    seconds: float
    latencies: list[float]
    server_cpu_s: float = 0.0
    # The busiest process's part of the server's CPU time: with several
    # uvicorn workers, connections are not spread evenly (one worker often
    # accepts every connection of a small set of keep-alive clients).
    busiest_share: float = 1.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
        return ordered[index] * 1000

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_request(self) -> float:
        return 1000 * self.server_cpu_s / self.requests if self.requests else 0.0


def encode_request(host: str, path: str, payload: dict[str, Any]) -> bytes:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    head = (
        f"POST {path} HTTP/1.1\r\nhost: {host}\r\n"
        "content-type: application/json\r\naccept: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    ).encode("ascii")
    return head + body


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one response off a keep-alive connection; return its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    if length:
        await reader.readexactly(length)
    return status


async def drive(
    port: int,
    requests_bytes: list[bytes],
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

    async def worker() -> None:
        nonlocal issued, errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while issued < requests and time.perf_counter() < deadline:
                data = requests_bytes[issued % len(requests_bytes)]
                issued += 1
                t0 = time.perf_counter()
                writer.write(data)
                status = await _read_response(reader)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
        finally:
            writer.close()

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
    encoded = [encode_request(f"127.0.0.1:{server.port}", path, p) for p in payloads]
    # Warm-up with as many connections as the run: with several uvicorn
    # workers each one should have scored before the clock starts.
    asyncio.run(
        drive(
            server.port,
            encoded,
            concurrency=concurrency,
            requests=max(warmup, concurrency),
            budget_s=60,
        )
    )
    cpu_before = server.cpu_by_process()
    latencies, errors, seconds = asyncio.run(
        drive(
            server.port,
            encoded,
            concurrency=concurrency,
            requests=requests,
            budget_s=budget_s,
        )
    )
    cpu_after = server.cpu_by_process()
    spent = [cpu_after[pid] - cpu_before.get(pid, 0.0) for pid in cpu_after]
    result = Result(
        name,
        server.workers,
        concurrency,
        len(latencies),
        errors,
        ads_per_request,
        seconds,
        latencies,
        sum(spent),
        max(spent, default=0.0) / sum(spent) if sum(spent) > 0 else 1.0,
    )
    print(
        f"   {name}, {server.workers} worker(s), {concurrency} client(s): "
        f"p50 {result.percentile(50):.1f} ms, p95 {result.percentile(95):.1f} ms, "
        f"{result.rps:.1f} req/s, server CPU {result.cpu_ms_per_request:.1f} "
        f"ms/request, busiest process {100 * result.busiest_share:.0f}%",
        file=sys.stderr,
        flush=True,
    )
    return result


def table(results: list[Result], rss: dict[int, int], model: Path, threads: int) -> str:
    load = os.getloadavg()
    lines = [
        "# Service benchmark",
        "",
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()}; load average at the "
        f"end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min)",
        f"- model: `{model}`; server: `waspada serve` on loopback, "
        f"WASPADA_SCORE_THREADS={threads}, rate limit off, JSON logs at info "
        "(the defaults otherwise)",
        f"- date: {time.strftime('%Y-%m-%d %H:%M:%S')}",
        "- clients are closed-loop: req/s is what the server sustained at that "
        "concurrency, and latency includes queueing behind the other clients",
        "- server CPU ms/req: user+system time of the server's processes per "
        "request (all of its work: HTTP, validation, scoring, JSON)",
        "- busiest: the share of that CPU time spent in the busiest process; "
        "with 2 workers, 50% means the load was spread evenly and ~100% that "
        "one worker accepted every connection and served them all",
        "",
        "| scenario | uvicorn workers | clients | requests | errors | p50 ms "
        "| p95 ms | p99 ms | req/s | ads/s | server CPU ms/req | busiest |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.workers} | {r.concurrency} | {r.requests} "
            f"| {r.errors} | {r.percentile(50):.1f} | {r.percentile(95):.1f} "
            f"| {r.percentile(99):.1f} | {r.rps:.1f} "
            f"| {r.rps * r.ads_per_request:,.0f} | {r.cpu_ms_per_request:.1f} "
            f"| {100 * r.busiest_share:.0f}% |"
        )
    lines.append("")
    for workers, peak in sorted(rss.items()):
        lines.append(
            f"Peak server RSS with {workers} worker(s): {peak / 2**20:,.0f} MiB"
        )
    lines += [
        "",
        "Targets (2-core machine): single p95 < 50 ms; batch >= 1,000 ads/s.",
        "",
    ]
    return "\n".join(lines)


def scenarios_for(
    server: Server,
    singles: list[dict[str, Any]],
    batches: dict[int, list[dict[str, Any]]],
    clients: list[int],
    scale: float,
) -> list[Result]:
    results = []
    for concurrency in clients:
        results.append(
            run_scenario(
                server,
                "single 1,000-char ad, explain",
                "/v1/score",
                singles,
                concurrency=concurrency,
                requests=int((300 + 100 * concurrency) * scale),
                warmup=20,
                budget_s=60 * scale,
                ads_per_request=1,
            )
        )
    for length, payloads in batches.items():
        results.append(
            run_scenario(
                server,
                f"batch of 1,000 {length:,}-char ads, no explain",
                "/v1/score/batch",
                payloads,
                concurrency=2,
                requests=max(6, int(30 * scale)),
                warmup=2,
                budget_s=90 * scale,
                ads_per_request=1_000,
            )
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="artifacts/default", type=Path)
    parser.add_argument("--quick", action="store_true", help="fewer requests")
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="WASPADA_SCORE_THREADS (default: the server's own default)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        nargs="+",
        default=[1, 2],
        help="WASPADA_WORKERS values to run (default: 1 and 2)",
    )
    parser.add_argument(
        "--clients",
        type=int,
        nargs="+",
        default=[1, 2, 4, 8],
        help="concurrent clients for the single-ad scenario",
    )
    parser.add_argument(
        "--batch-lengths",
        type=int,
        nargs="*",
        default=[300, 1_000],
        help="characters per ad in the batch scenarios",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    from service.settings import Settings

    threads = args.threads or Settings.model_fields["score_threads"].default
    rng = random.Random(7)
    singles = [{"text": make_ad(rng, 1_000), "explain": True} for _ in range(50)]
    batches = {
        length: [
            {
                "ads": [{"text": make_ad(rng, length)} for _ in range(1_000)],
                "explain": False,
            }
            for _ in range(3)
        ]
        for length in args.batch_lengths
    }
    scale = 0.25 if args.quick else 1.0

    results: list[Result] = []
    rss: dict[int, int] = {}
    for workers in args.workers:
        server = Server(args.model, threads, workers)
        try:
            server.wait_ready()
            results += scenarios_for(server, singles, batches, args.clients, scale)
            rss[workers] = max(server.peak_rss, server.peak_hwm())
        finally:
            server.stop()

    report = table(results, rss, args.model, threads)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    failed = sum(r.errors for r in results)
    if failed:
        print(f"{failed} requests failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
