"""Synthetic target-domain job ads: scam-compound fronts and hard negatives.

No public labelled set of scam-compound recruitment ads exists, so Waspada
writes its own. Each ad is drawn from a *scenario* (``subtype``): six kinds
of recruitment front (label 1) and six kinds of legitimate ad that share
their vocabulary (label 0): honest jobs in Cambodia, official placement
schemes, ordinary customer-service jobs, remote data entry, and warnings
about the scams themselves. Scenarios pick indicator phrases (see
data/indicators.md) with probabilities, so no single phrase decides the
label; surface style (emoji, casing, abbreviations, typos, layout) is drawn
independently of the label.

Ad ``i`` of seed ``s`` depends only on ``(s, i)``: generating more ads never
changes the earlier ones, which keeps experiments comparable across sizes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from model.ad import AD_FIELDS, join_fields
from training.corpus.schema import COLUMNS as CORPUS_COLUMNS
from training.generate import (
    engine,
    phrases_en,
    phrases_id,
    phrases_ms,
    phrases_other,
    vocab,
)

# The corpus schema plus the scenario that produced each ad.
COLUMNS: tuple[str, ...] = (*CORPUS_COLUMNS, "subtype")

# Relative weights of languages when requested; the other languages have few
# templates, so they get a small share to keep their sentences from
# dominating the repetition statistics.
LANG_WEIGHTS: dict[str, float] = {
    "id": 4.0,
    "en": 3.0,
    "ms": 2.0,
    "zh": 1.2,
    "th": 1.2,
    "vi": 1.2,
    "km": 1.0,
    "tl": 1.2,
}
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(LANG_WEIGHTS)

PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "id": phrases_id.PHRASES,
    "en": phrases_en.PHRASES,
    "ms": phrases_ms.PHRASES,
}

# Shares of scenarios within each label (documented in data/synthetic/README.md).
POSITIVE_SHARES: dict[str, float] = {
    "compound_cs": 0.30,
    "compound_typist": 0.14,
    "gambling_operator": 0.17,
    "crypto_marketing": 0.15,
    "task_scam": 0.13,
    "agent_fee": 0.11,
}
NEGATIVE_SHARES: dict[str, float] = {
    "local_cs": 0.24,
    "cambodia_legit": 0.20,
    "awareness": 0.16,
    "remote_data_entry": 0.16,
    "gov_placement": 0.13,
    "p3mi_licensed": 0.11,
}
SUBTYPES: dict[str, int] = {
    **{name: 1 for name in POSITIVE_SHARES},
    **{name: 0 for name in NEGATIVE_SHARES},
}


@dataclass(frozen=True)
class Part:
    """Draw ``k`` phrases of pool ``key`` into ``section`` with probability p."""

    key: str
    section: str  # desc | desc_end | req | benefit
    p: float = 1.0
    k: tuple[int, int] = (1, 1)


@dataclass(frozen=True)
class Recipe:
    title: str
    roles: str
    place: str  # scam | task | office | kh | gov | p3mi
    salary: str  # scam | local | kh | gov | p3mi | remote | none
    parts: tuple[Part, ...]
    # Channel weights for the contact line; both labels use every channel.
    contact: dict[str, float] = field(default_factory=dict)
    unstructured: float = 0.4
    company: str = "scam"  # scam | named | none


def _scam_parts(*extra: Part) -> tuple[Part, ...]:
    """Indicator draws shared by the compound-front scenarios."""
    return (
        Part("p.intro", "desc"),
        *extra,
        Part("p.salary", "desc", 0.6),
        Part("p.noexp", "desc", 0.5),
        Part("p.travel", "desc", 0.6, (1, 2)),
        Part("p.visa", "desc", 0.3),
        Part("p.passport", "desc", 0.15),
        Part("p.immigration", "desc", 0.12),
        Part("p.urgent", "desc", 0.5, (1, 2)),
        Part("p.vague", "desc", 0.35),
        Part("p.transit", "desc", 0.12),
        Part("p.workload", "desc", 0.35),
        Part("p.fee", "desc", 0.12),
        Part("p.contact_only", "desc_end", 0.25),
        Part("s.req", "req", 0.8, (2, 4)),
        Part("p.req", "req", 0.7, (1, 2)),
        Part("p.benefit", "benefit", 0.75, (2, 4)),
        Part("s.benefit", "benefit", 0.3, (1, 2)),
    )


_SCAM_CONTACT = {"tg": 5, "wa": 4, "dm": 1.5, "link": 1.5, "email": 0.4}
_LEGIT_CONTACT = {"email": 4, "wa": 3, "tg": 3, "link": 1, "dm": 0.5}

RECIPES: dict[str, Recipe] = {
    "compound_cs": Recipe(
        "p.title", "scam_cs", "scam", "scam", _scam_parts(), _SCAM_CONTACT
    ),
    "compound_typist": Recipe(
        "p.title",
        "typist",
        "scam",
        "scam",
        _scam_parts(Part("p.typing", "desc", 1.0, (1, 2))),
        _SCAM_CONTACT,
    ),
    "gambling_operator": Recipe(
        "p.title",
        "gambling",
        "scam",
        "scam",
        _scam_parts(Part("p.gambling", "desc", 1.0, (1, 2))),
        _SCAM_CONTACT,
    ),
    "crypto_marketing": Recipe(
        "p.title",
        "crypto",
        "scam",
        "scam",
        _scam_parts(Part("p.crypto", "desc", 1.0, (1, 2))),
        _SCAM_CONTACT,
    ),
    "task_scam": Recipe(
        "p.task_title",
        "task",
        "task",
        "none",
        (
            Part("p.task", "desc", 1.0, (2, 4)),
            Part("p.noexp", "desc", 0.4),
            Part("p.urgent", "desc", 0.3),
            Part("p.contact_only", "desc_end", 0.3),
            Part("s.req", "req", 0.3, (1, 3)),
        ),
        {"tg": 5, "wa": 4, "link": 2, "dm": 1},
        unstructured=0.75,
        company="none",
    ),
    "agent_fee": Recipe(
        "p.title",
        "scam_cs",
        "scam",
        "scam",
        (
            Part("p.agent", "desc", 1.0, (1, 2)),
            Part("p.intro", "desc", 0.4),
            Part("p.salary", "desc", 0.6),
            Part("p.fee", "desc", 0.9),
            Part("p.immigration", "desc", 0.45),
            Part("p.visa", "desc", 0.5),
            Part("p.passport", "desc", 0.35),
            Part("p.transit", "desc", 0.4),
            Part("p.travel", "desc", 0.35),
            Part("p.urgent", "desc", 0.5),
            Part("s.req", "req", 0.5, (1, 3)),
            Part("p.req", "req", 0.5, (1, 2)),
            Part("p.benefit", "benefit", 0.4, (1, 3)),
        ),
        {"wa": 5, "tg": 4, "dm": 2},
        unstructured=0.6,
        company="none",
    ),
    "local_cs": Recipe(
        "nl.title",
        "local",
        "office",
        "local",
        (
            Part("nl.intro", "desc"),
            Part("nl.job", "desc", 0.8, (1, 2)),
            Part("nl.salary", "desc", 0.7),
            Part("nl.hours", "desc", 0.6),
            Part("nofee", "desc", 0.35),
            Part("nl.apply", "desc_end", 0.9),
            Part("s.req", "req", 0.85, (2, 4)),
            Part("nl.req", "req", 0.7, (1, 2)),
            Part("nl.benefit", "benefit", 0.8, (2, 4)),
            Part("s.benefit", "benefit", 0.4, (1, 2)),
        ),
        _LEGIT_CONTACT,
        company="named",
    ),
    "cambodia_legit": Recipe(
        "nk.title",
        "kh",
        "kh",
        "kh",
        (
            Part("nk.intro", "desc"),
            Part("nk.legal", "desc", 0.75, (1, 2)),
            Part("nk.salary", "desc", 0.7),
            Part("nofee", "desc", 0.3),
            Part("nk.apply", "desc_end", 0.9),
            Part("s.req", "req", 0.5, (1, 3)),
            Part("nk.req", "req", 0.8, (1, 3)),
            Part("nk.benefit", "benefit", 0.7, (2, 3)),
            Part("s.benefit", "benefit", 0.3),
        ),
        {"tg": 6, "email": 4, "wa": 2, "link": 0.5},
        company="kh",
    ),
    "gov_placement": Recipe(
        "ng.title",
        "local",
        "gov",
        "gov",
        (
            Part("ng.intro", "desc"),
            Part("ng.procedure", "desc", 0.9, (1, 2)),
            Part("ng.salary", "desc", 0.6),
            Part("ng.fee", "desc", 0.8, (1, 2)),
            Part("ng.info", "desc_end", 0.8),
            Part("ng.req", "req", 0.7, (2, 3)),
            Part("ng.benefit", "benefit", 0.4, (1, 2)),
        ),
        {"link": 2, "wa": 1, "email": 1, "dm": 1},
        unstructured=0.55,
        company="none",
    ),
    "p3mi_licensed": Recipe(
        "na.title",
        "local",
        "p3mi",
        "p3mi",
        (
            Part("na.intro", "desc"),
            Part("na.proc", "desc", 0.9, (1, 2)),
            Part("na.salary", "desc", 0.7),
            Part("na.fee", "desc", 0.7),
            Part("nofee", "desc", 0.3),
            Part("na.req", "req", 0.6, (2, 3)),
            Part("s.req", "req", 0.4, (1, 2)),
            Part("na.benefit", "benefit", 0.6, (2, 3)),
        ),
        {"wa": 4, "email": 2, "tg": 1, "link": 1},
        company="named",
    ),
    "remote_data_entry": Recipe(
        "nr.title",
        "remote",
        "office",
        "remote",
        (
            Part("nr.intro", "desc"),
            Part("nr.job", "desc", 0.8),
            Part("nr.pay", "desc", 0.8, (1, 2)),
            Part("nofee", "desc", 0.6),
            Part("nr.apply", "desc_end", 0.9),
            Part("nr.req", "req", 0.8, (1, 3)),
            Part("s.req", "req", 0.4, (1, 2)),
            Part("nr.benefit", "benefit", 0.5, (1, 2)),
            Part("s.benefit", "benefit", 0.3),
        ),
        {"email": 4, "tg": 3, "wa": 2, "link": 1.5},
        company="named",
    ),
    "awareness": Recipe(
        "nw.head",
        "local",
        "scam",
        "scam",
        (Part("nw.body", "desc", 1.0, (3, 6)),),
        {},
        unstructured=1.0,
        company="none",
    ),
}

# Transit hubs reported on the routes into each destination country.
_HUBS: dict[str, tuple[str, ...]] = {
    "KH": ("Bangkok", "Kuala Lumpur", "Ho Chi Minh City", "Batam", "Phnom Penh"),
    "MM": ("Bangkok", "Mae Sot", "Bangkok"),
    "LA": ("Chiang Rai", "Bangkok", "Vientiane"),
    "TH": ("Bangkok", "Bangkok"),
    "PH": ("Kuala Lumpur", "Manila", "Batam"),
}
_MONTHS: dict[str, tuple[str, ...]] = {
    "id": ("Jan", "Feb", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "Sept", "Okt", "Nov", "Des"),
    "ms": ("Jan", "Feb", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "Sept",
           "Okt", "Nov", "Dis"),
    "en": ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept",
           "Oct", "Nov", "Dec"),
}  # fmt: skip
_GOV: dict[str, dict[str, tuple[str, ...]]] = {
    "KR": {
        "test": ("EPS-TOPIK", "ujian EPS-TOPIK", "tes bahasa Korea (EPS-TOPIK)"),
        "visa": ("visa kerja E-9", "visa E-9"),
        "visa_en": ("an E-9 work visa", "the E-9 visa"),
    },
    "JP": {
        "test": (
            "JFT-Basic",
            "tes SSW (Tokutei Ginou)",
            "JLPT N4 dan tes keterampilan",
        ),
        "visa": ("visa Specified Skilled Worker (SSW)", "visa kerja Tokutei Ginou"),
        "visa_en": ("a Specified Skilled Worker visa", "an SSW work visa"),
    },
}
_GOV_AGENCY: dict[str, tuple[str, ...]] = {
    "id": ("BP2MI", "BP2MI", "Kemnaker"),
    "en": ("BP2MI", "the Department of Migrant Workers (DMW)", "the labour ministry"),
    "ms": ("PERKESO", "Jabatan Tenaga Kerja"),
}


def _slots(rng: random.Random, lang: str, recipe: Recipe) -> dict[str, str]:
    """Every entity an ad's templates may name, drawn once per ad."""
    slots: dict[str, str] = {}
    ph = PHRASES[lang]
    slots["role"] = rng.choice(vocab.ROLES[lang][recipe.roles])
    slots["n"] = str(rng.randint(2, 12))
    lo = rng.randint(18, 23)
    slots["age"] = f"{lo}-{rng.choice([30, 32, 35, 35, 38, 40])}"
    slots["hours"] = str(rng.randint(10, 15))
    slots["year"] = str(rng.choice([2023, 2024, 2025]))
    months = _MONTHS[lang]
    slots["date"] = f"{rng.randint(1, 28)} {rng.choice(months)}"
    slots["days"] = engine.expand(rng.choice(ph["w.days"]), rng, slots)
    slots["sector"] = rng.choice(ph["w.sector"])
    _place_slots(rng, lang, recipe, slots)
    gov, p3mi = _placement_slots(rng, lang, slots)
    company, org = _company_slots(rng, lang, recipe, slots)
    _contact_slots(rng, lang, recipe, slots, company, org)
    _money_slots(rng, lang, recipe, slots, gov if recipe.place == "gov" else p3mi)
    return slots


