"""Who is behind an ad: contacts, places, pay and organisations, with offsets.

Awareness teams and investigators ask which ads come from the same recruiter.
The answer is in the contact channels (the same WhatsApp number, Telegram
handle or short link across dozens of posts), so each is extracted with its
exact span in the original text and a normalised form that links ads:
phones in E.164 (parsed by ``phonenumbers``, never by hand-written digit
rules), handles lower-cased with their ``@``, links without scheme or
``www.``, money as US dollars per month (the salary parser the rules use).

Tokens come from spaCy's rule-based tokenizers (blank pipelines: ``en``,
``id``, ``ms`` where the ad is in one of those, the multi-language ``xx``
otherwise); URLs and e-mails are spaCy's ``like_url``/``like_email`` token
attributes, handles and organisation names ``Matcher`` patterns, places a
``PhraseMatcher`` over the gazetteer in ``entities_data/places.yaml``.
Scripts written without spaces (Chinese, Thai, Khmer) are matched by
substring, and a few obfuscations ("wa dot me", "t[.]me", "微信：") by
patterns spaCy's tokenizer cannot see across.

Extraction works on the normalised text (invisible characters and markup
removed) and maps every span back, so ``original[start:end] == text``.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy
import yaml
from spacy.attrs import IDX, LIKE_EMAIL, LIKE_URL

from model.preprocess import NormalizedText, normalize
from model.verdict import Entity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher, PhraseMatcher

PLACES_FILE = Path(__file__).with_name("entities_data") / "places.yaml"

ENTITY_TYPES: tuple[str, ...] = (
    "phone",
    "whatsapp",
    "telegram",
    "line",
    "wechat",
    "zalo",
    "instagram",
    "handle",
    "email",
    "url",
    "short_link",
    "money",
    "destination",
    "organization",
)
# Entity types that identify a recruiter: ads sharing one are one campaign.
CONTACT_TYPES: frozenset[str] = frozenset(
    {
        "phone",
        "whatsapp",
        "telegram",
        "line",
        "wechat",
        "zalo",
        "instagram",
        "handle",
        "email",
        "url",
        "short_link",
    }
)

# The ad's language suggests where a number without "+" is from; countries
# the ad names come next, then the region's usual suspects.
LANGUAGE_REGIONS: dict[str, str] = {
    "id": "ID",
    "ms": "MY",
    "tl": "PH",
    "th": "TH",
    "vi": "VN",
    "zh": "CN",
    "km": "KH",
    "my": "MM",
    "lo": "LA",
}
FALLBACK_REGIONS: tuple[str, ...] = ("ID", "MY", "PH", "KH", "TH", "VN", "SG", "CN")
SPACY_LANGUAGES: frozenset[str] = frozenset({"en", "id", "ms"})
MAX_VOCABULARY = 500_000

SHORTENERS: frozenset[str] = frozenset(
    {
        "bit.ly",
        "s.id",
        "tinyurl.com",
        "t.ly",
        "cutt.ly",
        "shorturl.at",
        "rb.gy",
        "is.gd",
        "goo.gl",
        "ow.ly",
        "linktr.ee",
        "lynk.id",
        "bitly.ws",
        "v.gd",
        "tiny.cc",
        "shorturl.asia",
        "wa.link",
    }
)
_TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog"})
_WHATSAPP_HOSTS = frozenset({"wa.me", "api.whatsapp.com", "chat.whatsapp.com"})
_LINE_HOSTS = frozenset({"line.me"})


# A context word just before a number or handle says which app it is for.
def _word(alternatives: str) -> re.Pattern[str]:
    """Alternatives as a whole word in Latin script: "\\b" would not split
    "联系Zalo" (both sides are word characters to Python's re)."""
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])", re.I)


