"""What the blind slice generators (``slices_v3``, ``slices_v4``) share: the
text clean-up and the JSON Lines rows every slice file is written as."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence


def unique_texts(texts: Iterable[str]) -> list[str]:
    """Stripped texts in order, exact duplicates and empty texts dropped."""
    seen: set[str] = set()
    kept: list[str] = []
    for raw in texts:
        text = raw.strip()
        if text and text not in seen:
            seen.add(text)
            kept.append(text)
    return kept


def rows_by_language(
    ads: Mapping[str, Iterable[str]], languages: Sequence[str]
) -> list[tuple[str, str]]:
    """(lang, text) of ``ads`` in ``languages`` order, no text twice."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for lang in languages:
        for text in unique_texts(ads[lang]):
            if text not in seen:
                seen.add(text)
                rows.append((lang, text))
    return rows


def slice_jsonl(
    slice_name: str, kind: str, label: int, rows: Sequence[tuple[str, str]]
) -> str:
    """One slice file: a row per (lang, text), ids numbered in order."""
    lines = []
    for number, (lang, text) in enumerate(rows):
        record = {
            "id": f"{slice_name}-{number:04d}",
            "slice": slice_name,
            "kind": kind,
            "lang": lang,
            "label": label,
            "text": text,
        }
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)
