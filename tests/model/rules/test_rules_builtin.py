"""Built-in rules: coverage of the issue's list, examples, hard negatives."""

from __future__ import annotations

import pytest

from model.rules.base import KNOWN_CATEGORIES
from model.rules.registry import RuleRegistry, format_rules_listing

BUILTIN = RuleRegistry.from_paths([], include_builtin=True)
EXAMPLES = [
    pytest.param(rule.id, text, kind == "positive", id=f"{rule.id}-{kind}-{i}")
    for rule in BUILTIN.rules
    for kind in ("positive", "negative")
    for i, text in enumerate(getattr(rule.examples, kind))
]


def test_at_least_30_rules_with_sources_and_examples() -> None:
    pattern_rules = [rule for rule in BUILTIN.rules if not rule.is_meta]
    assert len(pattern_rules) >= 30
    for rule in BUILTIN.rules:
        assert rule.source.strip(), rule.id
        assert "http" not in rule.source, "cite publications, not invented URLs"
        assert rule.examples.positive, f"{rule.id} has no positive example"
        assert rule.examples.negative, f"{rule.id} has no negative example"
        assert rule.title.en and rule.title.id and rule.message.en and rule.message.id


def test_categories_cover_the_issue() -> None:
    categories = {rule.category for rule in BUILTIN.rules}
    assert categories == set(KNOWN_CATEGORIES)
    ids = {rule.id for rule in BUILTIN.rules}
    for needed in (
        "destination_cambodia.v1",
        "destination_myanmar.v1",
        "destination_laos_golden_triangle.v1",
        "transit_thai_border.v1",
        "destination_philippines.v1",
        "salary_far_above_norm.v1",
        "typing_speed_test.v1",
        "free_travel_abroad.v1",
        "tourist_visa_for_work.v1",
        "work_permit_after_arrival.v1",
        "coached_immigration_lie.v1",
        "passport_handover.v1",
        "contact_telegram.v1",
        "short_link.v1",
        "urgent_hiring.v1",
        "unnamed_foreign_company.v1",
        "online_gambling_product.v1",
        "crypto_investment_product.v1",
        "task_scam_pay_per_like.v1",
        "deposit_to_unlock_tasks.v1",
        "upfront_fees.v1",
        "not_official_placement_country.v1",
    ):
        assert needed in ids


@pytest.mark.parametrize(("rule_id", "text", "fires"), EXAMPLES)
def test_rule_examples(
    registry: RuleRegistry, rule_id: str, text: str, fires: bool
) -> None:
    assert (rule_id in registry.fired(text)) is fires


