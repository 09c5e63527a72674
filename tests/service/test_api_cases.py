"""Cases, feedback and reviews over HTTP, on SQLite and PostgreSQL.

The app runs in-process (``TestClient`` with its lifespan) on the tiny model;
each test has a fresh database.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from tests.service.store.conftest import BACKENDS

SCAM = (
    "Lowongan customer service di Kamboja, gaji 15 juta per bulan, tiket pesawat "
    "gratis, tidak perlu pengalaman. Hubungi WhatsApp +62 812 0000 0000."
)
NO_CASE = "0" * 32
INVALID, MISSING = "VALIDATION_ERROR", "CASE_NOT_FOUND"
PLAIN = "Dicari barista untuk kafe di Bandung, pengalaman 1 tahun, gaji UMR."


def _client(model_dir: Path, tmp_path: Path, **settings: Any) -> Iterator[TestClient]:
    base: dict[str, Any] = {
        "model_path": model_dir,
        "rate_limit_per_second": 0,
        "state_dir": tmp_path / "state",
        "model_retry_seconds": 0.5,
        # The in-process client is not a loopback peer: open what these
        # tests read (batch scoring, /metrics) as the service tests' servers do.
        "open_batch": True,
        "open_metrics": True,
    }
    base.update(settings)
    app = create_app(Settings(**base))
    with TestClient(app) as client:
        deadline = time.monotonic() + 120
        runtime = app.state.runtime
        while time.monotonic() < deadline:
            store_done = runtime.cases is None or runtime.cases.ready
            if runtime.detector is not None and (store_done or settings.get("_down")):
                break
            time.sleep(0.05)
        yield client


@pytest.fixture
def api(
    tiny_model_dir: Path, tmp_path: Path, database_url: str
) -> Iterator[TestClient]:
    # PostgreSQL deployments migrate with `waspada db upgrade`; here, at start.
    yield from _client(
        tiny_model_dir,
        tmp_path,
        database_url=database_url,
        db_auto_migrate=True,
        store_text=True,
    )


def _score(client: TestClient, text: str = SCAM, **extra: Any) -> dict[str, Any]:
    response = client.post("/v1/score", json={"text": text, **extra})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    cases = client.app.state.runtime.cases  # type: ignore[attr-defined]
    if cases is not None and cases.ready:
        assert cases.recorder.flush()  # cases are written behind the response
    return body


@pytest.mark.parametrize("database_url", BACKENDS, indirect=True)
def test_score_feedback_review_export_delete(api: TestClient) -> None:
    verdict = _score(api, channel="web", source_url="https://example.org/job/1")
    case_id = verdict["case_id"]
    assert isinstance(case_id, str) and len(case_id) == 32
    other = _score(api, PLAIN, store_text=False)["case_id"]

    feedback = api.post("/v1/feedback", json={"case_id": case_id, "correct": False})
    assert feedback.status_code == 201, feedback.text
    missing = api.post("/v1/feedback", json={"case_id": "0" * 32, "correct": True})
    assert (missing.status_code, missing.json()["error"]["code"]) == (
        404,
        "CASE_NOT_FOUND",
    )

    queue = api.get("/v1/cases").json()
    assert queue["total"] == 2
    by_id = {item["case_id"]: item for item in queue["items"]}
    assert by_id[case_id]["text"] == SCAM and by_id[case_id]["channel"] == "web"
    assert by_id[case_id]["feedback"] == {"right": 0, "wrong": 1}
    assert by_id[other]["text"] is None and by_id[other]["text_sha256"]
    marks = by_id[case_id]["marks"]
    assert len(marks) == sum(len(flag["evidence"]) for flag in verdict["flags"])
    for start, end, rule_id in marks:
        assert SCAM[start:end] and rule_id in {f["rule_id"] for f in verdict["flags"]}
    disagreeing = api.get("/v1/cases", params={"disagreement": "true"}).json()
    assert [item["case_id"] for item in disagreeing["items"]] == [case_id]

    review = api.post(f"/v1/cases/{case_id}/reviews", json={"label": "legitimate"})
    assert review.status_code == 201, review.text
    assert review.json()["case"]["label"] == "legitimate"
    unreviewed = api.get("/v1/cases", params={"unreviewed": "true"}).json()
    assert [item["case_id"] for item in unreviewed["items"]] == [other]

    detail = api.get(f"/v1/cases/{case_id}").json()
    assert [r["kind"] for r in detail["review_log"]] == ["feedback", "review"]
    assert detail["review_log"][1]["reviewer"] == "local"

    export = api.get("/v1/cases/export")
    assert export.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in export.text.splitlines()]
    assert [(row["case_id"], row["label"]) for row in rows] == [(case_id, "legitimate")]
    stats = api.get("/v1/cases/stats").json()
    assert stats["cases"] == 2 and stats["labelled"] == 1

    erased = api.delete(f"/v1/cases/{case_id}")
    assert erased.status_code == 200
    assert api.get(f"/v1/cases/{case_id}").json()["text"] is None
    assert api.delete(f"/v1/cases/{case_id}", params={"remove": "true"}).json()[
        "removed"
    ]
    assert api.get(f"/v1/cases/{case_id}").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "body", "code"),
    [
        ("post", "/v1/feedback", {"case_id": "xyz", "correct": True}, INVALID),
        ("post", "/v1/feedback", {"case_id": NO_CASE}, INVALID),
        ("post", "/v1/feedback", {"case_id": NO_CASE, "correct": "yes"}, INVALID),
        ("post", "/v1/feedback", {"case_id": NO_CASE, "correct": True, "x": 1},
         "UNKNOWN_FIELD"),
        ("post", f"/v1/cases/{NO_CASE}/reviews", {"label": "maybe"}, INVALID),
        ("post", f"/v1/cases/{NO_CASE}/reviews", {"label": "scam"}, MISSING),
        ("get", "/v1/cases?risk=extreme", None, INVALID),
        ("get", "/v1/cases?until=9999-12-31&since=0001-01-01", None, None),
        ("get", "/v1/cases?limit=0", None, INVALID),
        ("get", "/v1/cases?since=yesterday", None, INVALID),
        ("get", f"/v1/cases/{NO_CASE}", None, MISSING),
        ("get", "/v1/cases/not-a-case-id", None, INVALID),
        ("get", "/v1/cases?offset=100000000000000000000", None, INVALID),
        ("post", f"/v1/cases/{NO_CASE}/reviews", {"label": "scam", "note": "a\x00"},
         INVALID),
        ("delete", f"/v1/cases/{NO_CASE}", None, MISSING),
    ],
)  # fmt: skip
def test_bad_requests_have_stable_codes(
    tiny_model_dir: Path,
    tmp_path: Path,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    code: str | None,
) -> None:
    for client in _client(tiny_model_dir, tmp_path):
        kwargs = {"json": body} if body is not None else {}
        response = getattr(client, method)(path, **kwargs)
        if code is None:
            assert response.status_code == 200
            continue
        assert 400 <= response.status_code < 500
        assert response.json()["error"]["code"] == code


def test_reviewer_and_client_keys(tiny_model_dir: Path, tmp_path: Path) -> None:
    for client in _client(
        tiny_model_dir,
        tmp_path,
        api_keys="client-key",
        require_api_key_for_single=True,
        reviewer_keys="ana:rev-ana, budi:rev-budi",
    ):
        assert client.post("/v1/score", json={"text": SCAM}).status_code == 401
        case_id = client.post(
            "/v1/score", json={"text": SCAM}, headers={"X-API-Key": "client-key"}
        ).json()["case_id"]
        sent = {"case_id": case_id, "correct": True}
        assert client.post("/v1/feedback", json=sent).status_code == 401
        assert (
            client.post(
                "/v1/feedback", json=sent, headers={"X-API-Key": "client-key"}
            ).status_code
            == 201
        )
        for headers in ({}, {"X-API-Key": "client-key"}, {"X-API-Key": "rev-ana-x"}):
            refused = client.get("/v1/cases", headers=headers)
            assert refused.status_code == 401
            assert refused.json()["error"]["code"] == "UNAUTHORIZED"
        review = client.post(
            f"/v1/cases/{case_id}/reviews",
            json={"label": "scam"},
            headers={"Authorization": "Bearer rev-budi"},
        )
        assert review.status_code == 201
        log = client.get(f"/v1/cases/{case_id}", headers={"X-API-Key": "rev-ana"})
        assert [r["reviewer"] for r in log.json()["review_log"]] == [
            "client:api",
            "budi",
        ]


def test_reviewing_needs_keys_off_loopback(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    for client in _client(tiny_model_dir, tmp_path, host="0.0.0.0"):
        refused = client.get("/v1/cases")
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "REVIEWER_KEY_REQUIRED"


def test_database_down_scoring_goes_on(tiny_model_dir: Path, tmp_path: Path) -> None:
    for client in _client(
        tiny_model_dir,
        tmp_path,
        database_url="postgresql+psycopg://postgres@127.0.0.1:1/none",
        db_timeout_seconds=1,
        _down=True,
    ):
        verdict = _score(client)
        assert verdict["case_id"] is None and verdict["risk"] in (
            "low",
            "medium",
            "high",
        )
        sent = {"case_id": "0" * 32, "correct": True}
        for response in (
            client.post("/v1/feedback", json=sent),
            client.get("/v1/cases"),
            client.post(f"/v1/cases/{'0' * 32}/reviews", json={"label": "scam"}),
        ):
            assert response.status_code == 503
            assert response.json()["error"]["code"] == "DATABASE_UNAVAILABLE"
        metrics = client.get("/metrics").text
        assert 'waspada_cases_skipped_total{reason="not_ready"} 1.0' in metrics
        assert "waspada_store_up 0.0" in metrics


def test_cases_disabled(tiny_model_dir: Path, tmp_path: Path) -> None:
    for client in _client(tiny_model_dir, tmp_path, store_cases=False):
        assert _score(client)["case_id"] is None
        response = client.post(
            "/v1/feedback", json={"case_id": "0" * 32, "correct": True}
        )
        assert response.json()["error"]["code"] == "CASES_DISABLED"
        assert not (tmp_path / "state").exists()


def test_no_ad_text_or_note_in_logs(
    tiny_model_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    note = "ditemukan di grup Telegram rahasia"
    with caplog.at_level(logging.DEBUG):
        for client in _client(tiny_model_dir, tmp_path):
            case_id = _score(client, source_url="https://example.org/secret")["case_id"]
            client.post(
                "/v1/feedback",
                json={"case_id": case_id, "correct": False, "note": note},
            )
            client.post(
                f"/v1/cases/{case_id}/reviews", json={"label": "scam", "note": note}
            )
            client.get("/v1/cases/export")
    assert caplog.records
    for record in caplog.records:
        dumped = json.dumps(record.__dict__, default=str)
        for secret in ("Kamboja", "Telegram rahasia", "example.org/secret"):
            assert secret not in dumped


def test_batch_verdicts_become_batch_cases(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    for client in _client(tiny_model_dir, tmp_path):
        response = client.post(
            "/v1/score/batch",
            json={"ads": [{"text": SCAM}, {"text": ""}, {"text": PLAIN}]},
        )
        results = response.json()["results"]
        assert results[1]["error"]["code"] in ("EMPTY_AD", "INVALID_AD")
        ids = [results[0]["case_id"], results[2]["case_id"]]
        assert all(isinstance(case_id, str) for case_id in ids)
        client.app.state.runtime.cases.recorder.flush()  # type: ignore[attr-defined]
        queue = client.get("/v1/cases", params={"channel": "batch"}).json()
        assert {item["case_id"] for item in queue["items"]} == set(ids)


@pytest.mark.parametrize("database_url", BACKENDS, indirect=True)
def test_campaigns_over_stored_cases(api: TestClient) -> None:
    # One recruiter's number in three wordings, a repost of one of them, and
    # two unrelated ads.
    recruiter = [
        "Loker admin online Kamboja gaji 12 juta, tiket ditanggung. WA 0812-3456-7890",
        "Dicari CS Phnom Penh, mess gratis, tanpa pengalaman, hubungi "
        "+62 812 3456 7890 sekarang juga",
        "Customer service Sihanoukville, $1500/month, free flight. "
        "WhatsApp wa.me/6281234567890",
    ]
    for text in [*recruiter, recruiter[0], PLAIN, "Kasir minimarket Depok, UMR."]:
        _score(api, text)
    response = api.get("/v1/cases/campaigns")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["cases"] == 6
    assert body["campaigns"] == 1
    (campaign,) = body["items"]
    assert campaign["size"] == 4
    assert any(key.startswith("phone:") for key in campaign["shared_keys"])
    assert campaign["first_seen"] <= campaign["last_seen"]
    assert len(campaign["example_ids"]) == 4
    # Bigger campaigns only: none.
    assert api.get("/v1/cases/campaigns", params={"min_size": 5}).json()["items"] == []
    assert api.get("/v1/cases/campaigns", params={"limit": 0}).status_code == 422
