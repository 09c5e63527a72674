"""Synthetic ads that look like real job-board ads, both legitimate and scam.

The scenario generator in ``ads.py`` writes its legitimate ads as short,
tidy prose; real board ads are not like that. A model trained on it plus the
redistributable real data learned "long, sectioned, boilerplate-heavy =
legitimate" and "anything Chinese or Khmer = suspicious", and flagged most
real ads on Cambodian boards and 58.com. This module writes ads in the shapes
those boards use:

* ``board_id``: loker.id / JobStreet Indonesia (Indonesian or English):
  title, PT company, "Kota, Provinsi", rupiah range at local market wages
  (by city), "Deskripsi Pekerjaan / Kualifikasi / Benefit" bullet sections
  and the application boilerplate;
* ``board_sea``: JobStreet Malaysia / Singapore in English (RM / SGD);
* ``board_kh``: CamHR / BongThom / Jobify in Cambodia: English, Khmer and
  Chinese mixed, "$500-$999" or "Negotiable", "(CAMBODIA) CO., LTD."
  employers, factory jobs with dormitories, cut-off descriptions;
* ``board_zh``: 58.com-style domestic Chinese ads: "岗位 | 副标题", city
  wages in 元/月, 岗位职责 / 任职资格, a company introduction and the welfare
  list (包吃住 is ordinary in Chinese factory and service jobs);
* ``board_ph``: JobStreet PH / Kalibrr / Indeed PH / OnlineJobs.ph in
  English or Taglish: "... Inc." employers, peso ranges at market pay per
  role and city (BPO, admin, retail, logistics, VA), Job Description /
  Qualifications / Benefits with BPO boilerplate (HMO, night differential,
  government-mandated benefits), and about a third DMW-licensed agencies'
  overseas job orders (licence number, lawful pay and fees, PDOS/OEC,
  interview at the Manila office);
* ``board_th``: JobThai / JobsDB Thailand, Thai (some English), baht at
  local wages, ประกันสังคม, Bangkok / Chonburi / Rayong, and some
  Chinese-speaking CS jobs in Bangkok at market pay;
* ``board_vi``: TopCV / VietnamWorks, Vietnamese, "8 - 12 triệu", BHXH,
  Hà Nội / TP.HCM / Đà Nẵng, and licensed labour-export (XKLĐ) orders to
  Japan, Korea and Taiwan with licence numbers and fees within the law;
* ``board_scam_*`` (label 1): scam-compound fronts written in the same
  board shapes, so that the board *format* decides nothing; the lure does
  (abroad at several times local pay, no experience, flights and visa paid,
  passport held, Telegram recruiter); ``board_scam_sea`` writes them in the
  Philippine, Thai and Vietnamese shapes above.

Everything is invented (names, numbers masked with ``x``); salary ranges
follow ordinary market pay per country and city (Indonesian UMK 2024-2025,
Cambodian board bands, Chinese city wages, Philippine, Thai and Vietnamese
board bands) and the scam lures stay several
times above them, as the warnings in data/indicators.md describe.
"""

# Phrase tables are data: one alternative set per line reads and diffs better.
# ruff: noqa: E501

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Mapping, Sequence
from urllib.parse import quote

from model.ad import AD_FIELDS, join_fields
from training.generate import engine, vocab

#: subtype -> (label, weight within board ads)
# The Philippine, Thai and Vietnamese shapes take 0.25; the older shapes keep
# their proportions to one another (each x 0.75) and the total stays 1.0.
BOARD_SHARES: dict[str, tuple[int, float]] = {
    "board_id": (0, 0.1725),
    "board_sea": (0, 0.06),
    "board_kh": (0, 0.165),
    "board_zh": (0, 0.1425),
    "board_ph": (0, 0.08),
    "board_th": (0, 0.05),
    "board_vi": (0, 0.05),
    "board_scam_id": (1, 0.075),
    "board_scam_kh": (1, 0.075),
    "board_scam_zh": (1, 0.06),
    "board_scam_sea": (1, 0.07),
}

# --- Indonesia -----------------------------------------------------------------

# City, province, monthly wage band in rupiah (around the 2024-2025 UMK).
ID_CITIES: tuple[tuple[str, str, int, int], ...] = (
    ("Jakarta Selatan", "DKI Jakarta", 5_000_000, 9_000_000),
    ("Jakarta Barat", "DKI Jakarta", 5_000_000, 8_000_000),
    ("Jakarta Utara", "DKI Jakarta", 5_000_000, 7_500_000),
    ("Kab. Bekasi", "Jawa Barat", 5_200_000, 7_000_000),
    ("Kota Bandung", "Jawa Barat", 4_000_000, 6_500_000),
    ("Kab. Karawang", "Jawa Barat", 5_200_000, 6_500_000),
    ("Surabaya", "Jawa Timur", 4_600_000, 7_000_000),
    ("Sidoarjo", "Jawa Timur", 4_500_000, 6_000_000),
    ("Semarang", "Jawa Tengah", 3_200_000, 5_000_000),
    ("Kota Yogyakarta", "DI Yogyakarta", 2_400_000, 3_800_000),
    ("Kota Tangerang", "Banten", 4_800_000, 7_000_000),
    ("Medan", "Sumatera Utara", 3_600_000, 5_500_000),
    ("Denpasar", "Bali", 3_000_000, 5_000_000),
    ("Makassar", "Sulawesi Selatan", 3_600_000, 5_500_000),
    ("Batam", "Kepulauan Riau", 4_700_000, 6_500_000),
    ("Palembang", "Sumatera Selatan", 3_500_000, 5_000_000),
)

ID_ROLES: tuple[str, ...] = (
    "Staff Admin", "Admin Gudang", "Sales Marketing", "Customer Service",
    "Customer Service Online", "Admin Online Shop", "Kasir", "Operator Produksi",
    "Driver", "Barista", "Staff Accounting", "Teknisi AC", "SPG / SPB",
    "Telemarketing", "Staff HRD", "Helper Gudang", "Security", "Cook Helper",
    "Digital Marketing", "Host Live Streaming", "Content Creator",
    "Data Entry", "Staff Purchasing", "Sales Canvasser", "Marketing Executive",
    "Waiter / Waitress", "Front Office", "Quality Control", "Kurir",
)  # fmt: skip

ID_DUTIES: tuple[str, ...] = (
    "Melayani dan menjawab pertanyaan pelanggan melalui telepon, chat dan email",
    "Menginput data transaksi harian ke dalam sistem",
    "Membuat laporan penjualan harian, mingguan dan bulanan",
    "Mengelola stok barang masuk dan keluar gudang",
    "Melakukan pengecekan kualitas produk sesuai standar perusahaan",
    "Mencari dan memprospek pelanggan baru",
    "Menjaga hubungan baik dengan pelanggan lama",
    "Mengarsipkan dokumen dan surat menyurat",
    "Membantu proses rekrutmen dan administrasi karyawan",
    "Menangani keluhan pelanggan dan memberikan solusi",
    "Melakukan live streaming produk di marketplace",
    "Membuat konten untuk media sosial perusahaan",
    "Mengoperasikan mesin produksi sesuai SOP",
    "Mengantar barang ke pelanggan sesuai jadwal",
    "Melakukan rekonsiliasi bank dan membuat jurnal",
    "Menyiapkan pesanan dan melakukan packing",
    "Menjaga kebersihan dan kerapian area kerja",
    "Berkoordinasi dengan tim terkait",
    "Mencapai target penjualan yang ditentukan",
    "Mengelola akun marketplace (Shopee, Tokopedia, TikTok Shop)",
)

ID_QUALIFICATIONS: tuple[str, ...] = (
    "Pria/Wanita, usia maksimal [25|28|30|35] tahun",
    "Pendidikan minimal [SMA/SMK sederajat|D3 semua jurusan|S1 Akuntansi|S1 semua jurusan|SMK jurusan Teknik]",
    "Pengalaman minimal [1|2] tahun di bidang yang sama",
    "Fresh graduate dipersilakan melamar",
    "[Tidak perlu pengalaman, akan diberikan training|Berpengalaman menjadi nilai tambah]",
    "Bersedia bekerja shift",
    "Memiliki SIM [C|A] dan kendaraan sendiri",
    "Berdomisili di {city} dan sekitarnya",
    "Mampu mengoperasikan Microsoft Office (Word, Excel)",
    "Jujur, teliti, disiplin dan bertanggung jawab",
    "Komunikatif dan mampu bekerja dalam tim",
    "Berpenampilan menarik dan rapi",
    "Memiliki laptop sendiri [menjadi nilai tambah|]",
    "Bisa bekerja di bawah tekanan dan target",
    "Sehat jasmani dan rohani",
    "Tinggi badan minimal [160|165|170] cm",
)

ID_BENEFITS: tuple[str, ...] = (
    "Gaji pokok [sesuai UMK|di atas UMK|kompetitif]",
    "BPJS Kesehatan dan BPJS Ketenagakerjaan",
    "Tunjangan makan dan transport",
    "Insentif dan bonus bulanan",
    "THR sesuai ketentuan",
    "Jenjang karir yang jelas",
    "Mess untuk karyawan dari luar kota",
    "Uang lembur",
    "Training dari perusahaan",
    "Cuti tahunan 12 hari",
    "Lingkungan kerja yang nyaman dan kekeluargaan",
    "Komisi penjualan",
)

ID_BOILERPLATE: tuple[str, ...] = (
    "Hanya kandidat yang memenuhi kualifikasi yang akan diproses lebih lanjut.",
    "Kirim CV dan surat lamaran ke email: {email}",
    "Cantumkan posisi yang dilamar pada subjek email.",
    "Lamaran paling lambat [15|20|28|30] [Juni|Juli|Agustus|September] 2025.",
    "Jam kerja: Senin - [Jumat|Sabtu] pukul [08.00|09.00] - [16.00|17.00] WIB.",
    "Penempatan: {city}.",
    "Tipe pekerjaan: [Penuh waktu|Kontrak|Penuh waktu, Tetap].",
    "PROSES REKRUTMEN TIDAK DIPUNGUT BIAYA APAPUN.",
    "Walk in interview: [Senin|Selasa|Rabu] - [Kamis|Jumat], jam 09.00 - 15.00, bawa CV dan fotokopi KTP.",
    "Lamar melalui tombol Lamar di halaman ini.",
)

ID_HEADERS = {
    "desc": ("Deskripsi Pekerjaan:", "Tanggung Jawab:", "Job Description:", "Uraian Tugas:", "Deskripsi Pekerjaan"),
    "req": ("Kualifikasi:", "Persyaratan:", "Requirements:", "Kualifikasi", "Syarat:"),
    "benefit": ("Benefit:", "Fasilitas:", "Yang Kami Tawarkan:", "Benefit"),
}  # fmt: skip

# --- Malaysia / Singapore (English) --------------------------------------------

SEA_PLACES: tuple[tuple[str, str, int, int, int], ...] = (
    ("Kuala Lumpur", "RM", 2_800, 6_500, 100),
    ("Petaling Jaya, Selangor", "RM", 2_800, 6_000, 100),
    ("Johor Bahru, Johor", "RM", 2_300, 5_000, 100),
    ("Penang", "RM", 2_500, 5_500, 100),
    ("Singapore", "SGD", 3_200, 7_500, 100),
    ("Central Region, Singapore", "SGD", 3_500, 8_000, 100),
)
SEA_ROLES: tuple[str, ...] = (
    "Customer Service Executive (Mandarin Speaking)", "Data Analyst",
    "Account Executive", "Admin Assistant", "Sales Executive",
    "Business Intelligence Analyst", "Marketing Executive", "HR Executive",
    "Operations Executive", "Customer Support Specialist", "Junior Data Scientist",
)  # fmt: skip
SEA_LINES: tuple[str, ...] = (
    "Handle customer enquiries via phone, email and live chat in a professional manner.",
    "Prepare monthly management reports and dashboards.",
    "Work closely with the sales and operations teams to resolve issues.",
    "Maintain accurate records in the CRM system.",
    "Perform data cleaning, analysis and visualisation using SQL, Python or Power BI.",
    "Assist in month-end closing and reconciliation.",
    "Support the team in ad-hoc projects when required.",
    "Coordinate with vendors and internal stakeholders.",
)
SEA_REQUIREMENTS: tuple[str, ...] = (
    "Candidate must possess at least a [Diploma|Bachelor's Degree] in [any field|Business Studies|Computer Science|Accounting] or equivalent.",
    "At least [1|2|3] year(s) of working experience in the related field is required for this position.",
    "Required language(s): English[, Bahasa Malaysia|, Mandarin|]",
    "Fresh graduates are encouraged to apply.",
    "Proficient in Microsoft Office, especially Excel.",
    "Good communication and interpersonal skills.",
    "Able to start immediately or within one month notice.",
)
SEA_BOILERPLATE: tuple[str, ...] = (
    "We regret that only shortlisted candidates will be notified.",
    "Full-Time position(s) available.",
    "Attractive remuneration package, medical and dental benefits, annual leave.",
    "Working hours: Monday to Friday, 9am to 6pm.",
    "Interested candidates, please click Apply Now.",
)

# --- Cambodia (CamHR, BongThom, Jobify) --------------------------------------

