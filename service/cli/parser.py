"""The `waspada` argument parser: one small function per subcommand."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from service.cli.commands import (
    DEFAULT_MODEL_DIR,
    cmd_campaigns,
    cmd_cases,
    cmd_data_build,
    cmd_data_export_redistributable,
    cmd_db_upgrade,
    cmd_evaluate,
    cmd_explain,
    cmd_export_onnx,
    cmd_ocr_eval,
    cmd_rules,
    cmd_score,
    cmd_serve,
    cmd_tiers,
    cmd_train,
)


def add_store_commands(sub: Any) -> None:
    """`waspada db upgrade`, `waspada cases export|purge` (docs/cases.md)."""
    url_help = "database URL (default: WASPADA_DATABASE_URL or the local SQLite file)"
    db = sub.add_parser("db", help="case database commands")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_up = db_sub.add_parser("upgrade", help="apply the database migrations")
    db_up.add_argument("--database-url", help=url_help)
    db_up.add_argument("--revision", default="head")
    db_up.set_defaults(func=cmd_db_upgrade)

    cases = sub.add_parser("cases", help="reviewed cases: export, retention")
    cases_sub = cases.add_subparsers(dest="cases_command", required=True)
    export = cases_sub.add_parser("export", help="write cases as JSON Lines")
    export.add_argument("--out", required=True, help="JSONL file, or - for stdout")
    export.add_argument(
        "--all", action="store_true", help="include cases nobody has reviewed"
    )
    export.add_argument("--database-url", help=url_help)
    export.set_defaults(func=cmd_cases)
    purge = cases_sub.add_parser(
        "purge", help="erase case texts older than the retention period"
    )
    purge.add_argument(
        "--days",
        type=int,
        help="retention in days (default WASPADA_TEXT_RETENTION_DAYS)",
    )
    purge.add_argument("--database-url", help=url_help)
    purge.set_defaults(func=cmd_cases)


def package_version() -> str:
    """The installed distribution's version (the source tree's when not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("waspada")
    except PackageNotFoundError:
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="waspada",
        description="Flag job ads that are likely scam-compound or online-gambling "
        "recruitment fronts.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument(
        "--version", action="version", version=f"waspada {package_version()}"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    # In this order in `waspada --help`.
    add_train_command(sub)
    add_evaluate_command(sub)
    add_tiers_command(sub)
    add_export_onnx_command(sub)
    add_ocr_eval_command(sub)
    add_score_command(sub)
    add_explain_command(sub)
    add_campaigns_command(sub)
    add_serve_command(sub)
    add_rules_command(sub)
    add_data_commands(sub)
    return parser


def add_train_command(sub: Any) -> None:
    train = sub.add_parser("train", help="build a model artifact folder")
    train.add_argument("--config", help="training config YAML (default: built-in)")
    train.add_argument("--out", default=str(DEFAULT_MODEL_DIR), help="artifact folder")
    train.add_argument("--corpus", help="use this corpus.parquet instead of building")
    train.add_argument("--data-dir", help="folder holding the real datasets")
    train.add_argument(
        "--reviewed",
        help="reviewed cases from `waspada cases export` (default: "
        "$WASPADA_REVIEWED_CASES or data/reviewed/cases.jsonl when present)",
    )
    train.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    train.set_defaults(func=cmd_train)


def add_evaluate_command(sub: Any) -> None:
    evaluate = sub.add_parser("evaluate", help="write an evaluation report")
    evaluate.add_argument("--model", help="artifact folder (default artifacts/default)")
    evaluate.add_argument(
        "--data", help="extra labelled file, e.g. EMSCAD fake_job_postings.csv"
    )
    evaluate.add_argument("--corpus", help="corpus.parquet (default: the model's)")
    evaluate.add_argument("--out", default="reports", help="report folder")
    evaluate.add_argument(
        "--no-loso", action="store_true", help="skip leave-one-source-out retraining"
    )
    evaluate.add_argument(
        "--heldout-sources",
        action="store_true",
        help="train the fresh-machine default (redistributable + generated data "
        "only) and report its false alarms on every real source it never saw",
    )
    evaluate.add_argument(
        "--heldout-model", help="with --heldout-sources: evaluate this model instead"
    )
    evaluate.add_argument("-q", "--quiet", action="store_true")
    evaluate.set_defaults(func=cmd_evaluate)


def add_tiers_command(sub: Any) -> None:
    tiers = sub.add_parser(
        "tiers", help="compare the linear model with the transformer tiers"
    )
    # training.tiers costs 2 s to import: building the parser must stay instant.
    tiers.add_argument(
        "--config", type=Path, help="training config (default: built-in)"
    )
    tiers.add_argument(
        "--settings", type=Path, help="comparison settings (threads, caps, targets)"
    )
    tiers.add_argument("--corpus", type=Path, help="corpus parquet")
    tiers.add_argument("--max-train", type=int, default=1500)
    tiers.add_argument("--max-eval", type=int, default=600)
    tiers.add_argument(
        "--tiers",
        default="linear,minilm_lr,e5_lr,finetune,ensemble",
        help="comma-separated tiers (default: %(default)s)",
    )
    tiers.add_argument("--out", type=Path, default=Path("reports"))
    tiers.add_argument("-q", "--quiet", action="store_true")
    tiers.set_defaults(func=cmd_tiers)


