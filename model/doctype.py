"""What a text is: a job ad, a warning or news report, another scam or promotion,
or something else (``model.verdict.DOCUMENT_TYPES``).

Waspada's scam model assumes it reads a job ad. Warning posts name every red
flag of a scam ad, and a motorbike for sale has a price and a WhatsApp
number, so the detector first asks this small model what the text is.

``DocTypeClassifier`` is a scikit-learn classifier over

* TF-IDF of hashed character 1-4-grams (any script, no vocabulary), and
* cue features: how often words that frame a text as a warning, a news or
  court report, a personal account, a job ad, a sale, a lost-and-found
  notice, a prize/loan/gambling/investment pitch or advice occur, in the
  whole text and in its opening, in the seven languages Waspada serves,

into a multinomial logistic regression whose probabilities are calibrated by
temperature scaling on out-of-fold logits. Prediction is a few numpy calls
per text (no scikit-learn dispatch), so it adds a fraction of a millisecond
to scoring an ad.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from model.features import PreparedAd, _TextInputMixin, hashed_char_ngrams
from model.preprocess import normalize
from model.verdict import DOCUMENT_TYPES

DOCTYPE_FILE = "doctype.joblib"
# Only the opening of a long text is read: the framing of a warning, a news
# report or an ad is in its first paragraphs, and it bounds the cost.
MAX_CHARS = 600
HEAD_CHARS = 200

# Cue words per group, all languages together. Latin-script entries are
# whole words (a trailing ``*`` allows any ending); other scripts match as
# substrings (no spaces between words in Chinese and Thai).
CUES: dict[str, tuple[str, ...]] = {
    "warn": (
        # id / ms
        "waspada",
        "hati-hati",
        "awas",
        "penipu*",
        "modus",
        "korban",
        "tertipu",
        "tergiur",
        "hoaks",
        "hoax",
        "tppo",
        "perdagangan orang",
        "sindikat*",
        "disekap",
        "dipulangkan",
        "himbau*",
        "imbau*",
        "amaran",
        "berhati-hati",
        "mangsa",
        "sindiket",
        "pemerdagangan",
        "terpedaya",
        "diselamatkan",
        "palsu",
        "ilegal",
        "haram",
        # en / tl
        "beware",
        "warning",
        "scam",
        "scams",
        "scammer*",
        "alert",
        "psa",
        "fraud*",
        "victim*",
        "traffick*",
        "rescued",
        "repatriated",
        "fake",
        "bogus",
        "trap*",
        "illegal",
        "advisory",
        "babala",
        "mag-ingat",
        "biktima",
        "nasagip",
        "sindikato",
        "mabiktima",
        "panloloko",
        # vi
        "cảnh báo",
        "lừa đảo",
        "cảnh giác",
        "nạn nhân",
        "giải cứu",
        "mua bán người",
        "chiêu trò",
        "khuyến cáo",
        "trái phép",
        # zh / th (substrings)
        "警惕",
        "诈骗",
        "骗局",
        "骗子",
        "受害",
        "反诈",
        "提醒",
        "陷阱",
        "解救",
        "偷渡",
        "举报",
        "上当",
        "电诈",
        "เตือน",
        "ระวัง",
        "หลอก",
        "มิจฉาชีพ",
        "เหยื่อ",
        "ค้ามนุษย์",
        "หลงเชื่อ",
        "แก๊ง",
        "ผู้เสียหาย",
    ),
    "news": (
        "said",
        "says",
        "told",
        "according",
        "reported",
        "police",
        "court",
        "sentenced",
        "arrested",
        "ministry",
        "embassy",
        "spokes*",
        "prosecutor*",
        "accused",
        "suspect*",
        "kata",
        "ujar",
        "menurut",
        "polisi",
        "polda",
        "polres",
        "pengadilan",
        "vonis",
        "terdakwa",
        "ditangkap",
        "kbri",
        "kemlu",
        "bp2mi",
        "berkata",
        "polis",
        "mahkamah",
        "ditahan",
        "pdrm",
        "tertuduh",
        "suspek",
        "dilaporkan",
        "wartawan",
        "cho biết",
        "theo",
        "công an",
        "tòa án",
        "bắt giữ",
        "đại sứ quán",
        "phóng viên",
        "bị cáo",
        "đối tượng",
        "ayon",
        "sinabi",
        "pulis",
        "korte",
        "inaresto",
        "embahada",
        "dfa",
        "dmw",
        "nbi",
        "pnp",
        "akusado",
        "ulat",
        "表示",
        "据",
        "报道",
        "警方",
        "法院",
        "判处",
        "大使馆",
        "记者",
        "公安",
        "被告",
        "嫌疑人",
        "本报讯",
        "กล่าว",
        "รายงาน",
        "ตำรวจ",
        "ศาล",
        "จับกุม",
        "สถานทูต",
        "ผู้ต้องหา",
        "จำเลย",
        "ผู้สื่อข่าว",
        "เปิดเผย",
    ),
    "personal": (
        "my cousin",
        "my brother",
        "my sister",
        "my friend",
        "anyone know",
        "is it legit",
        "is this legit",
        "legit?",
        "saudara saya",
        "teman saya",
        "adik saya",
        "gan",
        "ada yang tahu",
        "pencerahan",
        "sepupu saya",
        "ada sesiapa",
        "pinsan ko",
        "kaibigan ko",
        "legit po",
        "em họ tôi",
        "bạn tôi",
        "có thật không",
        "mọi người ơi",
        "我表弟",
        "我朋友",
        "求问",
        "靠谱吗",
        "ญาติ",
        "เพื่อนของฉัน",
        "จริงไหม",
        "ปลอดภัยไหม",
        "aman nggak",
        "selamat ke",
        "safe ba",
        "sounds fishy",
        "re:",
    ),
    "job": (
        "lowongan",
        "loker",
        "dibutuhkan",
        "hiring",
        "vacanc*",
        "apply",
        "lamaran",
        "syarat",
        "requirement*",
        "qualification*",
        "salary",
        "gaji",
        "posisi",
        "position",
        "recruit*",
        "kualifikasi",
        "jawatan",
        "kekosongan",
        "benefit*",
        "tunjangan",
        "cv",
        "resume",
        "pengalaman",
        "experience",
        "full time",
        "part time",
        "shift",
        "interview",
        "temuduga",
        "wawancara",
        "naghahanap",
        "trabaho",
        "sahod",
        "tuyển",
        "lương",
        "ứng viên",
        "yêu cầu",
        "kinh nghiệm",
        "phỏng vấn",
        "招聘",
        "岗位",
        "月薪",
        "薪资",
        "工作地点",
        "任职",
        "待遇",
        "经验",
        "รับสมัคร",
        "เงินเดือน",
        "ตำแหน่ง",
        "คุณสมบัติ",
        "ประสบการณ์",
        "สัมภาษณ์",
    ),
    "sale": (
        "dijual",
        "jual",
        "harga",
        "nego",
        "cod",
        "for sale",
        "selling",
        "price",
        "rent",
        "disewakan",
        "sewa",
        "runding",
        "second",
        "mulus",
        "kondisi",
        "condition",
        "owner",
        "firm",
        "benta",
        "presyo",
        "ibinebenta",
        "bán",
        "giá",
        "cho thuê",
        "thương lượng",
        "出售",
        "转让",
        "出租",
        "价格",
        "成新",
        "ขาย",
        "ราคา",
        "ให้เช่า",
        "สภาพ",
    ),
    "lost": (
        "hilang",
        "imbalan",
        "lost",
        "reward",
        "missing",
        "found",
        "ganjaran",
        "kehilangan",
        "dicari",
        "ran away",
        "nawawala",
        "pabuya",
        "nawala",
        "hậu tạ",
        "bị lạc",
        "走失",
        "酬谢",
        "重谢",
        "寻猫",
        "寻狗",
        "启事",
        "ตามหา",
        "หาย",
        "สินน้ำใจ",
    ),
    "promo": (
        "hadiah",
        "pemenang",
        "undian",
        "selamat anda",
        "pinjaman",
        "pinjol",
        "slot",
        "gacor",
        "deposit",
        "maxwin",
        "wd",
        "jp",
        "bonus",
        "investasi",
        "profit",
        "cuan",
        "trading",
        "loan*",
        "winner",
        "won",
        "prize",
        "claim",
        "jackpot",
        "casino",
        "crypto",
        "invest*",
        "cabutan",
        "tahniah",
        "klaim",
        "congratulations",
        "lucky",
        "returns",
        "tubo",
        "premyo",
        "panalo",
        "pautang",
        "sabong",
        "trúng thưởng",
        "vay",
        "nhà cái",
        "đầu tư",
        "nổ hũ",
        "khuyến mãi",
        "中奖",
        "贷款",
        "投资",
        "彩金",
        "娱乐城",
        "收益",
        "领取",
        "百家乐",
        "网贷",
        "รางวัล",
        "เงินกู้",
        "สล็อต",
        "ลงทุน",
        "เครดิตฟรี",
        "บาคาร่า",
        "สินเชื่อ",
    ),
    "leisure": (
        "tour",
        "paket",
        "package",
        "trip",
        "holiday",
        "liburan",
        "hotel",
        "beasiswa",
        "scholarship",
        "biasiswa",
        "resep",
        "recipe",
        "resipi",
        "percutian",
        "selamat pagi",
        "good morning",
        "happy birthday",
        "ulang tahun",
        "magandang umaga",
        "kaarawan",
        "học bổng",
        "du lịch",
        "cách nấu",
        "chúc mừng",
        "奖学金",
        "跟团",
        "做法",
        "快乐",
        "旅游",
        "ทัวร์",
        "ทุน",
        "วิธีทำ",
        "สวัสดี",
        "สุขสันต์",
        "pengumuman",
        "notice",
        "thông báo",
        "通知",
        "ประกาศ",
    ),
    "advice": (
        "jangan",
        "laporkan",
        "cek",
        "share",
        "bagikan",
        "report",
        "check",
        "never",
        "don't",
        "do not",
        "please share",
        "kongsikan",
        "semak",
        "huwag",
        "wag",
        "i-report",
        "i-share",
        "paki-share",
        "đừng",
        "hãy",
        "chia sẻ",
        "báo ngay",
        "不要",
        "切勿",
        "千万",
        "转发",
        "请",
        "อย่า",
        "แชร์",
        "แจ้ง",
        "ตรวจสอบ",
    ),
}
CUE_GROUPS: tuple[str, ...] = tuple(CUES)
_SHAPE_FEATURES = ("log_length", "digit_share", "very_short", "has_url", "lines")
FEATURE_NAMES: tuple[str, ...] = (
    *(f"cue:{g}" for g in CUE_GROUPS),
    *(f"head:{g}" for g in CUE_GROUPS),
    *(f"shape:{s}" for s in _SHAPE_FEATURES),
)
N_DENSE = len(FEATURE_NAMES)


_TOKEN_RE = re.compile(r"\w+(?:-\w+)*")
_WIDE_SCRIPT_RE = re.compile("[\u0e00-\u0e7f\u3400-\u9fff]")
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
                tokens = _TOKEN_RE.findall(form)
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


def doctype_text(row: str | PreparedAd) -> str:
    """The lower-cased, normalised opening of a text, as the model reads it."""
    text = row.text if isinstance(row, PreparedAd) else normalize(row).text
    return text[:MAX_CHARS].lower()


def dense_features(text: str, tokens: list[str] | None = None) -> np.ndarray:
    """Cue counts (whole text and opening) and the text's shape, in [0, 1]."""
    if tokens is None:
        tokens = _TOKEN_RE.findall(text)
    counts = [0] * len(CUE_GROUPS)
    head = [0] * len(CUE_GROUPS)
    _cue_counts(tokens, counts)
    _cue_counts(_TOKEN_RE.findall(text[:HEAD_CHARS]), head)
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


