"""Per-language audit of the built-in rules: a concept x language checklist.

Each row is a sentence written the way scam-compound recruiters (and, for
the negatives, ordinary employers) write job posts on Facebook, Telegram,
LINE and Zalo in Malay, Vietnamese, Thai, Tagalog/Taglish, Khmer and
Chinese, with a few English and Indonesian controls. The sentences were
written from knowledge of the languages, not taken from any test set.

A row names the rule id, or ``category:<name>``, that must (or must not)
fire. The concepts are the ones the compound-recruitment meta rule is built
from (destination, salary, travel benefit, bait role, low barrier) plus
pressure, private channels, documents and irregular migration; ``meta`` rows
are whole ads, ``neg`` rows legitimate look-alikes.
"""

# ruff: noqa: E501  (the checklist is a table of whole sentences, one per row)
from __future__ import annotations

import pytest

from model.rules.registry import RuleRegistry
from model.rules.salary import CONTEXT_CHARS, find_salary_spans, parse_salary

REGISTRY = RuleRegistry.from_paths([], include_builtin=True)

META = "meta_compound_recruitment.v1"
DEST = "category:destination"
SALARY = "category:salary"
TRAVEL = "category:travel_benefit"
BAIT = "category:bait_role"
LOW = "category:low_barrier"
PRESSURE = "category:pressure"
CONTACT = "category:contact"
ABOVE_NORM = "salary_far_above_norm.v1"
OFFSHORE = "meta_offshore_office_bait.v1"

