"""Destinations from the gazetteer ``entities_data/places.yaml``, and the
regions the countries an ad names suggest for its phone numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from model.entities.common import Found

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher

PLACES_FILE = Path(__file__).resolve().parent.parent / "entities_data" / "places.yaml"

# The ad's language suggests where a number without "+" is from; countries
# the ad names come next, then the region's usual suspects.
LANGUAGE_REGIONS: dict[str, str] = {
    "id": "ID",
    "ms": "MY",
    "tl": "PH",
    "th": "TH",
    "vi": "VN",
    "zh": "CN",
    "km": "KH",
    "my": "MM",
    "lo": "LA",
}
FALLBACK_REGIONS: tuple[str, ...] = ("ID", "MY", "PH", "KH", "TH", "VN", "SG", "CN")

NON_SPACED = re.compile(r"[\u0e00-\u0e7f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    kind: str
    names: tuple[str, ...]
    compound_area: bool = False


def load_places(path: Path = PLACES_FILE) -> tuple[Place, ...]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return tuple(
        Place(
            name=str(item["name"]),
            country=str(item["country"]),
            kind=str(item["kind"]),
            names=tuple(str(name).lower() for name in item["names"]),
            compound_area=bool(item.get("compound_area", False)),
        )
        for item in data["places"]
    )


class Gazetteer:
    """Place names, looked up by token phrase or, for scripts written
    without spaces, by substring."""

    def __init__(self, places: Sequence[Place]) -> None:
        self.places = tuple(places)
        self.by_name: dict[str, Place] = {}
        for place in self.places:
            for name in place.names:
                self.by_name.setdefault(name, place)
        self.spaced_names = [
            name for name in self.by_name if not NON_SPACED.search(name)
        ]
        self._non_spaced_names = sorted(
            (name for name in self.by_name if NON_SPACED.search(name)),
            key=len,
            reverse=True,
        )
        self._countries = [
            (place.country, place.names)
            for place in self.places
            if place.kind == "country"
        ]
        country_names = {name for _, names in self._countries for name in names}
        # Longest first: where names start at one position, the longest wins,
        # and the shorter ones are its prefixes (see ``_names_in``).
        self._country_name = re.compile(
            "|".join(re.escape(name) for name in sorted(country_names, key=len)[::-1])
        )
        self._names_within = {
            name: frozenset(other for other in country_names if other in name)
            for name in country_names
        }

    def regions(self, body: str, language: str) -> tuple[str, ...]:
        """Regions to read a number without "+" in, most likely first."""
        regions: list[str] = []
        first = LANGUAGE_REGIONS.get(language)
        if first:
            regions.append(first)
        named = self._names_in(body.lower())
        for country, names in self._countries:
            if country not in regions and not named.isdisjoint(names):
                regions.append(country)
        for region in FALLBACK_REGIONS:
            if region not in regions:
                regions.append(region)
        return tuple(regions)

    def _names_in(self, lowered: str) -> set[str]:
        """The country names that occur in ``lowered``, as substrings."""
        named: set[str] = set()
        found = self._country_name.search(lowered)
        while found is not None:
            named |= self._names_within[found.group()]
            found = self._country_name.search(lowered, found.start() + 1)
        return named

    def find(
        self, body: str, spaced: str, doc: Any, phrases: PhraseMatcher, unspaced: bool
    ) -> list[Found]:
        """Places among the tokens of ``doc`` (of ``spaced``: ``body`` with
        unspaced scripts blanked, same length), then, where ``unspaced``
        says it has such scripts, by substring in ``body``."""
        out = []
        for start, end in _longest_first([(s, e) for _, s, e in phrases(doc)]):
            first, last = doc[start], doc[end - 1]
            start_char, end_char = first.idx, last.idx + len(last)
            place = self.by_name.get(spaced[start_char:end_char].lower())
            if place is not None:
                out.append(_destination(place, start_char, end_char))
        if unspaced and NON_SPACED.search(body):
            out.extend(self._by_substring(body.lower()))
        return out

    def _by_substring(self, lowered: str) -> list[Found]:
        out = []
        taken: list[tuple[int, int]] = []
        for name in self._non_spaced_names:
            at = lowered.find(name)
            while at >= 0:
                end = at + len(name)
                if not any(at < e and s < end for s, e in taken):
                    taken.append((at, end))
                    out.append(_destination(self.by_name[name], at, end))
                at = lowered.find(name, end)
        return out


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy's ``filter_spans`` over (start, end) token pairs: the longest
    (then first) of overlapping spans wins; sorted by start."""
    if len(spans) < 2:
        return spans
    kept = []
    seen: set[int] = set()
    for start, end in sorted(
        spans, key=lambda span: (span[1] - span[0], -span[0]), reverse=True
    ):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    return sorted(kept)


def _destination(place: Place, start: int, end: int) -> Found:
    return Found("destination", start, end, f"{place.country}:{place.name}")
