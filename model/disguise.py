"""Undo the disguises recruiters use to slip ads past filters.

Runs on text that ``model.preprocess`` has already normalised (markup, NFKC,
whitespace) and says, for every character it returns, which span of its input
that character came from, so ``preprocess`` composes it with its own offset
map and every highlight still points at the characters the user sees.

Undone, in this order (each stage sees the result of the one before):

1. invisible characters: every Unicode format character (category Cf: zero
   width spaces and joiners, bidi marks and embeddings, invisible operators
   such as U+2063, tags), variation selectors, the combining grapheme joiner,
   Hangul fillers and the blank braille pattern; the spaces this leaves
   doubled are collapsed again;
2. look-alike letters of other scripts inside Latin words ("Kаmboja" with a
   Cyrillic "а"), from Unicode's confusables (``model.homoglyphs``); a word
   changes only if every letter of it is Latin or a look-alike, so Thai,
   Khmer, Chinese and Vietnamese words never do;
3. letters spaced out ("T e l e g r a m", "K.a.m.b.o.j.a"; word breaks are
   where the original had more than one space), "w.a" / "W A" for WhatsApp and
   "wa dot me" / "t[.]me" links;
4. leet spellings ("Kamb0dia", "T3legram", "Phn0m P3nh"): digits inside words
   that are mostly letters, and any spelling that reads as one of the words
   recruiters disguise (``_KEYWORDS``). Numbers with units ("15jt", "S1",
   "USD1500", "Win10", "1st") are left alone.

``disabled()`` turns it all off, for measuring what it buys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import product

from model.homoglyphs import HOMOGLYPHS, INVISIBLE_RANGES

_enabled = True


def enabled() -> bool:
    """Whether ``model.preprocess.normalize`` undoes disguises."""
    return _enabled


@contextmanager
def disabled() -> Iterator[None]:
    """Normalise as before this module existed, inside the ``with`` block."""
    global _enabled
    previous = _enabled
    _enabled = False
    try:
        yield
    finally:
        _enabled = previous


def _char_class(codes: list[tuple[int, int]]) -> str:
    parts = []
    for low, high in codes:
        if low == high:
            parts.append(re.escape(chr(low)))
        else:
            parts.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
    return "[" + "".join(parts) + "]"


@lru_cache(maxsize=1)
def _invisible_re() -> re.Pattern[str]:
    return re.compile(_char_class(list(INVISIBLE_RANGES)))


# Separators of spaced-out letters.
_SEP = r"[ .\-_*·•|+~]"
# Cheap tests of whether a stage can find anything: each pattern starts with
# one character class, so CPython's re skips ahead in C.
_LEET_CANDIDATE = re.compile(r"[0-9@$|](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
_SPACED_CANDIDATE = re.compile(
    r"[ .\-_*·•|+~\n(\[]" rf"[A-Za-z0-9]{_SEP}{{1,3}}[A-Za-z0-9](?![^\W_])"
)
_WA_CANDIDATE = re.compile(r"[wW](?:[.\- ]|\. )[aA](?![^\W_])")


def _link_candidate(text: str) -> bool:
    if _WA_CANDIDATE.search(text):
        return True
    lowered = text.lower()
    return "dot" in lowered or "titik" in lowered or "[.]" in text or "(.)" in text


@lru_cache(maxsize=1)
def _homoglyph_re() -> re.Pattern[str]:
    return re.compile(_char_class([(ord(char), ord(char)) for char in HOMOGLYPHS]))


Edit = tuple[int, int, str]  # replace text[start:end] with the string


def _apply(text: str, edits: list[Edit]) -> tuple[str, list[int], list[int]]:
    """``text`` with ``edits`` (sorted, disjoint) applied, and for each new
    character the span of ``text`` it came from."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for start, end, replacement in edits:
        if start > done:
            out.append(text[done:start])
            starts.extend(range(done, start))
            ends.extend(range(done + 1, start + 1))
        out.append(replacement)
        if len(replacement) == end - start:  # one for one
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
        else:
            starts.extend([start] * len(replacement))
            ends.extend([end] * len(replacement))
        done = end
    if done < len(text):
        out.append(text[done:])
        starts.extend(range(done, len(text)))
        ends.extend(range(done + 1, len(text) + 1))
    return "".join(out), starts, ends


# --- 1. invisible characters -------------------------------------------------

_SPACE_RUN = re.compile(r"[ \n]{2,}")


def _invisible_edits(text: str) -> list[Edit]:
    return [(m.start(), m.end(), "") for m in _invisible_re().finditer(text)]


