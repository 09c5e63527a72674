"""A labelled set for entity extraction: ads whose contacts and places are known.

Hand-written templates in six languages (ID, EN, MS, ZH, TH, VI) are filled
with phone numbers in the formats recruiters use (national, international,
dashed, spaced digit by digit, masked "0812-xxxx-xxxx", inside wa.me links,
written as "wa dot me"), Telegram/LINE/WeChat/Zalo handles and ids, links,
short links, e-mails and destinations from the gazetteer, plus numbers that
are NOT contacts (salaries, dates, hours, job ids, prices). Each ad records
the exact span and normalised value of every entity it holds, so precision
and recall can be measured without a person labelling spans by hand.

The phone numbers are random and checked valid with ``phonenumbers``: they
belong to nobody we know of. ``write_labelled_set`` writes the committed
file ``data/entities/labelled.jsonl``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# (region, country code, national trunk prefix, mobile number pattern with
# "#" for a random digit, how ads group the digits)
MOBILE_FORMATS: dict[str, tuple[str, str, str, tuple[int, ...]]] = {
    "ID": ("62", "0", "81########", (4, 4, 4)),
    "MY": ("60", "0", "1########", (3, 3, 4)),
    "TH": ("66", "0", "8########", (3, 3, 4)),
    "VN": ("84", "0", "9########", (4, 3, 3)),
    "KH": ("855", "0", "1########", (3, 3, 4)),
    "PH": ("63", "0", "9#########", (4, 3, 4)),
    "CN": ("86", "", "13#########", (3, 4, 4)),
}


@dataclass
class Piece:
    """A slot's text and, if it is an entity, its type and normalised value."""

    text: str
    type: str | None = None
    normalized: str | None = None


@dataclass
class LabelledAd:
    id: str
    language: str
    text: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)

    def add(self, piece: Piece | str) -> None:
        if isinstance(piece, str):
            self.text += piece
            return
        start = len(self.text)
        self.text += piece.text
        if piece.type is not None:
            self.entities.append(
                {
                    "type": piece.type,
                    "start": start,
                    "end": len(self.text),
                    "text": piece.text,
                    "normalized": piece.normalized,
                }
            )


def _valid_mobile(rng: random.Random, region: str) -> tuple[str, str]:
    """(national digits incl. trunk prefix, E.164) of a valid random mobile."""
    import phonenumbers

    code, trunk, pattern, _ = MOBILE_FORMATS[region]
    while True:
        significant = "".join(
            str(rng.randrange(10)) if char == "#" else char for char in pattern
        )
        number = phonenumbers.parse("+" + code + significant)
        if phonenumbers.is_valid_number(number):
            return trunk + significant, "+" + code + significant


