"""CSV output records: spreadsheet formula neutralisation and RFC 4180 quoting."""

from __future__ import annotations

import csv
import io

import pytest

from service.batch_csv import csv_header, csv_line, csv_record, neutralise_cell
from service.batch_rows import OutRow


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", ""),
        ("=1", "'=1"),
        ("-", "'-"),
        ("-1.5", "-1.5"),
        ("-.5", "-.5"),
        ("-1e", "'-1e"),
        ("-٥", "'-٥"),  # non-ASCII digits are not a number to a spreadsheet
        ("'=1", "'=1"),
    ],
)
def test_neutralise_cell(value: str | None, expected: str | None) -> None:
    assert neutralise_cell(value) == expected


@pytest.mark.parametrize(
    ("values", "line"),
    [
        (["a", "b"], "a,b\n"),
        ([None, ""], ",\n"),
        (["a,b"], '"a,b"\n'),
        (['say "hi"'], '"say ""hi"""\n'),
        (["a\rb"], '"a\rb"\n'),  # a bare CR is quoted, or readers split the row
        (["a\nb"], '"a\nb"\n'),
    ],
)
def test_csv_line(values: list[str | None], line: str) -> None:
    assert csv_line(values) == line
    assert next(csv.reader(io.StringIO(line, newline=""))) == [v or "" for v in values]


ROW = OutRow(
    "=id",
    0.5,
    "high",
    ("a.v1", "b.v1"),
    None,
    {"k": "=v"},
    "job_ad",
    0.9,
    (),
    ("RED_FLAG_PATTERN",),
)


@pytest.mark.parametrize(
    ("explain", "raw", "expected"),
    [
        (False, False, "'=id,0.5,high,a.v1;b.v1,,job_ad,0.9,[],RED_FLAG_PATTERN\n"),
        (False, True, "=id,0.5,high,a.v1;b.v1,,job_ad,0.9,[],RED_FLAG_PATTERN\n"),
        (
            True,
            True,
            "=id,0.5,high,a.v1;b.v1,,job_ad,0.9,[],RED_FLAG_PATTERN,"
            '"{""k"": ""=v""}"\n',
        ),
    ],
)
def test_csv_record(explain: bool, raw: bool, expected: str) -> None:
    assert csv_record(ROW, explain, raw=raw) == expected


@pytest.mark.parametrize("explain", [False, True])
def test_csv_header_matches_the_record(explain: bool) -> None:
    header = next(csv.reader(io.StringIO(csv_header(explain))))
    record = next(csv.reader(io.StringIO(csv_record(ROW, explain), newline="")))
    assert len(header) == len(record)
    assert header[-1] == ("explanation" if explain else "notices")