_APP_CONTEXT: tuple[tuple[re.Pattern[str], str], ...] = (
    (_word(r"whats\s*app|wh?atsap+|wasap|wsp|w\.?\s?a|📱|📲"), "whatsapp"),
    (_word(r"telegram|tele|tg|纸?飞机|✈"), "telegram"),
    (_word(r"line|ไลน์"), "line"),
    (_word(r"wechat|weixin|微信|vx|wx"), "wechat"),
    (_word(r"zalo"), "zalo"),
    (_word(r"telp?|hp|phone|call|hotline|โทร|điện thoại|sđt|电话|手机"), "phone"),
    (_word(r"instagram|ig|insta"), "instagram"),
)
_CONTEXT_WINDOW = 24

# "Telegram: hr_asia", "微信：abc123", "Line ID = job.th": the app's name, a
# separator, then the id (a word with a digit, "_" or "." in it, or after an
# explicit ":"/"ID" separator).
_APP_ID = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?P<app>telegram|tele|tg|line|ไลน์|wechat|weixin|微信|vx|wx|zalo|飞机|纸飞机)"
    r"(?P<sep>\s*(?:id|号)?\s*[:：=]\s*|\s*(?:id|号)\s*|\s+)"
    r"(?P<id>@?[A-Za-z][A-Za-z0-9_.\-]{2,31})",
    re.I,
)
_APP_ID_NAMES = {
    "telegram": "telegram",
    "tele": "telegram",
    "tg": "telegram",
    "飞机": "telegram",
    "纸飞机": "telegram",
    "line": "line",
    "ไลน์": "line",
    "wechat": "wechat",
    "weixin": "wechat",
    "微信": "wechat",
    "vx": "wechat",
    "wx": "wechat",
    "zalo": "zalo",
}
_NOT_IDS = frozenset(
    [
        "only",
        "saja",
        "aja",
        "kami",
        "kita",
        "us",
        "me",
        "atau",
        "or",
        "and",
        "dan",
        "hubungi",
        "contact",
        "chat",
        "group",
        "grup",
        "channel",
        "kak",
        "sis",
        "gan",
        "admin",
        "hr",
        "hrd",
    ]
)

# Links written so that filters (and spaCy's like_url) miss them.
_OBFUSCATED_LINK = re.compile(
    r"(?<![A-Za-z0-9.])(?P<host>wa|t|telegram|line|bit|s)"
    r"(?:\s+\.\s*|\s*\.\s+|\s*\[\s*(?:\.|dot)\s*\]\s*|\s*\(\s*(?:\.|dot)\s*\)\s*"
    r"|\s+(?:dot|titik)\s+)"
    r"(?P<tld>me|ly|id)\s*/\s*(?P<path>[A-Za-z0-9+~][A-Za-z0-9_+~\-.]{0,40}[A-Za-z0-9_])",
    re.I,
)
_OBFUSCATED_HOSTS = {
    ("wa", "me"): "wa.me",
    ("t", "me"): "t.me",
    ("telegram", "me"): "telegram.me",
    ("line", "me"): "line.me",
    ("bit", "ly"): "bit.ly",
    ("s", "id"): "s.id",
}

# A run of digits with the separators ads put between them ("0812-3456-7890",
# "+62 812 3456 7890", "(021) 555 1234", "0 8 1 2 3 4 5 6 7 8 9"). Which runs
# are phone numbers, and whose, is phonenumbers' decision.
_DIGIT_RUN = re.compile(
    r"(?<![A-Za-z0-9+])\+?\(?\d(?:[\d \t().\-/]|\u00a0){5,24}\d(?![A-Za-z0-9])"
)
# Numbers masked in the ad itself ("0812-xxxx-xxxx", "+62 812 ***"): a
# contact, but nothing to normalise.
_MASKED_PHONE = re.compile(
    r"(?<![A-Za-z0-9+])\+?\d[\d \-.]{2,12}(?:[xX*•]{2,}[ \-.]?)+[\dxX*•]*"
    r"(?![A-Za-z0-9])"
)
_DIGITS = re.compile(r"\d")

