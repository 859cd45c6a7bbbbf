"""The default extractor: trigger lexicon + modality + roles + coding rules over recognised mentions.

For each sentence: find trigger words, drop those the sentence frames as intention, forecast,
hypothesis or denial, give the sentence's actors their sides, code the sub-event type, pick the
most precise place, date and fatality figure, then merge candidates that are one event
(same type, sides, place and day) as the codebook asks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sitrep.config import Settings
from sitrep.events.coding import choose_sub_event_type
from sitrep.events.eventness import EventnessModel, keep_likely, load_eventness_model
from sitrep.events.implied import EventContext, implied_sides
from sitrep.events.merge import merge_duplicates
from sitrep.events.modality import ModalityJudge
from sitrep.events.opponents import OpponentModel, load_opponent_model
from sitrep.events.roles import assign_sides
from sitrep.events.sides import RoleActors, conform_sides
from sitrep.events.triggers import TriggerFinder, TriggerHit
from sitrep.knowledge.lexicons import load_modality_cues, load_trigger_families
from sitrep.model import (
    SUB_EVENT_TYPES,
    Actor,
    Document,
    Event,
    EventType,
    Evidence,
    GeoPrecision,
    Mention,
    Place,
    Sentence,
    WorkingDoc,
)
from sitrep.pipeline import Pipeline
from sitrep.recognise.dates import event_date
from sitrep.recognise.numbers import event_fatalities

EXTRACTOR_NAME = "sitrep.rules"
EXTRACTOR_VERSION = "0.2"

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
#: How many sentences back to look for the place of an event whose sentence names none.
PLACE_LOOKBACK_SENTENCES = 3
#: Families whose event spreads over each coordinated place ("airstrikes on A, B and C").
MULTI_PLACE_FAMILIES = frozenset({"air", "shelling", "territory_gain"})
#: Places joined in one list: "A, B and C" (only commas, "and", "as well as" between them).
#: A dateline after a place at the start of a sentence: "RAIPUR: ...", "CARACAS (Reuters) - ...",
#: "MURSITPINAR, Turkey — ...". It says where the reporter was, not where the event happened.
DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w .'-]{1,30}?)?\s*(?:\([A-Za-z .]{2,20}\)\s*)?(?::|\s[\u2013\u2014-]\s)")
#: Words that make the next place someone's home or base, not the scene of the event.
HOME_BEFORE = re.compile(r"\b(?:based|stationed|headquartered|garrisoned|born|native)\s+(?:in|at|near)\s+(?:the\s+)?$",
                         re.I)
#: Trigger families of a mutual act: "X and Y clashed" names two sides.
RECIPROCAL_FAMILIES = frozenset({"clash"})
#: Sub-event types that a follow-up sentence ("the attack killed four") may state generically.
GENERIC_SUB_EVENTS = frozenset({"Armed clash", "Attack"})
PLACE_LIST_JOIN = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+as well as\s+|\s*,\s*as well as\s+)"
                             r"(?:the\s+)?(?:(?:towns?|villages?|cities|city|areas?)\s+of\s+)?$", re.I)


@dataclass(frozen=True)
class _Candidate:
    event: Event
    place_inherited: bool  # the sentence names no place: it likely elaborates an earlier event


def _place(mention: Mention) -> Place | None:
    value = mention.value
    return value if isinstance(value, Place) else None


#: The codebook wants the most precise place: a village or a base before the city, the city
#: before its province, the province before the country.
FEATURE_RANK = {"city": 1, "capital": 2, "admin1": 3, "region": 4, "country": 5}


def _place_rank(m: Mention) -> tuple[int, int, int, int]:
    """Lower is more precise. Among towns, the smaller is the more precise: a large city in
    the same sentence is usually a frame of reference ("Hajin, east of Deir ez-Zor")."""
    place = _place(m)
    precision = m.precision or (place.geo_precision if place else GeoPrecision.REGION)
    coords = 0 if (place and place.has_coordinates) else 1
    feature = FEATURE_RANK.get(place.feature or "", 0) if place else 0
    size = len(str(place.population)) if place and place.population else 0  # order of magnitude
    return (int(precision), coords, feature, size)


class EventExtraction:
    """The stage that turns recognised mentions into coded events."""

    name, version = "events.rules", EXTRACTOR_VERSION
    reads = ("sentences", "actor_mentions", "place_mentions", "date_mentions", "number_mentions")
    adds = ("events",)

    def __init__(self, triggers: TriggerFinder, modality: ModalityJudge, roles: RoleActors,
                 eventness: EventnessModel | None = None, min_confidence: float | None = None,
                 opponents: OpponentModel | None = None) -> None:
        self.triggers = triggers
        self.opponents = opponents
        self.modality = modality
        self.roles = roles
        self.eventness = eventness
        if min_confidence is None:
            min_confidence = CANDIDATE_MIN_CONFIDENCE if eventness is not None else MIN_CONFIDENCE
        self.min_confidence = min_confidence

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        text = doc.text
        lowered = text.lower()
        hits = self.triggers.find(text, lowered)
        candidates: list[_Candidate] = []
        hit_i = 0
        for s_index, sentence in enumerate(doc.sentences):
            sent_hits = []
            while hit_i < len(hits) and hits[hit_i].start < sentence.end:
                if hits[hit_i].start >= sentence.start:
                    sent_hits.append(hits[hit_i])
                hit_i += 1
            if sent_hits:
                candidates.extend(self._sentence_events(doc, s_index, sentence, sent_hits, lowered))
        events = merge_duplicates(_fold_elaborations(candidates), headline_end(text))
        if self.eventness is not None:
            events = keep_likely(events, self.eventness)
        doc.events = _unique_ids(events)
        return doc

    def _sentence_events(self, doc: WorkingDoc, s_index: int, sentence: Sentence,
                         hits: list[TriggerHit], lowered: str) -> list[_Candidate]:
        text = doc.text
        actors = [m for m in doc.actor_mentions if sentence.start <= m.start < sentence.end]
        places = [m for m in doc.place_mentions if sentence.start <= m.start < sentence.end]
        families = {f.id for h in hits for f in h.families}
        out: list[_Candidate] = []
        primary: str | None = None
        for hit in sorted(hits, key=lambda h: (-h.top.priority, h.start)):
            judgement = self.modality.judge(text, sentence.start, sentence.end, hit.start, lowered,
                                            nominal=not hit.verbal)
            if not judgement.is_event:
                continue
            sides = assign_sides(text, sentence.start, hit.start, hit.end, actors,
                                 reciprocal=hit.top.id in RECIPROCAL_FAMILIES)
            event_places = self._event_places(doc, s_index, sentence, places, hit)
            place = _place(event_places[0]) if event_places else None
            sub = choose_sub_event_type(hit, families, text[sentence.start:sentence.end],
                                        text[hit.end:sentence.end], sides.actor1, sides.actor2,
                                        sides.assoc1, place)
            if sub is None:
                continue
            if primary is not None and not _second_event_allowed(primary, sub, hit):
                continue
            actor1, actor2 = sides.actor1, sides.actor2
            if actor1 is None and actor2 is None:
                continue  # nobody did anything: not codable
            sub, actor1, actor2 = implied_sides(sub, actor1, actor2, EventContext(
                text, sentence.start, sentence.end, hit.end, doc.actor_mentions,
                (place.country if place else None) or _country_of(actor1), doc.document.published,
                tuple((s.start, s.end) for s in doc.sentences), self.opponents), self.roles)
            country = place.country if place else _country_of(actor1, actor2)
            actor1, actor2 = conform_sides(sub, actor1, actor2, country, self.roles, doc.document.published,
                                           text[sentence.start:sentence.end])
            if actor1 is None and actor2 is None:
                continue
            confidence = BASE_CONFIDENCE - judgement.penalty
            confidence += VERBAL_BONUS if hit.verbal else 0.0
            confidence += BOTH_SIDES_BONUS if sides.actor1 and sides.actor2 else 0.0
            confidence -= NO_ACTOR_PENALTY if sides.actor1 is None else 0.0
            confidence += PLACE_BONUS if place is not None and place.has_coordinates else 0.0
            if confidence < self.min_confidence:
                continue
            day, time_precision = event_date(doc, sentence.start, sentence.end)
            age = _age_in_days(doc, sentence, day)
            if age > BACKGROUND_AGE_DAYS:
                continue  # "In 2018, more than 100 officers were killed": background, not news
            if age > RECENT_AGE_DAYS:
                confidence -= OLD_EVENT_PENALTY
                if confidence < self.min_confidence:
                    continue
            primary = primary or sub
            fatalities = event_fatalities(doc, sentence.start, sentence.end)
            note = f"{sub}: '{text[hit.start:hit.end]}'" + (f"; hedged ({', '.join(judgement.classes)})"
                                                            if judgement.classes else "")
            inherited = not any(p in places for p in event_places)
            for place_mention in event_places or [None]:
                out.append(_Candidate(self._event(
                    doc, sentence, sub, actor1, actor2, sides.assoc1, sides.assoc2,
                    place_mention, day, time_precision, fatalities, min(confidence, 1.0), note),
                    inherited))
        return out

    def _event_places(self, doc: WorkingDoc, s_index: int, sentence: Sentence, places: list[Mention],
                      hit: TriggerHit) -> list[Mention]:
        """The place(s) of an event: coordinated places for spreading families, else the best one."""
        usable = [m for m in places if m.value is not None and not _is_backdrop(doc.text, sentence, m)]
        if usable and hit.top.id in MULTI_PLACE_FAMILIES:
            after = [m for m in usable if m.start >= hit.end]
            group = _coordinated(doc.text, after)
            if len(group) > 1:
                return group
        if usable:
            best = min(usable, key=lambda m: (_place_rank(m), abs(m.start - hit.start)))
            if _place_rank(best)[0] < GeoPrecision.REGION and _place_rank(best)[2] < FEATURE_RANK["country"]:
                return [best]
            # Only a country or region here: a precise place named just before, in the same
            # country, is where the report means ("in Kenya ... the Lamu road").
            earlier = self._lookback_place(doc, s_index, sentence)
            if earlier and _place(earlier[0]) and _place(earlier[0]).country == _place(best).country \
                    and _place_rank(earlier[0])[0] < GeoPrecision.REGION:
                return earlier
            return [best]
        return self._lookback_place(doc, s_index, sentence)

    def _lookback_place(self, doc: WorkingDoc, s_index: int, sentence: Sentence) -> list[Mention]:
        """The best place of the nearest earlier sentence of the same paragraph that names one."""
        for back in range(1, PLACE_LOOKBACK_SENTENCES + 1):
            j = s_index - back
            if j < 0:
                break
            prev = doc.sentences[j]
            if "\n\n" in doc.text[prev.end:sentence.start]:
                break
            prev_places = [m for m in doc.place_mentions if prev.start <= m.start < prev.end and m.value is not None
                           and not _is_backdrop(doc.text, prev, m)]
            if prev_places:
                return [min(prev_places, key=_place_rank)]
        return []

    def _event(self, doc: WorkingDoc, sentence: Sentence, sub: str, actor1: Actor | None,
               actor2: Actor | None, assoc1: tuple[Actor, ...], assoc2: tuple[Actor, ...],
               place_mention: Mention | None, day, time_precision, fatalities, confidence: float,
               note: str) -> Event:
        place = _place(place_mention) if place_mention else None
        country = place.country if place else _country_of(actor1, actor2)
        precision = None
        if place is not None:
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


def headline_end(text: str) -> int:
    """Where a headline on the report's first line ends (0 when the first line is body text)."""
    first_line = text.split("\n", 1)[0].rstrip()
    if "\n" in text and 0 < len(first_line) <= MAX_HEADLINE_CHARS and not first_line.endswith((".", "!", "?")):
        return len(first_line)
    return 0


