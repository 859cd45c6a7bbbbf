"""Where an event happened: the most precise place its sentence names, else one its context names.

The codebook asks for the most precise place a report gives: a village or a base before the
city, the city before its province, the province before the country. A sentence that names no
place (or only a country) usually goes on telling an incident placed just before it, or the
report's own subject, the place its headline or first lines name.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from sitrep.events.anaphora import (
    INSTALLATION_KINDS,
    INSTALLATION_SENTENCES,
    antecedent,
    installation_named,
    kind_of,
    unnamed_installation,
)
from sitrep.model import GeoPrecision, Mention, Place, Sentence, WorkingDoc
from sitrep.recognise.place_cues import bearing_before
from sitrep.recognise.places import CUE_LABEL

#: How many sentences back to look for the place of an event whose sentence names none.
PLACE_LOOKBACK_SENTENCES = 3
#: Families whose event spreads over each listed place ("airstrikes on A, B and C", "protests
#: broke out in the towns of A and B", "attacks in the villages of A and B"): the codebook's one
#: event per location. On gold/train (the eventness trainer's keep-all F1, 0.687 with the first
#: three) protest, attack and explosive gained (0.691 together); clash, abduction and intercept
#: lost (lists of a fight's sides' home towns, of where weapons came from); the rest moved nothing.
MULTI_PLACE_FAMILIES = frozenset({"air", "shelling", "territory_gain", "protest", "attack", "explosive"})
#: A word before a kind word that is an adjective ("northeastern", "nearby port"), not a preposition.
_ADJECTIVE = r"(?!(?:between|from|to|in|at|near|on|of)\b)[a-z-]+\s+"
#: A plural kind word after listed names, which goes on: "the A and B camps and the nearby city of
#: C" (not a singular one: "A, B and C in the west of D town and E village" parts a frame from a place).
_KIND_AFTER = r"(?:towns|villages|cities|areas|localities|districts|neighbou?rhoods|settlements|hamlets|camps)"
#: Places joined in one list: "A, B and C", "A, the village of B, the towns of C and D", "A as well
#: as B", "Kyiv, and the northeastern city of Kharkiv", "A and the nearby port town of B", "fighters
#: in A, as well as those in the rural areas of B" (only commas, "and", "as well as" with the
#: same people or things "in" the next place, and a kind word, with up to two lower-case words
#: before it, between them; not "A, between the towns of B and C": those words are adjectives,
#: never a preposition, which makes the next places a stretch or a frame). A capitalised compass
#: word may end a name the gazetteer knows without it: "A, Imphal West and B".
_KIND_OF = (r"(?:the\s+)?(?:(?:" + _ADJECTIVE + r"){0,2}(?:towns?|villages?|cities|city|areas?|localities|locality|"
            r"districts?|neighbou?rhoods?|settlements?|hamlets?)\s+of\s+(?:the\s+)?)?")
PLACE_LIST_JOIN = re.compile(r"^(?:\s+(?-i:North|South|East|West|Central))?(?:\s+" + _KIND_AFTER + ")?"
                             r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*,?\s*as well as\s+"
                             r"(?:(?:those|others|the ones)\s+(?:in|at|near)\s+)?)" + _KIND_OF + "$", re.I)
#: The possessive after a place name: "Chad's former colonial ruler", "Kyiv’s mayor".
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
#: Words that announce the list of places after them, whatever the act ("recovered from three
#: districts - A, B and C", "raided two villages: A and B", "the villages they took, namely A and
#: B", "..., they are A, B and C"): the text itself says the act was at each of them. Not "three
#: districts of A" (no list follows), "people from three villages: A and B" (`FROM_PEOPLE_BEFORE`).
ENUMERATION_BEFORE = re.compile(
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[a-z-]+\s+)?"
    r"(?:towns|villages|cities|areas|localities|districts|neighbou?rhoods|settlements|hamlets|camps|counties)"
    r"\s*(?::|[-\u2013\u2014])|,?\s*\b(?:namely|they\s+are|these\s+are|which\s+are))\s+(?:the\s+)?$", re.I)
#: How far back (characters) the announcing words are looked for before a list's first place.
ENUMERATION_WINDOW = 60
#: People said to come from the places listed: where the victims lived, not where the act was
#: ("killed twelve people from three villages: A, B and C", "residents from two towns - A and B").
FROM_PEOPLE_BEFORE = re.compile(r"\b(?:people|persons|residents|villagers|civilians|victims|men|women|children|"
                                r"farmers|workers|pupils|students|natives)\s+(?:[\w-]+\s+){0,2}?from\s+[^,;]*$", re.I)
#: A list that names parts of the place before it: "in Afrin, including Mt. Baflun and Sheran"
#: (the parts are the events' places, the whole is their frame).
PLACE_LIST_PARTS = re.compile(r"^\s*,?\s*(?:including|notably|namely|especially|particularly)\s+(?:in\s+)?"
                              + _KIND_OF + "$", re.I)
#: Words that make the list after them the two ends of a stretch, not places the act spread over:
#: "ambushes along the highway between the administrative capitals of A and B", "the border between
#: the Syrian city of A and the Iraqi town of B", "between the capital, A, and B" (up to four words
#: between, none of them "in", "at", "near" or "on": "clashes between army units in A and B" lists).
STRETCH_BEFORE = re.compile(r"\bbetween\s+(?:(?!(?:in|at|near|on)\b)[\w'’-]+,?\s+){0,4}$", re.I)
#: How far back (characters) "between" is looked for before a list's first place.
STRETCH_WINDOW = 50
#: What may stand between a list of places and the trigger it is the subject or object of: "the
#: villages of A and B were captured", "declared A, B and C clear of terrorism", "A and B have been
#: retaken", "A and B fell to" (only auxiliaries; not "A and B, jets bombed": the comma ends the
#: list's clause; not "residents of A and B said troops attacked C": the list is who spoke).
LIST_JUST_BEFORE = re.compile(r"^\s+(?:(?:were|was|are|is|have|has|had|been|being)\s+){0,2}$")
#: A dateline after a place at the start of a sentence: "RAIPUR: ...", "CARACAS (Reuters) - ...",
#: "MURSITPINAR, Turkey — ...", "BEIRUT, Lebanon, Oct. 2 (UPI) -- ...", "KHARTOUM, (Reuters) – ...",
#: "Belgrade, Sep 24 (EFE).- ...". It says where the reporter was, not where the event happened.
DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w .'-]{1,30}?){0,2},?\s*(?:\([^()\n]{2,60}\)\.?\s*)?"
                            r"(?::|-\s|\s?[\u2013\u2014-]{1,2}\s)")
#: A dateline that brackets its agency, its time or its place, up to the dash or colon that ends
#: it: "TEHRAN (Tasnim) – ...", "Aleppo (Qasioun) – ...", "August 31, 2022 (KHARTOUM) – ...",
#: "Thursday, January 19, 2023: Jowhar (AX) – ...", "Brasilia, March 31 (RHC)-- ..." (only
#: capitalised words, numbers and commas before the bracket, so "Troops shelled Kafr Nabl (Idlib)
#: - ..." is no dateline). Every place in it, the bracketed one too, is where the report was filed.
DATELINE_PREFIX = re.compile(r"(?:[A-Z0-9][\w.’'-]*,?:?\s+){1,6}\([^()\n]{2,60}\)\.?\s*"
                             r"(?::|-\s|\s?[\u2013\u2014-]{1,2}\s)")
#: A clause in which another speaker says something else, after the event's own: "clashes on the
#: outskirts of A, and Turkey said that it will keep its post in B", "..., while the army stated
#: ...". Its places are the other telling's, not the event's (not "and said", the same speaker).
OTHER_SPEAKER_AFTER = re.compile(r",\s+(?:and|while|but|whereas)\s+(?:the\s+[\w’'-]+|[A-Z][\w’'-]*)"
                                 r"(?:\s+[\w’'-]+){0,4}?\s+(?:said|says|announced|stated|claimed|added|confirmed)\b")
#: Words that make the next place where a missile or a shell came from, not where it struck:
#: "missiles were launched from over the occupied Golan Heights", "rockets fired from Lebanon",
#: "a drone launched from the sea" (up to three words between "from" and the name; not "fired at
#: Kharkiv from the north": the place after "at" is the target).
ORIGIN_BEFORE = re.compile(r"\b(?:launched|fired|shot)\s+from\s+(?:[\w’'-]+\s+){0,3}$", re.I)
#: How far back (characters) the launching words are looked for before a place.
ORIGIN_WINDOW = 50
#: Words that make the next place someone's home or base, not the scene of the event.
#: How far back (characters) the home words are looked for before a place ("garrisoned in the ").
HOME_WINDOW = 30
HOME_BEFORE = re.compile(r"\b(?:based|stationed|headquartered|garrisoned|born|native)\s+(?:in|at|near)\s+(?:the\s+)?$",
                         re.I)
#: A news agency named by a word that is also a place: "the news agency Mehr reported", "Fars news
#: agency said", "the Anadolu Agency" (the source of a report, not a scene). Not "an agency in
#: Mehr" nor "agency staff in Fars": the name must touch the word "agency".
AGENCY_BEFORE = re.compile(r"\bagency\s+$", re.I)
AGENCY_AFTER = re.compile(r"\s+(?:news\s+)?agency\b", re.I)
#: How far back (characters) "agency" is looked for before a place: the name must touch it.
AGENCY_WINDOW = 10
#: Words that make the next place an end of a journey told on the way, not where it was struck:
#: "ambushed a convoy heading to Kandahar from Kabul near Zorbakhel", "a bus bound for Kano"
#: (not "heading to Lamu, the convoy was ambushed in Witu": the comma closes the route).
ROUTE_END_BEFORE = re.compile(r"\b(?:heading|headed|travell?ing|bound|en\s+route|on\s+(?:its|their|his|her|the)\s+way)"
                              r"\s+(?:to|for|towards)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:from\s+(?:the\s+)?)?$")
#: How far back (characters) the start of a route is looked for.
ROUTE_WINDOW = 60
#: A possessive that makes a place the owner of the body telling the news, not where it happened:
#: "Gaza's civil defence agency said strikes hit Khan Yunis", "Kharkiv's regional governor", "Mali's
#: army said" (not "Kharkiv's Saltivskyi district", a place in it, nor "Mariupol's theatre").
OWNER_AFTER = re.compile(r"['’]s?\s+(?:(?:regional|local|military|civil|provincial|health|interior|defen[cs]e|"
                         r"emergency)\s+)?(?:civil\s+defen[cs]e|agency|ministry|mayor|governor|authorities|"
                         r"officials|police|army|military|administration|spokesm[ae]n|spokesperson|council|"
                         r"services)\b", re.I)
#: How far before the bearing (characters) the place it locates may be named.
LOCATED_WINDOW = 120
#: The codebook wants the most precise place: a village or a base before the city, the city
#: before its province, the province before the country.
FEATURE_RANK = {"city": 1, "capital": 2, "admin1": 3, "region": 4, "country": 5}
#: Last words of a building's or an institution's name: where a crowd gathered or a bomb went
#: off, but the codebook's location is the town it stands in ("the French Embassy in Niamey").
INSTITUTION_WORDS = frozenset({
    "embassy", "consulate", "ministry", "bureau", "office", "agency", "parliament", "palace",
    "court", "council", "committee", "service", "headquarters", "university", "college", "school",
    "mosque", "church", "cathedral", "temple", "hotel", "square", "house", "building", "station",
    "mall", "market", "stadium", "assembly", "commission", "institute",
    # Romance-language names open with the kind word: "Lycée Jean Dupont", "Hôpital Saint-Luc".
    "lycée", "lycee", "école", "ecole", "collège", "hôpital", "hopital", "hospital", "colegio", "escuela",
})


def place_of(mention: Mention) -> Place | None:
    """The resolved place of a mention (None when the mention stayed unresolved)."""
    value = mention.value
    return value if isinstance(value, Place) else None


def _marked_place(m: Mention) -> bool:
    """Whether a mention is a name the gazetteer lacks that the text marks as a settlement."""
    return m.label == CUE_LABEL and bool(m.text.split()) and not is_building(m)


def is_building(m: Mention) -> bool:
    """Whether a name the gazetteer lacks is a building's or an institution's, by the kind word
    that ends it ("the French Embassy") or opens it ("Lycée Jean Moulin")."""
    words = m.text.lower().split()
    return m.label == CUE_LABEL and bool(words) and (words[-1] in INSTITUTION_WORDS or words[0] in INSTITUTION_WORDS)


def place_rank(m: Mention) -> tuple[int, int, int, int]:
    """Lower is more precise. Among towns, the smaller is the more precise: a large city in
    the same sentence is usually a frame of reference ("Hajin, east of Deir ez-Zor")."""
    place = place_of(m)
    precision = m.precision or (place.geo_precision if place else GeoPrecision.REGION)
    # A name the gazetteer lacks, which the text itself marks as a place ("near the village of
    # X", "X village"), is a real place; often it is the most precise one a report gives.
    coords = 0 if (place and place.has_coordinates) or _marked_place(m) else 1
    feature = FEATURE_RANK.get(place.feature or "", 0) if place else 0
    size = len(str(place.population)) if place and place.population else 0  # order of magnitude
    return (int(precision), coords, feature, size)


def is_precise(m: Mention) -> bool:
    """Whether a mention names a place below region and country level (a town, a base, a district)."""
    rank = place_rank(m)
    return rank[0] < GeoPrecision.REGION and rank[2] < FEATURE_RANK["country"]


def holds(frame: Place, place: Place) -> bool:
    """Whether a vague place may hold a precise one: a country or a part of one holds its towns, a
    province only its own ("drones downed over the Volgograd region" are not over Moscow)."""
    province = frame.feature == "admin1" and frame.admin1 is not None
    return not province or place.admin1 is None or place.admin1 == frame.admin1


def is_backdrop(text: str, sentence: Sentence, mention: Mention) -> bool:
    """A place that is not where anything happened: a dateline, a news agency's name, or a unit's
    or a person's home ("the brigade based at Khabarovsk", "a journalist from Lyon")."""
    if mention.start - sentence.start < 2 and DATELINE_AFTER.match(text, mention.end):
        return True
    dateline = DATELINE_PREFIX.match(text, sentence.start, sentence.end)
    if dateline is not None and mention.end <= dateline.end():
        return True
    if ORIGIN_BEFORE.search(text, max(sentence.start, mention.start - ORIGIN_WINDOW), mention.start):
        return True
    if AGENCY_BEFORE.search(text, max(sentence.start, mention.start - AGENCY_WINDOW), mention.start) \
            or AGENCY_AFTER.match(text, mention.end):
        return True
    return HOME_BEFORE.search(text, max(sentence.start, mention.start - HOME_WINDOW), mention.start) is not None


