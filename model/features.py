"""Feature steps from a raw ad to numbers, each a scikit-learn estimator.

Inputs are texts in one of three shapes so the steps compose in a Pipeline and
pass scikit-learn's estimator checks:

* a 1-D sequence of ``str`` (one ad per item),
* a 1-D sequence of ``PreparedAd`` (normalised text and rule hits computed
  once by the Detector, so scoring never runs the rules twice),
* a 2-D array of text columns (e.g. title, description), joined per row.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted, validate_data

from model.preprocess import NormalizedText, normalize
from model.verdict import RuleHit

if TYPE_CHECKING:
    from model.rules.registry import RuleRegistry

# Word tokens for any script: letters/digits runs. Chinese, Thai and Khmer
# have no spaces, so the character n-gram step carries those languages.
WORD_TOKEN_PATTERN = r"(?u)\b\w+\b"


@dataclass(frozen=True, slots=True)
class PreparedAd:
    """An ad after the expensive, shared work: normalisation and rule matching."""

    text: str
    # Evidence: every hit, in original offsets (empty when prepared without
    # evidence, see ``rules``).
    hits: tuple[RuleHit, ...]
    # Offset maps cost memory; training drops them, explanations need them.
    normalized: NormalizedText | None = None
    # When prepared without evidence: each rule that fired, with its weight.
    rules: tuple[tuple[str, float], ...] | None = None

    @property
    def fired(self) -> tuple[tuple[str, float], ...]:
        """Each rule that fired, once, with its weight."""
        if self.rules is not None:
            return self.rules
        weights: dict[str, float] = {}
        for hit in self.hits:
            weights[hit.rule_id] = hit.weight
        return tuple(weights.items())


def prepare(
    text: str,
    registry: RuleRegistry | None = None,
    *,
    keep_offsets: bool = True,
    evidence: bool = True,
) -> PreparedAd:
    """Normalise ``text`` and run the rules once (``registry`` or the default).

    ``evidence=False`` records only which rules fired, not where: scoring
    without explanations needs no more, and mapping every hit back to the
    original text is a few percent of the cost of scoring.
    """
    normalized = normalize(text)
    if registry is None:
        registry = default_registry()
    kept = normalized if keep_offsets else None
    if not evidence:
        return PreparedAd(
            normalized.text, (), kept, tuple(registry.match_rules(normalized.text))
        )
    return PreparedAd(normalized.text, tuple(registry.match(normalized)), kept)


_DEFAULT_REGISTRY: RuleRegistry | None = None


def default_registry() -> RuleRegistry:
    """The built-in rule registry, built once per process on first use."""
    global _DEFAULT_REGISTRY
    if _DEFAULT_REGISTRY is None:
        from model.rules.registry import RuleRegistry as Registry

        _DEFAULT_REGISTRY = Registry.default()
    return _DEFAULT_REGISTRY


class _TextInputMixin:
    """Turns the accepted input shapes into a list of texts or prepared ads."""

    def _rows(self, X: Any, *, reset: bool) -> list[str | PreparedAd]:
        if isinstance(X, str):
            raise ValueError(
                "Expected a sequence of ads, got a single string; wrap it in a list."
            )
        if _is_one_dimensional(X):
            rows = list(X)
            for row in rows:
                if not isinstance(row, str | PreparedAd):
                    raise ValueError(
                        "Expected a 1-D sequence of ad texts (str or PreparedAd) "
                        f"or a 2-D array of text columns; got {type(row).__name__} "
                        "items. Reshape your data to one of those shapes."
                    )
            if reset and hasattr(self, "n_features_in_"):
                del self.n_features_in_
            return rows
        array = validate_data(
            self,
            X,
            reset=reset,
            dtype=None,
            ensure_min_samples=1,
        )
        rows = []
        for row in array:
            for value in row:
                if not isinstance(value, str | int | float | np.number):
                    raise TypeError(
                        "argument must be a string or a number, not "
                        f"{type(value).__name__}"
                    )
            rows.append(" ".join(str(value) for value in row))
        return rows


def _is_one_dimensional(X: Any) -> bool:
    if isinstance(X, np.ndarray):
        return X.ndim == 1
    if sp.issparse(X):
        return False
    if hasattr(X, "ndim"):  # pandas Series / DataFrame
        return int(X.ndim) == 1
    if isinstance(X, list | tuple):
        return not X or isinstance(X[0], str | PreparedAd)
    return False


def _text_of(row: str | PreparedAd) -> str:
    return row.text if isinstance(row, PreparedAd) else normalize(row).text


def _prepared(row: str | PreparedAd) -> PreparedAd:
    return row if isinstance(row, PreparedAd) else prepare(row)


# Scam-hub place names, blanked out of the text the n-gram features read:
# a place is evidence only through the destination rules, which say why.
# Generated legitimate ads (hotels and banks in Phnom Penh) named the hubs
# more often than scam ads, so the n-grams learnt "Phnom Penh" as a sign of a
# genuine job, and adding "free flight to Phnom Penh" lowered a score.
_PLACE_NAMES = (
    "kamboja", "kemboja", "cambodia", "cambodja", "kampuchea", "campuchia",
    "cam bốt", "kambodya", "phnom penh", "phnompenh", "sihanoukville",
    "sihanouk", "bavet", "poipet", "koh kong", "myanmar", "burma", "birma",
    "myawaddy", "myawadi", "kk park", "shwe kokko", "tachileik", "laukkai",
    "golden triangle", "segitiga emas", "bokeo", "mae sot", "miến điện",
    "phnôm pênh", "柬埔寨", "西港", "金边", "波贝", "缅甸", "缅北", "妙瓦底", "老挝",
    "金三角", "กัมพูชา", "ปอยเปต", "พนมเปญ", "สีหนุวิลล์", "พม่า", "เมียนมา",
    "เมียวดี", "ท่าขี้เหล็ก", "แม่สอด", "កម្ពុជា", "ភ្នំពេញ", "ព្រះសីហនុ",
    "ប៉ោយប៉ែត", "បាវិត", "ភូមា", "មីយ៉ាន់ម៉ា",
)  # fmt: skip
# One lookbehind for all the Latin names (a lookbehind per alternative was
# ten times slower); other scripts match as substrings.
_PLACE_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(name)
        for name in sorted(_PLACE_NAMES, key=len, reverse=True)
        if name.isascii()
    )
    + r")(?!\w)|"
    + "|".join(
        re.escape(name)
        for name in sorted(_PLACE_NAMES, key=len, reverse=True)
        if not name.isascii()
    )
)
# Not a word character: the word tokenizer skips it, the character n-grams
# see one "a place was named" shape.
PLACE_MASK = "\u00b7"


def ngram_text(text: str) -> str:
    """The lower-cased text the word and character n-grams read: scam-hub
    place names blanked, one mask character per character (offsets hold)."""
    lowered = text.lower()
    return _PLACE_RE.sub(lambda m: PLACE_MASK * len(m.group()), lowered)


def normalized_lowercase(row: str | PreparedAd) -> str:
    """TF-IDF preprocessor: normalised, lower-cased text of a raw or prepared
    ad, scam-hub place names blanked (``ngram_text``)."""
    return ngram_text(_text_of(row))


def make_word_tfidf(max_features: int = 100_000, min_df: int = 2) -> TfidfVectorizer:
    """Word uni- and bigrams; slang and mixed Indonesian/English stay as tokens."""
    return TfidfVectorizer(
        analyzer="word",
        token_pattern=WORD_TOKEN_PATTERN,
        ngram_range=(1, 2),
        min_df=min_df,
        max_features=max_features,
        sublinear_tf=True,
        preprocessor=normalized_lowercase,
        dtype=np.float32,
    )


_FNV_OFFSET = np.uint64(14695981039346656037)
_FNV_PRIME = np.uint64(1099511628211)


def hash_ngram_windows(
    codes: np.ndarray, ngram_range: tuple[int, int]
) -> Iterator[tuple[int, np.ndarray]]:
    """(size, FNV-style hash of every window of that size) over ``codes``.

    ``codes`` are UTF-32 code points as uint64. The hash is stable across
    processes and platforms (unlike ``hash()``), for any script.
    """
    length = len(codes)
    for size in range(ngram_range[0], ngram_range[1] + 1):
        count = length - size + 1
        if count <= 0:
            break
        hashed = np.full(count, _FNV_OFFSET ^ np.uint64(size))
        for k in range(size):
            hashed = (hashed ^ codes[k : k + count]) * _FNV_PRIME
        yield size, hashed


def hashed_char_ngrams(
    text: str, ngram_range: tuple[int, int], n_features: int
) -> tuple[np.ndarray, np.ndarray]:
    """Column and start position of every character n-gram of ``text``."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    columns = []
    positions = []
    for _, hashed in hash_ngram_windows(codes, ngram_range):
        columns.append((hashed >> np.uint64(17)) % np.uint64(n_features))
        positions.append(np.arange(len(hashed)))
    if not columns:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    return (
        np.concatenate(columns).astype(np.int64),
        np.concatenate(positions).astype(np.int64),
    )


