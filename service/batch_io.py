"""Streaming readers and writers for `waspada score` (JSON Lines, CSV, Parquet).

Readers turn an input file into bounded *chunks* of raw rows. They do as
little as possible in the parent process (JSONL lines stay bytes, CSV rows
stay lists) because parsing is parallelised in the workers
(``parse_chunk``). Every physical input row becomes exactly one raw row, even
a blank line, an undecodable line or a 50 MB line: the invariant "output rows
== input rows, in order" starts here.

Writers append scored rows and expose a *checkpoint*: the point up to which
the output is durable and can be resumed from (a byte offset for JSONL/CSV,
a list of finished part files for Parquet, which cannot be appended to).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import shutil
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, ClassVar, NamedTuple

from model.ad import AD_FIELDS

FORMATS = ("jsonl", "csv", "parquet")
_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
# Anything bigger is not an ad; reading it whole would let one corrupt line
# (a missing newline in a 10 GB dump) take all the memory.
MAX_ROW_BYTES = 16 * 1024 * 1024
# A chunk closes at this many bytes even before ``chunk_size`` rows, so a run
# of huge rows cannot inflate the in-flight memory.
MAX_CHUNK_BYTES = 64 * 1024 * 1024
INPUT_COLUMNS: tuple[str, ...] = ("id", "text", *AD_FIELDS)
OUTPUT_COLUMNS: tuple[str, ...] = (
    "id",
    "score",
    "risk",
    "flags",
    "error",
    "document_type",
    "document_type_probability",
    "entities",
)
EXPLAIN_COLUMN = "explanation"
CSV_FLAG_SEPARATOR = ";"


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


# --- formats and opening --------------------------------------------------------


def detect_format(path: str) -> str:
    """Format from the file name; ``-`` is JSON Lines on stdin/stdout."""
    if path == "-":
        return "jsonl"
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for ext, fmt in _EXTENSIONS.items():
        if name.endswith(ext):
            return fmt
    raise BatchInputError(
        "UNKNOWN_FORMAT",
        f"Cannot tell the format of {path!r} from its extension; use .jsonl "
        "(or .ndjson), .csv or .parquet, or - for JSON Lines on stdin/stdout.",
    )


def open_input(path: str, stdin: IO[bytes] | None = None) -> IO[bytes]:
    """A binary stream for ``path`` (``.gz`` is decompressed on the fly)."""
    if path == "-":
        if stdin is None:
            import sys

            return sys.stdin.buffer
        return stdin
    try:
        if path.lower().endswith(".gz"):
            import gzip

            return gzip.open(path, "rb")  # type: ignore[return-value]
        return open(path, "rb", buffering=1 << 20)
    except FileNotFoundError:
        raise BatchInputError(
            "INPUT_NOT_FOUND", f"Input file {path} does not exist."
        ) from None
    except OSError as exc:
        raise BatchInputError(
            "INPUT_UNREADABLE", f"Cannot read {path}: {exc.strerror or exc}."
        ) from None


def input_size(path: str) -> int | None:
    """Bytes in a plain input file (for the progress estimate), else None."""
    if path == "-" or path.lower().endswith(".gz"):
        return None
    try:
        return os.path.getsize(path)
    except OSError:
        return None


# --- readers ---------------------------------------------------------------------


def iter_chunks(
    path: str,
    fmt: str,
    *,
    chunk_size: int,
    skip_rows: int = 0,
    start_offset: int | None = None,
    stdin: IO[bytes] | None = None,
    columns: Sequence[str] = INPUT_COLUMNS,
) -> Iterator[Chunk]:
    """Chunks of raw rows from ``path``, after skipping ``skip_rows`` rows.

    ``start_offset`` (JSONL, plain files only) seeks straight to the byte
    after the last committed row instead of re-reading ``skip_rows`` lines.
    ``columns`` are the input columns that matter (Parquet reads only those).
    """
    if fmt == "parquet":
        if path == "-":
            raise BatchInputError(
                "UNKNOWN_FORMAT", "stdin is read as JSON Lines, not Parquet."
            )
        yield from _parquet_chunks(path, chunk_size, skip_rows, columns)
        return
    stream = open_input(path, stdin)
    try:
        if fmt == "jsonl":
            yield from _jsonl_chunks(stream, chunk_size, skip_rows, start_offset)
        else:
            yield from _csv_chunks(stream, chunk_size, skip_rows)
    finally:
        if path != "-":
            stream.close()


def _read_line(stream: IO[bytes]) -> tuple[bytes | RowProblem, int] | None:
    """One physical line (bytes) or a ROW_TOO_LARGE problem; None at EOF."""
    line = stream.readline(MAX_ROW_BYTES + 1)
    if not line:
        return None
    if len(line) <= MAX_ROW_BYTES or line.endswith(b"\n"):
        return line, len(line)
    size = len(line)
    while True:  # drain the rest of the oversized line without keeping it
        more = stream.readline(1 << 20)
        size += len(more)
        if not more or more.endswith(b"\n"):
            break
    problem = RowProblem(
        "ROW_TOO_LARGE",
        f"the line has {size:,} bytes; rows over {MAX_ROW_BYTES:,} bytes are not read",
    )
    return problem, size


def _jsonl_chunks(
    stream: IO[bytes], chunk_size: int, skip_rows: int, start_offset: int | None
) -> Iterator[Chunk]:
    offset = 0
    index = 0
    if start_offset and skip_rows:
        stream.seek(start_offset)
        offset, index = start_offset, skip_rows
    while index < skip_rows:
        read = _read_line(stream)
        if read is None:
            return
        offset += read[1]
        index += 1
    rows: list[bytes | RowProblem] = []
    nbytes = 0
    start = index
    while True:
        read = _read_line(stream)
        if read is None:
            break
        line, size = read
        if index == 0 and isinstance(line, bytes) and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]  # a UTF-8 byte-order mark is not part of the JSON
        rows.append(line)
        offset += size
        nbytes += size
        index += 1
        if len(rows) >= chunk_size or nbytes >= MAX_CHUNK_BYTES:
            yield Chunk("jsonl", start, rows, end_offset=offset, nbytes=nbytes)
            rows, nbytes, start = [], 0, index
    if rows:
        yield Chunk("jsonl", start, rows, end_offset=offset, nbytes=nbytes)


def _csv_chunks(stream: IO[bytes], chunk_size: int, skip_rows: int) -> Iterator[Chunk]:
    # The limit is process-global; raising it is harmless and needed because
    # the default (128 KiB) would reject ads that the model rejects anyway
    # with a clearer AD_TOO_LONG.
    csv.field_size_limit(MAX_ROW_BYTES)
    # surrogateescape keeps undecodable bytes as lone surrogates, so a row in
    # the wrong encoding becomes a BAD_ENCODING row instead of an exception
    # that would end the whole run.
    text = io.TextIOWrapper(
        stream, encoding="utf-8-sig", errors="surrogateescape", newline=""
    )
    reader = csv.reader(text)
    try:
        header = tuple(next(reader))
    except StopIteration:
        return
    except csv.Error as exc:
        raise BatchInputError(
            "BAD_CSV_HEADER", f"Cannot read the CSV header: {exc}"
        ) from None
    index = 0
    rows: list[list[str] | RowProblem] = []
    nbytes = 0
    start = skip_rows
    while True:
        try:
            row: list[str] | RowProblem = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            code = "ROW_TOO_LARGE" if "field limit" in str(exc) else "BAD_CSV_ROW"
            row = RowProblem(code, f"unreadable CSV record: {exc}")
        index += 1
        if index <= skip_rows:
            continue
        rows.append(row)
        if not isinstance(row, RowProblem):
            nbytes += sum(len(value) for value in row) + len(row)
        if len(rows) >= chunk_size or nbytes >= MAX_CHUNK_BYTES:
            yield Chunk("csv", start, rows, header, _tell(stream), nbytes)
            rows, nbytes, start = [], 0, index
    if rows:
        yield Chunk("csv", start, rows, header, _tell(stream), nbytes)
    text.detach()  # the caller closes the binary stream


def _tell(stream: IO[bytes]) -> int | None:
    try:
        return stream.tell()
    except (OSError, ValueError):
        return None


def _parquet_chunks(
    path: str, chunk_size: int, skip_rows: int, wanted: Sequence[str]
) -> Iterator[Chunk]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except FileNotFoundError:
        raise BatchInputError(
            "INPUT_NOT_FOUND", f"Input file {path} does not exist."
        ) from None
    except Exception as exc:  # pyarrow raises several types for a bad file
        raise BatchInputError(
            "INPUT_UNREADABLE", f"{path} is not a readable Parquet file: {exc}"
        ) from None
    names = parquet.schema_arrow.names
    # Only the columns that can matter are read: a scrape with a 2 KB HTML
    # column per row should not cost its HTML.
    columns = [name for name in dict.fromkeys(wanted) if name in names]
    groups = list(range(parquet.num_row_groups))
    index = 0
    # Whole row groups before the resume point are skipped without reading.
    while groups:
        group_rows = parquet.metadata.row_group(groups[0]).num_rows
        if skip_rows - index < group_rows:
            break
        index += group_rows
        groups.pop(0)
    if not groups:
        return
    size = os.path.getsize(path)
    total = max(parquet.metadata.num_rows, 1)
    pending: list[dict[str, Any]] = []
    start = skip_rows
    for batch in parquet.iter_batches(
        batch_size=chunk_size, row_groups=groups, columns=columns or names[:1]
    ):
        # With none of the wanted columns, still one (empty) record per row.
        records = _batch_records(batch) if columns else [{}] * batch.num_rows
        if index < skip_rows:
            drop = min(skip_rows - index, len(records))
            records = records[drop:]
            index += drop
        pending.extend(records)
        index += len(records)
        while len(pending) >= chunk_size:
            rows, pending = pending[:chunk_size], pending[chunk_size:]
            offset = int(size * (start + len(rows)) / total)
            yield Chunk("records", start, rows, end_offset=offset)
            start += len(rows)
    if pending:
        yield Chunk("records", start, pending, end_offset=size)


def _batch_records(batch: Any) -> list[dict[str, Any]]:
    """Arrow record batch to dicts, never failing on invalid UTF-8."""
    import pyarrow as pa

    columns: dict[str, list[Any]] = {}
    for name, column in zip(batch.schema.names, batch.columns, strict=True):
        if pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type):
            columns[name] = [_decode(value) for value in column.to_pylist()]
            continue
        try:
            columns[name] = column.to_pylist()
        except UnicodeDecodeError:
            raw = column.cast(pa.large_binary()).to_pylist()
            columns[name] = [_decode(value) for value in raw]
    return [
        {name: values[i] for name, values in columns.items()}
        for i in range(batch.num_rows)
    ]


def _decode(value: bytes | None) -> str | None:
    return None if value is None else value.decode("utf-8", "surrogateescape")


# --- parsing (runs in the workers) ----------------------------------------------


def parse_chunk(chunk: Chunk, fields: Mapping[str, str]) -> list[ParsedRow]:
    """Raw rows to ``ParsedRow``; ``fields`` maps our names to the input's names."""
    if chunk.kind == "jsonl":
        return [
            _parse_line(line, fields, chunk.start + i + 1)
            for i, line in enumerate(chunk.rows)
        ]
    if chunk.kind == "csv":
        header = chunk.header or ()
        return [
            _parse_csv_row(row, header, fields, chunk.start + i + 1)
            for i, row in enumerate(chunk.rows)
        ]
    return [
        parse_record(record, fields, chunk.start + i + 1)
        for i, record in enumerate(chunk.rows)
    ]


