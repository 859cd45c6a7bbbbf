"""Which actor names can stand for the same side of a fight, from the actor ontology.

Outlets name one side differently: one says "the army", another "security forces" or "the
police"; one names the YPG, another its parent, the SDF; one names a group, another its ally
fighting beside it. `ActorRelations` answers "can these two names be one side?" from the
ontology's parents, allies and country roles, so fusion does not need the ontology itself.

Generic names ("Unidentified Armed Group (Mali)") say who is unknown: they contradict no one
and are left out when sides are compared.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.knowledge.actors import ActorOntology

#: Actor names that say who is unknown, when no ontology says so: "Unidentified Armed Group (Iraq)".
UNKNOWN_ACTOR = re.compile(r"^unidentified\b", re.IGNORECASE)  # not "United Nations"
#: Country roles that are one side whatever an outlet calls them: the army, the police and the
#: government of a country all act for the state ("security forces" is either in reports).
STATE_ROLES = frozenset({"military", "police", "government"})
#: Country roles that are one crowd: a demonstration is "protesters" to one outlet and
#: "rioters" to another.
CROWD_ROLES = frozenset({"protesters", "rioters"})
#: Roles that name no one in particular.
UNKNOWN_ROLES = frozenset({"armed_group"})


@dataclass(frozen=True, eq=False)
class ActorRelations:
    """For each actor name, the names that can be the same side; and which names are generic.

    Build it with `from_ontology`; the empty default knows no relations, so only equal names
    are one side and only "Unidentified ..." names are generic. Instances compare and hash by
    identity (each is built once and never changes), so cached functions can take one.
    """

    related: Mapping[str, frozenset[str]] = field(default_factory=dict)
    unknown: frozenset[str] = frozenset()

    @classmethod
    def from_ontology(cls, ontology: ActorOntology) -> ActorRelations:
        """Relations from the ontology: parent and child, allies (either way), one country's state or crowd roles."""
        links: dict[str, set[str]] = {}

        def link(a: str, b: str) -> None:
            links.setdefault(a, set()).add(b)
            links.setdefault(b, set()).add(a)

        by_role: dict[tuple[str, str], list[str]] = {}
        unknown = set()
        for entry in ontology:
            if entry.parent:
                parent = ontology.entry(entry.parent)
                link(entry.name, parent.name if parent else entry.parent)
            for ally in entry.allies:
                other = ontology.entry(ally)
                link(entry.name, other.name if other else ally)
            if entry.role in UNKNOWN_ROLES:
                unknown.add(entry.name)
            family = "state" if entry.role in STATE_ROLES else "crowd" if entry.role in CROWD_ROLES else None
            if family and entry.country:
                by_role.setdefault((family, entry.country), []).append(entry.name)
        for names in by_role.values():
            for first in names:
                for second in names:
                    if first != second:
                        link(first, second)
        return cls(related={k: frozenset(v) for k, v in links.items()}, unknown=frozenset(unknown))

    def is_unknown(self, name: str) -> bool:
        """Whether a name says only that the actor is unknown."""
        return name in self.unknown or bool(UNKNOWN_ACTOR.match(name))

    def same_side(self, first: str, second: str) -> bool:
        """Whether two names can be the same side: equal, parent and child, allies, or one state's forces."""
        return first == second or second in self.related.get(first, ())

    def matched(self, name: str, others: Iterable[str]) -> bool:
        """Whether a name can be the same side as one of `others`."""
        return any(self.same_side(name, other) for other in others)


#: Relations that know nothing: equal names only.
NO_RELATIONS = ActorRelations()


@functools.lru_cache(maxsize=1)
def packaged_relations() -> ActorRelations:
    """The relations of the packaged actor ontology, built once per process (the ontology is read-only)."""
    from sitrep.knowledge.actors import load_ontology

    return ActorRelations.from_ontology(load_ontology())
