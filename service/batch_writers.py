"""Writers for `waspada score`: append scored rows, say what is durable.

A writer's *checkpoint* is the point up to which the output is durable and
can be resumed from: a byte offset and the SHA-256 of those bytes for JSONL
and CSV, the list of finished part files for Parquet, which cannot be
appended to (``service.batch_parquet``).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from typing import IO, Any, Protocol

from service.batch_csv import csv_header, csv_record
from service.batch_parquet import ParquetPartsWriter
from service.batch_resume import output_changed, sha256_prefix
from service.batch_rows import BatchInputError, OutRow, output_record


class Writer(Protocol):
    """Appends scored rows; ``checkpoint`` says what is durable so far."""

    def write(self, rows: Sequence[OutRow]) -> None: ...

    def checkpoint(self) -> dict[str, Any] | None:
        """State to resume from, or None when nothing new is durable yet."""

    def finish(self) -> None: ...

    def cleanup(self) -> None:
        """After the resume state is gone: remove what only resuming needed."""

    def abort(self) -> None:
        """Stop without finishing (interruption): keep what is durable."""


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
            raise output_changed(
                self.path,
                f"it has {actual:,} bytes, but {size:,} were written and "
                "checkpointed (it was shortened or replaced)",
            )
        self.hash = sha256_prefix(self.stream, size)
        if self.hash.hexdigest() != sha256:
            raise output_changed(
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

    def cleanup(self) -> None:
        pass  # the output file is all there is

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
    """CSV for people and spreadsheets (``service.batch_csv``)."""

    def _start(self) -> None:
        self._append(csv_header(self.explain).encode("utf-8"))

    def _encode(self, rows: Sequence[OutRow]) -> bytes:
        records = [csv_record(row, self.explain, raw=self.csv_raw) for row in rows]
        return "".join(records).encode("utf-8")


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
        raise output_changed(path, "it is gone") from None
    except OSError as exc:
        raise BatchInputError(
            "OUTPUT_UNWRITABLE", f"Cannot write {path}: {exc.strerror or exc}."
        ) from None
