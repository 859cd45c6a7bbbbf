"""Whose force a generic mention is, read from the words right around it.

"Karabakh soldier" (a qualifier the ontology knows with a force word), "gunmen loyal to deposed
ruler Bashar al-Assad" (a person's loyalists), "Lebanese militants" (armed men of no state, read in
their demonym's country). Used by `resolve.actors.ActorResolver`.
"""
from __future__ import annotations

import datetime as dt
import re

from sitrep.knowledge.actors import ActorOntology
from sitrep.model import Actor, Mention

#: Generic words a foreign state's own men are also called by: "four Iranian fighters" killed in
#: Syria are Iran's forces or its proxies, so the demonym does not make them an unidentified group
#: of Iran (train e-029); "Lebanese militants", "Pakistani gunmen" are armed men of no state.
STATE_FIGHTER_WORDS = frozenset({"fighter", "fighters"})
#: The capitalised word right before a force word, saying whose force it is: "Karabakh soldier",
#: "the Artsakh troops"; not a determiner or a sentence's capitalised first word of another kind
#: ("The soldiers", "Some fighters"), which the lookup of "<word> forces" would not find anyway.
QUALIFIER_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|Some|Two|Three|Many|Several|These|Those)\b)"
                              r"((?-i:[A-Z])[\w’'-]+)\s+$")
#: The words tried after such a qualifier to find the actor it names: the ontology knows
#: "Karabakh forces", so "Karabakh soldier" is that actor.
QUALIFIED_FORCE_WORDS = ("forces", "army", "troops", "soldiers", "fighters", "militia", "militants")
#: How far before a force word its qualifier may start, in characters.
QUALIFIER_WINDOW = 40
#: Armed men loyal to a person, named by the person's surname after titles and first names:
#: "gunmen loyal to deposed ruler Bashar al-Assad", "fighters loyal to the former president";
#: the surname is the last capitalised word ("Assad" of "al-Assad").
LOYAL_TO = re.compile(r"\s+(?:loyal to|linked to|backing)\s+(?:the\s+)?(?:(?:former|deposed|ousted|late|toppled|"
                      r"fallen|exiled|ex-|president|ruler|leader|strongman|dictator|general|warlord|commander|"
                      r"prime minister|renegade)\s+)*(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}"
                      r"(?:(?:al|el|ad|as)-)?((?-i:[A-Z])[\w'’]+)", re.I)
#: How the ontology names a person's loyalists, tried with the surname after LOYAL_TO.
LOYALIST_NAMES = ("{} loyalists", "pro-{} militias", "pro-{} fighters", "pro-{} militia")


def demonym_country(ontology: ActorOntology, mention: Mention, text: str) -> str | None:
    """The country a demonym right before a generic names ("Lebanese militants" -> Lebanon)."""
    qualifier = QUALIFIER_BEFORE.search(text, max(0, mention.start - QUALIFIER_WINDOW), mention.start)
    return ontology.country_of(qualifier.group(1)) if qualifier is not None else None


def qualified_actor(ontology: ActorOntology, mention: Mention, text: str, on: dt.date | None) -> Actor | None:
    """"Karabakh soldier": the actor the word before a force word names, when the ontology
    knows that word with a force word ("Karabakh forces")."""
    qualifier = QUALIFIER_BEFORE.search(text, max(0, mention.start - QUALIFIER_WINDOW), mention.start)
    if qualifier is None or ontology.country_of(qualifier.group(1)) is not None:
        # "Syrian rebel forces", "French jihadist": a country's people, not its state forces.
        return None
    for word in QUALIFIED_FORCE_WORDS:
        actor = ontology.lookup(f"{qualifier.group(1)} {word}", None, on)
        if actor is not None:
            return actor
    return None


def loyalists(ontology: ActorOntology, mention: Mention, text: str, on: dt.date | None) -> Actor | None:
    """"gunmen loyal to deposed ruler Bashar al-Assad": the ontology's loyalists of that person."""
    loyal = LOYAL_TO.match(text, mention.end)
    if loyal is None:
        return None
    for name in LOYALIST_NAMES:
        actor = ontology.lookup(name.format(loyal.group(1)), None, on)
        if actor is not None:
            return actor
    return None
