"""Names listed together are of one kind: a name listed among divisions is a division too."""
from __future__ import annotations

import re
from collections.abc import Mapping

from sitrep.model import Mention
from sitrep.resolve.gazetteer import ADMIN1, Candidate

#: What joins the names of one list: "A, B and C", "A, B, and C".
LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
#: How many other first-level divisions a list must hold for an ambiguous name in it to be one.
LIST_DIVISIONS = 2


def listed_alike(text: str, mentions: list[Mention], chosen: dict[int, Candidate | None],
                 found: Mapping[str, list[Candidate]],
                 names: dict[int, tuple[str, str, str, str | None]]) -> dict[int, Candidate | None]:
    """Names listed together are of one kind: in "Cotopaxi, Chimborazo, Bolivar and Tungurahua",
    Bolivar is the province, not a town of that name."""
    out = dict(chosen)
    runs: list[list[int]] = [[0]] if mentions else []
    for i in range(1, len(mentions)):
        if LIST_JOIN.match(text[mentions[i - 1].end:mentions[i].start]):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        divisions = {i: c for i in run if (c := out[i]) is not None and c.source == ADMIN1}
        for i in run:
            picked = out[i]
            if picked is None or picked.source == ADMIN1 or len(divisions.keys() - {i}) < LIST_DIVISIONS:
                continue
            countries = {c.country_code for c in divisions.values()}
            division = next((c for c in found.get(names[i][1], []) if c.source == ADMIN1
                             and c.country_code in countries), None)
            if division is not None:
                out[i] = division
    return out
