"""Evaluation of the document-type model and of what it changes in verdicts.

On the held-out split of ``training.generate.doctype`` (its own template
families and seeds, and a hash-chosen share of the real texts):

* document-type accuracy overall, per language, per class and per source,
  plus ad / not-ad accuracy (the distinction that changes the verdict);
* the share of warnings/news and ``other`` texts the detector scores medium
  or high, with the document type (default) and without it
  (``assume_job_ad``), i.e. before/after; and the share of held-out job ads
  (scam ads in particular) it still scores medium or high;
* leave-one-source-out: the model refitted without one source (or one
  family of generated warnings) and tested on that source.

``doctype_report`` is called by ``training.evaluate`` when the artifact has
a document-type model; ``python -m training.eval_doctype --model DIR`` runs
it alone.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from model.doctype import DocTypeClassifier
from training.doctype import classification_figures

log = logging.getLogger(__name__)

# Held-out groups refitted without: real sources and generated families.
LOSO_GROUPS: dict[str, tuple[str, str]] = {
    "ph_scam_sms": ("source", "ph_scam_sms"),
    "id_sms_spam_wibisono": ("source", "id_sms_spam_wibisono"),
    "judol_youtube_gbennnn": ("source", "judol_youtube_gbennnn"),
    "orfd_58tongcheng_zh": ("source", "orfd_58tongcheng_zh"),
    "generated warnings: news": ("family", "news"),
    "generated warnings: forum": ("family", "forum"),
}


# The groups of ``risk_figures`` that the report's table lists, in order.
RISK_GROUPS: tuple[str, ...] = (
    "warnings_and_other",
    "warning_or_news",
    "other",
    "other_scam_or_promo",
    "job_ad",
    "generated_scam_ads",
)


def _share(mask: np.ndarray) -> float | None:
    return round(float(mask.mean()), 4) if len(mask) else None


def risk_figures(detector: Any, frame: pd.DataFrame) -> dict[str, Any]:
    """Medium/high shares per class, with and without the document type."""
    texts = frame["text"].tolist()
    with_type = detector.score(texts, explain=False)
    plain = detector.score(texts, explain=False, assume_job_ad=True)
    flagged = np.array([v.risk != "low" for v in with_type])
    flagged_plain = np.array([v.risk != "low" for v in plain])
    out: dict[str, Any] = {}
    doctype = frame["doctype"].to_numpy()
    non_ads = np.isin(doctype, ["warning_or_news", "other"])
    out["warnings_and_other"] = {
        "n": int(non_ads.sum()),
        "medium_or_high": _share(flagged[non_ads]),
        "medium_or_high_assume_job_ad": _share(flagged_plain[non_ads]),
    }
    for name in ("warning_or_news", "other", "other_scam_or_promo", "job_ad"):
        mask = doctype == name
        out[name] = {
            "n": int(mask.sum()),
            "medium_or_high": _share(flagged[mask]),
            "medium_or_high_assume_job_ad": _share(flagged_plain[mask]),
        }
    scam_ads = (doctype == "job_ad") & frame["family"].isin(_SCAM_FAMILIES).to_numpy()
    out["generated_scam_ads"] = {
        "n": int(scam_ads.sum()),
        "medium_or_high": _share(flagged[scam_ads]),
        "medium_or_high_assume_job_ad": _share(flagged_plain[scam_ads]),
    }
    warnings = doctype == "warning_or_news"
    by_lang: dict[str, Any] = {}
    warnings_by_lang: dict[str, Any] = {}
    for lang, index in frame.groupby("lang").indices.items():
        part = non_ads[index]
        by_lang[str(lang)] = {
            "n_warnings_and_other": int(part.sum()),
            "medium_or_high": _share(flagged[index][part]),
        }
        part = warnings[index]
        warnings_by_lang[str(lang)] = {
            "n": int(part.sum()),
            "medium_or_high": _share(flagged[index][part]),
        }
    out["warnings_and_other_by_lang"] = by_lang
    out["warning_or_news_by_lang"] = warnings_by_lang
    return out


_SCAM_FAMILIES = (
    "compound_cs",
    "compound_typist",
    "gambling_operator",
    "crypto_marketing",
    "task_scam",
    "agent_fee",
)


def ad_accuracy(frame: pd.DataFrame, predicted: np.ndarray) -> float | None:
    truth = frame["doctype"].to_numpy() == "job_ad"
    return _share(truth == (predicted == "job_ad"))


def leave_one_source_out(
    data: pd.DataFrame, params: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Refit without each group of ``LOSO_GROUPS``; accuracy on that group."""
    train = data[data["split"] == "train"]
    out: dict[str, Any] = {}
    for name, (column, value) in LOSO_GROUPS.items():
        held = data[data[column] == value]
        if held.empty:
            continue
        kept = train[train[column] != value]
        model = DocTypeClassifier(**{"calibration_folds": 0, **(params or {})})
        model.fit(kept["text"].tolist(), kept["doctype"].to_numpy())
        predicted = model.predict(held["text"].tolist())
        correct = held["doctype"].to_numpy() == predicted
        out[name] = {
            "n": len(held),
            "accuracy": _share(correct),
            "ad_vs_not_ad_accuracy": ad_accuracy(held, predicted),
            "predicted": {
                str(k): int(v) for k, v in pd.Series(predicted).value_counts().items()
            },
        }
    return out


