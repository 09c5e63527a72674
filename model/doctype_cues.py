"""Cue features of the document-type model (``model.doctype``).

How often words that frame a text as a warning, a news or court report, a
personal account, a job ad, a sale, a lost-and-found notice, a
prize/loan/gambling/investment pitch, leisure or a notice, or advice occur, in
the whole text and in its opening, in the languages Waspada serves; plus the
text's shape (length, digits, links, lines) and hashed word columns.
"""

from __future__ import annotations

import math
import re
import zlib

import numpy as np

# Only the opening of a long text is read: the framing of a warning, a news
# report or an ad is in its first paragraphs, and it bounds the cost.
MAX_CHARS = 600
HEAD_CHARS = 200


def _cue_list(text: str) -> tuple[str, ...]:
    """Comma-separated cues (line breaks are only layout)."""
    return tuple(cue.strip() for cue in text.split(",") if cue.strip())


# Cue words per group, all languages together. Latin-script entries are
# whole words (a trailing ``*`` allows any ending); other scripts match as
# substrings (no spaces between words in Chinese and Thai).
CUES: dict[str, tuple[str, ...]] = {
    "warn": _cue_list(
        """
        waspada, hati-hati, awas, penipu*, modus, korban, tertipu, tergiur, hoaks,
        hoax, tppo, perdagangan orang, sindikat*, disekap, dipulangkan, himbau*,
        imbau*, amaran, berhati-hati, mangsa, sindiket, pemerdagangan, terpedaya,
        diselamatkan, palsu, ilegal, haram, beware, warning, scam, scams, scammer*,
        alert, psa, fraud*, victim*, traffick*, rescued, repatriated, fake, bogus,
        trap*, illegal, advisory, babala, mag-ingat, biktima, nasagip, sindikato,
        mabiktima, panloloko, cảnh báo, lừa đảo, cảnh giác, nạn nhân, giải cứu,
        mua bán người, chiêu trò, khuyến cáo, trái phép, 警惕, 诈骗, 骗局, 骗子,
        受害, 反诈, 提醒, 陷阱, 解救, 偷渡, 举报, 上当, 电诈, เตือน, ระวัง, หลอก,
        มิจฉาชีพ, เหยื่อ, ค้ามนุษย์, หลงเชื่อ, แก๊ง, ผู้เสียหาย,
        ditipu, menipu, umpan, berwaspada, bodong, jebakan, tipu, pekeng, iwasan,
        nabiktima, na-scam, red flag, sketchy, fishy, 被骗, 套路, 避雷, 非法,
        扩散, 报警, 诱饵, bị lừa, thủ đoạn, dụ dỗ, ถูกหลอก, ผิดกฎหมาย,
        ប្រយ័ត្ន, បោកប្រាស់, ឆបោក, ជនរងគ្រោះ, ជួញដូរមនុស្ស, ព្រមាន, ខុសច្បាប់,
        ជួយសង្គ្រោះ, ក្លែងក្លាយ, រងគ្រោះ, ត្រូវបានបោក, scamalert, antiscam,
        stoptrafficking, mang-scam, tránh xa, រឿងពិត, បោក, បង្ខំ, 团伙, naharang,
        """
    ),
    "news": _cue_list(
        """
        said, says, told, according, reported, police, court, sentenced, arrested,
        ministry, embassy, spokes*, prosecutor*, accused, suspect*, kata, ujar,
        menurut, polisi, polda, polres, pengadilan, vonis, terdakwa, ditangkap,
        kbri, kemlu, bp2mi, berkata, polis, mahkamah, ditahan, pdrm, tertuduh,
        suspek, dilaporkan, wartawan, cho biết, theo, công an, tòa án, bắt giữ,
        đại sứ quán, phóng viên, bị cáo, đối tượng, ayon, sinabi, pulis, korte,
        inaresto, embahada, dfa, dmw, nbi, pnp, akusado, ulat, 表示, 据, 报道, 警方,
        法院, 判处, 大使馆, 记者, 公安, 被告, 嫌疑人, 本报讯, กล่าว, รายงาน, ตำรวจ,
        ศาล, จับกุม, สถานทูต, ผู้ต้องหา, จำเลย, ผู้สื่อข่าว, เปิดเผย,
        charged, press conference, reuters, tersangka, tutur, ungkap, dikutip,
        konferensi pers, siasatan, sidang media, dakwa*, kinasuhan, ibinunyag,
        ani, dagdag, paliwanag, imbestigasyon, 通报, 获悉, 发布会, 刑事,
        khởi tố, họp báo, trình báo, แถลงข่าว, หมายจับ, แจ้งความ,
        defendant*, guilty, jailed, interpol, 经查, balita, ប៉ូលិស, តុលាការ, ចាប់ខ្លួន,
        ក្រសួង, ស្ថានទូត, អ្នកនាំពាក្យ, បានឱ្យដឹង,
        យោងតាម, អ្នកសារព័ត៌មាន, ជនសង្ស័យ, សមត្ថកិច្ច, ស្នងការ,
        """
    ),
    "personal": _cue_list(
        """
        my cousin, my brother, my sister, my friend, anyone know, is it legit,
        is this legit, legit?, saudara saya, teman saya, adik saya, gan,
        ada yang tahu, pencerahan, sepupu saya, ada sesiapa, pinsan ko, kaibigan ko,
        legit po, em họ tôi, bạn tôi, có thật không, mọi người ơi, 我表弟, 我朋友,
        求问, 靠谱吗, ญาติ, เพื่อนของฉัน, จริงไหม, ปลอดภัยไหม, aman nggak, selamat ke,
        safe ba, sounds fishy, re:,
        sharing, reply, balas, numpang tanya, tanong lang, nak tanya,
        share ko lang, kongsi pengalaman, has anyone, anyone heard, ada yang pernah,
        may nakapunta, may experience, có ai, trả lời, 楼主, 请问,
        有没有人, 有人知道, 求助, 分享一下, ตอบกลับ, มีใครเคย,
        ประสบการณ์ตรง,
        មិត្តរបស់ខ្ញុំ, ប្អូនខ្ញុំ, បងខ្ញុំ, មានអ្នកណាដឹង, ពិតឬអត់, មានអ្នកណាធ្លាប់,
        មានសុវត្ថិភាពទេ, normal ba, risau, is it safe, ឆ្លើយតប, ពិតទេ, salamat sa mga payo,
        """
    ),
    "job": _cue_list(
        """
        lowongan, loker, dibutuhkan, hiring, vacanc*, apply, lamaran, syarat,
        requirement*, qualification*, salary, gaji, posisi, position, recruit*,
        kualifikasi, jawatan, kekosongan, benefit*, tunjangan, cv, resume,
        pengalaman, experience, full time, part time, shift, interview, temuduga,
        wawancara, naghahanap, trabaho, sahod, tuyển, lương, ứng viên, yêu cầu,
        kinh nghiệm, phỏng vấn, 招聘, 岗位, 月薪, 薪资, 工作地点, 任职, 待遇, 经验,
        รับสมัคร, เงินเดือน, ตำแหน่ง, คุณสมบัติ, ประสบการณ์, สัมภาษณ์,
        kerja kosong, jawatan kosong, diperlukan segera, elaun, sweldo, aplay,
        mag-apply, bakante, magtrabaho, opening, việc làm, tuyển dụng, thu nhập,
        làm việc, nhân viên, 诚聘, 急聘, 聘请, 底薪, 提成, 面试, 客服, 包吃住,
        ทำงาน, รายได้, พนักงาน, สมัครงาน, หาคน, ค่าแรง, ជ្រើសរើស, ប្រាក់ខែ,
        ប្រាក់បៀវត្ស, បុគ្គលិក, ការងារ, ធ្វើការ, បទពិសោធន៍, ដាក់ពាក្យ,
        """
    ),
    "sale": _cue_list(
        """
        dijual, jual, harga, nego, cod, for sale, selling, price, rent, disewakan,
        sewa, runding, second, mulus, kondisi, condition, owner, firm, benta,
        presyo, ibinebenta, bán, giá, cho thuê, thương lượng, 出售, 转让, 出租,
        价格, 成新, ขาย, ราคา, ให้เช่า, สภาพ,
        លក់បន្ទាន់, តម្លៃ, សម្រាប់ជួល, ផ្ទះជួល, លក់ចេញ,
        """
    ),
    "lost": _cue_list(
        """
        hilang, imbalan, lost, reward, missing, found, ganjaran, kehilangan, dicari,
        ran away, nawawala, pabuya, nawala, hậu tạ, bị lạc, 走失, 酬谢, 重谢, 寻猫,
        寻狗, 启事, ตามหา, หาย, สินน้ำใจ,
        បាត់ឆ្មា, បាត់ឆ្កែ, អ្នករកឃើញ, បាត់បង់,
        """
    ),
    "promo": _cue_list(
        """
        hadiah, pemenang, undian, selamat anda, pinjaman, pinjol, slot, gacor,
        deposit, maxwin, wd, jp, bonus, investasi, profit, cuan, trading, loan*,
        winner, won, prize, claim, jackpot, casino, crypto, invest*, cabutan,
        tahniah, klaim, congratulations, lucky, returns, tubo, premyo, panalo,
        pautang, sabong, trúng thưởng, vay, nhà cái, đầu tư, nổ hũ, khuyến mãi,
        中奖, 贷款, 投资, 彩金, 娱乐城, 收益, 领取, 百家乐, 网贷, รางวัล, เงินกู้, สล็อต,
        ลงทุน, เครดิตฟรี, บาคาร่า, สินเชื่อ, verify, verifikasi, i-verify, diblokir,
        suspended, disekat, redeem, tebus, i-redeem, klik, click, i-click, ewallet,
        gcash, freebet, rtp, 冻结, 点击, 积分, 彩票, 返水, xác minh, bị khóa, bấm,
        đổi quà, ยืนยันตัวตน, ระงับ, คะแนนสะสม,
        ឈ្នះរង្វាន់, ប្រាក់កម្ចី, កម្ចី, ភ្នាល់, កាស៊ីណូ, វិនិយោគ, ប្រាក់ចំណេញ,
        បូណាស,
        """
    ),
    "leisure": _cue_list(
        """
        tour, paket, package, trip, holiday, liburan, hotel, beasiswa, scholarship,
        biasiswa, resep, recipe, resipi, percutian, selamat pagi, good morning,
        happy birthday, ulang tahun, magandang umaga, kaarawan, học bổng, du lịch,
        cách nấu, chúc mừng, 奖学金, 跟团, 做法, 快乐, 旅游, ทัวร์, ทุน, วิธีทำ, สวัสดี,
        สุขสันต์, pengumuman, notice, thông báo, 通知, ประกาศ, kode verifikasi,
        verification code, kod pengesahan, pulsa, balance, pesanan, order,
        shipped, reminder, pengingat, 验证码, 余额,
        快递, mã xác thực, đơn hàng, nhắc lịch, พัสดุ, ยอดเงินคงเหลือ,
        เตือนความจำ,
        ដំណើរកម្សាន្ត, អាហារូបករណ៍, រូបមន្ត, សួស្តី, រីករាយថ្ងៃកំណើត,
        ជូនដំណឹង,
        """
    ),
    "advice": _cue_list(
        """
        jangan, laporkan, cek, share, bagikan, report, check, never, don't, do not,
        please share, kongsikan, semak, huwag, wag, i-report, i-share, paki-share,
        đừng, hãy, chia sẻ, báo ngay, 不要, 切勿, 千万, 转发, อย่า, แชร์, แจ้ง,
        ตรวจสอบ,
        កុំជឿ, កុំទៅ, កុំចុច, ចែករំលែក, រាយការណ៍, ពិនិត្យមើល,
        """
    ),
}
CUE_GROUPS: tuple[str, ...] = tuple(CUES)
# The groups that frame a text as a warning or a report about scams; a text
# with none of them is not read as one (``DocTypeClassifier``).
FRAMING_GROUPS: tuple[str, ...] = ("warn", "news", "personal", "advice")
FRAMING_CUE_COLUMNS: tuple[int, ...] = tuple(
    CUE_GROUPS.index(group) for group in FRAMING_GROUPS
)
_SHAPE_FEATURES = ("log_length", "digit_share", "very_short", "has_url", "lines")
FEATURE_NAMES: tuple[str, ...] = (
    *(f"cue:{g}" for g in CUE_GROUPS),
    *(f"head:{g}" for g in CUE_GROUPS),
    *(f"shape:{s}" for s in _SHAPE_FEATURES),
)
N_DENSE = len(FEATURE_NAMES)


