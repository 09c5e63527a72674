"""Text normalisation that never loses its way back to the original text.

Every ad is normalised before rules and features see it: HTML tags are
removed, entities decoded, compatibility characters folded with NFKC (so the
"𝐒𝐋𝐎𝐓" of gambling spam reads "SLOT"), zero-width characters dropped and
whitespace collapsed. The browser extension highlights phrases in the text the
user sees, so each normalised character remembers the span of original
characters it came from, and any normalised span maps back exactly.
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Tags are removed; script/style/comment bodies go with them. Bounded
# repetition keeps a stray "<" in a 1 MB ad from turning into a slow scan.
_TOKEN_RE = re.compile(
    r"(?P<block><(?:script|style)\b[^>]{0,1000}>.{0,200000}?</(?:script|style)\s*>"
    r"|<!--.{0,200000}?-->)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,2000})?/?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<space>[\s\x00-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad]+)"
    r"|(?P<plain>[^<&\s\x00-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad]+)"
    r"|(?P<lone>[<&])",
    re.DOTALL | re.IGNORECASE,
)
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
# Characters that belong to the preceding glyph: a highlight must not cut them.
_TRAILING_MARKS = {"\ufe0e", "\ufe0f"}


class _CharMap:
    """Per-character original spans: for text that went through HTML or NFKC."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