KH_PLACES: tuple[str, ...] = (
    "Phnom Penh", "Phnom Penh", "Phnom Penh", "Kampong Speu", "Siem Reap",
    "Preah Sihanouk", "Battambang", "Kandal", "Svay Rieng", "Kampong Cham",
    "Takeo", "Kampot",
)  # fmt: skip
KH_SALARY: tuple[str, ...] = (
    "$300-$499", "$500-$999", "$500-$999", "$1000-$1499", "Negotiable",
    "Negotiable", "$[400|450|500|600] up", "$[250|300|350] - $[450|500|600]",
    "$[700|800] - $[1200|1500]",
)  # fmt: skip
KH_ROLES: tuple[str, ...] = (
    "Chinese Translator / 中文翻译", "Accountant / 会计", "Sales Executive",
    "Admin Assistant", "HR Officer", "Receptionist", "Driver", "Cashier",
    "Factory Supervisor / 车间主管", "Marketing Officer", "IT Support",
    "Customer Service Officer", "Customer Service (Chinese Speaking)",
    "Loan Officer", "Warehouse Keeper", "Sale Engineer", "Barista",
    "Khmer-Chinese Interpreter", "Graphic Designer", "Teller",
    "Data Entry Clerk", "Data Entry Officer", "Online Sales Assistant",
    "អ្នកបកប្រែភាសាចិន", "គណនេយ្យករ", "បុគ្គលិករដ្ឋបាល", "អ្នកលក់", "អ្នកបើកបរ",
)  # fmt: skip
KH_COMPANY_KINDS: tuple[str, ...] = (
    "(CAMBODIA) CO., LTD.", "(Cambodia) Co., Ltd", "Garment Factory Co., Ltd.",
    "Microfinance Plc.", "Bank Plc.", "Trading Co., Ltd.", "Hotel & Resort",
    "Logistics Co., Ltd.", "Construction Co., Ltd.", "Education Center",
)  # fmt: skip
KH_LINES_EN: tuple[str, ...] = (
    "- Assist the manager in daily administration and filing",
    "- Translate documents and interpret between Chinese managers and Khmer staff",
    "- Prepare invoices, receipts and monthly tax declarations",
    "- Find new customers and maintain relationship with existing clients",
    "- Record attendance, leave and overtime of factory workers",
    "- Coordinate with suppliers, agencies and government departments",
    "- Answer customer calls and handle complaints",
    "- Good communication with client by English and Khmer (can speak Chinese is more priority)",
    "- Prepare daily sales reports",
    "- Drive the company car and keep it clean",
    "- Support dormitory, uniform and transport arrangements for staff",
)
KH_REQ_EN: tuple[str, ...] = (
    "* Bachelor degree in [Accounting|Management|any field]",
    "* At least [1|2] year experience",
    "* Good computer skill (MS Office, Outlook)",
    "* Can speak [English|Chinese|English and Chinese] well",
    "* Honest and hard working",
    "* Cambodian nationality",
    "* Age 20-35",
)
KH_LINES_ZH: tuple[str, ...] = (
    "工作描述 . 负责招聘、入职和人事档案管理。",
    "管理考勤、休假、加班和人力资源文件。",
    "协助薪资准备和员工福利管理。",
    "为讲中文的管理人员翻译文件并提供口译服务。",
    "任职要求 1. 能说读写中文 2. 会使用电脑与 Microsoft office 软件",
    "工厂提供宿舍，包午餐。",
    "月休四天，按时发薪。",
)
KH_LINES_KM: tuple[str, ...] = (
    "ការពិពណ៌នាការងារ",
    "អាចនិយាយ អាចអាន និងសរសេរភាសាចិនបាន។",
    "មានបទពិសោធន៍យ៉ាងតិច ១ ឆ្នាំ",
    "ចេះប្រើកុំព្យូទ័រ Microsoft Office",
    "ស្មោះត្រង់ និងឧស្សាហ៍ព្យាយាម",
    "ក្រុមហ៊ុនផ្តល់កន្លែងស្នាក់នៅ",
    "លក្ខខណ្ឌតម្រូវ",
)

# Khmer-language ads (CamHR, BongThom and Facebook-style local postings):
# ordinary local jobs written wholly in Khmer, with Khmer numerals, district
# addresses, NSSF (ប.ស.ស), 13th-month pay and the labour law's leave.
KH_PLACES_KM: tuple[str, ...] = (
    "រាជធានីភ្នំពេញ", "ខណ្ឌសែនសុខ រាជធានីភ្នំពេញ", "ខណ្ឌមានជ័យ រាជធានីភ្នំពេញ",
    "ខណ្ឌចំការមន រាជធានីភ្នំពេញ", "ខណ្ឌទួលគោក រាជធានីភ្នំពេញ",
    "ខណ្ឌពោធិ៍សែនជ័យ រាជធានីភ្នំពេញ", "ខណ្ឌដង្កោ រាជធានីភ្នំពេញ",
    "ខេត្តកំពង់ស្ពឺ", "ខេត្តសៀមរាប", "ខេត្តបាត់ដំបង", "ខេត្តកណ្តាល",
    "ខេត្តតាកែវ", "ខេត្តកំពង់ចាម", "ខេត្តព្រះសីហនុ", "ខេត្តស្វាយរៀង",
)  # fmt: skip
KH_ROLES_KM: tuple[str, ...] = (
    "បុគ្គលិកលក់ (Sales Staff)", "គណនេយ្យករ (Accountant)",
    "អ្នកបកប្រែភាសាចិន (Chinese Translator)", "បុគ្គលិករដ្ឋបាល (Admin Staff)",
    "អ្នកបើកបរ (Driver)", "អ្នកគិតលុយ (Cashier)", "សន្តិសុខ (Security Guard)",
    "អ្នកទទួលភ្ញៀវ (Receptionist)", "មន្ត្រីឥណទាន (Credit Officer)",
    "បុគ្គលិកផ្នែកទីផ្សារ (Marketing Staff)", "ជាងភ្លើង (Electrician)",
    "ជាងជួសជុលម៉ាស៊ីន (Mechanic)", "អ្នកថែរក្សាឃ្លាំង (Stock Keeper)",
    "បុគ្គលិកបម្រើភ្ញៀវ (Waiter / Waitress)", "ចុងភៅ (Cook)",
    "បុគ្គលិកធនធានមនុស្ស (HR Officer)", "អ្នករចនាក្រាហ្វិក (Graphic Designer)",
    "បុគ្គលិកបច្ចេកទេស IT (IT Support)", "ប្រធានក្រុមផលិតកម្ម (Line Leader)",
    "បុគ្គលិកសេវាកម្មអតិថិជន (Customer Service)", "គ្រូបង្រៀនភាសាអង់គ្លេស (English Teacher)",
    "អ្នកត្រួតពិនិត្យគុណភាព (QC Staff)", "អ្នកលក់", "អ្នកបើកបរ", "គណនេយ្យករ",
)  # fmt: skip
KH_DUTIES_KM: tuple[str, ...] = (
    "ទទួលខុសត្រូវលើការលក់ផលិតផលរបស់ក្រុមហ៊ុន",
    "ស្វែងរកអតិថិជនថ្មី និងថែរក្សាទំនាក់ទំនងជាមួយអតិថិជនចាស់",
    "រៀបចំរបាយការណ៍លក់ប្រចាំថ្ងៃ និងប្រចាំខែ",
    "កត់ត្រាចំណូល ចំណាយ និងរៀបចំវិក្កយបត្រ",
    "រៀបចំ និងរក្សាទុកឯកសាររបស់ក្រុមហ៊ុន",
    "បកប្រែឯកសារ និងបកប្រែផ្ទាល់មាត់ពីភាសាចិនទៅភាសាខ្មែរ",
    "គ្រប់គ្រងវត្តមាន ច្បាប់ឈប់សម្រាក និងម៉ោងបន្ថែមរបស់កម្មករ",
    "ទទួលភ្ញៀវ និងឆ្លើយតបទូរស័ព្ទ",
    "បើកបររថយន្តដឹកបុគ្គលិក និងទំនិញរបស់ក្រុមហ៊ុន",
    "ពិនិត្យគុណភាពផលិតផលតាមស្តង់ដាររោងចក្រ",
    "គ្រប់គ្រងស្តុកទំនិញចេញចូលឃ្លាំង",
    "ធ្វើការងារផ្សេងៗដែលប្រធានផ្នែកប្រគល់ឱ្យ",
    "ផ្តល់ព័ត៌មានអំពីផលិតផល និងសេវាកម្មដល់អតិថិជន",
    "ដោះស្រាយបញ្ហា និងការតវ៉ារបស់អតិថិជន",
    "សម្របសម្រួលជាមួយក្រសួងការងារ និងស្ថាប័នពាក់ព័ន្ធ",
    "ប្រមូលប្រាក់កម្ចីពីអតិថិជនតាមកាលវិភាគ",
    "ថែទាំ និងជួសជុលម៉ាស៊ីនក្នុងរោងចក្រ",
    "រៀបចំប្រាក់បៀវត្សរ៍ និងឯកសារ ប.ស.ស របស់បុគ្គលិក",
)
KH_REQS_KM: tuple[str, ...] = (
    "ភេទ [ប្រុស|ស្រី|ប្រុស ឬ ស្រី] អាយុចាប់ពី [១៨|២០] ដល់ [៣០|៣៥|៤០] ឆ្នាំ",
    "ជាប់[បាក់ឌុប|សញ្ញាបត្របរិញ្ញាបត្រផ្នែកគណនេយ្យ|សញ្ញាបត្របរិញ្ញាបត្រផ្នែកគ្រប់គ្រង|សញ្ញាបត្រផ្នែកព័ត៌មានវិទ្យា]",
    "មានបទពិសោធន៍ការងារយ៉ាងតិច [១|២|៣] ឆ្នាំ",
    "ចេះប្រើកុំព្យូទ័រ Microsoft Office (Word, Excel)",
    "ចេះភាសា[អង់គ្លេស|ចិន|អង់គ្លេស ឬ ចិន] ជាអាទិភាព",
    "ស្មោះត្រង់ ឧស្សាហ៍ព្យាយាម និងមានទំនួលខុសត្រូវខ្ពស់",
    "មានប័ណ្ណបើកបរប្រភេទ [B|C]",
    "អាចធ្វើការជាក្រុម និងក្រោមសម្ពាធបាន",
    "មានសុខភាពល្អ និងរស់នៅក្បែរកន្លែងធ្វើការ",
    "មិនទាមទារបទពិសោធន៍ ក្រុមហ៊ុននឹងបណ្តុះបណ្តាល",
    "មានទំនាក់ទំនងល្អ និងចរិតរួសរាយ",
)
KH_BENEFITS_KM: tuple[str, ...] = (
    "ប្រាក់ខែសមរម្យ តាមសមត្ថភាព",
    "ប្រាក់រង្វាន់ និងកម្រៃជើងសារ",
    "ប្រាក់ខែទី១៣",
    "ចូលរួមរបបសន្តិសុខសង្គម ប.ស.ស",
    "ច្បាប់ឈប់សម្រាកប្រចាំឆ្នាំ ១៨ ថ្ងៃ",
    "ឈប់សម្រាកថ្ងៃបុណ្យជាតិ",
    "អាហារថ្ងៃត្រង់ឥតគិតថ្លៃ",
    "ប្រាក់ឧបត្ថម្ភធ្វើដំណើរ",
    "ឯកសណ្ឋានឥតគិតថ្លៃ",
    "ប្រាក់អតីតភាពការងារ",
    "ដំឡើងប្រាក់ខែប្រចាំឆ្នាំ",
    "បរិយាកាសការងារល្អ",
)
KH_APPLY_KM: tuple[str, ...] = (
    "សូមផ្ញើ CV មកកាន់អ៊ីមែល {email}",
    "ឬ ទាក់ទងតាមលេខទូរស័ព្ទ {phone}",
    "ម៉ោងធ្វើការ៖ ថ្ងៃច័ន្ទ ដល់ ថ្ងៃ[សុក្រ|សៅរ៍] ម៉ោង [៧:០០|៧:៣០|៨:០០] ព្រឹក ដល់ [៤:០០|៥:០០|៥:៣០] ល្ងាច",
    "ទីតាំងការងារ៖ {km_place}",
    "ផុតកំណត់ដាក់ពាក្យ៖ ថ្ងៃទី [១៥|២០|៣០] ខែ[មិថុនា|កក្កដា|សីហា] ឆ្នាំ ២០២៥",
    "បេក្ខជនដែលជាប់ឈ្មោះខ្លីប៉ុណ្ណោះ នឹងត្រូវបានទាក់ទងសម្រាប់សម្ភាសន៍",
    "អាចមកដាក់ពាក្យផ្ទាល់នៅការិយាល័យក្រុមហ៊ុន",
)
KH_HEADERS_KM = {
    "desc": ("ការពិពណ៌នាការងារ", "ភារកិច្ច និងការទទួលខុសត្រូវ", "តួនាទី និងភារកិច្ច"),
    "req": ("លក្ខខណ្ឌតម្រូវ", "លក្ខណៈសម្បត្តិ", "តម្រូវការ"),
    "benefit": ("អត្ថប្រយោជន៍", "អត្ថប្រយោជន៍ដែលទទួលបាន"),
}
KH_SALARY_KM: tuple[str, ...] = (
    "តាមការចរចា", "ចរចា", "$[200|250|300]-$[350|400|500]", "$[300|400]-$[500|700]",
    "[២៥០|៣០០|៣៥០]$ ឡើង", "Negotiable",
)  # fmt: skip

# Chinese-language ads on Cambodian boards: Chinese-owned factories and firms
# hiring Khmer staff who speak Chinese (中柬翻译) or office staff, paid in USD
# at local rates. 柬埔寨 / 金边 name the workplace, not a destination abroad.
KH_ROLES_ZH: tuple[str, ...] = (
    "中柬翻译", "中文翻译 / Chinese Translator", "会计 / Accountant", "人事专员",
    "行政助理", "仓库管理员", "车间主管", "中文客服", "采购员", "出纳",
    "报关员", "销售专员", "司机", "厨师（中餐）", "前台接待",
)  # fmt: skip
KH_PLACES_ZH: tuple[str, ...] = (
    "金边", "金边森速区", "金边棉芷区", "金边堆谷区", "磅士卑省", "干丹省",
    "柴桢省", "暹粒", "马德望", "茶胶省", "西哈努克省",
)  # fmt: skip
KH_COMPANY_ZH: tuple[str, ...] = (
    "{word}（柬埔寨）有限公司", "{word}制衣厂", "柬埔寨{word}服装有限公司",
    "{word}鞋业（柬埔寨）有限公司", "{word}贸易有限公司", "{word}物流（柬埔寨）有限公司",
    "{word}建筑工程有限公司", "{word}电子（柬埔寨）有限公司",
)  # fmt: skip
KH_DUTIES_ZH: tuple[str, ...] = (
    "负责中文与柬文之间的口译和文件翻译",
    "协助中方管理人员与柬籍员工沟通",
    "负责员工招聘、入职、离职手续及人事档案管理",
    "管理考勤、请假及加班记录，协助核算工资",
    "负责与劳工部、税务局等政府部门的对接",
    "负责公司日常账务处理及每月税务申报",
    "负责仓库物料的收发、盘点和台账管理",
    "协助车间主管安排生产，跟进订单进度",
    "负责客户接待和电话咨询",
    "完成领导交办的其他工作",
    "负责采购询价、下单及供应商对接",
    "负责进出口报关、清关资料的准备",
)
KH_REQS_ZH: tuple[str, ...] = (
    "柬埔寨籍，男女不限，[20|22]-[35|40]岁",
    "中文听说读写流利，能熟练翻译柬文",
    "有[1|2|3]年以上工厂翻译或相关工作经验",
    "会使用电脑及Office办公软件",
    "工作认真负责，能吃苦耐劳",
    "有会计证或相关专业毕业者优先",
    "持有柬埔寨驾照，熟悉金边路线",
    "能接受加班",
)
KH_BENEFITS_ZH: tuple[str, ...] = (
    "工资面议，按能力定薪", "每月按时发放工资", "加入NSSF社会保险",
    "工厂提供午餐", "有员工宿舍", "每年有年假", "年底有奖金",
    "法定节假日休息", "做六休一",
)  # fmt: skip
KH_SALARY_ZH: tuple[str, ...] = (
    "$[400|500|600]-$[800|1000|1200]", "面议", "Negotiable", "$500-$999",
    "[500|600|800]-[1000|1200|1500]美金/月", "$[300|400] - $[600|800]",
)  # fmt: skip

