"""Decide which place each place mention means, from the rest of the document.

Evidence, in order of weight: the countries the report names (country names, divisions,
demonyms, actors' countries), the divisions it names, the positions of its other places
(a town is most likely near the others), then each candidate's own prior (curated entries,
population, exact spelling). A candidate in a country the report never points to, and too
small to be known abroad, is refused: the mention then stays unresolved (`value` is a
`Place` with the name and no coordinates) rather than snapping to a far-away namesake. Such
an unresolved place carries the report's main country (the strongest country evidence), so an
event there still gets its country.
A mention found only in the gazetteer, with no cue, whose every candidate is refused is
dropped (it was most likely a word or a person's name, not a place).
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace

from sitrep.geo import distance_km, great_circle_km
from sitrep.model import Actor, Mention, Place, WorkingDoc
from sitrep.normalise.names import name_keys, split_alternative
from sitrep.recognise.place_cues import (
    ADMIN_SUFFIXES,
    cue_before,
    marked_local,
    mention_precision,
    settlement_cue,
    strip_suffix,
)
from sitrep.recognise.place_lists import CUE_WINDOW, listed_with_kind, written_out
from sitrep.recognise.places import CUE_LABEL, is_important, longer_name, prior
from sitrep.resolve.abroad import NEIGHBOUR_KM, named_elsewhere, one_known_town, only_town_across_border
from sitrep.resolve.countries import (
    ACTOR_COUNTRY_WEIGHT,
    ADMIN1_NAME_WEIGHT,
    COUNTRY_NAME_WEIGHT,
    DEMONYM_WEIGHT,
    PLACE_WEIGHT,
    clustered_countries,
    shares,
)
from sitrep.resolve.divisions import in_named_divisions
from sitrep.resolve.gazetteer import ADMIN1, COUNTRY, CURATED, GEONAMES, Candidate, Gazetteer
from sitrep.resolve.listed_places import listed_alike

#: A sentence end between two mentions, or a turn to another clause that names other places:
#: "... killed at X, while Jigawa recorded three deaths", "... in X; in Y, ...".
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|\n|;|,?\s+(?:while|whereas)\s")
#: Multiplies a candidate's share of the document's country evidence (0..1) in its score.
CONTEXT_WEIGHT = 3.0
#: Bonus when the candidate lies in a division the report names.
ADMIN1_MATCH_BONUS = 0.8
#: Proximity to the report's other places: full bonus within NEAR_KM, none beyond FAR_KM.
PROXIMITY_BONUS = 1.0
NEAR_KM = 60.0
FAR_KM = 400.0
#: A geonames town in a country the report does not point to is refused unless it is a
#: national capital or this populous (a capital or a metropolis can be named in passing; a
#: village cannot). Calibrated on train reports: foreign places named there are capitals and
#: metropolises, while false matches of common words hit towns of up to a few hundred thousand.
FOREIGN_MIN_POPULATION = 1_000_000
#: A national capital this small ("The Valley", Anguilla) is no better known abroad than a town.
CAPITAL_MIN_POPULATION = 100_000
#: A GeoNames hamlet this small in another division yields to its country's division of that
#: name ("Michoacan", 574 people in Chiapas; "Tamaulipas", 1,567). Below reports' district towns.
NAMESAKE_HAMLET_POPULATION = 5_000
#: Kind words that belong to the name of a landform or a road ("the Nuba Mountains", "the Jordan
#: Valley", "the Hindi-Bodhei road").
LANDFORM_SUFFIXES = frozenset({"mountain", "mountains", "hills", "valley", "plain", "plains", "desert", "river",
                               "road", "highway"})
#: Words calling a name a village, before it ("the village of X") or after it ("X township": Myanmar's
#: rural districts); a town may be a city ("the town of Kherson").
VILLAGE_OF = re.compile(r"\b(?:villages?|hamlets?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
VILLAGE_SUFFIXES = frozenset({"village", "hamlet", "township"})
#: A place's kind word after a demonym makes the demonym name where a place lies, not who
#: acted: "the Turkish town of", "the Malian border village", "Russian territory".
DEMONYM_PLACE_AFTER = re.compile(r"\s+(?:border\s+|frontier\s+)?(?:towns?|villages?|city|cities|province|region|"
                                 r"district|territory|soil|side\s+of\s+the\s+border)\b", re.IGNORECASE)
#: Demonyms are looked for as whole capitalised words.
WORD = re.compile(r"[A-Z][a-zA-Z'’-]+")


km = great_circle_km  # the name the resolver's callers and tests use


class PlaceResolver:
    """Chooses each place mention's gazetteer entry from the document's context."""

    name, version = "resolve.places", "1"
    reads, adds = ("place_mentions",), ()

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        doc.place_mentions = self.resolve(doc.text, doc.place_mentions, doc.actor_mentions)
        return doc

    def resolve(self, text: str, mentions: list[Mention],
                actors: list[Mention] | None = None) -> list[Mention]:
        """Return the mentions with their values decided (pure)."""
        names = {i: self._lookup_name(m.text) for i, m in enumerate(mentions)}
        found = self.gazetteer.lookup(n[1] for n in names.values())
        # A country's name the text calls a town or a neighbourhood is not the country.
        local = {i: marked_local(text, m.start, m.end) for i, m in enumerate(mentions)}
        options = {i: _local_readings(found.get(names[i][1], []), local[i]) for i in names}
        # A name glued into a longer capitalised run ("spokesman Muyiwa Jackson") is doubtful: its
        # big towns cast no vote for their country (a country or division still does).
        glued = {i: longer_name(text, m.start, m.end) for i, m in enumerate(mentions)}
        weights, named = self._country_evidence(text, options, names, actors or [],
                                                frozenset(i for i, run in glued.items() if run is not None))
        admin1s = {(c.country_code, c.place.admin1) for i, cands in options.items() for c in cands
                   if c.source == ADMIN1 and len(cands) == 1}
        # With no place evidence at all, only actors' nationalities, a town the text marks as a
        # place by a kind word or a strong cue ("the Afrin district", "the town of Afrin") may lie in
        # a country no actor belongs to; so may the one town of a name just across a border from
        # an actor's country ("Hezbollah fired rockets at Metula").
        # Not a name towns of several countries bear ("Kani"), nor a village: no foreign city.
        centres = [self.gazetteer.countries.get(code) for code in weights]
        open_to = {i: not named and (
            (one_known_town(options[i], names[i][0])
             and not VILLAGE_OF.search(text, max(0, m.start - CUE_WINDOW), m.start)
             and names[i][3] not in VILLAGE_SUFFIXES) or (
            (names[i][3] is not None or cue_before(text, m.start) == "strong")
            and len({c.country_code for c in options[i] if c.source == GEONAMES}) == 1) or (
            cue_before(text, m.start) is not None and only_town_across_border(options[i], centres)))
                   for i, m in enumerate(mentions)}
        # A name glued into a longer one ("Cali" of "Cali Zorbak") is a foreign city only when whole.
        # First pass without positions, then again with the first pass's places as anchors.
        # Mentions of one name (and one cue) have the same candidates and context: decide once.
        keys = {i: (names[i], open_to[i], local[i], glued[i] is not None) for i in options}
        readings = {keys[i]: options[i] for i in options}  # one name, one cue: the same readings
        first = {key: self._choose(readings[key], key[0], weights, admin1s, [], key[1], key[3], named)
                 for key in readings}
        chosen = {i: first[keys[i]] for i in options}
        if not weights:
            # Nothing firm: let the first pass's readings vote, so the places agree with each other.
            weights = shares(Counter(c.country_code for c in chosen.values() if c is not None))
        # A name is not its own anchor: the reading the first pass chose for it would pull the
        # name's other, smaller namesakes nearby ("Nikopol" in Kharkiv oblast, 330 km from the city).
        anchors = [(names[i][1], c.place) for i, c in chosen.items() if c is not None
                   and c.source != COUNTRY and c.place.has_coordinates]
        second = {key: self._choose(readings[key], key[0], weights, admin1s,
                                    [place for name, place in anchors if name != key[0][1]], key[1], key[3],
                                    named)
                  for key in readings}
        chosen = {i: second[keys[i]] for i in options}
        chosen = self._consistent(mentions, names, chosen)
        chosen = self._bracketed(text, mentions, chosen)
        chosen = listed_alike(text, mentions, chosen, found, names)
        chosen = self._division_over_country(text, chosen, names, options, actors or [])
        # A town the text places in a division ("X, Kherson region") is its namesake there.
        chosen, unplaced = in_named_divisions(text, mentions, chosen, options,
                                              {i: (n[0], n[1]) for i, n in names.items()})
        # The main country of the report by the places it names (demonyms often name foreigners).
        named = named or weights
        top = max(named.items(), key=lambda kv: kv[1])[0] if named else None
        home = self.gazetteer.countries[top].name if top in self.gazetteer.countries else None
        out: list[Mention] = []
        for i, mention in enumerate(mentions):
            candidate = chosen[i]
            if candidate is None:
                if (mention.label == "gazetteer" and i not in unplaced
                        and not _has_cue(text, mention, self.gazetteer.stopwords)):
                    continue
                # Unknown to the gazetteer: the name, no coordinates, in the country of a place
                # named beside it ("in Ain Baal, in south Lebanon"), else the report's main one.
                nearby = _nearby_place(text, mention, mentions, chosen)
                span = glued[i]
                if span is not None and mention.label != CUE_LABEL:
                    # The whole name, not the piece of it the gazetteer knew elsewhere; its cue
                    # (`_has_cue` above) makes it a place the gazetteer lacks.
                    mention = replace(mention, start=span[0], end=span[1], text=text[span[0]:span[1]],
                                      label=CUE_LABEL)
                    names[i] = _lookup_name(mention.text)
                if mention.label != CUE_LABEL and settlement_cue(text, mention.start):
                    # "the village of X", X known only elsewhere: a village the gazetteer lacks.
                    mention = replace(mention, label=CUE_LABEL)
                place = Place(name=_unknown_name(mention.text, names[i]), country=home)
                if i in unplaced:  # the division the text names it in, not the nearest place
                    nearby = unplaced[i].place
                if nearby is not None and nearby.feature != "country":
                    place = replace(place, country=nearby.country, admin1=nearby.admin1)
                elif nearby is not None:
                    place = replace(place, country=nearby.country)
                out.append(replace(mention, value=place))
                continue
            suffix = strip_suffix(mention.text)[1]
            precision = mention_precision(text, mention.start, suffix, candidate.place, mention.end)
            out.append(replace(mention, value=candidate.place, precision=int(precision)))
        return out

    def _lookup_name(self, text: str) -> tuple[str, str, str, str | None]:
        """The keys a mention is looked up by: its whole text if the gazetteer knows it, else
        its text without a trailing kind word ("Katsina State" -> "Katsina")."""
        whole = _lookup_name(text, known=True)
        if whole[3] is None and strip_suffix(text)[1] is not None and self.gazetteer.lookup([whole[1]]):
            return whole
        return _lookup_name(text)

    def _country_evidence(self, text: str, options: dict[int, list[Candidate]],
                          names: dict[int, tuple[str, str, str, str | None]],
                          actors: list[Mention],
                          glued: frozenset[int] = frozenset()) -> tuple[dict[str, float], dict[str, float]]:
        """Share of the document's firm evidence pointing to each country (codes, summing to 1):
        all of it, and that of the places it names alone.

        Firm evidence: country and division names, curated places and big towns whose name has
        one reading, actors' countries and demonyms. Small towns do not count: a word that is
        also a village somewhere must not vote for its own far-away country.
        """
        # Weighted evidence: floats, which Counter's type (int counts) does not admit.
        evidence: defaultdict[str, float] = defaultdict(float)
        for i, cands in options.items():
            exact = names[i][0]
            spelt = [c for c in cands if exact in c.keys] or cands
            if names[i][3] in ADMIN_SUFFIXES:
                # "Niger State" names Nigeria's division, not the country Niger.
                spelt = [c for c in spelt if c.source != COUNTRY]
            named_country = [c for c in spelt if c.source == COUNTRY]
            if named_country:
                # A country's own name outweighs any village that shares it.
                evidence[named_country[0].country_code] += COUNTRY_NAME_WEIGHT
                continue
            countries = {c.country_code for c in spelt}
            if len(countries) != 1:
                continue
            code = next(iter(countries))
            kinds = {c.source for c in spelt}
            if ADMIN1 in kinds:
                evidence[code] += ADMIN1_NAME_WEIGHT
            elif CURATED in kinds or (i not in glued and any(is_important(c) and exact in c.keys for c in spelt)):
                evidence[code] += PLACE_WEIGHT
        for code in clustered_countries(options, names):
            evidence[code] += PLACE_WEIGHT
        for match in WORD.finditer(text):
            place_code = self.gazetteer.demonyms.get(match.group(0).lower())
            if place_code and DEMONYM_PLACE_AFTER.match(text, match.end()):
                evidence[place_code] += PLACE_WEIGHT  # "the Turkish town of X": a place's country
        named = shares(evidence)
        for actor in actors:
            country = actor.value.country if isinstance(actor.value, Actor) else None
            actor_code = self.gazetteer.country_codes.get(country or "")
            if actor_code:
                evidence[actor_code] += ACTOR_COUNTRY_WEIGHT
        for word in WORD.findall(text):
            demonym_code = self.gazetteer.demonyms.get(word.lower())
            if demonym_code:
                evidence[demonym_code] += DEMONYM_WEIGHT
        return shares(evidence), named

    def _choose(self, cands: list[Candidate], name: tuple[str, str, str, str | None],
                weights: dict[str, float],
                admin1s: set[tuple[str, str | None]], anchors: list[Place],
                open_to_any_country: bool = False, glued: bool = False,
                named: Mapping[str, float] | None = None) -> Candidate | None:
        exact, loose, _, suffix = name
        best, best_score = None, -math.inf
        for c in _preferred(cands, suffix):
            share = weights.get(c.country_code, 0.0)
            # Where the report names places, they admit a small town: demonyms often name foreigners.
            placed = share if not named or self._plausible_abroad(c, named, exact) else named.get(c.country_code, 0.0)
            if not self._acceptable(c, placed, dict(named) if named else weights, exact,
                                    exact if open_to_any_country else None):
                continue
            if named and named_elsewhere(c, cands, named, loose):
                continue
            if glued and c.source == GEONAMES and weights and share == 0:
                continue  # "Cali Zorbak" near Mogadishu is not Cali, Colombia
            score = prior(c, exact) + CONTEXT_WEIGHT * share
            if c.source != ADMIN1 and (c.country_code, c.place.admin1) in admin1s:
                score += ADMIN1_MATCH_BONUS
            score += _proximity(c.place, anchors)
            if score > best_score:
                best, best_score = c, score
        return best

    def _plausible_abroad(self, c: Candidate, named: Mapping[str, float], exact: str) -> bool:
        """Whether a town of a country only actors and demonyms point to may be chosen: under its own
        name ("Kherson"), or near a country the places point to ("Syrian Kurdish fighters held Kobani",
        Ayn al Arab, near Turkish towns); not a far namesake spelt otherwise ("Boni" in Mali: Bonn)."""
        if c.source != GEONAMES or named.get(c.country_code, 0.0) > 0 or name_keys(c.place.name)[0] == exact:
            return True
        centroids = [self.gazetteer.countries.get(code) for code in named]
        return any(d is not None and d <= NEIGHBOUR_KM
                   for d in (distance_km(c.place, p) for p in centroids if p is not None))

    @staticmethod
    def _acceptable(c: Candidate, share: float, weights: dict[str, float], exact: str | None = None,
                    open_to: str | None = None) -> bool:
        """Whether a candidate may be chosen at all, given where the document points.

        A town of a country nothing points to must be a capital or a metropolis, named as it is
        spelt: "Bali" in "spokesman Mustafa Bali" is not Paris, whose Chinese name is "Ba Li".
        When only actors' nationalities point anywhere (`open_to`: the name's exact key), any town
        may lie abroad, but only under its own name: "the town of Boni" in a report on Malian
        soldiers is neither Bonn, which "Boni" spells in another language, nor Buni, spelt alike.
        """
        if c.source != GEONAMES or not weights or share > 0:
            return True
        if open_to is not None and name_keys(c.place.name)[0] == open_to:
            return True
        if exact is not None and exact not in c.keys:
            return False
        population = c.place.population or 0
        return population >= FOREIGN_MIN_POPULATION or (c.place.feature == "capital"
                                                        and population >= CAPITAL_MIN_POPULATION)

    def scored(self, name: str,
               context_countries: dict[str, float] | None = None) -> list[tuple[Candidate, float]]:
        """Every candidate of a name with its score, best first (for `sitrep places NAME`)."""
        exact, loose, _, suffix = self._lookup_name(name)
        weights = context_countries or {}
        out = []
        for c in _preferred(self.gazetteer.lookup([loose]).get(loose, []), suffix):
            out.append((c, prior(c, exact) + CONTEXT_WEIGHT * weights.get(c.country_code, 0.0)))
        return sorted(out, key=lambda x: -x[1])

    def _division_over_country(self, text: str, chosen: dict[int, Candidate | None],
                               names: dict[int, tuple[str, str, str, str | None]],
                               options: dict[int, list[Candidate]],
                               actors: list[Mention]) -> dict[int, Candidate | None]:
        """A bare name read as a country is the division of that name the report names elsewhere
        with its kind word, when the rest of the report points to the division's country more
        than to the country: "Niger" in a headline over a report on Nigeria's "Niger State"."""
        divisions = {names[i][1]: c for i, c in chosen.items()
                     if c is not None and c.source == ADMIN1 and names[i][3] in ADMIN_SUFFIXES}
        out = dict(chosen)
        for i, c in chosen.items():
            division = divisions.get(names[i][1])
            if (c is None or c.source != COUNTRY or names[i][3] is not None or division is None
                    or division.country_code == c.country_code):
                continue
            # The evidence without the bare name itself, which would vote for the country.
            rest = {k: v for k, v in options.items() if not (names[k][1] == names[i][1] and names[k][3] is None)}
            weights = self._country_evidence(text, rest, names, actors)[0]
            if weights.get(division.country_code, 0.0) > weights.get(c.country_code, 0.0):
                out[i] = division
        return out

    @staticmethod
    def _consistent(mentions: list[Mention], names: dict[int, tuple[str, str, str, str | None]],
                    chosen: dict[int, Candidate | None]) -> dict[int, Candidate | None]:
        """The same name in one report means the same place: use its most common choice."""
        by_key: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
        picks: dict[str, Candidate] = {}

        def key(i: int) -> tuple[str, bool]:
            # "Niger" and "Niger State" share a name but not a meaning.
            return names[i][1], names[i][3] in ADMIN_SUFFIXES

        for i, c in chosen.items():
            if c is not None and c.place.gazetteer_id:
                by_key[key(i)][c.place.gazetteer_id] += 1
                picks[c.place.gazetteer_id] = c
        out = dict(chosen)
        for i in chosen:
            votes = by_key.get(key(i))
            if votes and out[i] is not None:
                out[i] = picks[votes.most_common(1)[0][0]]
        return out

    @staticmethod
    def _bracketed(text: str, mentions: list[Mention],
                   chosen: dict[int, Candidate | None]) -> dict[int, Candidate | None]:
        """"X (Y)" names one place twice: the resolved one gives its place to the other."""
        out = dict(chosen)
        for i in range(len(mentions) - 1):
            a, b = mentions[i], mentions[i + 1]
            between = text[a.end:b.start]
            if between.strip() == "(" and text[b.end:b.end + 1] == ")":
                if out[i] is None and out[i + 1] is not None:
                    out[i] = out[i + 1]
                elif out[i + 1] is None and out[i] is not None:
                    out[i + 1] = out[i]
        return out


