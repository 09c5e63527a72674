"""Document type in the HTTP API and the batch command (assume_job_ad)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

WARNING = (
    "WASPADA! Ini modus penipuan: loker admin online Kamboja, gaji 15 juta, tiket "
    "PP ditanggung, tanpa pengalaman, hubungi Telegram @hr_asia. Jangan tergiur, "
    "laporkan ke polisi dan bagikan peringatan ini."
)
SALE = "DIJUAL Honda Beat 2019, harga Rp 9,5 juta nego. WA 0812-3456-7890"


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "warning or news report"), ("id", "peringatan atau berita")],
)
def test_warning_is_low_with_a_notice(
    client: httpx.Client, lang: str, words: str
) -> None:
    body = client.post("/v1/score", json={"text": WARNING, "lang": lang}).json()
    assert body["document_type"] == "warning_or_news"
    assert 0.7 <= body["document_type_probability"] <= 1.0
    assert body["risk"] == "low"
    assert [n["code"] for n in body["notices"]] == ["NOT_A_JOB_AD"]
    assert words in body["notices"][0]["message"]
    assert body["flags"], "the red flags it names are still listed"


def test_assume_job_ad_gives_the_plain_scam_score(client: httpx.Client) -> None:
    body = client.post(
        "/v1/score", json={"text": WARNING, "assume_job_ad": True}
    ).json()
    assert body["notices"] == []
    assert body["risk"] != "low"
    assert body["document_type"] == "warning_or_news"


def test_batch_assume_job_ad(client: httpx.Client) -> None:
    ads = [{"text": WARNING}, {"text": SALE}]
    default = client.post("/v1/score/batch", json={"ads": ads}).json()["results"]
    plain = client.post(
        "/v1/score/batch", json={"ads": ads, "assume_job_ad": True}
    ).json()["results"]
    assert [r["risk"] for r in default] == ["low", "low"]
    assert all(r["notices"] for r in default)
    assert not any(r["notices"] for r in plain)
    assert plain[0]["score"] >= default[0]["score"]


def test_assume_job_ad_must_be_a_boolean(client: httpx.Client) -> None:
    answer = client.post("/v1/score", json={"text": SALE, "assume_job_ad": "maybe"})
    assert answer.status_code == 422


def test_openapi_documents_assume_job_ad(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert "assume_job_ad" in schema["ScoreRequest"]["properties"]
    assert "assume_job_ad" in schema["BatchRequest"]["properties"]
    assert "document_type" in schema["ScoreResponse"]["properties"]


@pytest.mark.parametrize("assume", [False, True])
def test_batch_cli_assume_job_ad(
    tiny_model_dir: Path, tmp_path: Path, assume: bool
) -> None:
    source = tmp_path / "ads.jsonl"
    source.write_text(json.dumps({"id": "w", "text": WARNING}) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    extra = ["--assume-job-ad"] if assume else []
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "score", str(source), "-o", str(out),
         "--model", str(tiny_model_dir), "--workers", "1", "-q", *extra],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    row = json.loads(out.read_text().splitlines()[0])
    assert row["document_type"] == "warning_or_news"
    assert (row["risk"] == "low") is not assume
