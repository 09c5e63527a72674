"""Behavioural tests in the spirit of CheckList (Ribeiro et al., ACL 2020).

Run against the real tiny model (``tiny_detector``):

* **invariance**: disguising a high-risk scam ad the ways recruiters do
  (invisible characters, look-alike letters, leet, spaced-out letters,
  fullwidth) keeps it high;
* **directional**: adding a red flag ("passport held by the company", "free
  flight to Phnom Penh, no experience") never lowers the score; adding a
  licence number and an office interview never raises it;
* **document type**: wrapping an ad in a warning turns it into a warning
  (needs the document-type model; skipped until the artifact has one).
"""

from __future__ import annotations

import pytest

from training.generate.robustness_slices import (
    format_chars,
    fullwidth,
    homoglyph,
    leet,
    spaced,
)

SCAM_ADS = [
    "Loker admin online Kamboja, gaji 15 juta, tiket PP ditanggung, tanpa "
    "pengalaman. Hubungi Telegram @hr_asia",
    "Dibutuhkan CS online penempatan Phnom Penh. Gaji 12jt, mess dan makan gratis, "
    "visa diurus kantor. Berangkat minggu ini. WA 081234567890",
    "Customer service wanted in Sihanoukville. Salary $1,500/month, free flight, "
    "no experience needed! Telegram @jobs_sea",
    "Hiring typists for our office in Myawaddy. Free accommodation and meals, "
    "air ticket provided. DM me on Telegram",
]
LEGIT_ADS = [
    "PT Maju Jaya membuka lowongan staf gudang di Bekasi. Syarat: SMA/SMK, jujur "
    "dan disiplin. Lamaran ke hrd@majujaya.co.id",
    "Accountant, full time, Kuala Lumpur. Degree in accounting and 3 years of "
    "experience. Apply through our careers page.",
    "Dicari admin online shop untuk toko hijab kami di Bandung. Gaji UMR. DM IG "
    "@tokohijab",
    "Customer service officer (Mandarin) for our Jakarta office. Interview on site.",
]
ALL_ADS = SCAM_ADS + LEGIT_ADS

DISGUISES = {
    "format_chars": format_chars,
    "homoglyph": homoglyph,
    "leet": leet,
    "spaced": spaced,
    "fullwidth": fullwidth,
}
# Adding words to an ad re-weights every other word of its TF-IDF vector, so
# "never lowers" allows a rounding-sized slack.
SLACK = 0.01


@pytest.mark.parametrize("name", sorted(DISGUISES))
@pytest.mark.parametrize("ad", SCAM_ADS)
def test_disguising_a_scam_ad_keeps_it_high(tiny_detector, name: str, ad: str) -> None:
    import random

    original = tiny_detector.score_one(ad, explain=False)
    assert original.risk == "high"
    rng = random.Random(f"{name}:{ad}")
    for _ in range(3):
        disguised = DISGUISES[name](ad, rng)
        verdict = tiny_detector.score_one(disguised, explain=False)
        assert verdict.risk == "high", disguised


RED_FLAGS = {
    "id": [
        "Paspor dipegang perusahaan selama kontrak.",
        "Tiket pesawat gratis ke Phnom Penh, tanpa pengalaman.",
    ],
    "en": [
        "Passport held by the company.",
        "Free flight to Phnom Penh, no experience needed.",
    ],
}
REASSURANCES = {
    "id": "Perusahaan berizin resmi No. KEP.123/2024, wawancara di kantor kami di "
    "Jakarta.",
    "en": "Licensed agency, licence no. 123/2024; interview at our office in Jakarta.",
}


def _lang(ad: str) -> str:
    english = ("wanted", "Hiring", "Accountant", "Customer service officer")
    return "en" if any(word in ad for word in english) else "id"


def _job_ad_score(detector, text: str) -> float:  # type: ignore[no-untyped-def]
    # The scam score of the text read as a job ad: whether a text reads as a
    # job ad at all is the document-type model's business (its own tests),
    # and a short ad that a sentence turns into a recognisable job ad would
    # otherwise "gain" risk through the document type alone.
    score: float = detector.score_one(text, explain=False, assume_job_ad=True).score
    return score


@pytest.mark.parametrize("ad", ALL_ADS)
def test_adding_a_red_flag_never_lowers_the_score(tiny_detector, ad: str) -> None:
    base = _job_ad_score(tiny_detector, ad)
    for flag in RED_FLAGS[_lang(ad)]:
        for text in (f"{ad} {flag}", f"{flag} {ad}"):
            assert _job_ad_score(tiny_detector, text) >= base - SLACK
            # With the document type as served, too: a red flag never hides.
            served = tiny_detector.score_one(text, explain=False).score
            assert served >= tiny_detector.score_one(ad, explain=False).score - SLACK


@pytest.mark.parametrize("ad", ALL_ADS)
def test_adding_a_licence_and_an_office_interview_never_raises_the_score(
    tiny_detector, ad: str
) -> None:
    base = _job_ad_score(tiny_detector, ad)
    text = f"{ad} {REASSURANCES[_lang(ad)]}"
    assert _job_ad_score(tiny_detector, text) <= base + SLACK


@pytest.mark.parametrize("ad", SCAM_ADS)
def test_a_warning_around_an_ad_reads_as_a_warning(tiny_detector, ad: str) -> None:
    # Owned by the document-type model (issue 13, doctype half): until the
    # artifact carries one, verdicts have no document type and this skips.
    verdict = tiny_detector.score_one(f"WASPADA! This is a scam: {ad}")
    if verdict.document_type is None:
        pytest.skip("the model artifact has no document-type classifier")
    assert verdict.document_type == "warning_or_news"
    assert verdict.risk == "low"