# English ads: more of the everyday shapes (banks, NGOs, schools, hotels).
KH_LINES_EN_MORE: tuple[str, ...] = (
    "- Manage the front desk, check-in and check-out of guests",
    "- Teach English to primary and secondary students",
    "- Process loan applications and visit clients in the province",
    "- Support project activities in the target communities",
    "- Prepare payroll, NSSF contributions and tax on salary",
    "- Maintain the company website and social media pages",
    "- Monitor stock levels and arrange delivery to customers in Phnom Penh and provinces",
    "- Check quality of garments at each line and report defects",
    "- Open and close the branch, handle cash deposits and withdrawals",
)
KH_LINES_EN_ENTRY: tuple[str, ...] = (
    # Entry-level local office jobs say these too; the lure is elsewhere
    # (foreign speakers, several times local pay, flights, passports).
    "- Enter customer and sales data into the system accurately",
    "- Check and update data in Excel and the company database daily",
    "- Training provided, no experience required, fresh graduates are welcome",
    "- Basic computer skills and typing are enough, we will train you",
    "- Cambodian nationality, live in Phnom Penh",
)
KH_BENEFITS_EN: tuple[str, ...] = (
    "* Competitive salary and 13th month salary",
    "* NSSF, annual leave and public holidays according to Cambodian Labour Law",
    "* Seniority payment",
    "* Lunch, uniform and transportation allowance",
    "* Health insurance",
    "* Career development and training",
    "* Monthly incentive based on performance",
)

# --- China (58.com) --------------------------------------------------------------

ZH_CITIES: tuple[tuple[str, tuple[str, ...], int, int], ...] = (
    ("北京", ("朝阳", "海淀", "大兴", "丰台", "通州", "昌平"), 4_500, 12_000),
    ("上海", ("浦东", "闵行", "松江", "嘉定", "宝山", "青浦"), 5_000, 12_000),
    ("广州", ("天河", "番禺", "白云", "海珠", "黄埔", "花都"), 4_000, 10_000),
    ("深圳", ("龙岗区", "宝安", "南山", "福田", "龙华", "光明"), 4_500, 12_000),
    ("东莞", ("长安", "虎门", "松山湖", "塘厦", "厚街"), 4_000, 8_000),
    ("苏州", ("工业园区", "吴中", "相城", "昆山", "高新区"), 4_500, 9_000),
    ("杭州", ("西湖", "余杭", "萧山", "滨江", "拱墅"), 4_500, 10_000),
    ("成都", ("武侯", "高新", "锦江", "双流", "郫都"), 3_500, 8_000),
    ("武汉", ("江汉", "洪山", "东西湖", "汉阳", "江夏"), 3_500, 8_000),
    ("天津", ("滨海新区", "西青", "南开", "河西", "武清"), 4_000, 8_000),
    ("重庆", ("渝北", "江北", "九龙坡", "沙坪坝", "南岸"), 3_500, 7_500),
    ("郑州", ("金水", "二七", "中原", "郑东新区", "管城"), 3_500, 7_000),
    ("西安", ("雁塔", "未央", "长安", "碑林", "高新区"), 3_500, 7_500),
)
ZH_STREETS: tuple[str, ...] = (
    "市桥街", "滨河", "福苑小区", "宝龙工业区", "科技园", "地铁站附近", "人民路",
    "建设路", "工业大道", "万达广场", "创业园", "物流园", "火车站附近", "开发区",
)  # fmt: skip
ZH_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "普工",
        (
            "包吃住+五险一金",
            "长白班 月入6千",
            "电子厂直招",
            "急招 长期稳定",
            "包吃包住 无需经验",
        ),
    ),
    ("操作工", ("无经验可培训", "五险一金 双休", "两班倒 包住", "高薪诚聘")),
    (
        "客服",
        ("急招客服专员 双休", "电话客服 五险一金", "在线客服 无需外呼", "无经验可"),
    ),
    (
        "销售代表",
        (
            "底薪5k+提成",
            "高提成 周末双休",
            "无经验可带",
            "底薪+提成+奖金",
            "提成上不封顶",
        ),
    ),
    ("电话销售", ("底薪4000+高提成", "双休 五险", "无责底薪")),
    ("保安", ("高薪诚聘保安", "小区保安 包住", "写字楼保安 月休4天", "退伍军人优先")),
    ("快递员", ("多劳多得", "底薪+计件", "片区派送", "急招 月入8千+")),
    ("外卖骑手", ("多劳多得", "时间自由", "电动车公司提供")),
    (
        "餐厅服务员",
        ("包吃住", "月休4天 包吃住", "酒楼直招", "无经验可", "包吃包住 无需经验"),
    ),
    ("收银员", ("超市收银 包午餐", "双休 五险", "商场直招")),
    ("文员", ("行政文员 五险一金", "前台文员 双休", "办公室文员", "可接收应届生")),
    ("前台", ("前台接待 双休", "形象好 五险一金")),
    ("会计", ("做账会计 双休", "五险一金 年底双薪", "有证优先")),
    ("人事专员", ("招聘专员 五险一金", "周末双休")),
    ("司机", ("商务司机 五险", "货车司机 C1驾照", "送货司机", "A2司机 高薪")),
    ("仓管", ("仓库管理员 包吃住", "仓管员 双休", "库管")),
    ("分拣员", ("物流园分拣 包住", "夜班补贴", "长期工")),
    ("叉车司机", ("持证上岗", "五险一金 包住")),
    ("电工", ("持证电工 五险", "物业电工 包住")),
    ("厨师", ("中餐厨师 包吃住", "面点师", "厨师长")),
    ("保洁", ("商场保洁 包午餐", "写字楼保洁 月休4天")),
    ("导购", ("商场导购 底薪+提成", "化妆品导购 五险")),
    ("房产经纪人", ("高提成 无责底薪", "双休 带薪培训")),
    ("美容师", ("包吃住 学徒可带", "底薪+提成")),
    ("质检员", ("五险一金 双休", "电子厂 长白班")),
    ("装卸工", ("计件工资 多劳多得", "包吃住")),
)
ZH_DUTIES: tuple[str, ...] = (
    "负责接待来访客户，解答客户咨询",
    "负责公司日常行政事务及文件管理",
    "按照生产计划完成本岗位工作",
    "负责仓库货物的出入库及盘点",
    "维护客户关系，完成销售目标",
    "负责片区快递的派送与揽收",
    "确实掌握安全事宜，服勤于大门前、大厅内及各指定岗位",
    "负责餐厅的点菜、上菜及卫生工作",
    "完成上级交办的其他工作",
    "负责流水线上的组装、包装和检验工作",
    "按照作业指导书操作设备，做好交接班记录",
    "通过电话与客户沟通，介绍公司产品",
    "负责收银、盘点及商品陈列",
    "负责公司账务处理、纳税申报及报表编制",
    "负责员工招聘、入职及社保办理",
    "负责货物的分拣、扫描和装车",
    "负责车辆日常保养，保证行车安全",
    "负责门店商品销售及顾客接待",
    "负责写字楼公共区域的清洁卫生",
    "负责设备的日常巡检和维修",
    "负责带客户看房，促成交易",
    "遵守公司各项规章制度",
)
ZH_QUALIFICATIONS: tuple[str, ...] = (
    "[18|20]-[40|45|50]周岁，身体健康",
    "学历不限，经验不限，有相关经验者优先",
    "有良好的沟通能力和服务意识",
    "吃苦耐劳，服从安排",
    "会基本电脑操作",
    "持有C1驾照，驾龄[2|3]年以上",
    "退伍军人优先考虑",
    "男女不限，[初中|高中|中专]以上学历",
    "无经验者公司提供岗前培训",
    "能适应两班倒",
    "普通话标准，性格开朗",
    "有[会计从业资格证|初级会计职称|电工证|叉车证]",
    "能长期稳定工作者优先",
    "无不良嗜好，无犯罪记录",
)
ZH_WELFARE: tuple[str, ...] = (
    "包住", "包吃", "五险一金", "年底双薪", "周末双休", "交通补助", "饭补",
    "加班补助", "带薪年假", "话补", "房补", "节日福利", "员工旅游", "定期体检",
    "餐补", "全勤奖", "生日福利", "免费培训", "晋升空间",
)  # fmt: skip
ZH_REQUIREMENTS: tuple[str, ...] = (
    "学历不限_经验不限",
    "学历不限_经验不限,可接收应届生",
    "学历不限_1-3年",
    "高中_经验不限",
    "高中以上_经验不限",
    "大专_经验不限,可接收应届生",
    "大专以上_1-3年",
    "初中以上_经验不限",
    "中专/技校_经验不限",
)
ZH_INTRO: tuple[str, ...] = (
    "{company}成立于20[05|08|10|12|15|18]年，注册资金[500|1000|3000|5000]万元，是一家集研发、生产、销售、服务为一体的[综合性|专业化|现代化]企业。",
    "公司秉承“诚信、务实、创新”的经营理念，为客户提供优质的产品和服务。",
    "公司现有员工[200|500|800|1200]余人，办公环境舒适，团队年轻有活力。",
    "本单位招聘无任何收费及押金，面试通过即可上岗。",
    "公司经营范围包括[门卫、巡逻、守护及安全技术防范|仓储、配送及供应链管理|餐饮服务及食品销售|电子产品的研发与生产|物业管理及保洁服务]等。",
    "我们致力于为[国家机关、写字楼、商业街区|大型商超、连锁门店|各大电商平台|住宅小区及公园景区]提供[专业|优质|规范]的服务。",
    "公司已通过ISO9001质量管理体系认证，管理规范，福利完善。",
    "多年来与国内众多客户建立了长期稳定的合作关系，在行业内享有良好的口碑。",
    "公司注重员工培训和职业发展，为员工提供广阔的晋升空间。",
    "工作时间：[8|9|10]小时，[月休4天|周末双休|做六休一]，[宿舍有空调，24小时热水|提供工作餐|有员工食堂]。",
    "面试地址：{city}{district}，乘坐地铁到站后打电话联系。",
    "薪资构成：底薪[2500|3000|3500]+绩效+加班费，每月[10|15]号准时发放工资。",
    "入职即缴纳社保，转正后缴纳公积金。",
    "有意者请携带身份证原件到公司面试，或直接电话咨询。",
    "[高薪|急聘]，欢迎有志之士加入我们！",
    # Ordinary in Chinese domestic ads, not only in lures (they are in the
    # scam lines too, so on their own they decide nothing).
    "[包吃包住|提供食宿|包吃住]，[无需经验|无经验可]，公司带薪培训。",
    "多劳多得，[工资|提成]上不封顶。",
    "宿舍[4|6]人间，有空调、WiFi、热水器，拎包入住。",
    "工作时间：早[8|9]点至晚[5|6]点，中午休息[1|1.5]小时，[月休4天|做六休一|周末双休]。",
    "公司为[世界500强|行业龙头|国有控股]企业的长期合作伙伴，订单稳定。",
)

# --- scam lures in board shape --------------------------------------------------

SCAM_ID_LINES: tuple[str, ...] = (
    "Penempatan di [Kamboja|Phnom Penh|Sihanoukville|Myanmar|Thailand|Bavet]",
    "Tidak perlu pengalaman, yang penting bisa mengetik dan main HP",
    "Tiket pesawat [PP|berangkat] ditanggung perusahaan",
    "Visa [dan paspor|kerja] diurus perusahaan, [berangkat pakai visa turis dulu|proses cepat]",
    "Mess dan makan gratis [3x sehari|]",
    "Gaji [USD 1.000|USD 1.500|15-25 juta|20 juta] per bulan + bonus",
    "Paspor disimpan perusahaan selama kontrak",
    "Segera berangkat, kuota terbatas",
    "Hubungi HRD via Telegram {handle}",
    "Kerja [12|14] jam sehari, target chat harian",
)
SCAM_KH_LINES: tuple[str, ...] = (
    "- No experience required, training provided, only need typing skill",
    "- Free flight ticket, visa and work permit arranged by company",
    "- Free accommodation and 3 meals a day in the company compound",
    "- Salary $[1500|1800|2000|2500] - $[3000|3500|4000] + commission",
    "- Passport kept by HR for work permit processing",
    "- Indonesian / Thai / Vietnamese speakers needed urgently",
    "- Contact HR on Telegram {handle} for fast interview",
    "- Working [12|14] hours, chat with foreign clients online",
)
SCAM_ZH_LINES: tuple[str, ...] = (
    "工作地点：[柬埔寨西港|柬埔寨金边|缅甸妙瓦底|老挝金三角]",
    "无需经验，会打字即可，公司带培训",
    "机票公司报销，落地专人接机",
    "护照由公司统一保管，方便办理工作签",
    "先办旅游签，到了再办工签",
    "月薪[15000|20000|25000]-[30000|40000]元，上不封顶",
    "包吃包住，园区内生活方便",
    "有意者加飞机（Telegram）{handle}",
)


# --- Philippines (JobStreet PH, Kalibrr, Indeed PH, OnlineJobs.ph) -------------

