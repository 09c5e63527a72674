"""The whole-post templates of zh/th/vi/km/tl (training.generate.phrases_other).

Every scenario must exist in every template language with more than one
wording, every template must expand cleanly, and no legitimate scenario may
be given a lure salary.
"""

from __future__ import annotations

import random
import re
from itertools import product

import pandas as pd
import pytest

from training.generate import SUBTYPES, SUPPORTED_LANGUAGES, generate_ads, phrases_other
from training.generate import ads as ads_module
from training.generate.phrases_other import LURE_KINDS, SALARY, TEMPLATES

OTHER_LANGS = ("zh", "th", "vi", "km", "tl")
LEGIT = tuple(s for s, label in SUBTYPES.items() if label == 0)
SCAM = tuple(s for s, label in SUBTYPES.items() if label == 1)
# Scenarios with the most look-alikes get a third wording.
MIN_TEMPLATES = {"compound_cs": 3, "local_cs": 3}
ALL_TEMPLATES = [
    pytest.param(lang, i, id=f"{lang}-{i}-{tpl['subtype']}")
    for lang in OTHER_LANGS
    for i, tpl in enumerate(TEMPLATES[lang])
]
LEFTOVER = re.compile(r"[{}]|\[[^\]]*\|[^\]]*\]")


def _kind(lang: str, subtype: str) -> str:
    """The SALARY kind ``_build_other`` draws for a scenario in a language."""
    kind = ads_module._SALARY_KIND.get(subtype, "scam")
    return "xkld" if (kind, lang) == ("p3mi", "vi") else kind


@pytest.mark.parametrize(("lang", "subtype"), list(product(OTHER_LANGS, SUBTYPES)))
def test_every_scenario_has_several_templates(lang: str, subtype: str) -> None:
    count = sum(t["subtype"] == subtype for t in TEMPLATES[lang])
    assert count >= MIN_TEMPLATES.get(subtype, 2), (lang, subtype, count)


@pytest.mark.parametrize(("lang", "index"), ALL_TEMPLATES)
def test_template_label_matches_its_scenario(lang: str, index: int) -> None:
    tpl = TEMPLATES[lang][index]
    assert tpl["label"] == SUBTYPES[tpl["subtype"]]
    assert tpl["core"] and tpl["contact"]


@pytest.mark.parametrize(("lang", "index"), ALL_TEMPLATES)
def test_template_expands_without_leftover_markup(
    lang: str, index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    tpl = TEMPLATES[lang][index]
    # Only this template is available, so every draw goes through it.
    monkeypatch.setitem(phrases_other.TEMPLATES, lang, (tpl,))
    rng = random.Random(f"other-template:{lang}:{index}")
    for _ in range(50):
        fields = ads_module._build_other(rng, lang, tpl["subtype"])
        text = fields["text"]
        assert text and text.strip(), tpl["title"]
        assert not LEFTOVER.search(text), text
        assert not re.search(r"\d{9,}", text), text


@pytest.mark.parametrize(("lang", "subtype"), list(product(OTHER_LANGS, LEGIT)))
def test_legitimate_scenarios_never_get_a_lure_salary(lang: str, subtype: str) -> None:
    kind = _kind(lang, subtype)
    assert kind not in LURE_KINDS, (subtype, kind)
    # Present for the language, so _other_salary never falls back to "scam".
    assert kind in SALARY[lang], (lang, subtype, kind)


@pytest.mark.parametrize(("lang", "subtype"), list(product(OTHER_LANGS, SCAM)))
def test_scam_scenarios_have_their_own_pay_kind(lang: str, subtype: str) -> None:
    assert _kind(lang, subtype) in SALARY[lang], (lang, subtype)


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_missing_honest_pay_kind_raises_instead_of_a_lure(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = {k: v for k, v in SALARY[lang].items() if k != "remote"}
    monkeypatch.setitem(phrases_other.SALARY, lang, table)
    with pytest.raises(KeyError):
        ads_module._other_salary(random.Random(0), lang, "remote")


@pytest.mark.parametrize(
    ("lang", "kind"), [(lang, kind) for lang in OTHER_LANGS for kind in SALARY[lang]]
)
def test_salary_ranges_are_well_formed(lang: str, kind: str) -> None:
    for fmt, low, high, step in SALARY[lang][kind]:
        assert "{lo}" in fmt, fmt
        assert 0 < low <= high and step > 0, (fmt, low, high, step)
        assert low % step == 0 and high % step == 0, (fmt, low, high, step)


@pytest.fixture(scope="module")
def all_languages() -> pd.DataFrame:
    return generate_ads(3000, seed=5, languages=SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_all_scenarios_generated_in_each_template_language(
    all_languages: pd.DataFrame, lang: str
) -> None:
    frame = all_languages[all_languages["lang"] == lang]
    assert set(frame["subtype"]) == set(SUBTYPES), lang
    for subtype, label in zip(frame["subtype"], frame["label"], strict=True):
        assert SUBTYPES[subtype] == label


def test_default_languages_do_not_read_the_template_tables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # id/en/ms ads must not change when the zh/th/vi/km/tl tables do.
    before = generate_ads(300, seed=13)
    monkeypatch.setattr(phrases_other, "TEMPLATES", {})
    monkeypatch.setattr(phrases_other, "SALARY", {})
    monkeypatch.setattr(phrases_other, "ORGS", {})
    pd.testing.assert_frame_equal(before, generate_ads(300, seed=13))


@pytest.mark.parametrize("lang", ["zh", "th", "vi", "km", "tl"])
def test_legitimate_posts_also_say_what_ordinary_ads_say(lang: str) -> None:
    # "Urgent, no degree, free dormitory" in scam posts only would make them
    # scam words; honest factory and call-centre ads say them daily.
    from training.generate.ads import generate_ads
    from training.generate.phrases_other import ORDINARY_PERKS

    frame = generate_ads(1500, seed=11, languages=(lang,))
    cues = [
        alternative
        for perk in ORDINARY_PERKS[lang]
        for alternative in perk.strip("[]").split("|")
    ]
    legit = frame[frame["label"] == 0]
    with_cue = legit["text"].map(lambda text: any(c in text for c in cues))
    assert 0.2 < with_cue.mean() < 0.9