TOKEN_RE = re.compile(r"\w+(?:-\w+)*")
# Thai, Khmer and CJK: no spaces between words, and Khmer vowel signs are not
# word characters to ``re``, so their cues match as substrings.
_WIDE_SCRIPT_RE = re.compile("[\u0e00-\u0e7f\u1780-\u17ff\u3400-\u9fff]")
_GROUP_INDEX = {name: i for i, name in enumerate(CUE_GROUPS)}


def _forms(cue: str) -> tuple[str, ...]:
    """A cue's word forms: ``scam*`` stands for the usual English endings."""
    if not cue.endswith("*"):
        return (cue,)
    stem = cue[:-1]
    endings = ("", "s", "er", "ers", "ed", "ing", "ion", "ions", "an", "nya", "kan")
    return tuple(stem + ending for ending in endings)


def _cue_tables() -> tuple[dict[str, int], tuple[tuple[str, int], ...], int]:
    """Lookup tables: words and phrases (by token), and script substrings."""
    words: dict[str, int] = {}
    substrings: list[tuple[str, int]] = []
    longest = 1
    for name, cues in CUES.items():
        index = _GROUP_INDEX[name]
        for cue in cues:
            if _WIDE_SCRIPT_RE.search(cue):
                substrings.append((cue, index))
                continue
            for form in _forms(cue):
                tokens = TOKEN_RE.findall(form)
                longest = max(longest, len(tokens))
                words.setdefault(" ".join(tokens), index)
    return words, tuple(substrings), min(longest, 3)