_TOKEN_PREFIX = re.compile(r"""^[\(\[\{"'“‘«<*•·\-–—]""")
_TOKEN_SUFFIX = re.compile(r"""[\)\]\}"'”’».,;:!?*…]$""")
_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_@.])@[A-Za-z][A-Za-z0-9_.]{2,31}[A-Za-z0-9_](?![A-Za-z0-9_@])"
)
_ORG_CUE = re.compile(
    r"\b(?:PT|CV|UD|Sdn|Bhd|Inc|Ltd|LLC|Corp|Corporation|Limited|PLC|JSC|Tbk|Co|"
    r"Group)\b\.?",
)
_CHINESE_ORG = re.compile(r"[\u4e00-\u9fff]{2,15}(?:有限公司|公司|集团)")
_NON_SPACED = re.compile(r"[\u0e00-\u0e7f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff]")
# Scripts written without spaces, and their punctuation: spaCy's tokenizer
# would glue "联系https://..." into one token and miss the link.
_UNSPACED_RUN = re.compile(
    r"[\u0e00-\u0e7f\u1780-\u17ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uff01-\uff65]"
)

_ORG_SUFFIXES = [
    "sdn",
    "bhd",
    "bhd.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "corp",
    "corp.",
    "corporation",
    "limited",
    "plc",
    "jsc",
    "tbk",
    "tbk.",
    "co.",
    "group",
]
_ORG_PREFIXES = ["PT", "PT.", "Pt.", "CV", "CV.", "UD", "UD."]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    kind: str
    names: tuple[str, ...]
    compound_area: bool = False


def load_places(path: Path = PLACES_FILE) -> tuple[Place, ...]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return tuple(
        Place(
            name=str(item["name"]),
            country=str(item["country"]),
            kind=str(item["kind"]),
            names=tuple(str(name).lower() for name in item["names"]),
            compound_area=bool(item.get("compound_area", False)),
        )
        for item in data["places"]
    )


@dataclass(slots=True)
class _Found:
    """A span of the normalised text (``start``/``end``) before mapping back."""

    type: str
    start: int
    end: int
    normalized: str | None


