"""The verdict as plain text a person can read aloud or paste into a chat."""

from __future__ import annotations

from typing import Any

from model.verdict import Verdict

_RISK_WORDS = {
    "en": {"high": "HIGH RISK", "medium": "MEDIUM RISK", "low": "LOW RISK"},
    "id": {"high": "RISIKO TINGGI", "medium": "RISIKO SEDANG", "low": "RISIKO RENDAH"},
}
_LABELS = {
    "en": {
        "verdict": "Verdict",
        "score": "score",
        "flags": "Red flags",
        "none": "No red-flag rule fired.",
        "words": "Words the model weighed most",
        "evidence": "found",
        "model": "model",
        "contacts": "Contacts",
        "places": "Destination",
        "pay": "Pay offered",
        "organizations": "Organisation",
        "caution": "A low score is not a guarantee: check the employer through "
        "official channels before paying anything or travelling.",
    },
    "id": {
        "verdict": "Hasil",
        "score": "skor",
        "flags": "Tanda bahaya",
        "none": "Tidak ada aturan tanda bahaya yang cocok.",
        "words": "Kata yang paling berpengaruh",
        "evidence": "ditemukan",
        "model": "model",
        "contacts": "Kontak",
        "places": "Tujuan",
        "pay": "Gaji yang ditawarkan",
        "organizations": "Organisasi",
        "caution": "Skor rendah bukan jaminan: periksa pemberi kerja lewat jalur "
        "resmi sebelum membayar apa pun atau berangkat.",
    },
}


def format_verdict(verdict: Verdict, detector: Any = None, *, lang: str = "en") -> str:
    words = _LABELS.get(lang, _LABELS["en"])
    risk = _RISK_WORDS.get(lang, _RISK_WORDS["en"])[verdict.risk]
    lines = [
        f"{words['verdict']}: {risk} ({words['score']} {verdict.score:.2f}, "
        f"{words['model']} {verdict.model_version}, language {verdict.language})",
    ]
    if verdict.document_type is not None:
        lines.append(
            f"Document type: {verdict.document_type} "
            f"(p={verdict.document_type_probability or 0:.2f})"
        )
    lines.extend(f"NOTE: {notice.message}" for notice in verdict.notices)
    lines.extend(["", f"{words['flags']}:"])
    if not verdict.flags:
        lines.append(f"  {words['none']}")
    for flag in verdict.flags:
        quotes = ", ".join(f'"{e.text}"' for e in flag.evidence[:3])
        lines.append(f"  - {flag.title} [{flag.rule_id}]")
        lines.append(f"    {flag.message}")
        if quotes:
            lines.append(f"    {words['evidence']}: {quotes}")
    if verdict.highlights:
        lines.append("")
        lines.append(
            f"{words['words']}: "
            + ", ".join(f'"{h.text}"' for h in verdict.highlights[:8])
        )
    lines.extend(_entity_lines(verdict, words))
    lines.extend(["", words["caution"]])
    return "\n".join(lines)


def entity_groups(verdict: Verdict) -> dict[str, list[str]]:
    """Entities grouped as a person reads them: contacts, places, pay, orgs."""
    groups: dict[str, list[str]] = {
        "contacts": [],
        "places": [],
        "pay": [],
        "organizations": [],
    }
    for entity in verdict.entities:
        if entity.type == "destination":
            group = "places"
        elif entity.type == "money":
            group = "pay"
        elif entity.type == "organization":
            group = "organizations"
        else:
            group = "contacts"
        shown = entity.text
        if entity.normalized and entity.normalized != entity.text:
            shown += f" ({entity.type}: {entity.normalized})"
        elif group == "contacts":
            shown += f" ({entity.type})"
        if shown not in groups[group]:
            groups[group].append(shown)
    return groups


def _entity_lines(verdict: Verdict, words: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for group, shown in entity_groups(verdict).items():
        if shown:
            lines.append(f"{words[group]}: " + "; ".join(shown))
    return ["", *lines] if lines else []