def _place_slots(
    rng: random.Random, lang: str, recipe: Recipe, slots: dict[str, str]
) -> None:
    """Where the job is: city, country, hub and addresses."""
    code = "KH"
    if recipe.place in ("scam", "task"):
        weights = [w for _, _, w in vocab.SCAM_PLACES]
        if recipe.roles == "gambling":
            # Gambling fronts: Philippine offshore gaming (POGO) and Cambodia.
            weights = [w * (4 if c == "PH" else 1) for c, _, w in vocab.SCAM_PLACES]
        code, city, _ = rng.choices(vocab.SCAM_PLACES, weights=weights, k=1)[0]
        city = rng.choice(vocab.CITY_VARIANTS[city])
    elif recipe.place == "kh":
        city = rng.choice(vocab.KH_LEGIT_CITIES)
    else:
        city = rng.choice(vocab.OFFICE_CITIES[lang])
    country = rng.choice(vocab.COUNTRY[lang][code])
    slots["city"], slots["country"] = city, country
    if recipe.place == "task":
        slots["place"] = rng.choice(vocab.TASK_PLACES[lang])
    elif recipe.place in ("scam", "kh"):
        slots["place"] = rng.choice(
            [city, f"{city}, {country}", country, f"{city} ({country})", country]
        )
    else:
        slots["place"] = city
    slots["hub"] = rng.choice(_HUBS[code])
    office_city = rng.choice(vocab.OFFICE_CITIES[lang])
    slots["office_city"] = office_city if recipe.place != "office" else city
    street = rng.choice(vocab.STREETS[lang])
    slots["address"] = f"{street} No. {rng.randint(1, 250)}, {slots['office_city']}"
    kh_city = city if recipe.place == "kh" else "Phnom Penh"
    district = rng.choice(vocab.KH_DISTRICTS)
    slots["address_kh"] = rng.choice(
        [
            f"Street {rng.randint(2, 600)}, {district}, {kh_city}",
            f"No. {rng.randint(1, 200)}, St. {rng.randint(2, 600)}, {kh_city}",
        ]
    )