# (rule, text, language) - extra positives in the region's languages.
MULTILINGUAL = [
    ("destination_cambodia.v1", "Loker kerja ke Kamboja, berangkat bulan depan", "id"),
    ("destination_cambodia.v1", "Jawatan kosong di Kemboja, gaji lumayan", "ms"),
    ("destination_cambodia.v1", "高薪招聘，工作地点：金边", "zh"),
    ("destination_cambodia.v1", "ทำงานที่ปอยเปต", "th"),
    ("destination_cambodia.v1", "Làm việc tại Campuchia", "vi"),
    ("destination_cambodia.v1", "ការងារនៅភ្នំពេញ", "km"),
    ("destination_cambodia.v1", "Trabaho sa Cambodia, libreng pamasahe", "tl"),
    ("destination_myanmar.v1", "Kerja di Myawaddy, dekat Mae Sot", "id"),
    ("free_travel_abroad.v1", "Tiket penerbangan percuma disediakan", "ms"),
    ("free_travel_abroad.v1", "Libreng pamasahe papuntang Cambodia", "tl"),
    ("free_travel_abroad.v1", "机票报销", "zh"),
    ("free_travel_abroad.v1", "ตั๋วเครื่องบินฟรี", "th"),
    ("free_housing_meals.v1", "Penginapan percuma dan makan percuma", "ms"),
    ("no_experience_needed.v1", "Tiada pengalaman diperlukan", "ms"),
    ("no_experience_needed.v1", "Walang karanasan, ok lang", "tl"),
    ("no_experience_needed.v1", "មិនត្រូវការបទពិសោធន៍", "km"),
    ("high_income_promise.v1", "เงินเดือนสูง", "th"),
    ("high_income_promise.v1", "Malaking sahod sa abroad", "tl"),
    ("tourist_visa_for_work.v1", "Masuk pakai visa pelancong dulu", "ms"),
    ("upfront_fees.v1", "Yuran pendaftaran RM300 dikenakan", "ms"),
    ("upfront_fees.v1", "Phí hồ sơ 2 triệu", "vi"),
    ("online_gambling_product.v1", "รับสมัครแอดมินเว็บพนัน", "th"),
    ("passport_handover.v1", "Pasport disimpan oleh majikan", "ms"),
    ("contact_telegram.v1", "Hubungi TELEGRAM @kerjaLN", "id"),
    ("salary_far_above_norm.v1", "Kerja CS di Kemboja, gaji RM8,000 sebulan", "ms"),
    ("salary_far_above_norm.v1", "Tuyển CSKH Campuchia lương 30 triệu/tháng", "vi"),
    ("salary_far_above_norm.v1", "Typist sa Cambodia, $1,500 a month", "tl"),
]


@pytest.mark.parametrize(("rule_id", "text", "lang"), MULTILINGUAL)
def test_multilingual_positives(
    registry: RuleRegistry, rule_id: str, text: str, lang: str
) -> None:
    assert rule_id in registry.fired(text), (lang, text)


LEGIT_HOTEL = (
    "Front Office Agent - 5-star hotel in Phnom Penh, Cambodia. "
    "Employment visa and work permit are processed by the hotel before your "
    "start date. Salary USD 450 per month plus service charge. Apply via our "
    "careers page with your CV."
)


def test_legit_hotel_in_phnom_penh_fires_destination_only(
    registry: RuleRegistry,
) -> None:
    fired = registry.fired(LEGIT_HOTEL)
    assert "destination_cambodia.v1" in fired
    for rule_id in (
        "passport_handover.v1",
        "tourist_visa_for_work.v1",
        "work_permit_after_arrival.v1",
        "salary_far_above_norm.v1",
        "meta_irregular_migration.v1",
        "meta_compound_recruitment.v1",
    ):
        assert rule_id not in fired


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [
        ("upfront_fees.v1", "Kami tidak memungut biaya apa pun dari pelamar."),
        ("upfront_fees.v1", "Tanpa biaya pendaftaran."),
        ("upfront_fees.v1", "Biaya medical ditanggung perusahaan."),
        ("passport_handover.v1", "Jangan serahkan paspor kepada agen atau perusahaan."),
        ("passport_handover.v1", "WASPADA: jangan pernah serahkan paspor Anda!"),
        ("passport_handover.v1", "Menahan paspor pekerja adalah tindak pidana."),
        ("tourist_visa_for_work.v1", "Jangan mau berangkat kerja pakai visa turis."),
        ("bait_role_cs_admin.v1", "Biaya administrasi ditanggung"),
        ("online_gambling_product.v1", "Gudang di Bandar Lampung"),
    ],
)
def test_hard_negatives(registry: RuleRegistry, rule_id: str, text: str) -> None:
    assert rule_id not in registry.fired(text)


def test_negation_does_not_cross_sentences(registry: RuleRegistry) -> None:
    text = "Jangan khawatir. Paspor akan dipegang perusahaan selama kontrak."
    assert "passport_handover.v1" in registry.fired(text)


