"""A person told by their relation to a force is a civilian, not the force.

"Gunmen killed the son of a police officer", "militiamen shot a shopkeeper whose son is a
Peshmerga fighter", "the wife of a soldier was abducted": the victim is the relative, and a coder
files them as civilians. The recogniser finds the force's name ("police officer", "Peshmerga"),
which the sides would otherwise take for the victim. This stage, run after the actors are
resolved, makes such a mention its country's civilians.
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.knowledge.actors import ActorOntology
from sitrep.model import Actor, Mention, WorkingDoc

#: Kin and household words ("son", "wives", "relatives", "family").
RELATION_NOUNS = (r"(?:sons?|daughters?|wi(?:fe|ves)|husbands?|brothers?|sisters?|fathers?|mothers?|parents|"
                  r"relatives?|famil(?:y|ies)|child(?:ren)?|nephews?|nieces?|cousins?|widows?|in-laws|fianc[ée]e?s?)")
#: Up to two lower-case words before the force's name ("a senior", "an off-duty", "the slain").
LEAD_WORDS = r"(?:(?-i:[a-z])[\w'’-]*\s+){0,2}"
#: A relation noun with "of" right before a force's name: "the son of a police officer",
#: "relatives of the soldiers", "the wife of an off-duty soldier"; not "the commander of the
#: soldiers" (no kin word) nor "the son of a man killed by the army" (the force is further on).
RELATIVE_OF = re.compile(rf"\b{RELATION_NOUNS}\s+of\s+{LEAD_WORDS}$", re.I)
#: A person whose relative belongs to the force: "a shopkeeper whose son is a Peshmerga
#: fighter", "a teacher whose son serves in the army"; not "a soldier whose unit was ambushed".
WHOSE_RELATIVE = re.compile(rf"\bwhose\s+{RELATION_NOUNS}\s+(?:is|was|are|were|(?:serves?|served|works?|worked)"
                            rf"\s+(?:in|with|for))\s+{LEAD_WORDS}$", re.I)
#: An apposition after the force's name saying the relative is one of the force too: "the brother
#: of an M23 commander, himself an M23 fighter", "the son of a general, also a soldier"; then the
#: person is the force, not a civilian. Not "the son of a police officer, a student" (no such word).
RELATIVE_ALSO_FORCE = re.compile(r"[^,.;]{0,30},\s*(?:himself|herself|themselves|also)\b", re.I)
#: How far before a force's name the relation may start, in characters.
RELATION_WINDOW = 60
#: Kinds of actor whose relatives the rule concerns: everyone but the people themselves.
PEOPLE_KINDS = frozenset({"civilians", "protesters", "rioters"})


def is_relative_of(text: str, mention: Mention) -> bool:
    """Whether the text just before a mention tells a relative of it ("the son of a ...")."""
    before = text[max(0, mention.start - RELATION_WINDOW):mention.start]
    if RELATIVE_ALSO_FORCE.match(text, mention.start):
        return False
    return bool(RELATIVE_OF.search(before) or WHOSE_RELATIVE.search(before))


class RelativesOfForces:
    """Makes a force's name told as someone's relative ("the wife of a soldier") its country's civilians."""

    name, version = "resolve.relatives", "1"
    reads, adds = ("actor_mentions",), ()

    def __init__(self, ontology: ActorOntology) -> None:
        self.ontology = ontology

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        doc.actor_mentions = [self._civilian(mention) if isinstance(mention.value, Actor)
                              and is_relative_of(doc.text, mention) else mention
                              for mention in doc.actor_mentions]
        return doc

    def _civilian(self, mention: Mention) -> Mention:
        actor: Actor = mention.value
        if self.ontology.kind(actor) in PEOPLE_KINDS:
            return mention
        countries = (actor.country,) if actor.country else self.ontology.operates_in(actor)
        civilians = self.ontology.role_actor(countries[0], "civilians") if countries else None
        # A generic label: the sentence names no country for these civilians (`events.identity`).
        return replace(mention, value=civilians, label="country_generic") if civilians else mention
