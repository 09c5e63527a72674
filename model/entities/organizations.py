"""Company names where the ad marks one: "PT ...", "... Co., Ltd", "公司".

Latin-script names are spaCy ``Matcher`` patterns. Every match holds an
anchor token (a prefix such as "PT" or a suffix such as "Ltd"), so the
matcher runs only over the few tokens around anchors. Which tokens are
anchors, titles or capitalised words are lexeme flags: spaCy computes them
once per word of the vocabulary, not once per token.
"""

from __future__ import annotations

import re
from typing import Any

from model.entities.common import Found

ORG_PREFIXES = ("PT", "PT.", "Pt.", "CV", "CV.", "UD", "UD.")
ORG_SUFFIXES = (
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
)
_ORG_CUE = re.compile(
    r"\b(?:PT|CV|UD|Sdn|Bhd|Inc|Ltd|LLC|Corp|Corporation|Limited|PLC|JSC|Tbk|Co|"
    r"Group)\b\.?",
)
_CHINESE_ORG = re.compile(r"[\u4e00-\u9fff]{2,15}(?:有限公司|公司|集团)")
_CAPITAL = r"^[A-Z0-9][\w&'\-]*$"
_CAPITAL_RE = re.compile(_CAPITAL)
_ANCHOR_PREFIXES = frozenset(ORG_PREFIXES)
_ANCHOR_SUFFIXES = frozenset(ORG_SUFFIXES)
# The most tokens a match reaches past its suffix anchor: "Co." "," "Ltd".
_AFTER_SUFFIX = 3


class OrganizationFinder:
    """The organisation patterns of one spaCy pipeline."""

    def __init__(self, nlp: Any) -> None:
        self.matcher = _build_matcher(nlp)
        prefixes = frozenset(ORG_PREFIXES)
        suffixes = frozenset(ORG_SUFFIXES)
        vocab = nlp.vocab
        # The token attributes the patterns test, as lexeme flags.
        self.prefix = vocab.add_flag(lambda text: text in prefixes)
        self.suffix = vocab.add_flag(lambda text: text.lower() in suffixes)
        self.capital = vocab.add_flag(lambda text: _CAPITAL_RE.search(text) is not None)
        self.titled = vocab.add_flag(
            lambda text: text.istitle() or (text.isupper() and len(text) >= 2)
        )

    def is_anchor(self, text: str) -> bool:
        """Whether a token of ``text`` is a prefix or suffix anchor."""
        return text in _ANCHOR_PREFIXES or text.lower() in _ANCHOR_SUFFIXES

    def find(
        self, body: str, doc: Any, anchors: list[int], unspaced: bool
    ) -> list[Found]:
        """Organisations in ``doc`` (of ``body``); ``anchors`` are the
        indices of the tokens for which ``is_anchor`` holds."""
        out = []
        windows = self._windows(doc, anchors) if anchors else []
        if windows and _ORG_CUE.search(body):
            out = self._matched(doc, windows)
        if unspaced:
            for match in _CHINESE_ORG.finditer(body):
                out.append(
                    Found("organization", match.start(), match.end(), match.group())
                )
        return out

    def _windows(self, doc: Any, anchors: list[int]) -> list[tuple[int, int]]:
        """Token ranges that hold every possible match, merged where they
        overlap. A prefix anchor reaches right over title or upper-case
        words, a suffix anchor left over capitalised words and right over
        "Co., Ltd"."""
        count = len(doc)
        windows = []
        for anchor in anchors:
            if doc[anchor].check_flag(self.prefix):
                end = anchor + 1
                while end < count and doc[end].check_flag(self.titled):
                    end += 1
                if end > anchor + 1:
                    windows.append((anchor, end))
            if doc[anchor].check_flag(self.suffix):
                start = anchor
                while start > 0 and doc[start - 1].check_flag(self.capital):
                    start -= 1
                if start < anchor:
                    windows.append((start, min(count, anchor + _AFTER_SUFFIX)))
        return _merged(windows)

    def _matched(self, doc: Any, windows: list[tuple[int, int]]) -> list[Found]:
        from spacy.util import filter_spans

        spans: list[Any] = []
        for first, last in windows:
            spans.extend(
                doc[first + start : first + end]
                for _, start, end in self.matcher(doc[first:last])
            )
        out = []
        for span in filter_spans(spans):
            name = " ".join(token.text for token in span).strip(" .,")
            out.append(
                Found("organization", span.start_char, span.end_char, name.lower())
            )
        return out


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _build_matcher(nlp: Any) -> Any:
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    title = {"IS_TITLE": True}
    upper = {"IS_UPPER": True, "LENGTH": {">=": 2}}
    capital = {"TEXT": {"REGEX": _CAPITAL}}
    matcher.add(
        "ORG",
        [
            [{"TEXT": {"IN": list(ORG_PREFIXES)}}, title, {**title, "OP": "*"}],
            [{"TEXT": {"IN": list(ORG_PREFIXES)}}, upper, {**upper, "OP": "*"}],
            [
                capital,
                {**capital, "OP": "*"},
                {"LOWER": {"IN": list(ORG_SUFFIXES)}},
                {"LOWER": {"IN": list(ORG_SUFFIXES)}, "OP": "?"},
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
