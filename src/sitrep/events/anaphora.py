"""A place a sentence refers back to by its kind ("in the area", "the town"): the last place the
report introduced with that kind word.

A sentence that names no place but points back at one with a definite kind word ("bombings on
posts in the area", "the town was shelled again") means the nearest place the report called by
that word ("the Hajin area", "the Russian town of Shebekino"), not the place it names most often
nor the largest one told just before: the repeated head noun is what links the two.
"""
from __future__ import annotations

import re

from sitrep.model import Mention, Place, Sentence

#: The kind words a report calls a place by and refers back to it with.
PLACE_KINDS = ("area", "town", "city", "village", "camp", "base")
_KIND = "|".join(PLACE_KINDS)
#: A definite kind word with no name of its own after it: "in the area", "the town was shelled",
#: "near the village", "outside the base" (not "the area of X" nor "the town of X", which name
#: one; not "the village elders", "the city's mayor", "the town council": people or bodies).
DEFINITE_KIND = re.compile(rf"\bthe\s+({_KIND})\b(?!\s+(?:of|elders?|council|authorities|residents?|mayor|chief|"
                           rf"governor|hall|centre|center)\b|['’]s\b|(?-i:\s+[A-Z]))", re.I)
#: A kind word introducing the name after it: "the town of X", "the Russian town of X", "the
#: northern Syrian city of X", "a village called X" (up to three words between "the" and the kind).
KIND_BEFORE = re.compile(rf"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?({_KIND})\s+(?:of|called|named)\s+(?:the\s+)?$",
                         re.I)
#: A kind word after the name: "X town", "the X area", "X camp", "X village".
KIND_AFTER = re.compile(rf"\s+({_KIND})\b", re.I)
#: How far back (characters) a kind word is looked for before a name.
KIND_WINDOW = 50


def kinds_referred_to(text: str, sentence: Sentence) -> set[str]:
    """The kind words the sentence refers back to a place with ("the area" -> {"area"})."""
    return {m.group(1).lower() for m in DEFINITE_KIND.finditer(text, sentence.start, sentence.end)}


def kind_of(text: str, mention: Mention) -> str | None:
    """The kind word the text introduces a place mention with, before or after its name (or the
    last word of the mention itself: "Hajin area"), None when it gives none."""
    last = mention.text.split()[-1].lower() if mention.text.split() else ""
    if last in PLACE_KINDS and len(mention.text.split()) > 1:
        return last
    before = KIND_BEFORE.search(text, max(0, mention.start - KIND_WINDOW), mention.start)
    if before is not None:
        return before.group(1).lower()
    after = KIND_AFTER.match(text, mention.end)
    return after.group(1).lower() if after is not None else None


def antecedent(text: str, sentence: Sentence, places: list[Mention]) -> Mention | None:
    """The place a sentence refers back to by its kind: the last of `places` before the sentence
    that the text introduced with a kind word the sentence repeats, provided no other place is
    named after it (None otherwise: "the area" after another town is that town's)."""
    kinds = kinds_referred_to(text, sentence)
    if not kinds:
        return None
    before = sorted((m for m in places if m.end <= sentence.start), key=lambda m: m.start)
    for k in range(len(before) - 1, -1, -1):
        if kind_of(text, before[k]) in kinds:
            name = _name(before[k])
            return before[k] if all(_name(m) == name for m in before[k + 1:]) else None
    return None


def _name(mention: Mention) -> str | None:
    place = mention.value
    return place.name if isinstance(place, Place) else None


#: An installation told without its name, often in a report's first sentence: "captured a military
#: base south-west of the capital", "a rocket attack on a base in northern Iraq", "an army camp near
#: X" (a kind word of `INSTALLATION_KINDS` after "a"/"an" and up to two describing words).
INDEFINITE_INSTALLATION = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(base|camp)\b(?!\s+of\b)")
#: The kind words of installations a report names later ("the El Salini base", "X military base").
INSTALLATION_KINDS = frozenset({"base", "camp"})
#: How many sentences after (then before) an unnamed installation its name is looked for.
INSTALLATION_SENTENCES = 3


def unnamed_installation(text: str, sentence: Sentence) -> re.Match[str] | None:
    """The first installation the sentence tells without its name ("a military base"), or None."""
    return INDEFINITE_INSTALLATION.search(text, sentence.start, sentence.end)


def installation_named(text: str, kind: str, sentences: list[Sentence], places: list[Mention]) -> Mention | None:
    """The first of `places`, in the given sentences, that the text calls an installation of `kind`
    ("the El Salini base" for "a military base"): the name of the installation told unnamed."""
    for sentence in sentences:
        for m in places:
            if sentence.start <= m.start < sentence.end and kind_of(text, m) == kind:
                return m
    return None
