"""Whether a town outside the country a report points to may be the place it names.

A report's places, country names and actors point to its countries; a town elsewhere is mostly a
namesake ("the town of Boni" in Mali is not Bonn). These tests admit the towns that are not: a
town populous under its own name ("Russian forces shelled Kherson": the attacker's demonym says
who struck, not where), the one town of a name just across a border ("Hezbollah fired rockets at
Metula"), and refuse a town that bears the text's name only as another name of it where a namesake
in the report's country bears it as its own ("Ras al-Ain" is the Syrian town, not Ceylanpinar).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from sitrep.geo import distance_km
from sitrep.model import Place
from sitrep.normalise.names import loose_key
from sitrep.resolve.gazetteer import GEONAMES, Candidate

#: In a report with no place evidence, only actors' nationalities ("Russian forces shelled
#: Kherson"), a town of one country this populous, spelt as the text spells it, may lie in a
#: country no actor belongs to: an attacker's demonym says who struck, not where.
ACTORS_ONLY_TOWN_POPULATION = 50_000
#: How far (km) from a named country's centroid a town spelt otherwise may lie in a country only actors point to.
NEIGHBOUR_KM = 1_500
#: In a report with only actors' nationalities to go on, a town the text marks as a place, the only
#: town of that name in the gazetteer (and spelt as its own name: `PlaceResolver._acceptable`), may
#: lie across a border this near the centre of an actor's country: "Hezbollah fired rockets at
#: Metula" (Israel, 90 km from Lebanon's centre), "Hamas fired rockets at Sderot"; not a namesake a
#: continent away.
ACROSS_BORDER_KM = 250


def one_known_town(cands: list[Candidate], exact: str) -> bool:
    """Whether a name, spelt as the text spells it, reads as populous towns of one country only
    (`ACTORS_ONLY_TOWN_POPULATION`): "Kherson", "Nikopol"; not a name big towns share abroad."""
    big = {c.country_code for c in cands if c.source == GEONAMES and exact in c.keys
           and (c.place.population or 0) >= ACTORS_ONLY_TOWN_POPULATION}
    return len(big) == 1


def only_town_across_border(cands: list[Candidate], centres: Iterable[Place | None]) -> bool:
    """Whether the name is one town's only (a namesake anywhere would make it a guess), lying
    within `ACROSS_BORDER_KM` of one of the `centres` (of the countries the report's actors
    point to)."""
    towns = [c for c in cands if c.source == GEONAMES]
    if len(towns) != 1:
        return False
    return any(centre is not None and (d := distance_km(towns[0].place, centre)) is not None
               and d <= ACROSS_BORDER_KM for centre in centres)


def named_elsewhere(c: Candidate, cands: list[Candidate], named: Mapping[str, float], loose: str) -> bool:
    """Whether a town bears the text's name only as another name of it, outside the country the
    report's places point to most, where a namesake bears it as its own name: in a report on
    Syria, "Ras al-Ain" is the Syrian town, not Ceylanpinar across the border, whose Arabic name
    it also is (GeoNames gives the Syrian twin no population, so size alone would pick Turkey)."""
    top = max(named.items(), key=lambda kv: kv[1])[0]
    if c.source != GEONAMES or c.country_code == top or loose_key(c.place.name) == loose:
        return False
    return any(o.source == GEONAMES and o.country_code == top and loose_key(o.place.name) == loose for o in cands)