def _space_edits(text: str) -> list[Edit]:
    """Collapse the space runs and end spaces that deleting characters left."""
    edits: list[Edit] = []
    lead = len(text) - len(text.lstrip(" \n"))
    if lead:
        edits.append((0, lead, ""))
    stop = len(text.rstrip(" \n"))
    for match in _SPACE_RUN.finditer(text, lead, stop):
        run = match.group()
        edits.append((match.start(), match.end(), "\n" if "\n" in run else " "))
    if stop < len(text) and stop >= lead:
        edits.append((stop, len(text), ""))
    return edits


# --- 2. look-alike letters ----------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


def _homoglyph_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        if not any(char in HOMOGLYPHS for char in word):
            continue
        if not all(char.isascii() or char in HOMOGLYPHS for char in word):
            continue
        base = match.start()
        for offset, char in enumerate(word):
            target = HOMOGLYPHS.get(char)
            if target is not None:
                edits.append((base + offset, base + offset + 1, target))
    return edits


# --- 3. spaced-out letters, "w.a", "wa dot me" ----------------------------------

_SPACED = re.compile(
    rf"(?<![^\W_])[A-Za-z0-9](?:{_SEP}{{1,3}}[A-Za-z0-9](?![^\W_])){{2,}}"
)
_SPACED_ITEM = re.compile(rf"({_SEP}{{1,3}})([A-Za-z0-9])")
_WA = re.compile(r"(?<![\w.])[wW]([.\- ]|\. )[aA](?![\w])")
_DOT = re.compile(
    r"(?i)\b(wa|t|telegram|whatsapp|line|bit|s)"
    r"(\s*(?:\(dot\)|\[dot\]|\{dot\}|\bdot\b|\btitik\b|\[\.\]|\(\.\))\s*)"
    r"(me|com|ly|id|net|org|io)\b"
)


def _spaced_edits(text: str, wide: Callable[[int], bool]) -> list[Edit]:
    edits: list[Edit] = []
    for match in _SPACED.finditer(text):
        first = match.start()
        items = [(first, first + 1, "")]  # (separator start, end, char)
        for item in _SPACED_ITEM.finditer(text, first + 1, match.end()):
            items.append((item.start(1), item.end(1), item.group(2)))
        if len(items) < 4:
            continue
        if sum(char.isdigit() for _, _, char in items[1:]) * 2 > len(items):
            continue  # a spaced number, not a word
        # Words of spaced letters are split by wider gaps in the original
        # ("K e r j a   d i") or by a gap unlike the usual one ("K.e.r.j.a
        # d.i", "K . e . r . j . a d . i").
        gaps = [text[s:e] for s, e, _ in items[1:]]
        usual = max(set(gaps), key=gaps.count)
        groups: list[list[tuple[int, int, str]]] = [[items[0]]]
        for (sep_start, sep_end, char), gap in zip(items[1:], gaps, strict=True):
            if (
                "\n" in gap
                or gap != usual
                or any(wide(i) for i in range(sep_start, sep_end) if text[i] == " ")
            ):
                groups.append([])
            groups[-1].append((sep_start, sep_end, char))
        for group in groups:
            letters = [text[first] if group[0] is items[0] else group[0][2]]
            letters += [char for _, _, char in group[1:]]
            breaks = _word_breaks("".join(letters).lower())
            for index, (sep_start, sep_end, _) in enumerate(group[1:], start=1):
                edits.append((sep_start, sep_end, " " if index in breaks else ""))
    return edits


# Words of job ads (Indonesian, Malay, English, Tagalog) that tell where a run
# of evenly spaced letters holds two or three words ("H i r i n g t y p i s t s"
# is "Hiring typists"): each piece must be one of them, or a keyword.
_SPACED_VOCABULARY = frozenset(
    [
        "hiring",
        "hire",
        "urgent",
        "need",
        "needed",
        "wanted",
        "typist",
        "typists",
        "admin",
        "admins",
        "staff",
        "office",
        "online",
        "chat",
        "agent",
        "agents",
        "customer",
        "service",
        "support",
        "operator",
        "data",
        "entry",
        "free",
        "flight",
        "flights",
        "ticket",
        "tickets",
        "visa",
        "passport",
        "accommodation",
        "housing",
        "meals",
        "meal",
        "food",
        "salary",
        "pay",
        "income",
        "high",
        "big",
        "easy",
        "work",
        "job",
        "jobs",
        "apply",
        "contact",
        "dm",
        "pm",
        "message",
        "inbox",
        "telegram",
        "whatsapp",
        "wechat",
        "line",
        "call",
        "experience",
        "no",
        "not",
        "required",
        "needed",
        "training",
        "trained",
        "provided",
        "paid",
        "month",
        "monthly",
        "daily",
        "day",
        "week",
        "for",
        "our",
        "the",
        "in",
        "at",
        "to",
        "and",
        "or",
        "with",
        "me",
        "us",
        "you",
        "your",
        "from",
        "abroad",
        "overseas",
        "company",
        "team",
        "marketing",
        "sales",
        "telemarketing",
        "game",
        "gaji",
        "kerja",
        "loker",
        "lowongan",
        "dicari",
        "dibutuhkan",
        "butuh",
        "admin",
        "tanpa",
        "pengalaman",
        "tiket",
        "gratis",
        "mess",
        "makan",
        "tinggal",
        "tempat",
        "ditanggung",
        "berangkat",
        "segera",
        "cepat",
        "besar",
        "tinggi",
        "hubungi",
        "untuk",
        "di",
        "ke",
        "dan",
        "atau",
        "kami",
        "kantor",
        "luar",
        "negeri",
        "negara",
        "penempatan",
        "posisi",
        "syarat",
        "umur",
        "tahun",
        "juta",
        "jt",
        "bulan",
        "per",
        "perusahaan",
        "bos",
        "kerja",
        "kosong",
        "jawatan",
        "percuma",
        "syarikat",
        "tak",
        "perlu",
        "boleh",
        "terus",
        "trabaho",
        "sahod",
        "libre",
        "walang",
        "kailangan",
        "hiring",
        "po",
        "sa",
        "ng",
        "ang",
        "may",
        "lang",
    ]
)


