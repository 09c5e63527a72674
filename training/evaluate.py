"""`waspada evaluate`: the truth about a trained model, written as JSON + Markdown.

What it reports, and on which data:

* the held-out **test split** of the model's own corpus (deduplicated, never
  seen in training or threshold selection), overall, real-data-only,
  synthetic-only, per language and per source;
* **leave-one-source-out**: for each real source, a linear model retrained
  without it (and without near-duplicates of it) and tested on all of it;
* **calibration**: Brier score and a reliability plot (PNG);
* the **20 worst errors** with the detector's own explanations;
* optionally an external labelled file; for the full EMSCAD
  ``fake_job_postings.csv`` a grouped split of EMSCAD itself, comparable with
  published baselines.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from model.artifact import PIPELINE_FILE, load_artifact, sha256_file
from model.detector import Detector
from model.errors import TrainingError
from model.pipeline import build_linear_pipeline
from training.common import (
    PROJECT_ROOT,
    PROJECT_WRITTEN_SOURCES,
    ensure_corpus,
    evaluate_groups,
    prepare_all,
    select_rows,
)
from training.config import TrainConfig
from training.eval_entities import entity_markdown, entity_report
from training.eval_robustness import robustness_markdown, robustness_report
from training.metrics import binary_metrics, choose_thresholds, reliability_table
from training.report import metrics_table

log = logging.getLogger(__name__)

EMSCAD_BASELINES = "fraud F1 0.76-0.85, PR-AUC 0.87-0.91 (published, grouped splits)"
LOSO_MAX_TRAIN = 6_000


def _excerpt(text: str, limit: int = 280) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def worst_errors(
    detector: Detector, frame: pd.DataFrame, scores: np.ndarray, limit: int = 20
) -> list[dict[str, Any]]:
    """The confident mistakes, real ads first, each with its explanation."""
    errors = frame.assign(score=scores)
    errors["gap"] = (errors["label"] - errors["score"]).abs()
    threshold = detector.medium_threshold
    wrong = errors[(errors["score"] >= threshold) != (errors["label"] == 1)]
    wrong = wrong.assign(real=~wrong["source"].isin(PROJECT_WRITTEN_SOURCES))
    wrong = wrong.sort_values(["real", "gap"], ascending=[False, False]).head(limit)
    result = []
    for _, row in wrong.iterrows():
        verdict = detector.score_one(row["text"], explain=True)
        result.append(
            {
                "id": row["id"],
                "source": row["source"],
                "lang": row["lang"],
                "label": int(row["label"]),
                "score": round(float(row["score"]), 4),
                "kind": "false positive" if row["label"] == 0 else "false negative",
                "excerpt": _excerpt(row["text"]),
                "flags": [flag.rule_id for flag in verdict.flags],
                "highlights": [h.text for h in verdict.highlights[:6]],
            }
        )
    return result


def reliability_plot(table: list[dict[str, Any]], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 5), dpi=110)
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    ax.plot(
        [row["mean_score"] for row in table],
        [row["observed_rate"] for row in table],
        marker="o",
        color="#b3261e",
        label="Waspada",
    )
    for row in table:
        ax.annotate(
            str(row["n"]),
            (row["mean_score"], row["observed_rate"]),
            fontsize=7,
            xytext=(3, -9),
            textcoords="offset points",
        )
    ax.set_xlabel("mean predicted scam probability")
    ax.set_ylabel("observed share of scam ads")
    ax.set_title(title)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def leave_one_source_out(
    rows: pd.DataFrame,
    config: TrainConfig,
    thresholds: dict[str, float],
    progress: bool,
) -> dict[str, Any]:
    """Retrain the linear pipeline without each real source; test on all of it."""
    from training.corpus.split import leave_one_source_out as loso_splits

    results: dict[str, Any] = {}
    real_sources = sorted(
        s for s in rows["source"].unique() if s not in PROJECT_WRITTEN_SOURCES
    )
    params = dict(config.candidates.get("linear", {}))
    params.pop("kind", None)
    for source, train_index, test_index in tqdm(
        list(loso_splits(rows, sources=real_sources)),
        desc="leave-one-source-out",
        disable=not progress,
    ):
        train = rows.loc[train_index]
        test = rows.loc[test_index]
        if train["label"].nunique() < 2 or len(test) == 0:
            continue
        if len(train) > LOSO_MAX_TRAIN:
            train = train.groupby("label", group_keys=False).sample(
                frac=LOSO_MAX_TRAIN / len(train), random_state=config.seed
            )
        tick = time.monotonic()
        pipeline = build_linear_pipeline(**params, **config.features)
        pipeline.fit(prepare_all(train["text"].tolist(), False), train["label"])
        scores = pipeline.predict_proba(prepare_all(test["text"].tolist(), False))[:, 1]
        metrics = binary_metrics(test["label"], scores, thresholds)
        metrics["train_rows"] = len(train)
        metrics["seconds"] = round(time.monotonic() - tick, 1)
        results[str(source)] = metrics
    return results


def load_external(path: Path) -> tuple[pd.DataFrame, bool]:
    """A labelled file: JSONL/CSV/Parquet with text or ad fields and a label.

    EMSCAD's ``fake_job_postings.csv`` is recognised by its ``fraudulent``
    column and mapped onto the ad fields.
    """
    from model.ad import join_fields

    suffix = path.suffix.lower()
    if suffix == ".parquet":
        frame = pd.read_parquet(path)
    elif suffix in (".jsonl", ".json"):
        frame = pd.read_json(path, lines=suffix == ".jsonl")
    else:
        frame = pd.read_csv(path)
    is_emscad = "fraudulent" in frame.columns
    if is_emscad:
        frame = frame.rename(
            columns={
                "company_profile": "company",
                "salary_range": "salary",
                "fraudulent": "label",
            }
        )
    if "label" not in frame.columns:
        raise TrainingError(
            f"{path} has no 'label' (or EMSCAD 'fraudulent') column.",
            code="NO_LABEL_COLUMN",
        )
    records = frame.to_dict(orient="records")
    frame = pd.DataFrame(
        {
            "text": [
                join_fields({k: v for k, v in r.items() if isinstance(v, str)})
                for r in records
            ],
            "label": pd.to_numeric(frame["label"], errors="coerce"),
        }
    )
    frame = frame[frame["text"].str.strip().astype(bool) & frame["label"].notna()]
    frame["label"] = frame["label"].astype(int)
    return frame.reset_index(drop=True), is_emscad


def evaluate_external(
    path: Path, detector: Detector, config: TrainConfig, progress: bool
) -> dict[str, Any]:
    from sklearn.model_selection import StratifiedGroupKFold

    from training.corpus.dedup import assign_dup_groups

    frame, is_emscad = load_external(path)
    cuts = detector.thresholds
    served = detector.pipeline.predict_proba(
        prepare_all(frame["text"].tolist(), progress)
    )[:, 1]
    result: dict[str, Any] = {
        "file": str(path),
        "sha256": sha256_file(path),
        "rows": len(frame),
        "served_model": binary_metrics(frame["label"], served, cuts),
    }
    if not is_emscad or frame["label"].nunique() < 2:
        return result
    # EMSCAD repeats ads verbatim; whole duplicate groups stay on one side.
    groups = assign_dup_groups(frame["text"].tolist())
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=config.seed)
    train_index, test_index = next(folds.split(frame, frame["label"], groups))
    inner = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=config.seed + 1)
    fit_part, val_part = next(
        inner.split(train_index, frame["label"].iloc[train_index], groups[train_index])
    )
    fit_index, val_index = train_index[fit_part], train_index[val_part]
    params = {
        k: v for k, v in config.candidates.get("linear", {}).items() if k != "kind"
    }
    pipeline = build_linear_pipeline(**params, **config.features)
    texts = frame["text"].tolist()
    labels = frame["label"].to_numpy()
    prepared = prepare_all(texts, progress)
    pipeline.fit([prepared[i] for i in fit_index], labels[fit_index])
    val_scores = pipeline.predict_proba([prepared[i] for i in val_index])[:, 1]
    chosen = choose_thresholds(labels[val_index], val_scores)
    test_scores = pipeline.predict_proba([prepared[i] for i in test_index])[:, 1]
    result["emscad_grouped_split"] = {
        "protocol": "StratifiedGroupKFold fold 0 as test (20%), duplicate groups "
        "kept on one side; thresholds from an inner grouped validation fold",
        "published_baselines": EMSCAD_BASELINES,
        "test": binary_metrics(
            labels[test_index],
            test_scores,
            {
                "best_f1_on_validation": chosen["best_f1_threshold"],
                "high": chosen["high"],
            },
        ),
    }
    return result


def _model_corpus(
    config: TrainConfig, meta: dict[str, Any], corpus_path: Path | None, progress: bool
) -> tuple[Path, str, bool]:
    """The corpus file, its hash, and whether the model was trained on it."""
    corpus_file = ensure_corpus(
        config,
        corpus_path=corpus_path,
        data_root=None,
        work_dir=PROJECT_ROOT / "data" / "processed" / config.name,
        progress=progress,
    )
    corpus_sha = sha256_file(corpus_file)
    corpus_matches = corpus_sha == meta["data"]["corpus_sha256"]
    if not corpus_matches:
        log.warning(
            "The corpus at %s is not the one this model was trained on; the test "
            "split may overlap its training data.",
            corpus_file,
        )
    return corpus_file, corpus_sha, corpus_matches


def _calibration(test: pd.DataFrame, scores: np.ndarray, out_dir: Path) -> dict:
    """Brier score and reliability tables; the plot uses real ads if any."""
    reliability = reliability_table(test["label"], scores)
    real = ~test["source"].isin(PROJECT_WRITTEN_SOURCES)
    real_reliability = reliability_table(
        test.loc[real, "label"], scores[real.to_numpy()]
    )
    plot_path = out_dir / "reliability.png"
    reliability_plot(
        real_reliability or reliability,
        plot_path,
        "Reliability, real test ads" if real_reliability else "Reliability, test ads",
    )
    return {
        "brier_all": binary_metrics(test["label"], scores, {})["brier"],
        "reliability_all": reliability,
        "reliability_real_only": real_reliability,
        "plot": str(plot_path),
    }


def _doctype_section(
    detector: Detector, config: TrainConfig, loso: bool
) -> dict[str, Any]:
    from training.corpus.paths import resolve_data_root
    from training.eval_doctype import doctype_report

    return doctype_report(
        detector,
        data_root=resolve_data_root(None) if config.use_real_data else None,
        loso=loso,
        seed=config.seed,
    )


def _write_evaluation(report: dict[str, Any], out_dir: Path) -> None:
    json_path = out_dir / "evaluation.json"
    md_path = out_dir / "evaluation.md"
    report["paths"] = {"json": str(json_path), "markdown": str(md_path)}
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    md_path.write_text(render_evaluation(report), encoding="utf-8")


def evaluate(
    model_dir: Path,
    *,
    data: Path | None = None,
    out_dir: Path = Path("reports"),
    corpus_path: Path | None = None,
    loso: bool = True,
    progress: bool = True,
    heldout_sources: bool = False,
    heldout_model: Path | None = None,
) -> dict[str, Any]:
    started = time.monotonic()
    artifact = load_artifact(model_dir)
    detector = Detector(artifact)
    config = TrainConfig.model_validate(artifact.meta["config"])
    corpus_file, corpus_sha, corpus_matches = _model_corpus(
        config, artifact.meta, corpus_path, progress
    )
    rows = select_rows(pd.read_parquet(corpus_file), config)
    test = rows[rows["split"] == "test"]
    scores = detector.pipeline.predict_proba(
        prepare_all(test["text"].tolist(), progress)
    )[:, 1]
    cuts = detector.thresholds
    out_dir.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "model_version": detector.version,
        "model_dir": str(model_dir),
        "pipeline_sha256": sha256_file(model_dir / PIPELINE_FILE),
        "corpus_sha256": corpus_sha,
        "corpus_matches_model": corpus_matches,
        "split": "test split of the deduplicated corpus (stratified by source x "
        "label, near-duplicate groups kept on one side); never used for "
        "fitting, model selection or thresholds",
        "thresholds": cuts,
        "test": evaluate_groups(test, scores, cuts),
        "calibration": _calibration(test, scores, out_dir),
        "worst_errors": worst_errors(detector, test, scores),
        "entities": entity_report(detector),
        "robustness": robustness_report(detector),
    }
    if detector.doctype is not None:
        report["document_type"] = _doctype_section(detector, config, loso)
    if loso:
        report["leave_one_source_out"] = leave_one_source_out(
            rows, config, cuts, progress
        )
    if data is not None:
        report["external"] = evaluate_external(data, detector, config, progress)
    if heldout_sources or heldout_model is not None:
        from training.eval_sources import run_heldout

        report["heldout_sources"] = run_heldout(
            out_dir, model_dir=heldout_model, progress=progress
        )
    report["seconds"] = round(time.monotonic() - started, 1)
    _write_evaluation(report, out_dir)
    return report


def _header_lines(report: dict[str, Any]) -> list[str]:
    test = report["test"]
    return [
        f"# Evaluation of {report['model_version']}",
        "",
        f"- Pipeline SHA-256: `{report['pipeline_sha256']}` (the served model is "
        "the evaluated one when `/v1/model` shows the same hash)",
        f"- Corpus SHA-256: `{report['corpus_sha256']}` "
        f"(matches training corpus: {report['corpus_matches_model']})",
        f"- Split: {report['split']}",
        f"- Thresholds: high ≥ {report['thresholds']['high']:.4f}, "
        f"medium ≥ {report['thresholds']['medium']:.4f}",
        "",
        "## Held-out test split",
        "Synthetic ads never count alone; the real-only row is the headline.",
        "",
        metrics_table(
            {
                "overall": test["overall"],
                "real only": test["real_only"],
                "synthetic only": test["synthetic_only"],
            },
            "subset",
        ),
        "### By language",
        metrics_table(test["by_language"], "language"),
        "### By source",
        metrics_table(test["by_source"], "source"),
        "## Calibration",
        f"Brier score (all test ads): {report['calibration']['brier_all']}. "
        f"Reliability plot: `{Path(report['calibration']['plot']).name}`.",
        "",
    ]


def _external_lines(ext: dict[str, Any]) -> list[str]:
    lines = [
        "## External file",
        f"`{ext['file']}` ({ext['rows']} rows, SHA-256 `{ext['sha256'][:16]}…`)",
        "",
        metrics_table({"served model": ext["served_model"]}, "model"),
    ]
    if "emscad_grouped_split" in ext:
        emscad = ext["emscad_grouped_split"]
        lines += [
            f"EMSCAD grouped split: {emscad['protocol']}. Published baselines: "
            f"{emscad['published_baselines']}.",
            "",
            metrics_table({"EMSCAD test": emscad["test"]}, "data"),
        ]
    return lines


def _worst_error_lines(errors: list[dict[str, Any]]) -> list[str]:
    lines = ["## 20 worst errors", ""]
    for error in errors:
        lines.append(
            f"- **{error['kind']}** ({error['source']}, {error['lang']}, score "
            f"{error['score']}): {error['excerpt']}  \n  flags: "
            f"{', '.join(error['flags']) or 'none'}; words: "
            f"{', '.join(error['highlights']) or 'none'}"
        )
    return lines


def render_evaluation(report: dict[str, Any]) -> str:
    lines = _header_lines(report)
    if "leave_one_source_out" in report:
        lines += [
            "## Leave-one-source-out",
            "A linear model retrained without the source (and without "
            "near-duplicates of its ads), tested on all of that source. Sources "
            "with one class only report the share flagged (false-positive rate "
            "for legitimate-only sources, recall for scam-only ones).",
            "",
            metrics_table(report["leave_one_source_out"], "held-out source"),
        ]
    if "external" in report:
        lines += _external_lines(report["external"])
    if "heldout_sources" in report:
        from training.eval_sources import render_markdown as heldout_markdown

        lines += [heldout_markdown(report["heldout_sources"])]
    if "entities" in report:
        lines += entity_markdown(report["entities"])
    if "robustness" in report:
        lines += robustness_markdown(report["robustness"])
    if "document_type" in report:
        from training.eval_doctype import doctype_markdown

        lines += doctype_markdown(report["document_type"])
    lines += _worst_error_lines(report["worst_errors"])
    lines.append("")
    return "\n".join(lines)
