"""What the rules with a ``floor`` change: the same verdicts, floors off and on.

* the robustness slices (``data/slices/``): share medium or high per slice;
* the held-out document-type set: warnings and ``other`` texts medium or high
  (the floors must not raise them);
* the corpus's validation and test splits, per genre and label: medium or high;
* how often each floored rule fires on the corpus's real texts, per source and
  label (model-free: what a floor can reach at most).

Run: ``python -m training.eval_floors --model artifacts/default``
(``--corpus`` defaults to ``data/processed/default/corpus.parquet``, which
``make train`` writes). The figures in docs/robustness.md come from it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from model.detector import Detector
from training.common import PROJECT_ROOT, PROJECT_WRITTEN_SOURCES
from training.eval_robustness import load_slices

DEFAULT_CORPUS = PROJECT_ROOT / "data" / "processed" / "default" / "corpus.parquet"


def _flagged(detector: Detector, texts: Sequence[str], floors: bool) -> int:
    """How many of ``texts`` come out medium or high, with or without floors."""
    kept = detector.floors
    detector.floors = kept if floors else {}
    try:
        return sum(v.risk != "low" for v in detector.score(list(texts), explain=False))
    finally:
        detector.floors = kept


def _row(name: str, n: int, off: int, on: int) -> str:
    return f"| {name} | {n} | {off / n:.1%} | {on / n:.1%} |" if n else ""


def slice_lines(detector: Detector) -> list[str]:
    lines = ["| slice | n | floors off | floors on |", "|---|---:|---:|---:|"]
    for name, rows in load_slices().items():
        texts = [row["text"] for row in rows]
        off, on = (_flagged(detector, texts, floors) for floors in (False, True))
        lines.append(_row(name, len(texts), off, on))
    return lines


def doctype_lines(detector: Detector, data_root: Path | None) -> list[str]:
    from training.generate.doctype import build_doctype_data

    data = build_doctype_data(data_root, n_per_lang=100, seed=13)
    test = data[data["split"] == "test"]
    lines = ["| texts | n | floors off | floors on |", "|---|---:|---:|---:|"]
    for name in ("warning_or_news", "other", "other_scam_or_promo", "job_ad"):
        texts = test.loc[test["doctype"] == name, "text"].tolist()
        off, on = (_flagged(detector, texts, floors) for floors in (False, True))
        lines.append(_row(name, len(texts), off, on))
    return lines


def split_lines(detector: Detector, corpus: pd.DataFrame) -> list[str]:
    lines = ["| split, genre, label | n | floors off | floors on |"]
    lines.append("|---|---:|---:|---:|")
    held_out = corpus[corpus["split"].isin(["validation", "test"])]
    for (split, genre, label), part in held_out.groupby(["split", "genre", "label"]):
        texts = part["text"].tolist()
        off, on = (_flagged(detector, texts, floors) for floors in (False, True))
        lines.append(_row(f"{split}, {genre}, {label}", len(texts), off, on))
    return lines


def firing_lines(detector: Detector, corpus: pd.DataFrame) -> list[str]:
    real = corpus[~corpus["source"].isin(PROJECT_WRITTEN_SOURCES)]
    floored = sorted(detector.floors)
    lines = ["| source, label | n | " + " | ".join(floored) + " |"]
    lines.append("|---|---:|" + "---:|" * len(floored))
    for (source, label), part in real.groupby(["source", "label"]):
        counts = dict.fromkeys(floored, 0)
        for text in part["text"]:
            fired = detector.registry.fired(text)
            for rule_id in floored:
                counts[rule_id] += rule_id in fired
        cells = " | ".join(str(counts[rule_id]) for rule_id in floored)
        lines.append(f"| {source}, {label} | {len(part)} | {cells} |")
    return lines


def floors_markdown(
    detector: Detector, corpus: pd.DataFrame | None, data_root: Path | None
) -> list[str]:
    floors = ", ".join(f"`{r}` ({f})" for r, f in sorted(detector.floors.items()))
    out: list[str] = [
        f"# Rule floors: {detector.version}",
        "",
        f"Floors: {floors or 'none'}. Share medium or high, floors off and on.",
        "",
        "## Robustness slices",
        *slice_lines(detector),
        "",
        "## Held-out document-type set",
        *doctype_lines(detector, data_root),
    ]
    if corpus is not None:
        out += ["", "## Validation and test splits", *split_lines(detector, corpus)]
        out += ["", "## Floored rules firing on real texts (all splits)"]
        out += firing_lines(detector, corpus)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from training.corpus.paths import resolve_data_root

    parser = argparse.ArgumentParser(prog="python -m training.eval_floors")
    parser.add_argument("--model", required=True, help="artifact folder")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--data-root", type=Path, default=None)
    args = parser.parse_args(argv)
    detector = Detector.load(args.model)
    corpus = pd.read_parquet(args.corpus) if args.corpus.exists() else None
    lines = floors_markdown(detector, corpus, resolve_data_root(args.data_root))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
