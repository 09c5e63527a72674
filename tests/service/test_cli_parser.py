"""The parser itself, in process: what each argument becomes, and that
argument parsing lives in ``service/cli/`` only (the one front door)."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from service.batch_options import DEFAULT_CHUNK_SIZE, ScoreOptions
from service.cli import build_parser, score_options

SERVICE = Path(__file__).resolve().parents[2] / "service"


def score_args(*argv: str) -> ScoreOptions:
    return score_options(build_parser().parse_args(["score", *argv]))


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["in.jsonl"], ScoreOptions("in.jsonl")),
        (
            ["in.csv", "-o", "out.parquet", "--model", "m", "--workers", "3"],
            ScoreOptions("in.csv", "out.parquet", model="m", workers=3),
        ),
        (
            ["-", "--chunk-size", "7", "--explain", "--lang", "id"],
            ScoreOptions("-", chunk_size=7, explain=True, lang="id"),
        ),
        (
            ["in.jsonl", "--entities", "all", "--assume-job-ad", "--min-risk", "high"],
            ScoreOptions(
                "in.jsonl", entities="all", assume_job_ad=True, min_risk="high"
            ),
        ),
        (
            ["in.jsonl", "--fields", "id=job_id", "--fields", "text=body,title=t"],
            ScoreOptions("in.jsonl", fields=("id=job_id", "text=body,title=t")),
        ),
        (
            ["in.jsonl", "-o", "o.csv", "--resume", "--summary", "s.json", "-q"],
            ScoreOptions(
                "in.jsonl", "o.csv", resume=True, summary="s.json", quiet=True
            ),
        ),
        (["in.jsonl", "--dask"], ScoreOptions("in.jsonl", dask="local")),
        (
            ["in.jsonl", "--dask", "tcp://h:8786", "--csv-raw"],
            ScoreOptions("in.jsonl", dask="tcp://h:8786", csv_raw=True),
        ),
        (
            ["in.jsonl", "--stop-after", "5", "--part-rows", "2"],
            ScoreOptions("in.jsonl", stop_after=5, part_rows=2),
        ),
    ],
)
def test_score_arguments_become_options(argv: list[str], expected: Any) -> None:
    assert score_args(*argv) == expected


def test_score_defaults_are_the_options_defaults() -> None:
    options = score_args("in.jsonl")
    assert options.chunk_size == DEFAULT_CHUNK_SIZE
    assert options.model is None and options.workers is None


def test_every_score_argument_has_an_option() -> None:
    parsed = vars(build_parser().parse_args(["score", "in.jsonl"]))
    arguments = set(parsed) - {"command", "verbose", "func"}
    assert arguments == {field.name for field in dataclasses.fields(ScoreOptions)}


@pytest.mark.parametrize("bad", ["0", "-1", "x"])
@pytest.mark.parametrize("flag", ["--workers", "--chunk-size", "--part-rows"])
def test_counts_must_be_positive(
    flag: str, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["score", "in.jsonl", flag, bad])
    assert exit_.value.code == 2
    assert flag in capsys.readouterr().err


def test_only_the_cli_parses_arguments() -> None:
    """No module of the service but its front door touches argparse, so no
    function elsewhere takes an ``argparse.Namespace``."""
    users = []
    for path in sorted(SERVICE.rglob("*.py")):
        if path.parent == SERVICE / "cli":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if "argparse" in names:
                users.append(str(path.relative_to(SERVICE.parent)))
    assert users == []
