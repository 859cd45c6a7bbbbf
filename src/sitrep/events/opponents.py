"""Which actor of the report is the other side of an event whose sentence names only one side.

A learned ranker: every armed actor the report names (not the named side, its parent or its
allies, not crowds; civilians only for remote violence) is a candidate, described by how often
and how near the event the report names it, whether it is named alongside the known side
elsewhere (and joined to it as an ally), whether it is only a source ("..., the ministry said"),
whether it fought the named side in another sentence of the report, whether it belongs to the
event's country, and the candidate's actor category, alone and against the event's family (an
arrest is made by a state force). The category of the named side crossed with the candidate's
is left out: with 80-odd training questions its 30-odd sparse pairs fit noise. A linear score over
these features, trained on gold/train (`sitrep.events.train_opponents`), picks the candidate;
the weights ship as JSON, like the eventness model. Without a model the hand-set
`roles.salient_opponent` decides.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from sitrep.errors import KnowledgeError
from sitrep.events.aircraft import AIRCRAFT_WORDS
from sitrep.events.roles import ALLY_JOIN, NON_COMBATANTS, OPPONENT_PROXIMITY_CHARS, is_source, related
from sitrep.events.sides import named_armed_group
from sitrep.events.training import model_text
from sitrep.fuse.sides import UNKNOWN_ACTOR
from sitrep.model import SUB_EVENT_TYPES, Actor, ActorCategory, EventType, Mention

#: The shipped weights, trained on gold/train by `python -m sitrep.events.train_opponents`.
OPPONENT_MODEL_RESOURCE = "knowledge/data/models/opponents.json"
#: A mention this close to the start of the report is in its headline or lead, in characters.
LEAD_CHARS = 300
#: Distances are compared on a log scale: 100 and 200 characters differ more than 5,100 and 5,200.
DISTANCE_SCALE = 10.0
#: Labels of mentions that name an actor outright, not by a generic phrase ("the militants").
NAMING_LABELS = frozenset({"name", "demonym", "shape", "ambiguous", "people"})
#: Two mentions joined as allies are at most this far apart ("the army and allied militias").
JOIN_CHARS = 40
#: A sentence telling of a fight, where two sides named in it fought each other: "the army
#: clashed with the TLF", "TLF fighters attacked an army post", "airstrikes on TLF positions",
#: "the army recaptured the town from the TLF"; not "the TLF and the army signed a truce" nor
#: "the army said the TLF had withdrawn".
FIGHT_WORDS = re.compile(r"\b(?:attack(?:ed|s|ing)?|clash(?:ed|es)?|fought|fighting|battles?|ambush(?:ed|es)?|"
                         r"shell(?:ed|ing)|struck|strikes?|airstrikes?|raid(?:ed|s)?|offensive|assault(?:ed|s)?|"
                         r"fired|killed|kill(?:ing|s)?|bomb(?:ed|ing|ings)?|target(?:ed|ing)|captured|seized|"
                         r"recaptured|retook|repell?ed)\b", re.I)
#: Acts whose author is a force the report can name, never an unidentified armed group: an
#: arrest, an air or drone strike (gold/train: 0 of 51 air strikes by an unidentified group, 50
#: by a state's forces or a coalition, 1 by a named rebel group's drone).
NAMED_AUTHOR_SUBS = frozenset({"Arrests", "Air/drone strike"})
#: Sub-event types whose author, where the sentence leaves it out, is the report's striker from the
#: air: the side it names flying aircraft or striking from them (`air_striker`).
AIR_SUBS = frozenset({"Air/drone strike"})
#: An air strike's means told right after a side, its subject: "the junta has intensified its air
#: campaign", "Russian jets", "the coalition carried out airstrikes", "Nigeria's air force"; not
#: "positions", nor "fought" (no aircraft). Up to four words may come between, on one line (a
#: byline, "NEWS DESK\nArmy drones", is no side's), never another side (`AIR_GAP_CHARS`).
AIR_AFTER = re.compile(r"^[\w'’-]*(?:,?[^\S\n]+[\w'’-]+){0,4}?,?[^\S\n]+"
                       rf"(?:{AIRCRAFT_WORDS}|air\s*(?:strikes?|raids?|campaign|force|power|support|attacks?|"
                       r"bombardments?)|airstrikes?)\b", re.I)
#: A bombing told right after a state's forces: "the army has bombed RSF positions", "troops
#: bombarded the town"; only a state force's bombs count as the air's (a group's are planted).
BOMBED_AFTER = re.compile(r"^[\w'’-]*(?:,?[^\S\n]+[\w'’-]+){0,4}?,?[^\S\n]+"
                          r"(?:bombed|bombarded|bombardments?|bombers)\b", re.I)
#: The categories whose bombings are from the air (`BOMBED_AFTER`).
BOMBING_FORCES = frozenset({ActorCategory.STATE_FORCES, ActorCategory.EXTERNAL_OTHER})
#: How far after a side its air words may stand, in characters (the longest `AIR_AFTER` reach).
AIR_GAP_CHARS = 60
#: Event types whose author is never a side the report names only as a teller.
VIOLENT_FAMILIES = frozenset({EventType.BATTLES, EventType.REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS})
#: The event families a candidate's category is weighed against: an arrest is made by a state
#: force, a strike aims at an armed group or a state's forces.
EVENT_FAMILIES = {EventType.BATTLES: "battle", EventType.REMOTE_VIOLENCE: "remote",
                  EventType.VIOLENCE_AGAINST_CIVILIANS: "civilians", EventType.STRATEGIC_DEVELOPMENTS: "strategic"}


@dataclass(frozen=True)
class OpponentQuery:
    """One side named at an event; the report's mentions to find the other among."""

    text: str
    actor: Actor
    event_start: int  # the event's sentence
    event_end: int
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]
    country: str | None = None  # the event's country, when known
    sub_event_type: str | None = None
    victims: bool = True  # whether the side sought may be the victims (actor2), not the author