class DocTypeClassifier(_TextInputMixin, ClassifierMixin, BaseEstimator):
    """Hashed character n-grams + multilingual cue features → calibrated softmax.

    ``fit(X, y)`` takes texts (``str`` or ``PreparedAd``) and document-type
    labels; ``predict_proba`` returns one column per ``classes_`` entry.
    """

    def __init__(
        self,
        ngram_range: tuple[int, int] = (1, 3),
        n_features: int = 2**18,
        min_df: int = 2,
        C: float = 8.0,
        dense_weight: float = 1.0,
        word_features: bool = False,
        calibration_folds: int = 2,
        random_state: int = 13,
    ) -> None:
        self.ngram_range = ngram_range
        self.n_features = n_features
        self.min_df = min_df
        self.C = C
        self.dense_weight = dense_weight
        self.word_features = word_features
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    # -- features ---------------------------------------------------------
    def _char_counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        indptr = [0]
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for text in texts:
            unique, counts = self._columns(text, _TOKEN_RE.findall(text))
            indices.append(unique)
            data.append(counts.astype(np.float32))
            indptr.append(indptr[-1] + len(unique))
        return sp.csr_matrix(
            (
                np.concatenate(data) if data else np.zeros(0, np.float32),
                np.concatenate(indices) if indices else np.zeros(0, np.int64),
                np.asarray(indptr),
            ),
            shape=(len(texts), self.n_features),
        )

    def _columns(self, text: str, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Distinct hashed columns (character n-grams and words) with counts."""
        columns, _ = hashed_char_ngrams(text, self.ngram_range, self.n_features)
        if self.word_features and tokens:
            columns = np.concatenate([columns, word_columns(tokens, self.n_features)])
        unique, counts = np.unique(columns, return_counts=True)
        return unique, counts

    def _matrix(self, texts: Sequence[str]) -> sp.csr_matrix:
        counts = self._char_counts(texts)
        np.log(counts.data, out=counts.data)
        counts.data += 1.0
        tfidf = sp.csr_matrix(counts.multiply(self.idf_).tocsr(), dtype=np.float32)
        tfidf.eliminate_zeros()
        norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        tfidf = sp.csr_matrix(sp.diags(1.0 / norms) @ tfidf, dtype=np.float32)
        dense = (
            np.vstack([dense_features(t) for t in texts])
            if texts
            else np.zeros((0, N_DENSE), np.float32)
        )
        return sp.hstack(
            [tfidf, sp.csr_matrix(dense * self.dense_weight)], format="csr"
        )

    # -- estimator --------------------------------------------------------
    def fit(self, X: Any, y: Any) -> DocTypeClassifier:
        from scipy.optimize import minimize_scalar
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold

        texts = [doctype_text(row) for row in self._rows(X, reset=True)]
        labels = np.asarray(y)
        if len(texts) != len(labels):
            raise ValueError("X and y have different lengths")
        self.classes_ = np.unique(labels)
        if len(self.classes_) < 2:
            raise ValueError("DocTypeClassifier needs at least two classes in y")
        counts = self._char_counts(texts)
        frequency = np.bincount(counts.indices, minlength=self.n_features)
        idf = np.log((1 + len(texts)) / (1 + frequency)) + 1.0
        idf[frequency < self.min_df] = 0.0
        self.idf_ = idf.astype(np.float32)
        matrix = self._matrix(texts)

        def model() -> LogisticRegression:
            return LogisticRegression(C=self.C, max_iter=150, class_weight="balanced")

        # Temperature scaling on out-of-fold logits: one parameter, so the
        # calibrated model keeps a single coefficient matrix (fast) while its
        # probabilities match how often it is right on unseen texts.
        logits = np.zeros((len(texts), len(self.classes_)))
        _, label_index = np.unique(labels, return_inverse=True)
        folds = min(self.calibration_folds, int(np.bincount(label_index).min()))
        if folds >= 2:
            splitter = StratifiedKFold(
                folds, shuffle=True, random_state=self.random_state
            )
            for train, test in splitter.split(matrix, labels):
                fold = model().fit(matrix[train], labels[train])
                logits[test] = _full_logits(fold, matrix[test], self.classes_)

            def loss(temperature: float) -> float:
                z = logits / temperature
                z -= z.max(axis=1, keepdims=True)
                log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
                return float(-log_p[np.arange(len(texts)), label_index].mean())

            found = minimize_scalar(loss, bounds=(0.05, 20.0), method="bounded")
            self.temperature_ = float(found.x)
        else:
            self.temperature_ = 1.0
        final = model().fit(matrix, labels)
        coef = np.asarray(final.coef_, dtype=np.float32)
        intercept = np.asarray(final.intercept_, dtype=np.float32)
        if coef.shape[0] == 1:  # binary: sklearn keeps one row
            coef = (np.vstack([-coef, coef]) / 2).astype(np.float32)
            intercept = np.asarray(
                [-intercept[0] / 2, intercept[0] / 2], dtype=np.float32
            )
        # Dense (n_features x classes): one row gather per n-gram column.
        self.char_coef_ = np.ascontiguousarray(coef[:, : self.n_features].T)
        self.dense_coef_ = np.ascontiguousarray(
            coef[:, self.n_features :].T * self.dense_weight
        )
        self.intercept_ = intercept.astype(np.float32)
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "char_coef_")
        rows = self._rows(X, reset=False)
        return (
            np.vstack([self._logits(doctype_text(row)) for row in rows])
            if rows
            else np.zeros((0, len(self.classes_)))
        )

    def _logits(self, text: str) -> np.ndarray:
        tokens = _TOKEN_RE.findall(text)
        logits = self.intercept_ + dense_features(text, tokens) @ self.dense_coef_
        unique, counts = self._columns(text, tokens)
        if len(unique):
            weights = (np.log(counts) + 1.0).astype(np.float32) * self.idf_[unique]
            norm = float(np.sqrt(weights @ weights))
            if norm > 0:
                logits = logits + (weights / norm) @ self.char_coef_[unique]
        return np.asarray(logits, dtype=np.float64)

    def predict_proba(self, X: Any) -> np.ndarray:
        logits = self.decision_function(X) / self.temperature_
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_[np.argmax(self.predict_proba(X), axis=1)])

    def classify(self, text: str) -> tuple[str, float, float]:
        """Type, its probability and P(job_ad) of an already normalised text.

        The fast path the detector uses: no input validation, one text.
        """
        logits = self._logits(text[:MAX_CHARS].lower()) / self.temperature_
        logits -= logits.max()
        exp = np.exp(logits)
        probabilities = exp / exp.sum()
        best = int(np.argmax(probabilities))
        job = np.flatnonzero(self.classes_ == "job_ad")
        p_job = float(probabilities[job[0]]) if len(job) else 0.0
        return str(self.classes_[best]), float(probabilities[best]), p_job

    def predict_one(self, row: str | PreparedAd) -> tuple[str, float]:
        """The most likely type of one text and its calibrated probability."""
        probabilities = self.predict_proba([row])[0]
        best = int(np.argmax(probabilities))
        return str(self.classes_[best]), float(probabilities[best])

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        return tags


def _full_logits(model: Any, matrix: Any, classes: np.ndarray) -> np.ndarray:
    """Decision values with one column per class in ``classes``."""
    out = np.full((matrix.shape[0], len(classes)), -1e3)
    scores = model.decision_function(matrix)
    if scores.ndim == 1:
        scores = np.column_stack([-scores / 2, scores / 2])
    for j, label in enumerate(model.classes_):
        out[:, int(np.searchsorted(classes, label))] = scores[:, j]
    return out


NOT_A_JOB_AD = "NOT_A_JOB_AD"
# What the NOT_A_JOB_AD notice says, per document type and message language.
NOTICE_MESSAGES: dict[str, dict[str, str]] = {
    "warning_or_news": {
        "en": "This reads as a warning or news report, not a job offer.",
        "id": "Teks ini tampak seperti peringatan atau berita, bukan lowongan kerja.",
    },
    "other_scam_or_promo": {
        "en": "This reads as a prize, loan, gambling or investment promotion, "
        "not a job offer. It may still be a scam of another kind.",
        "id": "Teks ini tampak seperti promosi hadiah, pinjaman, judi atau "
        "investasi, bukan lowongan kerja. Bisa saja tetap penipuan jenis lain.",
    },
    "other": {
        "en": "This does not read as a job offer (it looks like a listing, "
        "notice, message or link).",
        "id": "Teks ini tidak tampak seperti lowongan kerja (lebih mirip iklan "
        "jual-beli, pengumuman, pesan atau tautan).",
    },
}


def notice_message(document_type: str, language: str) -> str:
    messages = NOTICE_MESSAGES.get(document_type, NOTICE_MESSAGES["other"])
    return messages.get(language, messages["en"])


def valid_document_type(value: str) -> bool:
    return value in DOCUMENT_TYPES
