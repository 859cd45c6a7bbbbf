"""The default extractor: trigger lexicon + modality + roles + coding rules over recognised mentions.

For each sentence: find trigger words, drop those the sentence frames as intention, forecast,
hypothesis or denial, give the sentence's actors their sides, code the sub-event type, pick the
most precise place, date and fatality figure, then merge candidates that are one event
(same type, sides, place and day) as the codebook asks.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal

from sitrep.config import Settings
from sitrep.events.aircraft import aircraft_owner, fire_told_after
from sitrep.events.attribution import (
    BOMB_SUBS,
    TERRITORY_SUBS,
    battle_sides,
    bomber_first,
    driven_out,
    loser_second,
    unclaimed_author,
)
from sitrep.events.clauses import (
    ToldAct,
    clause_span,
    in_relative_aside,
    relative_aside,
    second_event_allowed,
    separate_act,
)
from sitrep.events.coding import ENTRY_FORMS, choose_sub_event_type
from sitrep.events.descriptions import compared_since
from sitrep.events.eventness import EventnessFilter, EventnessModel, load_eventness_model
from sitrep.events.eventrefs import referent
from sitrep.events.figures import place_fatalities
from sitrep.events.headlines import fold_headline, repeat_end
from sitrep.events.implied import EventContext, implied_sides
from sitrep.events.location import EventLocator, place_of
from sitrep.events.merge import merge_duplicates
from sitrep.events.modality import ModalityJudge
from sitrep.events.notes import write_note
from sitrep.events.opponents import OpponentModel, load_opponent_model
from sitrep.events.participles import describes_side
from sitrep.events.retellings import VIOLENT_TYPES, Candidate, fold_retellings, tells_told_act
from sitrep.events.roles import SUPPORT_BEFORE, SUPPORT_WINDOW, assign_sides
from sitrep.events.sides import PROTEST_TYPES, RoleActors, conform_sides
from sitrep.events.triggers import (
    TriggerFinder,
    TriggerHit,
    anchors_another,
    name_bare_bombings,
    name_bare_raids,
    name_bare_strikes,
    refers_back,
    retold_beside_new_act,
)
from sitrep.events.unnamed import (
    author_of_unnamed_act,
    rescued_before,
    sides_of_unnamed_act,
    victims_of_unnamed_act,
)
from sitrep.knowledge.lexicons import load_modality_cues, load_trigger_families
from sitrep.model import (
    SUB_EVENT_TYPES,
    Actor,
    Document,
    Event,
    Evidence,
    Mention,
    Sentence,
    WorkingDoc,
)
from sitrep.pipeline import Pipeline, Stage
from sitrep.recognise.event_dates import event_date
from sitrep.recognise.numbers import event_fatalities

EXTRACTOR_NAME = "sitrep.rules"
EXTRACTOR_VERSION = "0.5"

#: Base confidence of a candidate, before the bonuses and modality penalties below.
#: Calibrated on gold/train so that dropping candidates under MIN_CONFIDENCE trades about as
#: much recall as it gains precision.
BASE_CONFIDENCE = 0.5
VERBAL_BONUS = 0.15
BOTH_SIDES_BONUS = 0.1
PLACE_BONUS = 0.1
NO_ACTOR_PENALTY = 0.25
MIN_CONFIDENCE = 0.4
#: With the learned eventness model as the second opinion, the rules propose more generously:
#: the model, not this floor, decides (see `sitrep.events.eventness`).
CANDIDATE_MIN_CONFIDENCE = 0.15
#: Events older than this at publication are background (no gold event in train is older
#: than a year; 7 of 22 events 1-12 months old are coded, the rest optional).
BACKGROUND_AGE_DAYS = 365
RECENT_AGE_DAYS = 31
OLD_EVENT_PENALTY = 0.15
#: A four-digit year in a date mention ("in 2014", "since 2017").
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A first line this short, with no closing full stop, is a headline.
MAX_HEADLINE_CHARS = 200
#: Trigger families of a mutual act: "X and Y clashed" names two sides.
RECIPROCAL_FAMILIES = frozenset({"clash"})
#: The type of an aircraft lost with no fire told (the codebook's house rule): its side may be
#: left unnamed ("one of its helicopters crashed"), the army of the place (`aircraft_owner`).
LOSS_SUB = "Other"
#: How many sentences back an event's sides still stand for a sentence that names none
#: ("The clashes resumed on Saturday"). On gold/train, keeping every candidate: 1 sentence
#: F1 0.639, 2: 0.648, 3: 0.650, 5: 0.645 (none: 0.642).
CONTEXT_SENTENCES = 3


class EventExtraction:
    """The stage that turns recognised mentions into coded events."""

    name, version = "events.rules", EXTRACTOR_VERSION
    reads = ("sentences", "actor_mentions", "place_mentions", "date_mentions", "number_mentions")
    adds = ("events",)

    def __init__(self, triggers: TriggerFinder, modality: ModalityJudge, roles: RoleActors,
                 min_confidence: float = MIN_CONFIDENCE, opponents: OpponentModel | None = None) -> None:
        self.triggers = triggers
        self.opponents = opponents
        self.modality = modality
        self.roles = roles
        self.min_confidence = min_confidence

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        text = doc.text
        lowered = text.lower()
        families = self.triggers.families
        hits = name_bare_raids(name_bare_bombings(name_bare_strikes(self.triggers.find(text, lowered), text, families),
                                                     families), text, families)
        candidates: list[Candidate] = []
        locator = EventLocator(doc)
        hit_i = 0
        silent: list[tuple[int, Sentence, list[TriggerHit]]] = []
        for s_index, sentence in enumerate(doc.sentences):
            sent_hits = []
            while hit_i < len(hits) and hits[hit_i].start < sentence.end:
                if hits[hit_i].start >= sentence.start:
                    sent_hits.append(hits[hit_i])
                hit_i += 1
            if sent_hits:
                context = [c for c in candidates[-1:] if s_index - c.s_index <= CONTEXT_SENTENCES]
                found = self._sentence_events(doc, locator, s_index, sentence, sent_hits, lowered,
                                              context[0] if context else None, len(candidates) - 1, candidates)
                if not found:
                    silent.append((s_index, sentence, sent_hits))
                candidates.extend(found)
        # A report's opening act often names its sides only in the sentences after it ("A ranger was
        # killed by a bomb ... Police blamed the separatists"): those sides stand for it.
        borrowed = []
        for s_index, sentence, sent_hits in silent:
            later = next((c for c in candidates if 0 < c.s_index - s_index <= CONTEXT_SENTENCES), None)
            if later is not None:
                borrowed.extend(self._sentence_events(doc, locator, s_index, sentence, sent_hits, lowered, later))
        headline = headline_end(text)
        events = merge_duplicates(fold_retellings(_in_text_order(candidates, borrowed)), headline)
        events = fold_headline(events, text[:headline])
        doc.events = _unique_ids(events)
        return doc

    def _sentence_events(self, doc: WorkingDoc, locator: EventLocator, s_index: int, sentence: Sentence,
                         hits: list[TriggerHit], lowered: str,
                         context: Candidate | None = None, context_at: int | None = None,
                         earlier: Sequence[Candidate] = ()) -> list[Candidate]:
        text = doc.text
        # The act the sentence refers back to ("During the fighting, twenty rebels were killed").
        referred = referent(text[sentence.start:sentence.end], s_index, earlier)
        actors = [m for m in doc.actor_mentions if sentence.start <= m.start < sentence.end]
        places = [m for m in doc.place_mentions if sentence.start <= m.start < sentence.end]
        out: list[Candidate] = []
        told: list[ToldAct] = []
        # The support of another act is not the act, nor its means ("The army, backed by drones, attacked").
        support = {h.start for h in hits if len(hits) > 1 and SUPPORT_BEFORE.search(
            text, max(sentence.start, h.start - SUPPORT_WINDOW), h.start)}
        # A stated capture outranks the entry that led to it ("pushed into X, capturing ...").
        # The main clause's act is the news; a relative clause's act is its subject's background.
        for hit in sorted(hits, key=lambda h: (in_relative_aside(text, h, sentence.start, sentence.end),
                                               -h.top.priority, h.form in ENTRY_FORMS, h.start)):
            if hit.start in support:
                continue  # "backed by coalition airstrikes, the SDF captured ...": the support is not the act
            if len(hits) > 1 and anchors_another(text, hit):
                continue  # "artillery shelled the town after the airstrikes": the airstrikes are told before
            if len(hits) > 1 and describes_side(text, hit.start, hit.end, sentence.end, actors):
                continue  # "soldiers fighting against the ADF were ambushed": the ambush is the act
            if len(hits) > 1 and retold_beside_new_act(text, hit, hits):
                continue  # "the Friday attack coincided with an IS assault on ...": the assault is the act
            judgement = self.modality.judge(text, sentence.start, sentence.end, hit.start, lowered,
                                            nominal=not hit.verbal)
            if not judgement.is_event:
                continue
            # A clause of its own tells its own act: its sides, means and wording are its own.
            c_start, c_end = clause_span(text, hit, hits, sentence.start, sentence.end)
            clause = text[c_start:c_end]
            # A relative clause's act is its own: its places and dates are not this act's.
            aside = relative_aside(text, hit, hits, c_start, c_end)
            sides = assign_sides(text, sentence.start, hit.start, hit.end,
                                 [m for m in actors if c_start <= m.start and m.end <= c_end],
                                 reciprocal=hit.top.id in RECIPROCAL_FAMILIES)
            own_places = [m for m in places if aside is None or not aside[0] <= m.start < aside[1]]
            event_places = locator.places(s_index, sentence, own_places, hit.start, hit.end, hit.top.id,
                                          (c_start, c_end))
            families = {f.id for h in hits if c_start <= h.start and h.end <= c_end and h.start not in support
                        for f in h.families}
            place = place_of(event_places[0]) if event_places else None
            sub = choose_sub_event_type(hit, families, clause, text[hit.end:c_end], sides.actor1, sides.actor2,
                                        sides.assoc1, place, self.roles)
            if sub is None:
                continue
            if told and not (second_event_allowed(told[0].sub, sub, hit)
                             or separate_act(text, ToldAct(hit, sub, sides.actor1, sides.actor2, event_places), told)):
                continue
            actor1, actor2 = sides.actor1, sides.actor2
            from_context, taken_at = actor1 is None and actor2 is None, context_at
            if from_context:
                # The act the sentence refers back to, else the one told just before.
                if referred is not None and referred.actor1 is not None and referred.fits(SUB_EVENT_TYPES[sub]):
                    actor1, actor2, taken_at = referred.actor1, referred.actor2, referred.position
                else:
                    actor1, actor2 = context_sides(sub, context)
                from_context = actor1 is not None or actor2 is not None
                # The sides decide the type ("four villagers were killed" after an attack on
                # civilians is an attack too, not the clash a sideless kill defaults to).
                sub = choose_sub_event_type(hit, families, clause, text[hit.end:c_end], actor1, actor2,
                                            sides.assoc1, place, self.roles) or sub
            # The protest's crowd is its trigger ("protesters blocked the road", "protesters stormed
            # the airport", a riot): conform_sides names it.
            if sub == LOSS_SUB and fire_told_after(text, c_end):
                continue  # "... crashed. The aircraft was hit by a missile": no loss by accident
            if actor1 is None and actor2 is None and sub == LOSS_SUB and place is not None:
                actor1 = aircraft_owner(clause, place.country, self.roles, doc.document.published)
            if actor1 is None and actor2 is None:
                actor1, actor2 = sides_of_unnamed_act(sub, place.country if place else None, self.roles,
                                                      doc.document.published)
            if actor1 is None and actor2 is None:
                actor2 = victims_of_unnamed_act(sub, clause, place.country if place else None, self.roles,
                                                doc.document.published)
                sub = "Attack" if actor2 is not None else sub  # people shot by nobody named: not a fight
            if actor1 is None and actor2 is None and sub not in PROTEST_TYPES and hit.top.id != "protest":
                continue  # nobody did anything: not codable
            sides_context = EventContext(
                text, sentence.start, sentence.end, hit.end, doc.actor_mentions,
                (place.country if place else None) or _country_of(actor1), doc.document.published,
                tuple((s.start, s.end) for s in doc.sentences), self.opponents, hit.start,
                referred)
            sub, actor1, actor2 = implied_sides(sub, actor1, actor2, sides_context, self.roles)
            country = place.country if place else _country_of(actor1, actor2)
            if rescued_before(text, sentence.start, hit.start):
                # "Police rescued a man abducted ...": the rescuers are not the abductors.
                actor1 = author_of_unnamed_act(sub, actor1, country, self.roles, doc.document.published)
            # Nobody claimed it: a group the sentence does not name is not the report's usual enemy.
            actor1 = unclaimed_author(actor1, text, actors, country, self.roles, doc.document.published, sub)
            actor2 = unclaimed_author(actor2, text, actors, country, self.roles, doc.document.published)
            if sub == "Armed clash":
                # The side that attacked leads, whatever verb the sentence hangs the fight on.
                actor1, actor2 = battle_sides(actor1, actor2, text, sentence.start, sentence.end, actors)
            elif sub in BOMB_SUBS:
                actor1, actor2 = bomber_first(sub, actor1, actor2, sides_context)
            elif sub in TERRITORY_SUBS:
                actor1, actor2 = loser_second(actor1, actor2, driven_out(text, sentence.start, sentence.end, actors))
            actor1, actor2 = conform_sides(sub, actor1, actor2, country, self.roles, doc.document.published,
                                           clause, text)
            assoc1 = sides.assoc1
            if actor2 is not None and any(a.name == actor2.name for a in assoc1):
                # One actor is not both a side's ally and its opponent. In a fight ("X and Y
                # clashed") the two named are the sides; in a one-sided act ("Wagner and Malian
                # troops took X") the second named acts with the first, and is no opponent.
                if sub == "Armed clash":
                    assoc1 = tuple(a for a in assoc1 if a.name != actor2.name)
                else:
                    actor2 = None
            if actor1 is None and actor2 is None:
                continue
            confidence = BASE_CONFIDENCE - judgement.penalty
            confidence += VERBAL_BONUS if hit.verbal else 0.0
            confidence += BOTH_SIDES_BONUS if sides.actor1 and sides.actor2 else 0.0
            confidence -= NO_ACTOR_PENALTY if sides.actor1 is None else 0.0
            confidence += PLACE_BONUS if place is not None and place.has_coordinates else 0.0
            if confidence < self.min_confidence:
                continue
            day, time_precision = event_date(doc, sentence.start, sentence.end, hit.start, aside)
            age = _age_in_days(doc, sentence, day, aside)
            if age > BACKGROUND_AGE_DAYS:
                continue  # "In 2018, more than 100 officers were killed": background, not news
            if age > RECENT_AGE_DAYS:
                confidence -= OLD_EVENT_PENALTY
                if confidence < self.min_confidence:
                    continue
            told.append(ToldAct(hit, sub, sides.actor1, sides.actor2, event_places))
            fatalities = event_fatalities(doc, sentence.start, sentence.end)
            note = write_note(sub, text[hit.start:hit.end], judgement.classes, from_context)
            inherited = not any(p in places for p in event_places)
            # No place found: one event with no place, rather than none.
            place_choices: list[Mention | None] = list(event_places) if event_places else [None]
            by_place = place_fatalities(doc, sentence.start, sentence.end, event_places)
            retold, in_told_act = refers_back(text, hit), tells_told_act(text[sentence.start:sentence.end])
            spread = len(event_places) > 1 and event_places[0].start >= hit.end
            for n, place_mention in enumerate(place_choices):
                out.append(Candidate(self._event(
                    doc, sentence, sub, actor1, actor2, assoc1, sides.assoc2, place_mention, day,
                    time_precision, by_place[n] if by_place else fatalities, min(confidence, 1.0), note),
                    inherited, s_index, actor1, actor2, retold, in_told_act,
                    taken_at if from_context else None, spread))
        return out

    def _event(self, doc: WorkingDoc, sentence: Sentence, sub: str, actor1: Actor | None,
               actor2: Actor | None, assoc1: tuple[Actor, ...], assoc2: tuple[Actor, ...],
               place_mention: Mention | None, day, time_precision, fatalities, confidence: float,
               note: str) -> Event:
        place = place_of(place_mention) if place_mention else None
        country = place.country if place else _country_of(actor1, actor2)
        precision = None
        if place_mention is not None and place is not None:
            precision = int(place_mention.precision or place.geo_precision)
        return Event(
            event_type=SUB_EVENT_TYPES[sub].value,
            sub_event_type=sub,
            actor1=actor1.name if actor1 else None,
            actor2=actor2.name if actor2 else None,
            assoc_actor1=tuple(a.name for a in assoc1),
            assoc_actor2=tuple(a.name for a in assoc2),
            inter1=int(actor1.inter) if actor1 and actor1.inter else None,
            inter2=int(actor2.inter) if actor2 and actor2.inter else None,
            location=place.name if place else None,
            admin1=place.admin1 if place else None,
            country=country,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            geo_precision=precision,
            date=day,
            time_precision=time_precision,
            fatalities=fatalities,
            notes=note,
            evidence=Evidence(doc.document.id, sentence.start, sentence.end,
                              doc.text[sentence.start:sentence.end]),
            document_id=doc.document.id,
            confidence=max(0.0, confidence),
            extractor=EXTRACTOR_NAME,
            extractor_version=EXTRACTOR_VERSION,
        )


def context_sides(sub: str, context: Candidate | None) -> tuple[Actor | None, Actor | None]:
    """The sides of the event told just before, for a sentence that names none ("Clashes resumed
    on Saturday"), when the two are of one type or both violent."""
    if context is None:
        return None, None
    kinds = {SUB_EVENT_TYPES[sub].value, context.event.event_type}
    if len(kinds) == 1 or kinds <= VIOLENT_TYPES:
        return context.actor1, context.actor2
    return None, None


def headline_end(text: str) -> int:
    """Where a headline on the report's first line ends, with its repeat on the next line if any
    (0 when the first line is body text)."""
    first_line = text.split("\n", 1)[0].rstrip()
    if "\n" in text and 0 < len(first_line) <= MAX_HEADLINE_CHARS and not first_line.endswith((".", "!", "?")):
        return repeat_end(text, len(first_line))
    return 0


def _age_in_days(doc: WorkingDoc, sentence: Sentence, day, aside: tuple[int, int] | None = None) -> int:
    """How long before publication the sentence's event happened (0 when unknown); a year named in
    an `aside` (a relative clause: "the junta, which seized power in 2021,") dates its own act."""
    published = doc.document.published
    if published is None:
        return 0
    age = (published - day).days if day else 0
    for m in doc.date_mentions:
        if sentence.start <= m.start < sentence.end and m.label == "year" \
                and not (aside is not None and aside[0] <= m.start < aside[1]) \
                and not (day is not None and compared_since(doc.text, sentence.start, m.start, m.text)):
            # "last year" never gets here: the modality lexicon drops its sentence (past_period).
            year = YEAR.search(m.text)
            if year is not None and int(year.group()) < published.year:
                age = max(age, (published - dt.date(int(year.group()), 12, 31)).days)
    return age


def _in_text_order(candidates: list[Candidate], inserted: list[Candidate]) -> list[Candidate]:
    """The candidates with others inserted, in sentence order, each one's `context` still the
    position of the candidate whose sides it took."""
    if not inserted:
        return candidates
    together = candidates + inserted
    order = sorted(range(len(together)), key=lambda i: together[i].s_index)
    position = {old: new for new, old in enumerate(order)}
    return [replace(c, context=position[c.context]) if c.context is not None else c
            for c in (together[i] for i in order)]


def _unique_ids(events: list[Event]) -> list[Event]:
    """Keep the first of events that share an id (same sentence, type, sides, place, day)."""
    seen: set[str] = set()
    out = []
    for event in events:
        if event.id not in seen:
            seen.add(event.id)
            out.append(event)
    return out


def _country_of(*actors: Actor | None) -> str | None:
    return next((a.country for a in actors if a is not None and a.country), None)


#: Stands for "the shipped eventness model" where None means "no model".
ShippedModel = Literal["shipped"]
SHIPPED_MODEL: ShippedModel = "shipped"


def build_pipeline(settings: Settings | None = None, *,
                   eventness: EventnessModel | ShippedModel | None = SHIPPED_MODEL,
                   min_confidence: float | None = None) -> Pipeline:
    """The default offline pipeline, stage by stage; `eventness=None` runs the rules alone."""
    from sitrep.events.compass import CompassParts
    from sitrep.events.figures import FollowingFatalities, KeptFatalities
    from sitrep.events.frame import ReportFrame
    from sitrep.events.identity import SideIdentity
    from sitrep.knowledge.actors import load_ontology
    from sitrep.recognise.actors import ActorRecogniser
    from sitrep.recognise.dates import DateRecogniser
    from sitrep.recognise.numbers import NumberRecogniser
    from sitrep.recognise.places import PlaceRecogniser
    from sitrep.recognise.sentences import SentenceSplitter
    from sitrep.resolve.actors import ActorResolver
    from sitrep.resolve.capitals import CapitalResolver
    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.places import PlaceResolver
    from sitrep.resolve.relatives import RelativesOfForces

    settings = settings or Settings.from_env()
    ontology = load_ontology()
    gazetteer = Gazetteer.open(Path(settings.cache_dir))
    model = load_eventness_model() if isinstance(eventness, str) else eventness
    if min_confidence is None:
        min_confidence = CANDIDATE_MIN_CONFIDENCE if model is not None else MIN_CONFIDENCE
    # The model judges the candidates as the trainer labelled them: completed by every rule stage.
    # Then the kept events reach past the sentences of dropped candidates for their toll.
    judge: list[Stage] = [EventnessFilter(model), KeptFatalities()] if model is not None else []
    return Pipeline([
        SentenceSplitter(),
        ActorRecogniser(ontology),
        PlaceRecogniser(gazetteer),
        PlaceResolver(gazetteer),
        CapitalResolver(gazetteer),
        CompassParts(gazetteer),
        ActorResolver(ontology),
        RelativesOfForces(ontology),
        DateRecogniser(),
        NumberRecogniser(),
        EventExtraction(TriggerFinder(load_trigger_families()), ModalityJudge(load_modality_cues()), ontology,
                        min_confidence, load_opponent_model()),
        FollowingFatalities(),
        ReportFrame(),
        SideIdentity(ontology),
        *judge,
    ])


class RuleExtractor:
    """The default extractor (see the module docstring), behind the Extractor interface."""

    name = EXTRACTOR_NAME
    version = EXTRACTOR_VERSION

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def extract(self, document: Document) -> list[Event]:
        return self.pipeline.run(document).events


def build_default_extractor(settings: Settings | None = None) -> RuleExtractor:
    """The rules with the shipped eventness model: what `sitrep extract` runs."""
    return RuleExtractor(build_pipeline(settings))


def build_extractor(settings: Settings | None = None, *,
                    eventness: EventnessModel | ShippedModel | None = SHIPPED_MODEL,
                    min_confidence: float | None = None) -> RuleExtractor:
    """An extractor with another eventness model, or none, or another confidence floor."""
    return RuleExtractor(build_pipeline(settings, eventness=eventness, min_confidence=min_confidence))
