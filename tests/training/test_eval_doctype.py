"""The document-type evaluation's blind hand-written set (training.eval_doctype)."""

from __future__ import annotations

from pathlib import Path

from training.eval_doctype import (
    BLIND_SET,
    RISK_GROUPS,
    blind_report,
    doctype_markdown,
)


def test_blind_report_covers_every_language_and_type(tiny_detector) -> None:  # type: ignore[no-untyped-def]
    report = blind_report(tiny_detector)
    assert report["available"] and report["n"] == 320
    assert set(report["by_lang"]) == {"id", "en", "ms", "zh", "th", "vi", "tl", "km"}
    assert {v["n"] for v in report["by_lang"].values()} == {40}
    assert set(report["by_doctype"]) == {
        "job_ad",
        "warning_or_news",
        "other",
        "other_scam_or_promo",
    }
    for key in (
        "accuracy",
        "ad_vs_not_ad_accuracy",
        "warnings_and_other_medium_or_high",
        "scam_ads_medium_or_high",
        "legitimate_ads_medium_or_high",
    ):
        assert 0.0 <= report[key] <= 1.0, key
    # A fair model gets most of it right; a broken one (every text one type)
    # gets at most a quarter.
    assert report["accuracy"] > 0.5
    lines = doctype_markdown(
        {
            "available": True,
            "heldout": "x",
            "classification": {"n": 0, "accuracy": 0, "by_lang": {}, "by_doctype": {}},
            "ad_vs_not_ad_accuracy": 0,
            "risk": {
                name: {"n": 0, "medium_or_high": 0, "medium_or_high_assume_job_ad": 0}
                for name in RISK_GROUPS
            },
            "blind": report,
        }
    )
    assert any("Blind hand-written set" in line for line in lines)


def test_a_missing_blind_set_is_reported_not_raised(
    tiny_detector, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert BLIND_SET.exists()
    assert blind_report(tiny_detector, tmp_path / "absent.jsonl") == {
        "available": False
    }