class _SegmentMap:
    """Piecewise map for the common case where only whitespace was collapsed.

    Each segment is either copied verbatim (offsets shift by a constant) or a
    collapsed whitespace run (one normalised character for several original
    ones), so the map costs one entry per collapsed run, not per character.
    """

    __slots__ = ("collapsed", "norm_starts", "orig_ends", "orig_starts")

    def __init__(self) -> None:
        self.norm_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.orig_ends: list[int] = []
        self.collapsed: list[bool] = []

    def add(
        self, norm_start: int, orig_start: int, orig_end: int, collapsed: bool
    ) -> None:
        self.norm_starts.append(norm_start)
        self.orig_starts.append(orig_start)
        self.orig_ends.append(orig_end)
        self.collapsed.append(collapsed)

    def _locate(self, index: int) -> tuple[int, int]:
        segment = bisect_right(self.norm_starts, index) - 1
        if self.collapsed[segment]:
            return self.orig_starts[segment], self.orig_ends[segment]
        orig = self.orig_starts[segment] + index - self.norm_starts[segment]
        return orig, orig + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._locate(start)[0], self._locate(end - 1)[1]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text plus a map from its characters to original spans."""

    original: str
    text: str
    mapping: _CharMap | _SegmentMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to an original span.

        The result is widened over combining marks and variation selectors
        that follow it, so a highlight never splits a glyph.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside text of {len(self.text)}")
        orig_start, orig_end = self.mapping.span(start, end)
        original = self.original
        while orig_end < len(original) and (
            unicodedata.combining(original[orig_end])
            or original[orig_end] in _TRAILING_MARKS
        ):
            orig_end += 1
        return orig_start, orig_end


# Anything here needs the character-by-character path: markup, entities,
# control and invisible characters.
_NEEDS_FULL_PASS = re.compile(
    r"[<&\x00-\x08\x0e-\x1b\x7f\x85\u200b-\u200d\u2060\ufeff\u00ad]"
)
# Whitespace that normalisation changes: runs, and any single whitespace
# character other than a plain space or newline.
_UNUSUAL_SPACE = re.compile(r"\s{2,}|[^\S \n]")


def _fast_normalize(original: str) -> NormalizedText | None:
    """Whitespace-only normalisation for text that needs nothing else."""
    if _NEEDS_FULL_PASS.search(original):
        return None
    if not original.isascii() and not unicodedata.is_normalized("NFKC", original):
        return None
    lead = len(original) - len(original.lstrip())
    stop = len(original.rstrip())
    if lead >= stop:
        return NormalizedText(original, "", _SegmentMap())
    mapping = _SegmentMap()
    pieces: list[str] = []
    norm_pos = 0
    orig_pos = lead
    for match in _UNUSUAL_SPACE.finditer(original, lead, stop):
        begin, finish = match.span()
        if begin > orig_pos:
            mapping.add(norm_pos, orig_pos, begin, False)
            pieces.append(original[orig_pos:begin])
            norm_pos += begin - orig_pos
        run = match.group()
        mapping.add(norm_pos, begin, finish, True)
        pieces.append("\n" if "\n" in run or "\r" in run else " ")
        norm_pos += 1
        orig_pos = finish
    if stop > orig_pos:
        mapping.add(norm_pos, orig_pos, stop, False)
        pieces.append(original[orig_pos:stop])
    return NormalizedText(original, "".join(pieces), mapping)


def normalize(original: str) -> NormalizedText:
    """Normalise ``original`` (HTML, NFKC, whitespace) keeping an offset map."""
    fast = _fast_normalize(original)
    if fast is not None:
        return fast
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending_space: tuple[int, int, bool] | None = None

    def emit(chunk: str, begin: int, finish: int) -> None:
        nonlocal pending_space
        if pending_space is not None:
            if out:
                s_begin, s_end, newline = pending_space
                out.append("\n" if newline else " ")
                starts.append(s_begin)
                ends.append(s_end)
            pending_space = None
        out.append(chunk)
        starts.extend([begin] * len(chunk))
        ends.extend([finish] * len(chunk))

    def add_space(begin: int, finish: int, newline: bool) -> None:
        nonlocal pending_space
        if pending_space is None:
            pending_space = (begin, finish, newline)
        else:
            s_begin, _, s_newline = pending_space
            pending_space = (s_begin, finish, s_newline or newline)

    for match in _TOKEN_RE.finditer(original):
        kind = match.lastgroup
        begin, finish = match.span()
        piece = match.group()
        if kind == "plain":
            if piece.isascii():
                if pending_space is not None:
                    emit("", begin, begin)
                out.append(piece)
                starts.extend(range(begin, finish))
                ends.extend(range(begin + 1, finish + 1))
            else:
                for offset, char in enumerate(piece):
                    folded = (
                        char if char.isascii() else unicodedata.normalize("NFKC", char)
                    )
                    if not folded:
                        continue
                    if folded.isspace():
                        add_space(begin + offset, begin + offset + 1, "\n" in folded)
                        continue
                    emit(folded, begin + offset, begin + offset + 1)
        elif kind == "space":
            if all(char in _INVISIBLE for char in piece):
                continue
            add_space(begin, finish, "\n" in piece or "\r" in piece)
        elif kind in ("tag", "block"):
            add_space(begin, finish, kind == "tag" and _is_block_tag(piece))
        elif kind == "entity":
            decoded = html.unescape(piece)
            if decoded.strip() and not all(c in _INVISIBLE for c in decoded):
                emit(unicodedata.normalize("NFKC", decoded), begin, finish)
            else:
                add_space(begin, finish, False)
        else:  # a lone "<" or "&" that starts no tag or entity
            emit(piece, begin, finish)
    return NormalizedText(
        original, "".join(out), _CharMap(array("q", starts), array("q", ends))
    )


_BLOCK_TAGS = re.compile(
    r"</?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|table|section|article|hr)\b", re.I
)


def _is_block_tag(tag: str) -> bool:
    return bool(_BLOCK_TAGS.match(tag))


# --- language identification -------------------------------------------------

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


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str:
    """Identify the main language of an ad.

    Returns one of ``LANGUAGES``. Scripts decide first (Khmer, Thai, Chinese,
    Vietnamese diacritics); Latin-script text is scored against function-word
    and job-ad lexicons for English, Indonesian, Malay and Tagalog.
    """
    letters = len(_LETTER_RE.findall(text))
    khmer = len(_KHMER_RE.findall(text))
    thai = len(_THAI_RE.findall(text))
    han = len(_HAN_RE.findall(text))
    vietnamese = len(_VIETNAMESE_RE.findall(text))
    if letters == 0:
        return "other"
    # Chinese characters carry a word each, so a smaller share already means
    # the ad is written in Chinese.
    if khmer / letters >= 0.2:
        return "km"
    if thai / letters >= 0.2:
        return "th"
    if han / letters >= 0.1:
        return "zh"
    if vietnamese / letters >= 0.03:
        return "vi"

    words = _WORD_RE.findall(text.lower())
    en = sum(1 for word in words if word in _EN)
    id_ms = sum(1 for word in words if word in _ID_MS_COMMON)
    id_only = sum(1 for word in words if word in _ID_ONLY)
    ms_only = sum(1 for word in words if word in _MS_ONLY)
    tl = sum(1 for word in words if word in _TL)
    malay_family = id_ms + id_only + ms_only
    best = max(en, malay_family, tl)
    if best == 0:
        return "other"
    if malay_family == best:
        return "ms" if ms_only > id_only else "id"
    if en == best:
        return "en"
    return "tl"
