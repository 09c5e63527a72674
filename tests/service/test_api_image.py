"""POST /v1/score/image in process (the app with its lifespan, over httpx)."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from service.app import create_app
from service.settings import Settings
from training.flyers import SAMPLE_ADS, Style, render

pytest.importorskip("rapidocr_onnxruntime")

SCAM_ID = SAMPLE_ADS["id"][0][1]


@pytest.fixture(scope="module")
def api(tiny_model_dir: Path) -> Iterator[TestClient]:
    settings = Settings(
        model_path=tiny_model_dir,
        rate_limit_per_second=0,
        max_image_bytes=400_000,
        max_image_pixels=3_000_000,
        ocr_engine="rapidocr",
        _env_file=None,  # type: ignore[call-arg]
    )
    with TestClient(create_app(settings)) as client:
        deadline = time.monotonic() + 120
        while client.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline, "model never loaded"
            time.sleep(0.1)
        yield client


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def flyer() -> bytes:
    return render(SCAM_ID, "id", Style(size=(800, 800), background="yellow")).data


def test_a_flyer_is_scored_with_boxes_on_the_flagged_words(
    api: TestClient, flyer: bytes
) -> None:
    answer = api.post(
        "/v1/score/image",
        files={"file": ("flyer.png", flyer, "image/png")},
        data={"lang": "id"},
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["image"] == {"width": 800, "height": 800, "engine": "rapidocr"}
    assert body["ocr_text"] == body["text"]
    assert "KAMBOJA" in body["ocr_text"]
    assert body["risk"] in ("medium", "high")
    assert body["flags"]
    for flag in body["flags"]:
        for ev in flag["evidence"]:
            assert body["text"][ev["start"] : ev["end"]] == ev["text"]
            assert ev["boxes"]
            for box in ev["boxes"]:
                assert box["x"] + box["width"] <= 800
                assert box["y"] + box["height"] <= 800
    for h in body["highlights"]:
        assert isinstance(h["boxes"], list)
    # The same text as text gets the same verdict, without boxes.
    as_text = api.post("/v1/score", json={"text": body["ocr_text"], "lang": "id"})
    assert as_text.json()["score"] == body["score"]
    assert "ocr_text" not in as_text.json()


def _request(data: bytes, name: str = "x.png", kind: str = "image/png") -> dict:
    return {"files": {"file": (name, data, kind)}}


def _bomb() -> bytes:
    from tests.model.test_images import png_with_size

    return png_with_size(50_000, 50_000)


CASES = [
    ("gif", lambda: _gif(), 415, "IMAGE_UNSUPPORTED_TYPE"),
    ("pdf", lambda: b"%PDF-1.4 not a picture", 415, "IMAGE_UNSUPPORTED_TYPE"),
    ("empty", lambda: b"", 422, "IMAGE_EMPTY"),
    ("truncated", lambda: _noise_png()[:3000], 422, "IMAGE_TRUNCATED"),
    ("bomb", _bomb, 413, "IMAGE_DECOMPRESSION_BOMB"),
    ("too many pixels", lambda: _plain_png((2000, 2000)), 413, "IMAGE_TOO_MANY_PIXELS"),
    ("too big", lambda: _noise_png((375, 375)), 413, "IMAGE_TOO_LARGE"),
    ("no text", lambda: _plain_png((300, 300)), 422, "IMAGE_NO_TEXT"),
]


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (50, 50)).save(out, "GIF")
    return out.getvalue()


def _plain_png(size: tuple[int, int]) -> bytes:
    return _png(Image.new("RGB", size, (90, 160, 200)))


def _noise_png(size: tuple[int, int] = (120, 120)) -> bytes:
    import numpy as np

    rng = np.random.default_rng(1)
    return _png(Image.fromarray(rng.integers(0, 255, (*size, 3), dtype=np.uint8)))


@pytest.mark.parametrize(
    ("make", "status", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_pictures_get_a_clear_4xx(
    api: TestClient,
    make,
    status: int,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    answer = api.post("/v1/score/image", **_request(make()))
    assert answer.status_code == status, answer.text
    assert answer.json()["error"]["code"] == code


def test_requests_that_are_not_a_picture_upload(api: TestClient) -> None:
    as_json = api.post("/v1/score/image", json={"text": "hello"})
    assert as_json.status_code == 415
    assert as_json.json()["error"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    wrong_field = api.post("/v1/score/image", files={"picture": ("a.png", b"x")})
    assert wrong_field.status_code == 422
    assert wrong_field.json()["error"]["code"] == "IMAGE_MISSING"
    bad_lang = api.post(
        "/v1/score/image", files={"file": ("a.png", b"x")}, data={"lang": "xx"}
    )
    assert bad_lang.status_code == 422
    huge = api.post("/v1/score/image", **_request(b"\x89PNG" + b"0" * 600_000))
    assert huge.status_code == 413
    assert huge.json()["error"]["code"] == "BODY_TOO_LARGE"


def test_openapi_lists_the_upload(api: TestClient) -> None:
    schema = api.get("/openapi.json").json()
    operation = schema["paths"]["/v1/score/image"]["post"]
    assert "multipart/form-data" in operation["requestBody"]["content"]


def test_pictures_never_hold_up_single_texts(api: TestClient, flyer: bytes) -> None:
    """While a picture is being read (batch lane), a text is still answered."""
    results: dict[str, float] = {}

    def picture() -> None:
        api.post("/v1/score/image", **_request(flyer))
        results["picture_done"] = time.monotonic()

    thread = threading.Thread(target=picture)
    thread.start()
    time.sleep(0.05)
    text = api.post("/v1/score", json={"text": SCAM_ID})
    results["text_done"] = time.monotonic()
    thread.join()
    assert text.status_code == 200
    assert results["text_done"] < results["picture_done"]
