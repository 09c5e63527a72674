"""Cases: what storing costs scoring, and how fast feedback is written.

    python bench/bench_cases.py --model artifacts/default [--quick]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test]

* Scoring latency with storing on vs off: two real `waspada serve` processes
  (SQLite case database vs WASPADA_STORE_CASES=false), one client sending the
  same ~1,000-character ad to each in turn, so that load on the machine hits
  both alike. Target: p95 grows by at most 2 ms with storing on.
* Feedback writes per second: 4 writer threads appending reviews through
  ``CaseStore`` (each with its own connections, like worker processes) for a
  few seconds, on SQLite and on PostgreSQL (a schema of its own, dropped after).
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "cases.md"
sys.path.insert(0, str(ROOT))

AD = (
    "Lowongan customer service di Kamboja, gaji 15 juta per bulan, tiket pesawat "
    "gratis, tidak perlu pengalaman, mess disediakan. "
) * 7


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(model: Path, folder: Path, **env: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    full = {k: v for k, v in os.environ.items() if not k.startswith("WASPADA_")}
    full.update(
        {
            "WASPADA_MODEL_PATH": str(model.resolve()),
            "WASPADA_PORT": str(port),
            "WASPADA_RATE_LIMIT_PER_SECOND": "0",
            "WASPADA_LOG_LEVEL": "warning",
            "WASPADA_STATE_DIR": str(folder),
            "PYTHONPATH": str(ROOT),
            **env,
        }
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", "from service.server import serve; serve()"],
        cwd=folder,
        env=full,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not become ready")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def scoring_latency(model: Path, requests: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        on_dir, off_dir = Path(tmp) / "on", Path(tmp) / "off"
        on_dir.mkdir()
        off_dir.mkdir()
        servers = {
            "storing on (SQLite)": start_server(model, on_dir),
            "storing off": start_server(model, off_dir, WASPADA_STORE_CASES="false"),
        }
        times: dict[str, list[float]] = {name: [] for name in servers}
        stored = 0
        try:
            with httpx.Client(timeout=30) as client:
                for _proc, url in servers.values():  # warm up
                    for _ in range(20):
                        client.post(url + "/v1/score", json={"text": AD})
                for _ in range(requests):
                    for name, (_proc, url) in servers.items():
                        started = time.perf_counter()
                        response = client.post(url + "/v1/score", json={"text": AD})
                        times[name].append((time.perf_counter() - started) * 1000)
                        if response.json().get("case_id"):
                            stored += 1
                url = servers["storing on (SQLite)"][1]
                metrics = client.get(url + "/metrics").text
        finally:
            for proc, _url in servers.values():
                proc.terminate()
                proc.wait(10)
    skipped = sum(
        float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        if line.startswith("waspada_cases_skipped_total")
    )
    lines = [
        f"Scoring latency, POST /v1/score, {len(AD):,}-character ad, explain on, "
        f"{requests} requests to each server, interleaved, one client:",
        "",
        "| server | p50 ms | p95 ms | p99 ms | mean ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, values in times.items():
        lines.append(
            f"| {name} | {pct(values, 0.5):.2f} | {pct(values, 0.95):.2f} | "
            f"{pct(values, 0.99):.2f} | {statistics.mean(values):.2f} |"
        )
    on, off = times["storing on (SQLite)"], times["storing off"]
    delta = pct(on, 0.95) - pct(off, 0.95)
    verdict = "met" if delta <= 2.0 else "NOT met"
    lines += [
        "",
        f"p95 difference: {delta:+.2f} ms (target: at most +2 ms: {verdict}). "
        f"Verdicts with a case id: {stored} of {requests}; cases skipped: "
        f"{skipped:.0f}.",
    ]
    return lines


def feedback_rate(url: str, seconds: float, writers: int = 4) -> tuple[int, float]:
    from service.store.cases import CaseStore, NewCase, text_hash, utcnow
    from service.store.db import open_engine, upgrade

    engine = open_engine(url)
    upgrade(engine)
    store = CaseStore(engine)
    ids = [uuid.uuid4().hex for _ in range(50)]
    store.add_cases(
        [
            NewCase(
                id=case_id,
                created_at=utcnow(),
                channel="api",
                model_version="bench",
                score=0.5,
                risk="medium",
                flags=[],
                language="id",
                text_sha256=text_hash(case_id),
            )
            for case_id in ids
        ]
    )
    counts = [0] * writers
    stop = time.monotonic() + seconds
    barrier = threading.Barrier(writers)

    def write(number: int) -> None:
        mine = CaseStore(open_engine(url))
        barrier.wait()
        step = 0
        while time.monotonic() < stop:
            mine.add_review(
                ids[step % len(ids)],
                kind="feedback",
                reviewer="bench",
                correct=bool(step % 2),
            )
            step += 1
        counts[number] = step
        mine.engine.dispose()

    started = time.monotonic()
    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    engine.dispose()
    return sum(counts), elapsed


def feedback_section(postgres: str | None, seconds: float) -> list[str]:
    lines = [
        f"Feedback writes (append a review: check the case, insert; one transaction "
        f"each), 4 writer threads, {seconds:.0f} s:",
        "",
        "| database | writes | writes/s |",
        "|---|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        total, elapsed = feedback_rate(f"sqlite:///{tmp}/bench.db", seconds)
        lines.append(f"| SQLite (WAL) | {total:,} | {total / elapsed:,.0f} |")
    if postgres:
        from sqlalchemy import create_engine, text

        admin = create_engine(postgres)
        schema = f"wsp_bench_{uuid.uuid4().hex[:10]}"
        try:
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            url = f"{postgres}?options={quote(f'-csearch_path={schema}')}"
            total, elapsed = feedback_rate(url, seconds)
            lines.append(f"| PostgreSQL | {total:,} | {total / elapsed:,.0f} |")
        except Exception as error:  # report, don't fail the other numbers
            lines.append(f"| PostgreSQL | not measured: {type(error).__name__} | |")
        finally:
            try:
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            except Exception:
                pass
            admin.dispose()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="artifacts/default")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "WASPADA_BENCH_POSTGRES",
            "postgresql+psycopg://postgres@127.0.0.1:5432/test",
        ),
        help="PostgreSQL URL ('' to skip)",
    )
    args = parser.parse_args(argv)
    requests = 100 if args.quick else 400
    seconds = 3.0 if args.quick else 8.0
    load = os.getloadavg()
    lines = [
        "# Cases benchmark",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, load average "
        f"{load[0]:.1f} at start; model {args.model}.",
        "",
        *scoring_latency(Path(args.model), requests),
        "",
        *feedback_section(args.postgres or None, seconds),
    ]
    text = "\n".join(lines) + "\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
