"""End-to-end corpus builds: synthetic-only, tiny fixture data, the real data."""

from __future__ import annotations

import json
import shutil
import sys
import types
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from model.artifact import sha256_file
from service.cli import main
from training.corpus import build as build_module
from training.corpus import paths
from training.corpus.build import build_corpus, format_summary
from training.corpus.loaders import DATASETS
from training.corpus.schema import COLUMNS

EXTRA = ["dup_group", "split", "n_chars"]


def fake_generate_ads(n: int, seed: int = 13) -> pd.DataFrame:
    """Stand-in for training.generate.generate_ads (same output contract)."""
    rng = np.random.default_rng(seed)
    # Letters only: dedup folds digits, so "kata1" and "kata2" would be one word.
    letters = list("abcdefghijklmnopqrstuvwxyz")
    words = ["".join(rng.choice(letters, size=6)) for _ in range(500)]
    rows = []
    for i in range(n):
        label = i % 2
        body = " ".join(rng.choice(words, size=25))
        rows.append(
            {
                "id": f"synthetic:{i}",
                "title": "Customer service Kamboja" if label else "Staf admin",
                "salary": "USD 1500" if label else "Rp 5.000.000",
                "description": body,
                "label": label,
                "label_origin": "synthetic",
                "source": "synthetic",
                "genre": "job_ad",
            }
        )
    return pd.DataFrame(rows)


@pytest.fixture
def fake_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("training.generate")
    module.generate_ads = fake_generate_ads  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "training.generate", module)
    # Its submodules too, whether or not another test imported them already.
    for name in ("hard_legit", "board"):
        monkeypatch.setitem(sys.modules, f"training.generate.{name}", None)


@pytest.fixture
def no_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes ``from training.generate import ...`` fail.
    monkeypatch.setitem(sys.modules, "training.generate", None)


@pytest.fixture(autouse=True)
def no_seed_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "SEED_FILE", tmp_path / "no-seed.jsonl")


def _read(out: Path) -> tuple[pd.DataFrame, dict]:
    corpus = pd.read_parquet(out / "corpus.parquet")
    card = json.loads((out / "data_card.json").read_text(encoding="utf-8"))
    return corpus, card


def test_synthetic_only_build(tmp_path: Path, fake_generator: None) -> None:
    result = build_corpus(None, tmp_path / "out", synthetic_n=300, progress=False)
    corpus, card = _read(tmp_path / "out")
    assert list(corpus.columns) == [*COLUMNS, *EXTRA]
    assert result.rows == len(corpus) == 300
    assert result.synthetic_only and card["synthetic_only"]
    assert set(corpus["label_origin"]) == {"synthetic"}
    assert card["synthetic_share"]["overall"] == 1.0
    assert card["synthetic_share"]["test"] == 1.0
    assert len(card["missing_datasets"]) == 11
    md = (tmp_path / "out" / "data_card.md").read_text(encoding="utf-8")
    assert "SYNTHETIC-ONLY" in md and "WASPADA_DATA_DIR" in md
    assert "synthetic-only" in format_summary(result)
    assert card["corpus_sha256"] == sha256_file(result.corpus_path)


def test_build_without_generator_or_data(tmp_path: Path, no_generator: None) -> None:
    result = build_corpus(None, tmp_path / "out", synthetic_n=100, progress=False)
    assert result.rows == 0
    assert result.synthetic_only
    assert any("synthetic ads skipped" in w for w in result.warnings)
    corpus, card = _read(tmp_path / "out")
    assert list(corpus.columns) == [*COLUMNS, *EXTRA]
    assert card["rows"] == 0


