"""Measurements of a generated set: diversity, leakage and language agreement.

Used by the tests and by ``python -m training.generate.stats`` to print the
numbers quoted in data/synthetic/README.md. The point of each measure:

* distinct word-5-gram ratio: a template generator that repeats itself gives
  a model the template, not the task;
* largest sentence share: no sentence may be a label shortcut by appearing
  in a large share of one class;
* term rates per label: "Cambodia", "Telegram" and "customer service" must
  occur in both classes so that the words alone do not decide the label;
* language agreement: ``lang`` must be what ``detect_language`` says, or
  language-stratified metrics are wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

import pandas as pd

from model.langid import detect_language
from model.preprocess import normalize

_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?。！])\s+|\n+")

# Term families whose rate per label is reported; patterns are case-blind.
TERMS: dict[str, str] = {
    "cambodia": r"\b(?:cambodia|kamboja|kemboja|campuchia)\b|柬埔寨|กัมพูชา|កម្ពុជា",
    "telegram": r"\btelegram\b|\bt\.me/|\btele\b|飞机",
    "customer_service": (
        r"\bcustomer service\b|\bcs\b|\bkhidmat pelanggan\b|客服|\bcskh\b"
    ),
}


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits)."""
    return _TOKEN_RE.findall(text.lower())


def distinct_ngram_ratio(texts: Iterable[str], n: int = 5) -> float:
    """Distinct word n-grams over all word n-grams in ``texts``."""
    seen: set[tuple[str, ...]] = set()
    total = 0
    for text in texts:
        words = tokens(text)
        for i in range(len(words) - n + 1):
            seen.add(tuple(words[i : i + n]))
            total += 1
    return len(seen) / total if total else 0.0


def sentences(text: str, min_words: int = 4) -> set[str]:
    """The normalised sentences of ``text`` with at least ``min_words`` words.

    Shorter pieces are headers and fragments ("Syarat:", "DM aja kak") that
    real ads share freely; they are not evidence of templating.
    """
    out = set()
    for piece in _SENTENCE_SPLIT_RE.split(text):
        words = tokens(piece)
        if len(words) >= min_words:
            out.add(" ".join(words))
    return out


def sentence_shares(texts: Iterable[str], min_words: int = 4) -> Counter[str]:
    """For each sentence, the number of texts containing it."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(sentences(text, min_words))
    return counts


def max_sentence_share(texts: list[str], min_words: int = 4) -> tuple[float, str]:
    """The largest share of texts that contain one and the same sentence."""
    counts = sentence_shares(texts, min_words)
    if not counts:
        return 0.0, ""
    sentence, count = counts.most_common(1)[0]
    return count / max(len(texts), 1), sentence


def term_rates(
    frame: pd.DataFrame, terms: Mapping[str, str] = TERMS
) -> dict[str, dict[int, float]]:
    """Share of ads per label whose text matches each term pattern."""
    out: dict[str, dict[int, float]] = {}
    for name, pattern in terms.items():
        hit = frame["text"].str.contains(pattern, case=False, regex=True)
        out[name] = {
            int(label): float(hit[frame["label"] == label].mean()) for label in (0, 1)
        }
    return out


def language_agreement(frame: pd.DataFrame) -> dict[str, float]:
    """Per ``lang``, the share of ads where ``detect_language`` agrees."""
    detected = [detect_language(normalize(t).text) for t in frame["text"]]
    agree = pd.Series(detected, index=frame.index) == frame["lang"]
    return {
        str(lang): float(agree[frame["lang"] == lang].mean())
        for lang in sorted(frame["lang"].unique())
    }


def report(frame: pd.DataFrame) -> dict[str, object]:
    """All the measures above for one generated frame."""
    texts = frame["text"].tolist()
    share, sentence = max_sentence_share(texts)
    per_label = {
        int(label): max_sentence_share(
            frame.loc[frame["label"] == label, "text"].tolist()
        )[0]
        for label in (0, 1)
    }
    return {
        "n": len(frame),
        "distinct_5gram_ratio": distinct_ngram_ratio(texts),
        "distinct_5gram_ratio_by_label": {
            int(label): distinct_ngram_ratio(frame.loc[frame["label"] == label, "text"])
            for label in (0, 1)
        },
        "max_sentence_share": share,
        "max_sentence": sentence,
        "max_sentence_share_within_label": per_label,
        "term_rates": term_rates(frame),
        "language_agreement": language_agreement(frame),
        "structured_share": float(frame["title"].notna().mean()),
        "mean_chars": float(frame["text"].str.len().mean()),
    }


if __name__ == "__main__":  # pragma: no cover - manual reporting
    import json
    import time

    from training.generate import SUPPORTED_LANGUAGES, generate_ads

    start = time.perf_counter()
    ads = generate_ads(4000, seed=0)
    elapsed = time.perf_counter() - start
    print(f"4000 ads (id/en/ms) in {elapsed:.2f} s")
    print(json.dumps(report(ads.head(2000)), indent=2, ensure_ascii=False))
    every = generate_ads(4000, seed=0, languages=SUPPORTED_LANGUAGES)
    print(json.dumps(language_agreement(every), indent=2))
