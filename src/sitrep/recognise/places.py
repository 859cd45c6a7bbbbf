"""Find the place names of a report: gazetteer matches plus cue phrases, guarded against
common words, person names and actor acronyms.

A candidate span is a run of capitalised words (with the connectors of place names inside:
"Deir ez-Zor", "Mocimboa da Praia", "al-Bukamal"), looked up in the gazetteer on its
transliteration-tolerant key; the longest span that matches wins. A name the gazetteer lacks
is still a place mention when a cue says so ("the village of Tondobi", "Kourakou village"),
with no value. Each mention's `value` is the a-priori best candidate; `PlaceResolver` then
decides among the candidates from the document's context.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable

from sitrep.model import GeoPrecision, Mention, MentionKind, Place, WorkingDoc
from sitrep.normalise.names import ARTICLES, name_key, name_keys
from sitrep.recognise.dates import MONTHS
from sitrep.recognise.place_cues import (
    ADMIN_SUFFIXES,
    AREA_SUFFIXES,
    CUE_WINDOW,
    DISTRICT_AFTER,
    FACILITY_HEADS,
    FACILITY_MODIFIERS,
    FRONT_CUE_AFTER,
    KIND_SUFFIXES,
    PEOPLE_AFTER,
    STRONG_CUE_AFTER,
    TOWN_FEATURES,
    cue_before,
    marked_local,
    mention_precision,
    names_a_division,
    names_a_people,
    owned_by_a_person,
)
from sitrep.recognise.place_lists import LIST_CUE_AFTER, landform_start, listed_after_cue, listed_before_cue
from sitrep.recognise.place_spans import (
    CONNECTORS,
    FUNCTION_WORDS,
    TOKEN,
    Token,
    candidate_spans,
    glued_article,
    joined,
    opening_article,
    possessive,
    tokenize,
)
from sitrep.resolve.gazetteer import ADMIN1, COUNTRY, CURATED, Candidate, Gazetteer

#: Lowercase particles inside Romance place names ("Mocímboa da Praia", "Vallée de Bourdon").
NAME_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "del", "della", "di", "du", "des"})
DIRECTION_PREFIXES = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                                "western", "central", "upper", "lower", "greater", "northeast",
                                "northwest", "southeast", "southwest", "north-east", "north-west",
                                "south-east", "south-west", "northeastern", "northwestern",
                                "southeastern", "southwestern", "rural", "downtown", "old"})
#: A settlement's kind word right after a name: "in Nasir town", "Said village", "the Abu Dawud
#: camp" (a camp for the displaced is where they live), "the Kalma and Abu Dawud camps" (not
#: "Nasir said", "Abu Dawud campaigned").
#: A capitalised camp word stays part of the name ("Damboa Super Camp" is no settlement "Damboa Super").
SETTLEMENT_WORDS = frozenset({"town", "village", "city"})
#: Only the camp word is read in the plural: "Kuki villages" are a people's, "the A and B camps" are places.
SETTLEMENT_AFTER = re.compile(rf"\s+(?:(?:{'|'.join(sorted(SETTLEMENT_WORDS))})|camps?)\b", re.IGNORECASE)
#: The label of a place mention found by a cue around a name the gazetteer lacks.
CUE_LABEL = "cue"
#: Kind words after a name that are part of it: a road is named by its towns or its own name.
ROAD_WORDS = frozenset({"road", "highway"})
#: A bracketed alternative right after a name: "Qwarzabad (Al-Mayadin)" -> "Al-Mayadin".
BRACKET_AFTER = re.compile(r"\s*\(([^()]{2,60})\)")
#: A name opening a bracket right after another name: "Al-Mayadin (Qwarzabad" ...
BRACKET_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*[ -]){0,3}[A-Z][\w'’-]*)\s*\($")
#: Words that introduce who says something, not where: "according to Lionel Lazarre".
SOURCE_BEFORE = re.compile(r"\baccording to\s+$", re.I)
#: A speech verb right after a name makes it a speaker: "Kyiv says", "Moscow has denied",
#: "Beijing warned" (but "officials in Kyiv said" keeps Kyiv, by its preposition). Verbs of stance
#: ("warned", "denied", "vowed") count here, as only a government speaks them of a capital; see
#: `roles.SAID_AFTER` for the speaker that is no side.
SPEAKER_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|claimed|claims|announced|announces|"
                           r"accused|accuses|warned|warns|denied|denies|insisted|insists|vowed|vows|"
                           r"demanded|demands|condemned|condemns|rejected|rejects|confirmed|confirms)\b")
#: A ship's name right after its kind: navies name ships after towns ("two submarines, the
#: Veliky Novgorod and the Kolpino, fired missiles", "the frigate Admiral Makarov").
VESSEL_BEFORE = re.compile(
    r"\b(?:submarine|ship|frigate|vessel|warship|destroyer|tanker|cruiser|corvette|carrier|freighter)s?"
    r"(?:\s*,\s*|\s+)(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
    r"(?:the\s+)?$")
#: A street's word right after a name makes it a street named after a town, not the town:
#: "on Paulista Avenue", "Baghdad Street", "Kherson Boulevard" (not "Kherson region").
STREET_AFTER = re.compile(r"\s+(?:Avenue|Street|Boulevard|Avenida|Rua|Calle)\b")
#: A street's word right before a name, in the languages that put it first: "Calle Los Angeles",
#: "Avenida Paulista", "Rua Augusta" (a street, not the city or town).
STREET_BEFORE = re.compile(r"\b(?:Avenue|Avenida|Rua|Calle|Boulevard)\s+$")
#: How far back a ship's kind word is looked for, in characters.
VESSEL_WINDOW = 60
#: A geonames entry this populous is a place even inside a longer capitalised run
#: ("Hama Military Airport"); a smaller one there is more likely part of a person or
#: organisation name ("Kamal Adwan hospital"). Calibrated on train reports: towns named
#: as events' places in such runs are mostly provincial capitals.
IMPORTANT_POPULATION = 100_000
#: Names shorter than this ("Ra", "Ur") match only curated entries ("T2"): too many
#: syllables and initials are also two-letter villages somewhere.
MIN_KEY_LENGTH = 3
#: Acronyms (all capitals, this short) are organisations, not places, unless curated ("DRC", "T4").
ACRONYM_MAX = 5


#: Capitalised words before a name that do not make it part of a longer name ("North Hajin", "In Hajin").
NOT_NAME_BEFORE = DIRECTION_PREFIXES | FUNCTION_WORDS


#: Bonus for a candidate whose own spelling matches the text's (not only a variant of it).
EXACT_NAME_BONUS = 1.0
#: A bare name that is both a town and its division ("Idlib", "Homs") means the town.
ADMIN1_BARE_PENALTY = 0.3
#: Bonus for a town whose present name is the text's, over one that only had it once or
#: elsewhere: "Pokrovsk" is the Donbas town, not Engels (Pokrovsk until 1931).
CURRENT_NAME_BONUS = 0.25


def prior(candidate: Candidate, exact: str | None = None) -> float:
    """How likely a candidate is before any context: curated and populous places first, and
    those spelt exactly as the text (`exact`, a name_key) before mere variants."""
    bonus = EXACT_NAME_BONUS if exact is not None and exact in candidate.keys else 0.0
    if bonus and name_key(candidate.place.name) == exact:
        bonus += CURRENT_NAME_BONUS
    if candidate.source == CURATED:
        return 2.0 + bonus
    if candidate.source == COUNTRY:
        return 2.5 + bonus
    population = candidate.place.population or 0
    base = math.log10(population + 1) / 7.0
    return base + bonus - (ADMIN1_BARE_PENALTY if candidate.source == ADMIN1 else 0.0)


def is_important(candidate: Candidate) -> bool:
    """Curated places, countries, divisions and big cities: known well enough to count as
    evidence of a report's country."""
    return (candidate.source in (CURATED, COUNTRY, ADMIN1)
            or (candidate.place.population or 0) >= IMPORTANT_POPULATION)