class EntityExtractor:
    """Extracts entities from ad texts; safe to share between threads."""

    def __init__(self, places: Sequence[Place] | None = None) -> None:
        self.places = tuple(places) if places is not None else load_places()
        self._place_by_name: dict[str, Place] = {}
        for place in self.places:
            for name in place.names:
                self._place_by_name.setdefault(name, place)
        self._non_spaced_names = sorted(
            (name for name in self._place_by_name if _NON_SPACED.search(name)),
            key=len,
            reverse=True,
        )
        self._lock = threading.RLock()
        self._pipelines: dict[str, tuple[Language, PhraseMatcher]] = {}
        self._org_matchers: dict[str, Matcher] = {}

    def warm(self, languages: Iterable[str] = ("xx", "en", "id", "ms")) -> None:
        """Build the tokenizers now (a few seconds) rather than on first use."""
        for language in languages:
            self._pipeline(language)

    def extract(
        self,
        text: str,
        *,
        language: str = "xx",
        normalized: NormalizedText | None = None,
    ) -> list[Entity]:
        """Entities of ``text`` (the original ad), sorted by position.

        Bad input (no contacts, garbage digits, huge ads, mixed scripts)
        gives fewer entities, never an error.
        """
        norm = normalized if normalized is not None else normalize(text)
        body = norm.text
        if not body.strip():
            return []
        claimed: list[tuple[int, int]] = []
        found: list[_Found] = []

        def claim(item: _Found) -> None:
            if item.end <= item.start:
                return
            for start, end in claimed:
                if item.start < end and start < item.end:
                    return
            claimed.append((item.start, item.end))
            found.append(item)

        nlp, phrases = self._pipeline(language)
        with self._lock:
            # spaCy's vocabulary and tokenizer cache are not made for threads.
            doc = nlp.make_doc(_spaced_scripts_only(body))
            self._forget_if_grown(nlp)
        # Links and e-mails first: a number inside wa.me/62... is that link's.
        for found_link in _obfuscated_links(body):
            claim(found_link)
        # spaCy's lexical flags, read as one array: iterating Token objects
        # (or a Matcher over them) costs more than the tokenizer itself.
        flags = numpy.asarray(doc.to_array([LIKE_URL, LIKE_EMAIL, IDX]))
        for index in numpy.flatnonzero(flags[:, 0] | flags[:, 1]):
            token_text = doc[int(index)].text
            start = int(flags[index, 2])
            if flags[index, 0]:
                claim(_link(start, start + len(token_text), token_text))
            else:
                email = token_text.strip(".,;:")
                claim(_Found("email", start, start + len(email), email.lower()))
        for found_id in _app_ids(body):
            claim(found_id)
        # Handles by pattern over the text: a REGEX token predicate would run
        # in Python for every token of every ad.
        for match in _HANDLE.finditer(body):
            kind = _app_before(body, match.start()) or "handle"
            if kind in ("whatsapp", "phone"):
                kind = "handle"
            claim(_Found(kind, match.start(), match.end(), match.group().lower()))
        regions = self._regions(body, language)
        for phone in _phones(body, regions):
            claim(phone)
        for money in _money(body):
            claim(money)
        for place in self._places(body, doc, phrases):
            claim(place)
        for org in self._organizations(body, doc, nlp):
            claim(org)
        found.sort(key=lambda item: (item.start, item.end))
        entities = []
        original = norm.original
        for item in found:
            start, end = norm.to_original(item.start, item.end)
            entities.append(
                Entity(item.type, original[start:end], start, end, item.normalized)
            )
        return entities

    # --- internals ---------------------------------------------------------------

    def _pipeline(self, language: str) -> tuple[Language, PhraseMatcher]:
        code = language if language in SPACY_LANGUAGES else "xx"
        built = self._pipelines.get(code)
        if built is not None:
            return built
        with self._lock:
            built = self._pipelines.get(code)
            if built is None:
                built = self._build(code)
                self._pipelines[code] = built
        return built

    def _build(self, code: str) -> tuple[Language, PhraseMatcher]:
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.tokenizer import Tokenizer

        nlp = spacy.blank(code)
        # Whitespace plus punctuation at the ends of words: the languages'
        # full affix rules cost 15 times more and split nothing that contact,
        # place and organisation patterns need.
        nlp.tokenizer = Tokenizer(
            nlp.vocab,
            prefix_search=_TOKEN_PREFIX.search,
            suffix_search=_TOKEN_SUFFIX.search,
        )
        phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        spaced = [name for name in self._place_by_name if not _NON_SPACED.search(name)]
        phrases.add("PLACE", [nlp.make_doc(name) for name in spaced])
        return nlp, phrases

    def _organizations(self, body: str, doc: Any, nlp: Any) -> list[_Found]:
        out = []
        if _ORG_CUE.search(body):
            from spacy.util import filter_spans

            spans = filter_spans(
                [doc[start:end] for _, start, end in self._org_matcher(nlp)(doc)]
            )
            for span in spans:
                name = " ".join(token.text for token in span).strip(" .,")
                out.append(
                    _Found("organization", span.start_char, span.end_char, name.lower())
                )
        for match in _CHINESE_ORG.finditer(body):
            out.append(
                _Found("organization", match.start(), match.end(), match.group())
            )
        return out

    def _forget_if_grown(self, nlp: Any) -> None:
        """Rebuild a pipeline whose vocabulary has grown past a bound.

        spaCy keeps every new word it sees; over millions of ads that is a
        slow leak, so a pipeline is dropped (and rebuilt on next use) once its
        string store passes ``MAX_VOCABULARY`` entries.
        """
        if len(nlp.vocab.strings) > MAX_VOCABULARY:
            self._pipelines = {
                code: built
                for code, built in self._pipelines.items()
                if built[0] is not nlp
            }
            self._org_matchers.pop(nlp.lang, None)

    def _org_matcher(self, nlp: Any) -> Matcher:
        code = nlp.lang
        matcher = self._org_matchers.get(code)
        if matcher is None:
            matcher = _build_org_matcher(nlp)
            self._org_matchers[code] = matcher
        return matcher

    def _regions(self, body: str, language: str) -> tuple[str, ...]:
        regions: list[str] = []
        first = LANGUAGE_REGIONS.get(language)
        if first:
            regions.append(first)
        lowered = body.lower()
        for place in self.places:
            if (
                place.kind == "country"
                and place.country not in regions
                and any(name in lowered for name in place.names)
            ):
                regions.append(place.country)
        for region in FALLBACK_REGIONS:
            if region not in regions:
                regions.append(region)
        return tuple(regions)

    def _places(self, body: str, doc: Any, phrases: PhraseMatcher) -> list[_Found]:
        from spacy.util import filter_spans

        out = []
        spans = filter_spans([doc[start:end] for _, start, end in phrases(doc)])
        for span in spans:
            place = self._place_by_name.get(span.text.lower())
            if place is not None:
                out.append(
                    _Found(
                        "destination",
                        span.start_char,
                        span.end_char,
                        f"{place.country}:{place.name}",
                    )
                )
        if _NON_SPACED.search(body):
            lowered = body.lower()
            taken: list[tuple[int, int]] = []
            for name in self._non_spaced_names:
                at = lowered.find(name)
                while at >= 0:
                    end = at + len(name)
                    if not any(at < e and s < end for s, e in taken):
                        taken.append((at, end))
                        place = self._place_by_name[name]
                        out.append(
                            _Found(
                                "destination",
                                at,
                                end,
                                f"{place.country}:{place.name}",
                            )
                        )
                    at = lowered.find(name, end)
        return out


