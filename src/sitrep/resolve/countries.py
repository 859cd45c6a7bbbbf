"""Which countries a report is about: the evidence its resolved places and actors give, and
the vote of towns that cluster in one country.

`PlaceResolver` weighs each place's readings by this evidence; `resolve.capitals` asks which
country a report leads with.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from operator import itemgetter

from sitrep.geo import distance_km
from sitrep.model import Actor, Place, WorkingDoc
from sitrep.resolve.gazetteer import GEONAMES, Candidate

#: Evidence weights for a document's countries (calibrated on train reports: a country
#: named outright is the strongest sign; a demonym is often a foreign actor, so it counts less).
COUNTRY_NAME_WEIGHT = 3.0
ADMIN1_NAME_WEIGHT = 2.0
ACTOR_COUNTRY_WEIGHT = 1.0
DEMONYM_WEIGHT = 0.5
PLACE_WEIGHT = 1.0
#: Towns of two different names that lie this close together in one country point to that
#: country: false matches of common words scatter over the world, a report's places cluster.
CLUSTER_KM = 250.0
#: Names with more readings than this are too common to vote by their positions.
CLUSTER_MAX_READINGS = 5


def within_km(a: Place, b: Place, limit: float) -> bool:
    """Whether two places lie within `limit` km of each other (False when one has no coordinates)."""
    distance = distance_km(a, b)
    return distance is not None and distance <= limit


def clustered_countries(options: dict[int, list[Candidate]],
                         names: dict[int, tuple[str, str, str, str | None]]) -> list[str]:
    """One vote per country for each pair of differently named towns in it that lie within
    CLUSTER_KM of each other ("Macomia ... Mocímboa da Praia": Mozambique twice over)."""
    towns_by_name: dict[str, list[Candidate]] = {}
    for i, cands in options.items():
        exact = names[i][0]
        spelt = [c for c in cands if c.source == GEONAMES and exact in c.keys and c.place.has_coordinates]
        if spelt and len(spelt) <= CLUSTER_MAX_READINGS:
            towns_by_name.setdefault(exact, spelt)
    votes: list[str] = []
    named = sorted(towns_by_name)
    for a_index, a in enumerate(named):
        for b in named[a_index + 1:]:
            for code in {c.country_code for c in towns_by_name[a]} & {c.country_code for c in towns_by_name[b]}:
                if any(within_km(x.place, y.place, CLUSTER_KM) for x in towns_by_name[a] for y in towns_by_name[b]
                       if x.country_code == code == y.country_code):
                    votes.append(code)
    return votes


def shares(evidence: Mapping[str, float]) -> dict[str, float]:
    """Each country's part of the evidence, the parts summing to 1 (empty when there is none)."""
    total = sum(evidence.values())
    return {cc: w / total for cc, w in evidence.items()} if total else {}


def document_countries(doc: WorkingDoc) -> list[tuple[str, float]]:
    """The countries a resolved document is about, as (country name, share), strongest first.

    Counts each resolved place mention (countries and divisions weigh more than towns, since
    a report names its country's places) and each actor mention's country.
    """
    evidence: defaultdict[str, float] = defaultdict(float)
    for m in doc.place_mentions:
        place = m.value
        if not isinstance(place, Place) or not place.country:
            continue
        if place.feature == "country":
            evidence[place.country] += COUNTRY_NAME_WEIGHT
        elif place.feature == "admin1":
            evidence[place.country] += ADMIN1_NAME_WEIGHT
        else:
            evidence[place.country] += PLACE_WEIGHT
    for m in doc.actor_mentions:
        if isinstance(m.value, Actor) and m.value.country:
            evidence[m.value.country] += ACTOR_COUNTRY_WEIGHT
    return sorted(shares(evidence).items(), key=itemgetter(1), reverse=True)  # as Counter.most_common
