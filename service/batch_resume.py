"""Resuming `waspada score`: the state file, and checking what it vouches for.

After each durable write a small ``<OUTPUT>.resume.json`` (written
atomically, fsynced) records how many input rows are done, where the output
ends (with its SHA-256, or the finished Parquet parts with theirs) and the
summary so far. ``--resume`` accepts it only for the same input, model and
options (the run's *identity*), and the writers verify the output against
it before they change anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from service.batch_options import RISK_LEVELS, ScoreRun
from service.batch_rows import BatchInputError, OutRow

STATE_SUFFIX = ".resume.json"
STATE_VERSION = 2  # 2: the checkpoint carries the output's SHA-256 / parts


# --- durability and verification of the output -----------------------------------


def output_changed(path: str, why: str) -> BatchInputError:
    return BatchInputError(
        "RESUME_OUTPUT_CHANGED",
        f"{path} is not what the interrupted run left behind: {why}. Resuming "
        "would lose or corrupt rows, so nothing was changed. Run without "
        "--resume to start over.",
    )


def sha256_prefix(stream: IO[bytes], size: int) -> Any:
    """The running hash of the first ``size`` bytes (stream left after them)."""
    digest = hashlib.sha256()
    stream.seek(0)
    left = size
    while left:
        block = stream.read(min(left, 1 << 20))
        if not block:
            break
        digest.update(block)
        left -= len(block)
    return digest


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (POSIX only)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # e.g. Windows cannot open a folder; its renames are durable
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def file_sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return str(sha256_prefix(handle, os.fstat(handle.fileno()).st_size).hexdigest())


# --- the summary, which the state carries ------------------------------------------


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


# --- the state file ----------------------------------------------------------------


def state_path(output: str) -> Path:
    return Path(output + STATE_SUFFIX)


def input_fingerprint(path: str) -> dict[str, Any]:
    if path == "-":
        return {"input": "-"}
    stat = os.stat(path)
    return {
        "input": str(Path(path).resolve()),
        "input_size": stat.st_size,
        "input_mtime_ns": stat.st_mtime_ns,
    }


def run_identity(run: ScoreRun, out_fmt: str, model_version: str) -> dict[str, Any]:
    """What a resumed run must share with the run it continues, or it would
    mix results (another input, model or option) into one output."""
    return {
        "state_version": STATE_VERSION,
        **input_fingerprint(run.input),
        "output_format": out_fmt,
        "model_version": model_version,
        "explain": run.explain,
        "lang": run.lang,
        "entities": run.entities,
        "assume_job_ad": run.assume_job_ad,
        "min_risk": run.min_risk,
        "fields": dict(sorted(run.fields.items())),
        "csv_raw": run.csv_raw and out_fmt == "csv",
    }


def write_state(path: Path, state: Mapping[str, Any]) -> None:
    """Atomically and durably: a kill or a power cut at any point leaves
    either the old state or the new one, never a torn or empty file."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(json.dumps(state).encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.resolve().parent)  # the rename itself


def load_state(run: ScoreRun, identity: Mapping[str, Any]) -> dict[str, Any] | None:
    """The state to resume from (None: start from the first row); refused
    when it was written by a run with another identity."""
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
