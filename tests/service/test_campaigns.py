"""`waspada campaigns` end to end: generated campaigns, scored by the real CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from training.eval_entities import grouping_metrics
from training.generate.campaigns import generate_campaigns

WASPADA = [sys.executable, "-m", "service.cli"]
pytestmark = pytest.mark.timeout(600)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*WASPADA, *args], cwd=cwd, capture_output=True, text=True, timeout=500
    )


@pytest.fixture(scope="module")
def scored(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("campaigns")
    postings = generate_campaigns(recruiters=12, employers=20, seed=5)
    postings[["id", "text", "date", "platform"]].to_json(
        folder / "ads.jsonl", orient="records", lines=True, force_ascii=False
    )
    postings[["id", "poster"]].to_csv(folder / "truth.csv", index=False)
    done = run(
        "score", "ads.jsonl", "-o", "scored.parquet", "--model", str(tiny_model_dir),
        "--entities", "all", "--workers", "1", "-q", cwd=folder,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return folder


def test_campaigns_match_the_generated_recruiters(scored: Path) -> None:
    done = run("campaigns", "scored.parquet", "--ads", "ads.jsonl", "-o", "out",
               cwd=scored)  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = scored / "out"
    assert {p.name for p in out.iterdir()} >= {
        "campaigns.parquet",
        "campaigns.csv",
        "postings.parquet",
        "campaigns.html",
    }
    members = pd.read_parquet(out / "postings.parquet").merge(
        pd.read_csv(scored / "truth.csv"), on="id"
    )
    predicted = [
        label if isinstance(label, str) else f"alone-{ident}"
        for label, ident in zip(members["campaign_id"], members["id"], strict=True)
    ]
    metrics = grouping_metrics(members["poster"].tolist(), predicted)
    assert metrics["ari"] >= 0.9, metrics
    table = pd.read_parquet(out / "campaigns.parquet")
    assert (table["size"] >= 2).all()
    assert table["size"].is_monotonic_decreasing
    biggest = table.iloc[0]
    assert len(biggest["example_ids"]) >= 2
    assert (
        pd.notna(biggest["first_seen"])
        and biggest["first_seen"] <= biggest["last_seen"]
    )
    csv = pd.read_csv(out / "campaigns.csv")
    assert list(csv["campaign_id"]) == list(table["campaign_id"])


def test_report_opens_offline(scored: Path) -> None:
    done = run("campaigns", "scored.parquet", "--ads", "ads.jsonl", "-o", "report",
               "-q", cwd=scored)  # fmt: skip
    assert done.returncode == 0, done.stderr
    page = (scored / "report" / "campaigns.html").read_text(encoding="utf-8")
    # Self-contained: embedded images, no scripts, nothing fetched.
    assert page.count("data:image/png;base64,") >= 2
    assert "<script" not in page
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "Largest campaigns" in page


def test_keys_only_still_groups_shared_contacts(scored: Path) -> None:
    done = run("campaigns", "scored.parquet", "-o", "keys", "--no-text", "-q",
               cwd=scored)  # fmt: skip
    assert done.returncode == 0, done.stderr
    table = pd.read_parquet(scored / "keys" / "campaigns.parquet")
    assert len(table) > 0
    assert all(len(keys) > 0 for keys in table["shared_keys"])


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("missing", "NOT_FOUND"),
        ("no_entities", "NO_ENTITIES"),
        ("no_id", "MISSING_ID"),
        ("bad_suffix", "BAD_FORMAT"),
    ],
)
def test_bad_inputs_are_clear_errors(tmp_path: Path, setup: str, code: str) -> None:
    name = {"missing": "nope.parquet", "bad_suffix": "x.txt"}.get(setup, "in.jsonl")
    path = tmp_path / name
    if setup == "no_entities":
        path.write_text(json.dumps({"id": "1", "score": 0.5}) + "\n")
    elif setup == "no_id":
        path.write_text(json.dumps({"score": 0.5, "entities": []}) + "\n")
    elif setup == "bad_suffix":
        path.write_text("hello")
    done = run("campaigns", name, "-o", "out", cwd=tmp_path)
    assert done.returncode == 2
    assert f"error [{code}]" in done.stderr


def campaign_of(folder: Path) -> dict[str, str]:
    """Posting id -> its campaign's members (as a frozenset key), comparable
    across runs whose campaign numbers differ."""
    members = pd.read_parquet(folder / "postings.parquet")
    groups: dict[str, list[str]] = {}
    for ident, label in zip(members["id"], members["campaign_id"], strict=True):
        if isinstance(label, str):
            groups.setdefault(label, []).append(str(ident))
    return {
        ident: ",".join(sorted(group)) for group in groups.values() for ident in group
    }


def test_dask_path_finds_the_same_campaigns(scored: Path) -> None:
    memory = run("campaigns", "scored.parquet", "--ads", "ads.jsonl", "-o", "mem",
                 "-q", cwd=scored)  # fmt: skip
    assert memory.returncode == 0, memory.stderr
    # The scored rows split over several files, read by a glob on the cluster.
    frame = pd.read_parquet(scored / "scored.parquet")
    parts = scored / "parts"
    parts.mkdir()
    for index, start in enumerate(range(0, len(frame), 40)):
        frame.iloc[start : start + 40].to_parquet(parts / f"p{index}.parquet")
    dask = run("campaigns", "parts/*.parquet", "--ads", "ads.jsonl", "-o", "dsk",
               "--dask", "--workers", "2", "-q", cwd=scored)  # fmt: skip
    assert dask.returncode == 0, dask.stderr
    assert campaign_of(scored / "dsk") == campaign_of(scored / "mem")
    assert len(pd.read_parquet(scored / "dsk" / "postings.parquet")) == len(frame)
    left = pd.read_parquet(scored / "mem" / "campaigns.parquet")
    right = pd.read_parquet(scored / "dsk" / "campaigns.parquet")
    assert sorted(left["size"]) == sorted(right["size"])
    assert sorted(map(sorted, left["shared_keys"])) == sorted(
        map(sorted, right["shared_keys"])
    )
    page = (scored / "dsk" / "campaigns.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") >= 2
    assert not (scored / "dsk" / ".work").exists()