# City, region and a pay factor against Metro Manila (provincial BPO hubs pay
# a little less; regional minimum wages are lower outside NCR).
PH_CITIES: tuple[tuple[str, str, float], ...] = (
    ("Makati City", "Metro Manila", 1.0), ("Pasig City", "Metro Manila", 1.0),
    ("Taguig City (BGC)", "Metro Manila", 1.0), ("Quezon City", "Metro Manila", 1.0),
    ("Mandaluyong City", "Metro Manila", 1.0), ("Pasay City", "Metro Manila", 1.0),
    ("Alabang, Muntinlupa City", "Metro Manila", 1.0), ("Cebu City", "Cebu", 0.9),
    ("Mandaue City", "Cebu", 0.9), ("Lapu-Lapu City", "Cebu", 0.9),
    ("Davao City", "Davao del Sur", 0.85), ("Clark Freeport Zone", "Pampanga", 0.9),
    ("Iloilo City", "Iloilo", 0.85), ("Bacolod City", "Negros Occidental", 0.85),
    ("Sta. Rosa", "Laguna", 0.9), ("Cagayan de Oro City", "Misamis Oriental", 0.85),
)  # fmt: skip
# Title, kind, monthly pay band in pesos (Metro Manila, 2024-2025 postings).
PH_ROLES: tuple[tuple[str, str, int, int], ...] = (
    ("Customer Service Representative (Entry Level)", "bpo", 18_000, 28_000),
    ("Call Centre Agent - Voice Account", "bpo", 18_000, 28_000),
    ("Call Center Agents Wanted - Telco Account", "bpo", 18_000, 27_000),
    ("Non-Voice Customer Support (Email/Chat)", "bpo", 18_000, 26_000),
    ("Technical Support Representative", "bpo", 25_000, 40_000),
    ("Experienced CSR - Healthcare Account", "bpo", 25_000, 40_000),
    ("Inside Sales Representative", "bpo", 22_000, 35_000),
    ("Team Leader - Customer Service", "bpo", 35_000, 50_000),
    ("Administrative Assistant", "office", 16_000, 25_000),
    ("HR Assistant", "office", 18_000, 25_000),
    ("Accounting Staff", "office", 18_000, 28_000),
    ("Data Encoder", "office", 15_000, 20_000),
    ("Sales Associate", "retail", 15_000, 20_000),
    ("Store Cashier", "retail", 15_000, 19_000),
    ("Warehouse Staff", "logistics", 15_000, 20_000),
    ("Delivery Rider", "logistics", 16_000, 24_000),
    ("Logistics Coordinator", "logistics", 20_000, 30_000),
    ("Virtual Assistant (Full-Time, Work From Home)", "va", 20_000, 35_000),
    ("Social Media Manager", "va", 25_000, 40_000),
)
PH_DUTIES: dict[str, tuple[str, ...]] = {
    "bpo": (
        "Handle inbound calls from [US|Australian|UK|Canadian] customers regarding billing, orders and account concerns",
        "Respond to customer emails and chats within the service level agreement",
        "Troubleshoot [internet|mobile|software] issues and escalate complex cases to Tier 2",
        "Document every interaction accurately in the CRM",
        "Meet KPIs on AHT, CSAT and quality scores",
        "Process refunds, cancellations and account updates following client guidelines",
        "Coach agents and conduct [daily huddles|call calibrations]",
    ),
    "office": (
        "Prepare and file documents, memos and reports",
        "Encode data accurately into the company system",
        "Assist in payroll preparation and government remittances (SSS, PhilHealth, Pag-IBIG)",
        "Process vouchers, check requests and bank reconciliations",
        "Coordinate meetings and manage the department calendar",
        "Assist in recruitment, onboarding and 201 file maintenance",
    ),
    "retail": (
        "Assist customers on the selling floor and process transactions at the POS",
        "Maintain product displays and store cleanliness",
        "Conduct inventory counts and receive deliveries",
        "Achieve individual and store sales targets",
    ),
    "logistics": (
        "Pick, pack and dispatch orders accurately",
        "Deliver parcels within the assigned area on schedule",
        "Update the delivery app and collect COD payments",
        "Coordinate with truckers, suppliers and the warehouse team",
        "Monitor inventory levels and prepare stock reports",
    ),
    "va": (
        "Manage the client's email inbox, calendar and bookings",
        "Create and schedule social media content using Canva and Meta Business Suite",
        "Update spreadsheets, CRM records and order trackers",
        "Respond to customer enquiries for the client's online store",
        "Attend weekly video calls and submit end-of-day reports",
    ),
}
PH_QUALIFICATIONS: dict[str, tuple[str, ...]] = {
    "bpo": (
        "At least high school graduate (K-12) or college level",
        "With or without BPO experience; fresh graduates are welcome",
        "At least [6 months|1 year] of BPO experience (for experienced roles)",
        "Good English communication skills, written and verbal",
        "Willing to work on shifting schedules, weekends and holidays",
        "Amenable to work onsite in {city}",
        "Can start ASAP",
        "Basic computer skills and typing speed of at least [25|30|35] WPM",
    ),
    "office": (
        "Graduate of any [4-year course|business-related course|BS Accountancy]",
        "At least [1|2] year(s) relevant work experience; fresh graduates may apply",
        "Proficient in MS Office, especially Excel",
        "Detail-oriented and organised",
        "Residing in or near {city}",
    ),
    "retail": (
        "At least senior high school graduate",
        "Pleasing personality and customer-oriented",
        "Willing to work on weekends and holidays",
        "Residing near {city}",
    ),
    "logistics": (
        "At least high school graduate",
        "With valid [professional driver's licence (Restriction 1-2)|driver's licence] and own motorcycle (for riders)",
        "Physically fit and willing to do lifting",
        "With or without experience",
    ),
    "va": (
        "At least [1|2] year(s) experience as a virtual assistant",
        "Stable internet connection (at least 25 Mbps) and a backup power source",
        "Excellent written English",
        "Familiar with Google Workspace, Canva and Trello",
    ),
}
# What a scam front keeps of the BPO qualifications (nothing asking for experience).
PH_SCAM_QUALS: tuple[str, ...] = (
    "At least high school graduate (K-12) or college level",
    "With or without BPO experience; fresh graduates are welcome",
    "Good English communication skills, written and verbal",
)
PH_BENEFITS: tuple[str, ...] = (
    "Government-mandated benefits (SSS, PhilHealth, Pag-IBIG)",
    "HMO on day 1 [with 1 free dependent|with 2 free dependents|]",
    "Night differential and overtime pay",
    "13th month pay",
    "Paid training",
    "Performance and attendance bonuses",
    "[15|12] paid leave credits per year, convertible to cash",
    "Rice subsidy and transportation allowance",
    "Free shuttle service for night shift",
    "Regularisation in [3|6] months",
    "Career growth and internal promotions",
)
PH_BOILERPLATE: tuple[str, ...] = (
    "Work setup: [Onsite|Hybrid after training|Onsite, Monday to Friday].",
    "Schedule: [Shifting|Day shift|Night shift, fixed weekends off|Monday to Saturday, 8AM-5PM].",
    "Walk-in applicants are welcome: Monday to [Friday|Saturday], [9AM|10AM] to [3PM|5PM] at our {city} site. Look for the Recruitment Team.",
    "Bring [2 valid IDs|1 valid ID] and an updated resume.",
    "Only shortlisted applicants will be contacted.",
    "Click Apply Now or send your CV to {email}.",
    "We are an equal opportunity employer.",
    "Job type: [Full-time|Full-time, Permanent|Full-time, Probationary].",
)
# Taglish lines as BPO and retail recruiters post them.
PH_TAGLISH: tuple[str, ...] = (
    "Walang experience? Walang problema, may paid training kami!",
    "Pwede ang fresh grads, undergrads at career shifters.",
    "Kailangan lang marunong mag-English at willing mag-night shift.",
    "Mag-walk in na sa aming site sa {city}, dalhin ang resume at 2 valid IDs.",
    "Malapit lang sa [MRT|LRT|jeepney terminal] ang office namin.",
    "May libreng kape at sleeping quarters sa site.",
    "Apply na, mga ka-BPO! Job offer agad kapag pumasa sa assessment.",
    "Sahod every 15th at 30th, may 13th month pay pa.",
)
PH_HEADERS = {
    "desc": ("Job Description", "Job Description:", "Responsibilities:", "What you'll do:"),
    "req": ("Qualifications", "Qualifications:", "Requirements:", "What we're looking for:"),
    "benefit": ("Benefits", "Benefits:", "Perks and Benefits:", "What we offer:"),
}  # fmt: skip
PH_COMPANY_FORMS: tuple[str, ...] = (
    "{a} {b} Inc.", "{a} Philippines Corp.", "{a} {b} Philippines, Inc.",
    "{a} Global Solutions Inc.", "{a} Retail Corp.", "{a} Logistics Corp.",
    "{a} {b} Outsourcing Inc.",
)  # fmt: skip
PH_AGENCY_FORMS: tuple[str, ...] = (
    "{a} {b} Manpower Services Inc.", "{a} International Recruitment Agency Corp.",
    "{a} Overseas Placement Inc.", "{a} {b} Human Resources International Inc.",
)  # fmt: skip
PH_MANNING_FORMS: tuple[str, ...] = (
    "{a} Maritime Services Inc.", "{a} {b} Ship Management Inc.", "{a} Manning Agency Corp.",
)  # fmt: skip
PH_AGENCY_OFFICES: tuple[str, ...] = (
    "Unit 5xx, {a} Building, United Nations Ave., Ermita, Manila",
    "xxxx M.H. del Pilar St., Malate, Manila",
    "xF {a} Tower, Ortigas Center, Pasig City",
    "xxx Kalaw St., Ermita, Manila",
    "xF {a} Plaza, Shaw Blvd., Mandaluyong City",
)
# Overseas placements by licensed agencies: destination, cities and roles with
# lawful pay (currency, band, per what), duty kind, and the fee rule that
# DMW rules and the destination set.
PH_ABROAD: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, str, int, int, str, str], ...], str], ...] = (
    ("Saudi Arabia", ("Riyadh", "Jeddah", "Dammam", "Al Khobar"), (
        ("Staff Nurse (MOH Hospital)", "SAR", 4_500, 7_000, "month", "nurse"),
        ("ICU Nurse", "SAR", 5_500, 8_000, "month", "nurse"),
        ("Electrician", "SAR", 1_800, 3_000, "month", "tech"),
        ("Household Service Worker", "SAR", 1_500, 1_800, "month", "hsw"),
    ), "gulf"),
    ("United Arab Emirates", ("Dubai", "Abu Dhabi", "Sharjah"), (
        ("Registered Nurse (DHA)", "AED", 6_000, 9_000, "month", "nurse"),
        ("Civil Engineer", "AED", 7_000, 10_000, "month", "eng"),
        ("HVAC Technician", "AED", 2_500, 4_000, "month", "tech"),
    ), "gulf"),
    ("Qatar", ("Doha", "Al Wakrah", "Lusail"), (
        ("Mechanical Engineer", "QAR", 7_000, 12_000, "month", "eng"),
        ("Pipe Fitter", "QAR", 2_000, 3_500, "month", "tech"),
        ("Household Service Worker", "QAR", 1_500, 1_800, "month", "hsw"),
    ), "gulf"),
    ("Japan", ("Tokyo", "Osaka", "Aichi", "Fukuoka", "Saitama"), (
        ("Caregiver (Specified Skilled Worker)", "JPY", 170_000, 220_000, "month", "care"),
        ("Food Processing Worker (SSW)", "JPY", 165_000, 200_000, "month", "factory"),
    ), "japan"),
    ("Taiwan", ("Taoyuan", "Hsinchu", "Taichung", "Kaohsiung"), (
        ("Factory Worker (Electronics)", "NTD", 28_590, 32_000, "month", "factory"),
        ("Institutional Caregiver", "NTD", 28_590, 31_000, "month", "care"),
    ), "taiwan"),
    ("Canada", ("Alberta", "Saskatchewan", "Manitoba", "Nova Scotia"), (
        ("Registered Nurse", "CAD", 38, 48, "hour", "nurse"),
        ("Home Support Worker", "CAD", 17, 22, "hour", "care"),
        ("Welder", "CAD", 25, 35, "hour", "tech"),
    ), "canada"),
    ("Ocean-going vessels", ("Bulk carrier", "Oil/chemical tanker", "Container vessel", "Cruise ship"), (
        ("Able Seaman", "USD", 1_000, 1_500, "month", "sea"),
        ("Oiler", "USD", 1_000, 1_400, "month", "sea"),
        ("Third Engineer", "USD", 3_000, 4_500, "month", "sea"),
        ("Cook (Cruise Ship)", "USD", 1_200, 1_800, "month", "sea"),
    ), "sea"),
)  # fmt: skip
PH_ABROAD_FEES: dict[str, tuple[str, ...]] = {
    "gulf": (
        "NO PLACEMENT FEE. Visa, work permit and round-trip airfare are paid by the employer.",
        "Zero placement fee; the employer pays the visa, airfare and recruitment costs.",
    ),
    "japan": (
        "No placement fee for this job order; the accepting organisation pays the visa and airfare.",
        "Placement fee not exceeding one month's basic salary, with official receipt, as allowed by DMW rules. Airfare paid by the employer.",
    ),
    "taiwan": (
        "Placement fee not exceeding one month's basic salary, with official receipt, as allowed by DMW rules.",
        "Employer-paid airfare; placement fee as allowed by DMW rules, official receipt issued.",
    ),
    "canada": (
        "NO PLACEMENT FEE (charging workers is prohibited in the destination province). The employer pays the LMIA, work permit and airfare.",
    ),
    "sea": (
        "NO PLACEMENT FEE for seafarers. Joining airfare and visa are paid by the principal.",
    ),
}
# Household service workers: no placement fee by law.
PH_HSW_FEE = "NO PLACEMENT FEE for household service workers, as required by law. Visa and round-trip airfare paid by the employer."
PH_ABROAD_DUTIES: dict[str, tuple[str, ...]] = {
    "nurse": (
        "Provide direct patient care in accordance with hospital policies",
        "Administer medications and monitor vital signs",
        "Document nursing care in the electronic medical record",
        "Coordinate with physicians and the multidisciplinary team",
    ),
    "care": (
        "Assist elderly residents with bathing, meals and mobility",
        "Record daily care notes and report changes to the nurse in charge",
        "Keep residents' rooms clean and safe",
    ),
    "hsw": (
        "Perform general housekeeping, laundry and cooking for the employer's household",
        "Look after children [and elderly members] of the family",
    ),
    "eng": (
        "Supervise site works and ensure compliance with drawings and specifications",
        "Prepare method statements, progress reports and material take-offs",
        "Comply with HSE standards on site",
    ),
    "tech": (
        "Install, maintain and repair systems according to specifications",
        "Read technical drawings and follow safety procedures",
        "Carry out preventive maintenance and report defects",
    ),
    "factory": (
        "Operate machines on the production line",
        "Inspect finished products and record defects",
        "Follow the plant's safety and hygiene rules",
    ),
    "sea": (
        "Stand watch and perform deck or engine maintenance",
        "Assist in mooring, cargo and bunkering operations",
        "Follow the vessel's safety management system",
    ),
}
PH_ABROAD_QUALS: dict[str, tuple[str, ...]] = {
    "nurse": (
        "BS Nursing graduate with a valid PRC licence",
        "At least [2|3] years of hospital experience ([ICU|ER|OR|Med-Surg] preferred)",
        "[Prometric|DHA|HAAD|NCLEX] passer is an advantage",
    ),
    "care": (
        "Caregiving NC II holder (TESDA)",
        "[JLPT N4 or JFT-Basic passer|IELTS or CELPIP results|At least 1 year caregiving experience]",
    ),
    "hsw": (
        "Female, 23 to 45 years old",
        "With TESDA Household Services NC II",
    ),
    "eng": (
        "BS [Civil|Mechanical|Electrical] Engineering graduate, PRC licensed",
        "At least [5|7] years of experience; GCC experience is an advantage",
    ),
    "tech": (
        "TESDA NC II holder in the trade",
        "At least [3|4|5] years of experience",
    ),
    "factory": (
        "Male or female, 20 to 35 years old, at least high school graduate",
        "Physically fit, passed the employer's skills test",
    ),
    "sea": (
        "With valid SIRB, seaman's book, STCW certificates and COC/COP",
        "At least 12 months of sea service in the same rank",
    ),
}
PH_ABROAD_GENERAL: tuple[str, ...] = (
    "Valid passport with at least 1 year validity",
    "Willing to undergo a medical examination at a DOH-accredited clinic",
)
PH_ABROAD_BENEFITS: tuple[str, ...] = (
    "[Free|Employer-provided] accommodation and transportation, or housing allowance",
    "Medical insurance as required by the host country",
    "Overtime pay according to the host country's labour law",
    "Paid annual leave and end-of-contract benefits",
    "[2-year|3-year] contract, renewable",
    "Social insurance and pension in the host country",
)
PH_ABROAD_PROCESS: tuple[str, ...] = (
    "Job order approved by the DMW and verified by the Migrant Workers Office.",
    "Processing: medical at a DOH-accredited clinic, PDOS, OEC and contract verification before deployment.",
    "Apply in person at our office: {office}. Walk-in interviews Monday to Friday, 8:00 AM to 4:00 PM.",
    "Bring: updated CV, passport, [PRC ID and board rating|TESDA certificate|seaman's book], TOR, certificates of employment and NBI clearance.",
    "Beware of illegal recruiters. Verify our licence at www.dmw.gov.ph before you apply.",
    "Deployment in [2|3|4] months after visa approval.",
    "Online interview with the employer [may be arranged|on the scheduled date]; final interview at our Manila office.",
)

