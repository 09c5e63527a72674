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
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import BrokenExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, get_args

from model.verdict import Verdict, entity_record, verdict_record
from service.batch_images import IMAGE_KEY, score_image_row
from service.batch_io import (
    EXPLAIN_COLUMN,
    FORMATS,
    INPUT_COLUMNS,
    BatchInputError,
    Chunk,
    ChunkInfo,
    OutRow,
    ParsedRow,
    describe,
    detect_format,
    entities_json,
    fsync_dir,
    input_size,
    iter_chunks,
    open_writer,
    parse_chunk,
    parse_record,
    row_error,
)

# The entity modes, without importing the model (and spaCy) to parse arguments.
EntityMode = Literal["none", "flagged", "all"]
ENTITY_MODES: tuple[str, ...] = get_args(EntityMode)

if TYPE_CHECKING:
    import pandas as pd

    from model.detector import Detector

RISK_LEVELS: tuple[str, ...] = ("low", "medium", "high")
DEFAULT_CHUNK_SIZE = 1000
STATE_SUFFIX = ".resume.json"
STATE_VERSION = 2  # 2: the checkpoint carries the output's SHA-256 / parts
EXIT_USAGE = 2
EXIT_STOPPED = 3  # the hidden --stop-after test hook fired
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # SIGTERM: stopped cleanly, resumable


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_model_dir() -> str:
    return os.environ.get("WASPADA_MODEL_PATH") or "artifacts/default"


# --- arguments -------------------------------------------------------------------


def add_score_arguments(parser: argparse.ArgumentParser) -> None:
    """Define the `waspada score` options (called by ``service.cli``)."""
    parser.description = (
        "Score a file of job ads. INPUT and OUTPUT are JSON Lines, CSV or Parquet "
        "(by extension; - is JSON Lines on stdin/stdout). Every input row gets one "
        "output row (id, score, risk, flags, error), in input order."
    )
    parser.add_argument("input", metavar="INPUT", help="ads to score, or - (stdin)")
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="OUTPUT",
        help="where to write the scores (default: - = stdout, JSON Lines)",
    )
    parser.add_argument(
        "--model",
        default=None,
        metavar="DIR",
        help="model artifact folder (default: $WASPADA_MODEL_PATH or "
        "artifacts/default)",
    )
    parser.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: all cores; 1 = no subprocesses)",
    )
    parser.add_argument(
        "--chunk-size",
        type=_positive_int,
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help=f"rows per work unit (default {DEFAULT_CHUNK_SIZE})",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="add an 'explanation' column: each flag's title, message, weight "
        "and evidence spans, plus the model's highlights (slower)",
    )
    parser.add_argument(
        "--lang",
        choices=["en", "id"],
        default="en",
        help="language of the explanation messages (default en)",
    )
    parser.add_argument(
        "--entities",
        choices=ENTITY_MODES,
        default="flagged",
        help="which rows list the contacts, places, pay and organisations the "
        "ad names in the 'entities' column: none, flagged (medium/high rows, "
        "the default: clean postings cost nothing extra) or all",
    )
    parser.add_argument(
        "--min-risk",
        choices=RISK_LEVELS,
        default=None,
        help="write only rows at or above this risk (and rows with an error); "
        "the summary still counts every input row",
    )
    parser.add_argument(
        "--fields",
        action="append",
        default=None,
        metavar="OURS=THEIRS[,...]",
        help="read a field from a differently named column, e.g. "
        "--fields id=job_id,description=body (repeatable)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run into the same OUTPUT",
    )
    parser.add_argument(
        "--summary",
        default=None,
        metavar="FILE",
        help="also write the run summary (rows, errors by code, risk counts) "
        "as JSON to FILE",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary on stderr",
    )
    parser.add_argument(
        "--dask",
        nargs="?",
        const="local",
        default=None,
        metavar="ADDRESS",
        help="score on a dask.distributed cluster: a LocalCluster with --workers "
        "processes, or the scheduler at ADDRESS (e.g. tcp://10.0.0.5:8786)",
    )
    parser.add_argument(
        "--csv-raw",
        action="store_true",
        help="CSV output for programs: write text cells verbatim instead of "
        "prefixing those a spreadsheet would run as a formula (=, +, -, @, "
        "tab, CR) with '",
    )
    # Test hook: commit at least N input rows, then stop as if killed.
    parser.add_argument("--stop-after", type=int, default=None, help=argparse.SUPPRESS)
    # Test hook: rows per Parquet part file (the resume granularity).
    parser.add_argument(
        "--part-rows", type=_positive_int, default=None, help=argparse.SUPPRESS
    )


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def parse_fields(specs: Iterable[str] | None) -> dict[str, str]:
    """``["id=job_id,description=body"]`` to ``{"id": "job_id", ...}``."""
    mapping: dict[str, str] = {}
    for spec in specs or ():
        for item in spec.split(","):
            if not item.strip():
                continue
            ours, sep, theirs = item.partition("=")
            ours, theirs = ours.strip(), theirs.strip()
            if not sep or not ours or not theirs:
                raise BatchInputError(
                    "BAD_OPTION",
                    f"--fields takes OURS=THEIRS pairs, e.g. id=job_id; got {item!r}.",
                )
            if ours not in INPUT_COLUMNS:
                raise BatchInputError(
                    "BAD_OPTION",
                    f"--fields: {ours!r} is not an ad field; use one of "
                    f"{', '.join(INPUT_COLUMNS)}.",
                )
            mapping[ours] = theirs
    return mapping