def _age_in_days(doc: WorkingDoc, sentence: Sentence, day) -> int:
    """How long before publication the sentence's event happened (0 when unknown)."""
    published = doc.document.published
    if published is None:
        return 0
    age = (published - day).days if day else 0
    for m in doc.date_mentions:
        if sentence.start <= m.start < sentence.end and m.label == "year":
            year = YEAR.search(m.text)
            if year and int(year.group()) < published.year:
                age = max(age, (published - published.replace(year=int(year.group()), month=12, day=31)).days)
    return age


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


def _elaborates(later: Event, earlier: Event) -> bool:
    """Whether a sentence naming no place of its own goes on telling an earlier event."""
    if later.location != earlier.location:
        return False
    if later.date and earlier.date and later.date != earlier.date:
        return False
    same_kind = later.event_type == earlier.event_type or later.sub_event_type in GENERIC_SUB_EVENTS
    sides_later = {a for a in (later.actor1, later.actor2) if a}
    sides_earlier = {a for a in (earlier.actor1, earlier.actor2) if a}
    return same_kind and (not sides_later or bool(sides_later & sides_earlier))


def _fold_elaborations(candidates: list[_Candidate]) -> list[Event]:
    """Fold follow-up sentences ("Four soldiers were killed in the attack") into the event told."""
    kept: list[Event] = []
    for candidate in candidates:
        event = candidate.event
        target = None
        if candidate.place_inherited and kept:
            target = next((k for k in reversed(kept) if _elaborates(event, k)), None)
        if target is None:
            kept.append(event)
            continue
        index = kept.index(target)
        kept[index] = target.with_changes(
            fatalities=target.fatalities if target.fatalities is not None else event.fatalities,
            date=target.date or event.date,
            time_precision=target.time_precision if target.date else event.time_precision,
            confidence=max(target.confidence, event.confidence),
        )
    return kept


