from __future__ import annotations

import json
from pathlib import Path

from training.eval_robustness import (
    SLICE_DIR,
    load_slices,
    robustness_markdown,
    robustness_report,
)
from training.generate.robustness_slices import build


def test_the_committed_slices_cover_every_disguise_and_group() -> None:
    slices = load_slices(SLICE_DIR)
    for name in (
        "clean", "homoglyph", "leet", "spaced", "format_chars", "fullwidth", "emoji",
        "code_words", "page_chrome", "lang_tl", "lang_th", "lang_vi", "lang_zh",
        "lang_ms", "lang_km", "legit_g2g_official", "legit_licensed_agency",
        "legit_apprenticeship", "legit_mekong_jobs", "legit_cs_at_home",
        "legit_ph_call_centre", "legit_instagram_dm_small_business",
    ):  # fmt: skip
        assert len(slices[name]) >= 15, name
        labels = {row["label"] for row in slices[name]}
        assert labels == ({0} if name.startswith("legit_") else {1})


def test_the_held_out_thai_and_tagalog_slices_are_big_enough() -> None:
    slices = load_slices(SLICE_DIR)
    for name, lang in (("lang_th_v2", "th"), ("lang_tl_v2", "tl")):
        assert len(slices[name]) >= 40, name
        assert {row["lang"] for row in slices[name]} == {lang}
    legit = slices["legit_th_tl_v2"]
    for lang in ("th", "tl"):
        assert sum(row["lang"] == lang for row in legit) >= 20, lang
    assert {row["label"] for row in legit} == {0}


def test_rebuilding_the_slices_gives_the_committed_files() -> None:
    # v2 draws from a random generator of its own, after v1, so adding it
    # left the v1 files as they were; a template edit would show here.
    built = build()
    committed = load_slices(SLICE_DIR)
    for name in ("lang_th", "lang_tl", "legit_ph_call_centre", "homoglyph"):
        texts = list(dict.fromkeys(row["text"] for row in built[name]))
        assert texts == [row["text"] for row in committed[name]], name


def test_report_gives_before_and_after_per_slice_and_language(
    tiny_detector, tmp_path: Path
) -> None:
    rows = [
        {"id": "a", "slice": "homoglyph", "kind": "disguise", "lang": "id",
         "label": 1, "text": "Loker CS K\u0430mboja, gaji 15jt, tiket PP ditanggung, "
         "tanpa pengalaman. Telegram @hr_kh"},
        {"id": "b", "slice": "homoglyph", "kind": "disguise", "lang": "en",
         "label": 1, "text": "Free flight to Phn0m P3nh, no experience, T3legram"},
    ]  # fmt: skip
    legit = [
        {"id": "c", "slice": "legit_x", "kind": "hard_legit", "lang": "id",
         "label": 0, "text": "Lowongan staf gudang di Bekasi, lamaran ke hrd@pt.co.id"},
    ]  # fmt: skip
    for name, items in (("homoglyph", rows), ("legit_x", legit)):
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(json.dumps(row) + "\n" for row in items), encoding="utf-8"
        )
    report = robustness_report(tiny_detector, tmp_path)
    entry = report["slices"]["homoglyph"]
    assert entry["n"] == 2 and set(entry["by_language"]) == {"id", "en"}
    assert entry["flagged_after"] == 1.0
    assert entry["mean_score_after"] >= entry["mean_score_before"]
    assert report["slices"]["legit_x"]["flagged_after"] == 0.0
    text = "\n".join(robustness_markdown(report))
    assert "| homoglyph | 2 |" in text and "| legit_x | 1 |" in text