# --- scoring (runs wherever the model is: a worker, a Dask worker, in-process) ----


@dataclass(frozen=True)
class ScoreConfig:
    """Everything a worker needs to turn a chunk into output rows."""

    model: str
    explain: bool = False
    lang: str = "en"
    fields: Mapping[str, str] = field(default_factory=dict)
    # Which rows list entities: none, flagged (medium/high, the default:
    # clean postings cost nothing extra) or all.
    entities: EntityMode = "flagged"
    # Folder that relative paths in the `image` column start from.
    image_root: str | None = None


def _explanation(verdict: Verdict) -> dict[str, Any]:
    record = verdict_record(verdict, include_text=False)
    explanation = {
        "language": record["language"],
        "flags": record["flags"],
        "highlights": record["highlights"],
        "notices": record["notices"],
    }
    if "ocr_text" in record:  # a picture: its text, size and the boxes
        explanation["ocr_text"] = record["ocr_text"]
        explanation["image"] = record["image"]
    return explanation


def _to_row(row_id: str | None, result: Any, explain: bool) -> OutRow:
    from model.errors import WaspadaError

    if isinstance(result, WaspadaError):
        return OutRow(row_id, None, None, (), row_error(result.code, result.message))
    return OutRow(
        row_id,
        float(result.score),
        str(result.risk),
        tuple(flag.rule_id for flag in result.flags),
        None,
        _explanation(result) if explain else None,
        result.document_type,
        result.document_type_probability,
        tuple(entity_record(entity) for entity in result.entities),
    )


def score_parsed(
    detector: Detector, parsed: Sequence[ParsedRow], config: ScoreConfig
) -> list[OutRow]:
    """Score the usable rows in one batch call; error rows pass through."""
    usable = [row for row in parsed if row.ad is not None and IMAGE_KEY not in row.ad]
    ads = [row.ad for row in usable if row.ad is not None]
    try:
        results: list[Any] = detector.score_batch(
            ads,
            explain=config.explain,
            message_language=config.lang,
            entities=config.entities,
        )
    except Exception:
        # One pathological ad must not cost its 999 neighbours: score one by
        # one and mark only the ads that fail.
        results = [_score_one(detector, ad, config) for ad in ads]
    by_row = iter(results)
    out: list[OutRow] = []
    for row in parsed:
        if row.ad is None:
            out.append(OutRow(row.id, None, None, (), row.error))
        elif IMAGE_KEY in row.ad:
            result = score_image_row(
                detector,
                row.ad,
                root=config.image_root,
                explain=config.explain,
                lang=config.lang,
                entities=config.entities,
            )
            out.append(_to_row(row.id, result, config.explain))
        else:
            out.append(_to_row(row.id, next(by_row), config.explain))
    return out


