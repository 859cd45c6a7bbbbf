"""The words around a name that say it is a place, and what kind: cue phrases before it ("the
village of X", "near X", "in X"), kind words after it ("X district", "X province"), and the
geo_precision they give a mention.

The place recogniser (`recognise/places.py`) finds names with these cues; the resolver reads
them again to weigh an unknown name and to set a mention's precision.
"""
from __future__ import annotations

import functools
import re

from sitrep.model import GeoPrecision, Place
from sitrep.normalise.names import name_keys
from sitrep.recognise.place_lists import CUE_WINDOW, LIST_CUE_AFTER, listed_after_cue, listed_before_cue

#: Words after a name that say what kind of place it is; they join the mention
#: ("Katsina State", "Idlib province", "Afrin district", "Ras al-Ain countryside").
ADMIN_SUFFIXES = frozenset({"province", "governorate", "state", "oblast", "region", "prefecture",
                            "department", "county", "krai", "raion", "division", "emirate"})
NEAR_SUFFIXES = frozenset({"district", "countryside", "area", "outskirts", "suburbs", "environs",
                           "municipality", "subdistrict", "sub-district", "township", "sector",
                           "axis", "front", "direction", "valley", "plain", "plains", "desert",
                           "mountain", "mountains", "hills", "road", "highway"})
PLACE_SUFFIXES = frozenset({"city", "town", "village", "camp", "airport", "airbase", "base",
                            "refugee", "neighbourhood", "neighborhood", "hospital", "prison",
                            "crossing", "dam", "bridge", "river", "field"})
#: The last word of a facility named after its town, capitalised ("Kramatorsk Railway Station",
#: "Djibo Military Camp", "Maiduguri Central Market", "Goma International Airport"): the town's
#: name before it is the town, not a piece of a longer name.
FACILITY_HEADS = frozenset({"station", "airport", "airfield", "airbase", "base", "camp", "barracks",
                            "garrison", "prison", "jail", "market", "hospital", "dam", "port", "bridge",
                            "refinery", "plant", "checkpoint", "crossing", "stadium", "university",
                            "mosque", "cathedral", "church"})
#: Words between a town's name and a facility's head word ("Railway", "Military", "Central").
FACILITY_MODIFIERS = frozenset({"railway", "rail", "train", "bus", "central", "international", "military",
                                "army", "air", "naval", "police", "general", "teaching", "regional",
                                "main", "oil", "power", "nuclear", "thermal", "hydroelectric", "border",
                                "grand", "great", "old", "new", "municipal", "city"})
#: Gazetteer features of a settlement, which a division word after its name makes the division
#: around it (not "admin1", "region" or "country").
TOWN_FEATURES = frozenset({"city", "capital", "town", "village"})
#: The unions the recogniser tests words against, built once rather than at every test.
KIND_SUFFIXES = ADMIN_SUFFIXES | NEAR_SUFFIXES | PLACE_SUFFIXES
AREA_SUFFIXES = ADMIN_SUFFIXES | NEAR_SUFFIXES
#: Cue phrases right before a name that make it a place even if the gazetteer lacks it:
#: "the village of Tondobi", "the town of X", "the island of X", "outskirts of X", "near X", "the siege of X", a
#: base's name in apposition ("the forward operating base, FOB X") (not
#: "the fall of X": regimes and rulers fall too).
STRONG_CUE_BEFORE = re.compile(
    r"(?:\b(?:village|villages|town|towns|city|hamlet|district|province|governorate|region|area|"
    r"neighbou?rhood|suburb|outskirts|countryside|vicinity|locality|commune|municipality|county|"
    r"oblast|settlement|camp|island|islands|siege|seizure|recapture|liberation)\s+of|\bnear(?:by)?|\baround|"
    r"\bbase,|"
    r"\bkm\s+(?:from|of|north|south|east|west)\S*(?:\s+of)?)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: Words right after a name that make it a place: "Kourakou village", "Noni district", "Bakassi island",
#: "Minbya township" (Myanmar's districts), "Bankass cercle" (Mali's), and an
#: apposition that says what it is: "Djobel, a locality near ...", "Mbau, a small village".
STRONG_CUE_AFTER = re.compile(
    r"(?:,\s+(?:a|an|the)\s+(?:small\s+|remote\s+|nearby\s+|rural\s+|coastal\s+|border\s+)?|\s+)"
    r"(?:village|town|city|district|province|governorate|region|area|countryside|camp|hamlet|settlement|"
    r"neighbou?rhood|locality|commune|county|oblast|sub-?district|township|municipality|cercle|road|highway|"
    r"island)\b", re.IGNORECASE)
#: A front-line direction after a name, the name bracketed or not: "the Pokrovsk direction", "on
#: the Kupiansk axis", "in the northeastern (Talish) direction" (lowercase only: "the Popular Front"
#: and "Liberation Axis" are groups). The event was near the named town, not in it.
FRONT_CUE_AFTER = re.compile(r"\)?\s+(?:direction|axis)\b")
#: Cues that put the event near a place rather than in it (geo_precision 2):
#: "near Hajin", "outskirts of Mosul", "east of Raqqa", "20 km from Sukhnah", "around Idlib".
NEAR_CUE_BEFORE = re.compile(
    r"(?:\bnear(?:by)?|\baround|\boutskirts\s+of|\bvicinity\s+of|\bcountryside\s+of|\bsuburbs\s+of|"
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west)(?:ern)?\s+(?:of|outskirts\s+of)|\bkm\s+\S*\s*(?:from|of))\s+(?:the\s+)?$",
    re.IGNORECASE)
