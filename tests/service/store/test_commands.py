"""`waspada db upgrade`, `waspada cases export` and `waspada cases purge`."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from service.cli import main
from service.store.cases import CaseStore, NewCase, text_hash, utcnow
from service.store.db import current_revision, open_engine


def test_upgrade_export_purge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    assert main(["db", "upgrade", "--database-url", url]) == 0
    assert "empty -> 0002" in capsys.readouterr().out
    engine = open_engine(url)
    assert current_revision(engine) == "0002"
    store = CaseStore(engine)
    old = utcnow() - timedelta(days=100)
    store.add_cases(
        [
            NewCase(
                id=name,
                created_at=created,
                channel="api",
                model_version="m",
                score=0.5,
                risk="medium",
                flags=[],
                language="id",
                text_sha256=text_hash(name),
                text=f"ad {name}",
            )
            for name, created in (("old", old), ("new", utcnow()))
        ]
    )
    store.add_review("new", kind="review", reviewer="ana", label="scam")
    engine.dispose()

    out = tmp_path / "export" / "cases.jsonl"
    assert main(["cases", "export", "--out", str(out), "--database-url", url]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(row["case_id"], row["label"], row["text"]) for row in rows] == [
        ("new", "scam", "ad new")
    ]
    assert (
        main(["cases", "export", "--all", "--out", str(out), "--database-url", url])
        == 0
    )
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2

    assert main(["cases", "purge", "--days", "30", "--database-url", url]) == 0
    assert "texts of 1 cases" in capsys.readouterr().out
    engine = open_engine(url)
    assert CaseStore(engine).get_case("old")["text"] is None  # type: ignore[index]
    engine.dispose()