def _score_one(detector: Detector, ad: Mapping[str, str], config: ScoreConfig) -> Any:
    from model.errors import WaspadaError

    try:
        return detector.score_batch(
            [ad],
            explain=config.explain,
            message_language=config.lang,
            entities=config.entities,
        )[0]
    except Exception as exc:
        return WaspadaError(
            f"the model failed on this ad ({describe(exc)})",
            code="SCORING_FAILED",
        )


def score_chunk(detector: Detector, chunk: Chunk, config: ScoreConfig) -> list[OutRow]:
    """One output row per raw row, whatever happens: a failure that escapes
    the per-row handling (a bug, memory) costs only the rows it touches."""
    try:
        return score_parsed(detector, parse_chunk(chunk, config.fields), config)
    except Exception:
        return [
            _score_row_alone(detector, chunk, i, config) for i in range(len(chunk.rows))
        ]


def _score_row_alone(
    detector: Detector, chunk: Chunk, index: int, config: ScoreConfig
) -> OutRow:
    one = Chunk(chunk.kind, chunk.start + index, [chunk.rows[index]], chunk.header)
    try:
        return score_parsed(detector, parse_chunk(one, config.fields), config)[0]
    except Exception as exc:
        return OutRow(
            None,
            None,
            None,
            (),
            row_error(
                "INTERNAL_ROW_ERROR",
                f"this row could not be processed ({describe(exc)}) "
                f"(input row {one.start + 1:,})",
            ),
        )


_DETECTORS: dict[tuple[str, bool], Detector] = {}
_DETECTORS_LOCK = threading.Lock()


def cached_detector(model: str, *, verify: bool = True) -> Detector:
    """One Detector per process (and model path): Dask tasks and pool workers
    reuse it, so the model is unpickled once per worker, not per chunk."""
    key = (str(Path(model).resolve()), verify)
    with _DETECTORS_LOCK:  # threaded Dask workers must not load it twice
        detector = _DETECTORS.get(key)
        if detector is None:
            from model.detector import Detector
            from model.errors import ArtifactError, WaspadaError

            try:
                detector = Detector.load(model, verify=verify)
            except WaspadaError:
                raise
            except Exception as exc:
                # e.g. a pickle from another version of the code: still one
                # clear line for the user, not a traceback from a worker.
                raise ArtifactError(
                    f"Could not load the model at {model} "
                    f"({type(exc).__name__}: {exc}). Retrain it with "
                    "`make train` for this version of Waspada."
                ) from exc
            _DETECTORS[key] = detector
    return detector


_WORKER: dict[str, Any] = {}


