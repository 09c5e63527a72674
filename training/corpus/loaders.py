"""One loader per dataset folder, each returning the corpus schema.

Each loader reads the files exactly as they sit in the dataset folder (see the
folder's SOURCE.txt), maps the source's labels to Waspada's (1 = scam/fraud
front, 0 = legitimate, <NA> = unlabelled) and records where the label came
from in ``label_origin``. Choices that are not obvious from the data are
commented where they are made; ``data/README.md`` summarises them.

Field mapping follows what an ad shown to a job seeker contains: registry or
crawler metadata (credit codes, scrape dates, author names, platform
boilerplate) is left out so the model cannot learn a platform from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from model.errors import DatasetMissingError
from training.corpus.loaders_messages import (
    load_id_sms_spam_bopbi,
    load_id_sms_spam_wibisono,
    load_judol_tiktok_akbaralfaidah,
    load_judol_youtube_gbennnn,
    load_judol_youtube_live_jogja,
    load_ph_scam_sms,
)
from training.corpus.read import (
    as_number,
    existing,
    join_fields,
    read_csv_as_text,
    row_ids,
)
from training.corpus.schema import conform

Loader = Callable[[Path], pd.DataFrame]


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    """What a dataset folder is and where it comes from (for messages, card)."""

    folder: str
    what: str
    upstream: str
    licence: str
    files: tuple[str, ...]


# --- job ads with manual fraud labels ------------------------------------------


def load_emscad_partial(folder: Path) -> pd.DataFrame:
    """EMSCAD (English, Workable 2012-2014): ``fraudulent`` 1 -> 1, 0 -> 0.

    The curated combined file is used; the other two files are its inputs.
    EMSCAD has no company name, only ``company_profile``: it goes after the
    description ("about the company"), as it would on an ad page.
    """
    raw = read_csv_as_text(folder / "emscad_partial_combined.csv")
    job_id = raw["job_id"].str.replace(r"\.0$", "", regex=True)
    frame = pd.DataFrame(
        {
            "id": row_ids("emscad_partial", job_id, len(raw)),
            "title": raw["title"],
            "location": raw["location"],
            "salary": raw["salary_range"],
            "description": join_fields(raw["description"], raw["company_profile"]),
            "requirements": raw["requirements"],
            "benefits": raw["benefits"],
            "label": as_number(raw["fraudulent"]).map({1: 1, 0: 0}),
        }
    )
    return conform(
        frame, source="emscad_partial", genre="job_ad", label_origin="manual"
    )


def orfd_label(value: object) -> int | None:
    """ORFD's ``Real/Fake`` -> Waspada label. ORFD is INVERTED: 1 = real.

    1 (real) -> 0, 0 (fake) -> 1; 2 (annotators disagreed), the stray 0.5 and
    11, and NaN (never labelled) -> unlabelled.
    """
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if number == 1.0:
        return 0
    if number == 0.0:
        return 1
    return None


def load_orfd_58tongcheng_zh(folder: Path) -> pd.DataFrame:
    """ORFD, 58.com Chinese ads with manual labels (see ``orfd_label``).

    ``jobSubTitle`` is the ad's own headline ("销售代表+底薪5k+保险") and joins
    the title; ``companyIntro`` follows the description. Registry fields
    (capital, operating status, business scope) are not part of the ad.
    """
    raw = read_csv_as_text(folder / "orfd_all_labeled_combined.csv.gz")
    frame = pd.DataFrame(
        {
            "id": row_ids("orfd_58tongcheng_zh", raw["Job_ID"], len(raw)),
            "title": join_fields(raw["jobTitle"], raw["jobSubTitle"], sep=" | "),
            "company": raw["companyName"],
            "location": raw["jobAddr"],
            "salary": raw["jobSalary"],
            "description": join_fields(raw["jobDescription"], raw["companyIntro"]),
            "requirements": raw["jobRequirement"],
            "benefits": raw["jobWelfare"],
            "label": [orfd_label(v) for v in raw["Real/Fake"]],
        }
    )
    return conform(
        frame, source="orfd_58tongcheng_zh", genre="job_ad", label_origin="manual"
    )


# --- job boards, unlabelled: presumed legitimate -------------------------------


def _rupiah(value: float) -> str:
    return "Rp " + f"{value:,.0f}".replace(",", ".")


def _lokerid_salary(low: object, high: object) -> str | None:
    lo, hi = pd.to_numeric(low, errors="coerce"), pd.to_numeric(high, errors="coerce")
    if pd.notna(lo) and pd.notna(hi) and lo > 0 and hi > 0:
        return f"{_rupiah(lo)} - {_rupiah(hi)}"
    if pd.notna(lo) and lo > 0:
        return _rupiah(lo)
    return None


def load_id_jobs_lokerid(folder: Path) -> pd.DataFrame:
    """loker.id ads (Indonesian, 2025); presumed legitimate.

    The source stores salary as numbers; it is written back in the usual
    Indonesian form so it reads like the salary line of an ad.
    ``Skill_Set`` is the scraper's keyword extraction, not ad text.
    """
    raw = read_csv_as_text(folder / "lokerid_job_postings_processed.csv")
    frame = pd.DataFrame(
        {
            "id": row_ids("id_jobs_lokerid", raw["Job ID"], len(raw)),
            "title": raw["Title"],
            "company": raw["Company"],
            "location": raw["Location"],
            "salary": [
                _lokerid_salary(lo, hi)
                for lo, hi in zip(raw["Min Salary"], raw["Max Salary"], strict=True)
            ],
            "description": raw["Description"],
            "url": raw["Link"],
            "label": 0,
        }
    )
    return conform(
        frame, source="id_jobs_lokerid", genre="job_ad", label_origin="presumed_legit"
    )


def load_id_jobs_jobstreet_misc(folder: Path) -> pd.DataFrame:
    """Three JobStreet scrapes (ID/MY/SG); presumed legitimate.

    The ilhamsaang file is semicolon-separated with a UTF-8 BOM. The RicoMitra
    file holds ~150-character snippets with many exact repeats; dedup removes
    those later.
    """
    parts = []
    a = read_csv_as_text(folder / "talitharhmd_jobstreet_data.csv")
    parts.append(
        pd.DataFrame(
            {
                "id": row_ids("id_jobs_jobstreet_misc:talitharhmd", None, len(a)),
                "title": a["title"],
                "company": a["company"],
                "location": a["location"],
                "description": a["description"],
                "url": a["url"],
            }
        )
    )
    b = read_csv_as_text(
        folder / "ilhamsaang_lowongan_jobstreet_20250630.csv",
        sep=";",
        encoding="utf-8-sig",
    )
    parts.append(
        pd.DataFrame(
            {
                "id": row_ids("id_jobs_jobstreet_misc:ilhamsaang", None, len(b)),
                "title": b["Job Position"],
                "company": b["Company"],
                "location": b["Location"],
                "salary": b["Salary"],
                "description": b["Description"],
                "url": b["Link"],
            }
        )
    )
    c = read_csv_as_text(folder / "ricomitra_jobstreet_indonesia_target_roles_5000.csv")
    parts.append(
        pd.DataFrame(
            {
                "id": row_ids("id_jobs_jobstreet_misc:ricomitra", None, len(c)),
                "title": c["title"],
                "company": c["company"],
                "location": c["location"],
                "description": c["description"],
                "url": c["source_url"],
            }
        )
    )
    frame = pd.concat(parts, ignore_index=True)
    frame["label"] = 0
    return conform(
        frame,
        source="id_jobs_jobstreet_misc",
        genre="job_ad",
        label_origin="presumed_legit",
    )


def load_kh_jobs_cambodia_boards(folder: Path) -> pd.DataFrame:
    """BongThom, Jobify and CamHR ads in Cambodia; presumed legitimate.

    These are the hard negatives: real jobs in Cambodia. Jobify's "how to
    apply" text is the same platform boilerplate on every ad and is left out.
    """
    bt = read_csv_as_text(folder / "bongthom_jobs_details.csv")
    jb = read_csv_as_text(folder / "jobify_jobs_detail.csv")
    ch = read_csv_as_text(folder / "camhr_jobs_details.csv")
    contact_bt = join_fields(
        bt["contact_email"].str.replace(r"^TO:", "", regex=True),
        bt["contact_phone"],
        sep=" ",
    )
    parts = [
        pd.DataFrame(
            {
                "id": row_ids("kh_jobs_cambodia_boards:bongthom", bt["id"], len(bt)),
                "title": bt["title"],
                "company": bt["company"],
                "location": bt["location"],
                "salary": bt["salary"],
                "description": bt["description"],
                "requirements": bt["requirements"],
                "contact": contact_bt,
                "url": bt["url"],
            }
        ),
        pd.DataFrame(
            {
                "id": row_ids("kh_jobs_cambodia_boards:jobify", jb["job_id"], len(jb)),
                "title": jb["title"],
                "company": jb["company"],
                "location": jb["location"],
                "salary": jb["salary"],
                "description": join_fields(jb["description"], jb["responsibilities"]),
                "requirements": jb["requirements"],
                "url": jb["url"],
            }
        ),
        pd.DataFrame(
            {
                "id": row_ids("kh_jobs_cambodia_boards:camhr", ch["id"], len(ch)),
                "title": ch["title"],
                "company": ch["company"],
                "location": ch["location"],
                "salary": ch["salary"],
                "description": ch["description"],
                "requirements": ch["requirements"],
                "url": ch["url"],
            }
        ),
    ]
    frame = pd.concat(parts, ignore_index=True)
    frame["label"] = 0
    return conform(
        frame,
        source="kh_jobs_cambodia_boards",
        genre="job_ad",
        label_origin="presumed_legit",
    )


# --- registry ------------------------------------------------------------------

DATASETS: dict[str, DatasetInfo] = {
    info.folder: info
    for info in (
        DatasetInfo(
            "emscad_partial",
            "English recruitment-fraud ads (EMSCAD, partial: 856 fraud + 347 legit)",
            "github.com/grv7-deve/fakejobpost @ 40699a28 and "
            "github.com/r-dube/fakejobs (data/fj_small.csv) @ 2a5d8535",
            "grv7: none stated; r-dube: BSD-2-Clause",
            ("emscad_partial_combined.csv",),
        ),
        DatasetInfo(
            "orfd_58tongcheng_zh",
            "Chinese 58.com ads with manual real/fake labels (ORFD)",
            "github.com/freekatz/ORFD (orfd/Core/excels/*.xls) @ bbf47b1a",
            "GPL-3.0",
            ("orfd_all_labeled_combined.csv.gz",),
        ),
        DatasetInfo(
            "id_jobs_lokerid",
            "Indonesian loker.id job ads, 2025 (unlabelled, presumed legitimate)",
            "github.com/prcillias/job-recommendation-system "
            "(job_data_pipeline/data/job_postings_processed.csv) @ 271e85dd",
            "none stated",
            ("lokerid_job_postings_processed.csv",),
        ),
        DatasetInfo(
            "id_jobs_jobstreet_misc",
            "JobStreet ads ID/MY/SG, three scrapes (presumed legitimate)",
            "github.com/talitharhmd/jobstreet-scraper @ 0c60ee71, "
            "github.com/ilhamsaang/Tugas-Project-Data-Engineering @ d848774c, "
            "github.com/RicoMitra/indonesia-job-market-skill-analyzer @ 4ad4a852",
            "none stated (CC0 claimed upstream for the RicoMitra file)",
            (
                "talitharhmd_jobstreet_data.csv",
                "ilhamsaang_lowongan_jobstreet_20250630.csv",
                "ricomitra_jobstreet_indonesia_target_roles_5000.csv",
            ),
        ),
        DatasetInfo(
            "kh_jobs_cambodia_boards",
            "Job ads on Cambodian boards (BongThom, Jobify, CamHR): hard negatives",
            "github.com/chhounoudom59-crypto/scraping-job @ bc2b1386",
            "none stated",
            (
                "bongthom_jobs_details.csv",
                "jobify_jobs_detail.csv",
                "camhr_jobs_details.csv",
            ),
        ),
        DatasetInfo(
            "id_sms_spam_wibisono",
            "Indonesian SMS: normal / penipuan (fraud) / promo",
            "github.com/ksnugroho/klasifikasi-spam-sms "
            "(data/dataset_sms_spam_v1.csv) @ d8606df3",
            "none stated",
            ("dataset_sms_spam_v1.csv",),
        ),
        DatasetInfo(
            "id_sms_spam_bopbi",
            "Indonesian spam SMS (all spam)",
            "github.com/bopbi/indonesia-sms-spam-dataset @ d15d5cd5 "
            "(flatten <category>/<n>.txt into bopbi_sms.csv: category,file,text)",
            "CC0-1.0",
            ("bopbi_sms.csv",),
        ),
        DatasetInfo(
            "judol_youtube_gbennnn",
            "Indonesian YouTube comments, online-gambling promotion vs not",
            "github.com/gbennnn/judol-comment-classification (dataset/) @ efabf6ce",
            "MIT",
            ("dataset_judol_labelled.csv",),
        ),
        DatasetInfo(
            "judol_tiktok_akbaralfaidah",
            "Indonesian TikTok comments, online gambling vs not (balanced)",
            "github.com/akbaralfaidah/klasifikasi-komentar-judi-online-pada-tiktok-"
            "menggunakan-metode-long-short-term-memory @ 5e7f3d63",
            "none stated",
            ("dataset_judol_BALANCED_19k.csv",),
        ),
        DatasetInfo(
            "judol_youtube_live_jogja",
            "Indonesian YouTube live chat, online-gambling promotion vs not",
            "github.com/Kiipiiin/Komentar-Judol-Classification-With-Machine-"
            "Learning-And-IBM-Granite (youtube_chat_jogja_clean.csv) @ 6498943a",
            "none stated",
            ("youtube_chat_jogja_clean.csv",),
        ),
        DatasetInfo(
            "ph_scam_sms",
            "Philippine scam/spam SMS (crowd scam reports, Bantay-Bait corpus)",
            "github.com/AGR-Yes/ScamMessagesPhilippines @ 9012d285 and "
            "github.com/jszulueta/Bantay-Bait (backend/app/data/) @ 2e6de979",
            "none stated",
            (
                "agryes_proof_by_type.csv",
                "bwandowando_SPAM_SMS_copy.csv",
                "bantay_bait_corpus.csv",
            ),
        ),
    )
}

LOADERS: dict[str, Loader] = {
    "emscad_partial": load_emscad_partial,
    "orfd_58tongcheng_zh": load_orfd_58tongcheng_zh,
    "id_jobs_lokerid": load_id_jobs_lokerid,
    "id_jobs_jobstreet_misc": load_id_jobs_jobstreet_misc,
    "kh_jobs_cambodia_boards": load_kh_jobs_cambodia_boards,
    "id_sms_spam_wibisono": load_id_sms_spam_wibisono,
    "id_sms_spam_bopbi": load_id_sms_spam_bopbi,
    # Load order decides which copy of a cross-source duplicate is kept: the
    # PH crowd reports (which name job-offer scams) before the merged corpus.
    "ph_scam_sms": load_ph_scam_sms,
    "judol_youtube_gbennnn": load_judol_youtube_gbennnn,
    "judol_tiktok_akbaralfaidah": load_judol_tiktok_akbaralfaidah,
    "judol_youtube_live_jogja": load_judol_youtube_live_jogja,
}


def missing_message(name: str, data_root: Path | None) -> str:
    """Human instructions for a dataset that is not on disk."""
    info = DATASETS[name]
    where = f"{data_root / name}/" if data_root is not None else f"data/raw/{name}/"
    return (
        f"Dataset '{name}' is missing ({info.what}). Get it from {info.upstream} "
        f"and put {', '.join(info.files)} in {where} (or set WASPADA_DATA_DIR to "
        "the folder holding the dataset folders). See data/README.md."
    )


def input_files(name: str, data_root: Path) -> list[Path]:
    """The files the loader for ``name`` reads (or their ``.gz`` copies)."""
    return [existing(data_root / name / file) for file in DATASETS[name].files]


def load_dataset(name: str, data_root: Path | None) -> pd.DataFrame:
    """Load one dataset folder, or raise ``DatasetMissingError`` with help text."""
    if name not in LOADERS:
        raise KeyError(f"unknown dataset {name!r}; known: {sorted(LOADERS)}")
    if data_root is None:
        raise DatasetMissingError(missing_message(name, None))
    missing = [p for p in input_files(name, data_root) if not p.is_file()]
    if missing:
        raise DatasetMissingError(missing_message(name, data_root))
    return LOADERS[name](data_root / name)
