"""What a `waspada score` run is asked to do: its options and their defaults.

``ScoreOptions`` is the command line as typed (``service.cli`` builds it from
the parsed arguments); ``ScoreOptions.resolve`` turns it into a ``ScoreRun``,
the run with every default filled in, which is also the library entry point
(``service.batch.execute``). This module stays light: building the parser
imports it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, get_args

from service.batch_rows import INPUT_COLUMNS, BatchInputError

# The entity modes, without importing the model (and spaCy) to parse arguments.
EntityMode = Literal["none", "flagged", "all"]
ENTITY_MODES: tuple[str, ...] = get_args(EntityMode)
RISK_LEVELS: tuple[str, ...] = ("low", "medium", "high")
EXPLANATION_LANGUAGES: tuple[str, ...] = ("en", "id")
DEFAULT_CHUNK_SIZE = 1000


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_model_dir() -> str:
    return os.environ.get("WASPADA_MODEL_PATH") or "artifacts/default"


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


@dataclass
class ScoreRun:
    """One run of `waspada score`, every default resolved."""

    input: str
    output: str
    model: str
    workers: int
    chunk_size: int = DEFAULT_CHUNK_SIZE
    explain: bool = False
    lang: str = "en"
    entities: EntityMode = "flagged"
    assume_job_ad: bool = False
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


@dataclass(frozen=True)
class ScoreOptions:
    """The `waspada score` command line as typed (see ``service.cli``).

    None means "not given": the model folder and the worker count then come
    from the environment and the machine, when the run starts.
    """

    input: str
    output: str = "-"
    model: str | None = None
    workers: int | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE
    explain: bool = False
    lang: str = "en"
    entities: EntityMode = "flagged"
    assume_job_ad: bool = False
    min_risk: str | None = None
    # ``--fields`` as given, each "OURS=THEIRS[,...]".
    fields: tuple[str, ...] = ()
    resume: bool = False
    summary: str | None = None
    quiet: bool = False
    dask: str | None = None
    csv_raw: bool = False
    # Hidden test hooks: stop as if killed after N rows; rows per Parquet part.
    stop_after: int | None = None
    part_rows: int | None = None

    def resolve(self) -> ScoreRun:
        """The run these options ask for; ``BAD_OPTION`` for bad ``--fields``."""
        return ScoreRun(
            input=self.input,
            output=self.output,
            model=str(self.model or default_model_dir()),
            workers=self.workers or default_workers(),
            chunk_size=self.chunk_size,
            explain=self.explain,
            lang=self.lang,
            entities=self.entities,
            assume_job_ad=self.assume_job_ad,
            min_risk=self.min_risk,
            fields=parse_fields(self.fields),
            resume=self.resume,
            summary_file=self.summary,
            quiet=self.quiet,
            dask=self.dask,
            stop_after=self.stop_after,
            progress=not self.quiet and sys.stderr.isatty(),
            csv_raw=self.csv_raw,
            part_rows=self.part_rows,
        )