def _build_org_matcher(nlp: Any) -> Matcher:
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    title = {"IS_TITLE": True}
    upper = {"IS_UPPER": True, "LENGTH": {">=": 2}}
    capital = {"TEXT": {"REGEX": r"^[A-Z0-9][\w&'\-]*$"}}
    matcher.add(
        "ORG",
        [
            [{"TEXT": {"IN": _ORG_PREFIXES}}, title, {**title, "OP": "*"}],
            [{"TEXT": {"IN": _ORG_PREFIXES}}, upper, {**upper, "OP": "*"}],
            [
                capital,
                {**capital, "OP": "*"},
                {"LOWER": {"IN": _ORG_SUFFIXES}},
                {"LOWER": {"IN": _ORG_SUFFIXES}, "OP": "?"},
            ],
            [
                capital,
                {**capital, "OP": "*"},
                {"LOWER": "co."},
                {"TEXT": ",", "OP": "?"},
                {"LOWER": {"IN": ["ltd", "ltd."]}},
            ],
        ],
        greedy="LONGEST",
    )
    return matcher


def _spaced_scripts_only(body: str) -> str:
    """``body`` as spaCy should tokenize it, with the same length.

    Characters of unspaced scripts become spaces (their places are found by
    substring instead), and so do commas: NFKC turns the Chinese "，" into
    ",", which would glue "teamcenter80,https://..." into one token. Equal
    length keeps token offsets valid offsets into ``body``.
    """
    if _UNSPACED_RUN.search(body):
        body = _UNSPACED_RUN.sub(" ", body)
    return body.replace(",", " ")


def _link(start: int, end: int, raw: str) -> _Found:
    """A like_url token as a link entity of the right kind."""
    stripped = raw.rstrip(".,;:!?)]}'\"")
    end -= len(raw) - len(stripped)
    canonical = _canonical_url(stripped)
    host, _, path = canonical.partition("/")
    if host in _TELEGRAM_HOSTS and path:
        handle = path.split("/")[0].split("?")[0]
        return _Found("telegram", start, end, "@" + handle.lower().lstrip("@"))
    if host in _WHATSAPP_HOSTS:
        number = re.sub(r"\D", "", path)
        e164 = _e164("+" + number, ()) if number else None
        return _Found("whatsapp", start, end, e164 or canonical)
    if host in _LINE_HOSTS:
        return _Found("line", start, end, canonical)
    if host in SHORTENERS:
        return _Found("short_link", start, end, canonical)
    return _Found("url", start, end, canonical)


