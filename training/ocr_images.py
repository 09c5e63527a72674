"""Evaluate OCR on ads rendered as pictures: accuracy, time, verdict agreement.

    waspada ocr-eval --model artifacts/default --out reports/ocr

For each language, ads (the invented flyers of training/flyers.py plus real
ads from ../shared/data when present: EMSCAD in English, loker.id in
Indonesian, 58.com in Chinese) are drawn in rotating styles (flyer, phone
screenshot, banner colours, rotation, JPEG quality, symbols). Each picture is
read by every engine asked for; reported per language and engine: character
error rate (CER, against the text as drawn), seconds per picture, and for the
chosen engine, how often the verdict on the picture's text has the same risk
band as the verdict on the text as drawn.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from model.images import ImageError
from model.ocr import OcrReader, read_image_bytes
from training.flyers import SAMPLE_ADS, Rendered, Style, cer, font_path, render

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

STYLES = [
    Style(),
    Style(layout="phone", size=(720, 1280)),
    Style(background="yellow", rotation=4, image_format="JPEG", jpeg_quality=60),
    Style(background="navy", size=(800, 800), emoji=True),
    Style(
        background="gradient", size=(1080, 1350), image_format="JPEG", jpeg_quality=40
    ),
    Style(background="red", rotation=-6, size=(900, 900), image_format="WEBP"),
]
NO_SPACES = {"zh", "th", "km", "my"}


def _cpu() -> float:
    """CPU seconds of this process and its children (tesseract is one)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def real_ads(data_dir: Path, per_language: int) -> dict[str, list[tuple[str, str]]]:
    """A few real ads per language: (label, text), title on the first line."""
    import pandas as pd

    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    emscad = data_dir / "emscad_partial" / "emscad_partial_combined.csv"
    if emscad.is_file():
        frame = pd.read_csv(emscad).dropna(subset=["title", "description"])
        for label, part in ((1, "scam"), (0, "legit")):
            rows = frame[frame["fraudulent"] == label].sample(
                per_language // 2, random_state=7
            )
            for _, row in rows.iterrows():
                text = row["title"] + "\n" + _shorten(row["description"], 260)
                found["en"].append((part, text))
    loker = data_dir / "id_jobs_lokerid" / "lokerid_job_postings_processed.csv"
    if loker.is_file():
        frame = pd.read_csv(loker).dropna(subset=["Title", "Description"])
        for _, row in frame.sample(per_language, random_state=7).iterrows():
            text = f"{row['Title']}\n{row['Company']}, {row['Location']}\n"
            found["id"].append(("legit", text + _shorten(row["Description"], 220)))
    orfd = data_dir / "orfd_58tongcheng_zh" / "origin_balanced.csv"
    if orfd.is_file():
        frame = pd.read_csv(orfd).dropna(subset=["jobTitle", "jobDescription"])
        for _, row in frame.sample(per_language, random_state=7).iterrows():
            body = "".join(str(row["jobDescription"]).split())[:90]
            found["zh"].append(("unlabelled", f"{row['jobTitle']}\n{body}"))
    return found


Stats = dict[str, list[float]]


def _read_one(
    picture: Rendered,
    lang: str,
    reader: OcrReader,
    stats: Stats,
    detector: Any,
    drawn_verdict: Any,
) -> None:
    """Read one picture with one engine; add CER, time and risk-band agreement."""
    started = _cpu()
    wall = time.perf_counter()
    try:
        result = read_image_bytes(picture.data, reader, languages=[lang])
        read = result.text
    except ImageError:
        read = ""
    cpu = _cpu() - started
    stats["cer"].append(cer(picture.text, read, spaces=lang not in NO_SPACES))
    stats["cpu_s"].append(cpu)
    stats["wall_s"].append(time.perf_counter() - wall)
    if detector is not None and drawn_verdict is not None:
        same = False
        if read.strip():
            same = detector.score_one(read).risk == drawn_verdict.risk
        stats["same_band"].append(1.0 if same else 0.0)
        stats[f"drawn_{drawn_verdict.risk}"].append(1.0)


