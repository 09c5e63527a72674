"""`waspada score` with an `image` column: paths relative to the input file."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from training.flyers import SAMPLE_ADS, Style, render

pytest.importorskip("rapidocr_onnxruntime")

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _score(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", "score", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        timeout=600,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("batch-images")
    pictures = root / "pictures"
    pictures.mkdir()
    scam = render(SAMPLE_ADS["id"][0][1], "id", Style(size=(720, 720)))
    (pictures / "scam.png").write_bytes(scam.data)
    (pictures / "fake.png").write_bytes(b"GIF89a not really")
    (pictures / "cut.png").write_bytes(scam.data[: len(scam.data) // 3])
    return root


# The ad as drawn on the picture (its line breaks): what OCR should give back.
DRAWN = render(SAMPLE_ADS["id"][0][1], "id", Style(size=(720, 720))).text

ROWS = [
    {"id": "pic", "image": "pictures/scam.png"},
    {"id": "pic+caption", "image": "pictures/scam.png", "text": "Info lengkap DM"},
    {"id": "text", "text": DRAWN},
    {"id": "missing", "image": "pictures/nope.png"},
    {"id": "gif", "image": "pictures/fake.png"},
    {"id": "cut", "image": "pictures/cut.png"},
]
EXPECTED_ERRORS = {
    "missing": "IMAGE_NOT_FOUND",
    "gif": "IMAGE_UNSUPPORTED_TYPE",
    "cut": "IMAGE_TRUNCATED",
}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_image_rows_are_read_and_bad_pictures_are_row_errors(
    folder: Path, tiny_model_dir: Path, tmp_path: Path, fmt: str
) -> None:
    source = folder / f"ads.{fmt}"
    if fmt == "jsonl":
        source.write_text("".join(json.dumps(r) + "\n" for r in ROWS), "utf-8")
    else:
        with source.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, ["id", "text", "image"])
            writer.writeheader()
            writer.writerows(ROWS)
    out = tmp_path / "out.jsonl"
    # Run from elsewhere: paths are relative to the input file, not the cwd.
    result = _score(
        [str(source), "-o", str(out), "--model", str(tiny_model_dir), "--explain"],
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    rows = {r["id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert list(rows) == [r["id"] for r in ROWS]
    for row_id, code in EXPECTED_ERRORS.items():
        assert rows[row_id]["error"].startswith(code + ":"), rows[row_id]
        assert rows[row_id]["score"] is None
    picture, text = rows["pic"], rows["text"]
    assert picture["error"] is None
    assert picture["risk"] == text["risk"]
    # OCR may drop a space ("HubungiWA"), so a rule can miss; none is invented.
    assert set(picture["flags"]) <= set(text["flags"])
    assert len(picture["flags"]) >= 0.7 * len(text["flags"])
    explanation = picture["explanation"]
    assert "KAMBOJA" in explanation["ocr_text"]
    assert explanation["image"]["width"] == 720
    boxes = [b for f in explanation["flags"] for e in f["evidence"] for b in e["boxes"]]
    assert boxes
    assert rows["pic+caption"]["error"] is None