def _known(piece: str) -> bool:
    if piece in _SPACED_VOCABULARY or piece in _KEYWORDS:
        return True
    return len(piece) > 3 and piece.endswith("s") and piece[:-1] in _SPACED_VOCABULARY


def _word_breaks(word: str) -> frozenset[int]:
    """Where ``word`` (spaced letters joined) splits into two or three known
    words: the letter indices that start a new word; none if it is one word
    or no such split exists."""
    if len(word) < 6 or _known(word):
        return frozenset()
    for first in range(2, len(word) - 1):
        head, rest = word[:first], word[first:]
        if not _known(head):
            continue
        if _known(rest):
            return frozenset({first})
        for second in range(2, len(rest) - 1):
            if _known(rest[:second]) and _known(rest[second:]):
                return frozenset({first, first + second})
    return frozenset()


def _link_edits(text: str, wide: Callable[[int], bool]) -> list[Edit]:
    edits: list[Edit] = []
    for match in _WA.finditer(text):
        start, end = match.span(1)
        if not any(wide(i) for i in range(start, end)):
            edits.append((start, end, ""))
    for match in _DOT.finditer(text):
        edits.append((*match.span(2), "."))
    edits.sort()
    return [
        edit for i, edit in enumerate(edits) if i == 0 or edits[i - 1][1] <= edit[0]
    ]


# --- 4. leet ----------------------------------------------------------------------

# Words recruiters disguise: places, apps, bait words. A leet spelling of one
# of them is undone wherever its digits or symbols sit.
_KEYWORDS = frozenset(
    [
        "kamboja",
        "kemboja",
        "cambodia",
        "cambodja",
        "kampuchea",
        "phnom",
        "penh",
        "sihanoukville",
        "sihanouk",
        "bavet",
        "poipet",
        "myanmar",
        "burma",
        "myawaddy",
        "myawadi",
        "laos",
        "thailand",
        "bangkok",
        "maesot",
        "dubai",
        "malaysia",
        "vietnam",
        "filipina",
        "philippines",
        "manila",
        "telegram",
        "whatsapp",
        "wechat",
        "signal",
        "tele",
        "telegramm",
        "gaji",
        "salary",
        "loker",
        "lowongan",
        "kerja",
        "job",
        "jobs",
        "visa",
        "paspor",
        "passport",
        "tiket",
        "ticket",
        "gratis",
        "free",
        "flight",
        "online",
        "admin",
        "scam",
        "casino",
        "kasino",
        "judi",
        "kompong",
        "golden",
        "triangle",
        "tanpa",
        "pengalaman",
        "experience",
        "transfer",
    ]
)
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"}
_LEET_ALTERNATIVES = {
    "1": "il",
    "|": "li",
    "!": "i",
    "$": "s",
    "0": "o",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
}
_MAX_VARIANTS = 16


def _keyword_spelling(token: str) -> str | None:
    """The keyword ``token`` spells in leet, if any."""
    options = [_LEET_ALTERNATIVES.get(char, char) for char in token.lower()]
    count = 1
    for option in options:
        count *= len(option)
        if count > _MAX_VARIANTS:
            return None
    for letters in product(*options):
        word = "".join(letters)
        if word in _KEYWORDS:
            return word
    return None


_TOKEN_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@$|!"
)
_NOT_BEFORE_TOKEN = frozenset("@#/.:-_")