def _second_event_allowed(primary: str, sub: str, hit: TriggerHit) -> bool:
    """A sentence states one event, unless a second verb states a different kind of act
    ("killed three villagers and abducted a woman")."""
    return (hit.verbal and sub != primary
            and SUB_EVENT_TYPES[sub] != SUB_EVENT_TYPES[primary]
            and SUB_EVENT_TYPES[sub] is not EventType.BATTLES)


def _is_backdrop(text: str, sentence: Sentence, mention: Mention) -> bool:
    """A place that is not where anything happened: a dateline, or a unit's or a person's home
    ("the brigade based at Khabarovsk", "a journalist from Lyon")."""
    if mention.start - sentence.start < 2 and DATELINE_AFTER.match(text, mention.end):
        return True
    return HOME_BEFORE.search(text, max(sentence.start, mention.start - 30), mention.start) is not None


def _coordinated(text: str, mentions: list[Mention]) -> list[Mention]:
    """The run of place mentions joined only by commas and 'and', starting at the first."""
    if not mentions:
        return []
    group = [mentions[0]]
    for m in mentions[1:]:
        if PLACE_LIST_JOIN.match(text[group[-1].end:m.start]):
            group.append(m)
        else:
            break
    return group


#: Stands for "the shipped eventness model" where None means "no model".
SHIPPED_MODEL = "shipped"


