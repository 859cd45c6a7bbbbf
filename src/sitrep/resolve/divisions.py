"""A town the text places in a named division: the namesake inside that division.

Reports qualify a town by its first-level division ("the village of X, Kherson region",
"X in Idlib province", "X, Borno State") because the name alone is shared by towns elsewhere.
The division the text names overrides the context's guess: the namesake inside it is taken,
and where the gazetteer holds none there, the town stays unlocated in that division rather
than snapping to a namesake in another one (Ukraine has dozens of villages named Pervomaiske).
"""
from __future__ import annotations

import re

from sitrep.model import Mention
from sitrep.recognise.places import prior
from sitrep.resolve.gazetteer import ADMIN1, COUNTRY, Candidate

#: What stands between a town and the division that qualifies it: a comma ("X, Kherson region"),
#: "in" ("X in Idlib province"), or both ("X, in Borno State"), with an optional "the".
#: Matches ", ", " in ", ", in the ", " in the "; not " and ", " near ", ", north of ".
QUALIFIER_JOIN = re.compile(r"^(?:\s*,\s*(?:in\s+)?|\s+in\s+)(?:the\s+)?$")


def qualified_towns(text: str, mentions: list[Mention],
                    chosen: dict[int, Candidate | None]) -> dict[int, Candidate]:
    """Return, by mention index, the division each town mention is qualified by in the text.

    Only a first-level division right after the town counts; a country after it ("X, Syria")
    is left to the country evidence, and a division after a division is no qualifier."""
    out: dict[int, Candidate] = {}
    for i in range(len(mentions) - 1):
        town, division = chosen.get(i), chosen.get(i + 1)
        if division is None or division.source != ADMIN1:
            continue
        if town is not None and town.source in (ADMIN1, COUNTRY):
            continue
        if QUALIFIER_JOIN.match(text[mentions[i].end:mentions[i + 1].start]):
            out[i] = division
    return out


def within_division(cands: list[Candidate], division: Candidate, exact: str) -> Candidate | None:
    """The best candidate of a town's name lying in `division` (None when the gazetteer has none)."""
    inside = [c for c in cands if c.source not in (ADMIN1, COUNTRY) and c.country_code == division.country_code
              and c.place.admin1 == division.place.admin1]
    return max(inside, key=lambda c: prior(c, exact), default=None)


def in_named_divisions(text: str, mentions: list[Mention], chosen: dict[int, Candidate | None],
                       options: dict[int, list[Candidate]], keys: dict[int, tuple[str, str]]
                       ) -> tuple[dict[int, Candidate | None], dict[int, Candidate]]:
    """Move each town the text qualifies by a division to its namesake there (pure).

    Returns the new choices and the qualified towns the gazetteer has no namesake of in their
    division (index -> division): those stay unlocated in it. Other mentions of the same name
    (`keys`: exact and loose key per index) follow, as one name means one place in a report."""
    out = dict(chosen)
    unplaced: dict[int, Candidate] = {}
    for i, division in qualified_towns(text, mentions, chosen).items():
        current = chosen[i]
        if current is not None and (current.country_code, current.place.admin1) == (
                division.country_code, division.place.admin1):
            continue
        inside = within_division(options.get(i, []), division, keys[i][0])
        for k in out:
            if k == i or (keys[k][1] == keys[i][1] and current is not None and out[k] is current):
                out[k] = inside
                if inside is None:
                    unplaced[k] = division
    return out, unplaced