def add_export_onnx_command(sub: Any) -> None:
    onnx = sub.add_parser(
        "export-onnx",
        help="export a sentence encoder to ONNX (fp32 + int8) for the embedding tier",
    )
    onnx.add_argument("--out", required=True, help="output directory")
    onnx.add_argument(
        "--model-path",
        default=None,
        help="local Hugging Face directory or package (default: MiniLM)",
    )
    onnx.add_argument("--no-quantize", action="store_true", help="skip int8")
    onnx.add_argument("--opset", type=int, default=17, help="ONNX opset (default 17)")
    onnx.set_defaults(func=cmd_export_onnx)


def add_ocr_eval_command(sub: Any) -> None:
    ocr = sub.add_parser(
        "ocr-eval", help="OCR accuracy, time and verdict agreement on drawn flyers"
    )
    ocr.add_argument("--model", help="model artifact (verdict agreement)")
    ocr.add_argument("--engines", nargs="+", default=["rapidocr", "tesseract"])
    ocr.add_argument("--per-language", type=int, default=8, help="real ads each")
    ocr.add_argument("--limit", type=int, help="most ads per language")
    ocr.add_argument("--languages", nargs="+", help="only these languages")
    ocr.add_argument("--out", type=Path, default=Path("reports/ocr"))
    ocr.set_defaults(func=cmd_ocr_eval)


def add_score_command(sub: Any) -> None:
    score = sub.add_parser(
        "score",
        help="score a file of ads (JSONL, CSV, Parquet)",
        description="Score a file of job ads. INPUT and OUTPUT are JSON Lines, "
        "CSV or Parquet (by extension; - is JSON Lines on stdin/stdout). Every "
        "input row gets one output row (id, score, risk, flags, error), in input "
        "order.",
    )
    _add_score_files(score)
    _add_score_content(score)
    _add_score_running(score)
    score.set_defaults(func=cmd_score)


def _add_score_files(score: argparse.ArgumentParser) -> None:
    """What to read, where to write, with which model and how many workers."""
    from service.batch_options import DEFAULT_CHUNK_SIZE

    score.add_argument("input", metavar="INPUT", help="ads to score, or - (stdin)")
    score.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="OUTPUT",
        help="where to write the scores (default: - = stdout, JSON Lines)",
    )
    score.add_argument(
        "--model",
        default=None,
        metavar="DIR",
        help="model artifact folder (default: $WASPADA_MODEL_PATH or "
        "artifacts/default)",
    )
    score.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: all cores; 1 = no subprocesses)",
    )
    score.add_argument(
        "--chunk-size",
        type=_positive_int,
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help=f"rows per work unit (default {DEFAULT_CHUNK_SIZE})",
    )


def _add_score_content(score: argparse.ArgumentParser) -> None:
    """What each output row holds, which rows are written, which columns read."""
    from service.batch_options import ENTITY_MODES, EXPLANATION_LANGUAGES, RISK_LEVELS

    score.add_argument(
        "--explain",
        action="store_true",
        help="add an 'explanation' column: each flag's title, message, weight "
        "and evidence spans, plus the model's highlights (slower)",
    )
    score.add_argument(
        "--lang",
        choices=EXPLANATION_LANGUAGES,
        default="en",
        help="language of the explanation messages (default en)",
    )
    score.add_argument(
        "--entities",
        choices=ENTITY_MODES,
        default="flagged",
        help="which rows list the contacts, places, pay and organisations the "
        "ad names in the 'entities' column: none, flagged (medium/high rows, "
        "the default: clean postings cost nothing extra) or all",
    )
    score.add_argument(
        "--assume-job-ad",
        action="store_true",
        help="score every row as a job ad: no NOT_A_JOB_AD override for "
        "warnings, news, promotions or listings (document_type is still set)",
    )
    score.add_argument(
        "--min-risk",
        choices=RISK_LEVELS,
        default=None,
        help="write only rows at or above this risk (and rows with an error); "
        "the summary still counts every input row",
    )
    score.add_argument(
        "--fields",
        action="append",
        default=None,
        metavar="OURS=THEIRS[,...]",
        help="read a field from a differently named column, e.g. "
        "--fields id=job_id,description=body (repeatable)",
    )