def _tokens_around(text: str, candidates: list[int]) -> list[tuple[int, int]]:
    """The leet-alphabet tokens holding each candidate position, once each."""
    spans: list[tuple[int, int]] = []
    for position in candidates:
        if spans and spans[-1][0] <= position < spans[-1][1]:
            continue
        start = position
        while start > 0 and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        end = position + 1
        while end < len(text) and text[end] in _TOKEN_CHARS:
            end += 1
        spans.append((start, end))
    return spans


def _leet_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    candidates = [match.start() for match in _LEET_CANDIDATE.finditer(text)]
    for start, end in _tokens_around(text, candidates):
        before = text[start - 1] if start else " "
        if before in _NOT_BEFORE_TOKEN or before.isalnum():
            continue  # a handle, a path, a domain, or inside a longer word
        after = text[end : end + 2]
        if after[:1].isalnum() or after[:1] == "_":
            continue
        if after[:1] == "@" or (after[:1] == "." and after[1:2].isalnum()):
            continue  # an e-mail address or a domain name
        token = text[start:end]
        core = token.rstrip("!")
        if not core or core.isalpha():
            continue
        spelled = _keyword_spelling(core)
        if spelled is None and not _is_leet_word(core):
            continue
        for offset, char in enumerate(core):
            if char.isalpha():
                continue
            target = spelled[offset] if spelled is not None else _LEET[char]
            if core.isupper():
                target = target.upper()
            edits.append((start + offset, start + offset + 1, target))
    return edits


# Amounts written against their currency or unit ("Rp5jt", "RM3k") are not
# leet, however many letters surround them.
_CURRENCIES = frozenset(
    ["rp", "idr", "rm", "myr", "usd", "us", "sgd", "php", "thb", "vnd", "khr"]
)
_UNITS = frozenset(
    [
        "jt",
        "juta",
        "rb",
        "ribu",
        "k",
        "m",
        "jam",
        "x",
        "th",
        "thn",
        "tahun",
        "bln",
        "bulan",
        "hari",
        "hr",
        "mnt",
        "pcs",
        "gb",
        "tb",
    ]
)
_RUNS = re.compile(r"[A-Za-z]+|[0-9]+")


def _is_leet_word(core: str) -> bool:
    """A word that is mostly letters with leet digits only inside it."""
    if not core[:1].isalpha() or not core[-1:].isalpha():
        return False
    letters = sum(char.isalpha() for char in core)
    others = len(core) - letters
    if letters < 3 or others * 2 > letters:
        return False
    if not all(char.isalpha() or char in "013457" for char in core):
        return False
    runs = _RUNS.findall(core)
    if any(run.isdigit() and len(run) > 2 for run in runs):
        return False
    digit_runs = sum(run.isdigit() for run in runs)
    return not (
        digit_runs == 1
        and (runs[0].lower() in _CURRENCIES or runs[-1].lower() in _UNITS)
    )


# --- composition ---------------------------------------------------------------


def undisguise(
    text: str, wide: Callable[[int], bool]
) -> tuple[str, list[int], list[int]] | None:
    """``text`` with its disguises undone, or None when it has none.

    Returns the new text and, per character, the span ``[start, end)`` of
    ``text`` it came from. ``wide(i)`` says whether character ``i`` of
    ``text`` stands for more than one original character (collapsed
    whitespace), which separates words of spaced-out letters.
    """
    current = text
    starts: list[int] | None = None  # None: the identity map
    ends: list[int] | None = None

    def step(edits: list[Edit]) -> None:
        nonlocal current, starts, ends
        if not edits:
            return
        current, new_starts, new_ends = _apply(current, edits)
        if starts is None or ends is None:
            starts, ends = new_starts, new_ends
        else:
            old_starts, old_ends = starts, ends
            starts = [old_starts[s] for s in new_starts]
            ends = [old_ends[e - 1] for e in new_ends]

    def wide_now(index: int) -> bool:
        if starts is None or ends is None:
            return wide(index)
        begin, finish = starts[index], ends[index]
        return finish - begin > 1 or any(wide(i) for i in range(begin, finish))

    if not text.isascii():
        if _invisible_re().search(current):
            step(_invisible_edits(current))
            if starts is not None:
                step(_space_edits(current))
        if _homoglyph_re().search(current):
            step(_homoglyph_edits(current))
    if _SPACED_CANDIDATE.search(current) or _SPACED_CANDIDATE.match(" " + current[:6]):
        step(_spaced_edits(current, wide_now))
    if _link_candidate(current):
        step(_link_edits(current, wide_now))
    if _LEET_CANDIDATE.search(current):
        step(_leet_edits(current))
    if starts is None or ends is None:
        return None
    return current, starts, ends
