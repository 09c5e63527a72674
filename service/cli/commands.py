"""What each `waspada` subcommand does once its arguments are parsed.

Each command imports what it needs when it runs, so `waspada score` never
pays for training's imports and `waspada --help` is instant. Only this
package (service.cli) sees an ``argparse.Namespace``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.batch_options import ScoreOptions

DEFAULT_MODEL_DIR = Path("artifacts/default")


def _model_dir(value: str | None) -> Path:
    return Path(value or os.environ.get("WASPADA_MODEL_PATH") or DEFAULT_MODEL_DIR)


def _progress_wanted(args: argparse.Namespace) -> bool:
    return not getattr(args, "quiet", False) and sys.stderr.isatty()


def cmd_train(args: argparse.Namespace) -> int:
    from training.config import load_config
    from training.train import train

    config = load_config(args.config)
    out = Path(args.out)
    print(f"Training '{config.name}' into {out} …", file=sys.stderr)
    result = train(
        config,
        out,
        corpus_path=Path(args.corpus) if args.corpus else None,
        data_root=Path(args.data_dir) if args.data_dir else None,
        progress=_progress_wanted(args) or not args.quiet,
        reviewed_path=Path(args.reviewed) if args.reviewed else None,
    )
    meta = result.meta
    test = meta["metrics"]["test"]
    real = test["real_only"]
    print(f"Model {meta['model_version']} written to {out}")
    print(
        f"  selected: {result.selected}; thresholds "
        f"high={meta['thresholds']['high']:.3f} "
        f"medium={meta['thresholds']['medium']:.3f}"
    )
    print(f"  test PR-AUC all={test['overall']['pr_auc']} real-only={real['pr_auc']}")
    if meta["data"]["synthetic_only"]:
        print(
            "  WARNING: no real dataset was found, so this model learned from the "
            "project's generated and seed ads only and is WEAKER. Put the datasets "
            "in data/raw/ (see data/README.md) or set WASPADA_DATA_DIR, then run "
            "`make train` again.",
            file=sys.stderr,
        )
    elif not (meta.get("training_data") or {}).get("full_real_data", True):
        print(
            "  NOTE: this model learned from "
            f"{meta['training_data']['summary']}; it lacks the full real data and "
            "raises more false alarms on real job boards (docs/fresh-machine.md).",
            file=sys.stderr,
        )
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from training.evaluate import evaluate

    report = evaluate(
        _model_dir(args.model),
        data=Path(args.data) if args.data else None,
        out_dir=Path(args.out),
        corpus_path=Path(args.corpus) if args.corpus else None,
        loso=not args.no_loso,
        progress=not args.quiet,
        heldout_sources=args.heldout_sources,
        heldout_model=Path(args.heldout_model) if args.heldout_model else None,
    )
    print(
        f"Evaluation report: {report['paths']['markdown']} and "
        f"{report['paths']['json']}"
    )
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from model.detector import Detector
    from model.errors import WaspadaError
    from service.explain_text import format_verdict

    text = args.text if args.text != "-" else sys.stdin.read()
    try:
        detector = Detector.load(_model_dir(args.model))
        verdict = detector.score_one(
            text,
            explain=True,
            message_language=args.lang,
            entities="all",
            assume_job_ad=args.assume_job_ad,
        )
    except WaspadaError as error:
        print(f"error [{error.code}]: {error.message}", file=sys.stderr)
        return 2
    if args.json:
        from model.verdict import verdict_record

        print(json.dumps(verdict_record(verdict), ensure_ascii=False, indent=2))
    else:
        print(format_verdict(verdict, detector, lang=args.lang))
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from model.rules.registry import RuleRegistry, format_rules_listing

    registry = RuleRegistry.default()
    print(format_rules_listing(registry, lang=args.lang))
    return 0


def cmd_data_build(args: argparse.Namespace) -> int:
    from training.corpus.build import build_corpus, format_summary
    from training.corpus.paths import REDISTRIBUTABLE_DIR, resolve_data_root

    root = resolve_data_root(args.data_dir)
    shipped = None if args.no_redistributable else REDISTRIBUTABLE_DIR
    if root is None:
        print(
            "No real datasets found (WASPADA_DATA_DIR, data/raw/, ../shared/data/). "
            + (
                "Building from the project's redistributable subset of the real "
                "data and generated ads only"
                if shipped
                else "Building a synthetic-only corpus"
            )
            + "; see data/README.md to add the real datasets.",
            file=sys.stderr,
        )
    result = build_corpus(
        root,
        Path(args.out),
        synthetic_n=args.synthetic,
        seed=args.seed,
        progress=not args.quiet,
        redistributable_root=shipped,
    )
    print(format_summary(result))
    return 0


def cmd_data_export_redistributable(args: argparse.Namespace) -> int:
    from model.artifact import sha256_file
    from training.corpus.redistributable import export

    out = Path(args.out)
    for folder, rows in export(Path(args.source), out).items():
        files = ", ".join(
            f"{p.name} {sha256_file(p)[:12]}"
            for p in sorted((out / folder).glob("*.gz"))
        )
        print(f"{folder}: {rows} rows ({files})")
    return 0


def cmd_tiers(args: argparse.Namespace) -> int:
    from training.config import DEFAULT_CONFIG
    from training.tiers import SETTINGS_PATH, compare_tiers

    report = compare_tiers(
        args.config or DEFAULT_CONFIG,
        max_train=args.max_train,
        max_eval=args.max_eval,
        tiers=[name.strip() for name in str(args.tiers).split(",") if name.strip()],
        out_dir=args.out,
        progress=not args.quiet,
        settings_path=args.settings or SETTINGS_PATH,
        corpus_path=args.corpus,
    )
    print(report["decision"]["summary"])
    print(f"Report: {args.out / 'tiers.md'}")
    return 0


def cmd_export_onnx(args: argparse.Namespace) -> int:
    from training.onnx_export import export_onnx

    report = export_onnx(
        args.out, args.model_path, quantize=not args.no_quantize, opset=args.opset
    )
    print(json.dumps(report, indent=2))
    return 0


def cmd_ocr_eval(args: argparse.Namespace) -> int:
    from training.ocr_images import run

    print(
        run(
            args.out,
            model=args.model,
            engines=args.engines,
            per_language=args.per_language,
            limit=args.limit,
            languages=args.languages,
        )
    )
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from service.batch import run_score

    return run_score(score_options(args))


def score_options(args: argparse.Namespace) -> ScoreOptions:
    """The `waspada score` arguments as the typed options ``run_score`` takes."""
    from service.batch_options import ScoreOptions

    return ScoreOptions(
        input=args.input,
        output=args.output,
        model=args.model,
        workers=args.workers,
        chunk_size=args.chunk_size,
        explain=args.explain,
        lang=args.lang,
        entities=args.entities,
        assume_job_ad=args.assume_job_ad,
        min_risk=args.min_risk,
        fields=tuple(args.fields or ()),
        resume=args.resume,
        summary=args.summary,
        quiet=args.quiet,
        dask=args.dask,
        csv_raw=args.csv_raw,
        stop_after=args.stop_after,
        part_rows=args.part_rows,
    )


def cmd_campaigns(args: argparse.Namespace) -> int:
    from service.campaigns import CampaignInputError, CampaignRun, execute
    from service.campaigns_dask import execute_dask

    run = CampaignRun(
        scored=args.scored,
        out=args.out,
        ads=args.ads,
        threshold=args.threshold,
        min_size=args.min_size,
        texts=not args.no_text,
        progress=not args.quiet and sys.stderr.isatty(),
        dask=args.dask,
        workers=args.workers,
    )
    try:
        summary = execute_dask(run) if run.dask is not None else execute(run)
    except CampaignInputError as error:
        print(f"error [{error.code}]: {error.message}", file=sys.stderr)
        return 2
    if not args.quiet:
        report = Path(args.out) / "campaigns.html"
        print(
            f"{summary['campaigns']:,} campaigns from {summary['postings']:,} "
            f"postings in {summary['seconds']} s; report: {report}",
            file=sys.stderr,
        )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from service.server import serve

    serve(host=args.host, port=args.port, model_path=args.model)
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from service.store.commands import db_upgrade

    print(db_upgrade(args.database_url, args.revision))
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from service.store import commands

    if args.cases_command == "purge":
        print(commands.cases_purge(args.database_url, args.days))
        return 0
    count = commands.cases_export(
        args.out, args.database_url, include_unreviewed=args.all
    )
    print(f"{count:,} cases exported to {args.out}", file=sys.stderr)
    return 0