BLIND_SET = (
    Path(__file__).resolve().parent.parent / "data" / "doctype" / "blind_v4.jsonl"
)


def blind_report(detector: Any, path: Path = BLIND_SET) -> dict[str, Any]:
    """The hand-written blind set (``training.generate.doctype_blind_v4``,
    written before stop 26's changes and never used to train or tune):
    accuracy per language and class, and what the verdicts do with it."""
    if not path.exists():
        return {"available": False}
    frame = pd.read_json(path, lines=True, dtype=False)
    texts = frame["text"].tolist()
    predicted = detector.doctype.predict(texts)
    verdicts = detector.score(texts, explain=False)
    flagged = np.array([v.risk != "low" for v in verdicts])
    truth = frame["doctype"].to_numpy()
    correct = truth == predicted
    non_ads = np.isin(truth, ["warning_or_news", "other"])
    labels = frame["label"].to_numpy()
    scam_ads = (truth == "job_ad") & (labels == 1)
    legit_ads = (truth == "job_ad") & (labels == 0)
    return {
        "available": True,
        "n": len(frame),
        "accuracy": _share(correct),
        "ad_vs_not_ad_accuracy": ad_accuracy(frame, predicted),
        "by_lang": {
            str(lang): {"n": len(index), "accuracy": _share(correct[index])}
            for lang, index in sorted(frame.groupby("lang").indices.items())
        },
        "by_doctype": {
            str(name): {"n": len(index), "accuracy": _share(correct[index])}
            for name, index in sorted(frame.groupby("doctype").indices.items())
        },
        "warnings_and_other_medium_or_high": _share(flagged[non_ads]),
        "scam_ads_medium_or_high": _share(flagged[scam_ads]),
        "legitimate_ads_medium_or_high": _share(flagged[legit_ads]),
    }


def doctype_report(
    detector: Any,
    data: pd.DataFrame | None = None,
    *,
    data_root: Path | None = None,
    loso: bool = True,
    seed: int = 13,
    n_per_lang: int = 100,
) -> dict[str, Any]:
    """The full document-type evaluation for ``detector`` (which has one)."""
    from training.generate.doctype import build_doctype_data

    if detector.doctype is None:
        return {"available": False}
    if data is None:
        data = build_doctype_data(data_root, n_per_lang=n_per_lang, seed=seed)
    test = data[data["split"] == "test"].reset_index(drop=True)
    model = detector.doctype
    probabilities = model.predict_proba(test["text"].tolist())
    predicted = model.classes_[probabilities.argmax(axis=1)]
    report: dict[str, Any] = {
        "available": True,
        "heldout": "own template families and seeds (every 4th template of each "
        "phrase pool), plus ~20% of the real texts chosen by a hash of the text",
        "classification": classification_figures(
            test, predicted, probabilities.max(axis=1)
        ),
        "ad_vs_not_ad_accuracy": ad_accuracy(test, predicted),
        "risk": risk_figures(detector, test),
        "blind": blind_report(detector),
    }
    if loso:
        report["leave_one_source_out"] = leave_one_source_out(data)
    return report