def _canonical_url(url: str) -> str:
    """Scheme, ``www.`` and trailing slashes dropped; host lower-cased."""
    rest = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", url.strip(), flags=re.I)
    host, slash, path = rest.partition("/")
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    path = path.rstrip("/")
    return host + ("/" + path if slash and path else "")


def _obfuscated_links(body: str) -> Iterable[_Found]:
    for match in _OBFUSCATED_LINK.finditer(body):
        key = (match.group("host").lower(), match.group("tld").lower())
        host = _OBFUSCATED_HOSTS.get(key)
        if host is None:
            continue
        found = _link(match.start(), match.end(), f"{host}/{match.group('path')}")
        found.end = match.end()
        yield found


def _app_ids(body: str) -> Iterable[_Found]:
    for match in _APP_ID.finditer(body):
        ident = match.group("id").rstrip(".-")
        if ident.lower().lstrip("@") in _NOT_IDS:
            continue
        explicit = bool(re.search(r"[:：=]|id|号", match.group("sep"), re.I))
        if not (explicit or ident.startswith("@") or re.search(r"[\d_.]", ident)):
            continue
        kind = _APP_ID_NAMES[match.group("app").lower()]
        start = match.start("id")
        normalized = ident.lower()
        if kind == "telegram" and not normalized.startswith("@"):
            normalized = "@" + normalized
        yield _Found(kind, start, start + len(ident), normalized)


def _app_before(body: str, start: int) -> str | None:
    window = body[max(0, start - _CONTEXT_WINDOW) : start]
    best: tuple[int, str] | None = None
    for pattern, kind in _APP_CONTEXT:
        for match in pattern.finditer(window):
            # The nearest mention wins: "WA 0812..., Telegram @x".
            if best is None or match.end() > best[0]:
                best = (match.end(), kind)
    return None if best is None else best[1]


def _mobile_types() -> frozenset[int]:
    from phonenumbers import PhoneNumberType

    return frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


@functools.lru_cache(maxsize=8192)
def _e164(
    candidate: str, regions: tuple[str, ...], context: bool = False
) -> str | None:
    """E.164 of ``candidate`` if phonenumbers finds it a valid number.

    A number without "+" is read in each region in turn, but accepted only
    when it shows it is dialled as a phone number: it starts with the
    country code ("6281..."), carries the region's trunk prefix ("0812..."),
    or, in the ad's own region, a word such as "WA"/"telp" stands before it
    or it is a full mobile number (Chinese mobiles are dialled without a
    prefix: "13812345678"). Otherwise order numbers and job ids ("15758013")
    would pass as valid numbers of some country.
    """
    import phonenumbers
    from phonenumbers import CountryCodeSource

    global _MOBILE_TYPES
    if not _MOBILE_TYPES:
        _MOBILE_TYPES = _mobile_types()

    if candidate.startswith("+"):
        try:
            number = phonenumbers.parse(candidate, None)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    fallback: str | None = None
    for index, region in enumerate(regions):
        try:
            number = phonenumbers.parse(candidate, region, keep_raw_input=True)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        national = phonenumbers.national_significant_number(number)
        mobile = phonenumbers.number_type(number) in _MOBILE_TYPES
        dialled = (
            number.country_code_source != CountryCodeSource.FROM_DEFAULT_COUNTRY
            or len(candidate) > len(national)
            or (index == 0 and (context or (mobile and len(candidate) >= 10)))
        )
        if not dialled:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        # Recruiters post mobile numbers: a region where the digits are a
        # mobile number beats one where they are a landline.
        if mobile:
            return e164
        fallback = fallback or e164
    return fallback