def _die_with_parent() -> None:
    """Make this worker end when the process that started it ends, even by
    SIGKILL (which gives the parent no chance to stop its pool): otherwise
    orphaned workers keep the model in memory and the CPUs busy.

    The death signal follows the *thread* that forked the worker. That is the
    main thread here (fork from a single-threaded parent) or the forkserver,
    which itself exits when the parent does; a pool started from a
    short-lived thread with a plain fork would lose its workers with it.
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            if libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) == 0:
                # The parent may have died before prctl: then no signal comes.
                if os.getppid() != parent:
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    # Elsewhere: a thread that notices being re-parented.
    threading.Thread(
        target=_watch_parent, args=(parent,), name="waspada-parent-watch", daemon=True
    ).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(config: ScoreConfig) -> None:
    _die_with_parent()
    # Ctrl+C goes to the whole process group; only the parent should react,
    # by terminating the pool, or workers print tracebacks for each chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler; the pool stops
    # workers with SIGTERM, which must simply end them. The parent forked us
    # with SIGTERM blocked (see PoolScorer), so one that came meanwhile is
    # delivered now, to the default action.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    _WORKER["config"] = config
    try:
        # The parent verified the artifact's hashes already.
        _WORKER["detector"] = cached_detector(config.model, verify=False)
    except Exception as exc:
        # Raising here would only say "the pool is broken"; kept, the real
        # error (e.g. an unloadable model) surfaces with the first chunk.
        _WORKER["error"] = exc


def _work(chunk: Chunk) -> list[OutRow]:
    if "error" in _WORKER:
        raise _WORKER["error"]
    return score_chunk(_WORKER["detector"], chunk, _WORKER["config"])


def _dask_work(chunk: Chunk, config: ScoreConfig) -> list[OutRow]:
    return score_chunk(cached_detector(config.model, verify=False), chunk, config)


def _pool_context(config: ScoreConfig) -> Any:
    """The multiprocessing context for the pool, with the model preloaded
    in this process when the workers are to be forked from it.

    fork is only safe while this process runs a single thread (a thread
    holding a lock at the fork would leave it locked forever in the child),
    so a library caller with threads of its own (a web server, a notebook
    with Dask) gets forkserver or spawn and workers that load the model
    themselves.
    """
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if (
        sys.platform.startswith("linux")
        and "fork" in methods
        and threading.active_count() == 1
    ):
        # The same cache key the workers use, so they find it loaded.
        cached_detector(config.model, verify=False)
        # Keep the collector in the workers off the model's objects: a
        # collection touches every tracked object and would copy the shared
        # pages into each worker.
        gc.collect()
        gc.freeze()
        return multiprocessing.get_context("fork")
    method = "forkserver" if "forkserver" in methods else "spawn"
    return multiprocessing.get_context(method)


Results = Iterator[tuple[ChunkInfo, list[OutRow]]]


class ChunkScorer(Protocol):
    """What scores chunks for `waspada score`: in process, a pool or Dask.

    ``results`` yields each chunk's rows in the order the chunks came in.
    """

    name: str

    def results(self, chunks: Iterable[Chunk]) -> Results: ...

    def close(self) -> None: ...


@contextlib.contextmanager
def _blocked(signum: int) -> Iterator[None]:
    """Hold ``signum`` in this thread (and in children forked meanwhile)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signum})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class InProcessScorer:
    """``--workers 1``: no subprocesses, no pickling."""

    name = "single process"

    def __init__(self, config: ScoreConfig) -> None:
        self.config = config
        self.detector = cached_detector(config.model, verify=False)

    def results(self, chunks: Iterable[Chunk]) -> Results:
        for chunk in chunks:
            yield ChunkInfo.of(chunk), score_chunk(self.detector, chunk, self.config)

    def close(self) -> None:
        pass


