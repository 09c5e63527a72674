"""Each loader on a tiny copy of its dataset, written in the real format."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from model.errors import DatasetMissingError
from training.corpus.loaders import (
    DATASETS,
    LOADERS,
    load_dataset,
    orfd_label,
)
from training.corpus.loaders_messages import is_quoted_message
from training.corpus.schema import COLUMNS, validate

NA = None

# name -> (expected labels in row order (None = <NA>), genre, label_origin set)
CASES = {
    "emscad_partial": ([1, 0, 0], "job_ad", {"manual"}),
    # ORFD is inverted: 1 = real -> 0, 0 = fake -> 1; 2, 0.5, 11, NaN -> <NA>.
    "orfd_58tongcheng_zh": ([0, 1, NA, NA, NA, NA], "job_ad", {"manual"}),
    # The third loker.id row has a blank description but a title: kept.
    "id_jobs_lokerid": ([0, 0, 0], "job_ad", {"presumed_legit"}),
    "id_jobs_jobstreet_misc": ([0, 0, 0, 0], "job_ad", {"presumed_legit"}),
    "kh_jobs_cambodia_boards": ([0, 0, 0], "job_ad", {"presumed_legit"}),
    # normal 0 -> 0, penipuan 1 -> 1, promo 2 -> 0
    "id_sms_spam_wibisono": ([0, 1, 0], "sms", {"source_label"}),
    "id_sms_spam_bopbi": ([1, 1], "sms", {"source_label"}),
    # agryes: only the quoted message survives; bwandowando 1; bantay 0, 1, 1
    "ph_scam_sms": ([1, 1, 0, 1, 1], "sms", {"source_label"}),
    "judol_youtube_gbennnn": ([0, 1], "comment", {"source_label"}),
    "judol_tiktok_akbaralfaidah": ([1, 0], "comment", {"source_label"}),
    "judol_youtube_live_jogja": ([0, 1], "comment", {"source_label"}),
}


def test_registry_covers_every_folder() -> None:
    assert set(LOADERS) == set(DATASETS) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_loader_schema_and_labels(name: str, fake_data_root: Path) -> None:
    labels, genre, origins = CASES[name]
    df = load_dataset(name, fake_data_root)
    validate(df)
    assert list(df.columns) == list(COLUMNS)
    assert str(df["label"].dtype) == "Int8"
    got = [None if pd.isna(v) else int(v) for v in df["label"]]
    assert got == labels
    assert set(df["genre"]) == {genre}
    assert set(df["label_origin"]) == origins
    assert all(s == name or s.startswith(name + "/") for s in df["source"])
    assert df["id"].is_unique
    assert (df["text"].str.strip() != "").all()
    assert df["lang"].notna().all()


@pytest.mark.parametrize(
    "value, expected",
    [(1, 0), (1.0, 0), ("1.0", 0), (0, 1), ("0.0", 1), (2, None), (0.5, None),
     (11, None), (None, None), (float("nan"), None), ("x", None)],
)  # fmt: skip
def test_orfd_label_is_inverted(value: object, expected: int | None) -> None:
    assert orfd_label(value) == expected


def test_structured_text_is_join_fields_and_keeps_html(fake_data_root: Path) -> None:
    df = load_dataset("emscad_partial", fake_data_root)
    row = df.iloc[0]
    # text keeps the source's HTML; the model normalises later.
    assert "<b>earn $500 a day</b>" in row["text"]
    assert row["text"].split("\n")[0] == "Data Entry Clerk"
    assert row["salary"] == "35000-73000"
    assert row["lang"] == "en"
    # company_profile follows the description
    assert df.iloc[1]["description"].endswith("Stylect is a startup.")


def test_text_only_sources_fill_description(fake_data_root: Path) -> None:
    df = load_dataset("id_sms_spam_wibisono", fake_data_root)
    assert (df["description"] == df["text"]).all()
    assert df["title"].isna().all()
    assert df.loc[1, "lang"] == "id"


def test_semicolon_bom_file_parsed(fake_data_root: Path) -> None:
    df = load_dataset("id_jobs_jobstreet_misc", fake_data_root)
    row = df[df["id"].str.contains("ilhamsaang")].iloc[0]
    assert row["title"] == "Data Analyst; Junior"  # quoted ';' survives
    assert row["salary"].startswith("Rp 6.000.000")
    assert not any(c.startswith("\ufeff") for c in df["text"])


def test_orfd_fields_from_gzip(fake_data_root: Path) -> None:
    df = load_dataset("orfd_58tongcheng_zh", fake_data_root)
    assert df.loc[0, "title"] == "销售代表0 | 底薪5k+保险"
    assert df.loc[0, "company"] == "北京第0房产经纪有限公司"
    assert set(df["lang"]) == {"zh"}
    assert df["id"].str.startswith("orfd_58tongcheng_zh:365276664485").all()


def test_lokerid_salary_written_as_rupiah(fake_data_root: Path) -> None:
    df = load_dataset("id_jobs_lokerid", fake_data_root)
    assert df.loc[0, "salary"] == "Rp 3.000.000 - Rp 4.000.000"
    assert pd.isna(df.loc[1, "salary"]) and pd.isna(df.loc[2, "salary"])


def test_ph_sub_sources(fake_data_root: Path) -> None:
    df = load_dataset("ph_scam_sms", fake_data_root)
    assert list(df["source"]) == [
        "ph_scam_sms/agryes",
        "ph_scam_sms/bwandowando",
        *["ph_scam_sms/bantay_bait"] * 3,
    ]
    assert "Hiring part time job" in df.loc[0, "text"]


@pytest.mark.parametrize(
    "proof, quoted",
    [
        ("Screenshot", False),
        ("https://t.ly/stsH -compiled spam message screenshot", False),
        ("bit.ly/your5000reward", False),
        ("get back to my email now; mtvgxx@gmail.com", True),
        ("Mentioned my full name", False),
        ("Gumawa at may ¤10, puwede kumita anytime http://bitglobalgood.com", True),
        (None, False),
    ],
)
def test_agryes_proof_filter(proof: object, quoted: bool) -> None:
    assert is_quoted_message(proof) is quoted


def test_empty_texts_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "id_sms_spam_bopbi"
    folder.mkdir()
    pd.DataFrame(
        {
            "category": ["loan"] * 3,
            "file": ["a", "b", "c"],
            "text": ["ok pinjam", "", " "],
        }
    ).to_csv(folder / "bopbi_sms.csv", index=False)
    df = load_dataset("id_sms_spam_bopbi", tmp_path)
    assert list(df["text"]) == ["ok pinjam"]


def test_missing_dataset_message(tmp_path: Path) -> None:
    with pytest.raises(DatasetMissingError) as info:
        load_dataset("orfd_58tongcheng_zh", tmp_path)
    message = info.value.message
    assert info.value.code == "DATASET_MISSING"
    assert "orfd_58tongcheng_zh" in message
    assert "58.com" in message  # what it is
    assert "github.com/freekatz/ORFD" in message  # where to get it
    assert str(tmp_path / "orfd_58tongcheng_zh") in message  # where to put it
    assert "orfd_all_labeled_combined.csv.gz" in message


def test_missing_dataset_without_root() -> None:
    with pytest.raises(DatasetMissingError, match="data/raw/emscad_partial"):
        load_dataset("emscad_partial", None)
