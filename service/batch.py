"""`waspada score`: score millions of ads from a file, streaming, on all cores.

Shape of a run::

    reader (parent) ──chunks──► N worker processes (parse + score) ──► parent
    ──in input order──► summary, --min-risk filter ──► writer ──► checkpoint

* Memory is flat: at most ``2 × workers + 1`` chunks are in flight, readers
  and writers stream, and nothing grows with the number of rows.
* Nothing is lost: every input row (even a blank or undecodable line) gets
  exactly one output row, with ``error`` set when it could not be scored.
* Resumable: after each durable write a small ``<OUTPUT>.resume.json``
  (written atomically, fsynced) records how many input rows are done and where
  the output ends, with its SHA-256; ``--resume`` verifies the output against
  it, truncates the output to that point and skips those rows.
* Killable: SIGTERM stops cleanly; workers die with their parent even when it
  is SIGKILLed; any failure on one row is that row's ``error``.
* Scale-out: ``--dask [ADDRESS]`` sends the same chunks to a ``dask.distributed``
  cluster (a LocalCluster by default); ``score_dask`` scores an existing
  ``dask.dataframe`` with ``map_partitions``. See docs/batch.md.

This module runs a command and is the library's front (``execute``,
``score_dask``); the parts live beside it:

========================  =======================================================
``batch_options``         the options (``ScoreOptions``) and the run (``ScoreRun``)
``batch_rows``            row shapes: chunks, parsed rows, output rows
``batch_readers``         input formats and the streaming readers
``batch_parse``           raw rows to ads (in the workers)
``batch_scoring``         ads to output rows (wherever the model is)
``batch_workers``         in-process and worker-pool scorers, process handling
``batch_dask``            the Dask scorer and the DataFrame API
``batch_writers``         JSONL and CSV writers with checkpoints
``batch_csv``             CSV records and spreadsheet formula neutralisation
``batch_parquet``         the resumable Parquet writer (part files)
``batch_resume``          the resume state file and output verification
========================  =======================================================
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import BrokenExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.batch_dask import DaskScorer, output_frame, score_dask, score_partition
from service.batch_options import RISK_LEVELS, ScoreOptions, ScoreRun
from service.batch_readers import (
    FORMATS,
    detect_format,
    input_size,
    iter_chunks,
)
from service.batch_resume import (
    Summary,
    load_state,
    run_identity,
    state_path,
    write_state,
)
from service.batch_rows import INPUT_COLUMNS, BatchInputError, Chunk, ChunkInfo, OutRow
from service.batch_scoring import ScoreConfig
from service.batch_workers import ChunkScorer, InProcessScorer, PoolScorer
from service.batch_writers import Writer, open_writer

EXIT_USAGE = 2
EXIT_STOPPED = 3  # the hidden --stop-after test hook fired
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # SIGTERM: stopped cleanly, resumable
EXIT_BROKEN_PIPE = 141


# --- the command -----------------------------------------------------------------


def run_score(options: ScoreOptions) -> int:
    """Entry point of `waspada score`; returns the exit status."""
    from model.errors import WaspadaError

    try:
        run = options.resolve()
        with _sigterm_stops():
            summary = execute(run)
    except (BatchInputError, WaspadaError) as error:
        print(f"error [{error.code}]: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except _Stopped:
        return EXIT_STOPPED
    except BrokenExecutor:
        print(
            "error [WORKER_DIED]: a worker process died (out of memory?); "
            "run the same command with --resume to continue",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        _say_resumable("interrupted", options.output)
        return EXIT_INTERRUPTED
    except _Terminated:
        _say_resumable("terminated", options.output)
        return EXIT_TERMINATED
    except BrokenPipeError:
        # `waspada score big.jsonl | head`: the reader left; not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    if not run.quiet:
        print(_summary_line(summary), file=sys.stderr)
    return 0


def _say_resumable(what: str, output: str) -> None:
    if output != "-":
        print(
            f"{what}; run the same command with --resume to continue",
            file=sys.stderr,
        )


class _Stopped(Exception):
    """The --stop-after hook: end as a killed run would, state left behind."""


class _Terminated(BaseException):
    """SIGTERM (a scheduler, `kill`, a container stop) ends the run like
    Ctrl+C: workers stopped, the output closed, the resume state kept. A
    BaseException so that no ``except Exception`` on the way swallows it."""


@contextlib.contextmanager
def _sigterm_stops() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; leave it to the host
        return

    def stop(signum: int, frame: Any) -> None:
        # Once: a second SIGTERM ends the process at once, as by default.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _summary_line(summary: Mapping[str, Any]) -> str:
    risk = summary["risk"]
    errors = ", ".join(f"{code} {n}" for code, n in summary["errors_by_code"].items())
    return (
        f"scored {summary['rows']:,} rows in {summary['seconds']:.1f} s "
        f"({summary['rows_per_second']:,.0f} rows/s): high {risk['high']:,}, "
        f"medium {risk['medium']:,}, low {risk['low']:,}, "
        f"errors {summary['errors']:,}"
        + (f" ({errors})" if errors else "")
        + f"; {summary['written']:,} rows written to {summary['output']}"
    )


def _check_paths(run: ScoreRun) -> tuple[str, str]:
    in_fmt = detect_format(run.input)
    out_fmt = detect_format(run.output)
    if run.output.lower().endswith(".gz"):
        raise BatchInputError(
            "UNKNOWN_FORMAT",
            "Compressed output is not supported (it could not "
            "be resumed); write .jsonl/.csv/.parquet and compress afterwards.",
        )
    if run.input != "-":
        if not os.path.exists(run.input):
            raise BatchInputError(
                "INPUT_NOT_FOUND", f"Input file {run.input} does not exist."
            )
        if not os.access(run.input, os.R_OK) or os.path.isdir(run.input):
            raise BatchInputError("INPUT_UNREADABLE", f"Cannot read {run.input}.")
    if run.output != "-":
        parent = Path(run.output).resolve().parent
        if not parent.is_dir():
            raise BatchInputError(
                "OUTPUT_UNWRITABLE", f"Folder {parent} does not exist."
            )
        if run.input != "-" and Path(run.input).resolve() == Path(run.output).resolve():
            raise BatchInputError("BAD_OPTION", "OUTPUT must not be the INPUT file.")
    if run.resume and run.output == "-":
        raise BatchInputError(
            "BAD_OPTION", "--resume needs an OUTPUT file (-o FILE), not stdout."
        )
    return in_fmt, out_fmt


# --- a run -----------------------------------------------------------------------


@dataclass
class _Plan:
    """What a run settled before its first row: the formats, the workers'
    config, the run's identity and the state it resumes from (if any)."""

    in_fmt: str
    out_fmt: str
    config: ScoreConfig
    identity: dict[str, Any]
    state: dict[str, Any] | None
    # JSONL from a plain file: a resumed run seeks instead of re-reading.
    seekable: bool

    @property
    def skip(self) -> int:
        """Input rows a resumed run has done already."""
        return int(self.state["rows_in"]) if self.state else 0