# (language, concept, text, rule id or category, fires)
CHECKLIST: list[tuple[str, str, str, str, bool]] = [
    # --- Malay (Malaysia) ---------------------------------------------------
    ("ms", "bait", "Jawatan kosong: khidmat pelanggan online, kerja di pejabat", BAIT, True),
    ("ms", "bait", "Kekosongan jurutaip dan kemasukan data, boleh mula segera", BAIT, True),
    ("ms", "bait", "Jawatan pemasaran online, gaji lumayan", BAIT, True),
    ("ms", "bait", "Dicari penterjemah bahasa Cina untuk syarikat", BAIT, True),
    ("ms", "salary", "Gaji RM8,000 sebulan untuk khidmat pelanggan di Kemboja", ABOVE_NORM, True),
    ("ms", "salary", "Pendapatan 5 angka sebulan, kerja mudah", SALARY, True),
    ("ms", "salary", "Admin online, gaji lumayan RM 6k-10k", ABOVE_NORM, True),
    ("ms", "salary", "Kerja senang gaji tinggi, tak perlu pengalaman", SALARY, True),
    ("ms", "travel", "Tiket flight ditanggung syarikat, penginapan percuma", "free_travel_abroad.v1", True),
    ("ms", "travel", "Visa dan permit kerja percuma, semua diuruskan syarikat", "free_visa_processing.v1", True),
    ("ms", "travel", "Makan dan tempat tinggal disediakan percuma", "free_housing_meals.v1", True),
    ("ms", "travel", "Hostel percuma dan makan tiga kali sehari", "free_housing_meals.v1", True),
    ("ms", "low", "Tiada pengalaman pun boleh mohon, latihan disediakan", "no_experience_needed.v1", True),
    ("ms", "low", "Hanya perlu tahu menaip dan guna telefon pintar", LOW, True),
    ("ms", "low", "Tak perlu kelulusan SPM, semua boleh mohon", "no_education_required.v1", True),
    ("ms", "urgent", "Berlepas dalam masa 3 hari selepas temuduga", "fast_departure.v1", True),
    ("ms", "urgent", "Kekosongan segera! Tempat terhad", "urgent_hiring.v1", True),
    ("ms", "contact", "Berminat? PM tepi atau WhatsApp sahaja", CONTACT, True),
    ("ms", "dest", "Kerja di Kemboja, kawasan Sihanoukville", "destination_cambodia.v1", True),
    ("ms", "dest", "Kerja pejabat di Myanmar, dekat sempadan Thailand", DEST, True),
    ("ms", "docs", "Pasport akan disimpan oleh syarikat sepanjang kontrak", "passport_handover.v1", True),
    ("ms", "imm", "Masuk guna visa pelancong dulu, nanti uruskan di sana", "tourist_visa_for_work.v1", True),
    ("ms", "meta", "Jawatan kosong khidmat pelanggan di Kemboja. Gaji RM8,000 sebulan, "
     "tiket flight ditanggung, tiada pengalaman pun boleh. PM tepi.", META, True),
    ("ms", "meta", "Kerja admin online di Kemboja, gaji lumayan, makan dan penginapan percuma", META, True),
    ("ms", "meta", "Jurutaip di Myanmar, pendapatan 5 angka, tiket kapal terbang percuma", META, True),
    ("ms", "neg", "Eksekutif pemasaran, pejabat di Kuala Lumpur. Gaji RM3,500, pengalaman "
     "2 tahun dalam pemasaran digital.", DEST, False),
    ("ms", "neg", "Eksekutif pemasaran, pejabat di Kuala Lumpur. Gaji RM3,500, pengalaman "
     "2 tahun dalam pemasaran digital.", META, False),
    ("ms", "neg", "Operator pengeluaran kilang di Johor, asrama disediakan, gaji RM1,800, "
     "tiada pengalaman diperlukan", META, False),
    ("ms", "neg", "Admin akaun di Shah Alam, gaji RM 3k-4k sebulan", ABOVE_NORM, False),
    # --- Vietnamese ----------------------------------------------------------
    ("vi", "bait", "Tuyển nhân viên đánh máy, làm việc văn phòng", BAIT, True),
    ("vi", "bait", "Tuyển nhân viên telesale và kinh doanh online, không cần kinh nghiệm", BAIT, True),
    ("vi", "bait", "Cần tuyển nhân viên CSKH trực page", BAIT, True),
    ("vi", "bait", "Tuyển phiên dịch tiếng Trung làm việc tại công ty", BAIT, True),
    ("vi", "salary", "Tuyển nhân viên văn phòng, lương 1.500$/tháng, thưởng doanh số", ABOVE_NORM, True),
    ("vi", "salary", "Nhân viên chat, lương từ 1000-2000 đô, bao ăn ở", ABOVE_NORM, True),
    ("vi", "salary", "Thu nhập 30-50 triệu/tháng cho nhân viên chat", ABOVE_NORM, True),
    ("vi", "salary", "Việc nhẹ lương cao, thu nhập nghìn đô", SALARY, True),
    ("vi", "travel", "Công ty bao vé máy bay khứ hồi và lo visa", "free_travel_abroad.v1", True),
    ("vi", "travel", "Được hỗ trợ làm hộ chiếu, bao xuất cảnh", TRAVEL, True),
    ("vi", "travel", "Bao ăn ngủ, ở ký túc xá miễn phí", "free_housing_meals.v1", True),
    ("vi", "low", "Không cần kinh nghiệm, chỉ cần biết đánh máy", LOW, True),
    ("vi", "low", "Không yêu cầu bằng cấp, được đào tạo từ đầu", "no_education_required.v1", True),
    ("vi", "urgent", "Tuyển gấp, bay trong 3 ngày", PRESSURE, True),
    ("vi", "urgent", "Xuất cảnh trong 5 ngày sau phỏng vấn", "fast_departure.v1", True),
    ("vi", "contact", "Ai quan tâm ib mình hoặc nhắn Zalo 0987xxx", CONTACT, True),
    ("vi", "contact", "Liên hệ telegram để biết thêm chi tiết", "contact_telegram.v1", True),
    ("vi", "dest", "Tuyển nhân viên sang Cam làm việc", "destination_cambodia.v1", True),
    ("vi", "dest", "Làm việc bên CPC, lương cao", "destination_cambodia.v1", True),
    ("vi", "dest", "Tuyển nhân viên làm việc tại Lào, bao ăn ở", "destination_laos_golden_triangle.v1", True),
    ("vi", "dest", "Tuyển người đi làm ở Myawaddy, Myanmar", "destination_myanmar.v1", True),
    ("vi", "dest", "Làm việc tại Cămpuchia, khu Bavet", "destination_cambodia.v1", True),
    ("vi", "docs", "Sang đến nơi công ty sẽ giữ hộ chiếu", "passport_handover.v1", True),
    ("vi", "imm", "Đi bằng visa du lịch, sang bên đó làm giấy phép", "tourist_visa_for_work.v1", True),
    ("vi", "imm", "Đi đường tiểu ngạch, không cần hộ chiếu", "unofficial_departure_route.v1", True),
    ("vi", "meta", "Tuyển nhân viên CSKH làm việc tại Campuchia, lương 1.500$/tháng, bao vé "
     "máy bay, không cần kinh nghiệm. Liên hệ Zalo.", META, True),
    ("vi", "meta", "Tuyển nhân viên đánh máy sang Cam làm việc, lương từ 1000-2000 đô, bao ăn ở", META, True),
    ("vi", "meta", "Việc nhẹ lương cao tại Lào, bao vé máy bay, không cần kinh nghiệm", META, True),
    ("vi", "neg", "Tuyển nhân viên bán hàng làm việc tại Lào Cai, lương 8 triệu",
     "destination_laos_golden_triangle.v1", False),
    ("vi", "neg", "Công ty ở Lào Cai tuyển nhân viên CSKH, bao ăn ở, không cần kinh nghiệm", META, False),
    ("vi", "neg", "Nhân viên kinh doanh đi sang Lào Cai công tác 3 ngày, bao ăn ở", DEST, False),
    ("vi", "neg", "Bên cam kết trả lương đúng hạn, bao ăn trưa", DEST, False),
    ("vi", "neg", "Tuyển nhân viên kinh doanh tại Cam Ranh, Khánh Hòa", DEST, False),
    ("vi", "neg", "Tuyển nhân viên CSKH tại Hà Nội, lương 9 triệu, hỗ trợ ăn trưa, "
     "không cần kinh nghiệm", META, False),
    # --- Thai ----------------------------------------------------------------
    ("th", "bait", "รับสมัครพนักงานบริการลูกค้า ทำงานออฟฟิศ", BAIT, True),
    ("th", "bait", "รับสมัครแอดมินเพจ และพนักงานคีย์ข้อมูล", BAIT, True),
    ("th", "bait", "รับสมัครมาร์เก็ตติ้งออนไลน์ ทำงานออฟฟิศ", BAIT, True),
    ("th", "salary", "รับสมัครพนักงาน เงินเดือน 50,000 บาท ต่อเดือน", ABOVE_NORM, True),
    ("th", "salary", "งานแอดมิน รายได้ 1 แสนบาทต่อเดือน", ABOVE_NORM, True),
    ("th", "salary", "งานพิมพ์ เงินเดือน 6 หมื่นบาท", ABOVE_NORM, True),
    ("th", "salary", "รับสมัครแอดมิน เงินเดือน 40,000 ถึง 60,000 บาท", ABOVE_NORM, True),
    ("th", "salary", "งานสบาย เงินเดือนสูง", SALARY, True),
    ("th", "travel", "ฟรีตั๋วเครื่องบิน ฟรีที่พัก อาหาร 3 มื้อ", TRAVEL, True),
    ("th", "travel", "มีหอพักฟรี ออกค่าเดินทางให้", "free_housing_meals.v1", True),
    ("th", "travel", "บริษัททำพาสปอร์ตให้ฟรี", "free_visa_processing.v1", True),
    ("th", "low", "ไม่ต้องมีประสบการณ์ มีพี่เลี้ยงสอนงาน", "no_experience_needed.v1", True),
    ("th", "low", "พิมพ์เป็นก็สมัครได้ ไม่จำกัดวุฒิ", LOW, True),
    ("th", "urgent", "รับด่วน บินได้ทันที", PRESSURE, True),
    ("th", "urgent", "พร้อมบินภายใน 3 วัน", "fast_departure.v1", True),
    ("th", "contact", "สนใจแอดไลน์ ID Line: @job123", CONTACT, True),
    ("th", "dest", "ทำงานที่เขมร ฝั่งปอยเปต", "destination_cambodia.v1", True),
    ("th", "dest", "ไปทำงานเขมร งานออฟฟิศ", "destination_cambodia.v1", True),
    ("th", "dest", "ไปทำงานฝั่งพม่า ผ่านแม่สอด", DEST, True),
    ("th", "dest", "งานที่ลาว แขวงบ่อแก้ว", "destination_laos_golden_triangle.v1", True),
    ("th", "docs", "ถึงแล้วต้องฝากพาสปอร์ตไว้กับบริษัท", "passport_handover.v1", True),
    ("th", "imm", "ใช้วีซ่าท่องเที่ยวเข้าไปก่อน", "tourist_visa_for_work.v1", True),
    ("th", "imm", "ข้ามช่องทางธรรมชาติ ไม่ต้องใช้พาสปอร์ต", "unofficial_departure_route.v1", True),
    ("th", "meta", "รับสมัครแอดมิน ทำงานที่กัมพูชา เงินเดือน 50,000 บาท ฟรีตั๋วเครื่องบิน "
     "ไม่ต้องมีประสบการณ์", META, True),
    ("th", "meta", "งานพิมพ์ ทำงานที่เขมร รายได้ดีมาก มีที่พักให้ฟรี รับด่วน", META, True),
    ("th", "meta", "รับสมัครพนักงานแชท ไปทำงานเมียวดี บินฟรี เงินเดือนสูง", META, True),
    ("th", "neg", "โรงแรมในกรุงเทพฯ รับสมัครพนักงานต้อนรับ มีหอพักพนักงาน อาหาร 3 มื้อ "
     "ไม่ต้องมีประสบการณ์", META, False),
    ("th", "neg", "โรงงานที่สมุทรสาคร รับสมัครแรงงานพม่าและกัมพูชา มีที่พักให้ "
     "ไม่ต้องมีประสบการณ์", META, False),
    ("th", "neg", "รับสมัครล่ามภาษาเขมร ประจำโรงงานที่ชลบุรี", DEST, False),
    ("th", "neg", "รับสมัครแม่บ้านชาวพม่า มีที่พักให้ เงินเดือน 12,000 บาท", DEST, False),
    # --- Tagalog / Taglish ---------------------------------------------------
    ("tl", "bait", "Hiring: Chat Support Agent, work from office", BAIT, True),
    ("tl", "bait", "Naghahanap ng typist at data encoder", BAIT, True),
    ("tl", "bait", "Hiring game tester at Chinese translator", BAIT, True),
    ("tl", "salary", "Hiring CSR, sahod ₱80,000 kada buwan", ABOVE_NORM, True),
    ("tl", "salary", "Chat support, sweldo 1,500 USD monthly", ABOVE_NORM, True),
    ("tl", "salary", "Naghahanap ng typist, sahod 80k hanggang 100k kada buwan", ABOVE_NORM, True),
    ("tl", "salary", "Malaking sahod, magaan na trabaho", SALARY, True),
    ("tl", "travel", "Libre ang ticket, visa at accommodation", TRAVEL, True),
    ("tl", "travel", "Sagot ng kumpanya ang pamasahe at tirahan", TRAVEL, True),
    ("tl", "low", "Kahit walang experience, basta marunong mag-type", LOW, True),
    ("tl", "low", "Kahit high school graduate pwede mag-apply", "no_education_required.v1", True),
    ("tl", "urgent", "Urgent hiring! Lipad agad", PRESSURE, True),
    ("tl", "contact", "Interested? PM lang po o message sa Telegram", CONTACT, True),
    ("tl", "contact", "Mag-PM na para sa details", CONTACT, True),
    ("tl", "dest", "Trabaho sa Cambodia, Phnom Penh", DEST, True),
    ("tl", "dest", "Office sa Myawaddy, malapit sa Thailand border", DEST, True),
    ("tl", "dest", "Trabaho sa Kambodya, libre lahat", "destination_cambodia.v1", True),
    ("tl", "docs", "Iiwan sa kumpanya ang passport pagdating", "passport_handover.v1", True),
    ("tl", "imm", "Tourist visa lang, dadaan sa backdoor", "unofficial_departure_route.v1", True),
    ("tl", "imm", "May escort sa immigration, walang problema", "unofficial_departure_route.v1", True),
    ("tl", "meta", "Hiring CSR sa Cambodia! Sahod $1,500 monthly, libre ang flight at "
     "tirahan. Kahit walang experience. PM lang po.", META, True),
    ("tl", "meta", "Urgent hiring encoder sa Myanmar, malaking sahod, free flight", META, True),
    ("tl", "meta", "Chat support sa Laos, sweldo 1,200 USD, libreng pamasahe", META, True),
    ("tl", "neg", "Hiring CSR sa Makati, ₱20,000 kada buwan, kahit walang experience", META, False),
    ("tl", "neg", "Hiring cashier sa SM Mall of Asia, Pasay City, ₱610 daily", DEST, False),
    ("tl", "neg", "Hiring CSR sa Makati, sahod 25k monthly", ABOVE_NORM, False),
    ("tl", "neg", "Security analyst: review backdoor threats on our servers", "unofficial_departure_route.v1", False),
    # --- Khmer ---------------------------------------------------------------
    ("km", "bait", "ជ្រើសរើសបុគ្គលិកសេវាអតិថិជន", BAIT, True),
    ("km", "bait", "ត្រូវការអ្នកវាយអក្សរ និងបញ្ចូលទិន្នន័យ", BAIT, True),
    ("km", "bait", "ជ្រើសរើសបុគ្គលិកផ្នែកទីផ្សារតាមអនឡាញ", BAIT, True),
    ("km", "bait", "ជ្រើសរើសអ្នកបកប្រែភាសាចិន", BAIT, True),
    ("km", "salary", "ការងារវាយអក្សរ ប្រាក់ខែ 1500$ ក្នុងមួយខែ", ABOVE_NORM, True),
    ("km", "salary", "ការងារវាយអក្សរ ប្រាក់ខែ ១៥០០ ដុល្លារ", ABOVE_NORM, True),
    ("km", "salary", "ប្រាក់ខែខ្ពស់ ការងារស្រួល", SALARY, True),
    ("km", "travel", "មានកន្លែងស្នាក់នៅ និងហូបចុកឥតគិតថ្លៃ", TRAVEL, True),
    ("km", "travel", "ក្រុមហ៊ុនចេញថ្លៃសំបុត្រយន្តហោះ", "free_travel_abroad.v1", True),
    ("km", "travel", "ធ្វើលិខិតឆ្លងដែនជូនដោយឥតគិតថ្លៃ", "free_visa_processing.v1", True),
    ("km", "low", "មិនចាំបាច់មានបទពិសោធន៍", "no_experience_needed.v1", True),
    ("km", "low", "គ្រាន់តែចេះប្រើទូរស័ព្ទ", LOW, True),
    ("km", "urgent", "ជ្រើសរើសបន្ទាន់ ចំនួនមានកំណត់", PRESSURE, True),
    ("km", "contact", "ទាក់ទងតាម Telegram", CONTACT, True),
    ("km", "contact", "ចាប់អារម្មណ៍សូម inbox មក", CONTACT, True),
    ("km", "dest", "ធ្វើការនៅក្រុងព្រះសីហនុ", "destination_cambodia.v1", True),
    ("km", "dest", "ធ្វើការនៅប្រទេសភូមា ជិតព្រំដែនថៃ", "destination_myanmar.v1", True),
    ("km", "dest", "ធ្វើការនៅមៀវ៉ាឌី", "destination_myanmar.v1", True),
    ("km", "docs", "ក្រុមហ៊ុនរក្សាលិខិតឆ្លងដែន", "passport_handover.v1", True),
    ("km", "imm", "ឆ្លងដែនខុសច្បាប់ មិនចាំបាច់មានលិខិតឆ្លងដែន", "unofficial_departure_route.v1", True),
    ("km", "meta", "ជ្រើសរើសបុគ្គលិកសេវាអតិថិជន ធ្វើការនៅប្រទេសភូមា ប្រាក់ខែ 1500$ "
     "មានកន្លែងស្នាក់នៅ", META, True),
    ("km", "meta", "ការងារវាយអក្សរនៅបាវិត ប្រាក់ខែខ្ពស់ មិនត្រូវការបទពិសោធន៍", META, True),
    ("km", "neg", "ក្រុមហ៊ុននៅភ្នំពេញ ជ្រើសរើសបុគ្គលិកសេវាអតិថិជន ប្រាក់ខែ 300$", META, False),
    ("km", "neg", "ក្រុមហ៊ុននៅភ្នំពេញ ជ្រើសរើសបុគ្គលិករដ្ឋបាល ប្រាក់ខែ 350$ "
     "ត្រូវការបទពិសោធន៍ 2 ឆ្នាំ", META, False),
    # --- Chinese -------------------------------------------------------------
    ("zh", "bait", "招聘游戏测试员和翻译", BAIT, True),
    ("zh", "bait", "招聘话务员", BAIT, True),
    ("zh", "salary", "招聘客服，底薪8000+提成，月入过万", SALARY, True),
    ("zh", "salary", "柬埔寨客服月薪1.5W", ABOVE_NORM, True),
    ("zh", "salary", "柬埔寨西港客服，底薪1500U+提成", ABOVE_NORM, True),
    ("zh", "salary", "柬埔寨招聘打字员，月薪1-2万", ABOVE_NORM, True),
    ("zh", "travel", "包机票，提供食宿", TRAVEL, True),
    ("zh", "travel", "包落地，路费报销", "free_travel_abroad.v1", True),
    ("zh", "travel", "公司承担往返机票", "free_travel_abroad.v1", True),
    ("zh", "low", "无需经验，有手就行", LOW, True),
    ("zh", "urgent", "急招，随时出发", PRESSURE, True),
    ("zh", "contact", "有意者加V详聊", CONTACT, True),
    ("zh", "contact", "联系飞机：@hr888", "contact_telegram.v1", True),
    ("zh", "dest", "西哈努克港招聘客服", "destination_cambodia.v1", True),
    ("zh", "dest", "木牌园区招聘", "destination_cambodia.v1", True),
    ("zh", "neg", "招聘店长，性格果敢，执行力强，月薪8000元", DEST, False),
    ("zh", "dest", "果敢老街高薪招聘", "destination_myanmar.v1", True),
    ("zh", "dest", "KK园区直招", "destination_myanmar.v1", True),
    ("zh", "dest", "老挝波乔金木棉特区招聘", "destination_laos_golden_triangle.v1", True),
    ("zh", "dest", "菲律宾克拉克招聘客服", "destination_philippines.v1", True),
    ("zh", "docs", "到达后护照统一保管", "passport_handover.v1", True),
    ("zh", "imm", "持旅游签入境，到了再办工签", "tourist_visa_for_work.v1", True),
    ("zh", "imm", "走小路过境，不需要护照", "unofficial_departure_route.v1", True),
    ("zh", "meta", "柬埔寨西港招聘客服，底薪1500U，包吃住，机票报销", META, True),
    ("zh", "meta", "缅北招聘打字员，月薪2万，无需经验", META, True),
    ("zh", "meta", "西哈努克港招聘网络推广，高薪，包机票", META, True),
    ("zh", "meta", "柬埔寨招聘打字员，月薪1-2万，包吃住", META, True),
    ("zh", "neg", "北京朝阳区招聘客服，月薪6000，包住，经验不限", META, False),
    ("zh", "neg", "招聘柬埔寨语翻译，工作地点深圳，月薪8000元，五险一金", META, False),
    ("zh", "neg", "招聘柬埔寨语翻译，工作地点深圳，月薪8000元，五险一金", DEST, False),
    ("zh", "neg", "上海招聘行政文员，月薪6000-8000，双休", ABOVE_NORM, False),
    # --- English / Indonesian controls --------------------------------------
    ("en", "bait", "Hiring game testers and Chinese translators", BAIT, True),
    ("id", "bait", "Dicari penerjemah bahasa Mandarin", BAIT, True),
    ("id", "bait", "Lowongan game tester, kerja di kantor", BAIT, True),
    ("en", "neg", "Hotel in Dubai hiring waiters: free visa, air ticket and accommodation "
     "provided", META, False),
    ("en", "neg", "Khmer translator for our Bangkok office, salary 30k baht", DEST, False),
    # --- Work "abroad" with no country named (stop 26) ----------------------
    # An office job "abroad" plus a lure is the compound pattern without a
    # destination (meta_offshore_office_bait.v1, which has a floor); a trip
    # abroad as a sales prize, overseas clients or a foreign-language job at
    # home are not a move abroad.
    ("id", "abroad", "Dibutuhkan admin chat untuk kantor di luar negeri, gaji 18 juta, tiket pesawat gratis", OFFSHORE, True),
    ("en", "abroad", "Typist needed for an office abroad. Salary $1,500, free flight and housing, no experience", OFFSHORE, True),
    ("ms", "abroad", "Kerja kerani data di luar negara, gaji RM7,000, tiket flight percuma", OFFSHORE, True),
    ("tl", "abroad", "Chat support sa ibang bansa, 60k monthly, libreng pamasahe, walang experience", OFFSHORE, True),
    ("vi", "abroad", "Tuyển nhân viên nhập liệu đi nước ngoài làm việc, lương 30 triệu, bao vé máy bay", OFFSHORE, True),
    ("th", "abroad", "รับสมัครแอดมิน ทำงานต่างประเทศ เงินเดือน 45,000 บาท บินฟรี", OFFSHORE, True),
    ("zh", "abroad", "出国打字员，月薪两万，包来回机票，无需经验", OFFSHORE, True),
    ("zh", "abroad", "誠徵客服，需出國工作，月薪台幣8萬，包機票", OFFSHORE, True),
    ("km", "abroad", "ត្រូវការបុគ្គលិកវាយអក្សរ ធ្វើការនៅក្រៅប្រទេស ប្រាក់ខែ $1,500 សំបុត្រយន្តហោះឥតគិតថ្លៃ", OFFSHORE, True),
    ("en", "abroad", "Customer service for overseas clients, salary PHP 28,000, free shuttle, Makati office", "work_abroad.v1", False),
    ("zh", "abroad", "电话客服，底薪4000+提成，优秀员工每年免费出国旅游", "work_abroad.v1", False),
    ("zh", "abroad", "外贸业务员，产品远销东南亚，月薪6000-9000", "work_abroad.v1", False),
    ("th", "abroad", "รับสมัครพนักงานดูแลลูกค้าต่างประเทศ ทำงานที่สีลม เงินเดือน 18,000 บาท", "work_abroad.v1", False),
    ("vi", "abroad", "Tuyển nhân viên chăm sóc khách hàng người nước ngoài tại Hà Nội", "work_abroad.v1", False),
    ("id", "abroad", "Perawat ke Jepang lewat P3MI resmi, pelatihan bahasa di LPK", OFFSHORE, False),
    # Traditional Chinese spellings of the destinations and roles.
    ("zh", "dest", "誠徵遊戲測試員，工作地點：菲律賓馬尼拉", DEST, True),
    ("zh", "dest", "緬甸妙瓦底園區招聘", DEST, True),
    ("zh", "bait", "招聘打字員、文員，月薪3萬", BAIT, True),
    ("th", "travel", "ที่พัก อาหาร ตั๋วฟรี ทำงานในออฟฟิศ", TRAVEL, True),
    ("th", "travel", "บริษัทออกค่าใช้จ่ายให้ทั้งหมด เดินทางฟรี", TRAVEL, True),
    # Typed without diacritics (Vietnamese) and everyday Malay/Thai wording.
    ("vi", "dest", "can gap 10 ban lam viec tai cam, bao an o", DEST, True),
    ("vi", "dest", "tuyen ke toan tai Cam Ranh, Khanh Hoa", DEST, False),
    ("vi", "dest", "xkld: di lao dong Nhat Ban, phi thap", DEST, False),
    ("vi", "travel", "lam cskh online, bao an o, bao ve may bay", TRAVEL, True),
    ("vi", "low", "ko can kinh nghiem, co dao tao", LOW, True),
    ("vi", "bait", "tuyen nv truc page va nhap lieu, lam ca dem", BAIT, True),
    ("vi", "salary", "viec nhe luong cao, ai can ib", SALARY, True),
    ("ms", "bait", "Cari orang untuk kerja typing, boleh mula minggu depan", BAIT, True),
    ("ms", "salary", "Gaji ikut USD, dibayar hujung bulan", SALARY, True),
    ("ms", "travel", "Tiket company bayar, makan tidur free", TRAVEL, True),
    ("ms", "salary", "Kedai runcit cari pembantu, gaji lumayan, kerja syif", SALARY, False),
    ("th", "bait", "รับคนตอบแชทลูกค้า ทำงานกะดึก", BAIT, True),
    ("th", "salary", "งานออฟฟิศ รายได้เดือนละหลายหมื่น", SALARY, True),
    # Hong Kong and Taiwan pay is judged against Hong Kong and Taiwan norms.
    ("zh", "salary", "九龍灣 文員 月薪HK$18,000 五天工作 有意請WhatsApp", ABOVE_NORM, False),
    ("zh", "salary", "台北門市人員 月薪NT$34,000 週休二日", ABOVE_NORM, False),
    ("zh", "salary", "海外客服 月薪台幣15萬 包吃住", ABOVE_NORM, True),
]  # fmt: skip