class PoolScorer:
    """Worker processes with a bounded, ordered window of chunks in flight.

    ``multiprocessing.Pool.imap`` would be simpler, but its feeder thread
    drains the whole input iterator as fast as it can read, so memory would
    grow with the file. A Pool also waits forever for a worker that was
    OOM-killed; ``ProcessPoolExecutor`` raises ``BrokenProcessPool`` instead,
    which leaves the resume state in place.

    Where it is safe, the parent loads the model once and forks the workers
    from it: each worker then starts with the model already in memory (shared
    copy-on-write) instead of spending ~3 CPU seconds importing scikit-learn
    and unpickling its own copy, which is most of what a short run costs
    beyond scoring.
    """

    def __init__(self, config: ScoreConfig, workers: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.name = f"{workers} processes"
        context = _pool_context(config)
        self.executor = ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(config,),
        )
        if context.get_start_method() == "fork":
            # The executor forks every worker on its first submit, before it
            # starts its own threads: do it now, while this process still
            # has a single thread (the progress bar starts one). SIGTERM is
            # held meanwhile: in a child before its initializer it would run
            # this process's handler there instead of ending the child.
            with _blocked(signal.SIGTERM):
                self.executor.submit(os.getpid)
            gc.unfreeze()
        self.window = 2 * workers + 1
        self.completed = False

    def results(self, chunks: Iterable[Chunk]) -> Results:
        pending: deque[tuple[ChunkInfo, Any]] = deque()
        for chunk in chunks:
            future = self.executor.submit(_work, chunk)
            pending.append((ChunkInfo.of(chunk), future))
            del chunk  # do not keep the raw rows alive while waiting
            if len(pending) >= self.window:
                info, future = pending.popleft()
                yield info, future.result()
        while pending:
            info, future = pending.popleft()
            yield info, future.result()
        self.completed = True

    def close(self) -> None:
        if self.completed:
            self.executor.shutdown(wait=True)
            return
        # Interrupted or failed: do not wait for chunks nobody will write.
        processes = list(getattr(self.executor, "_processes", {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)


class DaskScorer:
    """The same chunks, scored as tasks on a ``dask.distributed`` cluster.

    The parent still reads and writes (so order, the error rows, resume and
    the output formats are exactly those of the local path); the cluster does
    the parsing and scoring. Workers need the model folder at the same path.
    """

    def __init__(self, config: ScoreConfig, address: str | None, workers: int) -> None:
        from distributed import Client, LocalCluster

        self.config = config
        self.cluster: Any = None
        import logging

        if not logging.getLogger().isEnabledFor(logging.INFO):
            # distributed logs every worker start and stop at INFO on stderr;
            # keep the command's stderr to the progress bar and the summary
            # unless `waspada -v` asked for more.
            logging.getLogger("distributed").setLevel(logging.WARNING)
        if address:
            self.client = Client(address, timeout="30s")
            where = address
        else:
            # Loopback only, and a random port for the scheduler's HTTP
            # endpoint (the default, 8787, may be taken by another cluster).
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
            )
            self.client = Client(self.cluster)
            where = f"LocalCluster of {workers}"
        nworkers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.window = 2 * nworkers + 1
        self.name = f"dask ({where})"

    def results(self, chunks: Iterable[Chunk]) -> Results:
        pending: deque[tuple[ChunkInfo, Any]] = deque()
        for chunk in chunks:
            future = self.client.submit(_dask_work, chunk, self.config, pure=False)
            pending.append((ChunkInfo.of(chunk), future))
            del chunk
            if len(pending) >= self.window:
                info, future = pending.popleft()
                yield info, future.result()
        while pending:
            info, future = pending.popleft()
            yield info, future.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --- the Dask DataFrame API ------------------------------------------------------


def _string_dtype() -> Any:
    import pandas as pd

    # pandas 3 infers its "str" dtype, pandas 2 object; meta must match.
    return pd.Series(["x"]).dtype


def output_frame(rows: Sequence[OutRow], explain: bool = False) -> pd.DataFrame:
    """Scored rows as a pandas DataFrame (the ``map_partitions`` output shape)."""
    import pandas as pd

    text = _string_dtype()
    frame = pd.DataFrame(
        {
            "id": pd.Series([row.id for row in rows], dtype=text),
            "score": pd.Series([row.score for row in rows], dtype="float64"),
            "risk": pd.Series([row.risk for row in rows], dtype=text),
            "flags": pd.Series([list(row.flags) for row in rows], dtype=object),
            "error": pd.Series([row.error for row in rows], dtype=text),
            "document_type": pd.Series([row.document_type for row in rows], dtype=text),
            "document_type_probability": pd.Series(
                [row.document_type_probability for row in rows], dtype="float64"
            ),
            "entities": pd.Series(
                [entities_json(row.entities) for row in rows], dtype=text
            ),
        }
    )
    if explain:
        frame[EXPLAIN_COLUMN] = pd.Series(
            [
                None if row.explanation is None else json.dumps(row.explanation)
                for row in rows
            ],
            dtype=text,
        )
    return frame


def score_partition(
    frame: pd.DataFrame,
    model: str | os.PathLike[str],
    explain: bool = False,
    fields: Mapping[str, str] | None = None,
    lang: str = "en",
    entities: EntityMode = "flagged",
) -> pd.DataFrame:
    """Score one pandas partition; the model is loaded once per process.

    The result has one row per input row, same order and index.
    """
    config = ScoreConfig(
        str(model), explain, lang, dict(fields or {}), entities=entities
    )
    detector = cached_detector(config.model)
    parsed = [
        parse_record(record, config.fields)
        for record in frame.to_dict(orient="records")
    ]
    out = output_frame(score_parsed(detector, parsed, config), explain)
    out.index = frame.index
    return out


def score_dask(
    ddf: Any,
    model: str | os.PathLike[str],
    *,
    explain: bool = False,
    fields: Mapping[str, str] | None = None,
    lang: str = "en",
    entities: EntityMode = "flagged",
) -> Any:
    """``ddf.map_partitions(score_partition, ...)`` with the right ``meta``.

    ``ddf`` is a ``dask.dataframe.DataFrame`` with an ``id`` column and
    ``text`` or ad-field columns (or other names, mapped with ``fields``).
    Compute it on any ``dask.distributed`` cluster whose workers can read
    ``model``.
    """
    return ddf.map_partitions(
        score_partition,
        str(model),
        explain,
        dict(fields or {}),
        lang,
        entities,
        meta=output_frame([], explain),
    )


# --- summary, state, progress ----------------------------------------------------


@dataclass
class Summary:
    rows: int = 0
    scored: int = 0
    written: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    risk: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RISK_LEVELS, 0))

    def add(self, rows: Sequence[OutRow]) -> None:
        self.rows += len(rows)
        for row in rows:
            if row.error is not None:
                self.errors[row.error.split(":", 1)[0]] += 1
            elif row.risk is not None:
                self.scored += 1
                self.risk[row.risk] = self.risk.get(row.risk, 0) + 1

    def counts(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "scored": self.scored,
            "errors": sum(self.errors.values()),
            "errors_by_code": dict(sorted(self.errors.items())),
            "risk": dict(self.risk),
            "written": self.written,
        }

    @classmethod
    def from_counts(cls, data: Mapping[str, Any]) -> Summary:
        summary = cls(
            rows=int(data["rows"]),
            scored=int(data["scored"]),
            written=int(data["written"]),
            errors=Counter(data.get("errors_by_code", {})),
        )
        summary.risk.update(data.get("risk", {}))
        return summary