def _summary_row(lang: str, name: str, stats: Stats) -> dict[str, Any]:
    row: dict[str, Any] = {
        "language": lang,
        "engine": name,
        "pictures": len(stats["cer"]),
        "cer_mean": round(statistics.fmean(stats["cer"]), 4),
        "cer_median": round(statistics.median(stats["cer"]), 4),
        "cpu_s_mean": round(statistics.fmean(stats["cpu_s"]), 3),
        "wall_s_mean": round(statistics.fmean(stats["wall_s"]), 3),
    }
    if stats.get("same_band"):
        row["same_risk_band"] = round(statistics.fmean(stats["same_band"]), 4)
        row["drawn_risk"] = {
            band: len(stats.get(f"drawn_{band}", []))
            for band in ("low", "medium", "high")
        }
    return row


def _readers(engines: list[str]) -> dict[str, OcrReader]:
    readers = {name: OcrReader(name) for name in engines}  # type: ignore[arg-type]
    if "tesseract" in readers and not OcrReader.tesseract_available():
        del readers["tesseract"]
    return readers


def evaluate(
    model: str | None,
    engines: list[str],
    per_language: int,
    data_dir: Path,
    limit: int | None = None,
    languages: list[str] | None = None,
) -> dict[str, Any]:
    detector = None
    if model:
        from model.detector import Detector

        detector = Detector.load(model)
    ads: dict[str, list[tuple[str, str]]] = {k: list(v) for k, v in SAMPLE_ADS.items()}
    for lang, rows in real_ads(data_dir, per_language).items():
        ads.setdefault(lang, []).extend(rows)
    readers = _readers(engines)
    per: dict[tuple[str, str], Stats] = defaultdict(lambda: defaultdict(list))
    examples: list[dict[str, Any]] = []
    index = 0
    for lang, rows in ads.items():
        if languages and lang not in languages:
            continue
        if font_path(lang) is None:
            print(f"-- {lang}: no font installed, skipped", file=sys.stderr)
            continue
        for kind, text in rows[:limit]:
            style = STYLES[index % len(STYLES)]
            index += 1
            picture = render(text, lang, style)
            drawn_verdict = detector.score_one(picture.text) if detector else None
            for name, reader in readers.items():
                stats = per[(lang, name)]
                _read_one(picture, lang, reader, stats, detector, drawn_verdict)
                if len(examples) < 400:
                    examples.append(
                        {
                            "lang": lang,
                            "kind": kind,
                            "engine": name,
                            "style": f"{style.layout}/{style.background}/"
                            f"{style.image_format}/r{style.rotation}",
                            "size": [picture.width, picture.height],
                            "cer": round(stats["cer"][-1], 4),
                        }
                    )
            print(f"{lang} {index}", file=sys.stderr, flush=True)
    table = [
        _summary_row(lang, name, stats) for (lang, name), stats in sorted(per.items())
    ]
    return {"model": model, "rows": table, "examples": examples}


def markdown(report: dict[str, Any]) -> str:
    lines = [
        "| language | engine | pictures | CER mean | CER median | CPU s/picture "
        "| same risk band |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in report["rows"]:
        band = row.get("same_risk_band")
        lines.append(
            f"| {row['language']} | {row['engine']} | {row['pictures']} "
            f"| {row['cer_mean']:.3f} | {row['cer_median']:.3f} "
            f"| {row['cpu_s_mean']:.2f} | "
            + (f"{band:.0%}" if band is not None else "-")
            + " |"
        )
    return "\n".join(lines) + "\n"


def run(
    out: Path,
    *,
    model: str | None = None,
    engines: list[str] | None = None,
    per_language: int = 8,
    data_dir: Path = DATA,
    limit: int | None = None,
    languages: list[str] | None = None,
) -> str:
    """Evaluate and write ``ocr_images.json`` and ``ocr_images.md`` into ``out``
    (``waspada ocr-eval``); returns the Markdown table."""
    report = evaluate(
        model,
        engines or ["rapidocr", "tesseract"],
        per_language,
        data_dir,
        limit,
        languages,
    )
    out.mkdir(parents=True, exist_ok=True)
    (out / "ocr_images.json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    text = markdown(report)
    (out / "ocr_images.md").write_text(text, encoding="utf-8")
    return text
