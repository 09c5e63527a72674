"""`make bench`: run every benchmark and collect their Markdown into one file.

Speed and memory targets live here, not in timed tests: a benchmark reports
numbers on this machine, a test checks behaviour.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"

BENCHES: list[tuple[str, list[str]]] = [
    ("rules", ["bench_rules.py"]),
    ("rules_adversarial", ["bench_rules_adversarial.py"]),
    ("detector", ["bench_detector.py", "--model", "{model}"]),
    ("service", ["bench_service.py", "--model", "{model}"]),
    ("batch", ["bench_batch.py", "--model", "{model}"]),
    ("transformer", ["bench_transformer.py"]),
    ("entities", ["bench_entities.py"]),
    ("training parts", ["bench_training_parts.py", "--model", "{model}"]),
    ("langid", ["bench_langid.py"]),
    ("ocr", ["bench_ocr.py", "--model", "{model}"]),
    ("disguise", ["bench_disguise.py"]),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="artifacts/default")
    parser.add_argument("--only", nargs="*", help="names of benchmarks to run")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    failures = []
    sections = []
    for name, command in BENCHES:
        if args.only and name not in args.only:
            continue
        script = HERE / command[0]
        if not script.is_file():
            print(f"-- {name}: {script.name} missing, skipped", file=sys.stderr)
            continue
        cmd = [sys.executable, str(script)] + [
            part.format(model=args.model) for part in command[1:]
        ]
        print(f"== {name}: {' '.join(cmd)}", file=sys.stderr, flush=True)
        started = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.monotonic() - started
        sys.stderr.write(proc.stderr[-2000:])
        print(proc.stdout)
        if proc.returncode != 0:
            failures.append(name)
        sections.append(
            f"## {name} ({seconds:.0f} s, exit {proc.returncode})\n\n{proc.stdout}\n"
        )
    summary = RESULTS / "summary.md"
    summary.write_text("# Benchmarks\n\n" + "\n".join(sections), encoding="utf-8")
    print(f"Wrote {summary}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