def _where(row: int | None) -> str:
    return f" (input row {row:,})" if row is not None else ""


def _problem(code: str, message: str, row: int | None) -> ParsedRow:
    return ParsedRow(None, None, row_error(code, message + _where(row)))


def _parse_line(
    line: bytes | RowProblem, fields: Mapping[str, str], row: int
) -> ParsedRow:
    if isinstance(line, RowProblem):
        return _problem(line.code, line.message, row)
    text = line.decode("utf-8", "surrogateescape")
    if not text.strip():
        return _problem("BLANK_LINE", "the line is empty", row)
    try:
        value = json.loads(text)
    except ValueError as exc:
        reason = str(exc).encode("utf-8", "replace").decode("utf-8")
        return _problem("BAD_JSON", f"the line is not valid JSON: {reason}", row)
    if not isinstance(value, dict):
        return _problem(
            "NOT_AN_OBJECT",
            f"the line is JSON {type(value).__name__}, not an object",
            row,
        )
    return parse_record(value, fields, row)


def _parse_csv_row(
    row: list[str] | RowProblem,
    header: Sequence[str],
    fields: Mapping[str, str],
    number: int,
) -> ParsedRow:
    if isinstance(row, RowProblem):
        return _problem(row.code, row.message, number)
    if not row:
        return _problem("BLANK_LINE", "the CSV record is empty", number)
    if len(row) != len(header):
        return _problem(
            "BAD_CSV_ROW",
            f"the record has {len(row)} fields but the header has {len(header)}",
            number,
        )
    record: dict[str, Any] = {}
    for name, value in zip(header, row, strict=True):
        record.setdefault(name, value)
    return parse_record(record, fields, number)


