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
import hashlib
import io
import json
import math
import os
import re
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
    """Raw rows to ``ParsedRow``; ``fields`` maps our names to the input's names.

    Never raises for a row: whatever goes wrong reading one row becomes that
    row's error, so one hostile line cannot end (or, resumed, re-end) a run.
    """
    header = chunk.header or ()
    return [
        _parse_guarded(chunk.kind, raw, header, fields, chunk.start + i + 1)
        for i, raw in enumerate(chunk.rows)
    ]


def _parse_guarded(
    kind: str, raw: Any, header: Sequence[str], fields: Mapping[str, str], row: int
) -> ParsedRow:
    try:
        if kind == "jsonl":
            return _parse_line(raw, fields, row)
        if kind == "csv":
            return _parse_csv_row(raw, header, fields, row)
        return parse_record(raw, fields, row)
    except Exception as exc:  # any failure is this row's alone
        return _problem("BAD_ROW", f"could not read the row ({describe(exc)})", row)


def describe(exc: BaseException, limit: int = 200) -> str:
    """``Type: message``, shortened: an exception may quote a huge input."""
    text = f"{type(exc).__name__}: {exc}".encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    except RecursionError:
        # Valid JSON perhaps, but nested deeper than Python's parser goes
        # (about 1,000 levels); no ad looks like this.
        return _problem(
            "NESTED_TOO_DEEP",
            "the line nests arrays or objects too deeply to read",
            row,
        )
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
    id_value = record.get(fields.get("id", "id"))
    try:
        raw_id = _clean(id_value)
    except TypeError as exc:
        return _problem("INVALID_FIELD", f"'id' is a {exc}, not text", row)
    except Exception as exc:  # e.g. an int too long to print
        return _problem("INVALID_FIELD", f"'id' cannot be read ({describe(exc)})", row)
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
        except Exception as exc:
            return ParsedRow(
                _safe_id(raw_id),
                None,
                row_error(
                    "INVALID_FIELD",
                    f"field '{name}' cannot be read ({describe(exc)}){_where(row)}",
                ),
            )
        if value is None:
            continue
        if _has_surrogate(value):
            bad_encoding.append(name)
        ad[name] = value
    # A picture of the ad: a file path (service/batch_images.py).
    try:
        image = _clean(record.get(fields.get("image", "image")))
    except Exception:
        image = None
    if image is not None:
        if _has_surrogate(image):
            bad_encoding.append("image")
        ad["image"] = image
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


