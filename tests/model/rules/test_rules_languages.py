"""Built-in rules in Thai, Tagalog, Khmer, Vietnamese, Malay and Chinese.

The phrases were written from how recruitment ads in these languages read,
not from the robustness slices (``data/slices/lang_*_v2`` were written after
them and are held out). Each row is a whole sentence of an ad; the
negatives are legitimate or warning sentences that share the words.
"""

from __future__ import annotations

import unicodedata

import pytest

from model.rules.registry import RuleRegistry

BUILTIN = RuleRegistry.from_paths([], include_builtin=True)


def test_every_phrase_is_spelt_as_normalisation_leaves_it() -> None:
    # Rules match NFKC-normalised text; a phrase that NFKC would change (Thai
    # SARA AM U+0E33 becomes U+0E4D U+0E32) can never fire.
    unstable = [
        (rule.id, phrase)
        for rule in BUILTIN.rules
        for phrase in rule.phrases
        if unicodedata.normalize("NFKC", phrase) != phrase
    ]
    assert unstable == []


# (rule, text, fires)
SENTENCES = [
    # Thai
    ("no_education_required.v1", "รับสมัครแอดมิน ไม่ต้องใช้วุฒิ เงินเดือนดี", True),
    ("no_education_required.v1", "ไม่จำกัดวุฒิ ขอแค่ขยัน", True),
    ("no_education_required.v1", "วุฒิปริญญาตรีสาขาบัญชี", False),
    ("no_experience_needed.v1", "ไม่จำเป็นต้องมีประสบการณ์ เราสอนงานให้", True),
    ("no_experience_needed.v1", "มีประสบการณ์ด้านบัญชีอย่างน้อย 2 ปี", False),
    ("free_visa_processing.v1", "บริษัทออกค่าวีซ่าให้ทั้งหมด", True),
    ("free_visa_processing.v1", "ทำวีซ่าให้ฟรี พร้อมตั๋วเครื่องบิน", True),
    ("free_visa_processing.v1", "ผู้สมัครต้องมีหนังสือเดินทางที่ยังไม่หมดอายุ", False),
    ("free_travel_abroad.v1", "ออกค่าตั๋วเครื่องบินให้ เดินทางได้เลย", True),
    ("free_housing_meals.v1", "ฟรีที่พัก อาหาร 3 มื้อ", True),
    ("work_permit_after_arrival.v1", "ไปถึงแล้วค่อยทำวีซ่าทำงาน", True),
    ("fast_departure.v1", "บินทันทีหลังสัมภาษณ์", True),
    ("urgent_hiring.v1", "รับจำนวนจำกัด ด่วนมาก", True),
    ("destination_laos_golden_triangle.v1", "ทำงานคาสิโนสามเหลี่ยมทองคำ", True),
    ("destination_cambodia.v1", "ประจำสำนักงานพนมเปญ", True),
    # Tagalog
    ("no_experience_needed.v1", "Walang experience? Pwede pa rin!", True),
    ("no_experience_needed.v1", "Hindi kailangan ng karanasan, may training", True),
    ("no_experience_needed.v1", "Kailangan ng tatlong taong experience", False),
    ("free_visa_processing.v1", "Kumpanya na ang bahala sa visa mo", True),
    ("free_visa_processing.v1", "Ang visa ay sagot ng kumpanya", True),
    ("free_visa_processing.v1", "Dapat may sarili kang visa bago mag-apply", False),
    ("free_travel_abroad.v1", "Sagot ng kumpanya ang visa, pamasahe at tirahan", True),
    ("free_travel_abroad.v1", "Libre ang flight papunta", True),
    ("free_housing_meals.v1", "Sagot ng kumpanya ang visa, pamasahe at tirahan", True),
    ("free_housing_meals.v1", "Libreng training para sa lahat ng bagong hire", False),
    ("high_income_promise.v1", "Malaking sweldo agad sa unang buwan", True),
    ("light_work_high_pay.v1", "Magaan na trabaho, mataas na sahod", True),
    ("work_permit_after_arrival.v1", "Doon na aayusin ang working visa mo", True),
    ("coached_immigration_lie.v1", "Kapag tinanong ng immigration, bakasyon", True),
    ("passport_handover.v1", "Iiwan sa kumpanya ang passport mo", True),
    ("passport_handover.v1", "Huwag iiwan sa kumpanya ang passport mo", False),
    ("fast_departure.v1", "Aalis ngayong linggo, PM na", True),
    ("urgent_hiring.v1", "Kaunti na lang ang slot!", True),
    ("bait_role_cs_admin.v1", "Hiring chat support at encoder", True),
    # Khmer
    ("destination_cambodia.v1", "ការងារនៅប៉ោយប៉ែត", True),
    ("free_housing_meals.v1", "ស្នាក់នៅឥតគិតថ្លៃ", True),
    ("no_experience_needed.v1", "គ្មានបទពិសោធន៍ក៏បាន", True),
    ("urgent_hiring.v1", "ត្រូវការជាបន្ទាន់", True),
    # Vietnamese
    ("high_income_promise.v1", "Lương khủng, thưởng cao", True),
    ("free_visa_processing.v1", "Công ty lo visa và vé máy bay", True),
    ("free_housing_meals.v1", "Bao ăn uống, chỗ ở miễn phí", True),
    ("no_experience_needed.v1", "Chưa có kinh nghiệm sẽ được đào tạo", True),
    ("destination_laos_golden_triangle.v1", "Làm việc tại đặc khu Tam Giác Vàng", True),
    # Malay
    ("free_travel_abroad.v1", "Tiket kapal terbang percuma disediakan", True),
    ("no_education_required.v1", "Tak perlu SPM, boleh mohon", True),
    ("fast_departure.v1", "Berlepas minggu ini ke Kemboja", True),
    # Chinese
    ("free_housing_meals.v1", "包吃包住，机票报销", True),
    ("no_education_required.v1", "学历无要求，会打字即可", True),
    ("no_experience_needed.v1", "小白可做，有人带", True),
]


@pytest.mark.parametrize(("rule_id", "text", "fires"), SENTENCES)
def test_sentence(registry: RuleRegistry, rule_id: str, text: str, fires: bool) -> None:
    assert (rule_id in registry.fired(text)) is fires, sorted(registry.fired(text))