def candidates(query: OpponentQuery) -> dict[str, list[Mention]]:
    """The report's actors that may be the other side, each with its mentions: its armed actors,
    and the civilians it names when the event is remote violence and the side sought is its
    target (a strike whose sentence names no target may have hit the people the report counts;
    civilians never fire it); never an unidentified group as the author of an arrest or an air
    strike."""
    remote = query.victims and query.sub_event_type in SUB_EVENT_TYPES and \
        SUB_EVENT_TYPES[query.sub_event_type] is EventType.REMOTE_VIOLENCE
    # Arrests and air strikes are made by forces with a name: armed men nobody identifies abduct,
    # not arrest, and fly no aircraft.
    arrester = not query.victims and query.sub_event_type in NAMED_AUTHOR_SUBS
    found: dict[str, list[Mention]] = {}
    for m in query.mentions:
        other = m.value
        if not isinstance(other, Actor) or related(query.actor, other) or \
                (arrester and UNKNOWN_ACTOR.match(other.name)):
            continue
        if other.inter not in NON_COMBATANTS or (remote and other.inter is ActorCategory.CIVILIANS):
            found.setdefault(other.name, []).append(m)
    found = _fold_unidentified(found, query.actor)
    if not query.victims and query.sub_event_type in SUB_EVENT_TYPES \
            and SUB_EVENT_TYPES[query.sub_event_type] in VIOLENT_FAMILIES:
        # A side the report names only as a teller ("..., police said") fired no shot; a party to
        # an agreement may well tell of it.
        found = {name: ms for name, ms in found.items() if not all(is_source(query.text, 0, m) for m in ms)}
    if not query.victims and query.sub_event_type in AIR_SUBS:
        # A strike from the air is made by the side the report names flying aircraft, when it names one.
        strikers = {name: ms for name, ms in found.items() if air_striker(query, ms)}
        return strikers or found
    return found


def air_striker(query: OpponentQuery, mentions: list[Mention]) -> bool:
    """Whether the report names a candidate (its mentions) as the owner of aircraft or the subject
    of air strikes (`AIR_AFTER`), or a state force as the subject of bombings (`BOMBED_AFTER`), with
    no other side between: "Russian jets", "the junta has intensified its air campaign", "the army
    bombed RSF positions"."""
    starts = sorted(m.start for m in query.mentions)
    for m in mentions:
        if is_source(query.text, 0, m):
            continue  # "Ukraine's air force said it downed 40 drones": a teller, not a striker
        if AIR_AFTER.match(query.text, m.start, m.end):  # the aircraft inside the name: "Russian jets"
            return True
        following = next((s for s in starts if s >= m.end), len(query.text))
        window = query.text[m.end:min(following, m.end + AIR_GAP_CHARS)]
        if AIR_AFTER.match(window) or (BOMBED_AFTER.match(window) and isinstance(m.value, Actor)
                                       and m.value.inter in BOMBING_FORCES):
            return True
    return False


def _fold_unidentified(found: dict[str, list[Mention]], side: Actor) -> dict[str, list[Mention]]:
    """Count an unidentified armed group's mentions as the named non-state group's, when the
    report names exactly one such group of that country, the named `side` included: "the
    terrorists" told before the report names ISMP are ISMP's fighters, not a second enemy."""
    named = [a for a in (side, *(ms[0].value for ms in found.values())) if isinstance(a, Actor)
             and a.known and named_armed_group(a)]
    for name in [n for n in found if UNKNOWN_ACTOR.match(n)]:
        unknown = found[name][0].value
        same = [a for a in named if isinstance(unknown, Actor) and a.country == unknown.country]
        if len(same) == 1 and same[0].name in found:
            group = same[0]
            moved = [replace(m, value=group) for m in found.pop(name)]
            found[group.name] = sorted(found[group.name] + moved, key=lambda m: m.start)
    return found