def fires(registry: RuleRegistry, text: str, expect: str) -> bool:
    """Whether ``expect`` (a rule id or ``category:<name>``) fires on ``text``."""
    fired = registry.fired(text)
    if expect.startswith("category:"):
        category = expect.split(":", 1)[1]
        return any(registry.get(rule_id).category == category for rule_id in fired)
    return expect in fired


@pytest.mark.parametrize(
    ("lang", "concept", "text", "expect", "should_fire"),
    [
        pytest.param(*row, id=f"{row[0]}-{row[1]}-{index}")
        for index, row in enumerate(CHECKLIST)
    ],
)
def test_checklist(
    lang: str,
    concept: str,
    text: str,
    expect: str,
    should_fire: bool,
) -> None:
    assert fires(REGISTRY, text, expect) is should_fire, sorted(REGISTRY.fired(text))


def test_every_language_has_every_concept() -> None:
    wanted = {
        "bait",
        "salary",
        "travel",
        "low",
        "urgent",
        "contact",
        "dest",
        "meta",
        "neg",
    }
    for lang in ("ms", "vi", "th", "tl", "km", "zh"):
        concepts = {concept for row_lang, concept, *_ in CHECKLIST if row_lang == lang}
        assert wanted <= concepts, (lang, sorted(wanted - concepts))