def _grouped(digits: str, groups: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in groups[:-1]:
        out.append(digits[at : at + size])
        at += size
    out.append(digits[at:])
    return sep.join(part for part in out if part)


def phone_piece(rng: random.Random, region: str, app: str | None) -> Piece:
    national, e164 = _valid_mobile(rng, region)
    code = MOBILE_FORMATS[region][0]
    groups = MOBILE_FORMATS[region][3]
    kind = app or "phone"
    style = rng.choice(
        ["plain", "dashed", "spaced", "intl", "intl_spaced", "digits", "masked"]
    )
    if style == "plain":
        return Piece(national, kind, e164)
    if style == "dashed":
        return Piece(_grouped(national, groups, "-"), kind, e164)
    if style == "spaced":
        return Piece(_grouped(national, groups, " "), kind, e164)
    if style == "intl":
        return Piece("+" + code + national.lstrip("0"), kind, e164)
    if style == "intl_spaced":
        rest = national[1:] if national.startswith("0") else national
        return Piece(f"+{code} " + _grouped(rest, (3, 4, 4), " "), kind, e164)
    if style == "digits":
        return Piece(" ".join(national), kind, e164)
    return Piece(national[:4] + "-xxxx-xxxx", kind, None)


def _handle(rng: random.Random) -> str:
    stems = ["hr", "rekrut", "loker", "kefu", "admin", "job", "cs", "team"]
    tails = ["asia", "kh", "mm", "official", "center", "vip", "global", "bos"]
    return (
        f"{rng.choice(stems)}_{rng.choice(tails)}{rng.randrange(10, 999)}"
        if rng.random() < 0.7
        else f"{rng.choice(stems)}{rng.choice(tails)}{rng.randrange(1, 99)}"
    )


def contact_piece(rng: random.Random, region: str) -> list[Piece | str]:
    """A contact line: app name, separator, then the entity."""
    kind = rng.choice(
        [
            "wa_phone",
            "wa_link",
            "wa_dot",
            "tg_at",
            "tg_link",
            "tg_colon",
            "line",
            "wechat",
            "zalo",
            "email",
            "short",
            "url",
            "phone",
        ]
    )
    if kind == "wa_phone":
        return [rng.choice(["WA ", "WhatsApp: ", "wa: ", "Hubungi WA "]),
                phone_piece(rng, region, "whatsapp")]  # fmt: skip
    if kind in ("wa_link", "wa_dot"):
        _, e164 = _valid_mobile(rng, region)
        host = (
            "wa.me/"
            if kind == "wa_link"
            else rng.choice(["wa dot me/", "wa[.]me/", "wa . me/"])
        )
        return [Piece(host + e164[1:], "whatsapp", e164)]
    if kind == "tg_at":
        handle = _handle(rng)
        return [rng.choice(["Telegram ", "TG: ", "telegram: "]),
                Piece("@" + handle, "telegram", "@" + handle.lower())]  # fmt: skip
    if kind == "tg_link":
        handle = _handle(rng)
        scheme = rng.choice(["", "https://"])
        return [Piece(f"{scheme}t.me/{handle}", "telegram", "@" + handle.lower())]
    if kind == "tg_colon":
        handle = _handle(rng)
        return ["Telegram: ", Piece(handle, "telegram", "@" + handle.lower())]
    if kind == "line":
        handle = _handle(rng)
        return [rng.choice(["Line ID: ", "LINE: ", "ไลน์ ID: "]),
                Piece(handle, "line", handle.lower())]  # fmt: skip
    if kind == "wechat":
        handle = _handle(rng)
        return [rng.choice(["微信：", "WeChat: ", "vx: "]),
                Piece(handle, "wechat", handle.lower())]  # fmt: skip
    if kind == "zalo":
        return ["Zalo: ", phone_piece(rng, "VN", "zalo")]
    if kind == "email":
        domain = rng.choice(["gmail.com", "yahoo.com", "hr-asia.com"])
        address = f"{_handle(rng).replace('_', '.')}@{domain}"
        return ["Email: ", Piece(address, "email", address.lower())]
    if kind == "short":
        slug = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
        host = rng.choice(["bit.ly", "s.id", "cutt.ly", "tinyurl.com"])
        return ["Daftar: ", Piece(f"{host}/{slug}", "short_link", f"{host}/{slug}")]
    if kind == "url":
        path = rng.choice(["karir", "jobs/apply", "lowongan/2025"])
        site = rng.choice(["asia-recruit.com", "kerja-luar.net", "globaljob.asia"])
        return [Piece(f"https://www.{site}/{path}", "url", f"{site}/{path}")]
    return [rng.choice(["Telp ", "HP: ", "Call ", "โทร ", "电话 "]),
            phone_piece(rng, region, None)]  # fmt: skip


# Numbers that are not contacts: precision must survive them.
DISTRACTORS: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"Gaji Rp {r.randrange(4, 30)}.{r.randrange(100, 999)}.000/bulan",
    lambda r: f"Job ID {r.randrange(10_000_000, 99_999_999)}",
    lambda r: f"Jam kerja 08:00-17:00, {r.randrange(1, 28)}/{r.randrange(1, 12)}/2025",
    lambda r: f"Salary USD {r.randrange(8, 30)}00 per month",
    lambda r: f"Ref no. {r.randrange(100_000, 999_999)}-{r.randrange(10, 99)}",
    lambda r: f"月薪{r.randrange(8, 30)}000元",
    lambda r: f"เงินเดือน {r.randrange(15, 60)},000 บาท",
    lambda r: f"Lương {r.randrange(10, 40)} triệu",
    lambda r: f"Harga {r.randrange(100, 999)}.000 (2024-2025)",
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "id": (
        "Lowongan CS untuk kantor di {place}. {noise}. Tanpa pengalaman, tiket "
        "ditanggung. {contact}. Info lanjut {contact2}",
        "DIBUTUHKAN admin online penempatan {place}!! {noise} Minat hubungi "
        "{contact} atau {contact2}",
        "Loker marketing {place}, mess + makan gratis. {noise}. {contact}",
        "PT Sinar Abadi membuka lowongan staf gudang. {noise}. Kirim CV: {contact}",
    ),
    "en": (
        "Customer service wanted in {place}. {noise}. Free flight and visa. "
        "Contact {contact} or {contact2}",
        "Hiring typists for our {place} office! No experience. {noise}. {contact}",
        "Warehouse assistant, full time. {noise}. Apply: {contact}",
    ),
    "ms": (
        "Jawatan kosong khidmat pelanggan di {place}. {noise}. Hubungi {contact}",
        "Kerja kosong admin, gaji lumayan, tempat kerja {place}. {noise}. "
        "{contact} / {contact2}",
    ),
    "zh": (
        "高薪招聘客服，工作地点{place}，{noise}，包吃住包机票。联系{contact}",
        "{place}急招打字员，无需经验。{noise}。{contact}，{contact2}",
    ),
    "th": (
        "รับสมัครแอดมิน ทำงานที่{place} {noise} ไม่ต้องมีประสบการณ์ ติดต่อ {contact}",
        "งานด่วน {place} {noise} สนใจ {contact} หรือ {contact2}",
    ),
    "vi": (
        "Tuyển nhân viên CSKH làm việc tại {place}. {noise}. Liên hệ {contact}",
        "Việc nhẹ lương cao ở {place}, bao vé máy bay. {noise}. {contact}",
    ),
}
# Written after the extractor was fixed against TEMPLATES, and never used to
# change it: the figures in the evaluation report come from these.
HOLDOUT_TEMPLATES: dict[str, tuple[str, ...]] = {
    "id": (
        "Info loker luar negeri ({place}) — {noise}. Yg minat langsung chat "
        "{contact} ya kak, slot terbatas! Backup: {contact2}",
        "Open recruitment operator chat, lokasi kerja {place}. Syarat cuma bisa "
        "ngetik. {noise}. DM / {contact}",
    ),
    "en": (
        "URGENT!!! {place} based company needs chat support agents. {noise}. "
        "Interested? Message {contact} now. Alt: {contact2}",
        "We are a licensed staffing firm. Role: data entry, {place}. {noise}. "
        "Reach our recruiter at {contact}",
    ),
    "ms": (
        "Peluang kerja di {place}!! {noise}. Berminat PM {contact} atau "
        "{contact2} segera",
    ),
    "zh": ("【急聘】{place}网络客服，{noise}，包住宿。有意者加{contact}详聊",),
    "th": ("ด่วน!! รับคนทำงานออนไลน์ ประจำ{place} {noise} ทักมาที่ {contact}",),
    "vi": (
        "Cần gấp nhân viên trực page tại {place}, {noise}. Ib {contact} hoặc "
        "{contact2}",
    ),
}
LANGUAGE_REGIONS = {"id": "ID", "en": "PH", "ms": "MY", "zh": "CN", "th": "TH",
                    "vi": "VN"}  # fmt: skip