def _clean(value: Any) -> str | None:
    """A field value as text; missing, NaN and blank are None."""
    if value is None or isinstance(value, str):
        return value if value and value.strip() else None
    if isinstance(value, bool | int):
        return str(value)
    if isinstance(value, float):
        return None if math.isnan(value) else repr(value)
    if type(value).__name__ in {"NAType", "NaTType"}:  # pandas missing values
        return None
    if hasattr(value, "item") and not isinstance(value, list | dict | tuple):
        return _clean(value.item())  # numpy scalars from pandas partitions
    raise TypeError(type(value).__name__)


def _has_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _repair(text: str) -> str:
    """Printable version of a badly encoded value (U+FFFD for bad bytes)."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def parse_record(
    record: Mapping[str, Any], fields: Mapping[str, str], row: int | None = None
) -> ParsedRow:
    """One input object (JSON object, CSV record, Parquet/pandas row) to an ad."""
    try:
        raw_id = _clean(record.get(fields.get("id", "id")))
    except TypeError as exc:
        return _problem("INVALID_FIELD", f"'id' is a {exc}, not text", row)
    ad: dict[str, str] = {}
    bad_encoding: list[str] = []
    for name in ("text", *AD_FIELDS):
        try:
            value = _clean(record.get(fields.get(name, name)))
        except TypeError as exc:
            return ParsedRow(
                _safe_id(raw_id),
                None,
                row_error(
                    "INVALID_FIELD",
                    f"field '{name}' is a {exc}, not text{_where(row)}",
                ),
            )
        if value is None:
            continue
        if _has_surrogate(value):
            bad_encoding.append(name)
        ad[name] = value
    if raw_id is not None and _has_surrogate(raw_id):
        bad_encoding.insert(0, "id")
    if bad_encoding:
        return ParsedRow(
            _safe_id(raw_id),
            None,
            row_error(
                "BAD_ENCODING",
                f"{', '.join(bad_encoding)} is not valid UTF-8 text{_where(row)}",
            ),
        )
    if raw_id is None:
        return _problem("MISSING_ID", "the row has no 'id'", row)
    return ParsedRow(raw_id, ad, None)


def _safe_id(raw_id: str | None) -> str | None:
    return None if raw_id is None else _repair(raw_id)


# --- writers ---------------------------------------------------------------------


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
    }
    if explain:
        record[EXPLAIN_COLUMN] = row.explanation
    return record


def entities_json(entities: Sequence[dict[str, Any]] | None) -> str | None:
    """Entities as JSON text (CSV and Parquet): their shape may grow."""
    return None if entities is None else json.dumps(list(entities), ensure_ascii=False)


class Writer:
    """Appends scored rows; ``checkpoint`` says what is durable so far."""

    def write(self, rows: Sequence[OutRow]) -> None:
        raise NotImplementedError

    def checkpoint(self) -> dict[str, Any] | None:
        """State to resume from, or None when nothing new is durable yet."""
        raise NotImplementedError

    def finish(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        """Stop without finishing (interruption): keep what is durable."""
        raise NotImplementedError


class _ByteWriter(Writer):
    """Shared by JSONL and CSV: encode a chunk, append, fsync on checkpoint."""

    def __init__(self, path: str, explain: bool, resume_bytes: int | None) -> None:
        self.path = path
        self.explain = explain
        self.stream: IO[bytes]
        if path == "-":
            import sys

            self.stream = sys.stdout.buffer
            self.offset = 0
        elif resume_bytes is not None:
            self.stream = open(path, "r+b")  # noqa: SIM115 (closed in finish/abort)
            # Bytes after the last checkpoint belong to rows that are scored
            # again now; keeping them would duplicate rows.
            self.stream.truncate(resume_bytes)
            self.stream.seek(resume_bytes)
            self.offset = resume_bytes
        else:
            self.stream = open(path, "wb")  # noqa: SIM115 (closed in finish/abort)
            self.offset = 0
            self._start()

    def _start(self) -> None:
        pass

    def _encode(self, rows: Sequence[OutRow]) -> bytes:
        raise NotImplementedError

    def write(self, rows: Sequence[OutRow]) -> None:
        if not rows:
            return
        data = self._encode(rows)
        self.stream.write(data)
        self.offset += len(data)

    def checkpoint(self) -> dict[str, Any] | None:
        self.stream.flush()
        if self.path != "-":
            os.fsync(self.stream.fileno())
        return {"out_bytes": self.offset}

    def finish(self) -> None:
        self.stream.flush()
        if self.path != "-":
            self.stream.close()

    def abort(self) -> None:
        if self.path != "-":
            self.stream.close()


class JsonlWriter(_ByteWriter):
    def _encode(self, rows: Sequence[OutRow]) -> bytes:
        lines = [
            json.dumps(output_record(row, self.explain), ensure_ascii=False)
            for row in rows
        ]
        return ("\n".join(lines) + "\n").encode("utf-8")


class CsvWriter(_ByteWriter):
    def _columns(self) -> list[str]:
        return [*OUTPUT_COLUMNS, *([EXPLAIN_COLUMN] if self.explain else [])]

    def _start(self) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(self._columns())
        data = buffer.getvalue().encode("utf-8")
        self.stream.write(data)
        self.offset += len(data)

    def _encode(self, rows: Sequence[OutRow]) -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for row in rows:
            values: list[Any] = [
                row.id,
                "" if row.score is None else repr(row.score),
                row.risk,
                CSV_FLAG_SEPARATOR.join(row.flags),
                row.error,
                row.document_type,
                ""
                if row.document_type_probability is None
                else repr(row.document_type_probability),
                entities_json(row.entities),
            ]
            if self.explain:
                values.append(
                    None
                    if row.explanation is None
                    else json.dumps(row.explanation, ensure_ascii=False)
                )
            writer.writerow(values)
        return buffer.getvalue().encode("utf-8")


def parquet_schema(explain: bool) -> Any:
    import pyarrow as pa

    columns = [
        pa.field("id", pa.string()),
        pa.field("score", pa.float64()),
        pa.field("risk", pa.string()),
        pa.field("flags", pa.list_(pa.string())),
        pa.field("error", pa.string()),
        pa.field("document_type", pa.string()),
        pa.field("document_type_probability", pa.float64()),
        pa.field("entities", pa.string()),
    ]
    if explain:
        # JSON text rather than a nested struct: the explanation's shape may
        # grow (contract), a struct schema could not without breaking readers.
        columns.append(pa.field(EXPLAIN_COLUMN, pa.string()))
    return pa.schema(columns)


def parquet_table(rows: Sequence[OutRow], explain: bool) -> Any:
    import pyarrow as pa

    data: dict[str, list[Any]] = {
        "id": [row.id for row in rows],
        "score": [row.score for row in rows],
        "risk": [row.risk for row in rows],
        "flags": [list(row.flags) for row in rows],
        "error": [row.error for row in rows],
        "document_type": [row.document_type for row in rows],
        "document_type_probability": [row.document_type_probability for row in rows],
        "entities": [entities_json(row.entities) for row in rows],
    }
    if explain:
        data[EXPLAIN_COLUMN] = [
            None if row.explanation is None else json.dumps(row.explanation)
            for row in rows
        ]
    return pa.Table.from_pydict(data, schema=parquet_schema(explain))


@dataclass
class ParquetPartsWriter(Writer):
    """Parquet cannot be appended to or truncated, and a file without its
    footer (a killed run) is unreadable. So rows go to part files in
    ``<output>.parts/``; a part is durable once closed, and ``finish`` merges
    the parts, in order, into the output file (one part in memory at a time).
    """

    path: str
    explain: bool
    parts: list[str] = field(default_factory=list)
    # Rows per part: what a resumed run may have to redo, at most.
    part_rows: ClassVar[int] = 50_000
    _writer: Any = None
    _open_rows: int = 0
    _open_name: str = ""

    def __post_init__(self) -> None:
        self.parts_dir = Path(self.path + ".parts")
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        keep = set(self.parts)
        for stale in self.parts_dir.iterdir():
            if stale.name not in keep:  # an unfinished part from a killed run
                stale.unlink()

    def write(self, rows: Sequence[OutRow]) -> None:
        if not rows:
            return
        import pyarrow.parquet as pq

        if self._writer is None:
            name = f"part-{len(self.parts):06d}.parquet"
            self._writer = pq.ParquetWriter(
                self.parts_dir / name, parquet_schema(self.explain)
            )
            self._open_name = name
        self._writer.write_table(parquet_table(rows, self.explain))
        self._open_rows += len(rows)

    def _close_part(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self.parts.append(self._open_name)
            self._writer = None
            self._open_rows = 0

    def checkpoint(self) -> dict[str, Any] | None:
        if self._writer is not None:
            if self._open_rows < self.part_rows:
                return None  # the open part is not durable until closed
            self._close_part()
        return {"parts": list(self.parts)}

    def finish(self) -> None:
        import pyarrow.parquet as pq

        self._close_part()
        tmp = self.path + ".tmp"
        with pq.ParquetWriter(tmp, parquet_schema(self.explain)) as out:
            for name in self.parts:
                out.write_table(pq.read_table(self.parts_dir / name))
        os.replace(tmp, self.path)
        shutil.rmtree(self.parts_dir, ignore_errors=True)

    def abort(self) -> None:
        # The open part is left unfinished on purpose: it is not in the
        # checkpoint, and a resumed run deletes it.
        self._writer = None


def open_writer(
    path: str, fmt: str, explain: bool, resume: Mapping[str, Any] | None
) -> Writer:
    """A writer for ``path``; ``resume`` is the last checkpoint to continue."""
    if fmt == "parquet":
        if path == "-":
            raise BatchInputError(
                "UNKNOWN_FORMAT", "stdout is written as JSON Lines, not Parquet."
            )
        parts = list(resume.get("parts", [])) if resume else []
        return ParquetPartsWriter(path, explain, parts)
    offset = int(resume.get("out_bytes", 0)) if resume else None
    try:
        if fmt == "csv":
            return CsvWriter(path, explain, offset)
        return JsonlWriter(path, explain, offset)
    except FileNotFoundError:
        if offset is None:
            raise BatchInputError(
                "OUTPUT_UNWRITABLE", f"Cannot create {path}: its folder is missing."
            ) from None
        raise BatchInputError(
            "RESUME_MISMATCH",
            f"{path} is gone, so the interrupted run cannot be continued. "
            "Run without --resume to start over.",
        ) from None
    except OSError as exc:
        raise BatchInputError(
            "OUTPUT_UNWRITABLE", f"Cannot write {path}: {exc.strerror or exc}."
        ) from None