def _placement_slots(
    rng: random.Random, lang: str, slots: dict[str, str]
) -> tuple[str, str]:
    """Government and licensed-agency placement destinations."""
    gov = rng.choice(["KR", "KR", "JP"])
    slots["gov_country"] = rng.choice(vocab.COUNTRY[lang][gov])
    slots["gov_test"] = rng.choice(_GOV[gov]["test"])
    slots["gov_visa"] = rng.choice(_GOV[gov]["visa_en" if lang == "en" else "visa"])
    slots["gov_agency"] = rng.choice(_GOV_AGENCY[lang])
    p3mi = rng.choice(["SG"] if lang == "ms" else ["TW", "HK", "MY", "JP", "KR"])
    slots["p3mi_country"] = rng.choice(vocab.COUNTRY[lang][p3mi])
    return gov, p3mi


def _company_slots(
    rng: random.Random, lang: str, recipe: Recipe, slots: dict[str, str]
) -> tuple[str, str]:
    """The employer as the templates name it; returns (company, org)."""
    ph = PHRASES[lang]
    company = vocab.company_name(rng, lang)
    org = vocab.kh_org(rng, lang)
    slots["org"] = org
    if recipe.company == "kh":
        slots["company"] = org
    elif recipe.company == "scam":
        roll = rng.random()
        if roll < 0.35:
            slots["company"] = company
        elif roll < 0.6:
            slots["company"] = engine.expand(
                rng.choice(ph["w.vague_company"]), rng, slots
            )
        else:
            slots["company"] = ""
    elif recipe.company == "named":
        roll = rng.random()
        if roll < 0.8:
            slots["company"] = company
        elif roll < 0.9:
            slots["company"] = rng.choice(ph["w.confidential"])
        else:
            slots["company"] = ""
    else:
        slots["company"] = ""
    # The company *field* may be empty or vague, but templates that name the
    # employer ("{company} is hiring") always need a name.
    slots["_company_field"] = slots["company"]
    slots["company"] = slots["company"] or company
    return company, org


