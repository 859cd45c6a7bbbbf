"""Who took a place decides its territory sub-event type (the codebook's territory rules).

State forces of the country where the place lies, or a militia the ontology allies to them,
regain territory; anyone else, foreign armies included, overtakes it.
"""
from __future__ import annotations

from typing import Protocol

from sitrep.model import Actor, ActorCategory, Place

#: Takers of territory that are not a state: a town they take, they take from its holder.
NON_STATE_TAKERS = frozenset({ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA,
                              ActorCategory.IDENTITY_MILITIA})


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


#: The territory sub-event whose loser a sentence may leave unnamed.
TAKEN_SUB = "Non-state actor overtakes territory"


def loser_of_taking(sub: str, taker: Actor | None, found: Actor | None, country: str | None,
                    ontology: ActorLookup) -> Actor | None:
    """The side a non-state `taker` took a place from, when the sentence names none: `found` (the
    report's enemy of the taker), unless that is a militia fighting for the state
    (`fights_for_state`); a town is held by the state, and its militia allies fight beside its
    forces ("The Hashd launched an offensive ... IS fighters swept into Ramadi": the Iraqi army's)."""
    if sub != TAKEN_SUB or taker is None or taker.inter not in NON_STATE_TAKERS or found is None \
            or not fights_for_state(found, country, ontology):
        return found
    state = (ontology.actor(name) for name in found.allies)
    return next((a for a in state if a is not None and a.inter == ActorCategory.STATE_FORCES and a.country == country),
                found)