def stands_out(candidate: Candidate) -> bool:
    """Whether a candidate is still a place when glued to other capitalised words: curated
    places, countries and big cities ("Hama Military Airport"), but not divisions, whose names
    are often people's ("Cesar Augusto ...")."""
    return candidate.source != ADMIN1 and is_important(candidate)


class PlaceRecogniser:
    """Adds place mentions: gazetteer names and cue-marked unknown names, each with a first guess."""

    name, version = "recognise.places", "1"
    reads, adds = ("document", "sentences", "actor_mentions"), ("place_mentions",)

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.never_opens = gazetteer.stopwords | FUNCTION_WORDS

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        sentences = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
        doc.place_mentions = self.find(doc.text, sentences,
                                       [(m.start, m.end) for m in doc.actor_mentions])
        return doc

    def find(self, text: str, sentences: Iterable[tuple[int, int]],
             blocked: list[tuple[int, int]]) -> list[Mention]:
        """Return the place mentions of the text (pure: no state changes)."""
        lowercase_words = {word for word in TOKEN.findall(text) if word.islower()}
        per_sentence = []
        keys: set[str] = set()
        for start, end in sentences:
            tokens = tokenize(text, start, end)
            spans = candidate_spans(text, tokens)
            named = []
            for i, j in spans:
                exact, loose = name_keys(text[tokens[i].start:tokens[j].end])
                named.append((i, j, exact, loose))
                keys.add(loose)
            # Only the blocked spans that reach into this sentence can overlap its names.
            here = [(s, e) for s, e in blocked if s < end and start < e]
            per_sentence.append((tokens, named, here))
        found = self.gazetteer.lookup(keys)
        mentions: list[Mention] = []
        for tokens, named, here in per_sentence:
            # A span across a possessive is a name only when the gazetteer knows it ("Cox's
            # Bazar"); else it is an owner and its place ("Banmauk Township's Kyaung Lae").
            named = [n for n in named if n[3] in found or not any(
                possessive(text, tokens[k - 1], tokens[k]) for k in range(n[0] + 1, n[1]))]
            mentions.extend(self._sentence(text, tokens, named, found, here, lowercase_words))
        return mentions

    def _sentence(self, text: str, tokens: list[Token], named: list[tuple[int, int, str, str]],
                  found: dict[str, list[Candidate]], blocked: list[tuple[int, int]],
                  lowercase_words: set[str]) -> list[Mention]:
        by_start: dict[int, list[tuple[int, str, str]]] = {}
        for i, j, exact, loose in named:
            by_start.setdefault(i, []).append((j, exact, loose))
        out: list[Mention] = []
        i = 0
        while i < len(tokens):
            options = by_start.get(i)
            if options is None:
                i += 1  # no name starts here
                continue
            match = None
            for j, exact, loose in sorted(options, reverse=True):
                start, end = tokens[i].start, tokens[j].end
                if any(s < end and start < e for s, e in blocked):
                    continue
                kept = self._plausible(text, tokens, i, j, exact, found.get(loose, []), lowercase_words)
                if kept:
                    match = (j, kept, exact)
                    break
            if match is not None:
                j, kept, exact = match
                out.append(self._mention(text, tokens, i, j, kept, exact))
                i = j + 1
                continue
            unknown = self._cued_unknown(text, tokens, i, by_start, blocked, found)
            if unknown is not None:
                found_here, j = unknown
                out.extend(found_here)
                i = j + 1
                continue
            i += 1
        return out

    def _plausible(self, text: str, tokens: list[Token], i: int, j: int, exact: str,
                   candidates: list[Candidate], lowercase_words: set[str]) -> list[Candidate]:
        """Keep the candidates a span may really mean, given how it is written and placed."""
        if not candidates:
            return []
        first = tokens[i]
        single = i == j or (j == i + 1 and first.lower in ARTICLES)
        head = tokens[j]
        if single and head.lower in self.gazetteer.demonyms:
            return []  # "Russian", "Syrian": an adjective of nationality, not a place
        if SPEAKER_AFTER.match(text, head.end) and cue_before(text, first.start) is None:
            return []  # "Kyiv says", "Moscow denied": a government by its capital, not a place
        if PEOPLE_AFTER.match(text, head.end):
            return []  # "the Meitei community": a people, not the village of that name
        if single:  # "Machado's proxy": a person's name, which a small town bears as another name
            candidates = [c for c in candidates if is_important(c) or not owned_by_a_person(
                text, head.end, name_keys(text[first.start:head.end])[1], c.place.name)]
        if VESSEL_BEFORE.search(text, max(0, first.start - VESSEL_WINDOW), first.start):
            return []  # "the submarine Kolpino": a ship named after a town
        if STREET_AFTER.match(text, head.end) \
                or STREET_BEFORE.search(text, max(0, first.start - CUE_WINDOW), first.start):
            return []  # "Paulista Avenue", "Baghdad Street": a street named after a town
        if any(c.source == COUNTRY for c in candidates) and marked_local(text, first.start, head.end, tokens[0].start):
            # "the neighbourhoods of Domiz and Palestine": a local place that bears a country's name.
            candidates = [c for c in candidates if c.source != COUNTRY]
        if exact in self.gazetteer.stopwords or (single and head.lower in self.gazetteer.stopwords):
            candidates = [c for c in candidates if c.source in (CURATED, COUNTRY) and exact in c.keys]
        if len(exact) < MIN_KEY_LENGTH:
            candidates = [c for c in candidates if c.source == CURATED]
        if single and head.text.isupper() and head.text.isalpha() and len(head.text) <= ACRONYM_MAX:
            candidates = [c for c in candidates if c.source in (CURATED, COUNTRY) and exact in c.keys]
        if single and head.text.lower() in lowercase_words:
            # The word is also used in lowercase in this report: a common word, not a name.
            candidates = [c for c in candidates if c.source != "geonames" or is_important(c)]
        if candidates and self._inside_longer_name(text, tokens, i, j):
            # Glued to other names, only a well-known place under its own name is still that
            # place: "Cabo" of "Cabo Ligado" is not Cape Town, "Ain" of "Ain Baal" is not Al Ain.
            candidates = [c for c in candidates if stands_out(c) and name_key(c.place.name) == exact]
        return candidates

    @staticmethod
    def _inside_longer_name(text: str, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the span is glued to other capitalised words ("Kamal Adwan", "Mohammed Kamal")."""
        if i > 0 and joined(text, tokens[i - 1], tokens[i]):
            prev = tokens[i - 1]
            if prev.capitalised and prev.lower not in NOT_NAME_BEFORE:
                return True
            # "Ras" in "Maroun al-Ras": an article glued to a capitalised word before it.
            if (glued_article(text, prev, tokens[i]) and i > 1 and tokens[i - 2].capitalised
                    and joined(text, tokens[i - 2], prev)):
                return True
        if j + 1 < len(tokens) and joined(text, tokens[j], tokens[j + 1]):
            nxt = tokens[j + 1]
            if nxt.capitalised and nxt.lower not in KIND_SUFFIXES and not _facility_after(text, tokens, j):
                return True
            # "Vallée de Bourdon", "Ciudad del Este": a Romance name goes on after its particle.
            if (nxt.lower in NAME_PARTICLES and j + 2 < len(tokens) and tokens[j + 2].capitalised
                    and joined(text, nxt, tokens[j + 2])):
                return True
            # "Maroun al-Ras": the name goes on after an article ("and" joins two names instead).
            if (glued_article(text, nxt, tokens[j + 2] if j + 2 < len(tokens) else nxt)
                    and j + 2 < len(tokens) and tokens[j + 2].capitalised and joined(text, nxt, tokens[j + 2])):
                return True
        return False

    def _mention(self, text: str, tokens: list[Token], i: int, j: int, kept: list[Candidate],
                 exact: str) -> Mention:
        start, end = tokens[i].start, tokens[j].end
        suffix = None
        if j + 1 < len(tokens) and joined(text, tokens[j], tokens[j + 1]) \
                and tokens[j + 1].lower in AREA_SUFFIXES:
            suffix = tokens[j + 1].lower
            end = tokens[j + 1].end
        best = max(kept, key=lambda c: prior(c, exact))
        # "Idlib province" is the division when the gazetteer knows one of that name (the
        # resolver then picks it); only a town's name alone makes the division around the town.
        divisions = [c for c in kept if c.place.feature not in TOWN_FEATURES] if suffix in ADMIN_SUFFIXES else []
        precision = mention_precision(text, start, suffix, (divisions[0] if divisions else best).place, end)
        return Mention(start=start, end=end, text=text[start:end], kind=MentionKind.PLACE, value=best.place,
                       label="gazetteer", precision=int(precision), source=self.name)

    def _cued_unknown(self, text: str, tokens: list[Token], i: int,
                      by_start: dict[int, list[tuple[int, str, str]]],
                      blocked: list[tuple[int, int]],
                      found: dict[str, list[Candidate]]) -> tuple[list[Mention], int] | None:
        """A capitalised name the gazetteer lacks, made a place by a strong cue around it, or
        written as the alternative of a known place ("Qwarzabad (Al-Mayadin)")."""
        tok = tokens[i]
        opens = tok.text[0].isupper() or opening_article(text, tokens, i)  # "the villages of al-Yabisah"
        spans = by_start.get(i)
        if not opens or not spans or tok.lower in FUNCTION_WORDS:
            return None
        j = max(s[0] for s in spans)
        if j > i and tokens[j].lower in SETTLEMENT_WORDS:
            j -= 1  # "Kyaung Lae Village": the kind word, capitalised, is the cue after the name
        kind_at = None  # where the kind word after the name is looked for, past a people's name
        if j > i and SETTLEMENT_AFTER.match(text, tokens[j].end) and names_a_people(text, tokens[j].text):
            kind_at = tokens[j].end
            j -= 1  # "Zorbak Kuki village": the Kuki village Zorbak, in a report on "Kuki tribesmen"
        # "Lapai Local Government Area of Niger State": the district's name ends before its kind.
        district = next((k for k in range(i, j + 1) if DISTRICT_AFTER.match(text, tokens[k].end)), None)
        j = j if district is None else district
        start, end = tok.start, tokens[j].end
        # A listed word ("Police", "Nasir") is a place only when the text calls it a settlement
        # ("in Nasir town"): a person's name that is also a town's.
        # Not a month's name: "On 12 March camp guards fired" dates the act.
        named_settlement = SETTLEMENT_AFTER.match(text, end) is not None \
            and not any(t.lower in NOT_NAME_BEFORE or t.lower in MONTHS for t in tokens[i:j + 1])
        if any(s < end and start < e for s, e in blocked):
            return None
        mount = landform_start(text, start)  # "Mt. Baflun": the landform's word is part of the name
        # A sentence's first word is part of a run the text calls a settlement ("“Kan Gyi village
        # was bombed"): its capital says nothing, but the kind word after the run does.
        starts_sentence = _sentence_opener(text, tok) and mount is None \
            and not (named_settlement and j > i and tok.lower not in self.gazetteer.demonyms)
        if ((tok.lower in self.never_opens or tokens[j].lower in self.gazetteer.stopwords) and not named_settlement) \
                or starts_sentence:
            return None
        if i == j and (tok.lower in self.gazetteer.demonyms
                       or (tok.text.isupper() and len(tok.text) <= ACRONYM_MAX)):
            return None  # "the Syrian province", "(CENTCOM)": adjectives and acronyms
        if SOURCE_BEFORE.search(text, max(0, start - CUE_WINDOW), start):
            return None  # "according to Lionel Lazarre": a source, not a place
        before = cue_before(text, start)
        if before not in ("near", "strong"):
            before = self._list_cue(text, tokens, start, end) or ("strong" if mount is not None else before)
        after = STRONG_CUE_AFTER.match(text, end if kind_at is None else kind_at)
        front = FRONT_CUE_AFTER.match(text, end) is not None
        bracket = BRACKET_AFTER.match(text, end)
        opener = BRACKET_BEFORE.search(text, max(0, start - CUE_WINDOW), start)
        alternative = (bracket is not None and name_keys(bracket.group(1))[1] in found) or (
            opener is not None and text.startswith(")", end) and name_keys(opener.group(1))[1] in found)
        # A run of several capitalised words after "in"/"at"/"from" is a name too ("in Maroun al-Ras").
        several = sum(1 for t in tokens[i:j + 1] if t.capitalised) >= 2
        if before not in ("near", "strong") and not (several and before == "weak") \
                and after is None and district is None and not alternative and not front:
            return None
        precision = GeoPrecision.NEAR if before == "near" or district is not None or front else GeoPrecision.PLACE
        if names_a_division(text, start, end, tokens[0].start):
            precision = GeoPrecision.REGION  # "the provinces of Salaheddine": no settlement
        # "the villages of Mbingi and Mapasana": two places, not one.
        pieces: list[tuple[int, int]] = []
        first = i
        for k in range(i, j + 1):
            if tokens[k].lower == "and":
                pieces.append((first, k - 1))
                first = k + 1
        pieces.append((first, j))
        mentions = []
        # A road is named with its kind word: "the Hindi-Bodhei road" is not a place "Hindi-Bodhei".
        road = after is not None and after.group(0).strip().lower() in ROAD_WORDS
        for a, b in pieces:
            if a > b or not (tokens[a].capitalised or opening_article(text, tokens, a)):
                continue
            stop = after.end() if road and b == pieces[-1][1] and after is not None else tokens[b].end
            begin = mount if mount is not None and a == i else tokens[a].start
            name = text[begin:stop]
            mentions.append(Mention(start=begin, end=stop, text=name,
                                    kind=MentionKind.PLACE, value=Place(name=name), label=CUE_LABEL,
                                    precision=int(precision), source=self.name))
        return mentions, j if kind_at is None else j + 1  # the people's name is no place of its own

    @staticmethod
    def _list_cue(text: str, tokens: list[Token], start: int, end: int) -> str | None:
        """The cue of the list a name is listed in ("the villages of A, B and C", "A and B
        villages"): the first name's own cue ("near" or "strong"), else None."""
        head = listed_after_cue(text, start, tokens[0].start)
        if head is not None:
            return "near" if cue_before(text, head) == "near" else "strong"
        # Not after a kind word (looked for just above): before one, "A, B and C villages".
        after = LIST_CUE_AFTER.match(text, end) is not None or listed_before_cue(text, end)
        return "strong" if after else None


#: How far around a mention its sentence is read again to see whether the name goes on
#: (characters): a run of capitalised words is rarely longer.
LONGER_NAME_WINDOW = 60


def longer_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole capitalised run a place mention is glued into ("Cali" of "near Cali Zorbak":
    "Cali Zorbak"), or None when the mention stands alone."""
    tokens = tokenize(text, max(0, start - LONGER_NAME_WINDOW), min(len(text), end + LONGER_NAME_WINDOW))
    i = next((k for k, t in enumerate(tokens) if t.start == start), None)
    j = next((k for k, t in enumerate(tokens) if t.end == end), None)
    if i is None or j is None or not PlaceRecogniser._inside_longer_name(text, tokens, i, j):
        return None
    while i > 0 and joined(text, tokens[i - 1], tokens[i]) and tokens[i - 1].capitalised \
            and tokens[i - 1].lower not in NOT_NAME_BEFORE:
        i -= 1
    while j + 1 < len(tokens) and joined(text, tokens[j], tokens[j + 1]) and (
            (tokens[j + 1].capitalised and tokens[j + 1].lower not in KIND_SUFFIXES)
            or (tokens[j + 1].lower in CONNECTORS and j + 2 < len(tokens) and tokens[j + 2].capitalised)):
        j += 1
    return tokens[i].start, tokens[j].end


def _facility_after(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words after token `j` name a facility of the place it ends
    ("Kramatorsk| Railway Station", "Djibo| Military Camp"): modifiers, then a head word that
    closes the run (not "Bus Station Road"). A town's facility is at the town."""
    k = j + 1
    while (k < len(tokens) and joined(text, tokens[k - 1], tokens[k]) and tokens[k].capitalised
           and tokens[k].lower in FACILITY_MODIFIERS):
        k += 1
    if k >= len(tokens) or not joined(text, tokens[k - 1], tokens[k]) or tokens[k].lower not in FACILITY_HEADS:
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return not (following is not None and joined(text, tokens[k], following) and following.capitalised)


def _sentence_opener(text: str, tok: Token) -> bool:
    """Whether a token opens its sentence (so its capital says nothing)."""
    # Walk back over the whitespace rather than copy the text before the token.
    i = tok.start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?\n:\"“"