def _local_readings(cands: list[Candidate], local: bool) -> list[Candidate]:
    """A name's readings, without the country when the text calls it a place inside one."""
    return [c for c in cands if c.source != COUNTRY] if local else cands


def _unknown_name(text: str, name: tuple[str, str, str, str | None]) -> str:
    """The name an unknown place keeps: without a kind word ("the village of Mbau" -> "Mbau"),
    but a landform's word is part of its name ("Galgala mountains" is not the town Galgala)."""
    if name[3] in LANDFORM_SUFFIXES:
        return split_alternative(text)[0].strip()
    return written_out(name[2])


#: Mention texts whose look-up keys are remembered (the same places recur across reports).
LOOKUP_NAME_CACHE = 16_384


@functools.lru_cache(maxsize=LOOKUP_NAME_CACHE)
def _lookup_name(text: str, known: bool = False) -> tuple[str, str, str, str | None]:
    """(name_key, loose_key, display name, kind word) of a mention's text ("Idlib province" ->
    ("idlib", "idlib", "Idlib", "province")), a bracketed alternative removed. When the whole
    text is itself a known name (`known`: "Mexico City"), no kind word is split off."""
    name, _ = split_alternative(text)
    bare, suffix = (name, None) if known else strip_suffix(name)
    exact, loose = name_keys(bare)
    return exact, loose, bare, suffix


