"""Give each event the death toll the report states for it, and only for it.

News writing states an event first and its toll after it: "Gunmen attacked a police post in
the north on Sunday. Four officers were killed and two wounded, police said." The rule
extractor reads each sentence alone, so the first sentence's event has no figure. This stage
looks at the few sentences after an event's evidence, up to the next sentence that states an
event of its own, and takes the first death count it finds there.

Only violent events take a figure this way: an arrest or an agreement reported before a
death toll is not what killed those people. Two more rules keep a toll with the act that
caused it:

- Acts that are not violence against people carry no toll at all (`NO_TOLL_SUB_EVENT_TYPES`):
  the dead of "the army retook the town after days of fighting that killed 40" are the
  fighting's, and a toll in an arrest's or an agreement's sentence is another act's.
- A sentence that tells its dead place by place ("killed 31 in A and 13 in B") gives each
  place's event its own figure (`place_fatalities`), its own sentence's toll included
  (`own_share`), even where the rules built one event only.
- One figure that two events at different places would both take ("attacks on posts in A and
  B killed seven") is their sum, and the report does not split it: neither takes it.
- The attackers' own dead, told in the next sentence ("the patrol returned fire and killed
  three of the assailants"), join the toll (`with_attackers_dead`).
- An event that is one of the places its sentence lists ("jets bombed A and B") takes a toll told
  around it only where that toll is split by place: "The strike on B killed four" is B's alone.

The model then drops some candidates; `KeptFatalities`, run after it, lets a kept event with no
toll reach past their sentences.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from sitrep.model import Event, EventType, Mention, Place, Sentence, WorkingDoc
from sitrep.recognise.numbers import event_fatalities

#: How many sentences after an event's own may state its toll. Calibrated on gold/train
#: (fatalities accuracy on paired events, 0.536 with none): 0.536 at one, 0.554 at two and
#: three, 0.564 at four; two keeps the look-up within the telling of one incident.
MAX_FOLLOWING_SENTENCES = 2
#: How many sentences before an event's own may state its toll (a lead sentence). On
#: gold/train one takes accuracy from 0.554 to 0.591; two adds nothing.
MAX_PRECEDING_SENTENCES = 1
#: The victims of a count named as the attackers of the act: "killed three of the assailants",
#: "five dead on the attackers' side", "three attackers were killed", "two of the 30 raiders".
#: Not "three soldiers", nor "militants" or "gunmen" (who may be the act's own targets). Matched
#: on the text right after the count.
ATTACKER_VICTIMS = re.compile(
    r"(?i)^\s+(?:of\s+(?:the|these|those)\s+(?:\d+\s+)?|(?:[\w'’-]+\s+){0,2}on\s+the\s+|[\w'’-]+\s+)?"
    r"(?:attackers|assailants|raiders|attacking\s+side)\b"
)
#: How far after a count its victim words may run, in characters.
VICTIM_WORDS_CHARS = 60
#: Event types whose toll a follow-up sentence may state.
VIOLENT_TYPES = frozenset({
    EventType.BATTLES.value, EventType.REMOTE_VIOLENCE.value,
    EventType.VIOLENCE_AGAINST_CIVILIANS.value, EventType.RIOTS.value,
})
#: Event types whose targets can fight back, so the attackers' dead told next are the same act's:
#: "gunmen attacked a patrol ... the patrol returned fire and killed three of the assailants". An
#: attack on civilians whose attackers soldiers killed afterwards ("gunmen killed 12 villagers.
#: Three attackers were also killed when soldiers returned fire") tells a second act, the troops'.
ARMED_TARGET_TYPES = VIOLENT_TYPES - {EventType.VIOLENCE_AGAINST_CIVILIANS.value}
#: Sub-event types whose act kills nobody by itself, so the deaths told with them are another
#: act's: territory changing hands (the fighting before it is the battle), an abduction, a
#: peaceful protest and the strategic developments that harm no one. ACLED-style coding leaves
#: their toll empty; on gold/train 29 of 31 territory changes, 9 of 10 abductions and every
#: peaceful protest and strategic development carry none. Two strategic developments may kill,
#: by the codebook, and keep their toll: a leader killed outside combat (Change to
#: group/activity) and an aircraft lost with no hostile fire (Other: those on board).
NO_TOLL_SUB_EVENT_TYPES = frozenset({
    "Government regains territory", "Non-state actor overtakes territory",
    "Abduction/forced disappearance", "Peaceful protest",
    "Agreement", "Arrests", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory",
})


def nearby_toll(doc: WorkingDoc, sentence_index: int, stops: set[int],
                location: str | None = None, by_place_only: bool = False) -> tuple[int | None, int | None]:
    """The first death count around `sentence_index`, up to any sentence in `stops`, and the start
    of the sentence stating it.

    The sentences after come first (the usual order: event, then toll), then the one before
    (a lead that gives the toll first: "Five officers have been killed. Gunmen attacked...").
    `stops` holds the start offsets of sentences that state events of their own: the toll
    told there is that event's, not this one's. A count of 0 ("no one was hurt", "three were
    wounded") is given only when no sentence in reach states deaths: the report then tells
    the event's harm and names no dead (on gold/train, fatalities accuracy 0.702 -> 0.728,
    gold giving 0 to such events). A 0 has no source: it is a statement about this event.
    A sentence that splits its dead by place gives the event at `location` that place's count.
    With `by_place_only` (an event that is one of the places its sentence lists), a toll counts
    only where it is split by place: one figure told after a list is the places' sum, or the
    toll of the one place its sentence names ("The strike on B killed four").
    """
    following: list[Sentence] = doc.sentences[sentence_index + 1:sentence_index + 1 + MAX_FOLLOWING_SENTENCES]
    preceding = doc.sentences[max(0, sentence_index - MAX_PRECEDING_SENTENCES):sentence_index][::-1]
    nobody: int | None = None
    for direction in (following, preceding):
        for sentence in direction:
            if sentence.start in stops:
                break
            figure = event_fatalities(doc, sentence.start, sentence.end)
            if figure and by_place_only:
                share = _split_share(doc, sentence, location)
                return (share, sentence.start) if share is not None else (None, None)
            if figure:
                return _share_of(doc, sentence, location, figure), sentence.start
            if figure == 0:
                nobody = 0
    return nobody, None


def place_fatalities(doc: WorkingDoc, start: int, end: int, places: Sequence[Mention]) -> list[int] | None:
    """Each place's own death count in doc.text[start:end], when the sentence splits its dead by place.

    Every count of the dead goes to the place named nearest it ("killed 31 in A and 13 in B",
    "X died near A and Y near B"). Only when each place takes a count of its own is the split
    the sentence's; otherwise (None) its dead are one figure for all its places.
    """
    shares = _nearest_shares(_killed_in(doc, start, end), places)
    if len(places) < 2 or shares is None or None in shares:
        return None
    return [share or 0 for share in shares]


def _killed_in(doc: WorkingDoc, start: int, end: int) -> list[Mention]:
    """The counts of the dead in doc.text[start:end]."""
    return [m for m in doc.number_mentions if start <= m.start and m.end <= end and m.label == "killed"]


def _nearest_shares(killed: Sequence[Mention], places: Sequence[Mention]) -> list[int | None] | None:
    """The dead of `killed` given to the place named nearest each count (None: no count).

    None when the sentence counts its dead fewer than twice: one figure is not split.
    """
    if len(killed) < 2 or not places:
        return None
    shares: list[int | None] = [None] * len(places)
    for count in killed:
        nearest = min(range(len(places)), key=lambda i: _gap(count, places[i]))
        shares[nearest] = (shares[nearest] or 0) + int(count.value)
    return shares


def _share_of(doc: WorkingDoc, sentence: Sentence, location: str | None, figure: int) -> int:
    """The part of a sentence's dead told at `location`, where it splits them by place, else all."""
    share = _split_share(doc, sentence, location)
    return figure if share is None else share


