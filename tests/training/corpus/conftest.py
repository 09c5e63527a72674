"""Small copies of every dataset folder, written in each source's real format.

The rows are invented but the files match the real ones byte-for-byte in
shape: the same column names, separators, encodings (semicolon + UTF-8 BOM
for ilhamsaang, gzip for ORFD) and label encodings. Loader tests then prove
the parsing, not just the mapping.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from training.corpus.loaders import DATASETS

LONG_EN = (
    "We are hiring a customer service officer for our office. You will answer "
    "client questions by phone and e-mail, keep records and work with the team."
)


def _csv(path: Path, frame: pd.DataFrame, **kwargs: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, **kwargs)


def write_emscad(folder: Path) -> None:
    cols = [
        "job_id", "title", "location", "department", "salary_range",
        "company_profile", "description", "requirements", "benefits",
        "telecommuting", "has_company_logo", "has_questions", "employment_type",
        "required_experience", "required_education", "industry", "function",
        "fraudulent", "source",
    ]  # fmt: skip
    rows = [
        [None, "Data Entry Clerk", "US, TX, Houston", None, "35000-73000", None,
         "<p>Work from home, <b>earn $500 a day</b>, no experience needed.</p>",
         "Computer", "Weekly pay", 1, 0, 0, "Part-time", None, None, None, None,
         1, "grv7-deve/fakejobpost"],
        [4709.0, "Python Engineer", "GB, , London", None, None,
         "Stylect is a startup.", "Build our backend services in Python.",
         "3 years Python", "Equity", 0, 1, 0, "Full-time", "Entry level",
         "Unspecified", "Apparel", "IT", 0, "r-dube/fakejobs"],
        [11080.0, "Entry Level Sales", "US, OH, Cincinnati", None, "55000-75000",
         None, "Achieves maximum sales profitability and growth.", None, None, 1,
         0, 0, "Full-time", "Entry level", None, "Finance", "Sales", 0,
         "r-dube/fakejobs"],
    ]  # fmt: skip
    _csv(folder / "emscad_partial_combined.csv", pd.DataFrame(rows, columns=cols))


def write_orfd(folder: Path) -> None:
    labels = [1.0, 0.0, 2.0, 0.5, 11.0, None]
    rows = []
    for i, label in enumerate(labels):
        rows.append(
            {
                "Job_ID": 36527666448518 + i,
                "jobTitle": f"销售代表{i}",
                "jobSubTitle": "底薪5k+保险",
                "jobSalary": "5000-10000元/月",
                "jobWelfare": "五险一金_包住",
                "jobRequirement": "大专_经验不限",
                "jobAddr": "北京_朝阳_望京",
                "jobCity": "bj",
                "jobDescription": f"第{i}号岗位：负责客户开发，工作认真负责。" * (i + 1)
                + "每天" * i,
                "companyName": f"北京第{i}房产经纪有限公司",
                "companyIntro": f"公司成立于{2000 + i}年。",
                "companyCharacter": "股份制",
                "companySize": "1000人以上",
                "regCapital": "2000 万元",
                "operatingStatus": "开业",
                "businessScope": "房地产经纪",
                "Real/Fake": label,
                "src_file": "bj_0.xls",
            }
        )
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(folder / "orfd_all_labeled_combined.csv.gz", "wt") as handle:
        pd.DataFrame(rows).to_csv(handle, index=False)


def write_lokerid(folder: Path) -> None:
    frame = pd.DataFrame(
        {
            "Job ID": [15758013, 15785089, 15785090],
            "Title": ["Staff Engineering", "Leader Quality Control", "Kasir"],
            "Company": ["Rusunami Citypark", "PT Mega Indo Prima", "Toko Maju"],
            "Location": ["Jakarta Barat", "Tangerang", "Bekasi"],
            "Category": ["Teknik", "Pabrik", "Retail"],
            "Min Salary": [3000000.0, None, 0.0],
            "Max Salary": [4000000.0, None, 0.0],
            "Salary Negotiation": [0, 1, 0],
            "Posted Date": ["2025-07-09 17:01:00"] * 3,
            "Description": [
                "Dibutuhkan segera staff engineering untuk gedung, pengalaman "
                "minimal 1 tahun, lulusan SMK.",
                "Melakukan pengecekan dan pengujian produk di pabrik.",
                "   ",
            ],
            "Skill_Set": ["['Plumbing']", "['QC']", "[]"],
            "Link": [
                "https://www.loker.id/teknik/staff-engineering",
                "https://www.loker.id/pabrik/leader-qc",
                "https://www.loker.id/retail/kasir",
            ],
        }
    )
    _csv(folder / "lokerid_job_postings_processed.csv", frame)


def write_jobstreet(folder: Path) -> None:
    _csv(
        folder / "talitharhmd_jobstreet_data.csv",
        pd.DataFrame(
            {
                "url": ["https://my.jobstreet.com/job/84998805"],
                "country": ["malaysia"],
                "title": ["Data Scientist"],
                "company": ["Bank Negara Malaysia"],
                "location": ["Kuala Lumpur"],
                "category": ["Banking"],
                "work_type": ["Full time"],
                "description": ["ROLE PURPOSE:\nExecute the data analytics plan."],
            }
        ),
    )
    _csv(
        folder / "ilhamsaang_lowongan_jobstreet_20250630.csv",
        pd.DataFrame(
            {
                "Job Position": ["Data Analyst; Junior"],
                "Company": ["PT Coway International Indonesia"],
                "Location": ["Jakarta Selatan, Jakarta Raya"],
                "Salary": ["Rp 6.000.000 – Rp 8.500.000 per month"],
                "Job Type": ["Full time"],
                "Days_Since_Posted": [12],
                "Link": ["https://www.jobstreet.co.id/id/job/84995153"],
                "Description": ["Job Description:\nSupport Team Leader; build SOP."],
            }
        ),
        sep=";",
        encoding="utf-8-sig",
    )
    _csv(
        folder / "ricomitra_jobstreet_indonesia_target_roles_5000.csv",
        pd.DataFrame(
            {
                "title": ["Software Developer", "Software Developer"],
                "company": ["GriyaBayar", "GriyaBayar"],
                "location": ["Surabaya", "Surabaya"],
                "description": ["Skill Requirement : Node.js, SQL..."] * 2,
                "posted_at": ["2021-12-12T17:00:00Z"] * 2,
                "source": ["Jobstreet Indonesia Dataset (public snapshot)"] * 2,
                "source_url": ["https://www.jobstreet.co.id/id/job/x-1"] * 2,
                "scraped_at": ["2026-07-19T00:00:00Z"] * 2,
            }
        ),
    )


def write_kh(folder: Path) -> None:
    _csv(
        folder / "bongthom_jobs_details.csv",
        pd.DataFrame(
            {
                "id": [38025],
                "title": ["Marketing Manager"],
                "company": ["MFIT"],
                "industry": [None],
                "location": [None],
                "salary": ["$600 - $1000"],
                "employment_type": [None],
                "experience": [None],
                "education": [None],
                "posted_date": [None],
                "closing_date": ["31-Jan-2026"],
                "contact_email": ["TO:hrm@mfitshop.com"],
                "contact_phone": ["086 877 070"],
                "apply_instructions": [None],
                "description": ["Plan marketing campaigns for our Phnom Penh shop."],
                "requirements": ["Degree in marketing"],
                "url": ["https://www.bongthom.com/job_detail/marketing_manager"],
                "source": ["BongThom"],
            }
        ),
    )
    _csv(
        folder / "jobify_jobs_detail.csv",
        pd.DataFrame(
            {
                "job_id": [1183],
                "slug": [1183],
                "title": ["Data Entry Specialist"],
                "company": ["LIVE. by Wonderpass"],
                "salary": ["$150 ~ $200"],
                "location": ["Phnom Penh"],
                "description": ["Annotate video footage."],
                "requirements": ["Attention to detail"],
                "responsibilities": ["Review images"],
                "how_to_apply": ["1. Please register Jobify Account"],
                "url": ["https://jobify.works/jobs/1183"],
            }
        ),
    )
    _csv(
        folder / "camhr_jobs_details.csv",
        pd.DataFrame(
            {
                "id": [10644891],
                "title": ["អ្នកបកប្រែចិន រដ្ឋបាល"],
                "company": ["PRIME MASTER LITE (CAMBODIA) CO., LTD."],
                "industry": ["Electronics"],
                "location": ["Kampong Speu"],
                "salary": ["$500-$999"],
                "job_type": ["Full Time"],
                "experience": ["Function"],
                "education": ["Associate Degree"],
                "posting_date": ["Term"],
                "source": ["CamHR"],
                "description": ["ការងារបកប្រែ និងរដ្ឋបាលនៅរោងចក្រ"],
                "requirements": ["ចេះភាសាចិន"],
                "url": ["https://www.camhr.com/a/job/10644891"],
            }
        ),
    )


def write_wibisono(folder: Path) -> None:
    _csv(
        folder / "dataset_sms_spam_v1.csv",
        pd.DataFrame(
            {
                "teks": [
                    "Nanti aku jemput di kantor jam 5 ya",
                    "Selamat anda menang hadiah 50 juta, hubungi bapak Joko",
                    "[PROMO] Beli paket Flash mulai 1GB di MY TELKOMSEL APP",
                ],
                "label": [0, 1, 2],
            }
        ),
    )


def write_bopbi(folder: Path) -> None:
    _csv(
        folder / "bopbi_sms.csv",
        pd.DataFrame(
            {
                "category": ["loan", "prize"],
                "file": ["loan/1.txt", "prize/1.txt"],
                "text": [
                    "Tersedia pinjaman tanpa agunan, bunga 2%",
                    "Selamat! Nomor anda dapat hadiah mobil",
                ],
            }
        ),
    )


def write_ph(folder: Path) -> None:
    _csv(
        folder / "agryes_proof_by_type.csv",
        pd.DataFrame(
            {
                "proof": [
                    None,
                    "Screenshot",
                    "http://fdsc03.site",
                    "rst4406@gmail.com",
                    "Hiring part time job, earn 500 to 3000 daily, message us on "
                    "WhatsApp",
                    "Row 469 - Proof",
                ],
                "name": [False, False, False, False, True, False],
                "type": ["work", "others", None, "work", "job offer", "others"],
            }
        ),
    )
    _csv(
        folder / "bwandowando_SPAM_SMS_copy.csv",
        pd.DataFrame(
            {
                "Unnamed: 0": [0],
                "_id": [8787],
                "address": ["+6396***32373"],
                "date": ["2022-11-12 14:02:10.079"],
                "text": ["Welcome ! your have P1222 for S!ot , \nWeb: 11y.life"],
                "threadId": [836],
            }
        ),
    )
    _csv(
        folder / "bantay_bait_corpus.csv",
        pd.DataFrame(
            {
                "text": [
                    "How much u trying to get?",
                    "Login at may 2 FREE Spin! Marami na ang nakakuha ng P789",
                    "Your account is locked, verify at http://bdo-secure.xyz",
                ],
                "label": ["safe", "spam", "malicious"],
                "source": ["combined_kaggle", "bwandowando_kaggle", "yissuh_github"],
            }
        ),
    )


def write_judol_youtube(folder: Path) -> None:
    _csv(
        folder / "dataset_judol_labelled.csv",
        pd.DataFrame(
            {
                "comment_id": ["UgxNs9xb", "UgyovVMg"],
                "author": ["@a", "@b"],
                "comment_text": [
                    "Fobia khodok sini ngumpul Pak Dedi",
                    "Gacor terus di 𝐖𝐄𝐓𝐎𝐍𝟴𝟴 maxwin hari ini",
                ],
                "label": [0, 1],
            }
        ),
    )


def write_judol_tiktok(folder: Path) -> None:
    _csv(
        folder / "dataset_judol_BALANCED_19k.csv",
        pd.DataFrame(
            {
                "text": [
                    "Pengen punya balapan liar kayak 𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖, nabung dulu ah.",
                    "Semangat ya kak jen, sehat selalu",
                ],
                "label": [1, 0],
            }
        ),
    )


def write_judol_live(folder: Path) -> None:
    _csv(
        folder / "youtube_chat_jogja_clean.csv",
        pd.DataFrame(
            {
                "datetime": ["2024-10-07 08:32:03", "2024-10-07 08:58:42"],
                "author_name": ["KUSUMA", "Tata"],
                "message": ["assalamu'alaikum..", "KETIK DI GOOGLE:WISDOMTOTO"],
                "cleaned_message": ["assalamualaikum", "ketik di google wisdomtoto"],
                "label": [0, 1],
            }
        ),
    )


WRITERS = {
    "emscad_partial": write_emscad,
    "orfd_58tongcheng_zh": write_orfd,
    "id_jobs_lokerid": write_lokerid,
    "id_jobs_jobstreet_misc": write_jobstreet,
    "kh_jobs_cambodia_boards": write_kh,
    "id_sms_spam_wibisono": write_wibisono,
    "id_sms_spam_bopbi": write_bopbi,
    "ph_scam_sms": write_ph,
    "judol_youtube_gbennnn": write_judol_youtube,
    "judol_tiktok_akbaralfaidah": write_judol_tiktok,
    "judol_youtube_live_jogja": write_judol_live,
}
assert set(WRITERS) == set(DATASETS)


@pytest.fixture
def fake_data_root(tmp_path: Path) -> Path:
    """A data root with every dataset folder, in its real format, tiny."""
    root = tmp_path / "data"
    for name, writer in WRITERS.items():
        writer(root / name)
    return root
