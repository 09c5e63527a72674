"""Raw input rows to ads for `waspada score`.

This runs in the workers, not in the parent that reads: a JSONL line, a CSV
record or a Parquet/pandas row becomes a ``ParsedRow`` (an ad, or the error
that row gets).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from model.ad import AD_FIELDS
from service.batch_rows import Chunk, ParsedRow, RowProblem, describe, row_error


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