def state_path(output: str) -> Path:
    return Path(output + STATE_SUFFIX)


def _input_fingerprint(path: str) -> dict[str, Any]:
    if path == "-":
        return {"input": "-"}
    stat = os.stat(path)
    return {
        "input": str(Path(path).resolve()),
        "input_size": stat.st_size,
        "input_mtime_ns": stat.st_mtime_ns,
    }


def _write_state(path: Path, state: Mapping[str, Any]) -> None:
    """Atomically and durably: a kill or a power cut at any point leaves
    either the old state or the new one, never a torn or empty file."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(json.dumps(state).encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.resolve().parent)  # the rename itself


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


# --- the command -----------------------------------------------------------------


@dataclass
class ScoreRun:
    input: str
    output: str
    model: str
    workers: int
    chunk_size: int = DEFAULT_CHUNK_SIZE
    explain: bool = False
    lang: str = "en"
    entities: EntityMode = "flagged"
    min_risk: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    resume: bool = False
    summary_file: str | None = None
    quiet: bool = False
    dask: str | None = None
    stop_after: int | None = None
    progress: bool = False
    csv_raw: bool = False
    part_rows: int | None = None


def run_score(args: argparse.Namespace) -> int:
    """Entry point of `waspada score`; returns the exit status."""
    from model.errors import WaspadaError

    try:
        run = ScoreRun(
            input=args.input,
            output=args.output,
            model=str(args.model or default_model_dir()),
            workers=args.workers or default_workers(),
            chunk_size=args.chunk_size,
            explain=args.explain,
            lang=args.lang,
            entities=args.entities,
            min_risk=args.min_risk,
            fields=parse_fields(args.fields),
            resume=args.resume,
            summary_file=args.summary,
            quiet=args.quiet,
            dask=args.dask,
            stop_after=args.stop_after,
            progress=not args.quiet and sys.stderr.isatty(),
            csv_raw=args.csv_raw,
            part_rows=args.part_rows,
        )
        with _sigterm_stops():
            summary = execute(run)
    except BatchInputError as error:
        print(f"error [{error.code}]: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except WaspadaError as error:
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
        if args.output != "-":
            print(
                "interrupted; run the same command with --resume to continue",
                file=sys.stderr,
            )
        return EXIT_INTERRUPTED
    except _Terminated:
        if args.output != "-":
            print(
                "terminated; run the same command with --resume to continue",
                file=sys.stderr,
            )
        return EXIT_TERMINATED
    except BrokenPipeError:
        # `waspada score big.jsonl | head`: the reader left; not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    if not run.quiet:
        print(_summary_line(summary), file=sys.stderr)
    return 0


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


def _load_state(run: ScoreRun, identity: Mapping[str, Any]) -> dict[str, Any] | None:
    path = state_path(run.output)
    if not run.resume:
        return None
    if not path.is_file():
        if not run.quiet:
            print(
                f"note: no interrupted run to resume at {run.output}; starting "
                "from the first row",
                file=sys.stderr,
            )
        return None
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BatchInputError(
            "RESUME_MISMATCH", f"Cannot read {path}: {exc}. Run without --resume."
        ) from None
    for key, value in identity.items():
        if state.get(key) != value:
            raise BatchInputError(
                "RESUME_MISMATCH",
                f"{run.output} was started with a different {key.replace('_', ' ')} "
                f"({state.get(key)!r}, now {value!r}); resuming would mix "
                "results. Run without --resume to start over.",
            )
    return dict(state)


def execute(run: ScoreRun) -> dict[str, Any]:
    """Score ``run.input`` into ``run.output``; returns the summary."""
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
    )
    identity: dict[str, Any] = {
        "state_version": STATE_VERSION,
        **_input_fingerprint(run.input),
        "output_format": out_fmt,
        "model_version": str(meta.get("model_version", "unknown")),
        "explain": run.explain,
        "lang": run.lang,
        "entities": run.entities,
        "min_risk": run.min_risk,
        "fields": dict(sorted(run.fields.items())),
        "csv_raw": run.csv_raw and out_fmt == "csv",
    }
    state = _load_state(run, identity)
    skip = int(state["rows_in"]) if state else 0
    summary = Summary.from_counts(state["summary"]) if state else Summary()
    in_offset = state.get("in_offset") if state else None
    seekable = in_fmt == "jsonl" and input_size(run.input) is not None
    if not state and run.output != "-":
        state_path(run.output).unlink(missing_ok=True)

    writer = open_writer(
        run.output,
        out_fmt,
        run.explain,
        state["writer"] if state else None,
        csv_raw=run.csv_raw,
        part_rows=run.part_rows,
    )
    columns = [run.fields.get(name, name) for name in INPUT_COLUMNS]
    chunks = iter_chunks(
        run.input,
        in_fmt,
        chunk_size=run.chunk_size,
        skip_rows=skip,
        start_offset=in_offset if seekable else None,
        columns=columns,
    )
    total = _parquet_rows(run.input) if in_fmt == "parquet" else None
    started = time.monotonic()
    done = skip
    threshold = RISK_LEVELS.index(run.min_risk) if run.min_risk else 0
    scorer: ChunkScorer | None = None
    progress: _Progress | None = None
    finished = False
    try:
        # The scorer first: it may fork its workers, and the progress bar
        # starts a thread.
        scorer = _scorer(run, config)
        progress = _Progress(run.progress, total, input_size(run.input), skip)
        for info, rows in scorer.results(chunks):
            summary.add(rows)
            if run.min_risk:
                rows = [
                    row
                    for row in rows
                    if row.risk is None or RISK_LEVELS.index(row.risk) >= threshold
                ]
            writer.write(rows)
            summary.written += len(rows)
            done += info.count
            point = writer.checkpoint()
            if point is not None and run.output != "-":
                _write_state(
                    state_path(run.output),
                    {
                        **identity,
                        "rows_in": done,
                        "in_offset": info.end_offset if seekable else None,
                        "writer": point,
                        "summary": summary.counts(),
                    },
                )
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
    if run.output != "-":
        state_path(run.output).unlink(missing_ok=True)
    writer.cleanup()
    seconds = time.monotonic() - started
    result = {
        **summary.counts(),
        "input": run.input,
        "output": run.output,
        "model_version": identity["model_version"],
        "mode": scorer.name,
        "resumed_from_row": skip,
        "seconds": round(seconds, 3),
        "rows_per_second": round((done - skip) / seconds, 1) if seconds else 0.0,
        "min_risk": run.min_risk,
        "explain": run.explain,
    }
    if run.summary_file:
        Path(run.summary_file).write_text(
            json.dumps(result, indent=2) + "\n", encoding="utf-8"
        )
    return result


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


__all__ = [
    "FORMATS",
    "ScoreConfig",
    "ScoreRun",
    "add_score_arguments",
    "execute",
    "output_frame",
    "run_score",
    "score_dask",
    "score_partition",
]