def _split_share(doc: WorkingDoc, sentence: Sentence, location: str | None) -> int | None:
    """The dead a sentence tells at `location` when it splits its dead by place; else None.

    The split holds when two or more of the sentence's places take counts, though another place
    it names takes none ("Iran's commander died near A and Hezbollah's near B").
    """
    killed = _killed_in(doc, sentence.start, sentence.end)
    if len(killed) < 2:
        return None  # one figure is not split: spare the search for the sentence's places
    seen = _places_in(doc, sentence)
    shares = _nearest_shares(killed, list(seen.values()))
    if shares is None or location not in seen or sum(s is not None for s in shares) < 2:
        return None
    return shares[list(seen).index(location)]


def _places_in(doc: WorkingDoc, sentence: Sentence) -> dict[str, Mention]:
    """The places named in a sentence, by name, first mention each, in text order.

    A name the recogniser found elsewhere in the report counts here too: a list ("killed 31
    in A and 13 in B") often names a village the gazetteer lacks, which the report's
    "the villages of A and B" made a place.
    """
    found: list[Mention] = []
    names: dict[str, Mention] = {}
    for mention in doc.place_mentions:
        if not isinstance(mention.value, Place):
            continue
        if sentence.start <= mention.start and mention.end <= sentence.end:
            found.append(mention)
        else:
            names.setdefault(mention.value.name, mention)
    taken = {m.value.name for m in found}
    for name, mention in names.items():
        if name in taken:
            continue
        at = re.search(rf"\b{re.escape(mention.text)}\b", doc.text[sentence.start:sentence.end])
        if at is not None:
            found.append(replace(mention, start=sentence.start + at.start(), end=sentence.start + at.end()))
    seen: dict[str, Mention] = {}
    for mention in sorted(found, key=lambda m: m.start):
        seen.setdefault(mention.value.name, mention)
    return seen


