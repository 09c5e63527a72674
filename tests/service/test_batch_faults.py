"""Fault injection: `waspada score` killed at random points, resumed each time.

Each round starts the real command (``--workers 2 --resume``), lets it run
for a random while (sometimes only through start-up and forking, mostly
until it has made progress), then sends SIGKILL or SIGTERM to the parent or
to one of its workers. Then it checks that the command ended the way it
documents (SIGTERM: 143; a dead worker: WORKER_DIED, 1), that no worker
outlived it, and starts the next round. After the last round the run is
resumed to the end, and the output must be byte for byte (row for row for
Parquet) the output of an uninterrupted run: every row exactly once, in
input order.

Seeded (``WASPADA_FAULT_SEED``, default 15) so a failure can be replayed;
``WASPADA_FAULT_ROUNDS`` (default 7 per output format) makes it longer.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from service.batch import ScoreRun, execute
from service.batch_resume import STATE_SUFFIX

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="finds the workers in /proc"
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("WASPADA_FAULT_SEED", "15"))
ROUNDS = int(os.environ.get("WASPADA_FAULT_ROUNDS", "7"))
ROWS = 700

TEXTS = [
    "Admin online Kamboja, gaji 20 juta, tiket dan visa ditanggung, tanpa "
    "pengalaman. Hubungi Telegram @hrd_cepat",
    "Staf akuntansi PT Sinar Jaya, Surabaya. Minimal S1, pengalaman 2 tahun.",
    "Customer service Myanmar, free flight and housing, $2000/month, passport "
    "only, no experience needed. WA +855 12 345 678",
    "Kerja dari HP, bonus harian, deposit awal 100rb untuk aktivasi akun.",
    "招聘客服，柬埔寨西港，月薪2000美元，包机票包食宿，无需经验。",
]
# Rows that end up as errors, and ids a spreadsheet would evaluate: they
# must survive the kills like any other row.
ODD_LINES = [
    b'{"id": "deep", "text": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    b'{"id": "broken", "text": "unterminated',
    b"",
    b'{"text": "no id"}',
    json.dumps({"id": "=HYPERLINK(1)", "text": TEXTS[0]}).encode(),
    json.dumps({"id": "cr\rid", "text": TEXTS[1]}).encode(),
]


@pytest.fixture(scope="module")
def model(tiny_model_dir: Path) -> str:
    return str(tiny_model_dir)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = [
        json.dumps({"id": f"ad-{i}", "text": f"{TEXTS[i % len(TEXTS)]} #{i}"}).encode()
        for i in range(ROWS)
    ]
    for k, odd in enumerate(ODD_LINES):
        lines.insert((k + 1) * ROWS // (len(ODD_LINES) + 1), odd)
    path = tmp_path_factory.mktemp("faults") / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def reference_output(model: str, source: Path, ext: str) -> Path:
    output = source.with_name(f"reference{ext}")
    if not output.exists():
        execute(
            ScoreRun(
                input=str(source),
                output=str(output),
                model=model,
                workers=1,
                quiet=True,
            )
        )
    return output


def children(pid: int) -> set[int]:
    found: set[int] = set()
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return found
    for task in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
        except OSError:
            continue
        found.update(int(child) for child in text.split())
    return {child for child in found if alive(child)}


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in {"Z", "X"}


def still_running(pids: set[int], seconds: float = 20) -> set[int]:
    deadline = time.monotonic() + seconds
    while True:
        left = {pid for pid in pids if alive(pid)}
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.05)


def rows_done(state: Path) -> int:
    try:
        return int(json.loads(state.read_text())["rows_in"])
    except (OSError, ValueError, KeyError):
        return 0  # none yet (or between runs)


def command(model: str, source: Path, output: Path) -> list[str]:
    script = Path(sys.executable).with_name("waspada")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "service.cli"]
    return [
        *base,
        "score",
        str(source),
        "-o",
        str(output),
        "--model",
        model,
        "--workers",
        "2",
        "--chunk-size",
        "4",
        "--part-rows",
        "40",  # Parquet checkpoints every 40 rows instead of 50,000
        "--quiet",
        "--resume",
    ]


def kill_once(rng: random.Random, args: list[str], state: Path) -> dict[str, Any]:
    """One round: start, wait a random while, kill someone, check the end."""
    began = time.monotonic()
    process = subprocess.Popen(
        args, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    target = rng.choice(["parent", "worker"])
    signum = rng.choice([signal.SIGKILL, signal.SIGTERM])
    started_at = rows_done(state)
    if rng.random() < 0.25:
        # Anywhere from start-up (imports, model, fork) to the first chunks.
        time.sleep(rng.uniform(0.0, 2.0))
    else:
        # Mostly mid-run: once this run has committed something, a little more.
        deadline = time.monotonic() + 60
        while (
            process.poll() is None
            and rows_done(state) <= started_at
            and time.monotonic() < deadline
        ):
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.4))
    if target == "worker":  # they exist once the model is loaded and forked
        deadline = time.monotonic() + 60
        while (
            process.poll() is None
            and not children(process.pid)
            and time.monotonic() < deadline
        ):
            time.sleep(0.02)
    workers = children(process.pid)
    victim = process.pid
    if target == "worker" and workers:
        victim = rng.choice(sorted(workers))
    else:
        target = "parent"
    signalled = time.monotonic()
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):  # it just ended by itself
            os.kill(victim, signum)
    try:
        _, stderr_bytes = process.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        # Where it waits: `waspada` prints every thread's stack on SIGUSR1.
        for pid in [process.pid, *children(process.pid)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGUSR1)
        time.sleep(2)
        process.kill()
        for pid in still_running(workers, 0):
            os.kill(pid, signal.SIGKILL)
        _, stderr_bytes = process.communicate()
        pytest.fail(
            f"the run hung after {signum!r} to the {target}; its stacks:\n"
            + stderr_bytes.decode(errors="replace")[-6000:]
        )
    stderr = stderr_bytes.decode(errors="replace")
    code = process.returncode
    if code == 0:
        pass  # it finished before the signal landed
    elif target == "parent":
        # 143: our handler stopped it cleanly; -15: SIGTERM came before the
        # handler was installed (start-up); -9: SIGKILL.
        expected = {-signal.SIGKILL} if signum == signal.SIGKILL else {143, -15}
        assert code in expected, (code, stderr)
    else:
        assert code == 1 and "WORKER_DIED" in stderr, (code, stderr)
    assert "Traceback" not in stderr, stderr
    ended = time.monotonic()
    left = still_running(workers)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers {left} outlived the run ({target}, {signum!r})"
    return {
        "target": target,
        "signal": signal.Signals(signum).name,
        "exit": code,
        "rows_committed": rows_done(state),
        "seconds": (round(signalled - began, 1), round(ended - signalled, 1)),
    }


@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".parquet"])
def test_random_kills_then_resume_equal_an_uninterrupted_run(
    model: str, source: Path, tmp_path: Path, ext: str
) -> None:
    reference = reference_output(model, source, ext)
    rng = random.Random(f"{SEED}{ext}")
    output = tmp_path / f"out{ext}"
    state = Path(str(output) + STATE_SUFFIX)
    args = command(model, source, output)
    rounds = [kill_once(rng, args, state) for _ in range(ROUNDS)]
    kills = [r for r in rounds if r["exit"] != 0]
    assert kills, rounds
    # Most rounds are meant to land mid-run, with output already committed.
    assert any(r["rows_committed"] for r in rounds), rounds
    print(*rounds, sep="\n")

    done = subprocess.run(args, cwd=PROJECT_ROOT, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert not state.exists()
    assert not Path(str(output) + ".parts").exists()
    if ext == ".parquet":
        got, want = pq.read_table(output), pq.read_table(reference)
        assert got.column("id").to_pylist() == want.column("id").to_pylist()
        assert got.to_pylist() == want.to_pylist(), rounds
    else:
        got_bytes, want_bytes = output.read_bytes(), reference.read_bytes()
        if got_bytes != want_bytes:
            got_lines, want_lines = got_bytes.split(b"\n"), want_bytes.split(b"\n")
            first = next(
                (
                    i
                    for i, (a, b) in enumerate(zip(got_lines, want_lines, strict=False))
                    if a != b
                ),
                min(len(got_lines), len(want_lines)),
            )
            pytest.fail(
                f"output differs from line {first} ({len(got_lines)} lines, "
                f"expected {len(want_lines)}); rounds: {rounds}"
            )