def _contact_slots(
    rng: random.Random,
    lang: str,
    recipe: Recipe,
    slots: dict[str, str],
    company: str,
    org: str,
) -> None:
    """E-mail, site, handles, phone and links."""
    slots["email"] = vocab.email(rng, org if recipe.company == "kh" else company)
    slots["site"] = vocab.company_site(rng, company)
    h = vocab.handle(rng)
    slots["handle"], slots["tg"] = h, h.lstrip("@")
    phone_country = {"kh": "KH", "office": "MY" if lang == "ms" else "ID"}.get(
        recipe.place, "MY" if lang == "ms" else "ID"
    )
    if lang == "en" and rng.random() < 0.3:
        phone_country = "PH"
    slots["wa"] = vocab.phone(rng, phone_country)
    slots["wa_link"] = "".join(c for c in slots["wa"] if c.isalnum())
    slots["link"] = vocab.short_link(rng)


def _money_slots(
    rng: random.Random, lang: str, recipe: Recipe, slots: dict[str, str], code: str
) -> None:
    """Pay, fees and task-scam amounts."""
    slots["salary"] = _salary(rng, lang, recipe, code=code, city=slots["office_city"])
    slots["fee"] = vocab.fee(rng, lang)
    small = {"id": (500_000, 3_000_000), "ms": (100, 800), "en": (50, 300)}[lang]
    step = 50_000 if lang == "id" else 10
    amount = engine.round_to(rng, small[0], small[1], step)
    slots["fee_small"] = (
        engine.idr(rng, amount)
        if lang == "id"
        else engine.ringgit(rng, amount)
        if lang == "ms"
        else engine.usd(rng, amount)
    )
    slots["per_task"], slots["daily"], slots["deposit"] = vocab.task_money(rng, lang)


def _salary(
    rng: random.Random, lang: str, recipe: Recipe, *, code: str, city: str
) -> str:
    kind = recipe.salary
    if kind in ("scam", "none"):
        return vocab.scam_salary(rng, lang)
    if kind == "local":
        return vocab.local_salary(rng, lang, city)
    if kind == "kh":
        return vocab.kh_salary(rng)
    if kind == "remote":
        return vocab.remote_salary(rng, lang)
    if kind == "gov" and lang == "ms":
        return vocab.local_salary(rng, lang, city)
    return vocab.abroad_salary(rng, code, lang)


@dataclass
class _Style:
    """Label-independent surface choices for one ad."""

    casual: float
    typos: float
    emoji: float
    loud: float
    shout_title: bool