# --- Thailand (JobThai, JobsDB TH) -------------------------------------------------

# Province, districts, pay factor against Bangkok.
TH_PLACES: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("กรุงเทพมหานคร", ("เขตบางนา", "เขตห้วยขวาง", "เขตจตุจักร", "เขตวัฒนา", "เขตสาทร", "เขตบางกะปิ", "เขตลาดพร้าว"), 1.0),
    ("ชลบุรี", ("อ.ศรีราชา", "อ.บางละมุง", "อ.เมืองชลบุรี", "อ.พานทอง"), 0.95),
    ("ระยอง", ("อ.ปลวกแดง", "อ.เมืองระยอง", "อ.บ้านฉาง"), 0.95),
    ("สมุทรปราการ", ("อ.บางพลี", "อ.เมืองสมุทรปราการ"), 0.95),
    ("ปทุมธานี", ("อ.คลองหลวง", "อ.ลำลูกกา"), 0.9),
    ("นนทบุรี", ("อ.ปากเกร็ด", "อ.บางใหญ่"), 0.95),
    ("เชียงใหม่", ("อ.เมืองเชียงใหม่", "อ.สันทราย"), 0.85),
)  # fmt: skip
TH_PLACES_EN: dict[str, str] = {
    "กรุงเทพมหานคร": "Bangkok", "ชลบุรี": "Chonburi", "ระยอง": "Rayong",
    "สมุทรปราการ": "Samut Prakan", "ปทุมธานี": "Pathum Thani", "นนทบุรี": "Nonthaburi",
    "เชียงใหม่": "Chiang Mai",
}  # fmt: skip
# Thai title, English title, monthly baht band (Bangkok).
TH_ROLES: tuple[tuple[str, str, int, int], ...] = (
    ("เจ้าหน้าที่ธุรการ", "Admin Officer", 15_000, 22_000),
    ("พนักงานบริการลูกค้า (Call Center)", "Customer Service Officer", 15_000, 25_000),
    ("เจ้าหน้าที่บัญชี", "Accounting Officer", 15_000, 25_000),
    ("พนักงานขาย", "Sales Executive", 15_000, 25_000),
    ("เจ้าหน้าที่ฝ่ายบุคคล", "HR Officer", 18_000, 30_000),
    ("เจ้าหน้าที่จัดซื้อ", "Purchasing Officer", 18_000, 30_000),
    ("Admin ฝ่ายขาย", "Sales Admin", 15_000, 22_000),
    ("เจ้าหน้าที่การตลาดออนไลน์", "Digital Marketing Officer", 18_000, 30_000),
    ("พนักงานคลังสินค้า", "Warehouse Staff", 12_000, 16_000),
    ("ช่างเทคนิค", "Maintenance Technician", 15_000, 25_000),
    ("วิศวกรฝ่ายผลิต", "Production Engineer", 25_000, 35_000),
    ("ล่ามภาษาจีน", "Chinese Interpreter", 25_000, 35_000),
)
# Chinese-speaking customer service in Bangkok at market pay.
TH_ROLE_ZH_CS: tuple[str, str, int, int] = (
    "พนักงานบริการลูกค้า ภาษาจีน", "Customer Service (Chinese Speaking)", 25_000, 40_000,
)  # fmt: skip
TH_DUTIES: tuple[str, ...] = (
    "รับสายและตอบคำถามลูกค้าทางโทรศัพท์ อีเมล และแชท",
    "บันทึกข้อมูลลงระบบและตรวจสอบความถูกต้อง",
    "จัดทำเอกสารใบเสนอราคา ใบแจ้งหนี้ และใบกำกับภาษี",
    "ประสานงานกับหน่วยงานภายในและภายนอก",
    "จัดทำรายงานประจำวันและประจำเดือน",
    "ดูแลงานเอกสารทั่วไปของแผนก",
    "ตรวจนับและควบคุมสต็อกสินค้า",
    "รับเรื่องร้องเรียนและแก้ไขปัญหาให้ลูกค้า",
    "ติดต่อลูกค้าเก่าและหาลูกค้าใหม่",
    "ดูแลบำรุงรักษาเครื่องจักรตามแผน",
    "งานอื่นๆ ที่ได้รับมอบหมาย",
)
TH_DUTIES_ZH: tuple[str, ...] = (
    "ตอบแชทและรับสายลูกค้าชาวจีนเกี่ยวกับคำสั่งซื้อและการจัดส่ง",
    "แปลเอกสารภาษาจีน-ไทย และประสานงานกับสำนักงานใหญ่",
    "Handle Chinese-speaking customers' enquiries by phone and WeChat",
)
TH_QUALIFICATIONS: tuple[str, ...] = (
    "เพศชาย/หญิง อายุ [20|22]-[35|40] ปี",
    "วุฒิปริญญาตรี [ทุกสาขา|สาขาบัญชี|สาขาบริหารธุรกิจ|สาขาวิศวกรรม]",
    "วุฒิ ปวส. ขึ้นไป",
    "มีประสบการณ์ [1|2] ปีขึ้นไป (ยินดีรับนักศึกษาจบใหม่)",
    "สามารถใช้โปรแกรม Microsoft Office ได้ดี",
    "มีความรับผิดชอบ ขยัน อดทน",
    "สามารถเริ่มงานได้ทันที",
    "มีใบขับขี่รถยนต์ [และมีรถยนต์ส่วนตัว|]",
    "มีทักษะการสื่อสารภาษาอังกฤษ [พอใช้|ดี]",
    "พักอาศัยใกล้{province}[ |]{district}",
)
TH_QUALS_ZH: tuple[str, ...] = (
    "สื่อสารภาษาจีนได้ดี (HSK [4|5] ขึ้นไป)",
    "สัญชาติไทย หรือชาวต่างชาติที่มีใบอนุญาตทำงาน (บริษัทดำเนินการ Work Permit ให้)",
)
TH_BENEFITS: tuple[str, ...] = (
    "ประกันสังคม", "ประกันสุขภาพกลุ่ม", "โบนัสประจำปี", "ปรับเงินเดือนประจำปี",
    "เบี้ยขยัน", "ค่าล่วงเวลา (OT)", "กองทุนสำรองเลี้ยงชีพ",
    "วันหยุดพักร้อน [6|7|10] วัน/ปี", "ชุดยูนิฟอร์ม", "รถรับส่งพนักงาน", "ค่าอาหาร",
    "ตรวจสุขภาพประจำปี", "ท่องเที่ยวประจำปี", "ค่าคอมมิชชั่น",
)  # fmt: skip
TH_APPLY: tuple[str, ...] = (
    "สมัครด้วยตนเองที่บริษัท หรือส่งประวัติทาง E-mail: {email}",
    "ติดต่อฝ่ายบุคคล โทร {phone}",
    "สมัครงานผ่าน [JobThai|JobsDB] โดยกดปุ่มสมัครงาน",
    "วันทำงาน: จันทร์-[ศุกร์|เสาร์] เวลา [08.00|08.30]-[17.00|17.30] น.",
    "สถานที่ปฏิบัติงาน: {district} จ.{province}",
    "พิจารณาเฉพาะผู้ที่ผ่านคุณสมบัติเบื้องต้นเท่านั้น",
)
TH_HEADERS = {
    "desc": ("หน้าที่และความรับผิดชอบ", "รายละเอียดงาน", "ลักษณะงาน"),
    "req": ("คุณสมบัติผู้สมัคร", "คุณสมบัติ"),
    "benefit": ("สวัสดิการ", "สวัสดิการพนักงาน"),
    "apply": ("วิธีการสมัคร", "ติดต่อ"),
}
TH_HEADERS_EN = {
    "desc": ("Job Description", "Responsibilities"),
    "req": ("Qualifications", "Requirements"),
    "benefit": ("Benefits", "Welfare"),
    "apply": ("How to apply", "Contact"),
}
TH_COMPANY_WORDS: tuple[str, ...] = (
    "สยามพัฒนา", "ไทยรุ่งเรือง", "เอเชียโลจิสติกส์", "ศรีสวัสดิ์ เทรดดิ้ง",
    "บางกอก ซัพพลาย", "อีสเทิร์นซีบอร์ด อินดัสทรี", "แสงทอง", "พรีเมียร์ ฟู้ดส์",
)  # fmt: skip
TH_LINES_EN: tuple[str, ...] = (
    "Handle customer enquiries by phone, email and LINE OA",
    "Prepare quotations, invoices and monthly reports",
    "Coordinate with the warehouse and logistics teams",
    "Maintain accurate records in SAP",
)

# --- Vietnam (TopCV, VietnamWorks, ITviec) -------------------------------------

VI_CITIES: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("Hà Nội", ("Cầu Giấy", "Đống Đa", "Thanh Xuân", "Hoàng Mai", "Nam Từ Liêm", "Hai Bà Trưng"), 1.0),
    ("Hồ Chí Minh", ("Quận 1", "Quận 7", "Bình Thạnh", "Tân Bình", "TP. Thủ Đức", "Gò Vấp", "Phú Nhuận"), 1.0),
    ("Đà Nẵng", ("Hải Châu", "Sơn Trà", "Thanh Khê"), 0.9),
    ("Bình Dương", ("Thủ Dầu Một", "Thuận An", "Dĩ An"), 0.9),
    ("Hải Phòng", ("Lê Chân", "Ngô Quyền"), 0.9),
    ("Bắc Ninh", ("TP. Bắc Ninh", "Từ Sơn"), 0.9),
)  # fmt: skip
# Title, monthly pay band in triệu đồng.
VI_ROLES: tuple[tuple[str, int, int], ...] = (
    ("Nhân viên Chăm sóc Khách hàng", 8, 12),
    ("Nhân viên Kinh doanh", 10, 20),
    ("Nhân viên Hành chính Nhân sự", 9, 13),
    ("Kế toán Tổng hợp", 12, 18),
    ("Nhân viên Telesales", 8, 15),
    ("Nhân viên Nhập liệu", 8, 10),
    ("Nhân viên Marketing Online", 10, 15),
    ("Chuyên viên Tuyển dụng", 10, 15),
    ("Nhân viên Kho", 8, 11),
    ("Phiên dịch viên tiếng Trung", 12, 20),
    ("Lập trình viên Frontend (Junior)", 12, 20),
    ("Nhân viên Chăm sóc Khách hàng (tiếng Trung)", 12, 18),
)
VI_DUTIES: tuple[str, ...] = (
    "Tiếp nhận và xử lý cuộc gọi, tin nhắn của khách hàng",
    "Tư vấn sản phẩm, dịch vụ của công ty cho khách hàng",
    "Chăm sóc khách hàng cũ, tìm kiếm khách hàng mới",
    "Nhập liệu, quản lý hồ sơ và chứng từ",
    "Lập báo cáo công việc hàng tuần, hàng tháng",
    "Phối hợp với các phòng ban liên quan để giải quyết yêu cầu của khách hàng",
    "Theo dõi công nợ, lập phiếu thu chi và kê khai thuế hàng tháng",
    "Đăng tin tuyển dụng, sàng lọc hồ sơ và sắp xếp phỏng vấn",
    "Quản lý xuất nhập kho và kiểm kê định kỳ",
    "Phát triển giao diện web bằng [ReactJS|VueJS|Angular]",
    "Thực hiện các công việc khác theo sự phân công của quản lý",
)
VI_REQUIREMENTS: tuple[str, ...] = (
    "Tốt nghiệp [Cao đẳng|Đại học] chuyên ngành [Kinh tế|Quản trị kinh doanh|Kế toán|liên quan]",
    "Có ít nhất [1|2] năm kinh nghiệm ở vị trí tương đương",
    "Chưa có kinh nghiệm sẽ được đào tạo",
    "Giao tiếp tốt, giọng nói dễ nghe",
    "Thành thạo tin học văn phòng (Word, Excel)",
    "Trung thực, chăm chỉ, có trách nhiệm",
    "Ưu tiên ứng viên sinh sống tại {city}",
    "Sử dụng tốt tiếng [Anh|Trung] là một lợi thế",
)
VI_BENEFITS: tuple[str, ...] = (
    "Lương cứng + thưởng KPI + hoa hồng",
    "Đóng đầy đủ BHXH, BHYT, BHTN theo Luật Lao động",
    "Lương tháng 13, thưởng Lễ, Tết",
    "12 ngày phép năm",
    "Du lịch, teambuilding hàng năm",
    "Được đào tạo nghiệp vụ bài bản",
    "Xét tăng lương 1-2 lần/năm",
    "Khám sức khỏe định kỳ",
    "Môi trường làm việc trẻ trung, năng động",
    "Phụ cấp ăn trưa, gửi xe",
)
VI_APPLY: tuple[str, ...] = (
    "Ứng viên nộp hồ sơ trực tuyến bằng cách bấm Ứng tuyển ngay",
    "Hạn nộp hồ sơ: [30/06|15/07|31/07|15/08]/2025",
    "Thời gian làm việc: Thứ 2 - Thứ [6|7] ([08:00|08:30] - [17:00|17:30])",
    "Gửi CV về email {email}, tiêu đề: [Họ tên - Vị trí ứng tuyển|Vị trí ứng tuyển - Họ tên]",
    "Địa điểm làm việc: {district}, {city}",
)
VI_HEADERS = {
    "desc": ("Mô tả công việc",),
    "req": ("Yêu cầu ứng viên", "Yêu cầu công việc"),
    "benefit": ("Quyền lợi", "Quyền lợi được hưởng", "Phúc lợi"),
    "apply": ("Cách thức ứng tuyển", "Thông tin liên hệ"),
}
VI_COMPANY_WORDS: tuple[str, ...] = (
    "Thương mại Dịch vụ Minh Phát", "Công nghệ Sao Việt", "Đầu tư An Phú",
    "Giải pháp Số Tân Tiến", "Logistics Hòa Bình", "Bảo Long", "Phát triển Đại Thành",
    "Thực phẩm Hương Quê",
)  # fmt: skip
VI_COMPANY_FORMS: tuple[str, ...] = (
    "Công ty TNHH {w}", "Công ty Cổ phần {w}", "Công ty TNHH {w} Việt Nam",
)  # fmt: skip
# Licensed labour export (XKLĐ) under Law 69/2020/QH14: destination, order,
# pay (currency, band), service fee within the legal cap.
VI_XKLD: tuple[tuple[str, str, str, int, int], ...] = (
    ("Nhật Bản", "Thực tập sinh kỹ năng - chế biến thực phẩm", "yên", 170_000, 200_000),
    ("Nhật Bản", "Kỹ năng đặc định - điều dưỡng (Kaigo)", "yên", 180_000, 220_000),
    ("Nhật Bản", "Thực tập sinh kỹ năng - cơ khí, hàn", "yên", 175_000, 210_000),
    ("Hàn Quốc", "Kỹ sư đóng tàu visa E-7", "won", 2_500_000, 3_000_000),
    ("Đài Loan", "Công nhân nhà máy điện tử", "Đài tệ", 28_590, 32_000),
    ("Đài Loan", "Công nhân cơ khí", "Đài tệ", 28_590, 33_000),
)
VI_XKLD_LINES: tuple[str, ...] = (
    "Công ty có Giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài số {licence} do Bộ LĐTBXH cấp",
    "Thu phí dịch vụ theo đúng Luật 69/2020/QH14 (không quá [1|3] tháng lương), có hợp đồng và hóa đơn rõ ràng",
    "Thi tuyển trực tiếp với đại diện xí nghiệp [tại văn phòng công ty|qua phỏng vấn online]",
    "Học tiếng [4|5|6] tháng tại trung tâm đào tạo của công ty trước khi xuất cảnh",
    "Đi theo visa lao động, ký hợp đồng lao động [3|2] năm, có thể gia hạn",
    "Hưởng bảo hiểm xã hội, bảo hiểm y tế theo luật nước sở tại",
    "Khám sức khỏe tại bệnh viện được Bộ Y tế chỉ định",
    "Thời gian xuất cảnh dự kiến: [3|4|6] tháng sau khi trúng tuyển",
    "Cảnh giác với các cá nhân, tổ chức không có giấy phép; tra cứu doanh nghiệp tại trang của Cục Quản lý lao động ngoài nước",
)
VI_XKLD_REQS: tuple[str, ...] = (
    "[Nam|Nữ|Nam, nữ] tuổi từ 18 đến [30|35|38]",
    "Tốt nghiệp THPT trở lên",
    "Sức khỏe tốt, không mắc bệnh truyền nhiễm",
    "Không có tiền án, tiền sự",
    "Có tay nghề phù hợp với đơn hàng là lợi thế",
)
VI_XKLD_COMPANY: tuple[str, ...] = (
    "Công ty Cổ phần Cung ứng Nhân lực Quốc tế {w}",
    "Công ty TNHH Hợp tác Lao động {w}",
    "Công ty Cổ phần Xuất khẩu Lao động và Thương mại {w}",
)

