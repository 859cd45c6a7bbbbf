"""Name each side as the actor it is where the event happened.

Two sides are named by the report in terms that depend on the event's place, which the
mentions alone do not know:

- A network's branch. Reports name a regional province by its parent ("Islamic State claimed
  the market bombing in Jalalabad", "IS fighters raided a village in Borno"); ACLED and the gold code the
  province of the event's country, as the parent's `branches` in the ontology list them.
- The people of a place. Civilians, protesters and rioters are coded by the country where the
  event happens ("Pakistani jets struck villages in Khost, killing civilians": Afghanistan's
  civilians), unless the sentence itself names them by another country ("Israeli passengers").

The stage runs on finished events, after their place is set; it changes names only, never
which events there are.
"""
from __future__ import annotations

import datetime as dt

from sitrep.knowledge.actors import ActorOntology
from sitrep.model import Actor, Event, MentionKind, WorkingDoc

#: Roles whose actor is the people of the event's place, not of the report's main country.
LOCAL_ROLES = frozenset({"civilians", "protesters", "rioters"})
#: Mention labels that name a side's country in the sentence itself ("Israeli passengers",
#: "Afghan civilians"): such a side keeps its country wherever the event happens.
COUNTRY_NAMING_LABELS = frozenset({"name", "demonym", "people"})


def branch_of(ontology: ActorOntology, name: str, country: str | None, admin1: str | None,
              day: dt.date | None) -> str | None:
    """The branch that acts in `name`'s name at that place and day ("Islamic State" in
    Afghanistan -> "Islamic State Khorasan Province"), or None where it acts as itself."""
    entry = ontology.entry(name)
    if entry is None or country is None:
        return None
    for branch in entry.branches:
        if branch.covers(country, admin1, day):
            found = ontology.entry(branch.actor)
            return found.name if found else None
    return None


def local_people(ontology: ActorOntology, name: str, country: str | None, day: dt.date | None,
                 named_here: bool) -> str | None:
    """The people of the event's country for a side that is another country's civilians,
    protesters or rioters, unless the sentence names that country for them (`named_here`)."""
    entry = ontology.entry(name)
    if entry is None or entry.role not in LOCAL_ROLES or country is None or named_here \
            or entry.country == country:
        return None
    actor = ontology.role_actor(country, entry.role, day)
    return actor.name if actor else None


class SideIdentity:
    """Renames sides by the event's place: a network's regional branch, the local people."""

    name, version = "events.identity", "1"
    reads, adds = ("actor_mentions", "events"), ("events",)

    def __init__(self, ontology: ActorOntology) -> None:
        self.ontology = ontology

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        doc.events = [self._identify(doc, event) for event in doc.events]
        return doc

    def _identify(self, doc: WorkingDoc, event: Event) -> Event:
        named = self._named_in_sentence(doc, event)

        def identify(name: str | None) -> str | None:
            if name is None:
                return None
            return (branch_of(self.ontology, name, event.country, event.admin1, event.date)
                    or local_people(self.ontology, name, event.country, event.date, name in named)
                    or name)

        actor1, actor2 = identify(event.actor1), identify(event.actor2)
        assoc1 = tuple(identify(a) or a for a in event.assoc_actor1)
        assoc2 = tuple(identify(a) or a for a in event.assoc_actor2)
        if (actor1, actor2, assoc1, assoc2) == (event.actor1, event.actor2, event.assoc_actor1, event.assoc_actor2):
            return event
        return event.with_changes(actor1=actor1, actor2=actor2, assoc_actor1=assoc1, assoc_actor2=assoc2,
                                  inter1=self._inter(actor1, event.inter1), inter2=self._inter(actor2, event.inter2))

    def _named_in_sentence(self, doc: WorkingDoc, event: Event) -> set[str]:
        """The sides the event's sentence names with their country ("Israeli passengers")."""
        if event.evidence is None:
            return set()
        start, end = event.evidence.start, event.evidence.end
        return {m.value.name for m in doc.actor_mentions
                if m.kind is MentionKind.ACTOR and start <= m.start < end and isinstance(m.value, Actor)
                and m.label in COUNTRY_NAMING_LABELS}

    def _inter(self, name: str | None, inter: int | None) -> int | None:
        entry = self.ontology.entry(name) if name else None
        return int(entry.inter) if entry else inter