def _style(rng: random.Random) -> _Style:
    return _Style(
        casual=0.0 if rng.random() < 0.5 else rng.uniform(0.3, 0.9),
        typos=0.0 if rng.random() < 0.7 else rng.uniform(0.02, 0.06),
        emoji=0.0 if rng.random() < 0.35 else rng.uniform(0.1, 0.6),
        loud=rng.uniform(0.0, 0.5),
        shout_title=rng.random() < 0.3,
    )


def _surface(text: str, lang: str, rng: random.Random, style: _Style) -> str:
    if style.casual:
        text = engine.casual(text, lang, rng, style.casual)
    if style.typos:
        text = engine.typos(text, rng, style.typos)
    return text


def _sentence(text: str, lang: str, rng: random.Random, style: _Style) -> str:
    text = _surface(text, lang, rng, style)
    text = engine.end_punct(text, rng, style.loud)
    if rng.random() < 0.04:
        text = text.upper()
    return engine.sprinkle_emoji(text, rng, style.emoji * 0.5)


def _draw(
    rng: random.Random,
    lang: str,
    recipe: Recipe,
    slots: dict[str, str],
    boost: float = 1.0,
) -> dict[str, list[str]]:
    """Expand the recipe's parts into desc / desc_end / req / benefit lists.

    ``boost`` > 1 makes every optional part likelier (the long, everything-
    listed ads that recruiters also post).
    """
    ph = PHRASES[lang]
    out: dict[str, list[str]] = {"desc": [], "desc_end": [], "req": [], "benefit": []}
    for part in recipe.parts:
        if rng.random() >= part.p * boost:
            continue
        k = rng.randint(part.k[0], part.k[1] + (boost > 1.0))
        for template in engine.pick(rng, ph[part.key], k):
            out[part.section].append(engine.expand(template, rng, slots))
    # The intro stays first; the rest of the body comes in any order.
    head, rest = out["desc"][:1], out["desc"][1:]
    rng.shuffle(rest)
    out["desc"] = head + rest
    rng.shuffle(out["req"])
    rng.shuffle(out["benefit"])
    return out


def _contact(
    rng: random.Random, lang: str, recipe: Recipe, slots: dict[str, str]
) -> str:
    if not recipe.contact:
        return ""
    ph = PHRASES[lang]
    channels = [engine.weighted(rng, recipe.contact)]
    if rng.random() < 0.35:
        second = engine.weighted(rng, recipe.contact)
        if second != channels[0]:
            channels.append(second)
    lines = [engine.expand(rng.choice(ph["c." + ch]), rng, slots) for ch in channels]
    return rng.choice([" / ", "\n", " | ", " atau " if lang != "en" else " or "]).join(
        lines
    )


def _list_block(items: list[str], rng: random.Random) -> str:
    return (
        engine.bullet_list(items, rng)
        if rng.random() < 0.7
        else engine.inline_list(items, rng)
    )


def _join_sentences(sentences: list[str], rng: random.Random) -> str:
    return ("\n" if rng.random() < 0.45 else " ").join(sentences)


def _title(text: str, lang: str, rng: random.Random, style: _Style) -> str:
    text = _surface(text, lang, rng, style)
    if style.shout_title:
        text = text.upper()
    if rng.random() < style.emoji:
        em = rng.choice(engine.EMOJI)
        text = f"{em} {text} {em}" if rng.random() < 0.4 else f"{em}{em} {text}"
    return text


@dataclass(frozen=True)
class _AdParts:
    """What one ad says, drawn before its layout is chosen."""

    lang: str
    subtype: str
    label: int
    recipe: Recipe
    slots: dict[str, str]
    title: str
    desc: list[str]
    req: list[str]
    benefit: list[str]
    contact: str
    cta: str
    greet: str


def _build_latin(
    rng: random.Random, lang: str, subtype: str, label: int
) -> dict[str, str | None]:
    """One id/en/ms ad from the scenario's recipe."""
    recipe = RECIPES[subtype]
    ph = PHRASES[lang]
    slots = _slots(rng, lang, recipe)
    style = _style(rng)
    length = rng.random()
    drawn = _draw(rng, lang, recipe, slots, boost=1.8 if length > 0.9 else 1.0)
    title = _title(
        engine.expand(rng.choice(ph[recipe.title]), rng, slots), lang, rng, style
    )
    desc = [_sentence(s, lang, rng, style) for s in drawn["desc"] + drawn["desc_end"]]
    req = [_surface(s, lang, rng, style) for s in drawn["req"]]
    benefit = [_surface(s, lang, rng, style) for s in drawn["benefit"]]
    contact = _contact(rng, lang, recipe, slots)
    cta = (
        engine.expand(rng.choice(ph["s.cta"]), rng, slots) if rng.random() < 0.5 else ""
    )
    greet = (
        engine.expand(rng.choice(ph["s.greet"]), rng, slots)
        if rng.random() < 0.3
        else ""
    )
    if subtype == "awareness":
        cta, contact = "", ""
    parts = _AdParts(
        lang,
        subtype,
        label,
        recipe,
        slots,
        title,
        desc,
        req,
        benefit,
        contact,
        cta,
        greet,
    )
    if length < 0.1:
        return _short_post(rng, parts)
    if rng.random() < recipe.unstructured:
        return _free_post(rng, parts)
    return _structured_ad(rng, parts)