class HashedCharTfidf(_TextInputMixin, TransformerMixin, BaseEstimator):
    """TF-IDF over hashed character n-grams, computed with numpy.

    Character n-grams carry Chinese, Thai and Khmer (no spaces between
    words) and Indonesian spelling variants ("ditanggung", "di tanggung",
    "ditangung"). scikit-learn's analyser builds them one Python string at a
    time, which made it the slowest step of scoring; hashing code points in
    numpy is ~4x faster and needs no vocabulary (bench/bench_training_parts.py).
    """

    def __init__(
        self,
        ngram_range: tuple[int, int] = (2, 5),
        n_features: int = 2**20,
        min_df: int = 3,
        sublinear_tf: bool = True,
    ) -> None:
        self.ngram_range = ngram_range
        self.n_features = n_features
        self.min_df = min_df
        self.sublinear_tf = sublinear_tf

    def _counts(self, rows: list[str | PreparedAd]) -> sp.csr_matrix:
        indptr = [0]
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for row in rows:
            columns, _ = hashed_char_ngrams(
                normalized_lowercase(row), self.ngram_range, self.n_features
            )
            unique, counts = np.unique(columns, return_counts=True)
            indices.append(unique)
            data.append(counts.astype(np.float32))
            indptr.append(indptr[-1] + len(unique))
        return sp.csr_matrix(
            (
                np.concatenate(data) if data else np.zeros(0, np.float32),
                np.concatenate(indices) if indices else np.zeros(0, np.int64),
                np.asarray(indptr),
            ),
            shape=(len(rows), self.n_features),
        )

    def fit(self, X: Any, y: Any = None) -> HashedCharTfidf:
        rows = self._rows(X, reset=True)
        counts = self._counts(rows)
        document_frequency = np.bincount(counts.indices, minlength=self.n_features)
        n_documents = max(len(rows), 1)
        idf = np.log((1 + n_documents) / (1 + document_frequency)) + 1.0
        # Rare n-grams are mostly names and typos: dropping them keeps the
        # model from memorising individual ads.
        idf[document_frequency < self.min_df] = 0.0
        self.idf_ = idf.astype(np.float32)
        return self

    def transform(self, X: Any) -> sp.csr_matrix:
        check_is_fitted(self, "idf_")
        rows = self._rows(X, reset=False)
        matrix = self._counts(rows)
        if self.sublinear_tf:
            np.log(matrix.data, out=matrix.data)
            matrix.data += 1.0
        matrix = sp.csr_matrix(matrix.multiply(self.idf_).tocsr(), dtype=np.float32)
        matrix.eliminate_zeros()
        return normalize_rows(matrix)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.transformer_tags.preserves_dtype = []
        return tags


