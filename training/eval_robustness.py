"""How well the detector holds up against disguised ads and hard legitimate ads.

Measured on the slices in ``data/slices/`` (written by
``training.generate.robustness_slices``, never used for training or
thresholds):

* each **disguise** and **language** slice: the share of its scam ads that
  still come out medium or high risk (target: at least 95%);
* each **hard legitimate** group: the share of its legitimate ads that come
  out medium or high (the false-alarm rate; target: at most 3%), per language.

Every figure is given twice: *before* (the same model and rules with
``model.disguise`` switched off, i.e. the normalisation before disguises
were undone) and *after* (as served).

Run on its own: ``python -m training.eval_robustness MODEL_DIR``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from model import disguise
from model.detector import Detector

SLICE_DIR = Path(__file__).resolve().parent.parent / "data" / "slices"
SCAM_TARGET = 0.95
LEGIT_TARGET = 0.03


def load_slices(directory: Path = SLICE_DIR) -> dict[str, list[dict[str, Any]]]:
    slices: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        if rows:
            slices[path.stem] = rows
    return slices


def _scored(detector: Detector, texts: Sequence[str]) -> tuple[list[bool], float]:
    """Whether each text is medium/high, and the mean score."""
    verdicts = detector.score(list(texts), explain=False)
    mean = sum(verdict.score for verdict in verdicts) / max(len(verdicts), 1)
    return [verdict.risk != "low" for verdict in verdicts], round(mean, 4)


def _share(values: Sequence[bool]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def robustness_report(
    detector: Detector, directory: Path = SLICE_DIR
) -> dict[str, Any]:
    """Per slice and language: share flagged medium/high, before and after."""
    slices = load_slices(directory)
    result: dict[str, Any] = {
        "data": str(directory),
        "before": "same model and rules, normalisation without model.disguise",
        "after": "as served (model.disguise on)",
        "targets": {"scam_flagged_min": SCAM_TARGET, "legit_flagged_max": LEGIT_TARGET},
        "slices": {},
    }
    for name, rows in slices.items():
        texts = [row["text"] for row in rows]
        with disguise.disabled():
            before, mean_before = _scored(detector, texts)
        after, mean_after = _scored(detector, texts)
        label = int(rows[0]["label"])
        entry: dict[str, Any] = {
            "kind": rows[0]["kind"],
            "label": label,
            "n": len(rows),
            "flagged_before": _share(before),
            "flagged_after": _share(after),
            "mean_score_before": mean_before,
            "mean_score_after": mean_after,
            "by_language": {},
        }
        for lang in sorted({row["lang"] for row in rows}):
            picks = [i for i, row in enumerate(rows) if row["lang"] == lang]
            entry["by_language"][lang] = {
                "n": len(picks),
                "flagged_before": _share([before[i] for i in picks]),
                "flagged_after": _share([after[i] for i in picks]),
            }
        if label == 1:
            entry["meets_target"] = entry["flagged_after"] >= SCAM_TARGET
        else:
            entry["meets_target"] = all(
                lang["flagged_after"] <= LEGIT_TARGET
                for lang in entry["by_language"].values()
            )
        result["slices"][name] = entry
    return result


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def robustness_markdown(report: dict[str, Any]) -> list[str]:
    """Markdown lines for the evaluation report."""
    lines = [
        "## Robustness: disguised scam ads and hard legitimate ads",
        "",
        f"Data: `{Path(report['data']).name}/` slices (written for this test, never "
        "trained on). Before: "
        + report["before"]
        + ". After: "
        + report["after"]
        + ".",
        "",
        "Scam slices: share still **medium or high** (target ≥ "
        f"{_pct(report['targets']['scam_flagged_min'])}).",
        "",
        "| slice | n | before | after | mean score before → after "
        "| per language (after) | target |",
        "|---|---:|---:|---:|---|---|---|",
    ]
    legit = []
    for name, entry in report["slices"].items():
        langs = ", ".join(
            f"{lang} {_pct(v['flagged_after'])}"
            for lang, v in entry["by_language"].items()
        )
        row = (
            f"| {name} | {entry['n']} | {_pct(entry['flagged_before'])} | "
            f"{_pct(entry['flagged_after'])} | {entry['mean_score_before']:.3f} → "
            f"{entry['mean_score_after']:.3f} | {langs} | "
            f"{'met' if entry['meets_target'] else 'missed'} |"
        )
        if entry["label"] == 1:
            lines.append(row)
        else:
            legit.append(row)
    lines += [
        "",
        "Hard legitimate groups: false-alarm rate, share **medium or high** "
        f"(target ≤ {_pct(report['targets']['legit_flagged_max'])} per language).",
        "",
        "| group | n | before | after | mean score before → after "
        "| per language (after) | target |",
        "|---|---:|---:|---:|---|---|---|",
        *legit,
        "",
    ]
    return lines


def main(argv: Sequence[str]) -> int:
    detector = Detector.load(argv[0])
    report = robustness_report(detector)
    if len(argv) > 1:
        Path(argv[1]).write_text(json.dumps(report, indent=2) + "\n")
    print("\n".join(robustness_markdown(report)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