# How amounts are written in the region: (text, low, high, currency, period).
AMOUNTS = [
    ("lương 1.500$", 1500, 1500, "USD", "month"),
    ("lương 1.500$/tháng", 1500, 1500, "USD", "month"),
    ("1,500 USD", 1500, 1500, "USD", "month"),
    ("1000-2000 đô", 1000, 2000, "USD", "month"),
    ("30k baht", 30_000, 30_000, "THB", "month"),
    ("1 แสนบาท", 100_000, 100_000, "THB", "month"),
    ("6 หมื่นบาท", 60_000, 60_000, "THB", "month"),
    ("RM8,000 sebulan", 8000, 8000, "MYR", "month"),
    ("8,000 ringgit", 8000, 8000, "MYR", "month"),
    ("₱80,000 kada buwan", 80_000, 80_000, "PHP", "month"),
    ("30 triệu", 30e6, 30e6, "VND", "month"),
    ("25.000.000 đồng", 25e6, 25e6, "VND", "month"),
    ("月薪2万", 20_000, 20_000, "CNY", "month"),
    ("月薪1.5W", 15_000, 15_000, "CNY", "month"),
    ("底薪1500U", 1500, 1500, "USD", "month"),
    ("月薪1-2万", 10_000, 20_000, "CNY", "month"),
    ("เงินเดือน 50,000", 50_000, 50_000, "THB", "month"),
    ("ប្រាក់ខែ 1500$", 1500, 1500, "USD", "month"),
    ("ប្រាក់ខែ ១៥០០ ដុល្លារ", 1500, 1500, "USD", "month"),
    ("2000000 រៀល", 2e6, 2e6, "KHR", "month"),
    ("₱80k hanggang ₱100k kada buwan", 80_000, 100_000, "PHP", "month"),
    ("เงินเดือน 40,000 ถึง 60,000 บาท", 40_000, 60_000, "THB", "month"),
    ("₱500 kada araw", 500, 500, "PHP", "day"),
    ("300 บาทต่อวัน", 300, 300, "THB", "day"),
]


@pytest.mark.parametrize(("text", "low", "high", "currency", "period"), AMOUNTS)
def test_amounts_are_found_and_read(
    text: str, low: float, high: float, currency: str, period: str
) -> None:
    lowered = text.lower()
    spans = find_salary_spans(lowered)
    assert len(spans) == 1, [lowered[s:e] for s, e in spans]
    start, end = spans[0]
    before = text[max(0, start - CONTEXT_CHARS) : start]
    found = parse_salary(text[start:end], context_before=before)
    assert found is not None
    assert (found.currency, found.period) == (currency, period)
    assert (found.low, found.high) == pytest.approx((low, high))