def own_share(doc: WorkingDoc, sentence: Sentence, event: Event) -> int | None:
    """The event's part of its own sentence's toll, where the sentence splits its dead by place.

    "The gunmen killed 31 in A and 13 in B": an event at A takes 31, whether or not the rules
    built B's event from this sentence too. A figure the sentence does not state (one a second
    telling lent) is left as it is.
    """
    figure = event.fatalities
    if figure is None or event_fatalities(doc, sentence.start, sentence.end) != figure:
        return figure
    return _share_of(doc, sentence, event.location, figure)


def with_attackers_dead(doc: WorkingDoc, sentence_index: int, stops: set[int], figure: int) -> int:
    """The event's toll with the attackers' own dead that the next sentence telling deaths adds.

    The dead of an attack include the attackers killed in it (ANNOTATION.md: the perpetrators'
    own dead count), and a report often tells them after the victims: "Gunmen attacked a patrol,
    killing a soldier. The patrol returned fire and killed three of the assailants." (1 + 3), or
    restates the whole toll by side: "The toll is two dead on our side and five on the
    attackers' side" (2 + 5 where the event counted 2). A sentence naming other dead, or
    counting the event's victims otherwise, leaves the figure as it is; so does an own
    sentence that already counts the attackers. On gold/train every count of the attackers'
    dead (4) is in its event's toll.
    """
    own = doc.sentences[sentence_index]
    if _attackers_and_others(doc, own)[0]:
        return figure
    for sentence in doc.sentences[sentence_index + 1:sentence_index + 1 + MAX_FOLLOWING_SENTENCES]:
        if sentence.start in stops:
            break
        theirs, others = _attackers_and_others(doc, sentence)
        if not theirs and not others:
            continue
        if theirs and others in (0, figure):
            return figure + theirs if others == 0 else others + theirs
        break
    return figure


def _attackers_and_others(doc: WorkingDoc, sentence: Sentence) -> tuple[int, int]:
    """The dead a sentence counts among the attackers, and the other dead it counts."""
    theirs = others = 0
    for count in _killed_in(doc, sentence.start, sentence.end):
        after = doc.text[count.end:min(sentence.end, count.end + VICTIM_WORDS_CHARS)]
        if ATTACKER_VICTIMS.match(after):
            theirs += int(count.value)
        else:
            others += int(count.value)
    return theirs, others


def _gap(a: Mention, b: Mention) -> int:
    """The characters between two spans, 0 where they overlap."""
    return max(0, b.start - a.end, a.start - b.end)