# --- scam-compound fronts in PH / TH / VN board shapes -------------------------

# Scam pay: several times the local entry wage (PH ~PHP 20-25k, TH ~15-20k
# baht, VN ~8-12 triệu) for "CS / typist" work with no experience.
SCAM_SEA_PLACES: dict[str, tuple[str, ...]] = {
    "ph": ("Phnom Penh, Cambodia", "Sihanoukville, Cambodia", "Myawaddy, Myanmar",
           "Dubai, UAE (then transfer to Cambodia)", "Kuala Lumpur, Malaysia", "Bavet, Cambodia"),
    "th": ("สีหนุวิลล์ ประเทศกัมพูชา", "ปอยเปต ประเทศกัมพูชา", "เมียวดี ประเทศเมียนมา",
           "ดูไบ สหรัฐอาหรับเอมิเรตส์", "กัวลาลัมเปอร์ ประเทศมาเลเซีย"),
    "vi": ("Phnôm Pênh, Campuchia", "Sihanoukville, Campuchia", "Bavet, Campuchia",
           "Myawaddy, Myanmar", "Dubai (UAE)", "Kuala Lumpur, Malaysia"),
}  # fmt: skip
SCAM_SEA_TITLES: dict[str, tuple[str, ...]] = {
    "ph": ("Customer Service Representative (Abroad)", "Online Chat Support / Typist",
           "Marketing Staff - Overseas", "Customer Support (English/Tagalog) - Direct Hiring Abroad",
           "Data Encoder / Typist - Abroad"),
    "th": ("แอดมินตอบแชท ทำงานต่างประเทศ", "พนักงานบริการลูกค้า (ต่างประเทศ)",
           "พนักงานพิมพ์งาน / Typist ต่างประเทศ", "เจ้าหน้าที่การตลาดออนไลน์ ประจำต่างประเทศ"),
    "vi": ("Nhân viên CSKH làm việc tại nước ngoài", "Nhân viên đánh máy / Typist",
           "Nhân viên Marketing Online (làm việc tại nước ngoài)", "Nhân viên trực chat (tiếng Việt)"),
}  # fmt: skip
SCAM_SEA_SALARY: dict[str, tuple[str, ...]] = {
    "ph": ("USD [1,200|1,500|1,800] - [2,500|3,000] per month",
           "PHP [70,000|80,000|90,000] - [120,000|150,000] monthly",
           "Php [80,000|100,000] - Php [150,000|180,000] + commission"),
    "th": ("[50,000|60,000|70,000] - [100,000|120,000] บาท",
           "เงินเดือน [60,000|80,000]-[120,000|150,000] บาท/เดือน",
           "USD [1,500|2,000] - [3,000|3,500]"),
    "vi": ("[30|35|40] - [50|60|70] triệu", "[1.200|1.500|2.000] - [2.500|3.000] USD",
           "Từ [35|40] triệu"),
}  # fmt: skip
SCAM_PH_TAGLISH: tuple[str, ...] = (
    "Walang experience? Okay lang, basta marunong mag-type!",
    "Libre ang pamasahe, visa, tirahan at pagkain.",
    "Tourist visa muna, ang company na ang mag-aayos ng working visa pagdating doon.",
    "Message lang sa [Telegram|WhatsApp] {handle}, interview agad ngayong araw.",
    "Alis na within [3|5|7] days, limited slots lang!",
)
SCAM_SEA_LINES: dict[str, tuple[str, ...]] = {
    "ph": (
        "No experience needed, basic English and typing skills only",
        "Free airfare, visa, accommodation and meals",
        "Travel as a tourist first; the working visa will be processed upon arrival",
        "No need for OEC, our escort will assist you at the airport",
        "Passport will be kept by the company for work permit processing",
        "Contact our recruiter on [Telegram|WhatsApp] {handle} for a same-day interview",
        "Fly out within [3|5|7] days, limited slots",
        "12-hour shift, 6 days a week, chatting with foreign clients online",
        "Salary several times higher than in the Philippines, plus commission",
    ),
    "th": (
        "ไม่ต้องมีประสบการณ์ พิมพ์ภาษาไทยได้ก็พอ",
        "บริษัทออกค่าตั๋วเครื่องบิน วีซ่า ที่พัก และอาหารฟรี",
        "เดินทางด้วยวีซ่าท่องเที่ยวก่อน ไปถึงแล้วบริษัททำวีซ่าทำงานให้",
        "บริษัทเก็บพาสปอร์ตไว้เพื่อดำเนินการใบอนุญาตทำงาน",
        "ติดต่อผ่าน [Telegram|Line|WhatsApp] {handle} สัมภาษณ์ออนไลน์ได้ทันที",
        "เดินทางได้ภายใน [3|5|7] วัน รับจำนวนจำกัด",
        "ทำงานวันละ [12|14] ชั่วโมง ตอบแชทลูกค้าต่างชาติ",
        "รายได้สูงกว่างานในไทยหลายเท่า",
    ),
    "vi": (
        "Không cần kinh nghiệm, biết đánh máy là được",
        "Bao vé máy bay, visa, ăn ở miễn phí",
        "Đi bằng visa du lịch, sang bên đó công ty làm giấy phép lao động",
        "Công ty giữ hộ chiếu để làm thủ tục",
        "Liên hệ [Telegram|Zalo|WhatsApp] {handle} để phỏng vấn ngay",
        "Xuất cảnh ngay trong [3|5|7] ngày",
        "Làm việc [12|14] tiếng/ngày, trực chat với khách nước ngoài",
        "Thu nhập gấp nhiều lần làm trong nước",
    ),
}


def _sections(
    rng: random.Random,
    heads: Mapping[str, Sequence[str]],
    duties: list[str],
    requirements: list[str],
    benefits: list[str],
) -> list[str]:
    """The duties, requirements and benefits sections, each under a heading."""
    return [
        rng.choice(heads["desc"]),
        _bullets(rng, duties),
        rng.choice(heads["req"]),
        _bullets(rng, requirements),
        rng.choice(heads["benefit"]),
        _bullets(rng, benefits),
    ]


def _bullets(rng: random.Random, lines: list[str]) -> str:
    mark = rng.choice(("- ", "• ", "* ", "", "{n}. "))
    return "\n".join(
        mark.replace("{n}", str(i)) + line for i, line in enumerate(lines, start=1)
    )


def _some(rng: random.Random, pool: tuple[str, ...], lo: int, hi: int) -> list[str]:
    return engine.pick(rng, pool, rng.randint(lo, hi))


