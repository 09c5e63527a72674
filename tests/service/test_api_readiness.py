"""/readyz is 503 until the model is loaded; /healthz is 200 throughout."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx


def test_missing_model_then_copied_in(
    server_factory: Callable[..., Any], tiny_model_dir: Path, tmp_path: Path
) -> None:
    model_dir = tmp_path / "model-arrives-later"
    server = server_factory("server-missing", WASPADA_MODEL_PATH=str(model_dir))
    server.wait("/healthz")
    with httpx.Client(base_url=server.url, timeout=10) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["status"] == "loading"
        assert "retry-after" in ready.headers
        # The first load attempt has failed once its error is reported.
        deadline = time.monotonic() + 60
        while client.get("/readyz").json().get("error") is None:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        error = client.get("/readyz").json()["error"]
        assert error["code"] == "MODEL_NOT_FOUND"
        assert client.get("/healthz").status_code == 200
        scored = client.post("/v1/score", json={"text": "kerja di Kamboja"})
        assert scored.status_code == 503
        assert scored.json()["error"]["code"] == "MODEL_NOT_READY"
        assert client.get("/v1/rules").status_code == 503
        assert "waspada_model_ready 0.0" in client.get("/metrics").text

        shutil.copytree(tiny_model_dir, model_dir)
        server.wait("/readyz", 200, timeout=60)
        assert client.post("/v1/score", json={"text": "kerja"}).status_code == 200