def test_build_with_seed_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_generator: None
) -> None:
    seed = tmp_path / "seed_ads.jsonl"
    records = [
        {"id": "s1", "title": "CS Kamboja", "salary": "USD 2000", "label": 1,
         "description": "Gaji besar, tiket pesawat gratis, paspor diurus."},
        {"id": "s2", "text": "Lowongan kasir toko roti di Bandung.", "label": 0},
    ]  # fmt: skip
    seed.write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    monkeypatch.setattr(paths, "SEED_FILE", seed)
    result = build_corpus(None, tmp_path / "out", synthetic_n=0, progress=False)
    corpus, card = _read(tmp_path / "out")
    assert result.seed_rows == 2
    assert set(corpus["source"]) == {"seed"}
    assert set(corpus["label_origin"]) == {"manual"}
    assert set(corpus["id"]) == {"seed:s1", "seed:s2"}
    assert "seed/seed_ads.jsonl" in card["input_files_sha256"]


def test_build_from_fixture_data_with_a_missing_set(
    tmp_path: Path, fake_data_root: Path, fake_generator: None
) -> None:
    shutil.rmtree(fake_data_root / "orfd_58tongcheng_zh")
    out = tmp_path / "out"
    result = build_corpus(fake_data_root, out, synthetic_n=50, progress=False)
    corpus, card = _read(out)
    assert result.missing == ["orfd_58tongcheng_zh"]
    assert "github.com/freekatz/ORFD" in card["missing_datasets"]["orfd_58tongcheng_zh"]
    assert not result.synthetic_only
    assert card["data_root"] == str(fake_data_root)
    # the duplicated RicoMitra snippet is removed and reported
    assert card["per_source"]["id_jobs_jobstreet_misc"]["duplicates_removed"] == 1
    assert corpus["id"].is_unique
    assert (corpus.groupby("dup_group")["split"].nunique() == 1).all()
    assert (corpus["n_chars"] == corpus["text"].str.len()).all()
    assert "emscad_partial/emscad_partial_combined.csv" in card["input_files_sha256"]
    langs = card["counts_source_lang_label"]["kh_jobs_cambodia_boards"]
    assert "km" in langs and "en" in langs
    assert 0 < card["synthetic_share"]["overall"] < 1