def build_pipeline(settings: Settings | None = None, *, eventness: EventnessModel | str | None = SHIPPED_MODEL,
                   min_confidence: float | None = None) -> Pipeline:
    """The default offline pipeline, stage by stage; `eventness=None` runs the rules alone."""
    from sitrep.knowledge.actors import load_ontology
    from sitrep.recognise.actors import ActorRecogniser
    from sitrep.recognise.dates import DateRecogniser
    from sitrep.recognise.numbers import NumberRecogniser
    from sitrep.recognise.places import PlaceRecogniser
    from sitrep.recognise.sentences import SentenceSplitter
    from sitrep.resolve.actors import ActorResolver
    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.places import PlaceResolver

    settings = settings or Settings.from_env()
    ontology = load_ontology()
    gazetteer = Gazetteer.open(Path(settings.cache_dir))
    return Pipeline([
        SentenceSplitter(),
        ActorRecogniser(ontology),
        PlaceRecogniser(gazetteer),
        PlaceResolver(gazetteer),
        ActorResolver(ontology),
        DateRecogniser(),
        NumberRecogniser(),
        EventExtraction(TriggerFinder(load_trigger_families()), ModalityJudge(load_modality_cues()), ontology,
                        load_eventness_model() if eventness == SHIPPED_MODEL else eventness, min_confidence,
                        load_opponent_model()),
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


def build_extractor(settings: Settings | None = None, *, eventness: EventnessModel | str | None = SHIPPED_MODEL,
                    min_confidence: float | None = None) -> RuleExtractor:
    """An extractor with another eventness model, or none, or another confidence floor."""
    return RuleExtractor(build_pipeline(settings, eventness=eventness, min_confidence=min_confidence))
