"""CSV output records for `waspada score`, safe to open in a spreadsheet.

CSV is written for people, who open it in a spreadsheet: every text cell a
spreadsheet would evaluate as a formula is neutralised (``neutralise_cell``)
unless the caller asked for raw cells (``--csv-raw``). Numbers (score,
probability) are written as numbers, untouched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from service.batch_rows import EXPLAIN_COLUMN, OUTPUT_COLUMNS, OutRow, entities_json

CSV_FLAG_SEPARATOR = ";"
# OWASP's CSV injection guidance: a spreadsheet evaluates a cell that starts
# with one of these as a formula (=HYPERLINK(...), =cmd|' /C calc'!A0, ...).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# A plain number is a number to a spreadsheet, never a formula: "-5" stays.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_CSV_SPECIAL = re.compile(r'[,"\r\n]')


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


def _identity(value: str | None) -> str | None:
    return value


def csv_header(explain: bool) -> str:
    return csv_line([*OUTPUT_COLUMNS, *([EXPLAIN_COLUMN] if explain else [])])


def csv_record(row: OutRow, explain: bool, *, raw: bool = False) -> str:
    """One output row as a CSV record; ``raw`` leaves text cells verbatim."""
    text: Callable[[str | None], str | None] = _identity if raw else neutralise_cell
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
        text(CSV_FLAG_SEPARATOR.join(row.notices)),
    ]
    if explain:
        values.append(
            None
            if row.explanation is None
            else text(json.dumps(row.explanation, ensure_ascii=False))
        )
    return csv_line(values)


def csv_line(values: Sequence[str | None]) -> str:
    """One RFC 4180 record ending in LF. Not ``csv.writer``: with an LF line
    terminator it leaves a field containing a bare CR unquoted, and readers
    then split the row in two (an ``id`` of ``"a\\rb"`` became two rows)."""
    cells = []
    for value in values:
        if value is None:
            cells.append("")
        elif _CSV_SPECIAL.search(value):
            cells.append('"' + value.replace('"', '""') + '"')
        else:
            cells.append(value)
    return ",".join(cells) + "\n"
