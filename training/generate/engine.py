"""Small text machinery shared by every generated ad.

Templates use two kinds of markup: ``{slot}`` is filled from a per-ad slot
dictionary and ``[a|b|c]`` picks one alternative (an empty alternative makes
the piece optional). Inline alternatives multiply the number of surface forms
of each sentence, which is what keeps a word-5-gram or sentence from
recurring in a large share of the ads: whole-sentence pools alone would
repeat every sentence in ~1/len(pool) of the ads that use it.

The surface noise here (casual abbreviations, typos, shouting, emoji, bullet
styles) is drawn independently of the label, so that style never gives the
label away and a model has to learn the combinations of indicators.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

_ALT_RE = re.compile(r"\[([^\[\]]*)\]")


@lru_cache(maxsize=8192)
def _compile(template: str) -> tuple[tuple[str | tuple[str, ...], ...], bool]:
    """Split a template into literal text and alternative groups (cached).

    Returns the pieces and whether the template has slots, so that plain
    templates skip the slot substitution.
    """
    pieces: list[str | tuple[str, ...]] = []
    pos = 0
    for match in _ALT_RE.finditer(template):
        if match.start() > pos:
            pieces.append(template[pos : match.start()])
        pieces.append(tuple(match.group(1).split("|")))
        pos = match.end()
    if pos < len(template):
        pieces.append(template[pos:])
    return tuple(pieces), "{" in template


def expand(template: str, rng: random.Random, slots: Mapping[str, str]) -> str:
    """Resolve ``[a|b]`` alternatives, then ``{slot}`` names, in ``template``."""
    pieces, has_slots = _compile(template)
    out = "".join(p if isinstance(p, str) else rng.choice(p) for p in pieces)
    if has_slots:
        # A missing slot is a bug in a phrase table: format_map fails loudly.
        out = out.format_map(slots)
    # Optional pieces leave doubled or dangling spaces behind.
    return tidy(out)


_SPACES_RE = re.compile(r"[ \t]{2,}")
_SPACE_PUNCT_RE = re.compile(r" +([,.!?:;)])")


def tidy(text: str) -> str:
    """Collapse the doubled spaces and space-before-punctuation of expansion."""
    if "  " in text or "\t" in text:
        text = _SPACES_RE.sub(" ", text)
    if " " in text:
        text = _SPACE_PUNCT_RE.sub(r"\1", text)
    return text.strip()


def pick(rng: random.Random, pool: Sequence[str], k: int = 1) -> list[str]:
    """``k`` distinct items of ``pool`` (fewer if the pool is smaller)."""
    if k <= 1:
        return [rng.choice(pool)]
    return rng.sample(list(pool), min(k, len(pool)))


def weighted(rng: random.Random, table: Mapping[str, float]) -> str:
    """One key of ``table`` drawn with probability proportional to its value."""
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys], k=1)[0]


# --- numbers ------------------------------------------------------------------


def _thousands(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def _short(value: float) -> str:
    """1500 -> "1.5", 2000 -> "2" (for "$1.5k" and "15jt" styles)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text


def usd(rng: random.Random, low: int, high: int | None = None) -> str:
    """A US-dollar amount or range in one of the formats seen in ads."""
    if high is None:
        forms = [
            f"${_thousands(low, ',')}",
            f"USD {_thousands(low, '.')}",
            f"USD {_thousands(low, ',')}",
            f"{low} USD",
            f"US${_thousands(low, ',')}",
            f"{low}$",
            f"${_short(low / 1000)}k" if low >= 1000 else f"${low}",
            f"{_thousands(low, '.')} dolar" if low >= 1000 else f"{low} dolar",
        ]
        return rng.choice(forms)
    forms = [
        f"${_thousands(low, ',')}-{_thousands(high, ',')}",
        f"${_thousands(low, ',')} - ${_thousands(high, ',')}",
        f"{low}-{high} dolar",
        f"USD {_thousands(low, '.')} - {_thousands(high, '.')}",
        f"{low}-{high} USD",
        f"${_short(low / 1000)}k-${_short(high / 1000)}k"
        if low >= 1000
        else f"${low}-{high}",
        f"{low}$~{high}$",
    ]
    return rng.choice(forms)


