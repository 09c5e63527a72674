"""Streaming readers for `waspada score` (JSON Lines, CSV, Parquet).

Readers turn an input file into bounded *chunks* of raw rows. They do as
little as possible in the parent process (JSONL lines stay bytes, CSV rows
stay lists) because parsing is parallelised in the workers
(``service.batch_parse``). Every physical input row becomes exactly one raw
row, even a blank line, an undecodable line or a 50 MB line: the invariant
"output rows == input rows, in order" starts here.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from typing import IO, Any

from service.batch_rows import INPUT_COLUMNS, BatchInputError, Chunk, RowProblem

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