#: A compass bearing that makes the next place a point of reference for another one named just
#: before it: "the Tharthar region ... (north of Baghdad)", "Maung Htaung, 110 km northwest of the
#: city of Mandalay", "Hajin, south-east of Deir ez-Zor" (not "north of Baghdad" alone: with no
#: place before it, the event was near Baghdad; not "in the north of Mali", a part of it).
REFERENCE_BEFORE = re.compile(r"(?<!the )\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                              r"(?:the\s+(?:city|town|capital|village|port)\s+of\s+)?(?:the\s+)?$", re.I)
#: How far back (characters) the bearing is looked for before a place ("northwest of the city of ").
REFERENCE_WINDOW = 30
#: A capitalised direction right before a name makes it a part of a region, not the town of that
#: name: "Northern Sagaing", "South Gondar", "Eastern Donetsk", "West Darfur" (a zone or a
#: region, geo_precision 3). Not "north of Gondar" or "northern Gondar" (lower case: a place near
#: the town, `NEAR_CUE_BEFORE`), nor "South Sudan", which the gazetteer knows whole.
REGION_PART_BEFORE = re.compile(r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|"
                                r"North-?[Ee]ast(?:ern)?|North-?[Ww]est(?:ern)?|South-?[Ee]ast(?:ern)?|"
                                r"South-?[Ww]est(?:ern)?|Central|Upper|Lower)[ -]$")
#: A settlement word right before a name: "the village of X", "near the town of X", "the villages
#: of A and". It makes a name the gazetteer knows only elsewhere a village of the report's own
#: area (not "the district of X" nor "the province of X": divisions, not settlements).
SETTLEMENT_CUE_BEFORE = re.compile(r"\b(?:villages?|towns?|hamlets?|settlements?|localit(?:y|ies))\s+of\s+(?:the\s+)?"
                                   r"(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?)?$")


def bearing_before(text: str, start: int, floor: int = 0) -> bool:
    """Whether a compass bearing ("north of", "110 km northwest of the city of") ends right before
    the name at `start`, looking back no further than `floor` (the sentence's start)."""
    return REFERENCE_BEFORE.search(text, max(floor, start - REFERENCE_WINDOW), start) is not None


def settlement_cue(text: str, start: int) -> bool:
    """Whether the text calls the name at `start` a settlement ("the village of X")."""
    return SETTLEMENT_CUE_BEFORE.search(text, max(0, start - CUE_WINDOW), start) is not None


#: Weak cues: prepositions of place ("in Hajin", "at Baghuz", "from Raqqa", "towards Idlib").
WEAK_CUE_BEFORE = re.compile(r"\b(?:in|at|from|to|towards|into|out\s+of|across|outside|inside|entered|reached|"
                             r"captured|seized|took|retook|shelled|struck|hit|attacked|besieged|capture\s+of)"
                             r"\s+(?:the\s+)?$",
                             re.IGNORECASE)
#: A district's multi-word kind after its name: "Lapai Local Government Area", "Uba LGA" (Nigeria's
#: second-level divisions, where an event is placed near the district's town).
DISTRICT_AFTER = re.compile(r"\s+(?:local\s+government\s+area|LGA)\b", re.IGNORECASE)
#: A word for a first-level division right before a name the gazetteer lacks, or before the list
#: it opens: "the province of X", "the provinces of X and Y", "Z state of X" (not "the village of X").
DIVISION_CUE_BEFORE = re.compile(r"\b(?:provinces?|governorates?|regions?|states?|oblasts?|prefectures?|counties|"
                                 r"county)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: The same word right after the name: "X province", "the X region" (not "X regional", "X village").
DIVISION_CUE_AFTER = re.compile(r"\s+(?:province|governorate|region|state|oblast|prefecture|county)\b",
                                re.IGNORECASE)
#: A kind word of a place inside a country right before a name: "the neighbourhoods of X",
#: "the village of X", "Y district of X" (not "the state of X": "the State of Palestine" is one).
LOCAL_KIND_BEFORE = re.compile(
    r"\b(?:villages?|towns?|city|cities|hamlets?|neighbou?rhoods?|quarters?|suburbs?|districts?|"
    r"sub-?districts?|localit(?:y|ies)|communes?|municipalit(?:y|ies)|settlements?|camps?|provinces?|"
    r"governorates?|count(?:y|ies)|oblasts?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


#: A people's word right after a name makes it a people's name: "the Meitei community", "Kuki
#: tribes", "the Nuer ethnic group" (a place's people are its "residents" or "villagers").
PEOPLE_AFTER = re.compile(r"\s+(?:community|communities|tribe|tribes|tribesmen|tribal|clan|clans|ethnic)\b",
                          re.I)


def names_a_people(text: str, word: str) -> bool:
    """Whether the report uses a capitalised word as a people's name somewhere ("Kuki
    tribesmen", "the Meitei community"), so "Zorbak Kuki village" is the Kuki village Zorbak."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if PEOPLE_AFTER.match(text, end) and (at == 0 or not text[at - 1].isalnum()):
            return True
        at = text.find(word, end)
    return False


#: A possessive right after a name: "Baghdadi's hideout", "Machado’s proxy", "Marib’s
#: northwestern part".
POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def owned_by_a_person(text: str, end: int, loose: str, place_name: str) -> bool:
    """Whether a name in the possessive reads as a person's where the gazetteer knows it only as
    another name of a small town ("Baghdadi's hideout" is no village of Iran called
    Baghdadeh); a town under its own name ("Marib's northwestern part") stays a town."""
    return POSSESSIVE_AFTER.match(text, end) is not None and name_keys(place_name)[1] != loose


def cue_before(text: str, start: int) -> str | None:
    """Which cue precedes a name: "near" (geo_precision 2), "strong", "weak" or None."""
    window = text[max(0, start - CUE_WINDOW):start]
    if NEAR_CUE_BEFORE.search(window):
        return "near"
    if STRONG_CUE_BEFORE.search(window):
        return "strong"
    if WEAK_CUE_BEFORE.search(window):
        return "weak"
    return None


#: Names whose split-off kind word is remembered: a report names the same places many times.
STRIP_SUFFIX_CACHE = 16_384


@functools.lru_cache(maxsize=STRIP_SUFFIX_CACHE)
def strip_suffix(name: str) -> tuple[str, str | None]:
    """Split a trailing kind word off a name: "Katsina State" -> ("Katsina", "state")."""
    parts = name.rsplit(None, 1)
    if len(parts) == 2 and parts[1].lower() in KIND_SUFFIXES:
        return parts[0], parts[1].lower()
    return name, None


def mention_precision(text: str, start: int, suffix: str | None, place: Place,
                      end: int | None = None) -> GeoPrecision:
    """The geo_precision a mention gives: the place's own, made coarser by "near"/"district" cues
    (and by a front-line direction after its `end`: "the northern (Varzob) direction"). A division
    word after a town's name that no first-level division bears ("the Zorbak province", "Beni
    region") names the lower division around the town, its seat: near the town."""
    precision = GeoPrecision(place.geo_precision)
    if REGION_PART_BEFORE.search(text, max(0, start - CUE_WINDOW), start):
        return GeoPrecision.REGION
    if suffix in ADMIN_SUFFIXES:
        return GeoPrecision.NEAR if place.feature in TOWN_FEATURES else GeoPrecision.REGION
    front = end is not None and FRONT_CUE_AFTER.match(text, end) is not None
    if suffix in NEAR_SUFFIXES or front or cue_before(text, start) == "near":
        precision = max(precision, GeoPrecision.NEAR)
    return precision


def _kind_word_before(text: str, start: int, floor: int, kind_before: re.Pattern[str]) -> bool:
    """Whether `kind_before` ends right before text[start:] or before the list it is a member of
    ("the villages of A, B and C": for C too)."""
    head = listed_after_cue(text, start, floor)
    return any(kind_before.search(text, max(floor, at - CUE_WINDOW), at) is not None
               for at in {start, head if head is not None else start})


#: A kind word that closes another place's name right before "of" and the name: in "Kasai province
#: of Congo", "the Beni territory of North Kivu", the name after "of" holds that place, it is not one.
NAMED_KIND_OF = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w'’-]*\s+(?:villages?|towns?|city|district|sub-?district|locality|commune|municipality|"
    r"settlement|camp|province|governorate|county|oblast|region|territory|state)\s+of\s+(?:the\s+)?$")


def marked_local(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the words around text[start:end] call it a place inside a country: a town, a
    neighbourhood or a division, alone or in a list ("the neighbourhoods of Domiz and Palestine",
    "A, Jordan and C villages"), so a country's name there is a local place's, not the country's.
    A kind word closing another name ("Kasai province of Congo") makes the name its container."""
    if NAMED_KIND_OF.search(text, max(floor, start - CUE_WINDOW), start) is not None:
        return LIST_CUE_AFTER.match(text, end) is not None
    return _kind_word_before(text, start, floor, LOCAL_KIND_BEFORE) \
        or LIST_CUE_AFTER.match(text, end) is not None or listed_before_cue(text, end)


def names_a_division(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the cue that makes text[start:end] a place calls it a division ("the provinces of
    Salaheddine and Anbar", "the Caucasus region"): a region, not a settlement."""
    return DIVISION_CUE_AFTER.match(text, end) is not None or _kind_word_before(text, start, floor, DIVISION_CUE_BEFORE)