def _add_score_running(score: argparse.ArgumentParser) -> None:
    """Resuming, reporting, the Dask cluster, raw CSV and the test hooks."""
    score.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run into the same OUTPUT",
    )
    score.add_argument(
        "--summary",
        default=None,
        metavar="FILE",
        help="also write the run summary (rows, errors by code, risk counts) "
        "as JSON to FILE",
    )
    score.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary on stderr",
    )
    score.add_argument(
        "--dask",
        nargs="?",
        const="local",
        default=None,
        metavar="ADDRESS",
        help="score on a dask.distributed cluster: a LocalCluster with --workers "
        "processes, or the scheduler at ADDRESS (e.g. tcp://10.0.0.5:8786)",
    )
    score.add_argument(
        "--csv-raw",
        action="store_true",
        help="CSV output for programs: write text cells verbatim instead of "
        "prefixing those a spreadsheet would run as a formula (=, +, -, @, "
        "tab, CR) with '",
    )
    # Test hook: commit at least N input rows, then stop as if killed.
    score.add_argument("--stop-after", type=int, default=None, help=argparse.SUPPRESS)
    # Test hook: rows per Parquet part file (the resume granularity).
    score.add_argument(
        "--part-rows", type=_positive_int, default=None, help=argparse.SUPPRESS
    )


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def add_explain_command(sub: Any) -> None:
    explain = sub.add_parser("explain", help="print the verdict and its reasons")
    explain.add_argument("text", help="the ad text, or - to read it from stdin")
    explain.add_argument("--model", help="artifact folder")
    explain.add_argument("--lang", choices=["en", "id"], default="en")
    explain.add_argument(
        "--json", action="store_true", help="print the verdict as the API's JSON"
    )
    explain.add_argument(
        "--assume-job-ad",
        action="store_true",
        help="give the scam score even if the text is not a job ad",
    )
    explain.set_defaults(func=cmd_explain)


def add_campaigns_command(sub: Any) -> None:
    campaigns = sub.add_parser(
        "campaigns",
        help="group scored postings into recruiters' campaigns (tables + HTML)",
        description="Group postings that share a contact or link, or whose "
        "texts are near copies. SCORED is a file written by `waspada score` "
        "(use --entities all there to see every posting's contacts).",
    )
    campaigns.add_argument("scored", metavar="SCORED", help="scored JSONL/CSV/Parquet")
    campaigns.add_argument("-o", "--out", required=True, help="output folder")
    campaigns.add_argument(
        "--ads",
        default=None,
        metavar="INPUT",
        help="the ads that were scored (joined by id) for their text, dates "
        "and platform: near-duplicate texts then link postings too",
    )
    campaigns.add_argument(
        "--threshold",
        type=float,
        default=0.7,
        help="Jaccard similarity of word 3-grams above which two texts are "
        "near copies (default 0.7)",
    )
    campaigns.add_argument(
        "--min-size", type=int, default=2, help="smallest campaign listed (default 2)"
    )
    campaigns.add_argument(
        "--no-text", action="store_true", help="link by contacts and links only"
    )
    campaigns.add_argument(
        "--dask",
        nargs="?",
        const="local",
        default=None,
        metavar="ADDRESS",
        help="group on a dask.distributed cluster, for inputs larger than memory "
        "(SCORED may then be a glob or a folder of Parquet files): a LocalCluster "
        "with --workers processes, or the scheduler at ADDRESS",
    )
    campaigns.add_argument(
        "--workers", type=int, default=2, help="LocalCluster processes (default 2)"
    )
    campaigns.add_argument("-q", "--quiet", action="store_true")
    campaigns.set_defaults(func=cmd_campaigns)


def add_serve_command(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the HTTP API and web page")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--model", help="artifact folder")
    serve.set_defaults(func=cmd_serve)


def add_rules_command(sub: Any) -> None:
    rules = sub.add_parser("rules", help="list the red-flag rules")
    rules.add_argument("--lang", choices=["en", "id"], default="en")
    rules.set_defaults(func=cmd_rules)


def add_data_commands(sub: Any) -> None:
    """`waspada data build|export-redistributable`, then the store's commands."""
    data = sub.add_parser("data", help="corpus commands")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    build = data_sub.add_parser("build", help="build the processed corpus + data card")
    build.add_argument("--data-dir", help="folder holding the real datasets")
    build.add_argument("--out", default="data/processed", help="output folder")
    build.add_argument("--synthetic", type=int, default=4000, help="generated ads")
    build.add_argument("--seed", type=int, default=13)
    build.add_argument(
        "--no-redistributable",
        action="store_true",
        help="do not read data/redistributable/ for datasets the data dir lacks",
    )
    build.add_argument("-q", "--quiet", action="store_true")
    build.set_defaults(func=cmd_data_build)
    add_store_commands(sub)

    shipped = data_sub.add_parser(
        "export-redistributable",
        help="rebuild data/redistributable/ (the datasets whose licences allow "
        "shipping them) from the curated dataset folders",
    )
    shipped.add_argument("--from", dest="source", default="../shared/data")
    shipped.add_argument("--out", default="data/redistributable")
    shipped.set_defaults(func=cmd_data_export_redistributable)