def normalize_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    from sklearn.preprocessing import normalize as l2_normalize

    return l2_normalize(matrix, norm="l2", copy=False)


class RuleHitFeatures(_TextInputMixin, TransformerMixin, BaseEstimator):
    """One column per red-flag rule (does it fire?) plus the total rule weight.

    The rule ids are fixed at fit time, so a rule a user adds later shows up
    as a flag in explanations but never silently changes the model's inputs.
    """

    def __init__(self, rule_ids: Sequence[str] | None = None) -> None:
        self.rule_ids = rule_ids

    def fit(self, X: Any, y: Any = None) -> RuleHitFeatures:
        self._rows(X, reset=True)
        if self.rule_ids is not None:
            ids = list(self.rule_ids)
        else:
            ids = [rule.id for rule in default_registry().rules]
        self.rule_ids_ = tuple(ids)
        self._index = {rule_id: i for i, rule_id in enumerate(self.rule_ids_)}
        return self

    def transform(self, X: Any) -> sp.csr_matrix:
        check_is_fitted(self, "rule_ids_")
        rows = self._rows(X, reset=False)
        index = getattr(self, "_index", None) or {
            rule_id: i for i, rule_id in enumerate(self.rule_ids_)
        }
        width = len(self.rule_ids_) + 1
        data: list[float] = []
        cols: list[int] = []
        indptr = [0]
        for row in rows:
            fired: dict[int, float] = {}
            for rule_id, weight in _prepared(row).fired:
                col = index.get(rule_id)
                if col is not None:
                    fired[col] = weight
            # fsum: the same total whatever order the rules are listed in.
            total = math.fsum(fired.values())
            for col in sorted(fired):
                cols.append(col)
                data.append(1.0)
            cols.append(width - 1)
            # Squashed so a dozen weak hits do not outweigh the text itself.
            data.append(1.0 - math.exp(-total))
            indptr.append(len(cols))
        return sp.csr_matrix(
            (np.asarray(data, dtype=np.float32), cols, indptr),
            shape=(len(rows), width),
        )

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "rule_ids_")
        names = [f"rule:{rule_id}" for rule_id in self.rule_ids_]
        return np.array([*names, "rule:total_weight"], dtype=object)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        # Outputs are float32 whatever the input's dtype: texts have none.
        tags.transformer_tags.preserves_dtype = []
        return tags