def _sentence_of(sentences: tuple[tuple[int, int], ...], position: int) -> int:
    """The index of the sentence holding a position (sentences in text order), or -1."""
    i = bisect_right(sentences, (position, math.inf)) - 1
    return i if i >= 0 and sentences[i][0] <= position < sentences[i][1] else -1


def own_sentences(query: OpponentQuery) -> frozenset[int]:
    """The sentences that name the query's own side."""
    return frozenset(_sentence_of(query.sentences, m.start) for m in query.mentions
                     if isinstance(m.value, Actor) and m.value.name == query.actor.name)


def opponent_features(query: OpponentQuery, mentions: list[Mention], total: int,
                      own: frozenset[int] | None = None) -> dict[str, float]:
    """The features of one candidate (its mentions) against the query's named side; `own` is
    `own_sentences(query)`, passed in when several candidates of one query are scored."""
    actor = mentions[0].value
    near = query.event_end
    distances = [abs(near - m.start) for m in mentions]
    own = own_sentences(query) if own is None else own
    shared = {_sentence_of(query.sentences, m.start) for m in mentions} & own
    # A fight with the named side told elsewhere in the report: the report's war is between them
    # (a sentence naming both without a fight may be a list, a truce or a source's aside).
    elsewhere = shared - {_sentence_of(query.sentences, query.event_start), -1}
    sources = sum(is_source(query.text, 0, m) for m in mentions)
    features = {
        "log_mentions": math.log1p(len(mentions)),
        "mention_share": len(mentions) / total if total else 0.0,
        "closeness": sum(OPPONENT_PROXIMITY_CHARS / (OPPONENT_PROXIMITY_CHARS + d) for d in distances),
        "nearest_distance": math.log1p(min(distances)) / DISTANCE_SCALE,
        "in_event_sentence": float(any(query.event_start <= m.start < query.event_end for m in mentions)),
        "named_before": float(any(m.start < query.event_start for m in mentions)),
        "in_lead": float(any(m.start < LEAD_CHARS for m in mentions)),
        "shares_sentences": math.log1p(len(shared)),
        "fought_side_elsewhere": float(any(FIGHT_WORDS.search(query.text, *query.sentences[i]) for i in elsewhere)),
        "source_share": sources / len(mentions),
        "named_outright": float(any(m.label in NAMING_LABELS for m in mentions)),
        "same_country": float(actor.country is not None and actor.country == query.actor.country),
        "unknown_organisation": float(not actor.known),
        "in_event_country": float(query.country is not None and actor.country == query.country),
        "joined_to_side": float(_joined(query, mentions)),
        f"inter={actor.inter.value if actor.inter else 0}": 1.0,
    }
    if query.sub_event_type in SUB_EVENT_TYPES:
        family = EVENT_FAMILIES.get(SUB_EVENT_TYPES[query.sub_event_type], "other")
        if query.sub_event_type == "Arrests":
            family = "arrest"
        features[f"event={family}-{actor.inter.value if actor.inter else 0}"] = 1.0
    return features


def _joined(query: OpponentQuery, mentions: list[Mention]) -> bool:
    """Whether the report names a candidate joined to the query's side as its ally somewhere
    ("the army and the Hill Militia", "the militia, alongside the army")."""
    own = [m for m in query.mentions if isinstance(m.value, Actor) and m.value.name == query.actor.name]
    for m in mentions:
        for n in own:
            first, second = (n, m) if n.end <= m.start else (m, n)
            gap = second.start - first.end
            if 0 <= gap <= JOIN_CHARS and ALLY_JOIN.search(query.text[first.end:second.start]):
                return True
    return False


@dataclass(frozen=True)
class OpponentModel:
    """A linear score over `opponent_features`; the best-scoring candidate is the other side."""

    weights: dict[str, float]
    trained_on: str = ""

    def score(self, features: dict[str, float]) -> float:
        return sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def choose(self, query: OpponentQuery) -> Actor | None:
        """The report's most likely other side of the query's actor, or None when it names none."""
        found = candidates(query)
        if not found:
            return None
        total = sum(len(ms) for ms in found.values())
        own = own_sentences(query)
        best = max(found.values(), key=lambda ms: (self.score(opponent_features(query, ms, total, own)),
                                                   -ms[0].start))
        return best[0].value

    def to_json(self) -> str:
        return json.dumps({"trained_on": self.trained_on, "weights": dict(sorted(self.weights.items()))},
                          indent=0, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str) -> OpponentModel:
        try:
            data = json.loads(text)
            return cls({str(k): float(v) for k, v in data["weights"].items()}, str(data.get("trained_on", "")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KnowledgeError(source, None, f"not an opponent model ({exc})") from exc


@cache
def load_opponent_model(path: Path | None = None) -> OpponentModel:
    """The shipped model, or one written by the training command."""
    return OpponentModel.from_json(*model_text(OPPONENT_MODEL_RESOURCE, path))
