"""The `waspada` front door, run as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

WASPADA = [sys.executable, "-m", "service.cli"]
PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCAM = (
    "Loker CS online Kamboja, gaji 15jt, tanpa pengalaman, tiket PP ditanggung. "
    "Paspor dipegang perusahaan. DM Telegram @hrd_kh"
)


def run(
    *args: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*WASPADA, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, **env},
        timeout=300,
    )


def test_help_lists_every_contract_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("train", "evaluate", "score", "explain", "serve", "rules"):
        assert command in result.stdout


def test_version_is_the_installed_distribution() -> None:
    from importlib.metadata import version

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"waspada {version('waspada')}"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "HIGH RISK|MEDIUM RISK"), ("id", "RISIKO TINGGI|RISIKO SEDANG")],
)
def test_explain_prints_a_verdict_with_reasons(
    tiny_model_dir: Path, lang: str, expected: str
) -> None:
    result = run("explain", SCAM, "--model", str(tiny_model_dir), "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert any(word in result.stdout for word in expected.split("|"))
    assert "passport_handover.v1" in result.stdout


def test_explain_reads_stdin(tiny_model_dir: Path) -> None:
    result = run("explain", "-", "--model", str(tiny_model_dir), stdin=SCAM)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["explain", "   "], "EMPTY_AD"),
        (["explain", "hello", "--model", "/nonexistent/model"], "MODEL_NOT_FOUND"),
    ],
)
def test_errors_are_one_line_with_a_stable_code(
    tiny_model_dir: Path, args: list[str], code: str
) -> None:
    if "--model" not in args:
        args = [*args, "--model", str(tiny_model_dir)]
    result = run(*args)
    assert result.returncode == 2
    assert f"[{code}]" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("config", "code"),
    [
        ("/nonexistent/config.yaml", "CONFIG_NOT_FOUND"),
        ("pyproject.toml", "CONFIG_INVALID"),
    ],
)
def test_training_errors_are_codes_not_tracebacks(
    tmp_path: Path, config: str, code: str
) -> None:
    result = run("train", "--config", config, "--out", str(tmp_path / "model"))
    assert result.returncode == 2
    assert f"error [{code}]" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("lang", ["en", "id"])
def test_rules_lists_every_rule(lang: str) -> None:
    from model.rules.registry import RuleRegistry

    result = run("rules", "--lang", lang)
    assert result.returncode == 0
    for rule in RuleRegistry.default().rules:
        assert rule.id in result.stdout


def test_data_build_without_real_data_says_so(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    empty = tmp_path / "no-data"
    empty.mkdir()
    result = run(
        "data",
        "build",
        "--out",
        str(out),
        "--synthetic",
        "200",
        "-q",
        "--data-dir",
        str(empty),
        "--no-redistributable",
    )
    assert result.returncode == 0, result.stderr
    assert (out / "corpus.parquet").is_file()
    card = json.loads((out / "data_card.json").read_text())
    assert card["synthetic_only"] is True
    assert card["dataset_origin"] == {}


def wait_until_it_catches(pid: int, signum: int) -> None:
    # Before its handler is installed a SIGUSR1 would end the process.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status = Path(f"/proc/{pid}/status").read_text()
        caught = next(line for line in status.splitlines() if line.startswith("SigCgt"))
        if int(caught.split()[1], 16) >> (signum - 1) & 1:
            return
        time.sleep(0.05)
    pytest.fail("the handler was never installed")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigusr1_prints_every_threads_stack_and_the_run_goes_on(
    tiny_model_dir: Path,
) -> None:
    # The way to see where a long batch run waits, without stopping it.
    process = subprocess.Popen(
        [*WASPADA, "score", "-", "-o", "-", "--model", str(tiny_model_dir), "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=PROJECT_ROOT,
        text=True,
    )
    assert process.stdin is not None and process.stderr is not None
    process.stdin.write(json.dumps({"id": "a", "text": SCAM}) + "\n")
    process.stdin.flush()
    wait_until_it_catches(process.pid, signal.SIGUSR1)
    process.send_signal(signal.SIGUSR1)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert "most recent call first" in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a"]