def idr(rng: random.Random, low: int, high: int | None = None) -> str:
    """A rupiah amount or range: "Rp 15.000.000", "15jt", "15-20 juta", "50rb"."""
    if low < 1_000_000 and high is None:
        k = low // 1000
        return rng.choice(
            [f"Rp {_thousands(low, '.')}", f"{k}rb", f"Rp{k}rb", f"{k}k", f"{k} ribu"]
        )
    lo_j, hi_j = low / 1e6, (high / 1e6 if high else None)
    if hi_j is None:
        return rng.choice(
            [
                f"Rp {_thousands(low, '.')}",
                f"Rp{_thousands(low, '.')}",
                f"{_short(lo_j)}jt",
                f"{_short(lo_j)} jt",
                f"{_short(lo_j)} juta",
                f"Rp {_short(lo_j)} juta",
                f"IDR {_thousands(low, ',')}",
            ]
        )
    assert high is not None
    return rng.choice(
        [
            f"{_short(lo_j)}-{_short(hi_j)}jt",
            f"{_short(lo_j)} - {_short(hi_j)} juta",
            f"Rp {_thousands(low, '.')} - Rp {_thousands(high, '.')}",
            f"Rp {_short(lo_j)}-{_short(hi_j)} jt",
            f"IDR {_short(lo_j)}-{_short(hi_j)} million",
        ]
    )


def ringgit(rng: random.Random, low: int, high: int | None = None) -> str:
    """A ringgit amount or range: "RM 2,500", "RM2500", "RM2.5k"."""
    if high is None:
        return rng.choice(
            [
                f"RM {_thousands(low, ',')}",
                f"RM{low}",
                f"RM{_short(low / 1000)}k" if low >= 1000 else f"RM{low}",
                f"RM {_thousands(low, ',')}.00",
                f"rm{low}",
            ]
        )
    return rng.choice(
        [
            f"RM {_thousands(low, ',')} - RM {_thousands(high, ',')}",
            f"RM{low}-RM{high}",
            f"RM {low}-{high}",
            f"RM{_short(low / 1000)}k-{_short(high / 1000)}k"
            if low >= 1000
            else f"RM{low}-{high}",
        ]
    )


def generic(rng: random.Random, symbol: str, low: int, high: int | None = None) -> str:
    """Amounts in currencies with one or two common spellings (NT$, ¥, ₱)."""
    sep = rng.choice([",", "."]) if symbol not in ("¥", "₱") else ","
    if high is None:
        return rng.choice([f"{symbol}{_thousands(low, sep)}", f"{symbol} {low:,}"])
    return rng.choice(
        [
            f"{symbol}{_thousands(low, sep)}-{_thousands(high, sep)}",
            f"{symbol} {low:,} - {symbol} {high:,}",
        ]
    )


def round_to(rng: random.Random, low: int, high: int, step: int) -> int:
    """A random multiple of ``step`` in ``[low, high]``."""
    return rng.randrange(low // step, high // step + 1) * step


def salary_range(
    rng: random.Random, low: int, high: int, step: int, *, range_p: float = 0.4
) -> tuple[int, int | None]:
    """An amount, or with probability ``range_p`` a (low, high) range."""
    a = round_to(rng, low, high, step)
    if rng.random() < range_p:
        b = min(high + step * 5, a + step * rng.randint(2, 10))
        return a, b
    return a, None


# --- surface noise -----------------------------------------------------------

# Casual registers as they appear in social-media job posts; applied per
# occurrence with a probability so that both spellings coexist in one ad.
CASUAL: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "id": (
        ("yang", ("yg",)),
        ("untuk", ("utk", "buat")),
        ("dengan", ("dgn", "dg")),
        ("tidak", ("tdk", "gak", "ga")),
        ("bisa", ("bs", "bisa")),
        ("sudah", ("sdh", "udah")),
        ("saja", ("aja",)),
        ("kakak", ("kak",)),
        ("sekarang", ("skrg",)),
        ("langsung", ("lgsg", "langsung")),
        ("silakan", ("silahkan",)),
        ("karena", ("krn",)),
        ("juga", ("jg",)),
        ("banyak", ("byk",)),
        ("bulan", ("bln",)),
        ("tahun", ("thn",)),
        ("terima kasih", ("makasih", "thx")),
        ("informasi", ("info",)),
        ("perusahaan", ("PT", "prshn")),
    ),
    "ms": (
        # Only Malay-specific forms: "yg", "dgn", "utk" are shared with
        # Indonesian chat and would blur the two languages.
        ("tidak", ("tak", "x")),
        ("sahaja", ("je", "jer")),
        ("mahu", ("nak",)),
        ("hendak", ("nak",)),
        ("sekarang", ("skrg",)),
        ("terima kasih", ("tq", "terima kasih")),
        ("pengalaman", ("exp",)),
        ("sudah", ("dah",)),
    ),
    "en": (
        ("you", ("u",)),
        ("your", ("ur",)),
        ("please", ("pls", "plz")),
        ("message", ("msg",)),
        ("experience", ("exp",)),
        ("as soon as possible", ("ASAP", "asap")),
        ("information", ("info",)),
        ("thanks", ("thx", "tq")),
    ),
}