# The definitions of the structural counts. structure_counts() runs equivalent
# faster forms of them (below); these stay the reference and the fallback.
_URL_RE = re.compile(r"(?i)\b(?:https?://|www\.|bit\.ly/|t\.me/|wa\.me/|s\.id/)\S+")
_PHONE_RE = re.compile(r"(?<!\d)(?:\+?\d[\d\s().-]{7,16}\d)(?!\d)")
_CURRENCY_RE = re.compile(
    r"(?i)(?:rp\.?|idr|usd|us\$|\$|rm|myr|฿|thb|¥|rmb|元|juta|jt|dolar|dollar)"
)
_EMOJI_RE = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_CHANNELS = {
    "telegram": re.compile(r"(?i)\b(?:telegram|tele|tg)\b|t\.me/"),
    "whatsapp": re.compile(r"(?i)\b(?:whats\s?app|wa|w\.a)\b|wa\.me/"),
    "facebook": re.compile(r"(?i)\b(?:facebook|fb|messenger|inbox|dm)\b"),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
}

# Faster equivalents, for speed (each was a scan trying every position):
# * the case-insensitive ones run on the lowercased text without IGNORECASE,
#   and a leading ``\b`` becomes a lookbehind after the first letter, so the
#   regex engine can jump between the possible first characters. Same
#   results wherever lowering keeps the length and the text has no "ı" or
#   "ſ" (IGNORECASE matches them with "i"/"s", lower() keeps them); lower()
#   keeps every character's \w, \s and \d class (checked over all of
#   Unicode). Other texts use the definitions above.
# * phones: a match that starts with "+" has a twin starting at its digit
#   with the same end, so counts agree; starting at a digit lets the engine
#   skip to digits.
# * e-mail: only whether one exists is used: an "@" with an address
#   character before it and a domain after it.
_URL_LOWER_RE = re.compile(
    r"(?:h(?<!\wh)ttps?://|w(?<!\ww)(?:ww\.|a\.me/)|b(?<!\wb)it\.ly/"
    r"|t(?<!\wt)\.me/|s(?<!\ws)\.id/)\S+"
)
_PHONE_FAST_RE = re.compile(r"\d(?<!\d\d)[\d\s().-]{7,16}\d(?!\d)")
_CURRENCY_LOWER_RE = re.compile(
    r"rp\.?|idr|usd|us\$|\$|rm|myr|฿|thb|¥|rmb|元|juta|jt|dolar|dollar"
)
_CHANNELS_LOWER_RE = (
    re.compile(r"t(?:(?<!\wt)(?:elegram|ele|g)\b|\.me/)"),  # telegram
    re.compile(r"w(?:(?<!\ww)(?:hats\s?app|a|\.a)\b|a\.me/)"),  # whatsapp
    re.compile(  # facebook
        r"(?:f(?<!\wf)(?:acebook|b)|m(?<!\wm)essenger|i(?<!\wi)nbox|d(?<!\wd)m)\b"
    ),
)
_EMAIL_FAST_RE = re.compile(r"@(?<=[\w.+-]@)[\w-]+\.[\w.]+")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + bytes(range(ord("a"), ord("z") + 1))
_ASCII_DIGITS = b"0123456789"

