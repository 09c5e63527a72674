"""``EntityExtractor``: one pass of every finder over an ad, spans mapped back.

The ad is tokenized once (spaCy's tokenizer only, ``make_doc``), and the
token attributes every finder needs (URL and e-mail likeness, offsets,
organisation flags) are read as one array: iterating Token objects costs
more than the tokenizer itself. Finders that work on the text try their
patterns only where a candidate can start (numbers, "@", "/").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.attrs import LIKE_EMAIL, LIKE_URL

from model.entities import contacts
from model.entities.common import Found, lowered_view
from model.entities.money import money
from model.entities.organizations import OrganizationFinder
from model.entities.phones import number_starts, phones
from model.entities.places import Gazetteer, Place, load_places
from model.preprocess import NormalizedText, normalize
from model.verdict import Entity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

SPACY_LANGUAGES: frozenset[str] = frozenset({"en", "id", "ms"})
MAX_VOCABULARY = 500_000

_TOKEN_PREFIX = re.compile(r"""^[\(\[\{"'“‘«<*•·\-–—]""")
_TOKEN_SUFFIX = re.compile(r"""[\)\]\}"'”’».,;:!?*…]$""")
# Scripts written without spaces, and their punctuation: spaCy's tokenizer
# would glue "联系https://..." into one token and miss the link.
_UNSPACED_RUN = re.compile(
    r"[\u0e00-\u0e7f\u1780-\u17ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uff01-\uff65]"
)


@dataclass(frozen=True, slots=True)
class _Pipeline:
    nlp: Language
    places: PhraseMatcher
    organizations: OrganizationFinder
    # A lexeme flag: like a URL or an e-mail, or an organisation anchor.
    wanted: int


class EntityExtractor:
    """Extracts entities from ad texts; safe to share between threads."""

    def __init__(self, places: Sequence[Place] | None = None) -> None:
        self.gazetteer = Gazetteer(places if places is not None else load_places())
        self.places = self.gazetteer.places
        self._lock = threading.RLock()
        self._pipelines: dict[str, _Pipeline] = {}

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
        found = _Claims()
        pipeline = self._pipeline(language)
        unspaced = _UNSPACED_RUN.search(body) is not None
        with self._lock:
            # spaCy's vocabulary and tokenizer cache are not made for threads.
            spaced = _spaced_scripts_only(body, unspaced)
            doc = pipeline.nlp.make_doc(spaced)
            self._forget_if_grown(pipeline)
        # Tokens that matter (links, e-mails, organisation anchors) are
        # a lexeme flag, read as one array: iterating Token objects (or a
        # Matcher over them) costs more than the tokenizer itself.
        wanted = doc.to_array([pipeline.wanted]).nonzero()[0].tolist()
        lowered = lowered_view(body)
        # Links and e-mails first: a number inside wa.me/62... is that link's.
        found.claim_all(contacts.obfuscated_links(body, lowered))
        found.claim_all(_links_and_emails(doc, wanted))
        found.claim_all(contacts.app_ids(body, lowered))
        found.claim_all(contacts.handles(body))
        starts = number_starts(body)
        regions: list[tuple[str, ...]] = []

        def phone_regions() -> tuple[str, ...]:
            if not regions:
                regions.append(self.gazetteer.regions(body, language))
            return regions[0]

        found.claim_all(phones(body, starts, phone_regions))
        found.claim_all(money(body, starts))
        found.claim_all(
            self.gazetteer.find(body, spaced, doc, pipeline.places, unspaced)
        )
        organizations = pipeline.organizations
        anchors = [
            index for index in wanted if organizations.is_anchor(doc[index].text)
        ]
        found.claim_all(organizations.find(body, doc, anchors, unspaced))
        return _entities(found.items, norm)

    # --- internals ---------------------------------------------------------------

    def _pipeline(self, language: str) -> _Pipeline:
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

    def _build(self, code: str) -> _Pipeline:
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
        names = self.gazetteer.spaced_names
        phrases.add("PLACE", [nlp.make_doc(name) for name in names])
        organizations = OrganizationFinder(nlp)
        getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
        like_url, like_email = getters[LIKE_URL], getters[LIKE_EMAIL]
        wanted = nlp.vocab.add_flag(
            lambda text: bool(
                like_url(text) or like_email(text) or organizations.is_anchor(text)
            )
        )
        return _Pipeline(nlp, phrases, organizations, wanted)

    def _forget_if_grown(self, pipeline: _Pipeline) -> None:
        """Rebuild a pipeline whose vocabulary has grown past a bound.

        spaCy keeps every new word it sees; over millions of ads that is a
        slow leak, so a pipeline is dropped (and rebuilt on next use) once its
        string store passes ``MAX_VOCABULARY`` entries.
        """
        if len(pipeline.nlp.vocab.strings) > MAX_VOCABULARY:
            self._pipelines = {
                code: built
                for code, built in self._pipelines.items()
                if built is not pipeline
            }


class _Claims:
    """Found spans, each claiming its characters: the first finder wins."""

    def __init__(self) -> None:
        self.items: list[Found] = []
        self._claimed: list[tuple[int, int]] = []

    def claim_all(self, items: Iterable[Found]) -> None:
        for item in items:
            if item.end <= item.start:
                continue
            if any(
                item.start < end and start < item.end for start, end in self._claimed
            ):
                continue
            self._claimed.append((item.start, item.end))
            self.items.append(item)


def _links_and_emails(doc: Any, indices: list[int]) -> Iterable[Found]:
    """Tokens spaCy finds ``like_url`` or ``like_email``."""
    for index in indices:
        token = doc[index]
        if token.like_url:
            yield contacts.link(token.idx, token.idx + len(token), token.text)
        elif token.like_email:
            yield contacts.email(token.idx, token.text)


def _entities(found: list[Found], norm: NormalizedText) -> list[Entity]:
    found.sort(key=lambda item: (item.start, item.end))
    entities = []
    original = norm.original
    for item in found:
        start, end = norm.to_original(item.start, item.end)
        entities.append(
            Entity(item.type, original[start:end], start, end, item.normalized)
        )
    return entities


def _spaced_scripts_only(body: str, unspaced: bool) -> str:
    """``body`` as spaCy should tokenize it, with the same length.

    Characters of unspaced scripts become spaces (their places are found by
    substring instead), and so do commas: NFKC turns the Chinese "，" into
    ",", which would glue "teamcenter80,https://..." into one token. Equal
    length keeps token offsets valid offsets into ``body``.
    """
    if unspaced:
        body = _UNSPACED_RUN.sub(" ", body)
    return body.replace(",", " ")
