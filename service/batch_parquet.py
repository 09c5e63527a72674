"""Parquet output for `waspada score`, resumable although Parquet is not.

Parquet cannot be appended to or truncated, and a file without its footer
(a killed run) is unreadable, so rows go to part files that become the
output when the run finishes (``ParquetPartsWriter``).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from service.batch_resume import file_sha256, fsync_dir, output_changed
from service.batch_rows import EXPLAIN_COLUMN, OutRow, entities_json


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
        pa.field("notices", pa.list_(pa.string())),
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
        "notices": [list(row.notices) for row in rows],
    }
    if explain:
        data[EXPLAIN_COLUMN] = [
            None if row.explanation is None else json.dumps(row.explanation)
            for row in rows
        ]
    return pa.Table.from_pydict(data, schema=parquet_schema(explain))


@dataclass
class ParquetPartsWriter:
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
                raise output_changed(where, f"the finished part {file.name} is gone")
            if file.stat().st_size != part["bytes"] or file_sha256(file) != part.get(
                "sha256"
            ):
                raise output_changed(
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
                    "sha256": file_sha256(file),
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
