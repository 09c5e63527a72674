"""Generated recruitment campaigns with ground truth, for `waspada campaigns`.

A campaign is one recruiter posting many variants of an ad across
platforms over weeks: the same template with small edits (pay, emoji,
a dropped sentence, the platform's header), the same contacts written in
different ways ("0812-3456-7890", "+62 812 3456 7890", "wa.me/62812..."),
sometimes a fresh text with the old contact, sometimes the old text with no
contact at all. Legitimate employers post a few times each with their own
numbers. The ``poster`` column is the truth a grouping is scored against.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from training.generate.ads import generate_ads
from training.generate.entities import MOBILE_FORMATS, _grouped, _valid_mobile

PLATFORMS = ("facebook", "telegram", "tiktok", "instagram", "jobstreet", "x")
HEADERS = {
    "facebook": ("📢 INFO LOKER 📢", "Dibagikan ulang:", "#loker #kerja"),
    "telegram": ("Forwarded from Info Kerja", "🔥🔥🔥", ""),
    "tiktok": ("link di bio ⬇️", "#fyp #lokerkamboja", ""),
    "instagram": ("Swipe ➡️", "#lowongankerja", ""),
    "jobstreet": ("", "", ""),
    "x": ("RT pls", "", ""),
}
REGIONS = ("ID", "ID", "ID", "MY", "PH", "TH", "VN")


def _phone_forms(rng: random.Random, region: str) -> list[str]:
    """One number written the ways ads write it."""
    national, e164 = _valid_mobile(rng, region)
    groups = MOBILE_FORMATS[region][3]
    return [
        national,
        _grouped(national, groups, "-"),
        _grouped(national, groups, " "),
        e164,
        f"wa.me/{e164[1:]}",
    ]


def _variant(text: str, rng: random.Random, platform: str) -> str:
    sentences = [part for part in text.replace("\n", ". ").split(". ") if part]
    if len(sentences) > 3 and rng.random() < 0.5:
        sentences.pop(rng.randrange(1, len(sentences)))
    body = ". ".join(sentences)
    if rng.random() < 0.4:
        body = body.replace("gaji", "GAJI").replace("salary", "Salary")
    if rng.random() < 0.4:
        body = rng.choice(["✈️ ", "💰 ", "🔥 ", "‼️ "]) + body
    header = rng.choice(HEADERS[platform])
    return f"{header}\n{body}".strip() if header else body


def generate_campaigns(
    recruiters: int = 40,
    employers: int = 80,
    *,
    seed: int = 11,
    start: date = date(2025, 1, 6),
) -> pd.DataFrame:
    """Postings with columns id, text, date, platform, poster, kind."""
    rng = random.Random(seed)
    scams = generate_ads(recruiters * 3, seed=seed, positive_share=1.0)
    legit = generate_ads(employers, seed=seed + 1, positive_share=0.0)
    rows: list[dict[str, object]] = []
    for index in range(recruiters):
        poster = f"recruiter-{index:03d}"
        region = rng.choice(REGIONS)
        phones = [_phone_forms(rng, region) for _ in range(rng.choice((1, 1, 2)))]
        stem = rng.choice(["hr", "cs", "rekrut", "job"])
        handle = f"@{stem}_{index}{rng.randrange(100, 999)}"
        template = str(scams.loc[index * 3, "text"])
        fresh = [str(scams.loc[index * 3 + k, "text"]) for k in (1, 2)]
        first_day = start + timedelta(days=rng.randrange(0, 120))
        for post in range(rng.randrange(2, 25)):
            platform = rng.choice(PLATFORMS)
            roll = rng.random()
            if roll < 0.15:
                text = _variant(rng.choice(fresh), rng, platform)
            else:
                text = _variant(template, rng, platform)
            contact = []
            if roll >= 0.15 and roll < 0.3:
                pass  # the old text, no contact: only the text links it
            else:
                contact.append("WA " + rng.choice(rng.choice(phones)))
                if rng.random() < 0.5:
                    contact.append("Telegram " + handle)
            rows.append(
                {
                    "id": f"{poster}-{post:02d}",
                    "text": (text + "\n" + " / ".join(contact)).strip(),
                    "date": (
                        first_day + timedelta(days=rng.randrange(0, 60))
                    ).isoformat(),
                    "platform": platform,
                    "poster": poster,
                    "kind": "scam",
                }
            )
    for index in range(employers):
        poster = f"employer-{index:03d}"
        region = rng.choice(REGIONS)
        phone = rng.choice(_phone_forms(rng, region)[:4])
        text = str(legit.loc[index, "text"])
        for post in range(rng.choice((1, 1, 1, 2, 3))):
            rows.append(
                {
                    "id": f"{poster}-{post:02d}",
                    "text": f"{text}\nTelp {phone}",
                    "date": (start + timedelta(days=rng.randrange(0, 180))).isoformat(),
                    "platform": "jobstreet",
                    "poster": poster,
                    "kind": "legit",
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
