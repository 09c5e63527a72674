"""The shapes rows take through `waspada score`, from input to output.

A reader cuts the input into ``Chunk``s of raw rows; a worker parses each raw
row into a ``ParsedRow`` (an ad, or the reason it is not one) and scores it
into an ``OutRow``, which a writer turns into the documented output record.
Every input row stays exactly one row at each step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from model.ad import AD_FIELDS

INPUT_COLUMNS: tuple[str, ...] = ("id", "text", *AD_FIELDS, "image")
OUTPUT_COLUMNS: tuple[str, ...] = (
    "id",
    "score",
    "risk",
    "flags",
    "error",
    "document_type",
    "document_type_probability",
    "entities",
    "notices",
)
EXPLAIN_COLUMN = "explanation"


class BatchInputError(Exception):
    """An input or output the command cannot use at all (exit status 2)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# --- row shapes ------------------------------------------------------------------


class RowProblem(NamedTuple):
    """A raw row the reader already knows is unusable (kept so it gets a row)."""

    code: str
    message: str


class ParsedRow(NamedTuple):
    """A row ready to score: ``ad`` is None exactly when ``error`` is set."""

    id: str | None
    ad: dict[str, str] | None
    error: str | None


class OutRow(NamedTuple):
    id: str | None
    score: float | None
    risk: str | None
    flags: tuple[str, ...]
    error: str | None
    explanation: dict[str, Any] | None = None
    document_type: str | None = None
    document_type_probability: float | None = None
    # Entity records (model.verdict.entity_record); None for error rows.
    entities: tuple[dict[str, Any], ...] | None = None
    # Codes of the verdict's notices (NOT_A_JOB_AD, RED_FLAG_PATTERN).
    notices: tuple[str, ...] = ()


@dataclass
class Chunk:
    """Consecutive raw input rows; ``start`` is the index of the first one."""

    kind: str  # "jsonl" (bytes lines), "csv" (lists + header), "records" (dicts)
    start: int
    rows: list[Any]
    header: tuple[str, ...] | None = None
    end_offset: int | None = None  # input bytes consumed after this chunk
    nbytes: int = 0


@dataclass
class ChunkInfo:
    """What the parent keeps of a chunk while it is scored elsewhere."""

    start: int
    count: int
    end_offset: int | None
    nbytes: int

    @classmethod
    def of(cls, chunk: Chunk) -> ChunkInfo:
        return cls(chunk.start, len(chunk.rows), chunk.end_offset, chunk.nbytes)


def row_error(code: str, message: str) -> str:
    """The documented error value: ``"CODE: message"`` (a string in every format)."""
    return f"{code}: {message}"


def describe(exc: BaseException, limit: int = 200) -> str:
    """``Type: message``, shortened: an exception may quote a huge input."""
    text = f"{type(exc).__name__}: {exc}".encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- output records --------------------------------------------------------------


def output_record(row: OutRow, explain: bool) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": row.id,
        "score": row.score,
        "risk": row.risk,
        "flags": list(row.flags),
        "error": row.error,
        "document_type": row.document_type,
        "document_type_probability": row.document_type_probability,
        "entities": None if row.entities is None else list(row.entities),
        "notices": list(row.notices),
    }
    if explain:
        record[EXPLAIN_COLUMN] = row.explanation
    return record


def entities_json(entities: Sequence[dict[str, Any]] | None) -> str | None:
    """Entities as JSON text (CSV and Parquet): their shape may grow."""
    return None if entities is None else json.dumps(list(entities), ensure_ascii=False)