def unsplit_tolls(events: list[Event], sources: list[int | None]) -> list[Event]:
    """Drop a toll that one sentence states for events at different places: the report's sum.

    `sources` gives, for each event, the start of the sentence its figure came from (None for
    no figure or a 0). Events that share a source and a figure but lie at two or more places
    lose it; two tellings of one place keep it.
    """
    places: dict[tuple[int, int], set[str | None]] = defaultdict(set)
    for event, source in zip(events, sources, strict=True):
        if source is not None and event.fatalities:
            places[(source, event.fatalities)].add(event.location)
    return [event.with_changes(fatalities=None)
            if source is not None and event.fatalities and len(places[(source, event.fatalities)]) > 1
            else event
            for event, source in zip(events, sources, strict=True)]


def _listing_sentences(events: list[Event]) -> set[int]:
    """The starts of the sentences whose act spreads over places they list: events at two or more
    places share their evidence ("jets bombed A and B")."""
    places: dict[int, set[str | None]] = defaultdict(set)
    for event in events:
        if event.evidence is not None:
            places[event.evidence.start].add(event.location)
    return {start for start, names in places.items() if len(names) > 1}


class _TollStage:
    """What the two toll stages share: walk the events with their sentence, then let no two events
    at different places keep one toll the report does not split (`unsplit_tolls`)."""

    reads, adds = ("sentences", "number_mentions", "events"), ("events",)

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        starts = {s.start: i for i, s in enumerate(doc.sentences)}
        stops = {e.evidence.start for e in doc.events if e.evidence is not None}
        listed = _listing_sentences(doc.events)
        filled: list[Event] = []
        sources: list[int | None] = []
        for event in doc.events:
            index = starts.get(event.evidence.start) if event.evidence is not None else None
            event, source = self._toll(doc, event, index, stops, listed)
            filled.append(event)
            sources.append(source)
        doc.events = unsplit_tolls(filled, sources)
        return doc

    def _toll(self, doc: WorkingDoc, event: Event, index: int | None, stops: set[int],
              listed: set[int]) -> tuple[Event, int | None]:
        """The event with its toll, and the start of the sentence that told it (None: none)."""
        raise NotImplementedError

    @staticmethod
    def _missing(doc: WorkingDoc, event: Event, index: int, stops: set[int],
                 listed: set[int]) -> tuple[Event, int | None]:
        """A violent event with no toll takes the one told around it, if any."""
        figure, source = nearby_toll(doc, index, stops, event.location,
                                     by_place_only=doc.sentences[index].start in listed)
        return (event if figure is None else event.with_changes(fatalities=figure)), source


class FollowingFatalities(_TollStage):
    """Fills a violent event's missing death toll from the sentences that go on telling it,
    and clears a toll that is not the event's own (no-toll acts, a sum over places)."""

    name, version = "events.figures", "3"

    def _toll(self, doc: WorkingDoc, event: Event, index: int | None, stops: set[int],
              listed: set[int]) -> tuple[Event, int | None]:
        if event.sub_event_type in NO_TOLL_SUB_EVENT_TYPES:
            return event.with_changes(fatalities=None), None
        if index is None:
            return event, None
        if event.fatalities:
            own = own_share(doc, doc.sentences[index], event) or 0
            if event.event_type in ARMED_TARGET_TYPES:
                own = with_attackers_dead(doc, index, stops, own)
            return event.with_changes(fatalities=own), doc.sentences[index].start
        if event.fatalities is None and event.event_type in VIOLENT_TYPES:
            return self._missing(doc, event, index, stops, listed)
        return event, doc.sentences[index].start


class KeptFatalities(_TollStage):
    """Fills the toll a kept violent event still lacks, once the eventness model has judged.

    `FollowingFatalities` stops at every candidate's sentence, and the model then drops some
    of those candidates (most are second tellings: "The toll is two dead on our side and five
    on theirs"). Their sentences are no longer another event's: a kept event reaches past them.
    """

    name, version = "events.kept_figures", "2"

    def _toll(self, doc: WorkingDoc, event: Event, index: int | None, stops: set[int],
              listed: set[int]) -> tuple[Event, int | None]:
        if (event.fatalities is None and event.event_type in VIOLENT_TYPES and index is not None
                and event.sub_event_type not in NO_TOLL_SUB_EVENT_TYPES):
            return self._missing(doc, event, index, stops, listed)
        return event, None