#: How far (characters, within one sentence) a resolved place may be to lend its country to an
#: unresolved one.
NEARBY_PLACE_CHARS = 160


def _nearby_place(text: str, mention: Mention, mentions: list[Mention],
                    chosen: dict[int, Candidate | None]) -> Place | None:
    """The nearest resolved place in the same sentence as `mention` (None when none is near)."""
    best, best_gap = None, NEARBY_PLACE_CHARS + 1
    for k, other in enumerate(mentions):
        candidate = chosen.get(k)
        if candidate is None or not candidate.place.country or other is mention:
            continue
        left, right = sorted((mention.start, other.start))
        gap = right - left
        # The right mention's first letter closes a break ("Sauri. Kaduna"): search up to it.
        if gap < best_gap and not SENTENCE_BREAK.search(text, left, right + 1):
            best, best_gap = candidate.place, gap
    return best


def _preferred(cands: list[Candidate], suffix: str | None) -> list[Candidate]:
    """Drop the division when the same name is also its town and no "province" word follows,
    and the town when one does ("Idlib" the city; "Idlib province" the division). A town whose
    country has no division of that name stays: "Beni region" may be the area of the Congolese
    town, not Bolivia's El Beni. A hamlet of another division yields to the division ("Michoacan")."""
    if suffix in ADMIN_SUFFIXES:
        admin = [c for c in cands if c.source in (ADMIN1, CURATED) or c.place.feature == "region"]
        admin_countries = {c.country_code for c in admin}
        towns = [c for c in cands if c.source == GEONAMES and c not in admin and c.country_code not in admin_countries]
        return admin + towns or cands
    # A town counts unless it is a hamlet lying in another division.
    town_divisions = {(c.country_code, c.place.admin1 if _hamlet(c) else None)
                      for c in cands if c.source in (GEONAMES, CURATED)}
    divisions = {c.country_code for c in cands if c.source == ADMIN1 and not (
        (c.country_code, None) in town_divisions or (c.country_code, c.place.admin1) in town_divisions)}
    return [c for c in cands if (c.source != ADMIN1 or c.country_code in divisions)
            and not (_hamlet(c) and c.country_code in divisions)]