PLACES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "id": (("Kamboja", "KH:Cambodia"), ("Phnom Penh", "KH:Phnom Penh"),
           ("Myawaddy", "MM:Myawaddy"), ("Sihanoukville", "KH:Sihanoukville")),
    "en": (("Sihanoukville", "KH:Sihanoukville"), ("Poipet", "KH:Poipet"),
           ("the Golden Triangle", "LA:Golden Triangle SEZ"), ("Bavet", "KH:Bavet")),
    "ms": (("Kemboja", "KH:Cambodia"), ("Phnom Penh", "KH:Phnom Penh")),
    "zh": (("柬埔寨西港", None), ("妙瓦底", "MM:Myawaddy"),
           ("金三角", "LA:Golden Triangle SEZ")),
    "th": (("กัมพูชา", "KH:Cambodia"), ("ปอยเปต", "KH:Poipet")),
    "vi": (("Campuchia", "KH:Cambodia"), ("Phnom Penh", "KH:Phnom Penh")),
}  # fmt: skip


def _place_pieces(name: str, normalized: str | None) -> list[Piece | str]:
    if name == "柬埔寨西港":
        return [Piece("柬埔寨", "destination", "KH:Cambodia"),
                Piece("西港", "destination", "KH:Sihanoukville")]  # fmt: skip
    if name == "the Golden Triangle":
        return ["the ", Piece("Golden Triangle", "destination", normalized)]
    return [Piece(name, "destination", normalized)]


def labelled_ads(
    n_per_language: int = 30, seed: int = 7, *, holdout: bool = False
) -> list[LabelledAd]:
    rng = random.Random(seed)
    ads: list[LabelledAd] = []
    chosen = HOLDOUT_TEMPLATES if holdout else TEMPLATES
    prefix = "holdout-" if holdout else ""
    for language, templates in chosen.items():
        region = LANGUAGE_REGIONS[language]
        for index in range(n_per_language):
            template = templates[index % len(templates)]
            ad = LabelledAd(f"{prefix}{language}-{index:03d}", language)
            place = rng.choice(PLACES[language])
            for literal, slot in _split(template):
                ad.add(literal)
                if slot == "place":
                    for piece in _place_pieces(*place):
                        ad.add(piece)
                elif slot in ("contact", "contact2"):
                    for piece in contact_piece(rng, region):
                        ad.add(piece)
                elif slot == "noise":
                    ad.add(rng.choice(DISTRACTORS)(rng))
            ads.append(ad)
    return ads


def _split(template: str) -> list[tuple[str, str | None]]:
    """("literal", "slot") pairs of a "{slot}" template."""
    out: list[tuple[str, str | None]] = []
    rest = template
    while "{" in rest:
        before, _, after = rest.partition("{")
        slot, _, rest = after.partition("}")
        out.append((before, slot))
    out.append((rest, None))
    return out


def write_labelled_set(
    path: Path, n_per_language: int = 30, seed: int = 7, *, holdout: bool = False
) -> int:
    ads = labelled_ads(n_per_language, seed, holdout=holdout)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for ad in ads:
            record = {"id": ad.id, "language": ad.language, "text": ad.text,
                      "entities": ad.entities}  # fmt: skip
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(ads)
