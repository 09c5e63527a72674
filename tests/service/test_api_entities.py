"""Entities in the HTTP API and in batch output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

SCAM = (
    "Loker CS Kamboja gaji 15jt, tiket PP ditanggung. Hubungi WA 0812-3456-7890 "
    "atau Telegram @hr_asia, daftar bit.ly/loker-kh"
)
CLEAN = "Staf gudang di Bekasi, lulusan SMA, kirim lamaran ke kantor kami."


def test_score_lists_entities_with_offsets(client: httpx.Client) -> None:
    body = client.post("/v1/score", json={"text": SCAM}).json()
    found = {(e["type"], e["normalized"]) for e in body["entities"]}
    assert ("whatsapp", "+6281234567890") in found
    assert ("telegram", "@hr_asia") in found
    assert ("short_link", "bit.ly/loker-kh") in found
    assert ("destination", "KH:Cambodia") in found
    for entity in body["entities"]:
        assert body["text"][entity["start"] : entity["end"]] == entity["text"]


@pytest.mark.parametrize(
    ("mode", "scam_has", "clean_has"),
    [("all", True, None), ("none", False, False), ("flagged", True, False)],
)
def test_batch_entity_modes(
    client: httpx.Client, mode: str, scam_has: bool, clean_has: bool | None
) -> None:
    body = client.post(
        "/v1/score/batch",
        json={"ads": [{"text": SCAM}, {"text": CLEAN}], "entities": mode},
    ).json()
    scam, clean = body["results"]
    assert bool(scam["entities"]) is scam_has
    if clean_has is False:
        assert clean["entities"] == []


def test_unknown_entity_mode_is_a_4xx(client: httpx.Client) -> None:
    answer = client.post("/v1/score", json={"text": SCAM, "entities": "some"})
    assert answer.status_code == 422
    assert "error" in answer.json()


def test_openapi_documents_entities(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert "entities" in schema["ScoreResponse"]["properties"]
    assert set(schema["Entity"]["properties"]) == {
        "type", "text", "start", "end", "normalized",
    }  # fmt: skip


@pytest.mark.parametrize("mode", ["none", "flagged", "all"])
def test_batch_cli_entities_column(
    tiny_model_dir: Path, tmp_path: Path, mode: str
) -> None:
    source = tmp_path / "ads.jsonl"
    source.write_text(
        json.dumps({"id": "scam", "text": SCAM})
        + "\n"
        + json.dumps({"id": "clean", "text": CLEAN})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "score", str(source), "-o", str(out),
         "--model", str(tiny_model_dir), "--entities", mode, "--workers", "1", "-q"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = {row["id"]: row for row in map(json.loads, out.read_text().splitlines())}
    scam_types = {e["type"] for e in rows["scam"]["entities"]}
    if mode == "none":
        assert scam_types == set()
    else:
        assert {"whatsapp", "telegram"} <= scam_types
    if mode != "all":
        assert rows["clean"]["entities"] == []
