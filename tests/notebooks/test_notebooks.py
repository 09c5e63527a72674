"""The notebooks run clean, headless, and are committed without outputs.

Each notebook is executed with nbclient (``timeout=180`` s per cell); any cell
error fails the test. They run against the ``tiny_model_dir`` fixture and its
corpus (fast, no real data needed), and, when the real datasets are present
(``resolve_data_root()``), 01 and 02 also run on a real corpus built for the
test (skipped, with the reason, if the build does not finish in time).

Kernel: the test writes a kernel spec into a temporary directory whose
``argv`` is *this* interpreter (``sys.executable -m ipykernel_launcher``) and
puts that directory first on ``JUPYTER_PATH``. Nothing is installed globally,
and a user-level ``python3`` kernel pointing at another Python cannot be
picked up by mistake. The notebooks' own metadata names ``python3``, which
``make notebooks`` resolves to the venv's kernel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
NOTEBOOKS = ("01_corpus", "02_red_flags", "03_model")
CORPUS_NOTEBOOKS = ("01_corpus", "02_red_flags")

CELL_TIMEOUT = 180  # seconds per cell; nbclient fails the cell past it
NOTEBOOK_BUDGET = 180  # seconds a whole notebook should take (warned, not failed)
REAL_BUILD_TIMEOUT = 150  # seconds allowed to build the real corpus for the test
KERNEL_NAME = "waspada-nbtest"

# Environment variables the notebooks read; cleared so a developer's settings
# cannot change what the test runs.
NOTEBOOK_ENV = (
    "WASPADA_CORPUS",
    "WASPADA_MODEL_PATH",
    "WASPADA_EVAL_LOSO",
    "WASPADA_EVAL_REPORT",
    "WASPADA_RULES_MAX_PER_SOURCE",
    "WASPADA_NB_FIGDIR",
)


@pytest.fixture(scope="session")
def kernel_name(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A kernel spec for this interpreter, found through ``JUPYTER_PATH``."""
    root = tmp_path_factory.mktemp("jupyter")
    spec_dir = root / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Waspada notebook tests",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        previous = os.environ.get("JUPYTER_PATH")
        patch.setenv(
            "JUPYTER_PATH", os.pathsep.join(p for p in (str(root), previous) if p)
        )
        yield KERNEL_NAME


def tiny_corpus(model_dir: Path) -> Path:
    corpus = model_dir.parent / "corpus" / "corpus.parquet"
    if not corpus.is_file():
        pytest.skip(f"the tiny model's corpus is not at {corpus}")
    return corpus


def run_notebook(
    name: str, kernel: str, env: dict[str, str], out_dir: Path
) -> tuple[nbformat.NotebookNode, float]:
    """Execute ``notebooks/<name>.ipynb``; returns the executed copy and seconds.

    The executed copy is also written to ``out_dir`` so a failure can be read.
    """
    notebook = nbformat.read(NOTEBOOK_DIR / f"{name}.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        startup_timeout=120,
        kernel_name=kernel,
        allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    full_env = {k: v for k, v in os.environ.items() if k not in NOTEBOOK_ENV}
    full_env.update(env)
    full_env.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    started = time.perf_counter()
    try:
        client.execute(env=full_env)
    finally:
        out_dir.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, out_dir / f"{name}.ipynb")
    seconds = time.perf_counter() - started
    print(f"{name}: {seconds:.1f} s on {env.get('WASPADA_CORPUS')}")
    if seconds > NOTEBOOK_BUDGET:
        warnings.warn(
            f"{name} took {seconds:.0f} s, over its {NOTEBOOK_BUDGET} s budget",
            stacklevel=2,
        )
    return notebook, seconds


def outputs(notebook: nbformat.NotebookNode, output_type: str) -> list[dict]:
    return [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.get("output_type") == output_type
    ]


def images(notebook: nbformat.NotebookNode) -> int:
    return sum(
        "image/png" in output.get("data", {})
        for kind in ("display_data", "execute_result")
        for output in outputs(notebook, kind)
    )