STRUCTURAL_FEATURES: tuple[str, ...] = (
    "log_length",
    "urls",
    "phones",
    "currency_mentions",
    "emoji",
    "exclamations",
    "upper_share",
    "digit_share",
    *(f"channel_{name}" for name in _CHANNELS),
)


class StructuralFeatures(_TextInputMixin, TransformerMixin, BaseEstimator):
    """Shape of the ad: length, links, phone numbers, currencies, emoji, channels.

    Values are squashed into [0, 1] so they sit beside TF-IDF columns in a
    linear model without scaling.
    """

    def fit(self, X: Any, y: Any = None) -> StructuralFeatures:
        self._rows(X, reset=True)
        self.feature_names_ = STRUCTURAL_FEATURES
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        rows = self._rows(X, reset=False)
        return (
            np.vstack([structure_counts(_text_of(row)) for row in rows]).astype(
                np.float32
            )
            if rows
            else np.zeros((0, len(STRUCTURAL_FEATURES)), dtype=np.float32)
        )

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([f"shape:{n}" for n in STRUCTURAL_FEATURES], dtype=object)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        # Outputs are float32 whatever the input's dtype: texts have none.
        tags.transformer_tags.preserves_dtype = []
        return tags


def _squash(count: float, scale: float) -> float:
    return 1.0 - math.exp(-count / scale)


def structure_counts(text: str) -> np.ndarray:
    length = len(text)
    lowered = text.lower()
    fast = len(lowered) == length and "\u0131" not in text and "\u017f" not in text
    if fast:
        links = [m.span() for m in _URL_LOWER_RE.finditer(lowered)]
        currencies = len(_CURRENCY_LOWER_RE.findall(lowered))
        channels = [1.0 if p.search(lowered) else 0.0 for p in _CHANNELS_LOWER_RE]
    else:
        links = [m.span() for m in _URL_RE.finditer(text)]
        currencies = len(_CURRENCY_RE.findall(text))
        channels = [
            1.0 if _CHANNELS[name].search(text) else 0.0
            for name in ("telegram", "whatsapp", "facebook")
        ]
    # The capital and digit shares describe the ad's own words: a link is
    # left out, since a percent-encoded one ("%E1%9E%95...", a Khmer job
    # title in a job board's URL) is nothing but capitals and digits.
    prose = _without(text, links) if links else text
    upper, letters, digits = _character_classes(prose)
    has_email = "@" in text and _EMAIL_FAST_RE.search(text) is not None
    values = [
        min(math.log1p(length) / math.log1p(20_000), 1.0),
        _squash(len(links), 2),
        _squash(len(_PHONE_FAST_RE.findall(text)), 2),
        _squash(currencies, 3),
        _squash(len(_EMOJI_RE.findall(text)), 4),
        _squash(text.count("!"), 4),
        upper / (letters or 1),
        min(digits / max(len(prose), 1) * 5, 1.0),
        *channels,
        1.0 if has_email else 0.0,
    ]
    return np.asarray(values, dtype=np.float32)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (in order, apart) left out."""
    kept, previous = [], 0
    for start, end in spans:
        kept.append(text[previous:start])
        previous = end
    kept.append(text[previous:])
    return " ".join(kept)


def _character_classes(text: str) -> tuple[int, int, int]:
    """(capitals, letters, digits) in ``text``."""
    # On ASCII, str.isalpha/isupper/isdigit are exactly A-Za-z, A-Z and
    # 0-9, counted by deleting bytes in C; only the non-ASCII characters go
    # through the per-character str methods.
    if text.isascii():
        data = text.encode("ascii")
        rest = ""
    else:
        data = text.encode("ascii", "ignore")
        rest = "".join(_NON_ASCII_RE.findall(text))
    size = len(data)
    letters = size - len(data.translate(None, _ASCII_LETTERS))
    upper = size - len(data.translate(None, _ASCII_UPPER))
    digits = size - len(data.translate(None, _ASCII_DIGITS))
    if rest:
        letters += sum(map(str.isalpha, rest))
        upper += sum(map(str.isupper, rest))
        digits += sum(map(str.isdigit, rest))
    return upper, letters, digits