def _short_post(rng: random.Random, parts: _AdParts) -> dict[str, str | None]:
    """One- or two-line post: a headline, one or two lures, a contact."""
    title = parts.title
    desc = parts.desc
    contact = parts.contact
    lead = [title] if rng.random() < 0.7 or not desc else []
    picked = engine.pick(rng, desc, rng.randint(1, 2)) if desc else []
    post = rng.choice([" ", "\n", " - "]).join(
        [*lead, *picked, *([contact] if contact else [])]
    )
    return _post_fields(post)


def _post_fields(post: str) -> dict[str, str | None]:
    """A social post's fields: the whole post is the description and the text."""
    fields: dict[str, str | None] = dict.fromkeys(AD_FIELDS)
    fields["description"] = post
    fields["text"] = post
    return fields


def _free_post(rng: random.Random, parts: _AdParts) -> dict[str, str | None]:
    """A Facebook/Telegram-style post: blocks of text, lists, hashtags."""
    lang = parts.lang
    subtype = parts.subtype
    recipe = parts.recipe
    slots = parts.slots
    title = parts.title
    desc = parts.desc
    req = parts.req
    benefit = parts.benefit
    contact = parts.contact
    cta = parts.cta
    greet = parts.greet
    ph = PHRASES[lang]
    blocks: list[str] = []
    headline = [x for x in (greet, title if rng.random() < 0.85 else "") if x]
    middle: list[str] = []
    if desc:
        middle.append(_join_sentences(desc, rng))
    if req:
        if rng.random() < 0.75:
            middle.append(
                engine.header(rng.choice(ph["h.req"]), rng)
                + "\n"
                + _list_block(req, rng)
            )
        else:
            middle.append(engine.inline_list(req, rng))
    if benefit:
        if rng.random() < 0.75:
            middle.append(
                engine.header(rng.choice(ph["h.benefit"]), rng)
                + "\n"
                + _list_block(benefit, rng)
            )
        else:
            middle.append(engine.inline_list(benefit, rng))
    if recipe.salary != "none" and subtype != "awareness" and rng.random() < 0.35:
        middle.append(
            f"{engine.header(rng.choice(ph['h.salary']), rng)} {slots['salary']}"
        )
    if (
        recipe.place in ("scam", "kh", "office")
        and subtype != "awareness"
        and rng.random() < 0.3
    ):
        pin = rng.choice(["📍", "📍", "🏢", "🌏", ""])
        where = engine.header(rng.choice(ph["h.location"]), rng)
        middle.append(f"{pin} {where} {slots['place']}".strip())
    if middle and rng.random() < 0.3:
        # Body first in most posts; some lead with the requirements list.
        rng.shuffle(middle)
    tail = [x for x in (cta, contact) if x]
    if contact and rng.random() < 0.5:
        tail[-1] = engine.header(rng.choice(ph["h.contact"]), rng) + " " + contact
    if rng.random() < 0.12 and tail:
        middle.insert(0, tail.pop())
    blocks = headline + middle + tail
    if rng.random() < 0.3:
        tags = engine.pick(rng, ph["s.hashtag"], rng.randint(2, 5))
        blocks.append(" ".join(tags))
    sep = rng.choice(["\n\n", "\n", "\n", " "])
    post = sep.join(b for b in blocks if b)
    return _post_fields(post)


def _structured_ad(rng: random.Random, parts: _AdParts) -> dict[str, str | None]:
    """A job-board ad: the ad fields filled, then joined."""
    subtype = parts.subtype
    label = parts.label
    recipe = parts.recipe
    slots = parts.slots
    title = parts.title
    desc = parts.desc
    req = parts.req
    benefit = parts.benefit
    contact = parts.contact
    cta = parts.cta
    greet = parts.greet
    fields: dict[str, str | None] = dict.fromkeys(AD_FIELDS)
    fields["title"] = title
    fields["company"] = slots["_company_field"] or None
    if subtype != "task_scam" and rng.random() < 0.85:
        fields["location"] = slots["place"]
    if recipe.salary != "none" and rng.random() < 0.75:
        fields["salary"] = slots["salary"]
    body = ([greet] if greet else []) + desc + ([cta] if cta else [])
    fields["description"] = _join_sentences(body, rng) or None
    fields["requirements"] = _list_block(req, rng) if req else None
    fields["benefits"] = _list_block(benefit, rng) if benefit else None
    fields["contact"] = contact or None
    url_roll = rng.random()
    if label == 1:
        url = (
            slots["link"]
            if url_roll < 0.3
            else f"t.me/{slots['tg']}"
            if url_roll < 0.45
            else None
        )
    else:
        url = (
            slots["site"]
            if url_roll < 0.35
            else slots["link"]
            if url_roll < 0.5
            else None
        )
    fields["url"] = url
    fields["text"] = join_fields(fields)
    return fields


