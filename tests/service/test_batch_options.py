"""`waspada score` options: ``--fields`` specs and the defaults a run resolves."""

from __future__ import annotations

import pytest

from service.batch_options import (
    ScoreOptions,
    ScoreRun,
    default_workers,
    parse_fields,
)
from service.batch_rows import BatchInputError


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        (None, {}),
        ([], {}),
        (["id=job_id"], {"id": "job_id"}),
        (["id=job_id,text=body"], {"id": "job_id", "text": "body"}),
        (["id=a", "id=b"], {"id": "b"}),  # the last one wins
        ([" id = a , , text=b "], {"id": "a", "text": "b"}),
        (["image=picture"], {"image": "picture"}),
    ],
)
def test_parse_fields(specs: list[str] | None, expected: dict[str, str]) -> None:
    assert parse_fields(specs) == expected


@pytest.mark.parametrize("bad", ["id", "=x", "id=", "colour=warna"])
def test_parse_fields_rejects_bad_specs(bad: str) -> None:
    with pytest.raises(BatchInputError) as error:
        parse_fields([bad])
    assert error.value.code == "BAD_OPTION"


def test_resolve_fills_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASPADA_MODEL_PATH", "/models/here")
    run = ScoreOptions("in.jsonl", fields=("id=job_id",), summary="s.json").resolve()
    assert run == ScoreRun(
        "in.jsonl",
        "-",
        "/models/here",
        default_workers(),
        fields={"id": "job_id"},
        summary_file="s.json",
        progress=run.progress,  # whether stderr is a terminal
    )


@pytest.mark.parametrize(
    ("options", "model", "workers"),
    [
        (ScoreOptions("in.jsonl", model="m", workers=3), "m", 3),
        (ScoreOptions("in.jsonl", workers=1), "artifacts/default", 1),
    ],
)
def test_resolve_keeps_what_was_given(
    monkeypatch: pytest.MonkeyPatch, options: ScoreOptions, model: str, workers: int
) -> None:
    monkeypatch.delenv("WASPADA_MODEL_PATH", raising=False)
    run = options.resolve()
    assert (run.model, run.workers) == (model, workers)


def test_quiet_never_shows_progress() -> None:
    assert ScoreOptions("in.jsonl", quiet=True).resolve().progress is False


def test_resolve_rejects_bad_fields() -> None:
    with pytest.raises(BatchInputError):
        ScoreOptions("in.jsonl", fields=("nope",)).resolve()