_CASUAL_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        r"\b(" + "|".join(re.escape(w) for w, _ in pairs) + r")\b", re.IGNORECASE
    )
    for lang, pairs in CASUAL.items()
}
_CASUAL_MAP = {lang: {w: forms for w, forms in pairs} for lang, pairs in CASUAL.items()}


def casual(text: str, lang: str, rng: random.Random, rate: float) -> str:
    """Replace words by their chat abbreviations with probability ``rate``."""
    pattern = _CASUAL_RE.get(lang)
    if pattern is None:
        return text

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        if rng.random() >= rate:
            return word
        form = rng.choice(_CASUAL_MAP[lang][word.lower()])
        return form.upper() if word.isupper() and len(word) > 1 else form

    return pattern.sub(repl, text)


_WORD_RE = re.compile(r"\b[^\W\d_]{5,}\b")


def typos(text: str, rng: random.Random, rate: float) -> str:
    """Swap, drop or double a letter in some longer words (fast typing)."""

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        if rng.random() >= rate:
            return word
        i = rng.randrange(1, len(word) - 1)
        op = rng.randrange(3)
        if op == 0:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if op == 1:
            return word[:i] + word[i + 1 :]
        return word[:i] + word[i] + word[i:]

    return _WORD_RE.sub(repl, text)


EMOJI: tuple[str, ...] = (
    "🔥", "💰", "✈️", "📲", "✅", "⭐", "📢", "💼", "🏢", "📍", "💵", "🎯", "⚡",
    "👉", "📞", "🙏", "😊", "💯", "🚀", "📌", "⚠️", "🚨", "🌏", "❗", "👇", "☎️",
    "📩", "🤝", "✨", "💸",
)  # fmt: skip

BULLETS: tuple[str, ...] = (
    "- ", "• ", "✅ ", "▪️ ", "* ", "➡️ ", "✔️ ", "#. ", "#) ", "> ", "🔸 ", "~ ",
)  # fmt: skip


def bullet_list(items: Sequence[str], rng: random.Random) -> str:
    """Items as a bulleted or numbered list in one of the common styles."""
    style = rng.choice(BULLETS)
    lines = []
    for i, item in enumerate(items, 1):
        mark = style.replace("#", str(i)) if "#" in style else style
        lines.append(mark + item)
    return "\n".join(lines)


def inline_list(items: Sequence[str], rng: random.Random) -> str:
    """Items run together in prose: "a, b, c" or "a / b / c"."""
    sep = rng.choice([", ", "; ", " / ", ". ", " | "])
    return sep.join(items)


def header(word: str, rng: random.Random) -> str:
    """A section header in one of the styles of social-media job posts."""
    style = rng.randrange(9)
    if style == 0:
        return word.upper() + ":"
    if style == 1:
        return f"*{word}*"
    if style == 2:
        return f"{rng.choice(EMOJI)} {word}:"
    if style == 3:
        return f"【{word}】"
    if style == 4:
        return f"{word} 👇"
    if style == 5:
        return f"== {word.upper()} =="
    if style == 6:
        return f"▶ {word}"
    return word + ":"


def end_punct(sentence: str, rng: random.Random, loud: float) -> str:
    """Vary sentence-final punctuation ("!!!", "..", none) as posts do."""
    if not sentence or sentence[-1] not in ".!":
        return sentence
    roll = rng.random()
    if roll < loud * 0.5:
        return sentence[:-1] + rng.choice(["!!", "!!!", "!!1"])
    if roll < loud:
        return sentence[:-1] + "!"
    if roll < loud + 0.08:
        return sentence[:-1]
    if roll < loud + 0.12:
        return sentence[:-1] + ".."
    return sentence


def sprinkle_emoji(sentence: str, rng: random.Random, rate: float) -> str:
    """Put an emoji before or after a sentence with probability ``rate``."""
    if rng.random() >= rate:
        return sentence
    em = rng.choice(EMOJI) * rng.choice([1, 1, 1, 2, 3])
    return f"{em} {sentence}" if rng.random() < 0.5 else f"{sentence} {em}"
