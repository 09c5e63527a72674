"""Markdown renderings of what training and evaluation measured."""

from __future__ import annotations

from typing import Any

_SELECTION = (
    "best validation PR-AUC on real data, synthetic-inclusive PR-AUC breaking ties"
)


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def metrics_table(groups: dict[str, dict[str, Any]], title: str = "group") -> str:
    """One row per group: size, PR-AUC, ROC-AUC, Brier, P/R/F1 at high and medium."""
    header = (
        f"| {title} | n | pos | PR-AUC | ROC-AUC | Brier | P@high | R@high | F1@high "
        "| P@medium | R@medium | flagged@medium |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    lines = []
    for name, m in groups.items():
        high = m.get("high", {})
        medium = m.get("medium", {})
        cells = [
            name,
            m["n"],
            m["positives"],
            _fmt(m["pr_auc"]),
            _fmt(m["roc_auc"]),
            _fmt(m["brier"]),
            _fmt(high.get("precision")),
            _fmt(high.get("recall")),
            _fmt(high.get("f1")),
            _fmt(medium.get("precision")),
            _fmt(medium.get("recall")),
            _fmt(medium.get("flagged_share")),
        ]
        lines.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    return header + "\n".join(lines) + "\n"


LIMITATIONS = """## Limitations
- No public labelled set of scam-compound recruitment ads exists; positives
  come from neighbouring genres (EMSCAD fraud, Chinese 58.com fakes,
  Indonesian fraud SMS, online-gambling promotion comments, Philippine scam
  texts) plus generated ads. Sources differ in platform and format, so read
  the per-source and leave-one-source-out results (`make eval`).
- Ads in Thai, Vietnamese and Khmer are scarce in the training data.
"""


def _data_warning(meta: dict[str, Any]) -> str:
    """Block quotes for a model without real data or without all of it."""
    warning = ""
    if meta["data"].get("synthetic_only"):
        warning = (
            "\n> **Warning: trained on the project's generated and seed ads only.** "
            "No real dataset was found, so this model is weaker and its metrics "
            "describe synthetic data. Add the real datasets (see `data/README.md`) "
            "and run `make train`.\n"
        )
    training_data = meta.get("training_data") or {}
    if training_data and not training_data.get("full_real_data"):
        shipped = ", ".join(training_data.get("redistributable") or []) or "none"
        warning += (
            "\n> **This model lacks the full real data.** It learned from "
            f"{training_data.get('summary', 'part of the data')}. Read from the "
            f"project's redistributable copies: {shipped}. Expect more false "
            "alarms on real job boards; see `docs/fresh-machine.md` for its "
            "measured false-alarm rates on held-out real sources.\n"
        )
    return warning


def _test_metrics_section(meta: dict[str, Any]) -> str:
    test = meta["metrics"]["test"]
    subsets = {
        "overall": test["overall"],
        "real only": test["real_only"],
        "synthetic only": test["synthetic_only"],
    }
    return f"""## Held-out test metrics
Split: {meta["metrics"]["split"]}. Synthetic ads never count alone: the
real-only row excludes generated and seed ads.

{metrics_table(subsets, "subset")}
### By language
{metrics_table(test["by_language"], "language")}
### By source
{metrics_table(test["by_source"], "source")}"""


def render_model_card(
    meta: dict[str, Any], rule_table: str, target_rule_table: str = ""
) -> str:
    thresholds = meta["thresholds"]
    data = meta["data"]
    warning = _data_warning(meta)
    candidates = "\n".join(
        f"| {name} | {c['kind']} | {_fmt(c['validation_pr_auc'])} | "
        f"{_fmt(c['validation_pr_auc_real_only'])} | {c['fit_seconds']} |"
        for name, c in meta["candidates"].items()
    )
    splits = "\n".join(
        f"| {name} | {c['rows']} | {c['positives']} | {c['real_rows']} |"
        for name, c in data["split_counts"].items()
    )
    sources = "\n".join(
        f"| {name} | {c['rows']} | {c['positives']} |"
        for name, c in data["sources"].items()
    )
    notes = "; ".join(thresholds.get("notes", [])) or "targets met on validation"
    return f"""# Model card: {meta["model_version"]}
{warning}
Waspada scores online job ads for the risk that they are fronts for
scam-compound or online-gambling recruitment. `score` is a calibrated
probability; `risk` is high/medium/low from thresholds chosen on validation.

- Created: {meta["created_at"]} from commit `{meta.get("git_commit")}`
- Selected pipeline: **{meta["selected"]}** ({meta.get("selection") or _SELECTION})
- Corpus SHA-256: `{data["corpus_sha256"]}` ({data["corpus_rows"]} rows before
  selection)
- Rules fingerprint: `{meta["rules_fingerprint"][:16]}…`

## Intended use
Triage and awareness: flag ads for a person to check, and explain why. Not a
legal determination; a low score is not a guarantee that a job is safe.

## Candidates (validation split)
| candidate | kind | PR-AUC (all) | PR-AUC (real only) | fit seconds |
|---|---|---:|---:|---:|
{candidates}

{_tier_section(meta.get("tier_decision"))}
## Thresholds (chosen on validation only)
- high ≥ {thresholds["high"]:.4f} (target precision ≥
  {thresholds["targets"]["high_precision"]})
- medium ≥ {thresholds["medium"]:.4f} (target recall ≥
  {thresholds["targets"]["medium_recall"]})
- Notes: {notes}

## Data
| split | rows | positives | real (non-synthetic) rows |
|---|---:|---:|---:|
{splits}

| source | rows used | positives |
|---|---:|---:|
{sources}

{_test_metrics_section(meta)}
## Red-flag rules on the labelled real data
Coverage, precision and lift of each rule (Snorkel-style). The real sets
contain fraud from neighbouring genres but no scam-compound recruitment ads,
so rules about destinations, free flights or passports rarely fire here and
common low-barrier phrases ("tanpa pengalaman") fire on ordinary job ads:
read the rules together, as the model does.

{rule_table}
{_target_section(target_rule_table)}
{LIMITATIONS}"""


def _target_section(table: str) -> str:
    if not table:
        return ""
    return (
        "### The same rules on the project-written target-domain ads\n"
        "Generated and hand-written seed ads (indicative only: these ads were "
        "written with the same published indicators the rules encode).\n\n" + table
    )


def _tier_section(decision: dict[str, Any] | None) -> str:
    if not decision:
        return (
            "Transformer tiers: not compared for this model (run `waspada tiers`; "
            "see docs/tiers.md).\n"
        )
    why = "\n".join(f"- {reason}" for reason in decision.get("why", []))
    return (
        "## Transformer tiers and the ensemble\n"
        f"Decision of `waspada tiers` ({decision.get('report_created_at')}): "
        f"**{decision.get('summary')}**. Online: {decision.get('serve_online')}; "
        f"batch: {decision.get('serve_batch')}.\n\n{why}\n"
    )