def doctype_markdown(report: dict[str, Any]) -> list[str]:
    if not report.get("available"):
        return []
    cls = report["classification"]
    risk = report["risk"]
    lines = [
        "## Document type",
        "",
        f"Held-out set: {report['heldout']}. {cls['n']} texts; accuracy "
        f"{cls['accuracy']}, ad / not-ad accuracy {report['ad_vs_not_ad_accuracy']}.",
        "",
        "| language | n | accuracy |",
        "|---|---|---|",
    ]
    lines += [
        f"| {lang} | {v['n']} | {v['accuracy']} |"
        for lang, v in sorted(cls["by_lang"].items())
    ]
    lines += ["", "| class | n | accuracy |", "|---|---|---|"]
    lines += [
        f"| {name} | {v['n']} | {v['accuracy']} |"
        for name, v in sorted(cls["by_doctype"].items())
    ]
    lines += [
        "",
        "Share scored medium or high (with document type / with assume_job_ad):",
        "",
        "| texts | n | with document type | assume_job_ad |",
        "|---|---|---|---|",
    ]
    for name in RISK_GROUPS:
        v = risk[name]
        lines.append(
            f"| {name} | {v['n']} | {v['medium_or_high']} | "
            f"{v['medium_or_high_assume_job_ad']} |"
        )
    by_lang = risk.get("warning_or_news_by_lang", {})
    lines += [
        "",
        "Warnings/news scored medium or high (with document type), per language: "
        + ", ".join(
            f"{lang} {v['medium_or_high']} (n={v['n']})"
            for lang, v in sorted(by_lang.items())
            if v["n"]
        )
        + ".",
    ]
    blind = report.get("blind") or {}
    if blind.get("available"):
        lines += [
            "",
            f"Blind hand-written set (data/doctype/blind_v4.jsonl, {blind['n']} texts, "
            "8 languages x 4 types x 10, written before stop 26's changes): "
            f"accuracy {blind['accuracy']}, ad / not-ad accuracy "
            f"{blind['ad_vs_not_ad_accuracy']}; per language "
            + ", ".join(f"{k} {v['accuracy']}" for k, v in blind["by_lang"].items())
            + "; per type "
            + ", ".join(f"{k} {v['accuracy']}" for k, v in blind["by_doctype"].items())
            + ". Medium or high: warnings and `other` "
            f"{blind['warnings_and_other_medium_or_high']}, scam ads "
            f"{blind['scam_ads_medium_or_high']} (n=40), legitimate ads "
            f"{blind['legitimate_ads_medium_or_high']} (n=40).",
        ]
    if "leave_one_source_out" in report:
        lines += [
            "",
            "Leave one source out (refitted without it, uncalibrated):",
            "",
            "| held out | n | accuracy | ad / not-ad accuracy |",
            "|---|---|---|---|",
        ]
        for name, v in report["leave_one_source_out"].items():
            lines.append(
                f"| {name} | {v['n']} | {v['accuracy']} | "
                f"{v['ad_vs_not_ad_accuracy']} |"
            )
    lines.append("")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    from model.detector import Detector
    from training.corpus.paths import resolve_data_root

    parser = argparse.ArgumentParser(description="Evaluate the document-type model")
    parser.add_argument("--model", required=True, type=Path)
    parser.add_argument("--doctype", type=Path, help="use this doctype.joblib")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--n", type=int, default=100, help="texts per class/lang")
    parser.add_argument("--no-loso", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("reports/doctype.json"))
    args = parser.parse_args(argv)
    detector = Detector.load(args.model)
    if args.doctype is not None:
        import joblib

        detector.doctype = joblib.load(args.doctype)
    report = doctype_report(
        detector,
        data_root=resolve_data_root(args.data_dir),
        loso=not args.no_loso,
        n_per_lang=args.n,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print("\n".join(doctype_markdown(report)))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