def test_cli_main(
    tmp_path: Path,
    fake_data_root: Path,
    no_generator: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    argv = ["data", "build", "--data-dir", str(fake_data_root), "--out", str(out), "-q"]
    assert main(argv) == 0
    assert "corpus:" in capsys.readouterr().out
    assert (out / "data_card.md").is_file()
    nowhere = str(tmp_path / "nope")
    assert main(["data", "build", "--data-dir", nowhere, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "DATASET_MISSING" in err and "does not exist" in err


def _real_data_root() -> Path | None:
    for candidate in (
        Path("/work/shared/data"),
        paths.PROJECT_ROOT.parent / "shared" / "data",
    ):
        if (candidate / "orfd_58tongcheng_zh").is_dir():
            return candidate
    return None


REAL_ROOT = _real_data_root()


@pytest.mark.slow
@pytest.mark.skipif(
    REAL_ROOT is None,
    reason="real datasets not present (/work/shared/data or ../shared/data); "
    "see data/README.md to obtain them",
)
def test_build_real_corpus(tmp_path: Path, fake_generator: None) -> None:
    assert REAL_ROOT is not None
    result = build_corpus(REAL_ROOT, tmp_path / "out", synthetic_n=200, progress=False)
    corpus, card = _read(tmp_path / "out")
    assert result.missing == []
    assert 60_000 < result.rows < 90_000
    families = {s.split("/")[0] for s in corpus["source"]}
    assert families == set(build_module.LOADERS) | {"synthetic"}
    assert (corpus.groupby("dup_group")["split"].nunique() == 1).all()
    orfd = corpus[corpus["source"] == "orfd_58tongcheng_zh"]
    assert orfd["label"].sum() < len(orfd) * 0.1  # fake ads are the minority
    assert card["deduplication"]["conflict_groups"] > 0
    n_files = sum(len(info.files) for info in DATASETS.values())
    assert len(card["input_files_sha256"]) == n_files


def _gzip_folder(src: Path, dst: Path) -> None:
    """A redistributable-style copy of a dataset folder: every CSV gzipped."""
    import gzip

    dst.mkdir(parents=True)
    for file in src.iterdir():
        (dst / (file.name + ".gz")).write_bytes(gzip.compress(file.read_bytes()))


@pytest.mark.parametrize(
    ("full_has_judol", "use_shipped", "origin", "missing"),
    [
        (False, True, "redistributable", []),
        (False, False, None, ["judol_youtube_gbennnn"]),
        (True, True, "full", []),  # the full copy always wins
    ],
)
def test_redistributable_copies_fill_in_for_missing_folders(
    tmp_path: Path,
    fake_data_root: Path,
    fake_generator: None,
    full_has_judol: bool,
    use_shipped: bool,
    origin: str | None,
    missing: list[str],
) -> None:
    shipped = tmp_path / "redistributable"
    _gzip_folder(
        fake_data_root / "judol_youtube_gbennnn", shipped / "judol_youtube_gbennnn"
    )
    if not full_has_judol:
        shutil.rmtree(fake_data_root / "judol_youtube_gbennnn")
    result = build_corpus(
        fake_data_root,
        tmp_path / "out",
        synthetic_n=20,
        progress=False,
        redistributable_root=shipped if use_shipped else None,
    )
    corpus, card = _read(tmp_path / "out")
    assert result.missing == missing
    assert card["dataset_origin"].get("judol_youtube_gbennnn") == origin
    assert ("judol_youtube_gbennnn" in set(corpus["source"])) is (origin is not None)
    if origin == "redistributable":
        assert (
            "judol_youtube_gbennnn/dataset_judol_labelled.csv.gz"
            in (card["input_files_sha256"])
        )
        md = (tmp_path / "out" / "data_card.md").read_text(encoding="utf-8")
        assert "redistributable copy" in md
        assert "redistributable" in format_summary(result)


@pytest.mark.parametrize(
    ("folder", "rows", "labels"),
    [
        ("id_sms_spam_bopbi", 50, {1}),
        ("emscad_partial", 347, {0}),
    ],
)
def test_shipped_copies_load_with_the_real_loaders(
    folder: str, rows: int, labels: set[int]
) -> None:
    from training.corpus.loaders import load_dataset

    frame = load_dataset(folder, paths.REDISTRIBUTABLE_DIR)
    assert len(frame) == rows
    assert set(frame["label"].dropna().astype(int)) == labels


def test_shipped_copies_carry_licence_and_source() -> None:
    from training.corpus.redistributable import SHIPPED

    judol = pd.read_csv(
        paths.REDISTRIBUTABLE_DIR
        / "judol_youtube_gbennnn"
        / "dataset_judol_labelled.csv.gz",
        dtype=str,
    )
    assert len(judol) == 37_216
    assert "author" not in judol.columns  # personal data is not shipped
    shipped = {p.name for p in paths.REDISTRIBUTABLE_DIR.iterdir() if p.is_dir()}
    assert shipped == {item.folder for item in SHIPPED}
    for item in SHIPPED:
        folder = paths.REDISTRIBUTABLE_DIR / item.folder
        assert (folder / "SOURCE.txt").is_file()
        assert (folder / item.licence_file).is_file()
        assert (folder / item.out_file).is_file()
        assert item.licence in {"MIT", "CC0-1.0", "BSD-2-Clause"}
    emscad = pd.read_csv(
        paths.REDISTRIBUTABLE_DIR / "emscad_partial" / "emscad_partial_combined.csv.gz",
        dtype=str,
    )
    # Only the BSD-2 rows: the unlicensed grv7-deve fraud rows stay out.
    assert set(emscad["source"]) == {"r-dube/fakejobs fj_small"}


@pytest.mark.parametrize("languages", [["th"], ["vi", "km"], ["tl", "zh"]])
def test_generated_posts_are_written_in_the_configured_languages(
    languages: list[str],
) -> None:
    from training.corpus.build import load_synthetic

    frame, note = load_synthetic(200, 13, 0.0, languages)
    assert note is None and frame is not None
    # A tenth are hard legitimate ads (their own languages); the posts follow
    # the configured ones.
    posts = frame[~frame["id"].astype(str).str.contains("hard")]
    assert len(posts) >= 180
    assert set(posts["lang"]) <= set(languages)
    assert set(posts["label"].astype(int)) == {0, 1}
