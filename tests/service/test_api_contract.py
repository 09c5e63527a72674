"""The HTTP contract (shared/CONTRACT.md), pinned against a live server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from model.ad import AD_FIELDS, FIELD_SEPARATOR

PROJECT_ROOT = Path(__file__).resolve().parents[2]

SCAM_AD = (
    "URGENT! Lowongan customer service di Kamboja, gaji 15 juta per bulan, tiket "
    "pesawat gratis, tidak perlu pengalaman, mess gratis. Work in Cambodia as "
    "customer service, high salary USD 2000, free flight and visa, no experience "
    "needed. Hubungi WhatsApp +62 812 0000 0000 atau Telegram @hr_recruit."
)
LEGIT_AD = (
    "Barista wanted at Kopi Kita, Bandung. Minimum 2 years experience, salary "
    "according to UMR, BPJS Kesehatan. Send your CV to hr@kopikita.co.id."
)


def ad_of_length(n: int) -> str:
    return (SCAM_AD + " " + LEGIT_AD + " ") * (n // len(SCAM_AD) + 1)


def assert_offsets(body: dict[str, Any]) -> None:
    """Every span in the response indexes the returned text exactly."""
    text = body["text"]
    for flag in body["flags"]:
        for evidence in flag["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    for highlight in body["highlights"]:
        assert text[highlight["start"] : highlight["end"]] == highlight["text"]


def assert_score_shape(body: dict[str, Any]) -> None:
    assert set(body) >= {
        "score",
        "risk",
        "language",
        "model_version",
        "flags",
        "highlights",
        "text",
    }
    assert 0.0 <= body["score"] <= 1.0
    assert body["risk"] in {"low", "medium", "high"}
    for flag in body["flags"]:
        assert set(flag) >= {"rule_id", "title", "message", "weight", "evidence"}
    for highlight in body["highlights"]:
        assert set(highlight) >= {"start", "end", "text", "weight"}


# -- every endpoint answers ----------------------------------------------------

ENDPOINTS = [
    ("GET", "/healthz", None, 200, "application/json"),
    ("GET", "/readyz", None, 200, "application/json"),
    ("GET", "/metrics", None, 200, "text/plain"),
    ("GET", "/v1/rules", None, 200, "application/json"),
    ("GET", "/v1/model", None, 200, "application/json"),
    ("GET", "/openapi.json", None, 200, "application/json"),
    ("GET", "/docs", None, 200, "text/html"),
    ("POST", "/v1/score", {"text": SCAM_AD}, 200, "application/json"),
    ("POST", "/v1/score/batch", {"ads": [{"text": SCAM_AD}]}, 200, "application/json"),
]


@pytest.mark.parametrize(("method", "path", "payload", "status", "media"), ENDPOINTS)
def test_endpoint_answers(
    client: httpx.Client,
    method: str,
    path: str,
    payload: Any,
    status: int,
    media: str,
) -> None:
    response = client.request(method, path, json=payload)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(media)
    assert response.headers["x-request-id"]


def test_score_explains_with_exact_offsets(client: httpx.Client) -> None:
    response = client.post("/v1/score", json={"text": SCAM_AD})
    body = response.json()
    assert_score_shape(body)
    assert body["text"] == SCAM_AD
    assert body["flags"], "the scam ad should fire red-flag rules"
    assert all(flag["title"] and flag["message"] for flag in body["flags"])
    assert_offsets(body)
    assert response.headers["cache-control"] == "no-store"


def test_long_ad_offsets_and_risk(client: httpx.Client) -> None:
    text = ad_of_length(3_000)
    body = client.post("/v1/score", json={"text": text, "lang": "id"}).json()
    assert_score_shape(body)
    assert_offsets(body)


def test_structured_ad_offsets_refer_to_joined_fields(client: httpx.Client) -> None:
    ad = {
        "title": "  Customer Service (Mandarin)  ",
        "location": "Sihanoukville, Cambodia",
        "salary": "",
        "benefits": "tiket pesawat gratis, mess gratis",
        "contact": "Telegram @hr_recruit",
    }
    body = client.post("/v1/score", json=ad).json()
    expected = FIELD_SEPARATOR.join(
        ad[name].strip() for name in AD_FIELDS if ad.get(name, "").strip()
    )
    assert body["text"] == expected
    assert_offsets(body)


def test_explain_false_is_lean(client: httpx.Client) -> None:
    body = client.post("/v1/score", json={"text": SCAM_AD, "explain": False}).json()
    assert_score_shape(body)
    assert body["highlights"] == []
    assert all(flag["evidence"] == [] for flag in body["flags"])


def test_lang_selects_message_language(client: httpx.Client) -> None:
    en = client.post("/v1/score", json={"text": SCAM_AD, "lang": "en"}).json()
    idn = client.post("/v1/score", json={"text": SCAM_AD, "lang": "id"}).json()
    assert [f["rule_id"] for f in en["flags"]] == [f["rule_id"] for f in idn["flags"]]
    assert en["score"] == idn["score"]


def test_scores_agree_with_the_library(
    client: httpx.Client, tiny_detector: Any
) -> None:
    verdict = tiny_detector.score_one(SCAM_AD, explain=True)
    body = client.post("/v1/score", json={"text": SCAM_AD}).json()
    assert body["score"] == pytest.approx(verdict.score)
    assert body["risk"] == verdict.risk
    assert body["model_version"] == tiny_detector.version


def test_batch_keeps_order_and_isolates_bad_ads(client: httpx.Client) -> None:
    ads: list[Any] = [
        {"text": SCAM_AD},
        {"text": "   "},
        {"text": LEGIT_AD},
        {"text": "x" * 25_000},
        {"title": "Customer Service", "location": "Phnom Penh"},
        {"text": "ok", "nope": 1},
        "just a string",
        {"text": 5},
        {"text": "bad \u0000 char"},
        {},
    ]
    response = client.post("/v1/score/batch", json={"ads": ads})
    assert response.status_code == 200, response.text
    body = response.json()
    results = body["results"]
    assert len(results) == len(ads)
    assert body["model_version"]
    codes = [r["error"]["code"] if "error" in r else None for r in results]
    assert codes == [
        None,
        "EMPTY_AD",
        None,
        "AD_TOO_LONG",
        None,
        "UNKNOWN_FIELD",
        "INVALID_AD",
        "INVALID_AD",
        "INVALID_AD",
        "EMPTY_AD",
    ]
    single = client.post("/v1/score", json={"text": LEGIT_AD, "explain": False}).json()
    assert results[2]["score"] == pytest.approx(single["score"])
    assert results[0]["text"] == SCAM_AD
    for result in results:
        if "error" in result:
            assert set(result["error"]) == {"code", "message"}
            assert result["error"]["message"]


def test_batch_with_explanations(client: httpx.Client) -> None:
    ads = [{"text": SCAM_AD}, {"text": LEGIT_AD}]
    body = client.post("/v1/score/batch", json={"ads": ads, "explain": True}).json()
    for result in body["results"]:
        assert_score_shape(result)
        assert_offsets(result)


def test_full_batch_of_1000(client: httpx.Client) -> None:
    ads = [{"text": f"{LEGIT_AD} #{i}"} for i in range(1_000)]
    response = client.post("/v1/score/batch", json={"ads": ads})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 1_000


def test_empty_batch(client: httpx.Client) -> None:
    body = client.post("/v1/score/batch", json={"ads": []}).json()
    assert body["results"] == []


def test_rules_lists_every_rule(client: httpx.Client, tiny_detector: Any) -> None:
    body = client.get("/v1/rules").json()
    assert body["count"] == len(body["rules"]) > 0
    expected = {rule["id"] for rule in tiny_detector.registry.to_public_dicts()}
    assert {rule["id"] for rule in body["rules"]} == expected
    for rule in body["rules"]:
        assert rule["title"]["en"] and rule["title"]["id"]
        assert rule["message"]["en"] and rule["message"]["id"]
        assert 0.0 <= rule["weight"] <= 1.0
        assert rule["languages"]


def test_model_info(client: httpx.Client, tiny_detector: Any) -> None:
    body = client.get("/v1/model").json()
    assert body["model_version"] == tiny_detector.version
    assert body["thresholds"] == pytest.approx(tiny_detector.thresholds)
    assert "synthetic_only" in body["data"]
    # The tiny model learned from generated and seed ads only: it says so.
    assert body["training_data"]["full_real_data"] is False
    assert body["training_data"]["sources"] == ["seed", "synthetic"]
    assert "test" in body["metrics"]
    # The served model is the evaluated one: reports name this same hash.
    assert body["pipeline_sha256"] == tiny_detector.artifact.pipeline_sha256
    assert body["limits"] == {
        "max_ad_chars": 20_000,
        "max_batch_size": 1_000,
        "max_body_bytes": 2 * 1024 * 1024,
    }


def test_health_and_ready(client: httpx.Client, tiny_detector: Any) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready"
    assert ready["model_version"] == tiny_detector.version


def test_metrics_count_requests_and_name_the_model(
    client: httpx.Client, tiny_detector: Any
) -> None:
    client.post("/v1/score", json={"text": SCAM_AD})
    client.post("/v1/score", json={"text": ""})
    client.post("/v1/score", content=b"text=kerja")  # 415 before routing
    text = client.get("/metrics").text
    assert 'route="/v1/score",status="415"' in text
    assert (
        'waspada_http_requests_total{method="POST",route="/v1/score",status="200"}'
        in (text)
    )
    assert 'status="422"' in text
    assert "waspada_http_request_duration_seconds_bucket" in text
    assert "waspada_score_bucket" in text
    assert f'waspada_model_info{{model_version="{tiny_detector.version}"}} 1.0' in text
    assert 'waspada_ad_errors_total{code="EMPTY_AD",endpoint="score"}' in text
    assert "waspada_model_ready 1.0" in text


def test_openapi_documents_the_contract(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in ("/v1/score", "/v1/score/batch", "/v1/rules", "/v1/model"):
        assert path in paths
    for path in ("/healthz", "/readyz", "/metrics"):
        assert path in paths
    score = paths["/v1/score"]["post"]
    assert "joined by" in score["description"]
    assert set(score["responses"]) >= {"200", "400", "413", "415", "422", "429"}
    components = schema["components"]["schemas"]
    assert components["BatchRequest"]["properties"]["ads"]["maxItems"] == 1_000
    assert "ErrorResponse" in components
    assert components["ScoreRequest"]["additionalProperties"] is False
    assert components["ScoreRequest"].get("examples")
    # No API keys are configured on this server, so none are documented.
    assert "security" not in paths["/v1/score/batch"]["post"]


def test_request_id_is_echoed_when_plain(client: httpx.Client) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"
    response = client.get("/healthz", headers={"X-Request-ID": "bad\tid"})
    assert response.headers["x-request-id"] != "bad\tid"


def test_security_headers(client: httpx.Client) -> None:
    headers = client.get("/healthz").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "server" not in headers


def test_cors_allows_browser_extensions_only(client: httpx.Client) -> None:
    origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    preflight = client.options(
        "/v1/score",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == origin
    response = client.post(
        "/v1/score", json={"text": SCAM_AD}, headers={"Origin": origin}
    )
    assert response.headers["access-control-allow-origin"] == origin
    other = client.post(
        "/v1/score", json={"text": SCAM_AD}, headers={"Origin": "https://evil.example"}
    )
    assert "access-control-allow-origin" not in other.headers


def test_web_page_and_static_mount(client: httpx.Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert client.get("/static/index.html").status_code == 200
    assert client.get("/static/../service/app.py").status_code == 404


def test_logs_are_json_with_request_ids_and_no_ad_text(
    live_client: httpx.Client, live_server: Any
) -> None:
    client = live_client  # the server's own log file
    secret = "Unique private ad text 7f3c9e: customer service Kamboja gaji tinggi"
    response = client.post("/v1/score", json={"text": secret})
    request_id = response.headers["x-request-id"]
    client.get("/healthz")  # let the access log line of the POST be written
    logs = live_server.logs()
    assert "7f3c9e" not in logs
    records = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    access = [r for r in records if r.get("request_id") == request_id]
    assert any(r["msg"] == "request" and r["status"] == 200 for r in access)
    assert any(r["msg"] == "scored" for r in access)
