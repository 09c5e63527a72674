"""A costly ad gets AD_TOO_COSTLY and never stalls the server.

The server runs a user rule whose pattern is quadratic (the static safety
check cannot see that shape), so a 20,000-character ad of digit groups keeps
a scoring thread busy until its time budget runs out. Meanwhile ``/healthz``
must keep answering: scoring runs off the event loop and the guarded regex
releases the GIL. The check is an ordering (every health answer arrives
while the costly request is still running), not a latency threshold.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

SLOW_RULE = """\
rules:
  - id: slow_amount.v1
    title: {en: Slow amount, id: Jumlah lambat}
    message: {en: A quadratic amount pattern., id: Pola jumlah kuadratik.}
    weight: 0.1
    category: test_only
    languages: [en]
    source: test suite
    patterns: ['\\d{1,3}(?:[.,]\\d{3})*\\s?zz']
"""
COSTLY_AD = "1" + ",000" * 4_990 + " x zz"  # under the 20,000-character limit


@pytest.fixture(scope="module")
def costly_server(
    server_factory: Any, tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Any:
    rules = tmp_path_factory.mktemp("slow-rules")
    (rules / "slow.yaml").write_text(SLOW_RULE, encoding="utf-8")
    server = server_factory(
        "server-costly",
        WASPADA_MODEL_PATH=str(tiny_model_dir.resolve()),
        WASPADA_RULES_DIR=str(rules),
        WASPADA_MAX_AD_SECONDS="1.5",
    )
    server.wait("/readyz")
    return server


@pytest.mark.timeout(300, method="thread")
def test_costly_ad_is_422_and_health_answers_meanwhile(costly_server: Any) -> None:
    outcome: dict[str, Any] = {}

    def post_costly() -> None:
        with httpx.Client(base_url=costly_server.url, timeout=120) as session:
            outcome["response"] = session.post("/v1/score", json={"text": COSTLY_AD})
        outcome["finished"] = time.monotonic()

    worker = threading.Thread(target=post_costly)
    health_done: list[float] = []
    with httpx.Client(base_url=costly_server.url, timeout=60) as client:
        worker.start()
        time.sleep(0.3)  # the ad is parsed and being scored
        for _ in range(5):
            assert client.get("/healthz").status_code == 200
            health_done.append(time.monotonic())
        worker.join()
        normal = client.post("/v1/score", json={"text": "Staff akuntansi, gaji UMR"})
    response = outcome["response"]
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "AD_TOO_COSTLY"
    assert max(health_done) < outcome["finished"]
    assert normal.status_code == 200


@pytest.mark.timeout(300, method="thread")
def test_costly_ad_is_its_rows_error_in_a_batch(costly_server: Any) -> None:
    with httpx.Client(base_url=costly_server.url, timeout=120) as client:
        response = client.post(
            "/v1/score/batch",
            json={
                "ads": [
                    {"text": "Gaji 15 juta"},
                    {"text": COSTLY_AD},
                    {"text": "Kasir"},
                ]
            },
        )
    assert response.status_code == 200, response.text
    codes = [r.get("error", {}).get("code") for r in response.json()["results"]]
    assert codes == [None, "AD_TOO_COSTLY", None]