# --- languages with whole-post templates --------------------------------------

# Chinese posts with a phone number are mostly from employers in Cambodia.
_PHONE_COUNTRY = {"zh": "KH", "th": "TH", "vi": "VN", "km": "KH", "tl": "PH"}
# Pay kind per scenario (phrases_other.SALARY); unlisted scam scenarios get
# the "scam" lure. Awareness posts quote lures inline, never via {salary}, so
# their slot holds an ordinary wage.
_SALARY_KIND = {
    "cambodia_legit": "kh",
    "local_cs": "local",
    "gov_placement": "gov",
    "p3mi_licensed": "p3mi",
    "task_scam": "task",
    "remote_data_entry": "remote",
    "awareness": "local",
    "agent_fee": "agent",
}
_END = {"zh": ("。", "！", ""), "km": ("។", ""), "th": ("", " ", "!")}


def _fmt_amount(value: int, lang: str) -> str:
    return f"{value:,}".replace(",", ".") if lang == "vi" else f"{value:,}"


def _other_salary(rng: random.Random, lang: str, kind: str, scale: int = 1) -> str:
    table = phrases_other.SALARY[lang]
    if kind == "p3mi" and lang == "vi":
        kind = "xkld"
    if kind not in table:
        # Only a lure may fall back to the scam lure: a missing honest kind is
        # a gap in the table, and filling it with a lure would put scam pay
        # into a legitimate ad.
        if kind not in phrases_other.LURE_KINDS:
            raise KeyError(f"phrases_other.SALARY[{lang!r}] has no {kind!r} pay")
        kind = "scam"
    fmt, low, high, step = rng.choice(table[kind])
    # Ranges stay inside [low, high]: "{lo}-{hi}" must not drift above it.
    lo_units = engine.round_to(rng, low, max(low, high - 2 * step), step)
    hi_units = engine.round_to(rng, min(high, lo_units + 2 * step), high, step)
    lo, hi = lo_units * scale, hi_units * scale
    return fmt.format(lo=_fmt_amount(lo, lang), hi=_fmt_amount(hi, lang))


def available_subtypes(lang: str, label: int) -> list[str]:
    """Scenarios a language can produce for a label."""
    if lang in PHRASES:
        return [s for s, lab in SUBTYPES.items() if lab == label]
    return sorted(
        {t["subtype"] for t in phrases_other.TEMPLATES[lang] if t["label"] == label}
    )


def _build_other(rng: random.Random, lang: str, subtype: str) -> dict[str, str | None]:
    templates = [t for t in phrases_other.TEMPLATES[lang] if t["subtype"] == subtype]
    tpl = rng.choice(templates)
    kind = _SALARY_KIND.get(subtype, "scam")
    slots = {
        "salary": _other_salary(rng, lang, kind),
        "n": str(rng.randint(2, 12)),
        "hours": str(rng.randint(11, 16)),
        "handle": vocab.handle(rng),
        "wa": vocab.phone(rng, _PHONE_COUNTRY[lang]),
        "email": vocab.email(rng, vocab.company_name(rng, "en")),
        "org": rng.choice(phrases_other.ORGS[lang]),
        "wx": "".join(rng.choices("abcdefghjkmnpqrstuvwxyz23456789", k=7)),
        "hr_name": rng.choice(phrases_other.HR_NAMES),
    }
    if kind == "task":
        slots["per_task"] = _other_salary(rng, lang, "task")
        slots["daily"] = _other_salary(rng, lang, "task", scale=10)
        slots["deposit"] = _other_salary(rng, lang, "task", scale=20)
    style = _style(rng)
    ends = _END.get(lang, (".", "!", ""))

    def line(template: str) -> str:
        text = engine.expand(template, rng, slots) + rng.choice(ends)
        return engine.sprinkle_emoji(text.strip(), rng, style.emoji * 0.5)

    title = _title(engine.expand(tpl["title"], rng, slots), lang, rng, style)
    body = [line(t) for t in tpl["core"]]
    optional = [line(t) for t in tpl["optional"] if rng.random() < 0.6]
    if subtype in phrases_other.ORDINARY_PERK_SUBTYPES:
        # Honest ads say these too; written only in scam posts they would
        # teach the model that "urgent, no degree, free dormitory" is a lure.
        perks = phrases_other.ORDINARY_PERKS[lang]
        optional += [line(t) for t in rng.sample(perks, rng.choice((0, 1, 1, 2)))]
    rng.shuffle(optional)
    # Optional lines go after the first core line so the lead stays in place.
    body = body[:1] + optional + body[1:] if rng.random() < 0.5 else body + optional
    contact = engine.expand(rng.choice(tpl["contact"]), rng, slots)
    fields: dict[str, str | None] = dict.fromkeys(AD_FIELDS)
    if subtype != "awareness" and rng.random() < 0.35:
        fields["title"] = title
        fields["description"] = _join_sentences(body, rng)
        fields["contact"] = contact
        fields["text"] = join_fields(fields)
        return fields
    sep = "\n" if lang != "zh" or rng.random() < 0.7 else ""
    post = sep.join([title, *body, contact])
    return _post_fields(post)