def _rupiah_range(rng: random.Random, low: int, high: int) -> str:
    lo = engine.round_to(rng, low, (low + high) // 2, 250_000)
    hi = engine.round_to(rng, lo + 500_000, high + 500_000, 250_000)
    dot = lambda v: f"{v:,}".replace(",", ".")  # noqa: E731
    return rng.choice(
        (
            f"Rp {dot(lo)} - Rp {dot(hi)}",
            f"Rp {dot(lo)} – Rp {dot(hi)} per bulan",
            f"IDR {lo:,} - {hi:,}",
        )
    )


def _cut(rng: random.Random, text: str) -> str:
    """Boards' scrapes often cut a section mid-word (CamHR, JobStreet)."""
    if len(text) > 220 and rng.random() < 0.5:
        return text[: rng.randint(180, 320)]
    return text


def _title_query(rng: random.Random, title: str) -> str:
    """A board link carrying the title, percent-encoded as browsers copy it.

    A Khmer or Chinese title becomes a long run of ``%E1%9E%..`` escapes:
    digits and capitals that a legitimate ad's link really has.
    """
    if rng.random() < 0.2:
        return ""
    return "?title=" + quote(title, safe="")


def _fields() -> dict[str, str | None]:
    return dict.fromkeys(AD_FIELDS)


def _board_id(rng: random.Random, scam: bool) -> dict[str, str | None]:
    city, province, low, high = rng.choice(ID_CITIES)
    company = vocab.company_name(rng, "id")
    slots = {
        "city": city,
        "email": vocab.email(rng, company),
        "handle": vocab.handle(rng),
    }
    english = rng.random() < 0.3
    f = _fields()
    f["title"] = rng.choice(ID_ROLES) + rng.choice(("", "", " (Kontrak)", " - Urgent"))
    f["company"] = company
    f["location"] = f"{city}, {province}"
    desc_h = rng.choice(ID_HEADERS["desc"])
    duties = [engine.expand(s, rng, slots) for s in _some(rng, ID_DUTIES, 3, 7)]
    quals = [engine.expand(s, rng, slots) for s in _some(rng, ID_QUALIFICATIONS, 3, 8)]
    if english:
        desc_h, duties = (
            "Job Description:",
            [engine.expand(s, rng, slots) for s in _some(rng, SEA_LINES, 3, 6)],
        )
    parts = [desc_h, _bullets(rng, duties)]
    if scam:
        f["location"] = rng.choice(
            (
                "Phnom Penh, Kamboja",
                "Luar Negeri (Kamboja)",
                f"{city} (penempatan Kamboja)",
                "Sihanoukville, Kamboja",
                "Myawaddy, Myanmar",
                "Bangkok, Thailand (penempatan perbatasan)",
            )
        )
        f["salary"] = engine.expand(
            "[Rp 15.000.000 - Rp 25.000.000|USD 1.000 - 1.500|Rp 20.000.000]",
            rng,
            slots,
        )
        lures = [engine.expand(s, rng, slots) for s in _some(rng, SCAM_ID_LINES, 4, 7)]
        parts += [rng.choice(ID_HEADERS["req"]), _bullets(rng, lures)]
    else:
        if rng.random() < 0.7:
            f["salary"] = _rupiah_range(rng, low, high)
        parts += [rng.choice(ID_HEADERS["req"]), _bullets(rng, quals)]
    if rng.random() < 0.75:
        benefits = [engine.expand(s, rng, slots) for s in _some(rng, ID_BENEFITS, 2, 6)]
        parts += [rng.choice(ID_HEADERS["benefit"]), _bullets(rng, benefits)]
    tail = _some(rng, ID_BOILERPLATE, 1, 4)
    parts += [engine.expand(s, rng, slots) for s in tail]
    f["description"] = "\n".join(parts)
    if rng.random() < 0.5:
        f["url"] = (
            f"https://www.loker.id/lowongan-kerja/{vocab.slug(company)}-{rng.randint(10000, 99999)}"
        )
    return f


def _board_sea(rng: random.Random) -> dict[str, str | None]:
    place, cur, low, high, step = rng.choice(SEA_PLACES)
    f = _fields()
    f["title"] = rng.choice(SEA_ROLES)
    f["company"] = vocab.company_name(rng, "ms" if cur == "RM" else "en")
    f["location"] = place
    if rng.random() < 0.6:
        lo = engine.round_to(rng, low, (low + high) // 2, step)
        hi = engine.round_to(rng, lo + 500, high + 500, step)
        f["salary"] = f"{cur} {lo:,} - {cur} {hi:,} per month"
    parts = [
        rng.choice(("Job Responsibilities:", "Responsibilities", "Job Description")),
        _bullets(rng, _some(rng, SEA_LINES, 3, 6)),
        rng.choice(("Job Requirements:", "Requirements", "Qualifications:")),
        _bullets(
            rng, [engine.expand(s, rng, {}) for s in _some(rng, SEA_REQUIREMENTS, 3, 6)]
        ),
        *_some(rng, SEA_BOILERPLATE, 1, 3),
    ]
    f["description"] = (
        _cut(rng, "\n".join(parts)) if rng.random() < 0.3 else "\n".join(parts)
    )
    return f


def _kh_company(rng: random.Random) -> str:
    word = (
        rng.choice(vocab.NAME_WORDS).upper()
        if rng.random() < 0.5
        else rng.choice(vocab.NAME_WORDS)
    )
    return f"{word} {rng.choice(KH_COMPANY_KINDS)}"


def _kh_english_body(rng: random.Random) -> tuple[list[str], list[str]]:
    lines = _some(rng, KH_LINES_EN + KH_LINES_EN_MORE, 2, 6)
    if rng.random() < 0.2:
        lines += _some(rng, KH_LINES_EN_ENTRY, 1, 3)
    if rng.random() < 0.25:
        lines += _some(rng, KH_LINES_ZH, 1, 3)
    if rng.random() < 0.25:
        lines += _some(rng, KH_LINES_KM, 1, 3)
    if rng.random() < 0.5:
        lines += _some(rng, KH_BENEFITS_EN, 1, 4)
    return lines, ["Job Requirements"]


def _kh_khmer_body(
    rng: random.Random, f: dict[str, str | None], slots: dict[str, str]
) -> tuple[list[str], list[str]]:
    """A local job written in Khmer (CamHR's Khmer-language postings)."""
    f["title"] = rng.choice(KH_ROLES_KM)
    place = rng.choice(KH_PLACES_KM)
    slots["km_place"] = place
    f["location"] = place if rng.random() < 0.5 else rng.choice(KH_PLACES)
    f["salary"] = engine.expand(rng.choice(KH_SALARY_KM), rng, slots)
    lines = [rng.choice(KH_HEADERS_KM["desc"])]
    lines += [f"- {d}" for d in _some(rng, KH_DUTIES_KM, 2, 6)]
    if rng.random() < 0.7:
        lines.append(rng.choice(KH_HEADERS_KM["benefit"]))
        lines += [f"- {b}" for b in _some(rng, KH_BENEFITS_KM, 2, 5)]
    lines += [engine.expand(a, rng, slots) for a in _some(rng, KH_APPLY_KM, 1, 4)]
    reqs = [engine.expand(r, rng, slots) for r in _some(rng, KH_REQS_KM, 2, 6)]
    return lines, [rng.choice(KH_HEADERS_KM["req"]), *reqs]


def _kh_chinese_body(
    rng: random.Random, f: dict[str, str | None], slots: dict[str, str]
) -> tuple[list[str], list[str]]:
    """A Chinese-owned employer in Cambodia hiring local staff, in Chinese."""
    word = rng.choice(
        ("华联", "宏盛", "新泰", "永利达", "金达", "嘉和", "联丰", "恒信")
    )
    f["title"] = rng.choice(KH_ROLES_ZH)
    f["company"] = engine.expand(rng.choice(KH_COMPANY_ZH), rng, {"word": word})
    place = rng.choice(KH_PLACES_ZH)
    f["location"] = place if rng.random() < 0.5 else rng.choice(KH_PLACES)
    f["salary"] = engine.expand(rng.choice(KH_SALARY_ZH), rng, slots)
    duties = _some(rng, KH_DUTIES_ZH, 2, 5)
    lines = [
        "岗位职责：" + "；".join(f"{i}. {d}" for i, d in enumerate(duties, 1)) + "。",
        "福利待遇：" + "，".join(_some(rng, KH_BENEFITS_ZH, 2, 4)) + "。",
        f"工作地点：柬埔寨{place}"
        if "省" in place or rng.random() < 0.5
        else f"工作地点：{place}",
    ]
    if rng.random() < 0.4:
        lines.append(rng.choice(KH_LINES_KM))
    if rng.random() < 0.4:
        lines.append(f"有意者请发简历至 {slots['email']} 或致电 {slots['phone']}")
    reqs = _some(rng, KH_REQS_ZH, 2, 5)
    return lines, ["任职要求：", *(f"{i}. {r}" for i, r in enumerate(reqs, 1))]


def _board_kh(rng: random.Random, scam: bool) -> dict[str, str | None]:
    f = _fields()
    f["title"] = rng.choice(KH_ROLES)
    f["company"] = _kh_company(rng)
    f["location"] = rng.choice(KH_PLACES)
    slots = {
        "handle": vocab.handle(rng),
        "email": vocab.email(rng, f["company"] or "hr"),
        "phone": vocab.phone(rng, "KH"),
    }
    f["salary"] = engine.expand(rng.choice(KH_SALARY), rng, slots)
    style = "en"
    if scam:
        f["title"] = rng.choice(
            ("Customer Service (Indonesian Speaking)", "Online Sales / Typist",
             "Chat Operator (Thai / Vietnamese)", "Customer Service (Chinese Speaking)",
             "Marketing Staff – Online")
        )  # fmt: skip
        f["location"] = rng.choice(("Preah Sihanouk", "Phnom Penh", "Bavet", "Poipet"))
        f["salary"] = engine.expand("$[1500|2000|2500]-$[3000|4000]", rng, slots)
        lines = _some(rng, KH_LINES_EN, 0, 2) + [
            engine.expand(s, rng, slots) for s in _some(rng, SCAM_KH_LINES, 3, 6)
        ]
        req_head = ["Job Requirements"]
    else:
        style = engine.weighted(rng, {"en": 0.45, "km": 0.35, "zh": 0.2})
        body = {
            "en": lambda: _kh_english_body(rng),
            "km": lambda: _kh_khmer_body(rng, f, slots),
            "zh": lambda: _kh_chinese_body(rng, f, slots),
        }[style]
        lines, req_head = body()
    if style == "en":
        rng.shuffle(lines)
        req = [engine.expand(s, rng, slots) for s in _some(rng, KH_REQ_EN, 2, 5)]
        requirements = " ".join([*req_head, *req])
    else:
        requirements = "\n".join(req_head)
    desc = " ".join(lines) if rng.random() < 0.5 else "\n".join(lines)
    f["description"] = _cut(rng, desc) if not scam else desc
    f["requirements"] = _cut(rng, requirements)
    board = engine.weighted(rng, {"camhr": 0.5, "bongthom": 0.3, "jobify": 0.2})
    if board == "bongthom" and rng.random() < 0.7:
        # BongThom's page layout: one label per line.
        f["description"] = (
            "Workplace Circumstances\nEnvironment:\nOffice\nLanguages:\n"
            + rng.choice(("Khmer, English", "Khmer, English, Chinese", "English"))
            + f"\nLocation:\n{f['location']}\nPosition Circumstances\nCareer Category:\n"
            + rng.choice(
                (
                    "Sales / Marketing",
                    "Accounting / Finance",
                    "Administration",
                    "Customer Service",
                    "Manufacturing",
                )
            )
            + "\nSchedule:\nFull-time\nSalary:\n"
            + str(f["salary"])
            + "\nPosition Summary\n"
            + (f["description"] or "")
        )
    f["url"] = {
        "camhr": f"https://www.camhr.com/a/job/{rng.randint(10_400_000, 10_700_000)}"
        + _title_query(rng, f["title"] or ""),
        "bongthom": f"https://www.bongthom.com/job_detail/{rng.randint(100000, 999999)}.html",
        "jobify": f"https://jobify.works/jobs/{rng.randint(10000, 99999)}",
    }[board]
    f["_lang"] = style
    return f


def _zh_company(rng: random.Random, city: str) -> str:
    a = rng.choice(
        (
            "凡可",
            "京恒",
            "国盾",
            "锦程",
            "华信",
            "鼎盛",
            "恒通",
            "宏达",
            "万家",
            "安泰",
            "瑞丰",
        )
    )
    b = rng.choice(
        (
            "信息科技",
            "保安服务",
            "物流",
            "餐饮管理",
            "电子",
            "商贸",
            "物业管理",
            "人力资源",
            "食品",
        )
    )
    return f"{a}（{city}）{b}有限公司"


def _board_zh(rng: random.Random, scam: bool) -> dict[str, str | None]:
    city, districts, low, high = rng.choice(ZH_CITIES)
    role, subtitles = rng.choice(ZH_ROLES)
    company = _zh_company(rng, city)
    district = rng.choice(districts)
    slots = {
        "company": company,
        "handle": vocab.handle(rng),
        "city": city,
        "district": district,
    }
    f = _fields()
    f["title"] = f"{role} | {rng.choice(subtitles)}"
    f["company"] = company
    street = rng.choice(ZH_STREETS)
    f["location"] = rng.choice(
        (
            f"{city}_{district}_{street}",
            f"{city}_{district}",
            f"{city}_{district}_{street}_{rng.randint(1, 300)}号",
        )
    )
    lo = engine.round_to(rng, low, (low + high) // 2, 500)
    hi = engine.round_to(rng, lo + 1000, high + 1000, 500)
    # 58.com shows "薪资面议" on about one ad in thirteen.
    f["salary"] = f"{lo}-{hi}元/月" if rng.random() < 0.92 else "薪资面议"
    # Real 58.com ads run to ~900 characters: long duty lists and intros.
    duties = _some(rng, ZH_DUTIES, 3, 8)
    quals = [engine.expand(s, rng, slots) for s in _some(rng, ZH_QUALIFICATIONS, 3, 7)]
    numbered = lambda items: "；".join(f"{i}、{s}" for i, s in enumerate(items, 1))  # noqa: E731
    desc = f"岗位职责：{numbered(duties)}。任职资格：{numbered(quals)}。"
    if scam:
        f["title"] = f"{role} | " + rng.choice(
            ("高薪急聘海外客服 月薪2万+", "出国工作 包机票", "海外直招 无需经验")
        )
        f["location"] = rng.choice(
            ("柬埔寨_西港", "柬埔寨_金边", "缅甸_妙瓦底", "海外")
        )
        f["salary"] = engine.expand("[15000|20000]-[30000|40000]元/月", rng, slots)
        lures = [engine.expand(s, rng, slots) for s in _some(rng, SCAM_ZH_LINES, 3, 6)]
        desc = "；".join(lures) + "。" + (desc if rng.random() < 0.4 else "")
    intro = "".join(engine.expand(s, rng, slots) for s in _some(rng, ZH_INTRO, 3, 9))
    f["description"] = desc + "\n\n" + intro
    f["requirements"] = rng.choice(ZH_REQUIREMENTS)
    f["benefits"] = "_".join(_some(rng, ZH_WELFARE, 2, 6))
    return f


def _pay(rng: random.Random, low: int, high: int, step: int) -> tuple[int, int]:
    """A ``lo``-``hi`` range of multiples of ``step`` inside ``[low, high]``."""
    a, b = -(-low // step), high // step
    lo = rng.randint(a, max(a, (a + b) // 2))
    hi = rng.randint(min(b, max(lo + 1, (a + b + 1) // 2)), b)
    return lo * step, max(lo, hi) * step


def _scaled(low: int, high: int, factor: float, step: int) -> tuple[int, int]:
    """A city's band: the capital's band times ``factor``, on ``step``."""
    return int(low * factor) // step * step, int(high * factor) // step * step


def _mail(rng: random.Random, company: str, tlds: tuple[str, ...]) -> str:
    s = vocab.slug(company)
    box = rng.choice(("hr", "careers", "recruitment", "jobs", "hiring"))
    return rng.choice((f"{box}@{s}.{rng.choice(tlds)}", f"{s}.{box}@gmail.com"))


def _ph_salary(rng: random.Random, lo: int, hi: int) -> str:
    return rng.choice(
        (
            f"PHP {lo:,} - {hi:,} monthly",
            f"₱{lo:,} – ₱{hi:,} per month",
            f"Php {lo:,} - Php {hi:,}",
            f"Salary up to PHP {hi:,}",
        )
    )


def _ph_abroad(
    rng: random.Random, f: dict[str, str | None], slots: dict[str, str]
) -> list[str]:
    """A DMW-licensed agency's overseas job order (nurses, caregivers, seafarers)."""
    dest, cities, roles, fee_key = rng.choice(PH_ABROAD)
    title, cur, low, high, unit, kind = rng.choice(roles)
    city = rng.choice(cities)
    a, b = rng.sample(vocab.NAME_WORDS, 2)
    forms = PH_MANNING_FORMS if kind == "sea" else PH_AGENCY_FORMS
    company = rng.choice(forms).format(a=a, b=b)
    slots["office"] = rng.choice(PH_AGENCY_OFFICES).format(a=b)
    slots["email"] = _mail(rng, company, ("com.ph", "ph"))
    kind_code = "SB" if kind == "sea" else "LB"
    licence = f"DMW-{rng.randint(100, 999)}-{kind_code}-{rng.randint(100000, 999999)}-R"
    f["company"] = company
    f["title"] = rng.choice((f"{title} - {dest}", f"{title} ({city}, {dest})", title))
    f["location"] = (
        f"{city}, {dest}" if kind != "sea" else f"{city} (worldwide trading)"
    )
    step = {"hour": 1}.get(unit) or {"JPY": 5_000}.get(cur, 100)
    lo, hi = _pay(rng, low, high, step)
    f["salary"] = (
        f"{cur} {lo} - {hi} per hour"
        if unit == "hour"
        else f"{cur} {lo:,} - {hi:,} per month"
    )
    fee = PH_HSW_FEE if kind == "hsw" else rng.choice(PH_ABROAD_FEES[fee_key])
    duties = [
        engine.expand(s, rng, slots) for s in _some(rng, PH_ABROAD_DUTIES[kind], 2, 4)
    ]
    quals = [engine.expand(s, rng, slots) for s in PH_ABROAD_QUALS[kind]]
    quals += list(PH_ABROAD_GENERAL)
    benefits = [fee] + [
        engine.expand(s, rng, slots) for s in _some(rng, PH_ABROAD_BENEFITS, 2, 4)
    ]
    process = [
        engine.expand(s, rng, slots) for s in _some(rng, PH_ABROAD_PROCESS, 3, 6)
    ]
    if kind == "sea":
        intro = f"{company} (DMW License No. {licence}), a licensed manning agency, is hiring for its principal's fleet."
    else:
        employer = rng.choice(
            (
                "a reputable employer",
                "our principal",
                "an accredited hospital",
                "an accredited employer",
            )
        )
        intro = f"{company} (DMW License No. {licence}) is hiring for {employer} in {city}, {dest}."
    return [
        intro,
        *_sections(rng, PH_HEADERS, duties, quals, benefits),
        *process,
    ]


def _board_ph(rng: random.Random, scam: bool) -> dict[str, str | None]:
    """JobStreet PH / Kalibrr / Indeed PH / OnlineJobs.ph, English or Taglish."""
    city, region, factor = rng.choice(PH_CITIES)
    title, kind, low, high = rng.choice(PH_ROLES)
    a, b = rng.sample(vocab.NAME_WORDS, 2)
    company = rng.choice(PH_COMPANY_FORMS).format(a=a, b=b)
    slots = {
        "city": city,
        "handle": vocab.handle(rng),
        "email": _mail(rng, company, ("com.ph", "com", "ph")),
    }
    f = _fields()
    f["title"], f["company"], f["location"] = title, company, f"{city}, {region}"
    taglish = rng.random() < 0.3
    if not scam and rng.random() < 0.33:
        parts = _ph_abroad(rng, f, slots)
        taglish = False
    else:
        duties = [
            engine.expand(s, rng, slots) for s in _some(rng, PH_DUTIES[kind], 2, 5)
        ]
        quals = [
            engine.expand(s, rng, slots)
            for s in _some(rng, PH_QUALIFICATIONS[kind], 2, 5)
        ]
        benefits = [engine.expand(s, rng, slots) for s in _some(rng, PH_BENEFITS, 3, 7)]
        if scam:
            f["title"] = rng.choice(SCAM_SEA_TITLES["ph"])
            f["location"] = rng.choice(SCAM_SEA_PLACES["ph"])
            if rng.random() < 0.4:
                f["company"] = rng.choice(PH_AGENCY_FORMS).format(a=a, b=b)
            f["salary"] = engine.expand(rng.choice(SCAM_SEA_SALARY["ph"]), rng, slots)
            duties = [
                engine.expand(s, rng, slots) for s in _some(rng, PH_DUTIES["bpo"], 1, 3)
            ]
            lures = [
                engine.expand(s, rng, slots)
                for s in _some(rng, SCAM_SEA_LINES["ph"], 4, 7)
            ]
            cut = len(lures) // 2
            quals = [
                engine.expand(s, rng, slots) for s in _some(rng, PH_SCAM_QUALS, 1, 2)
            ]
            quals += lures[:cut]
            benefits = lures[cut:] + _some(rng, PH_BENEFITS[4:6], 0, 1)
        elif rng.random() < 0.85:
            lo, hi = _pay(rng, *_scaled(low, high, factor, 500), 500)
            f["salary"] = _ph_salary(rng, lo, hi)
        parts = [
            *_sections(rng, PH_HEADERS, duties, quals, benefits),
        ]
        if taglish:
            pool = SCAM_PH_TAGLISH if scam else PH_TAGLISH
            parts += [engine.expand(s, rng, slots) for s in _some(rng, pool, 2, 4)]
        parts += [
            engine.expand(s, rng, slots) for s in _some(rng, PH_BOILERPLATE, 1, 4)
        ]
    f["description"] = "\n".join(parts)
    board = engine.weighted(
        rng,
        {
            "jobstreet": 0.45,
            "kalibrr": 0.2,
            "indeed": 0.25,
            "onlinejobs": 0.1 if kind == "va" else 0.0,
        },
    )
    if rng.random() < 0.6:
        f["url"] = {
            "jobstreet": f"https://www.jobstreet.com.ph/job/{rng.randint(78_000_000, 84_000_000)}",
            "kalibrr": f"https://www.kalibrr.com/c/{vocab.slug(f['company'] or '')}/jobs/{rng.randint(200_000, 260_000)}",
            "indeed": f"https://ph.indeed.com/viewjob?jk={rng.getrandbits(64):016x}",
            "onlinejobs": f"https://www.onlinejobs.ph/jobseekers/job/{rng.randint(1_000_000, 1_400_000)}",
        }[board]
    f["_lang"] = "tl" if taglish else "en"
    return f


def _th_salary(rng: random.Random, lo: int, hi: int, english: bool) -> str:
    if english:
        return rng.choice((f"฿{lo:,} – ฿{hi:,} per month", f"THB {lo:,} - {hi:,}"))
    return rng.choice(
        (
            f"{lo:,} - {hi:,} บาท",
            f"เงินเดือน {lo:,}-{hi:,} บาท/เดือน",
            f"{lo:,}-{hi:,} บาท",
        )
    )


def _board_th(rng: random.Random, scam: bool) -> dict[str, str | None]:
    """JobThai / JobsDB Thailand: Thai, sometimes English; baht at local wages."""
    zh_cs = not scam and rng.random() < 0.15
    province, districts, factor = TH_PLACES[0] if zh_cs else rng.choice(TH_PLACES)
    district = rng.choice(districts)
    th_title, en_title, low, high = TH_ROLE_ZH_CS if zh_cs else rng.choice(TH_ROLES)
    english = not scam and rng.random() < 0.2
    latin = rng.choice(vocab.NAME_WORDS)
    company = rng.choice(
        (
            f"บริษัท {rng.choice(TH_COMPANY_WORDS)} จำกัด",
            f"บริษัท {rng.choice(TH_COMPANY_WORDS)} จำกัด (มหาชน)",
            f"บริษัท {latin} (ประเทศไทย) จำกัด",
            f"{latin} (Thailand) Co., Ltd.",
        )
    )
    slots = {
        "province": province,
        "district": district,
        "handle": vocab.handle(rng),
        "phone": vocab.phone(rng, "TH"),
        "email": _mail(rng, latin, ("co.th", "com")),
    }
    heads = TH_HEADERS_EN if english else TH_HEADERS
    f = _fields()
    f["company"] = company
    if english:
        f["title"] = en_title
        f["location"] = f"{TH_PLACES_EN[province]}, Thailand"
        duties = _some(rng, TH_LINES_EN, 2, 4) + (
            list(TH_DUTIES_ZH[2:]) if zh_cs else []
        )
        quals = (
            list(SEA_REQUIREMENTS[:3])
            if rng.random() < 0.5
            else list(SEA_REQUIREMENTS[3:6])
        )
        quals = [engine.expand(s, rng, slots) for s in quals]
        benefits = [
            "Social security (ประกันสังคม)",
            "Annual bonus",
            "Group health insurance",
            "Provident fund",
        ]
        benefits = _some(rng, tuple(benefits), 2, 4)
    else:
        f["title"] = rng.choice((th_title, f"{th_title} ({en_title})"))
        f["location"] = rng.choice(
            (f"{district} {province}", f"{district} จ.{province}", province)
        )
        duties = _some(rng, TH_DUTIES, 3, 6) + (list(TH_DUTIES_ZH[:2]) if zh_cs else [])
        quals = [
            engine.expand(s, rng, slots) for s in _some(rng, TH_QUALIFICATIONS, 3, 6)
        ]
        quals += list(TH_QUALS_ZH) if zh_cs else []
        benefits = [engine.expand(s, rng, slots) for s in _some(rng, TH_BENEFITS, 3, 7)]
        if "ประกันสังคม" not in benefits and rng.random() < 0.7:
            benefits.insert(0, "ประกันสังคม")
    if scam:
        f["title"] = rng.choice(SCAM_SEA_TITLES["th"])
        f["location"] = rng.choice(SCAM_SEA_PLACES["th"])
        f["salary"] = engine.expand(rng.choice(SCAM_SEA_SALARY["th"]), rng, slots)
        lures = [
            engine.expand(s, rng, slots) for s in _some(rng, SCAM_SEA_LINES["th"], 4, 7)
        ]
        cut = len(lures) // 2
        duties = _some(rng, TH_DUTIES[:2] + TH_DUTIES[7:8], 1, 2)
        quals = [*lures[:cut], engine.expand(TH_QUALIFICATIONS[0], rng, slots)]
        benefits = lures[cut:]
    elif rng.random() < 0.85:
        lo, hi = _pay(rng, *_scaled(low, high, factor, 500), 500)
        f["salary"] = _th_salary(rng, lo, hi, english)
    else:
        f["salary"] = (
            "Negotiable"
            if english
            else rng.choice(("ตามโครงสร้างบริษัท", "สามารถต่อรองได้"))
        )
    apply = [engine.expand(s, rng, slots) for s in _some(rng, TH_APPLY, 1, 4)]
    if scam:  # the front gives no Thai workplace
        apply = [a for a in apply if district not in a] or [
            engine.expand(TH_APPLY[2], rng, slots)
        ]
    if english:
        apply = [
            engine.expand(
                "Interested candidates please apply via JobsDB or send your resume to {email}.",
                rng,
                slots,
            )
        ]
    parts = [
        *_sections(rng, heads, duties, quals, benefits),
        rng.choice(heads["apply"]),
        *apply,
    ]
    f["description"] = "\n".join(parts)
    if rng.random() < 0.6:
        f["url"] = (
            f"https://th.jobsdb.com/job/{rng.randint(80_000_000, 84_000_000)}"
            if english or rng.random() < 0.3
            else f"https://www.jobthai.com/th/company/job/{rng.randint(1_400_000, 1_600_000)}"
        )
    f["_lang"] = "en" if english else "th"
    return f


def _vi_slug(title: str) -> str:
    """TopCV-style ASCII slug: "Nhân viên Kho" -> "nhan-vien-kho"."""
    bare = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(c for c in bare if not unicodedata.combining(c)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_))


def _vi_money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _vi_salary(rng: random.Random, lo: int, hi: int) -> str:
    return rng.choice(
        (
            f"{lo} - {hi} triệu",
            f"{lo} - {hi} triệu",
            f"Từ {lo} triệu",
            f"Tới {hi} triệu",
            f"{_vi_money(lo * 1_000_000)} - {_vi_money(hi * 1_000_000)} VNĐ",
        )
    )


def _vi_xkld(
    rng: random.Random, f: dict[str, str | None], slots: dict[str, str]
) -> tuple[list[str], list[str], list[str]]:
    """A licensed labour-export (XKLĐ) order under Law 69/2020/QH14."""
    dest, order, cur, low, high = rng.choice(VI_XKLD)
    word = rng.choice(VI_COMPANY_WORDS)
    f["company"] = rng.choice(VI_XKLD_COMPANY).format(w=word)
    slots["licence"] = f"{rng.randint(10, 480)}/LĐTBXH-GP"
    f["title"] = rng.choice(
        (f"Tuyển lao động đi {dest}: {order}", f"Đơn hàng {order} - {dest}")
    )
    f["location"] = f"{dest} (phỏng vấn tại {slots['city']})"
    step = {"yên": 5_000, "won": 100_000}.get(cur, 100)
    lo, hi = _pay(rng, low, high, step)
    f["salary"] = f"{_vi_money(lo)} - {_vi_money(hi)} {cur}/tháng"
    lines = [engine.expand(s, rng, slots) for s in _some(rng, VI_XKLD_LINES[1:], 3, 6)]
    desc = [f"Đơn hàng {order} tại {dest}, làm việc theo hợp đồng với xí nghiệp tiếp nhận.",
            engine.expand(VI_XKLD_LINES[0], rng, slots)]  # fmt: skip
    reqs = [engine.expand(s, rng, slots) for s in _some(rng, VI_XKLD_REQS, 3, 5)]
    return desc, reqs, lines


def _board_vi(rng: random.Random, scam: bool) -> dict[str, str | None]:
    """TopCV / VietnamWorks / ITviec: Vietnamese, triệu VND at local wages."""
    city, districts, factor = rng.choice(VI_CITIES)
    district = rng.choice(districts)
    title, low, high = rng.choice(VI_ROLES)
    company = rng.choice(VI_COMPANY_FORMS).format(w=rng.choice(VI_COMPANY_WORDS))
    slots = {
        "city": city,
        "district": district,
        "handle": vocab.handle(rng),
        "email": _mail(rng, rng.choice(vocab.NAME_WORDS), ("vn", "com.vn", "com")),
    }
    f = _fields()
    f["title"], f["company"] = title, company
    f["location"] = rng.choice((f"{district}, {city}", city, f"{city}: {district}"))
    duties = [engine.expand(s, rng, slots) for s in _some(rng, VI_DUTIES, 3, 6)]
    reqs = [engine.expand(s, rng, slots) for s in _some(rng, VI_REQUIREMENTS, 3, 6)]
    benefits = _some(rng, VI_BENEFITS, 3, 7)
    if "BHXH" not in " ".join(benefits) and rng.random() < 0.7:
        benefits.insert(0, VI_BENEFITS[1])
    abroad = scam
    if scam:
        f["title"] = rng.choice(SCAM_SEA_TITLES["vi"])
        f["location"] = rng.choice(SCAM_SEA_PLACES["vi"])
        f["salary"] = engine.expand(rng.choice(SCAM_SEA_SALARY["vi"]), rng, slots)
        if rng.random() < 0.3:
            f["company"] = rng.choice(VI_XKLD_COMPANY).format(
                w=rng.choice(VI_COMPANY_WORDS)
            )
        lures = [
            engine.expand(s, rng, slots) for s in _some(rng, SCAM_SEA_LINES["vi"], 4, 7)
        ]
        cut = len(lures) // 2
        duties = _some(rng, VI_DUTIES[:2], 1, 2)
        reqs = lures[:cut] + _some(rng, VI_REQUIREMENTS[5:6], 0, 1)
        benefits = lures[cut:]
    elif rng.random() < 0.25:
        duties, reqs, benefits = _vi_xkld(rng, f, slots)
        abroad = True
    elif rng.random() < 0.88:
        lo, hi = _pay(rng, *_scaled(low, high, factor, 1), 1)
        f["salary"] = _vi_salary(rng, lo, hi)
    else:
        f["salary"] = "Thỏa thuận"
    apply = [engine.expand(s, rng, slots) for s in _some(rng, VI_APPLY, 1, 3)]
    if abroad:  # the workplace is abroad; no Vietnamese one
        apply = [a for a in apply if district not in a] or [VI_APPLY[0]]
    parts = [
        *_sections(rng, VI_HEADERS, duties, reqs, benefits),
        rng.choice(VI_HEADERS["apply"]),
        *apply,
    ]
    f["description"] = "\n".join(parts)
    if rng.random() < 0.6:
        slug = _vi_slug(f["title"] or "viec lam")
        f["url"] = rng.choice(
            (
                f"https://www.topcv.vn/viec-lam/{slug}/{rng.randint(1_500_000, 1_700_000)}.html",
                f"https://www.vietnamworks.com/{slug}-{rng.randint(1_800_000, 1_900_000)}-jv",
            )
        )
    f["_lang"] = "vi"
    return f


def _board_scam_sea(rng: random.Random) -> dict[str, str | None]:
    """A scam-compound front in the PH, TH or VN board shape."""
    shape = engine.weighted(rng, {"ph": 0.4, "th": 0.3, "vi": 0.3})
    builder = {"ph": _board_ph, "th": _board_th, "vi": _board_vi}[shape]
    return builder(rng, scam=True)


def _build(rng: random.Random, subtype: str) -> tuple[dict[str, str | None], str]:
    """One board-shaped ad of ``subtype`` and the language it is written in."""
    builders = {
        "board_id": lambda: _board_id(rng, scam=False),
        "board_sea": lambda: _board_sea(rng),
        "board_kh": lambda: _board_kh(rng, scam=False),
        "board_zh": lambda: _board_zh(rng, scam=False),
        "board_ph": lambda: _board_ph(rng, scam=False),
        "board_th": lambda: _board_th(rng, scam=False),
        "board_vi": lambda: _board_vi(rng, scam=False),
        "board_scam_sea": lambda: _board_scam_sea(rng),
        "board_scam_id": lambda: _board_id(rng, scam=True),
        "board_scam_kh": lambda: _board_kh(rng, scam=True),
        "board_scam_zh": lambda: _board_zh(rng, scam=True),
    }
    fields = builders[subtype]()
    lang = fields.pop("_lang", None) or BOARD_LANG[subtype]
    fields["text"] = join_fields(fields)
    return fields, lang


def board_ad(rng: random.Random, subtype: str) -> dict[str, str | None]:
    """One board-shaped ad of ``subtype`` (a key of ``BOARD_SHARES``)."""
    return _build(rng, subtype)[0]


BOARD_LANG = {
    "board_id": "id",
    "board_sea": "en",
    "board_kh": "en",
    "board_zh": "zh",
    "board_ph": "en",
    "board_th": "th",
    "board_vi": "vi",
    "board_scam_id": "id",
    "board_scam_kh": "en",
    "board_scam_zh": "zh",
    "board_scam_sea": "en",
}


def generate_board_ads(n: int, *, seed: int = 0) -> list[dict[str, object]]:
    """``n`` board-shaped ads; ad ``i`` depends only on ``(seed, i)``."""
    rows: list[dict[str, object]] = []
    names = list(BOARD_SHARES)
    weights = [BOARD_SHARES[s][1] for s in names]
    for i in range(n):
        rng = random.Random(f"waspada-board:{seed}:{i}")
        subtype = rng.choices(names, weights=weights, k=1)[0]
        fields, lang = _build(rng, subtype)
        rows.append(
            {
                "id": f"board-{seed}-{i}",
                "source": "synthetic",
                "genre": "job_ad",
                "lang": lang,
                **fields,
                "label": BOARD_SHARES[subtype][0],
                "label_origin": "synthetic",
                "subtype": subtype,
            }
        )
    return rows
