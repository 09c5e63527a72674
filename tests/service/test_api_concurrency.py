"""Scoring runs off the event loop; batches have a lane of their own."""

from __future__ import annotations

import re
import threading
import time
from typing import Any

import httpx

AD = "Lowongan customer service di Kamboja, gaji 15 juta, tiket pesawat gratis. "


def _in_progress(client: httpx.Client) -> float:
    text = client.get("/metrics").text
    found = re.search(r"^waspada_http_requests_in_progress (\S+)$", text, re.M)
    assert found is not None
    return float(found.group(1))


def test_single_ads_do_not_wait_for_a_batch(live_server: Any) -> None:
    # ~1,000 characters each: a batch that scores for a good while.
    ads = [{"text": f"{i} " + AD * 13} for i in range(1_000)]
    finished: dict[str, float] = {}
    statuses: dict[str, int] = {}

    def post_batch() -> None:
        with httpx.Client(base_url=live_server.url, timeout=300) as session:
            response = session.post("/v1/score/batch", json={"ads": ads})
        statuses["batch"] = response.status_code
        finished["batch"] = time.monotonic()

    batch = threading.Thread(target=post_batch)
    with httpx.Client(base_url=live_server.url, timeout=60) as client:
        batch.start()
        try:
            deadline = time.monotonic() + 30
            # The /metrics request counts itself: 2 means the batch is in.
            while _in_progress(client) < 2 and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(0.05)  # past parsing and validation, into scoring
            for _ in range(3):
                response = client.post("/v1/score", json={"text": AD})
                assert response.status_code == 200
                assert response.json()["risk"] in {"low", "medium", "high"}
            finished["singles"] = time.monotonic()
        finally:
            batch.join()
    assert statuses["batch"] == 200
    assert finished["singles"] < finished["batch"]