SCAM_ID = (
    "<p><b>LOKER KAMBOJA</b> 🇰🇭 Dibutuhkan segera CS online &amp; admin, "
    "tanpa pengalaman, gaji 15jt/bulan, tiket PP ditanggung, mess gratis.</p>"
    "Berangkat pakai visa turis, visa kerja diurus setelah sampai. "
    "Info: Telegram @hrd_kh"
)
SCAM_EN = (
    "Hiring customer service in Sihanoukville! No experience needed, salary "
    "USD 1,500, free flight and accommodation. Your passport will be kept by "
    "the company. Contact t.me/recruit_kh"
)
SCAM_MS = (
    "Jawatan kosong khidmat pelanggan di Kemboja, tiada pengalaman diperlukan, "
    "gaji RM8,000 sebulan, tiket penerbangan percuma. Hubungi Telegram."
)


@pytest.mark.parametrize("text", [SCAM_ID, SCAM_EN, SCAM_MS], ids=["id", "en", "ms"])
def test_full_ads_fire_with_exact_evidence(registry: RuleRegistry, text: str) -> None:
    hits = registry.match(text)
    fired = {hit.rule_id for hit in hits}
    assert {"destination_cambodia.v1", "meta_compound_recruitment.v1"} <= fired
    assert "salary_far_above_norm.v1" in fired
    assert hits == sorted(hits, key=lambda h: (h.start, h.end, h.rule_id))
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
        assert hit.text.strip()
        assert hit.weight == registry.get(hit.rule_id).weight


def test_evidence_maps_through_html_and_entities(registry: RuleRegistry) -> None:
    hits = registry.match(SCAM_ID)
    texts = {(hit.rule_id, hit.text) for hit in hits}
    assert ("destination_cambodia.v1", "KAMBOJA") in texts
    assert ("destination_cambodia.v1", "🇰🇭") in texts
    assert ("salary_far_above_norm.v1", "15jt/bulan") in texts
    assert ("free_travel_abroad.v1", "tiket PP ditanggung") in texts


def test_meta_rule_evidence_is_first_hit_of_each_component(
    registry: RuleRegistry,
) -> None:
    hits = registry.match(SCAM_EN)
    meta = [h for h in hits if h.rule_id == "meta_compound_recruitment.v1"]
    assert len(meta) >= 3
    plain = {(h.start, h.end) for h in hits if not h.rule_id.startswith("meta_")}
    assert all((h.start, h.end) in plain for h in meta)


def test_every_occurrence_is_a_hit(registry: RuleRegistry) -> None:
    text = "Kerja di Kamboja. Lokasi Phnom Penh, Kamboja."
    hits = [h for h in registry.match(text) if h.rule_id == "destination_cambodia.v1"]
    assert [h.text for h in hits] == ["Kamboja", "Phnom Penh", "Kamboja"]


def test_dotless_i_text_falls_back_without_losing_offsets(
    registry: RuleRegistry,
) -> None:
    # "İ".lower() is two characters; the case-insensitive fallback is used.
    text = "İSTANBUL ofisi değil: KAMBOJA, gaji besar"
    hits = registry.match(text)
    assert {"destination_cambodia.v1", "high_income_promise.v1"} <= {
        h.rule_id for h in hits
    }
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_public_api(registry: RuleRegistry) -> None:
    rule = registry.get("free_travel_abroad.v1")
    assert rule.title.en and rule.message.id and 0 <= rule.weight <= 1
    with pytest.raises(KeyError):
        registry.get("nope.v1")
    dicts = registry.to_public_dicts()
    assert len(dicts) == len(registry.rules)
    assert set(dicts[0]) == {
        "id", "title", "message", "weight", "languages", "category", "source",
    }  # fmt: skip
    assert len(registry.fingerprint) == 64
    assert registry.fingerprint == RuleRegistry.from_paths([]).fingerprint
    listing = format_rules_listing(registry, lang="id")
    assert "free_travel_abroad.v1" in listing and "Tiket pesawat gratis" in listing
    assert "Free flight abroad" in format_rules_listing(registry)
