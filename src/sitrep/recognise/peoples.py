"""The phrases that name a people's armed men, derived from the ethnic militias of the ontology.

The codebook names the armed men of an ethnic group, and a community drawn into communal
fighting, "<People> Ethnic Militia (<Country>)". Reports say "Kuki gunmen", "members of the
Meitei community", "fighters from the Tebu ethnic group". Instead of listing each such phrase
under each entry, every curated entry named "<People> Ethnic Militia (<Country>)" is matched
by its people's name followed by a word for armed men or for a community.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from sitrep.knowledge.actors import ActorOntology

#: The codebook's name of an ethnic militia: "Tebu Ethnic Militia (Libya)" -> "Tebu".
ETHNIC_MILITIA_NAME = re.compile(r"^(?P<people>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) Ethnic Militia \([^)]+\)$")
#: Words after a people's name that make its armed men or its community a side: "Kuki
#: gunmen", "Fulani herdsmen", "the Meitei community", "the Tebu ethnic group".
PEOPLE_SIDE_WORDS = (
    "militants", "militant", "militia", "militias", "militiamen", "gunmen", "fighters", "armed men",
    "youths", "attackers", "insurgents", "tribal militants", "tribal militia", "ethnic militia",
    "village volunteers", "volunteers", "herdsmen", "herders", "tribesmen",
    "ethnic group", "community", "communities", "tribe", "tribes", "clan", "clans",
)


def people_aliases(ontology: ActorOntology) -> Iterator[tuple[str, str]]:
    """(phrase, entry id) for each people's word of each ethnic militia of the ontology."""
    for entry in ontology.entries.values():
        m = ETHNIC_MILITIA_NAME.match(entry.name)
        if m is None or entry.kind != "ethnic_militia":
            continue
        for word in PEOPLE_SIDE_WORDS:
            yield f"{m.group('people')} {word}", entry.id
