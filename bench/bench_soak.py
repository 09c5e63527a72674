"""Soak test: mixed traffic with hostile inputs for minutes, on loopback.

    python bench/bench_soak.py --model artifacts/default [--seconds 120]
        [--clients 4] [--workers 1] [--out bench/results/soak.md]

A real ``waspada serve`` (default settings except: rate limits off, batches
open) takes, from ``--clients`` client *processes* for ``--seconds``:

* single ads (POST /v1/score, 300 to 3,000 characters), 70 % of requests;
* batches of 50 ads (POST /v1/score/batch), 15 %;
* hostile requests, 15 %: an ad at the 20,000-character limit built to stress
  the rules (digit groups and "like", ``<!--`` runs, one long word), control
  characters, invalid and deeply nested JSON, a body over the limit, a batch
  over the limit, a wrong media type;

while 200 idle sockets and a few slow-header clients hold connections open.
A monitor samples ``/healthz`` latency every 0.25 s and the server's resident
memory (all its processes) every second.

Reported: p50/p95/p99 latency per kind of request, statuses and error codes,
the server's CPU time, memory over time, and health latency (p50, p99, max,
and the share of probes over the 50 ms budget). ``--probe-log`` writes every
probe with its wall-clock time, to line up slow ones with server-side traces
(garbage collections, GIL waits). Time-bounded and loopback-only by
construction.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import random
import socket
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_service import Server, make_ad

ROOT = Path(__file__).resolve().parent.parent
HEALTH_BUDGET_MS = 50.0


def hostile_requests(rng: random.Random) -> list[tuple[str, str, bytes, str]]:
    """(name, path, body, content type): inputs an attacker would send."""
    likes = " ".join(f"{rng.randint(10, 99)} like" for _ in range(2600))[:19_999]
    comments = ("<!--" * 5000)[:19_999]
    word = "a" * 19_999
    nested = "[" * 50_000 + "]" * 50_000
    return [
        ("likes", "/v1/score", json.dumps({"text": likes}).encode(), "json"),
        ("comments", "/v1/score", json.dumps({"text": comments}).encode(), "json"),
        ("long-word", "/v1/score", json.dumps({"text": word}).encode(), "json"),
        ("control", "/v1/score", b'{"text": "kerja\\u0000di"}', "json"),
        ("bad-json", "/v1/score", b'{"text": "kerja', "json"),
        ("nested", "/v1/score", ('{"text": ' + nested + "}").encode(), "json"),
        ("too-big", "/v1/score", b'{"text": "' + b"a" * 2_200_000 + b'"}', "json"),
        (
            "batch-too-big",
            "/v1/score/batch",
            json.dumps({"ads": [{"text": "kerja"}] * 1001}).encode(),
            "json",
        ),
        ("media-type", "/v1/score", b"text=kerja", "form"),
    ]


def client_process(
    url: str,
    seconds: float,
    seed: int,
    queue: mp.Queue,  # type: ignore[type-arg]
) -> None:
    rng = random.Random(seed)
    hostile = hostile_requests(rng)
    records: list[tuple[str, int, str, float]] = []
    deadline = time.monotonic() + seconds
    types = {"json": "application/json", "form": "application/x-www-form-urlencoded"}
    with httpx.Client(base_url=url, timeout=120) as client:
        while time.monotonic() < deadline:
            draw = rng.random()
            if draw < 0.70:
                kind, path = "single", "/v1/score"
                body = json.dumps({"text": make_ad(rng, rng.randint(300, 3000))})
                content, media = body.encode(), "json"
            elif draw < 0.85:
                kind, path = "batch50", "/v1/score/batch"
                ads = [{"text": make_ad(rng, 400)} for _ in range(50)]
                content, media = json.dumps({"ads": ads}).encode(), "json"
            else:
                name, path, content, media = rng.choice(hostile)
                kind = f"hostile:{name}"
            started = time.perf_counter()
            try:
                response = client.post(
                    path, content=content, headers={"Content-Type": types[media]}
                )
                status = response.status_code
                try:
                    code = str(response.json().get("error", {}).get("code", ""))
                except ValueError:
                    code = "NOT_JSON"
            except httpx.HTTPError as error:
                status, code = 0, type(error).__name__
            records.append((kind, status, code, time.perf_counter() - started))
    queue.put(records)


class Monitor(threading.Thread):
    """Health latency every 0.25 s, server memory every second."""

    def __init__(self, server: Server) -> None:
        super().__init__(daemon=True)
        self.server = server
        self.stop = threading.Event()
        self.health_ms: list[float] = []
        self.health_at: list[float] = []  # wall-clock time of each probe
        self.health_failures = 0
        self.memory: list[tuple[float, int]] = []
        self.cpu_seconds = 0.0  # the server's user+system CPU during the soak

    def run(self) -> None:
        started = time.monotonic()
        cpu_before = self.server.cpu_seconds()
        last_memory = 0.0
        with httpx.Client(base_url=self.server.url, timeout=10) as client:
            while not self.stop.is_set():
                begin = time.perf_counter()
                try:
                    ok = client.get("/healthz").status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    self.health_ms.append((time.perf_counter() - begin) * 1000)
                    self.health_at.append(time.time())
                else:
                    self.health_failures += 1
                now = time.monotonic()
                if now - last_memory >= 1.0:
                    last_memory = now
                    rss = sum(
                        self.server._status(pid, "VmRSS:")
                        for pid in self.server._tree()
                    )
                    self.memory.append((now - started, rss))
                self.stop.wait(0.25)
        self.cpu_seconds = self.server.cpu_seconds() - cpu_before


def hold_idle_and_slow(port: int, stop: threading.Event) -> dict[str, int]:
    """200 idle sockets plus slow-header clients, reopened when closed."""
    stats = {"idle_opened": 0, "slow_opened": 0}

    def keep() -> None:
        idle: list[socket.socket] = []
        slow: list[socket.socket] = []
        while not stop.is_set():
            while len(idle) < 200:
                try:
                    idle.append(socket.create_connection(("127.0.0.1", port)))
                    stats["idle_opened"] += 1
                except OSError:
                    break
            while len(slow) < 5:
                try:
                    sock = socket.create_connection(("127.0.0.1", port))
                    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
                    slow.append(sock)
                    stats["slow_opened"] += 1
                except OSError:
                    break
            for sock in slow:
                try:
                    sock.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    sock.close()
            slow = [s for s in slow if s.fileno() != -1]
            stop.wait(2.0)
        for sock in idle + slow:
            sock.close()

    thread = threading.Thread(target=keep, daemon=True)
    thread.start()
    return stats


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(
    records: list[tuple[str, int, str, float]],
    monitor: Monitor,
    args: argparse.Namespace,
    held: dict[str, int],
) -> str:
    lines = [
        f"# Soak: {args.seconds:.0f} s, {args.clients} client processes, "
        f"WASPADA_WORKERS={args.workers}",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f} at the end; model `{args.model.name}`; "
        "default settings except rate limits off and batches open. 200 idle "
        f"sockets and 5 slow-header clients were held throughout "
        f"({held['idle_opened']} idle and {held['slow_opened']} slow "
        "connections opened in all, as the server closed them).",
        "",
        "| request | n | p50 ms | p95 ms | p99 ms | statuses (code) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    kinds = sorted({kind for kind, *_ in records})
    for kind in kinds:
        mine = [r for r in records if r[0] == kind]
        times = [r[3] * 1000 for r in mine]
        statuses = Counter(f"{s}{' ' + c if c else ''}" for _, s, c, _ in mine)
        shown = ", ".join(f"{k}: {v}" for k, v in statuses.most_common())
        lines.append(
            f"| {kind} | {len(mine)} | {percentile(times, 0.5):.0f} | "
            f"{percentile(times, 0.95):.0f} | {percentile(times, 0.99):.0f} | "
            f"{shown} |"
        )
    all_status = Counter(s for _, s, _, _ in records)
    five_xx = sum(v for k, v in all_status.items() if k >= 500 or k == 0)
    health = monitor.health_ms
    over = sum(1 for h in health if h > HEALTH_BUDGET_MS)
    lines += [
        "",
        f"Requests: {len(records)}; 5xx or transport errors: {five_xx}. "
        f"Server CPU (user+system, all its processes): {monitor.cpu_seconds:.1f} s, "
        f"{1000 * monitor.cpu_seconds / max(1, len(records)):.1f} ms per request.",
        "",
        f"Health (`GET /healthz` every 0.25 s, {len(health)} probes, "
        f"{monitor.health_failures} failed): p50 {percentile(health, 0.5):.1f} ms, "
        f"p99 {percentile(health, 0.99):.1f} ms, max {max(health or [0]):.1f} ms; "
        f"{over} probes ({100 * over / max(1, len(health)):.1f} %) over "
        f"{HEALTH_BUDGET_MS:.0f} ms.",
        "",
        "Server memory (RSS of all its processes, MiB) over time:",
        "",
        "| t (s) | RSS MiB |",
        "|---:|---:|",
    ]
    memory = monitor.memory
    step = max(1, len(memory) // 12)
    for t, rss in memory[::step] + memory[-1:]:
        lines.append(f"| {t:.0f} | {rss / 2**20:.0f} |")
    if len(memory) > 4:
        settled = memory[len(memory) // 4][1]
        lines += [
            "",
            f"Growth from the first quarter to the end: "
            f"{(memory[-1][1] - settled) / 2**20:+.0f} MiB.",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "artifacts/default")
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--probe-log",
        type=Path,
        default=None,
        help="Write every health probe as 'unix-time ms' (to line up with "
        "server-side traces).",
    )
    args = parser.parse_args(argv)
    args.seconds = max(5.0, min(args.seconds, 1800.0))  # bounded in time

    server = Server(args.model, threads=1, workers=args.workers)
    stop = threading.Event()
    try:
        server.wait_ready()
        monitor = Monitor(server)
        monitor.start()
        held = hold_idle_and_slow(server.port, stop)
        queue: mp.Queue[Any] = mp.Queue()
        clients = [
            mp.Process(
                target=client_process, args=(server.url, args.seconds, seed, queue)
            )
            for seed in range(args.clients)
        ]
        for process in clients:
            process.start()
        records: list[tuple[str, int, str, float]] = []
        for _ in clients:
            records.extend(queue.get(timeout=args.seconds + 600))
        for process in clients:
            process.join()
        monitor.stop.set()
        monitor.join()
    finally:
        stop.set()
        server.stop()
    text = report(records, monitor, args, held)
    if args.probe_log:
        args.probe_log.write_text(
            "".join(
                f"{at:.3f} {ms:.1f}\n"
                for at, ms in zip(monitor.health_at, monitor.health_ms, strict=True)
            ),
            encoding="utf-8",
        )
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