def execute(run: ScoreRun) -> dict[str, Any]:
    """Score ``run.input`` into ``run.output``; returns the summary."""
    plan = _plan(run)
    state = plan.state
    summary = Summary.from_counts(state["summary"]) if state else Summary()
    writer = open_writer(
        run.output,
        plan.out_fmt,
        run.explain,
        state["writer"] if state else None,
        csv_raw=run.csv_raw,
        part_rows=run.part_rows,
    )
    chunks = _chunks(run, plan)
    total = _parquet_rows(run.input) if plan.in_fmt == "parquet" else None
    started = time.monotonic()
    done, mode = _score_all(run, plan, writer, chunks, summary, total)
    if run.output != "-":
        state_path(run.output).unlink(missing_ok=True)
    writer.cleanup()
    result = _result(run, plan, summary, done, mode, time.monotonic() - started)
    if run.summary_file:
        Path(run.summary_file).write_text(
            json.dumps(result, indent=2) + "\n", encoding="utf-8"
        )
    return result


def _plan(run: ScoreRun) -> _Plan:
    """Check the paths and the model, and find the state to resume from."""
    from model.artifact import verify_artifact

    in_fmt, out_fmt = _check_paths(run)
    # Verify once here, so a missing or tampered model is one clear error
    # instead of N workers failing; workers then skip the hashing.
    meta = verify_artifact(Path(run.model))
    config = ScoreConfig(
        run.model,
        run.explain,
        run.lang,
        run.fields,
        entities=run.entities,
        image_root=str(Path(run.input).resolve().parent) if run.input != "-" else None,
        assume_job_ad=run.assume_job_ad,
    )
    model_version = str(meta.get("model_version", "unknown"))
    identity = run_identity(run, out_fmt, model_version)
    state = load_state(run, identity)
    seekable = in_fmt == "jsonl" and input_size(run.input) is not None
    if not state and run.output != "-":
        state_path(run.output).unlink(missing_ok=True)
    return _Plan(in_fmt, out_fmt, config, identity, state, seekable)