# OWASP's CSV injection guidance: a spreadsheet evaluates a cell that starts
# with one of these as a formula (=HYPERLINK(...), =cmd|' /C calc'!A0, ...).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# A plain number is a number to a spreadsheet, never a formula: "-5" stays.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def neutralise_cell(value: str | None) -> str | None:
    """``value`` made inert for a spreadsheet: a leading ``'`` before a formula
    trigger, which spreadsheets read as "this cell is text"."""
    if (
        value
        and value.startswith(FORMULA_TRIGGERS)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


class Writer:
    """Appends scored rows; ``checkpoint`` says what is durable so far."""

    def write(self, rows: Sequence[OutRow]) -> None:
        raise NotImplementedError

    def checkpoint(self) -> dict[str, Any] | None:
        """State to resume from, or None when nothing new is durable yet."""
        raise NotImplementedError

    def finish(self) -> None:
        raise NotImplementedError

    def cleanup(self) -> None:
        """After the resume state is gone: remove what only resuming needed."""

    def abort(self) -> None:
        """Stop without finishing (interruption): keep what is durable."""
        raise NotImplementedError


def _output_changed(path: str, why: str) -> BatchInputError:
    return BatchInputError(
        "RESUME_OUTPUT_CHANGED",
        f"{path} is not what the interrupted run left behind: {why}. Resuming "
        "would lose or corrupt rows, so nothing was changed. Run without "
        "--resume to start over.",
    )


def _sha256_prefix(stream: IO[bytes], size: int) -> Any:
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


class _ByteWriter(Writer):
    """Shared by JSONL and CSV: encode a chunk, append, fsync on checkpoint.

    The checkpoint holds the output's length and the SHA-256 of those bytes
    (kept as a running hash, so it costs nothing per write). A resume checks
    both before it touches the file: an output that was shortened, edited or
    replaced since is refused instead of padded with NULs or silently mixed.
    """

    def __init__(
        self,
        path: str,
        explain: bool,
        resume: Mapping[str, Any] | None,
        *,
        csv_raw: bool = False,
    ) -> None:
        self.path = path
        self.explain = explain
        self.csv_raw = csv_raw
        self.hash = hashlib.sha256()
        self.stream: IO[bytes]
        if path == "-":
            import sys

            self.stream = sys.stdout.buffer
            self.offset = 0
        elif resume is not None:
            self.stream = open(path, "r+b")  # noqa: SIM115 (closed in finish/abort)
            try:
                self._resume(int(resume["out_bytes"]), str(resume["out_sha256"]))
            except BaseException:
                self.stream.close()
                raise
        else:
            self.stream = open(path, "wb")  # noqa: SIM115 (closed in finish/abort)
            self.offset = 0
            self._start()

    def _resume(self, size: int, sha256: str) -> None:
        actual = os.fstat(self.stream.fileno()).st_size
        if actual < size:
            raise _output_changed(
                self.path,
                f"it has {actual:,} bytes, but {size:,} were written and "
                "checkpointed (it was shortened or replaced)",
            )
        self.hash = _sha256_prefix(self.stream, size)
        if self.hash.hexdigest() != sha256:
            raise _output_changed(
                self.path,
                f"its first {size:,} bytes differ from those the run wrote "
                "(it was edited or replaced)",
            )
        # Bytes after the checkpoint belong to rows that are scored again
        # now; keeping them would duplicate rows.
        self.stream.truncate(size)
        self.stream.seek(size)
        self.offset = size

    def _start(self) -> None:
        pass

    def _encode(self, rows: Sequence[OutRow]) -> bytes:
        raise NotImplementedError

    def _append(self, data: bytes) -> None:
        self.stream.write(data)
        self.hash.update(data)
        self.offset += len(data)

    def write(self, rows: Sequence[OutRow]) -> None:
        if rows:
            self._append(self._encode(rows))

    def checkpoint(self) -> dict[str, Any] | None:
        self.stream.flush()
        if self.path != "-":
            os.fsync(self.stream.fileno())
        return {"out_bytes": self.offset, "out_sha256": self.hash.hexdigest()}

    def finish(self) -> None:
        self.stream.flush()
        if self.path != "-":
            os.fsync(self.stream.fileno())
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
    """CSV for people and spreadsheets: every text cell that a spreadsheet
    would evaluate is neutralised (``neutralise_cell``) unless ``csv_raw``.
    Numbers (score, probability) are written as numbers, untouched."""

    def _columns(self) -> list[str]:
        return [*OUTPUT_COLUMNS, *([EXPLAIN_COLUMN] if self.explain else [])]

    def _start(self) -> None:
        self._append(_csv_line(self._columns()).encode("utf-8"))

    def _encode(self, rows: Sequence[OutRow]) -> bytes:
        lines: list[str] = []
        text = _identity if self.csv_raw else neutralise_cell
        for row in rows:
            values: list[Any] = [
                text(row.id),
                "" if row.score is None else repr(row.score),
                text(row.risk),
                text(CSV_FLAG_SEPARATOR.join(row.flags)),
                text(row.error),
                text(row.document_type),
                ""
                if row.document_type_probability is None
                else repr(row.document_type_probability),
                text(entities_json(row.entities)),
            ]
            if self.explain:
                values.append(
                    None
                    if row.explanation is None
                    else text(json.dumps(row.explanation, ensure_ascii=False))
                )
            lines.append(_csv_line(values))
        return "".join(lines).encode("utf-8")


def _identity(value: str | None) -> str | None:
    return value


_CSV_SPECIAL = re.compile(r'[,"\r\n]')


def _csv_line(values: Sequence[str | None]) -> str:
    """One RFC 4180 record ending in LF. Not ``csv.writer``: with an LF line
    terminator it leaves a field containing a bare CR unquoted, and readers
    then split the row in two (an ``id`` of ``"a\rb"`` became two rows)."""
    cells = []
    for value in values:
        if value is None:
            cells.append("")
        elif _CSV_SPECIAL.search(value):
            cells.append('"' + value.replace('"', '""') + '"')
        else:
            cells.append(value)
    return ",".join(cells) + "\n"


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


def _file_sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return str(
            _sha256_prefix(handle, os.fstat(handle.fileno()).st_size).hexdigest()
        )


@dataclass
class ParquetPartsWriter(Writer):
    """Parquet cannot be appended to or truncated, and a file without its
    footer (a killed run) is unreadable. So rows go to part files in
    ``<output>.parts/``; a part is durable once closed and fsynced, and
    ``finish`` merges the parts, in order, into the output file (one part in
    memory at a time). Each finished part is recorded with its rows, size and
    SHA-256, which a resume checks before it deletes or adds anything.
    """

    path: str
    explain: bool
    parts: list[dict[str, Any]] = field(default_factory=list)
    # Rows per part: what a resumed run may have to redo, at most.
    part_rows: ClassVar[int] = 50_000
    rows_per_part: int | None = None  # overrides part_rows (a test hook)
    _writer: Any = None
    _open_rows: int = 0
    _open_name: str = ""

    def __post_init__(self) -> None:
        self.parts_dir = Path(self.path + ".parts")
        self._verify_parts()
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        keep = {str(part["name"]) for part in self.parts}
        for stale in self.parts_dir.iterdir():
            if stale.name not in keep:  # an unfinished part from a killed run
                stale.unlink()

    def _verify_parts(self) -> None:
        if not self.parts:
            return
        where = f"{self.path} (parts in {self.parts_dir})"
        for part in self.parts:
            file = self.parts_dir / str(part["name"])
            if not file.is_file():
                raise _output_changed(where, f"the finished part {file.name} is gone")
            if file.stat().st_size != part["bytes"] or _file_sha256(file) != part.get(
                "sha256"
            ):
                raise _output_changed(
                    where, f"the finished part {file.name} was changed"
                )

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
            file = self.parts_dir / self._open_name
            with open(file, "rb") as handle:
                os.fsync(handle.fileno())
            fsync_dir(self.parts_dir)
            self.parts.append(
                {
                    "name": self._open_name,
                    "rows": self._open_rows,
                    "bytes": file.stat().st_size,
                    "sha256": _file_sha256(file),
                }
            )
            self._writer = None
            self._open_rows = 0

    def checkpoint(self) -> dict[str, Any] | None:
        if self._writer is not None:
            if self._open_rows < (self.rows_per_part or self.part_rows):
                return None  # the open part is not durable until closed
            self._close_part()
        return {"parts": [dict(part) for part in self.parts]}

    def finish(self) -> None:
        import pyarrow.parquet as pq

        self._close_part()
        tmp = self.path + ".tmp"
        with pq.ParquetWriter(tmp, parquet_schema(self.explain)) as out:
            for part in self.parts:
                out.write_table(pq.read_table(self.parts_dir / str(part["name"])))
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
        fsync_dir(Path(self.path).resolve().parent)

    def cleanup(self) -> None:
        # Only once the resume state is gone: a kill before that resumes from
        # the parts, which must all still be there.
        shutil.rmtree(self.parts_dir, ignore_errors=True)

    def abort(self) -> None:
        # The open part is left unfinished on purpose: it is not in the
        # checkpoint, and a resumed run deletes it.
        self._writer = None


def open_writer(
    path: str,
    fmt: str,
    explain: bool,
    resume: Mapping[str, Any] | None,
    *,
    csv_raw: bool = False,
    part_rows: int | None = None,
) -> Writer:
    """A writer for ``path``; ``resume`` is the last checkpoint to continue.

    Resuming first verifies that the output is what the checkpoint describes
    and raises ``RESUME_OUTPUT_CHANGED`` (before changing anything) if not.
    """
    if fmt == "parquet":
        if path == "-":
            raise BatchInputError(
                "UNKNOWN_FORMAT", "stdout is written as JSON Lines, not Parquet."
            )
        parts = [dict(part) for part in resume.get("parts", [])] if resume else []
        return ParquetPartsWriter(path, explain, parts, part_rows)
    try:
        if fmt == "csv":
            return CsvWriter(path, explain, resume, csv_raw=csv_raw)
        return JsonlWriter(path, explain, resume)
    except FileNotFoundError:
        if resume is None:
            raise BatchInputError(
                "OUTPUT_UNWRITABLE", f"Cannot create {path}: its folder is missing."
            ) from None
        raise _output_changed(path, "it is gone") from None
    except OSError as exc:
        raise BatchInputError(
            "OUTPUT_UNWRITABLE", f"Cannot write {path}: {exc.strerror or exc}."
        ) from None