def _hamlet(c: Candidate) -> bool:
    """A GeoNames place too small to stand for a name its country's division also bears."""
    return c.source == GEONAMES and (c.place.population or 0) < NAMESAKE_HAMLET_POPULATION


def _proximity(place: Place, anchors: list[Place]) -> float:
    if place.latitude is None or place.longitude is None:
        return 0.0
    distances = [d for a in anchors if a.gazetteer_id != place.gazetteer_id
                 for d in [distance_km(place, a)] if d is not None]
    if not distances:
        return 0.0
    nearest = min(distances)
    if nearest <= NEAR_KM:
        return PROXIMITY_BONUS
    if nearest >= FAR_KM:
        return 0.0
    return PROXIMITY_BONUS * (FAR_KM - nearest) / (FAR_KM - NEAR_KM)


def _has_cue(text: str, mention: Mention, stopwords: frozenset[str]) -> bool:
    """Whether an unresolved gazetteer match still reads as a place: a cue before it ("in X",
    "the village of X") and a name that is not a common word."""
    bare = strip_suffix(mention.text)[0]
    if name_keys(bare)[0] in stopwords or bare.split()[0].lower() in stopwords:
        return False
    return cue_before(text, mention.start) is not None or listed_with_kind(text, mention.start, mention.end)


