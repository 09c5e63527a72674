"""A case's current label, derived from its reviews (they are append-only).

The majority of the reviewers' labels wins; ``unsure`` is a review but not a
vote. A tie between the top labels leaves the case without a label, and any
two different votes make it a *conflict*, visible in the queue and left out
of training.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

VOTING_LABELS: tuple[str, ...] = ("scam", "legitimate", "not_a_job_ad")


@dataclass(frozen=True, slots=True)
class DerivedLabel:
    label: str | None
    conflict: bool
    votes: dict[str, int]
    reviews: int


def derive(votes: Mapping[str, int]) -> DerivedLabel:
    """Majority label from ``{label: count}`` (``unsure`` counted, not voting)."""
    counted = {
        name: int(votes.get(name, 0) or 0) for name in (*VOTING_LABELS, "unsure")
    }
    voting = {name: counted[name] for name in VOTING_LABELS if counted[name] > 0}
    total = sum(counted.values())
    if not voting:
        return DerivedLabel(None, False, counted, total)
    ranked = sorted(voting.values(), reverse=True)
    conflict = len(voting) > 1
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return DerivedLabel(None, True, counted, total)
    label = max(voting, key=lambda name: voting[name])
    return DerivedLabel(label, conflict, counted, total)


def model_call(risk: str) -> str:
    """What the model's band claims: medium and high flag the ad as a scam."""
    return "scam" if risk in ("high", "medium") else "legitimate"


def agrees(risk: str, label: str) -> bool:
    """Whether a reviewer's label agrees with the model's band.

    ``not_a_job_ad`` counts as agreeing with a low band (nothing to warn of).
    """
    call = model_call(risk)
    if label == "not_a_job_ad":
        return call == "legitimate"
    return call == label