# --- official placements say "abroad" too --------------------------------------

# Licensed agencies and government schemes advertise "jobs abroad" in so many
# words, as scam recruiters do; without it the word "abroad" would mean scam
# to the classifier (work_abroad.v1 had a +1.0 coefficient in stop 26's first
# training, and licensed agencies' ads came out high).
OVERSEAS_LEGIT_SUBTYPES = frozenset({"gov_placement", "p3mi_licensed"})
OVERSEAS_HEADING_SHARE = 0.5
OVERSEAS_HEADINGS: dict[str, tuple[str, ...]] = {
    "id": (
        "Lowongan kerja luar negeri resmi",
        "Info kerja ke luar negeri (prosedural)",
        "Penempatan kerja luar negeri lewat jalur resmi",
    ),
    "en": (
        "Official jobs abroad",
        "Licensed overseas job opening",
        "Work abroad the legal way",
    ),
    "ms": (
        "Peluang kerja luar negara secara sah",
        "Jawatan kosong luar negara (berlesen)",
    ),
    "zh": ("正规出国务工招聘", "合法出国工作机会", "对外劳务合作：出国务工"),
    "th": ("รับสมัครงานต่างประเทศ ถูกกฎหมาย", "ไปทำงานต่างประเทศอย่างถูกต้อง"),
    "vi": (
        "Tuyển lao động đi làm việc ở nước ngoài đúng luật",
        "Đi làm việc ở nước ngoài hợp pháp",
    ),
    "km": ("ការងារនៅក្រៅប្រទេសស្របច្បាប់", "ឱកាសការងារនៅក្រៅប្រទេសតាមផ្លូវការ"),
    "tl": ("Legal na trabaho abroad", "Trabaho sa ibang bansa, lisensyadong agency"),
}


def _with_heading(fields: dict[str, str | None], heading: str) -> dict[str, str | None]:
    """``fields`` with ``heading`` before the title (a structured ad) or the
    post, and ``text`` rebuilt from them."""
    fields = dict(fields)
    if fields.get("title"):
        fields["title"] = f"{heading} - {fields['title']}"
        fields["text"] = None
        fields["text"] = join_fields(fields)
    else:
        post = f"{heading}\n{fields['description'] or ''}".strip()
        fields["description"] = fields["text"] = post
    return fields


# --- public entry point --------------------------------------------------------


def _one(
    seed: int, i: int, langs: Sequence[str], weights: Sequence[float], share: float
) -> dict[str, object]:
    rng = random.Random(f"waspada-syn:{seed}:{i}")
    label = 1 if rng.random() < share else 0
    lang = rng.choices(langs, weights=weights, k=1)[0]
    shares = POSITIVE_SHARES if label else NEGATIVE_SHARES
    options = available_subtypes(lang, label)
    subtype = engine.weighted(rng, {s: shares[s] for s in options})
    if lang in PHRASES:
        fields = _build_latin(rng, lang, subtype, label)
    else:
        fields = _build_other(rng, lang, subtype)
    if subtype in OVERSEAS_LEGIT_SUBTYPES and rng.random() < OVERSEAS_HEADING_SHARE:
        fields = _with_heading(fields, rng.choice(OVERSEAS_HEADINGS[lang]))
    return {
        "id": f"syn-{seed}-{i}",
        "source": "synthetic",
        "genre": "job_ad",
        "lang": lang,
        **fields,
        "label": label,
        "label_origin": "synthetic",
        "subtype": subtype,
    }


def generate_ads(
    n: int,
    *,
    seed: int = 0,
    languages: Sequence[str] = ("id", "en", "ms"),
    positive_share: float = 0.5,
) -> pd.DataFrame:
    """Generate ``n`` synthetic job ads, deterministic for ``seed``.

    Columns are ``COLUMNS``: the corpus schema (string columns as nullable
    strings, ``label`` as ``Int8``) plus ``subtype``, the scenario name.
    Structured ads fill the ad fields and ``text = join_fields(fields)``;
    unstructured posts (Facebook/Telegram style) fill only ``description``
    and ``text``. Ad ``i`` depends only on ``(seed, i)`` and the arguments.

    ``languages`` may name any of ``SUPPORTED_LANGUAGES``; id/en/ms get the
    largest shares (``LANG_WEIGHTS``). ``positive_share`` is the expected
    fraction of label-1 ads (each ad draws its label independently).
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if not 0.0 <= positive_share <= 1.0:
        raise ValueError(f"positive_share must be in [0, 1], got {positive_share}")
    langs = list(dict.fromkeys(languages))
    unknown = [lang for lang in langs if lang not in LANG_WEIGHTS]
    if unknown or not langs:
        raise ValueError(
            f"languages must be a non-empty subset of {SUPPORTED_LANGUAGES}, "
            f"got {list(languages)}"
        )
    weights = [LANG_WEIGHTS[lang] for lang in langs]
    rows = [_one(seed, i, langs, weights, positive_share) for i in range(n)]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for name in COLUMNS:
        if name == "label":
            frame[name] = frame[name].astype("Int8")
        else:
            frame[name] = frame[name].astype(pd.StringDtype())
    return frame
