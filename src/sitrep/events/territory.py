"""Who took a place decides its territory sub-event type (the codebook's territory rules).

State forces of the country where the place lies, or a militia the ontology allies to them,
regain territory; anyone else, foreign armies included, overtakes it.
"""
from __future__ import annotations

from typing import Protocol

from sitrep.model import Actor, ActorCategory, Place


class ActorLookup(Protocol):
    def actor(self, id_or_name: str) -> Actor | None: ...


def is_state_of(actor: Actor | None, country: str | None) -> bool:
    """State forces of the country where the event happens (not a foreign army)."""
    return (actor is not None and actor.inter == ActorCategory.STATE_FORCES
            and (country is None or actor.country is None or actor.country == country))


def fights_for_state(actor: Actor | None, country: str | None, ontology: ActorLookup) -> bool:
    """Whether a militia of the country is an ally of that country's state forces, in the
    ontology ("Liwa al-Quds", allied to the Syrian Arab Army): what it takes, the state regains."""
    if actor is None or country is None or actor.country != country \
            or actor.inter not in (ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA):
        return False
    allies = (ontology.actor(name) for name in actor.allies)
    return any(ally is not None and ally.inter == ActorCategory.STATE_FORCES and ally.country == country
               for ally in allies)


def territory_type(actor1: Actor | None, allies: tuple[Actor, ...], place: Place | None,
                   ontology: ActorLookup | None = None) -> str:
    """Who took the place decides: the state's forces, or a militia the ontology allies to
    them, regain it; anyone else overtakes it."""
    country = place.country if place else None
    if is_state_of(actor1, country) or any(is_state_of(a, country) for a in allies):
        return "Government regains territory"
    if ontology is not None and fights_for_state(actor1, country, ontology):
        return "Government regains territory"
    if actor1 is not None and actor1.inter == ActorCategory.EXTERNAL_OTHER and actor1.country == country:
        return "Government regains territory"
    return "Non-state actor overtakes territory"