# --- the committed files ------------------------------------------------------


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_notebook_has_no_outputs(name: str) -> None:
    notebook = nbformat.read(NOTEBOOK_DIR / f"{name}.ipynb", as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code, f"{name} has no code cells"
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        assert cell.outputs == [], f"{name} cell {index} has outputs: strip them"
        assert cell.execution_count is None, f"{name} cell {index} has a count"
        assert "execution" not in cell.metadata, f"{name} cell {index} has timings"
    assert "widgets" not in notebook.metadata
    assert notebook.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_reads_parameters_from_environment_first(name: str) -> None:
    notebook = nbformat.read(NOTEBOOK_DIR / f"{name}.ipynb", as_version=4)
    first = next(cell for cell in notebook.cells if cell.cell_type == "code")
    assert "os.environ" in first.source
    assert "parameters" in first.metadata.get("tags", [])
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert "os.environ" not in cell.source or cell is first, (
                f"{name}: read environment variables in the first cell only"
            )


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_defines_no_functions(name: str) -> None:
    """Logic lives in the project's modules (or nbhelpers for plots), not here."""
    notebook = nbformat.read(NOTEBOOK_DIR / f"{name}.ipynb", as_version=4)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            lines = cell.source.splitlines()
            assert not any(
                line.lstrip().startswith(("def ", "class ")) for line in lines
            ), (
                f"{name} cell {index} defines a function or class: move it to the "
                "project's modules (pipeline logic) or notebooks/nbhelpers.py (plots)"
            )


def test_pre_commit_strips_notebook_outputs() -> None:
    config = (PROJECT_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "nbstripout" in config


# --- execution on the tiny model --------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_on_tiny_model(
    name: str, kernel_name: str, tiny_model_dir: Path, tmp_path: Path
) -> None:
    env = {
        "WASPADA_CORPUS": str(tiny_corpus(tiny_model_dir)),
        "WASPADA_MODEL_PATH": str(tiny_model_dir),
        "WASPADA_EVAL_LOSO": "1",
        "WASPADA_EVAL_REPORT": str(tmp_path / "no-report.json"),
        "WASPADA_RULES_MAX_PER_SOURCE": "300",
    }
    notebook, _ = run_notebook(name, kernel_name, env, tmp_path / "executed")
    assert not outputs(notebook, "error")
    assert images(notebook) >= 2, f"{name} drew fewer figures than expected"


# --- execution on a real corpus ----------------------------------------------------


@pytest.fixture(scope="session")
def real_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus built from the real datasets, or a skip saying why not.

    ``$WASPADA_NB_REAL_CORPUS`` names an existing real corpus to reuse.
    """
    reuse = os.environ.get("WASPADA_NB_REAL_CORPUS")
    if reuse and Path(reuse).is_file():
        return Path(reuse)
    from training.corpus.paths import resolve_data_root

    try:
        root = resolve_data_root()
    except Exception as exc:  # a named data directory that does not exist
        pytest.skip(f"real datasets unavailable: {exc}")
    if root is None:
        pytest.skip("real datasets not found (WASPADA_DATA_DIR, data/raw, ../shared)")
    out = tmp_path_factory.mktemp("real-corpus")
    command = [
        sys.executable,
        "-m",
        "service.cli",
        "data",
        "build",
        "--data-dir",
        str(root),
        "--out",
        str(out),
        "-q",
    ]
    started = time.perf_counter()
    try:
        subprocess.run(
            command,
            cwd=PROJECT_ROOT,
            check=True,
            capture_output=True,
            text=True,
            timeout=REAL_BUILD_TIMEOUT,
        )
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"building the real corpus failed:\n{exc.stderr[-3000:]}")
    except subprocess.TimeoutExpired:
        reason = (
            f"building the real corpus took over {REAL_BUILD_TIMEOUT} s; "
            "not running the notebooks on real data"
        )
        print(reason)
        pytest.skip(reason)
    print(f"built the real corpus in {time.perf_counter() - started:.0f} s")
    return out / "corpus.parquet"


@pytest.mark.slow
@pytest.mark.parametrize("name", CORPUS_NOTEBOOKS)
def test_notebook_runs_on_real_corpus(
    name: str, kernel_name: str, real_corpus: Path, tmp_path: Path
) -> None:
    env = {"WASPADA_CORPUS": str(real_corpus)}
    notebook, _ = run_notebook(name, kernel_name, env, tmp_path / "executed")
    assert not outputs(notebook, "error")
    assert images(notebook) >= 3
