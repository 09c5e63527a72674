"""Per-rule statistics on a labelled corpus, like Snorkel's LF summary.

For each rule: how many ads it fires on (``fires``), split by label
(``fires_pos`` scam / ``fires_neg`` legitimate), ``coverage`` (share of all
ads it fires on), ``precision`` (share of its firings on scam ads) and
``lift`` (precision divided by the scam base rate: 1.0 means the rule says
nothing, 3.0 means an ad it fires on is three times as likely to be a scam
as an average ad). A rule whose precision is below ``precision_floor`` is
flagged ``below_floor`` so the model card and CI can report it; rules that
never fire have no precision (NaN) and are not flagged, but show zero
coverage.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

from model.preprocess import normalize
from model.rules.registry import RuleRegistry

COLUMNS = (
    "rule_id",
    "fires",
    "fires_pos",
    "fires_neg",
    "coverage",
    "precision",
    "lift",
    "below_floor",
)


def rule_statistics(
    texts: Sequence[str],
    labels: Sequence[int],
    registry: RuleRegistry,
    *,
    precision_floor: float = 0.6,
) -> pd.DataFrame:
    """One row per rule (registry order) with the columns in ``COLUMNS``.

    ``labels`` are 1 for scam/trafficking ads and 0 for legitimate ones.
    """
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    bad = {label for label in labels if label not in (0, 1)}
    if bad:
        raise ValueError(f"labels must be 0 or 1, got {sorted(bad)}")
    rule_ids = [rule.id for rule in registry.rules]
    fires_pos = dict.fromkeys(rule_ids, 0)
    fires_neg = dict.fromkeys(rule_ids, 0)
    for text, label in zip(texts, labels, strict=True):
        fired = registry.match_spans(normalize(text).text)
        counter = fires_pos if label == 1 else fires_neg
        for rule_id in fired:
            counter[rule_id] += 1
    total = len(texts)
    positives = sum(1 for label in labels if label == 1)
    base_rate = positives / total if total else math.nan
    rows = []
    for rule_id in rule_ids:
        pos, neg = fires_pos[rule_id], fires_neg[rule_id]
        fires = pos + neg
        precision = pos / fires if fires else math.nan
        lift = precision / base_rate if fires and base_rate else math.nan
        rows.append(
            {
                "rule_id": rule_id,
                "fires": fires,
                "fires_pos": pos,
                "fires_neg": neg,
                "coverage": fires / total if total else math.nan,
                "precision": precision,
                "lift": lift,
                "below_floor": bool(fires and precision < precision_floor),
            }
        )
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _number(value: float, digits: int = 2) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.{digits}f}"


def format_rule_table(df: pd.DataFrame) -> str:
    """Markdown table for the model card; rules below the floor get ⚠ and a
    closing note listing them."""
    lines = [
        "| rule | fires | scam | legit | coverage | precision | lift | |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in df.itertuples(index=False):
        mark = "⚠ below floor" if row.below_floor else ""
        lines.append(
            f"| `{row.rule_id}` | {row.fires} | {row.fires_pos} | {row.fires_neg} "
            f"| {_number(row.coverage, 3)} | {_number(row.precision)} "
            f"| {_number(row.lift)} | {mark} |"
        )
    below = [str(rule_id) for rule_id in df.loc[df["below_floor"], "rule_id"]]
    if below:
        lines.append("")
        lines.append(
            "Rules below the precision floor: " + ", ".join(f"`{r}`" for r in below)
        )
    return "\n".join(lines) + "\n"