_MOBILE_TYPES: frozenset[int] = frozenset()
# Apps whose users are mostly in one country: their numbers are read there first.
_APP_REGIONS = {"zalo": "VN", "line": "TH", "wechat": "CN"}
_PHONE_APPS = frozenset({"whatsapp", "telegram", "line", "wechat", "zalo"})


def _phone_kind(body: str, start: int) -> str:
    """ "WA 0812...", "Zalo: 09...": the app the number is for, else phone."""
    app = _app_before(body, start)
    return app if app in _PHONE_APPS else "phone"


def _phones(body: str, regions: tuple[str, ...]) -> Iterable[_Found]:
    for match in _MASKED_PHONE.finditer(body):
        yield _Found(_phone_kind(body, match.start()), match.start(), match.end(), None)
    for match in _DIGIT_RUN.finditer(body):
        raw = match.group()
        digits = _DIGITS.findall(raw)
        if not 8 <= len(digits) <= 15 or _looks_like_amount(body, match.start(), raw):
            continue
        candidate = ("+" if raw.startswith("+") else "") + "".join(digits)
        kind = _phone_kind(body, match.start())
        context = _app_before(body, match.start()) is not None
        hinted = _APP_REGIONS.get(kind)
        tried = (hinted, *(r for r in regions if r != hinted)) if hinted else regions
        e164 = _e164(candidate, tried, context)
        if e164 is None:
            continue
        yield _Found(kind, match.start(), match.end(), e164)


_AMOUNT_BEFORE = re.compile(
    r"(?:rp\.?|idr|usd|us\$|\$|rm|myr|php|₱|thb|฿|vnd|₫|rmb|¥|￥|gaji|salary)\s*$", re.I
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3}){2,}$")


def _looks_like_amount(body: str, start: int, raw: str) -> bool:
    """ "Rp 15.000.000" is pay, not a phone number."""
    if _THOUSANDS.match(raw.strip()):
        return True
    return bool(_AMOUNT_BEFORE.search(body[max(0, start - 8) : start]))


def _money(body: str) -> Iterable[_Found]:
    from model.rules.salary import iter_salaries

    for start, end, salary in iter_salaries(body):
        try:
            monthly = salary.monthly_usd()
        except (KeyError, ZeroDivisionError):
            continue
        yield _Found("money", start, end, f"{monthly:.0f} USD/month")


@functools.lru_cache(maxsize=65536)
def _national_number(e164: str) -> str:
    """The number without its country code: "0812..." read as Indonesian in
    one ad and as Thai in another is still one number, so campaigns link on
    the national significant number (at least 8 digits). The country code is
    found in phonenumbers' own table (codes are prefix-free)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    digits = e164.lstrip("+")
    for width in (1, 2, 3):
        if int(digits[:width] or 0) in COUNTRY_CODE_TO_REGION_CODE:
            national = digits[width:]
            return national if len(national) >= 8 else e164
    return e164


def campaign_keys(entities: Iterable[Entity | dict[str, Any]]) -> set[str]:
    """The keys that tie ads to one recruiter: ``type:normalized`` of contacts.

    A WhatsApp number and the same number as a plain phone are one key, and
    so is the same national number read in two countries (a number written
    "0812..." is Indonesian or Thai by the ad's context, not its digits).
    """
    keys = set()
    for entity in entities:
        if isinstance(entity, dict):
            kind, normalized = entity.get("type"), entity.get("normalized")
        else:
            kind, normalized = entity.type, entity.normalized
        if kind not in CONTACT_TYPES or not normalized:
            continue
        if normalized.startswith("+"):
            keys.add(f"phone:{_national_number(normalized)}")
        elif kind in ("phone", "whatsapp"):
            keys.add(f"phone:{normalized}")
        elif kind in ("telegram", "instagram", "handle"):
            keys.add(f"handle:{normalized}")
        else:
            keys.add(f"{kind}:{normalized}")
    return keys