def is_reference(text: str, sentence: Sentence, mention: Mention, places: list[Mention]) -> bool:
    """A place that only tells where another place named just before it lies ("X, 20 km north of
    Y"): not the event's place while that other place is there."""
    if not bearing_before(text, mention.start, sentence.start):
        return False
    return any(o.end <= mention.start and mention.start - o.end <= LOCATED_WINDOW and o.start >= sentence.start
               for o in places if o is not mention)


def is_route_end(text: str, sentence: Sentence, mention: Mention) -> bool:
    """A place a journey went to or came from, in the sentence telling what struck it on the way
    ("ambushed a convoy heading to Kandahar from Kabul near X"): not the event's place, though the
    report's own area."""
    return ROUTE_END_BEFORE.search(text, max(sentence.start, mention.start - ROUTE_WINDOW), mention.start) is not None


def place_runs(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """The runs of place mentions joined only by commas, "and" and kind words, each place as
    precise as the run's first; a run of parts ("Afrin, including A and B") leaves out the whole."""
    runs: list[list[Mention]] = []
    for m in mentions:
        run = runs[-1] if runs else None
        gap = text[run[-1].end:m.start] if run else ""
        if POSSESSIVE_AFTER.match(text, m.end):
            runs.append([m])  # "France, Chad's former ruler": a possessive names an owner, not a listed place
        elif run and PLACE_LIST_PARTS.match(gap):
            runs[-1] = [m]  # "Afrin, including Mt. Baflun": the parts, not the whole
        elif run and PLACE_LIST_JOIN.match(gap) and not (is_precise(run[0]) and not is_precise(m)):
            run.append(m)  # "Zolotarivka, Kharkiv region" stops: the town's province, not a second place
        else:
            runs.append([m])
    return runs


def listed_places(text: str, mentions: list[Mention], trigger_start: int, trigger_end: int) -> list[Mention]:
    """The list of places an event spreads over: a list right before its trigger ("declared the
    towns of A, B and C clear of terrorists"), else the places after its trigger when the first of
    them opens a list ("bombed A, B and C"); with no place after it, the last list before it
    ("The villages of A and B, the army said, were cleared"); [] if there is none."""
    # A list of provinces or countries is vaguer than a town named beside it ("In Quito, protesters
    # blocked an avenue, and similar actions are taking place in Cotopaxi, Chimborazo and Bolivar").
    runs = [run for run in place_runs(text, mentions) if is_precise(run[0]) and not _is_stretch(text, run)]
    before = [run for run in runs if run[-1].end <= trigger_start and len(run) > 1]
    if before and LIST_JUST_BEFORE.match(text[before[-1][-1].end:trigger_start]):
        return before[-1]  # "declared the towns of A, B and C clear of terrorism after ... to D"
    after = [run for run in runs if run[0].start >= trigger_end]
    if after:
        return after[0] if len(after[0]) > 1 else []
    return before[-1] if before else []


#: The preposition that makes a list of countries where an act was, right before the first:
#: "strikes in Syria and Iraq", "raids across Mali and Niger", "in both Chad and Sudan" (not
#: "airstrikes from Saudi Arabia and the UAE", "the flags of Russia and China": whose, not where).
IN_COUNTRIES_BEFORE = re.compile(r"\b(?:in|across|inside)\s+(?:both\s+)?(?:the\s+)?$", re.IGNORECASE)


def listed_countries(text: str, mentions: list[Mention], trigger_end: int) -> list[Mention]:
    """The countries an act told with no place below them spreads over ("strikes on five
    facilities in Syria and Iraq"): an event lies in one country, so each is an event of its
    own; [] when the sentence names a precise place, or no list of two countries or more
    follows the trigger."""
    if any(is_precise(m) for m in mentions):
        return []
    for run in place_runs(text, [m for m in mentions if m.start >= trigger_end]):
        countries = {place.country for m in run if (place := place_of(m)) is not None and place.feature == "country"}
        if len(run) > 1 and len(countries) == len(run) and IN_COUNTRIES_BEFORE.search(text, 0, run[0].start):
            return run
    return []


def announced_list(text: str, mentions: list[Mention], trigger_end: int) -> list[Mention]:
    """The list of places after a trigger that words before it announce as a list ("recovered
    from three districts - A, B and C"), whatever the act; [] if there is none."""
    for run in place_runs(text, [m for m in mentions if m.start >= trigger_end]):
        first = run[0]
        window = text[max(trigger_end, first.start - ENUMERATION_WINDOW):first.start]
        if len(run) > 1 and ENUMERATION_BEFORE.search(window) and not FROM_PEOPLE_BEFORE.search(window) \
                and not _is_stretch(text, run):
            return run
    return []


def _is_stretch(text: str, run: list[Mention]) -> bool:
    """Whether a run of places names the ends of a stretch ("between A and B"), not a list."""
    first = run[0]
    return len(run) > 1 and STRETCH_BEFORE.search(text, max(0, first.start - STRETCH_WINDOW), first.start) is not None


class EventLocator:
    """Chooses the place(s) of the events of one document."""

    def __init__(self, doc: WorkingDoc) -> None:
        self.doc = doc
        self._anchor: Mention | None = None
        self._anchor_known = False

    def places(self, s_index: int, sentence: Sentence, places: list[Mention], trigger_start: int,
               trigger_end: int, family: str, clause: tuple[int, int] | None = None) -> list[Mention]:
        """The place(s) of an event: coordinated places for spreading families, else the best one.
        With the span of the trigger's own `clause`, the places it names are the act's, when it
        names any ("villages taken in A and B, and a civilian dies by snipers in C": C's)."""
        text = self.doc.text
        usable = [m for m in places if m.value is not None and not is_backdrop(text, sentence, m)
                  and not is_route_end(text, sentence, m)]
        usable = [m for m in usable if not is_reference(text, sentence, m, usable)]
        # The owner of a speaking body yields to a town or a spot the sentence names.
        speakers = [m for m in usable if OWNER_AFTER.match(text, m.end)]
        if speakers and any(is_precise(m) for m in usable if m not in speakers):
            usable = [m for m in usable if m not in speakers]
        if clause is not None:
            own = [m for m in usable if clause[0] <= m.start and m.end <= clause[1] and is_precise(m)]
            usable = own or usable
        other = OTHER_SPEAKER_AFTER.search(text, trigger_end, sentence.end)
        if other is not None and any(m.start < other.start() for m in usable):
            usable = [m for m in usable if m.start < other.start()]
        if usable and family in MULTI_PLACE_FAMILIES:
            group = listed_places(text, usable, trigger_start, trigger_end) or listed_countries(
                text, usable, trigger_end)
            if group:
                return group
        announced = announced_list(text, usable, trigger_end) if usable else []
        if announced:
            return announced
        named = self.installation(s_index, sentence, usable)
        if named:
            return named
        if usable:
            best = min(usable, key=lambda m: (place_rank(m), abs(m.start - trigger_start)))
            if is_precise(best):
                return [best]
            # Only a country or region here: a precise place named just before, in the same
            # country, is where the report means ("in Kenya ... the Lamu road").
            earlier = self.referred_to(sentence) or self.lookback(s_index, sentence)
            earlier_place, best_place = (place_of(earlier[0]) if earlier else None), place_of(best)
            if earlier_place and best_place and earlier_place.country == best_place.country \
                    and place_rank(earlier[0])[0] < GeoPrecision.REGION and holds(best_place, earlier_place):
                return earlier
            return [best]
        earlier = self.referred_to(sentence) or self.lookback(s_index, sentence)
        if earlier:
            return earlier
        # Nothing nearby: a coder places the event at the report's own place.
        anchor = self.anchor()
        return [anchor] if anchor is not None else []

    def anchor(self) -> Mention | None:
        """The report's own place: the precise place it names most often (the first of a tie)."""
        if not self._anchor_known:
            self._anchor = self._find_anchor()
            self._anchor_known = True
        return self._anchor

    def _find_anchor(self) -> Mention | None:
        doc = self.doc
        starts = [s.start for s in doc.sentences]
        precise: list[tuple[Mention, Place]] = []
        for m in doc.place_mentions:
            index = bisect_right(starts, m.start) - 1
            place = place_of(m)
            if place is not None and index >= 0 and is_precise(m) \
                    and not is_backdrop(doc.text, doc.sentences[index], m):
                precise.append((m, place))
        if not precise:
            return None
        counts = Counter(place.name for _, place in precise)
        top = max(counts.values())
        return next(m for m, place in precise if counts[place.name] == top)

    def installation(self, s_index: int, sentence: Sentence, usable: list[Mention]) -> list[Mention]:
        """The named installation a sentence tells unnamed, placed only by the places after it ("captured a
        military base south-west of the capital" ... "the El Salini base"), as a one-place list, else []."""
        text = self.doc.text
        unnamed = unnamed_installation(text, sentence)
        if unnamed is None or any(m.start < unnamed.start() or kind_of(text, m) in INSTALLATION_KINDS for m in usable):
            return []
        near = [*self.doc.sentences[s_index + 1:s_index + 1 + INSTALLATION_SENTENCES],
                *reversed(self.doc.sentences[max(0, s_index - INSTALLATION_SENTENCES):s_index])]
        places = [m for m in self.doc.place_mentions if m.value is not None]
        found = installation_named(text, unnamed.group(1), near, places)
        return [found] if found is not None else []

    def referred_to(self, sentence: Sentence) -> list[Mention]:
        """The place the sentence refers back to by its kind ("in the area": the last place the report
        called an area), as a one-place list, or [] when it refers to none."""
        places = [m for m in self.doc.place_mentions if m.value is not None and is_precise(m) and not is_building(m)]
        found = antecedent(self.doc.text, sentence, places)
        return [found] if found is not None else []

    def lookback(self, s_index: int, sentence: Sentence) -> list[Mention]:
        """The best place of the nearest earlier sentence of the same paragraph that names a
        precise one, else of the nearest that names any (a country, a region)."""
        doc = self.doc
        vague: list[Mention] = []
        for back in range(1, PLACE_LOOKBACK_SENTENCES + 1):
            j = s_index - back
            if j < 0:
                break
            prev = doc.sentences[j]
            if "\n\n" in doc.text[prev.end:sentence.start]:
                break
            # A building named before stands in a town the report told further back: "the attack
            # targeted the street near Lycée X ... the attack began with a clash" is the town's.
            prev_places = [m for m in doc.place_mentions if prev.start <= m.start < prev.end and m.value is not None
                           and not is_backdrop(doc.text, prev, m) and not is_building(m)]
            best = min(prev_places, key=place_rank) if prev_places else None
            if best is not None and is_precise(best):
                return [best]
            # A country told just before is often a side's, not the scene ("fled to Venezuela"):
            # a town told a sentence further back places the act more surely.
            vague = vague or ([best] if best is not None else [])
        return vague