def _chunks(run: ScoreRun, plan: _Plan) -> Iterator[Chunk]:
    """The input's chunks after the rows a resumed run has done."""
    in_offset = plan.state.get("in_offset") if plan.state else None
    return iter_chunks(
        run.input,
        plan.in_fmt,
        chunk_size=run.chunk_size,
        skip_rows=plan.skip,
        start_offset=in_offset if plan.seekable else None,
        columns=[run.fields.get(name, name) for name in INPUT_COLUMNS],
    )


def _score_all(
    run: ScoreRun,
    plan: _Plan,
    writer: Writer,
    chunks: Iterator[Chunk],
    summary: Summary,
    total: int | None,
) -> tuple[int, str]:
    """Score every chunk into ``writer``, committing after each; returns the
    input rows done and how they were scored."""
    done = plan.skip
    scorer: ChunkScorer | None = None
    progress: _Progress | None = None
    finished = False
    try:
        # The scorer first: it may fork its workers, and the progress bar
        # starts a thread.
        scorer = _scorer(run, plan.config)
        progress = _Progress(run.progress, total, input_size(run.input), plan.skip)
        for info, rows in scorer.results(chunks):
            done += info.count
            _commit(run, plan, writer, summary, info, rows, done)
            progress.update(done, info)
            if run.stop_after is not None and done >= run.stop_after:
                raise _Stopped
        writer.finish()
        finished = True
    finally:
        if progress is not None:
            progress.close()
        if scorer is not None:
            scorer.close()
        if not finished:
            writer.abort()
    return done, scorer.name


def _commit(
    run: ScoreRun,
    plan: _Plan,
    writer: Writer,
    summary: Summary,
    info: ChunkInfo,
    rows: Sequence[OutRow],
    done: int,
) -> None:
    """Count a chunk's rows, write those ``--min-risk`` keeps and, once the
    writer says they are durable, record the state to resume from."""
    summary.add(rows)
    if run.min_risk:
        threshold = RISK_LEVELS.index(run.min_risk)
        rows = [
            row
            for row in rows
            if row.risk is None or RISK_LEVELS.index(row.risk) >= threshold
        ]
    writer.write(rows)
    summary.written += len(rows)
    point = writer.checkpoint()
    if point is not None and run.output != "-":
        write_state(
            state_path(run.output),
            {
                **plan.identity,
                "rows_in": done,
                "in_offset": info.end_offset if plan.seekable else None,
                "writer": point,
                "summary": summary.counts(),
            },
        )


def _result(
    run: ScoreRun,
    plan: _Plan,
    summary: Summary,
    done: int,
    mode: str,
    seconds: float,
) -> dict[str, Any]:
    """The run's summary, as returned, printed and written to --summary."""
    return {
        **summary.counts(),
        "input": run.input,
        "output": run.output,
        "model_version": plan.identity["model_version"],
        "mode": mode,
        "resumed_from_row": plan.skip,
        "seconds": round(seconds, 3),
        "rows_per_second": round((done - plan.skip) / seconds, 1) if seconds else 0.0,
        "min_risk": run.min_risk,
        "explain": run.explain,
    }


def _parquet_rows(path: str) -> int | None:
    try:
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    except Exception:
        return None


def _scorer(run: ScoreRun, config: ScoreConfig) -> ChunkScorer:
    if run.dask is not None:
        address = None if run.dask in ("", "local") else run.dask
        return DaskScorer(config, address, run.workers)
    if run.workers == 1:
        return InProcessScorer(config)
    return PoolScorer(config, run.workers)


class _Progress:
    """tqdm on stderr when it is a terminal: rows done, rows/s and an ETA.

    For JSONL and CSV the total is estimated from the bytes read so far.
    """

    def __init__(
        self, enabled: bool, total_rows: int | None, size: int | None, initial: int
    ) -> None:
        self.bar: Any = None
        self.size = size or 0
        self.estimate = total_rows is None and self.size > 0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total_rows,
                initial=initial,
                unit=" rows",
                unit_scale=True,
                file=sys.stderr,
                dynamic_ncols=True,
                smoothing=0.1,
            )

    def update(self, done: int, info: ChunkInfo) -> None:
        if self.bar is None:
            return
        if self.estimate and info.end_offset:
            self.bar.total = max(done, round(done * self.size / info.end_offset))
        self.bar.update(info.count)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


__all__ = [
    "FORMATS",
    "ScoreConfig",
    "ScoreOptions",
    "ScoreRun",
    "execute",
    "output_frame",
    "run_score",
    "score_dask",
    "score_partition",
]