_WORDS, _SUBSTRINGS, _LONGEST = _cue_tables()
_PHRASE_STARTS = frozenset(key.split(" ")[0] for key in _WORDS if " " in key)
_URL_RE = re.compile(r"https?://|www\.|\.com\b|\.id\b|bit\.ly|t\.me/")
_WORD_SALT = 0x9E3779B1


def _cue_counts(tokens: list[str], counts: list[int]) -> None:
    """Add the cue groups of ``tokens`` (words, two- and three-word phrases)."""
    for group in map(_WORDS.get, tokens):
        if group is not None:
            counts[group] += 1
    # Phrases: only where a token starts one (a set lookup per token).
    for i in [i for i, token in enumerate(tokens) if token in _PHRASE_STARTS]:
        for size in (2, 3):
            group = _WORDS.get(" ".join(tokens[i : i + size]))
            if group is not None:
                counts[group] += 1


def dense_features(text: str, tokens: list[str] | None = None) -> np.ndarray:
    """Cue counts (whole text and opening) and the text's shape, in [0, 1]."""
    if tokens is None:
        tokens = TOKEN_RE.findall(text)
    counts = [0] * len(CUE_GROUPS)
    head = [0] * len(CUE_GROUPS)
    _cue_counts(tokens, counts)
    _cue_counts(TOKEN_RE.findall(text[:HEAD_CHARS]), head)
    if not text.isascii() and _WIDE_SCRIPT_RE.search(text):
        opening = text[:HEAD_CHARS]
        for cue, index in _SUBSTRINGS:
            found = text.count(cue)
            if found:
                counts[index] += found
                head[index] += opening.count(cue)
    length = len(text)
    values = [
        *(1.0 - math.exp(-c / 2.0) for c in counts),
        *(1.0 - math.exp(-c) for c in head),
        min(math.log1p(length) / math.log1p(MAX_CHARS), 1.0),
        _digit_count(text) / max(length, 1),
        1.0 if length < 24 else 0.0,
        1.0 if _URL_RE.search(text) else 0.0,
        1.0 - math.exp(-text.count("\n") / 4.0),
    ]
    return np.asarray(values, dtype=np.float32)


def word_columns(tokens: list[str], n_features: int) -> np.ndarray:
    """Hashed columns of the word tokens (CRC-32: stable across processes)."""
    if not tokens:
        return np.zeros(0, dtype=np.int64)
    return (
        np.fromiter(
            (
                zlib.crc32(token.encode("utf-8", "surrogatepass"), _WORD_SALT)
                for token in tokens
            ),
            dtype=np.int64,
            count=len(tokens),
        )
        % n_features
    )


_DIGITS = bytes(range(ord("0"), ord("9") + 1))


def _digit_count(text: str) -> int:
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _DIGITS))
