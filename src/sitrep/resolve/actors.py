"""Resolve the actor mentions that need context to the actor the report means.

The recogniser leaves `value=None` on mentions it cannot decide alone: "ambiguous" aliases
("SNA", "the coalition"), "generic" references ("the soldiers", "the militants", "the
latter") and "country_generic" phrases ("villagers", "gunmen", "police"). This stage decides
them from two things:

- the report's country: a vote of the resolved places (`Place.country`), the country names
  and demonyms in the text, and the home countries of the named actors; the sentence's own
  country wins where it names one;
- the report's salient actors: the named actors so far, the most recent compatible one first
  ("the jihadists" after "Islamic State" -> Islamic State), else the most mentioned one.

A phrase that denotes a role ("the soldiers" -> military) falls back to the country's actor of
that role ("Military Forces of Nigeria"), chosen for the report's publication date (Syria's
state forces changed in December 2024). Anaphors ("the latter", "the enemy") never fall back:
when the context does not decide, the mention stays unresolved.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from operator import itemgetter

import ahocorasick

from sitrep.knowledge.actors import ActorOntology, alias_key
from sitrep.knowledge.schema import ROLES, GenericPhrase
from sitrep.model import Actor, ActorCategory, Mention, Place, WorkingDoc
from sitrep.recognise.country_sides import LAUNCHED_FROM, PARTY_WINDOW
from sitrep.resolve.backstory import backstory_sentence, named_as_risk
from sitrep.resolve.owners import STATE_FIGHTER_WORDS, demonym_country, loyalists, qualified_actor

#: Weight of each kind of evidence in the vote for the report's country. Places are the
#: strongest cue; a named actor's home country is weaker (foreign forces fight abroad).
#: Calibrated by hand on gold/train reports.
PLACE_WEIGHT = 1.0
COUNTRY_NAME_WEIGHT = 1.0
ACTOR_HOME_WEIGHT = 0.5
#: How much the report's own country weighs in each sentence's vote, against one place or
#: country name in the sentence: a sentence that names only "the border with Peru" in a report
#: on Ecuador stays in Ecuador (a tie goes to the report's country).
DOC_PRIOR = 1.0
#: A context alias is read in another country of the report only if that country has at least
#: this share of the top country's votes ("the coalition" in a report mainly on Myanmar is not
#: read in Yemen because Yemen is mentioned once).
RANKED_COUNTRY_SHARE = 0.5
#: A country name followed by one of these words names a place, not the country ("Niger State",
#: "the Niger Delta", "Congo River").
COUNTRY_NAME_PLACE_WORDS = re.compile(r"\s+(?:State|state|Delta|River|river|Basin|basin)\b")
#: "the militiamen of Isis": at most this many characters between a generic and its "of" actor.
OF_LINK_MAX = 40
#: The words that tie a generic phrase to the named actor right after it: "the militiamen of
#: Isis", "armed men affiliated with the so-called Jaish al-Adl", "gunmen loyal to Assad".
OF_LINKS = frozenset({"of", "of the", "from", "from the", "affiliated with", "affiliated to",
                      "affiliated with the", "loyal to", "loyal to the", "belonging to",
                      "belonging to the", "linked to", "linked to the", "associated with",
                      "associated with the", "of the so-called", "affiliated with the so-called",
                      "members of", "members of the", "fighters of", "fighters of the",
                      # who armed men are believed to be: "gunmen suspected to be members of the ADF",
                      # "armed men believed to be ELN members" (coded as the suspected group)
                      *(f"{belief} to be{rest}" for belief in ("believed", "suspected", "thought")
                        for rest in ("", " members of", " members of the", " from", " from the"))})
#: Kinds of actor a "the group"/"the movement" anaphor can mean (not states, not civilians).
NON_STATE_KINDS = frozenset({"jihadist", "rebel", "militia", "ethnic_militia", "gang", "mercenary"})
#: Phrases of the anaphor group that point at the last / the one before the last actor named.
LATTER, FORMER = "latter", "former"
#: Anaphors that mean the other side of the report.
ENEMY = frozenset({"enemy", "the enemy", "enemy forces"})
#: A foreign state force ("French troops" in a report on Niger) is what a later "the soldiers"
#: means only if named this many sentences back at most; beyond that, the local state's is.
FOREIGN_FORCE_SENTENCES = 1
#: Kinds of the state's own forces: a foreign one is never the default referent of "the soldiers".
STATE_KINDS = frozenset({"military", "police", "government"})
#: "Security forces" name the army or the police; reports say which by speaking of the police
#: around them ("killed three security personnel at a police station"). On gold/train, 6 of 7
#: such sentences are coded as the police, most without such a word as the military.
SECURITY_PHRASE = re.compile(r"(?:the\s+)?security\s+(?:forces|personnel|officials|forces officers)$", re.I)
#: Words that speak of the police: "police", "policemen", "officers", "police station", "cops".
POLICE_CUE = re.compile(r"\b(?:police\w*|officers?|cops?|constab\w+|gendarm\w+|law enforcement)\b", re.I)
#: Actors whose home country says nothing of where the report is: a foreign mission, and
#: civilians (named by their nationality abroad).
HOMELESS_CATEGORIES = frozenset({ActorCategory.EXTERNAL_OTHER, ActorCategory.CIVILIANS})
#: Denotations whose fallback is the country's unidentified armed group.
ARMED_DENOTES = frozenset({"armed", "jihadist", "gang"})
#: Denotations of a phrase that names a force, which a word before it may say whose it is.
FORCE_DENOTES = frozenset({"military", *ARMED_DENOTES})
#: Denotations of a phrase that names armed men, whose "of" phrase says whose they are.
FORCE_ROLES = frozenset({*FORCE_DENOTES, "police", "armed_group"})
#: "Allied" right before a generic force word: "the army and allied militias", "government forces
#: and allied clan militias". They fight beside the side named before them, so the report's usual
#: militia (its opponent) is not meant; lowercase only ("the Allied Democratic Forces" is a name).
ALLIED_BEFORE = re.compile(r"(?-i:\ballied)\s+(?:(?-i:[a-z])[\w-]*\s+)?$")
#: How far before a generic mention "allied" is looked for, in characters.
ALLIED_WINDOW = 25
#: A determiner right before a mention that points back at men the report has named: "the militants",
#: "these gunmen", "the same fighters"; not "militants", "suspected terrorists", "some gunmen" (new men).
DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?$", re.I)
#: How far before a mention its determiner may start, in characters.
DEFINITE_WINDOW = 20


@dataclass
class _Context:
    """What a report says about its countries and actors, built once per report."""

    published: dt.date | None
    country: str | None
    sentence_country: dict[int, str] = field(default_factory=dict)  # sentence start -> country
    sentences: list[tuple[int, int]] = field(default_factory=list)
    salience: Counter[str] = field(default_factory=Counter)
    ranked_countries: list[str] = field(default_factory=list)
    # Mentions (by start) that name a group only in the report's backstory (`resolve.backstory`).
    backstory: frozenset[int] = frozenset()
    active_salience: Counter[str] = field(default_factory=Counter)

    def sentence_index(self, position: int) -> int:
        for index, (start, end) in enumerate(self.sentences):
            if start <= position < end:
                return index
        return len(self.sentences)

    def country_at(self, position: int) -> str | None:
        for start, end in self.sentences:
            if start <= position < end:
                return self.sentence_country.get(start, self.country)
        return self.country


class ActorResolver:
    """Fills the `value` of ambiguous and generic actor mentions from the report's context."""

    name, version = "resolve.actors", "1"
    reads, adds = ("actor_mentions", "place_mentions"), ()

    def __init__(self, ontology: ActorOntology) -> None:
        self.ontology = ontology
        self._countries = ahocorasick.Automaton()
        for country in ontology.countries.values():
            for word in {*country.names, *country.demonyms, country.name}:
                self._countries.add_word(word, (len(word), country.name))
        self._countries.make_automaton()

    # ------------------------------------------------------------------ context
    def _country_hits(self, text: str) -> list[tuple[int, str]]:
        hits = []
        for last, (length, country) in self._countries.iter(text):
            start, end = last + 1 - length, last + 1
            left_ok = start == 0 or not text[start - 1].isalnum()
            if left_ok and (end == len(text) or not text[end].isalnum()) and \
                    not COUNTRY_NAME_PLACE_WORDS.match(text, end):
                hits.append((start, country))
        return hits

    def _place_country(self, mention: Mention) -> str | None:
        value = mention.value
        if isinstance(value, Place) and value.country:
            return self.ontology.country_of(value.country)
        return None

    def context(self, doc: WorkingDoc) -> _Context:
        """The report's country, each sentence's country, and its named actors' salience."""
        # Weighted votes: floats, which Counter's type (int counts) does not admit.
        votes: defaultdict[str, float] = defaultdict(float)
        by_sentence: dict[int, defaultdict[str, float]] = {}
        sentences = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]

        def sentence_of(position: int) -> int:
            for start, end in sentences:
                if start <= position < end:
                    return start
            return -1

        def vote(position: int, country: str | None, weight: float) -> None:
            if country:
                votes[country] += weight
                by_sentence.setdefault(sentence_of(position), defaultdict(float))[country] += weight

        for mention in doc.place_mentions:
            vote(mention.start, self._place_country(mention), PLACE_WEIGHT)
        places = [(m.start, m.end) for m in doc.place_mentions]
        for start, named_country in self._country_hits(doc.text):
            if LAUNCHED_FROM.search(doc.text, max(0, start - PARTY_WINDOW), start):
                continue  # "rockets fired from Lebanon struck Metula": where it came from, not where it fell
            # A name inside a place mention ("Niger State" in Nigeria) was counted as that place.
            if not any(s <= start < e for s, e in places):
                vote(start, named_country, COUNTRY_NAME_WEIGHT)
        salience: Counter[str] = Counter()
        for mention in doc.actor_mentions:
            actor = mention.value
            if isinstance(actor, Actor) and mention.label in ("name", "demonym", "shape"):
                salience[actor.id] += 1
                # Civilians are named by their nationality wherever they are ("two Turkish
                # engineers were kidnapped in Kogi"): no vote for where the report is.
                if actor.known and actor.country and actor.inter not in HOMELESS_CATEGORIES:
                    vote(mention.start, actor.country, ACTOR_HOME_WEIGHT)
        ranked = sorted(votes.items(), key=itemgetter(1), reverse=True)  # as Counter.most_common
        country = ranked[0][0] if ranked else None
        sentence_country: dict[int, str] = {}
        for start, local in by_sentence.items():
            if country is not None:
                local = defaultdict(float, local)
                local[country] += DOC_PRIOR * 1.0  # the report's country, as if named once more
            best = max(local.values(), default=0)
            top = [c for c, n in local.items() if n == best]
            if top:
                sentence_country[start] = country if country in top else top[0]
        shared = [c for c, n in ranked if ranked and n >= RANKED_COUNTRY_SHARE * ranked[0][1]]
        for mention in doc.actor_mentions:
            # A people's armed men count once the report is known to be about their country.
            if mention.label == "people" and isinstance(mention.value, Actor) and mention.value.country in shared:
                salience[mention.value.id] += 1
        backstory = self._backstory(doc, sentences)
        active = Counter(m.value.id for m in doc.actor_mentions if isinstance(m.value, Actor)
                         and m.label in ("name", "demonym", "shape") and m.start not in backstory)
        return _Context(published=doc.document.published, country=country,
                        sentence_country=sentence_country, sentences=sentences, salience=salience,
                        ranked_countries=shared, backstory=backstory, active_salience=active)

    @staticmethod
    def _backstory(doc: WorkingDoc, sentences: list[tuple[int, int]]) -> frozenset[int]:
        """The starts of the named actor mentions that tell only the report's backstory."""
        told: dict[tuple[int, int], bool] = {}
        starts = set()
        for mention in doc.actor_mentions:
            if not isinstance(mention.value, Actor) or mention.label not in ("name", "demonym", "shape"):
                continue
            span = next(((s, e) for s, e in sentences if s <= mention.start < e), (0, len(doc.text)))
            if span not in told:
                told[span] = backstory_sentence(doc.text[span[0]:span[1]], doc.document.published)
            if told[span] or named_as_risk(doc.text, mention.start, span[0]):
                starts.add(mention.start)
        return frozenset(starts)

    # ------------------------------------------------------------------ resolving
    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        doc.actor_mentions = self.resolve(doc)
        return doc

    def resolve(self, doc: WorkingDoc) -> list[Mention]:
        """Return the report's actor mentions with every decidable `value` filled in."""
        context = self.context(doc)
        resolved: list[Mention] = []
        for index, mention in enumerate(doc.actor_mentions):
            if mention.label == "people" and not self._peoples_country(mention, context):
                mention = replace(mention, value=None)
            if mention.value is None:
                actor = self._resolve(mention, doc, context, resolved, index)
                if actor is not None:
                    mention = replace(mention, value=actor)
            resolved.append(mention)
        return resolved

    @staticmethod
    def _peoples_country(mention: Mention, context: _Context) -> bool:
        """Whether a people's phrase is read in its militia's country ("Arab tribes" in Sudan, not Syria)."""
        country = mention.value.country if isinstance(mention.value, Actor) else None
        return country is not None and country in (context.country_at(mention.start), *context.ranked_countries)

    def resolve_generic(self, mention: Mention, doc: WorkingDoc, position: int | None = None) -> Actor | None:
        """Resolve one mention as if read at `position` (default: where it starts).

        For the event extractor: only mentions before `position` count as "preceding".
        Returns the mention's own value when it already has one.
        """
        if mention.value is not None:
            return mention.value
        context = self.context(doc)
        position = mention.start if position is None else position
        before = [m for m in doc.actor_mentions if m.end <= position]
        return self._resolve(mention, doc, context, before, len(before))

    def _resolve(self, mention: Mention, doc: WorkingDoc, context: _Context,
                 before: list[Mention], index: int) -> Actor | None:
        country = context.country_at(mention.start)
        on = context.published
        text = mention.text
        if mention.label == "ambiguous":
            phrase = self.ontology.generic(text)
            generic_word = phrase is not None
            if phrase is not None and phrase.denotes in ARMED_DENOTES:
                # "gang members" after "Gran Grif" is Gran Grif, whatever the country's usual gang.
                named = [m.value for m in before if isinstance(m.value, Actor) and m.value.known
                         and m.start not in context.backstory]
                recent = self._most_recent(named, set(phrase.kinds), country)
                if recent is not None:
                    return recent
            # A generic word ("army") is read in the report's own country only; a true name
            # ("Kurdish fighters", "SNA") may name an actor of any country the report is about.
            countries = (country, context.country) if generic_word else (country, *context.ranked_countries)
            for name in (text, _without_last_word(text)):
                for where in countries:
                    actor = self.ontology.context_lookup(name, where, on) if name and where else None
                    if actor is not None:
                        return actor
        phrase = self.ontology.generic(text) or self.ontology.generic(_without_last_word(text))
        if phrase is None:
            return None
        if ALLIED_BEFORE.search(doc.text, max(0, mention.start - ALLIED_WINDOW), mention.start):
            return None  # "the army and allied militias": the named side's allies, not its enemy
        # A force "of" an actor the context decides is that actor's; people "from" terrorist cruelty are not.
        following = self._of_actor(mention, doc, index, context, before if phrase.denotes in FORCE_ROLES else None)
        if following is not None:
            return following
        if phrase.denotes in ARMED_DENOTES or phrase.denotes == "armed_group":
            loyal = loyalists(self.ontology, mention, doc.text, on)
            if loyal is not None:
                return loyal
        if phrase.denotes in FORCE_DENOTES:
            owner = qualified_actor(self.ontology, mention, doc.text, on)
            if owner is not None:
                return owner
        if SECURITY_PHRASE.match(text) and self._police_sentence(doc.text, mention, context):
            police = self.ontology.role_actor(country, "police", on)
            if police is not None:
                return police
        if (phrase.denotes in ARMED_DENOTES or phrase.denotes == "armed_group") \
                and alias_key(text) not in STATE_FIGHTER_WORDS:
            # "Palestinian militants" fired at Sderot: armed men of no state are read in the
            # country their demonym names, not in the country where they struck.
            country = demonym_country(self.ontology, mention, doc.text) or country
        return self._resolve_phrase(phrase, mention, doc.text, context, before, country, on)

    @staticmethod
    def _police_sentence(text: str, mention: Mention, context: _Context) -> bool:
        """Whether the mention's sentence speaks of the police besides the mention itself."""
        start, end = next(((s, e) for s, e in context.sentences if s <= mention.start < e), (0, len(text)))
        return bool(POLICE_CUE.search(text[start:mention.start]) or POLICE_CUE.search(text[mention.end:end]))

    def _of_actor(self, mention: Mention, doc: WorkingDoc, index: int, context: _Context,
                  before: list[Mention] | None) -> Actor | None:
        """"the militiamen of Isis", "the jets of the international coalition": the actor right after
        "of"; one the context must decide ("the coalition") is resolved here, given the mentions `before`."""
        for other in doc.actor_mentions:
            if other.start >= mention.end and other.start - mention.end <= OF_LINK_MAX:
                link = doc.text[mention.end:other.start].strip().lower()
                if link not in OF_LINKS:
                    break
                if other.value is None and before is not None and other.label in ("ambiguous", "generic"):
                    return self._resolve(other, doc, context, [*before, mention], index + 1)
                return other.value if isinstance(other.value, Actor) else None
        return None

    @staticmethod
    def _called_so(mention: Mention, before: list[Mention]) -> Actor | None:
        """The named actor the report last called by the phrase: "terrorists" after "PYD/PKK
        terrorists" is the PYD/PKK, whatever kind of group the word usually means."""
        phrase = _singular(alias_key(mention.text))
        for m in reversed(before):
            key = _singular(alias_key(m.text))
            if (isinstance(m.value, Actor) and m.value.known and m.label == "name"
                    and key.endswith(" " + phrase)):
                return m.value
        return None

    def _resolve_phrase(self, phrase: GenericPhrase, mention: Mention, text: str, context: _Context,
                        before: list[Mention], country: str | None, on: dt.date | None) -> Actor | None:
        here = context.sentence_index(mention.start)
        named = [m.value for m in before if isinstance(m.value, Actor) and m.value.known
                 and not self._foreign_and_far(m, m.value, country, context, here)]
        if country and SECURITY_PHRASE.match(mention.text):
            # "Security forces" are the host state's, not a foreign army named before them
            # ("Rwanda backs the M23 ... fighting with security forces" in Congo).
            named = [a for a in named if a.country in (None, country)]
        if phrase.denotes == "anaphor":
            return self._anaphor(phrase, named, context)
        kinds = set(phrase.kinds)
        salience = context.salience
        if phrase.denotes in ARMED_DENOTES:
            called = self._called_so(mention, before)
            if called is not None:
                return called
            # A bare "terrorists", "suspected militants" brings new men into the report: not a
            # group it names only in its backstory ("after the Front broke off talks in 2021").
            # "The militants" points back, and may point back at such a group.
            if not DEFINITE_BEFORE.search(text, max(0, mention.start - DEFINITE_WINDOW), mention.start):
                named = [m.value for m in before if isinstance(m.value, Actor) and m.value.known
                         and m.start not in context.backstory
                         and not self._foreign_and_far(m, m.value, country, context, here)]
            salience = context.active_salience
        if phrase.denotes in ("military", "police", "government") or phrase.denotes in ARMED_DENOTES:
            recent = self._most_recent(named, kinds, country)
            if recent is not None:
                return recent
            salient = self._most_salient(salience, kinds, country, local_only=bool(kinds & STATE_KINDS))
            if salient is not None:
                return salient
        if phrase.denotes == "jihadist":
            # "Terrorists" is what a state calls its armed enemy, whatever it is: in a report that
            # names no jihadist group, the last armed group named before.
            recent = self._most_recent(named, set(NON_STATE_KINDS), country)
            if recent is not None:
                return recent
        role = phrase.denotes if phrase.denotes in ROLES else "armed_group"
        return self.ontology.role_actor(country, role, on)

    def _foreign_and_far(self, mention: Mention, actor: Actor, country: str | None,
                         context: _Context, here: int) -> bool:
        if not country or not actor.country or actor.country == country:
            return False
        if self.ontology.kind(actor) not in ("military", "police", "peacekeepers"):
            return False
        return here - context.sentence_index(mention.start) > FOREIGN_FORCE_SENTENCES

    def _compatible(self, actor: Actor, kinds: set[str], country: str | None) -> bool:
        if self.ontology.kind(actor) not in kinds:
            return False
        if kinds & {"military", "police", "government"} and country and actor.country:
            # "the police" in a Kenyan report is Kenya's police, even after "Ugandan police".
            return actor.country == country or self.ontology.kind(actor) == "military"
        return True

    def _most_recent(self, named: list[Actor], kinds: set[str], country: str | None) -> Actor | None:
        for actor in reversed(named):
            if self._compatible(actor, kinds, country):
                return actor
        return None

    def _most_salient(self, salience: Counter[str], kinds: set[str], country: str | None,
                      local_only: bool = False) -> Actor | None:
        ranked = [(n, i) for i, n in salience.most_common()
                  if (a := self.ontology.actor(i)) and self._compatible(a, kinds, country)
                  and not (local_only and country and a.country and a.country != country)]
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None  # no compatible actor, or a tie: the context does not decide
        return self.ontology.actor(ranked[0][1])

    def _anaphor(self, phrase: GenericPhrase, named: list[Actor], context: _Context) -> Actor | None:
        distinct: list[Actor] = []
        for actor in reversed(named):
            if all(a.id != actor.id for a in distinct):
                distinct.append(actor)
        key = alias_key(phrase.phrase)
        if key == LATTER:
            return distinct[0] if distinct else None
        if key == FORMER:
            return distinct[1] if len(distinct) > 1 else None
        if phrase.phrase in ENEMY:
            sides = [i for i, _ in context.salience.most_common()
                     if (a := self.ontology.actor(i)) and self.ontology.kind(a) not in ("civilians", None)]
            if len(sides) == 2 and distinct:
                # Two sides in the report: "the enemy" is the one not just named.
                other = sides[1] if distinct[0].id == sides[0] else sides[0]
                return self.ontology.actor(other)
            return None
        for actor in distinct:  # "the group", "the movement": the last non-state actor named
            if self.ontology.kind(actor) in NON_STATE_KINDS:
                return actor
        return None


def _singular(word: str) -> str:
    """A word without its plural -s ("terrorists" -> "terrorist")."""
    return word[:-1] if word.endswith("s") else word


def _without_last_word(text: str) -> str:
    parts = text.rsplit(None, 1)
    return parts[0] if len(parts) == 2 else ""
