"""Training and held-out data for the document-type model (``model.doctype``).

Four classes (``model.verdict.DOCUMENT_TYPES``):

* ``job_ad``: the corpus's real job ads (legitimate and fraudulent) and the
  project's generated ads (``training.generate.ads``), scam and legitimate;
* ``warning_or_news``: generated awareness posts, official appeals, news in
  the style of regional outlets, court and police reports, personal accounts
  and forum threads in eight languages (Khmer last). They name the red flags
  of scam ads and often quote a whole generated scam ad, so the model must
  learn the framing, not the topic;
* ``other_scam_or_promo``: real scam/promo SMS (Indonesian, Philippine) and
  online-gambling comments, plus generated prize, loan, gambling and
  investment messages;
* ``other``: real ordinary SMS and comments, plus generated listings with
  prices and WhatsApp numbers, lost-pet notices with rewards, greetings,
  chat, recipes, travel packages, scholarships, notices, bare numbers, links
  and emoji.

The held-out split uses its own template families (every fourth template of
each phrase pool, ``split_pool``), its own seeds and its own share of the
real texts (by a hash of their id), so no sentence of a held-out text was
seen in training. ``python -m training.generate.doctype --out data/doctype``
writes the generated held-out texts (project-written, redistributable).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from training.generate import doctype_phrases as P
from training.generate.doctype_phrases_km import KM_HASHTAGS
from training.generate.engine import expand, tidy

log = logging.getLogger(__name__)

T = TypeVar("T")
SPLITS = ("train", "test")
COLUMNS = ("text", "doctype", "lang", "source", "family", "split")
# A recruitment text in a scam-SMS set is a job ad, not a promotion: dropped
# from the promo/other sources rather than given a guessed label.
_JOB_WORDS = re.compile(
    r"(?i)\b(?:hiring|part[- ]?time|job|salary|trabaho|sahod|interview|recruit|"
    r"lowongan|loker|gaji|kerja|vacancy|kumita|commission|reviewer|apply)\b"
)


def split_pool(pool: Sequence[T], split: str) -> tuple[T, ...]:
    """The templates of ``pool`` a split may use: every fourth is held out."""
    items = tuple(pool)
    if len(items) < 2:
        return items
    step = 4 if len(items) >= 4 else len(items)
    held = tuple(t for i, t in enumerate(items) if i % step == step - 1)
    kept = tuple(t for i, t in enumerate(items) if i % step != step - 1)
    return held if split == "test" else kept


def _slots(rng: random.Random, lang: str) -> dict[str, str]:
    values = {name: rng.choice(pool) for name, pool in P.SLOTS[lang].items()}
    a, b, c = rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999)
    if lang == "km":
        # Cambodian numbers; the other languages keep their original draws.
        values["phone"] = rng.choice(
            (
                f"0{a} {b} {c % 1000:03d}",
                f"+855 {a} {b} {c % 1000:03d}",
                f"0{a}{b}{c % 1000:03d}",
                f"0{a}-{b}-{c}",
            )
        )
    else:
        values["phone"] = rng.choice(
            (
                f"08{a}-{c}-{rng.randint(1000, 9999)}",
                f"+62 8{a} {c} {b}",
                f"+60 1{a % 10}-{b} {c}",
                f"09{a} {b} {c}",
                f"+66 8{a % 9 + 1} {b} {c}",
                f"+84 9{a % 10} {b} {c}",
            )
        )
    values["url"] = f"https://{rng.choice(P.DOMAINS)}/{_token(rng)}"
    values["site"] = rng.choice(
        ("GACOR88", "slot777", "maxwin.vip", "JP4D", "royal99", "luckybet")
    )
    values["pin"] = f"{rng.randint(1000, 99999)}"
    return values


def _token(rng: random.Random) -> str:
    letters = "abcdefghijkmnpqrstuvwxyz23456789"
    return "".join(rng.choice(letters) for _ in range(rng.randint(4, 9)))


def _flags(rng: random.Random, lang: str, slots: dict[str, str]) -> str:
    chosen = rng.sample(P.FLAG_LISTS[lang], k=rng.randint(2, 4))
    words = [expand(flag, rng, slots) for flag in chosen]
    joiner = {
        "zh": "、",
        "th": " ",
        "id": ", ",
        "ms": ", ",
        "vi": ", ",
        "tl": ", ",
        "en": ", ",
        "km": " ",
    }[lang]
    return joiner.join(words)


def _scam_ad(rng: random.Random, lang: str) -> str:
    from training.generate.ads import generate_ads

    frame = generate_ads(
        1, seed=rng.randint(0, 10**9), languages=(lang,), positive_share=1.0
    )
    return str(frame.loc[0, "text"])


def _surface(text: str, rng: random.Random) -> str:
    """Style noise drawn independently of the class."""
    roll = rng.random()
    if roll < 0.08:
        text = text.upper()
    elif roll < 0.16:
        text = text.lower()
    if rng.random() < 0.15:
        text = text + " " + rng.choice(("🙏", "⚠️", "‼️", "😢", "👇", "🔥", "💯"))
    return text


_HASHTAGS = (
    "#waspada #stoptppo",
    "#scamalert",
    "#antiscam",
    "#反诈",
    "#เตือนภัย",
    "#cảnhgiác",
    "#StopTrafficking",
)


def warning(rng: random.Random, lang: str, split: str) -> tuple[str, str]:
    """A warning, news report, police/court report, personal account or thread."""
    pools = P.WARN[lang]
    kind = rng.choice(tuple(P.WARN_KINDS))
    layout = rng.choice(split_pool(P.WARN_KINDS[kind], split))
    slots = _slots(rng, lang)
    parts: list[str] = []
    for name in layout:
        if name == "ad":
            ad = _scam_ad(rng, lang)
            parts.append(rng.choice((f'"{ad}"', ad, f"> {ad}", f"「{ad}」")))
            continue
        slots["flags"] = _flags(rng, lang, slots)
        template = rng.choice(split_pool(pools[name], split))
        parts.append(_surface(expand(template, rng, slots), rng))
    if rng.random() < 0.3:
        parts.append(rng.choice(KM_HASHTAGS if lang == "km" else _HASHTAGS))
    sep = rng.choice(("\n", "\n\n", " "))
    return tidy(sep.join(parts)), kind


def promo(rng: random.Random, lang: str, split: str) -> tuple[str, str]:
    kind = rng.choice(tuple(P.PROMO[lang]))
    slots = _slots(rng, lang)
    text = expand(rng.choice(split_pool(P.PROMO[lang][kind], split)), rng, slots)
    if rng.random() < 0.3:
        other = rng.choice(split_pool(P.PROMO[lang][kind], split))
        text = text + rng.choice(("\n", " ")) + expand(other, rng, slots)
    return _surface(text, rng), kind


def other(rng: random.Random, lang: str, split: str) -> tuple[str, str]:
    if rng.random() < 0.12:
        kind = rng.choice(tuple(P.BARE))
        slots = {
            "n": str(rng.randint(0, 999)),
            "big": f"{rng.randint(1, 999)}.{rng.randint(100, 999)}",
            "phone": f"62{rng.randint(811, 899)}{rng.randint(1000000, 9999999)}",
            "domain": rng.choice(P.DOMAINS),
            "path": _token(rng),
        }
        return expand(rng.choice(split_pool(P.BARE[kind], split)), rng, slots), kind
    kind = rng.choice(tuple(P.OTHER[lang]))
    slots = _slots(rng, lang)
    text = expand(rng.choice(split_pool(P.OTHER[lang][kind], split)), rng, slots)
    if kind in {"chat", "greeting"} and rng.random() < 0.3:
        again = rng.choice(split_pool(P.OTHER[lang][kind], split))
        text = text + "\n" + expand(again, rng, slots)
    return _surface(text, rng), kind


_BUILDERS = {
    "warning_or_news": warning,
    "other_scam_or_promo": promo,
    "other": other,
}


def generate_texts(
    n_per_lang: int, *, seed: int, split: str, languages: Sequence[str] = P.LANGS
) -> pd.DataFrame:
    """``n_per_lang`` texts of each non-job class per language (deterministic).

    Also draws generated job ads (scam and legitimate) in the same number, so
    every language has all four classes.
    """
    from training.generate.ads import generate_ads

    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    # The held-out split gets seeds no training run uses.
    base = seed * 1_000 + (500 if split == "test" else 0)
    rows: list[dict[str, Any]] = []
    for li, lang in enumerate(languages):
        for ci, (doctype, builder) in enumerate(_BUILDERS.items()):
            rng = random.Random(base + li * 10 + ci)
            for _ in range(n_per_lang):
                text, family = builder(rng, lang, split)
                rows.append(
                    {
                        "text": text,
                        "doctype": doctype,
                        "lang": lang,
                        "source": f"generated_{doctype}",
                        "family": family,
                        "split": split,
                    }
                )
        ads = generate_ads(n_per_lang, seed=base + li * 10 + 9, languages=(lang,))
        for text, subtype in zip(ads["text"], ads["subtype"], strict=True):
            # The ad generator's "awareness" scenario is a warning post.
            kind = "warning_or_news" if subtype == "awareness" else "job_ad"
            rows.append(
                {
                    "text": str(text),
                    "doctype": kind,
                    "lang": lang,
                    "source": f"generated_{kind}",
                    "family": str(subtype),
                    "split": split,
                }
            )
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _split_of(key: str, test_share: float) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return "test" if digest[0] / 256 < test_share else "train"


_REAL_JOB_SOURCES = (
    "emscad_partial",
    "orfd_58tongcheng_zh",
    "id_jobs_lokerid",
    "id_jobs_jobstreet_misc",
    "kh_jobs_cambodia_boards",
)


def real_texts(
    data_root: Path | None,
    *,
    per_source: int = 1_500,
    seed: int = 13,
    test_share: float = 0.2,
) -> pd.DataFrame:
    """Real texts from the curated datasets, mapped to document types.

    Missing datasets are skipped (logged). Each source contributes at most
    ``per_source`` texts per class; a hash of the text decides its split.
    """
    from model.langid import detect_language
    from model.preprocess import normalize

    if data_root is None:
        return pd.DataFrame(columns=list(COLUMNS))
    frames: list[pd.DataFrame] = []

    def add(texts: pd.Series, doctype: str, source: str, family: str) -> None:
        texts = texts.dropna().astype(str)
        texts = texts[texts.str.strip().str.len() > 0].drop_duplicates()
        if len(texts) > per_source:
            texts = texts.sample(per_source, random_state=seed)
        frames.append(
            pd.DataFrame(
                {
                    "text": texts.to_numpy(),
                    "doctype": doctype,
                    "source": source,
                    "family": family,
                }
            )
        )

    _add_real_job_ads(data_root, add)
    _add_wibisono_sms(data_root, add)
    _add_labelled_sms_and_comments(data_root, add)
    if not frames:
        return pd.DataFrame(columns=list(COLUMNS))
    out = pd.concat(frames, ignore_index=True)
    out["lang"] = [detect_language(normalize(t).text) for t in out["text"]]
    out["split"] = [_split_of(t, test_share) for t in out["text"]]
    return out[list(COLUMNS)]


_Add = Callable[[pd.Series, str, str, str], None]


def _load(name: str, data_root: Path) -> pd.DataFrame | None:
    from training.corpus.loaders import load_dataset

    try:
        return load_dataset(name, data_root)
    except Exception as error:  # a missing folder: skip with a message
        log.info("doc-type data: skipping %s (%s)", name, error)
        return None


def _add_real_job_ads(data_root: Path, add: _Add) -> None:
    for name in _REAL_JOB_SOURCES:
        frame = _load(name, data_root)
        if frame is not None:
            add(frame["text"], "job_ad", name, "real_job_ad")


def _add_wibisono_sms(data_root: Path, add: _Add) -> None:
    """Indonesian SMS: 0 normal, 1 fraud, 2 promotion (recruitment dropped)."""
    wibisono = data_root / "id_sms_spam_wibisono" / "dataset_sms_spam_v1.csv"
    if not wibisono.is_file():
        return
    raw = pd.read_csv(wibisono, dtype=str)
    label = pd.to_numeric(raw["label"], errors="coerce")
    texts = raw["teks"]
    not_job = ~texts.fillna("").str.contains(_JOB_WORDS)
    add(texts[(label == 0) & not_job], "other", "id_sms_spam_wibisono", "sms")
    add(
        texts[label.isin([1, 2]) & not_job],
        "other_scam_or_promo",
        "id_sms_spam_wibisono",
        "sms",
    )


def _add_labelled_sms_and_comments(data_root: Path, add: _Add) -> None:
    """Scam/spam SMS and gambling comments: label 1 promo, 0 other."""
    for name, family in (
        ("id_sms_spam_bopbi", "sms"),
        ("ph_scam_sms", "sms"),
        ("judol_youtube_gbennnn", "comment"),
        ("judol_tiktok_akbaralfaidah", "comment"),
        ("judol_youtube_live_jogja", "comment"),
    ):
        frame = _load(name, data_root)
        if frame is None:
            continue
        not_job = ~frame["text"].fillna("").str.contains(_JOB_WORDS)
        label = frame["label"]
        promo = (label == 1).fillna(False) & not_job
        plain = (label == 0).fillna(False) & not_job
        add(frame["text"][promo], "other_scam_or_promo", name, family)
        add(frame["text"][plain], "other", name, family)


def build_doctype_data(
    data_root: Path | None,
    *,
    n_per_lang: int = 400,
    seed: int = 13,
    per_source: int = 1_500,
    languages: Sequence[str] = P.LANGS,
) -> pd.DataFrame:
    """Train and test rows together (``split`` column), generated and real."""
    parts = [
        generate_texts(n_per_lang, seed=seed, split="train", languages=languages),
        generate_texts(
            max(n_per_lang // 4, 20), seed=seed, split="test", languages=languages
        ),
        real_texts(data_root, per_source=per_source, seed=seed),
    ]
    frame = pd.concat([p for p in parts if len(p)], ignore_index=True)
    return frame.drop_duplicates(subset=["text"]).reset_index(drop=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("data/doctype"))
    parser.add_argument("--n", type=int, default=100, help="texts per class/lang")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    frame = generate_texts(args.n, seed=args.seed, split="test")
    path = args.out / "heldout_generated.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for row in frame.to_dict(orient="records"):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(frame)} rows to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
