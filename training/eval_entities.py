"""How well entity extraction and campaign grouping work, on labelled data.

Extraction is measured on ``data/entities/labelled.jsonl`` (see
``training.generate.entities``): precision and recall per entity group, an
entity counting as found when the extractor returns one of the same group
whose span overlaps it and whose normalised value is equal (E.164 for
phones, ``@handle``, the canonical link). Campaign grouping is measured on
generated campaigns (``training.generate.campaigns``) with the adjusted Rand
index and purity against the generator's ground truth.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from model.entities import EntityExtractor

LABELLED_SET = Path(__file__).resolve().parent.parent / "data/entities/labelled.jsonl"

GROUPS: dict[str, str] = {
    "phone": "phone",
    "whatsapp": "phone",
    "zalo": "phone",
    "telegram": "handle",
    "line": "handle",
    "wechat": "handle",
    "instagram": "handle",
    "handle": "handle",
    "url": "link",
    "short_link": "link",
    "email": "email",
    "destination": "destination",
}
EVALUATED_GROUPS = ("phone", "handle", "link", "email", "destination")


def _group(entity: Mapping[str, Any]) -> str | None:
    kind = str(entity["type"])
    normalized = entity.get("normalized")
    # An app id that is a phone number ("Zalo: 0912...", "Line: 081...") is a
    # phone; one that is a name is a handle.
    if kind in ("zalo", "line", "wechat", "telegram", "whatsapp") and (
        normalized is None or str(normalized).startswith("+")
    ):
        return "phone"
    if kind == "zalo":
        return "handle"
    return GROUPS.get(kind)


def load_labelled(path: Path = LABELLED_SET) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def extraction_metrics(
    ads: Sequence[Mapping[str, Any]], extractor: EntityExtractor | None = None
) -> dict[str, Any]:
    """Precision, recall and counts per entity group, overall and per language."""
    extractor = extractor or EntityExtractor()
    counts: dict[tuple[str, str], Counter[str]] = {}
    misses: list[dict[str, Any]] = []
    for ad in ads:
        language = str(ad["language"])
        predicted = [
            {
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "normalized": e.normalized,
            }
            for e in extractor.extract(str(ad["text"]), language=language)
        ]
        expected = list(ad["entities"])
        used: set[int] = set()
        for truth in expected:
            group = _group(truth)
            if group is None:
                continue
            hit = _find(truth, group, predicted, used)
            for scope in (("all", group), (language, group)):
                counts.setdefault(scope, Counter())["expected"] += 1
                counts[scope]["found"] += hit is not None
            if hit is None:
                misses.append({"ad": ad["id"], "missed": truth})
            else:
                used.add(hit)
        for index, guess in enumerate(predicted):
            group = _group(guess)
            if group not in EVALUATED_GROUPS:
                continue
            for scope in (("all", group), (language, group)):
                counts.setdefault(scope, Counter())["predicted"] += 1
                counts[scope]["correct"] += index in used
            if index not in used:
                misses.append({"ad": ad["id"], "spurious": guess})
    table: dict[str, dict[str, dict[str, float]]] = {}
    for (where, group), count in sorted(counts.items()):
        table.setdefault(where, {})[group] = {
            "expected": count["expected"],
            "predicted": count["predicted"],
            "precision": _ratio(count["correct"], count["predicted"]),
            "recall": _ratio(count["found"], count["expected"]),
        }
    return {"ads": len(ads), "groups": table, "errors": misses[:40]}


def _find(
    truth: Mapping[str, Any],
    group: str,
    predicted: Sequence[Mapping[str, Any]],
    used: set[int],
) -> int | None:
    for index, guess in enumerate(predicted):
        if index in used or _group(guess) != group:
            continue
        overlaps = guess["start"] < truth["end"] and truth["start"] < guess["end"]
        if overlaps and guess.get("normalized") == truth.get("normalized"):
            return index
    return None


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else float("nan")


def grouping_metrics(
    truth: Sequence[str], predicted: Sequence[str]
) -> dict[str, float]:
    """Adjusted Rand index and purity of predicted campaigns vs the truth."""
    from sklearn.metrics import adjusted_rand_score

    by_cluster: dict[str, Counter[str]] = {}
    for true_label, cluster in zip(truth, predicted, strict=True):
        by_cluster.setdefault(cluster, Counter())[true_label] += 1
    purity = sum(c.most_common(1)[0][1] for c in by_cluster.values()) / len(truth)
    return {
        "ari": round(float(adjusted_rand_score(truth, predicted)), 4),
        "purity": round(purity, 4),
        "campaigns_true": len(set(truth)),
        "campaigns_found": len(by_cluster),
        "postings": len(truth),
    }


def markdown(extraction: Mapping[str, Any], grouping: Mapping[str, Any] | None) -> str:
    lines = [
        "## Entity extraction",
        "",
        f"Labelled set: `data/entities/labelled.jsonl`, {extraction['ads']} ads "
        "in ID/EN/MS/ZH/TH/VI written from templates (see data/entities/README.md)."
        " An entity counts as found when an extracted one of the same group "
        "overlaps it with the same normalised value.",
        "",
        "| group | expected | extracted | precision | recall |",
        "|---|---:|---:|---:|---:|",
    ]
    for group, row in extraction["groups"].get("all", {}).items():
        lines.append(
            f"| {group} | {row['expected']} | {row['predicted']} | "
            f"{row['precision']:.3f} | {row['recall']:.3f} |"
        )
    lines += ["", "Per language (precision / recall):", ""]
    languages = [scope for scope in extraction["groups"] if scope != "all"]
    lines.append("| language | " + " | ".join(EVALUATED_GROUPS) + " |")
    lines.append("|---|" + "---:|" * len(EVALUATED_GROUPS))
    for language in languages:
        cells = []
        for group in EVALUATED_GROUPS:
            row = extraction["groups"][language].get(group)
            cells.append(
                "—" if row is None else f"{row['precision']:.2f} / {row['recall']:.2f}"
            )
        lines.append(f"| {language} | " + " | ".join(cells) + " |")
    if grouping:
        lines += [
            "",
            "## Campaign grouping",
            "",
            f"Generated campaigns (`training.generate.campaigns`): "
            f"{grouping['postings']} postings from {grouping['campaigns_true']} "
            f"recruiters; `waspada campaigns` found {grouping['campaigns_found']}.",
            "",
            f"- adjusted Rand index: **{grouping['ari']:.3f}**",
            f"- purity: **{grouping['purity']:.3f}**",
        ]
    return "\n".join(lines) + "\n"


def summarise_errors(errors: Iterable[Mapping[str, Any]]) -> list[str]:
    return [json.dumps(error, ensure_ascii=False) for error in errors]


HOLDOUT_SET = LABELLED_SET.with_name("holdout.jsonl")


def campaign_grouping(
    detector: Any, recruiters: int = 40, employers: int = 80
) -> dict[str, Any]:
    """Score generated campaigns with ``detector`` and group them as
    `waspada campaigns` does; the figures compare with the generator's truth."""
    from model.campaigns import group_postings, signature
    from model.entities import campaign_keys
    from training.generate.campaigns import generate_campaigns

    postings = generate_campaigns(recruiters, employers, seed=23)
    texts = postings["text"].tolist()
    verdicts = detector.score(texts, explain=False, entities="all")
    keys = [sorted(campaign_keys(verdict.entities)) for verdict in verdicts]
    grouping = group_postings(keys, [signature(text) for text in texts])
    predicted = [
        f"C{label}" if label >= 0 else f"alone-{index}"
        for index, label in enumerate(grouping.labels.tolist())
    ]
    return grouping_metrics(postings["poster"].tolist(), predicted)


def entity_report(detector: Any) -> dict[str, Any]:
    """The evaluation report's entity section: held-out extraction, grouping."""
    extractor = detector.entity_extractor
    return {
        "extraction_holdout": extraction_metrics(load_labelled(HOLDOUT_SET), extractor),
        "extraction_development": extraction_metrics(
            load_labelled(LABELLED_SET), extractor
        ),
        "campaigns": campaign_grouping(detector),
    }


def entity_markdown(section: Mapping[str, Any]) -> list[str]:
    text = markdown(section["extraction_holdout"], section["campaigns"])
    text = text.replace(
        "`data/entities/labelled.jsonl`",
        "`data/entities/holdout.jsonl` (other templates and seed than the "
        "development set; see data/entities/README.md for what its first run "
        "found and what was fixed after it)",
    )
    dev = section["extraction_development"]["groups"].get("all", {})
    dev_line = ", ".join(
        f"{group} {row['precision']:.2f}/{row['recall']:.2f}"
        for group, row in dev.items()
    )
    return [
        *text.splitlines(),
        "",
        f"Development set (`data/entities/labelled.jsonl`, used while building "
        f"the extractor; precision/recall): {dev_line}.",
        "",
    ]
