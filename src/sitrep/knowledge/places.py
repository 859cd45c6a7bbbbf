"""Loaders for the curated place knowledge under `knowledge/data/places/`.

Three kinds of file, each validated here (errors name file, entry and field):

- `countries.yaml`: per ISO 3166 alpha-2 code, the country's name in the dataset's convention
  ("Syria", "Democratic Republic of Congo", "Palestine"), extra aliases and, where the
  computed one is poor, a centroid. Demonyms come from the one list the actor ontology also
  reads, `lexicons/demonyms.yaml`, with their plurals ("Syrian", "Syrians").
- `admin1.yaml`: per country, the first-level division names in the dataset's convention,
  keyed by the name the GeoNames-derived data uses ("Rif-dimashq" -> "Rural Damascus"); the
  countries whose first-level division in the dataset is GeoNames' second level (Philippine
  provinces, not regions: `second_level`); and towns whose division the GeoNames data has out
  of date (N'Djamena is its own division, no longer Chari-Baguirmi: `towns`).
- every other `*.yaml`: curated places that generic gazetteers lack or misplace (bases,
  fields, pumping stations, crossings, dams, camps, regions, villages), under `places:`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from sitrep.errors import KnowledgeError
from sitrep.knowledge.fields import parse_yaml as _parse
from sitrep.knowledge.fields import string_list as _strings
from sitrep.knowledge.fields import text_field as _text
from sitrep.knowledge.schema import parse_country
from sitrep.model import GeoPrecision

PLACES_PACKAGE = "sitrep.knowledge.data.places"
LEXICON_PACKAGE = "sitrep.knowledge.data.lexicons"
COUNTRIES_FILE = "countries.yaml"
ADMIN1_FILE = "admin1.yaml"
STOPWORDS_FILE = "place_stopwords.yaml"
DEMONYMS_FILE = "demonyms.yaml"
#: Demonyms whose plural is the word itself: "the Swiss", "the Chinese", "the French".
UNCHANGED_PLURAL_ENDINGS = ("ese", "ss", "sh", "ch", "s", "x")
#: Feature classes a curated place may declare.
FEATURES = frozenset({
    "city", "town", "village", "neighbourhood", "camp", "base", "airport", "airbase", "port",
    "field", "facility", "pumping_station", "crossing", "dam", "bridge", "mountain", "valley",
    "region", "desert", "forest", "island", "sea", "road", "landmark", "river", "district",
})
#: Codes that pycountry lacks but conflict data uses (Kosovo's user-assigned code).
EXTRA_COUNTRY_CODES = frozenset({"XK"})


@dataclass(frozen=True)
class CuratedPlace:
    id: str
    name: str
    aliases: tuple[str, ...]
    feature: str
    country_code: str
    admin1: str | None
    latitude: float
    longitude: float
    geo_precision: GeoPrecision
    source: str
    note: str = ""


@dataclass(frozen=True)
class CountryInfo:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Admin1Name:
    country_code: str
    source_name: str  # as GeoNames-derived data spells it
    name: str  # the dataset's convention
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class TownDivision:
    """A town whose first-level division the GeoNames-derived data has out of date."""

    country_code: str
    town: str  # the town's GeoNames name
    admin1: str  # its division in the dataset's convention
    note: str = ""


@dataclass(frozen=True)
class PlaceKnowledge:
    places: tuple[CuratedPlace, ...]
    countries: tuple[CountryInfo, ...]
    admin1: tuple[Admin1Name, ...]
    stopwords: frozenset[str]
    demonyms: dict[str, str]  # demonym or its plural (lowercase) -> country code
    digest: str  # hashlib digest of every file read, so derived caches know when to rebuild
    #: Countries whose first-level division in the dataset is GeoNames' second level.
    second_level: frozenset[str] = frozenset()
    town_divisions: tuple[TownDivision, ...] = ()


def _known_codes() -> set[str]:
    return {c.alpha_2 for c in pycountry.countries} | set(EXTRA_COUNTRY_CODES)


def _coordinate(label: str, entry: str, field: str, value: Any, limit: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -limit <= value <= limit:
        raise KnowledgeError(label, entry, f"field '{field}' must be a number in [-{limit}, {limit}]")
    return float(value)


def _code(label: str, entry: str, value: Any, codes: set[str]) -> str:
    if not isinstance(value, str) or value.upper() not in codes:
        raise KnowledgeError(label, entry, f"field 'country' must be an ISO 3166 alpha-2 code, got {value!r}")
    return value.upper()


def parse_places(label: str, data: Any, codes: set[str]) -> list[CuratedPlace]:
    """Validate one curated places file's parsed YAML and return its entries."""
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        raise KnowledgeError(label, None, "expected a top-level 'places' list")
    out: list[CuratedPlace] = []
    for raw in data["places"]:
        entry = str(raw.get("id")) if isinstance(raw, dict) and raw.get("id") else "?"
        if not isinstance(raw, dict) or entry == "?":
            raise KnowledgeError(label, entry, "each place needs an 'id'")
        feature = raw.get("feature")
        if feature not in FEATURES:
            raise KnowledgeError(label, entry, f"field 'feature': unknown {feature!r}")
        precision = raw.get("geo_precision")
        if precision not in (1, 2, 3):
            raise KnowledgeError(label, entry, "field 'geo_precision' must be 1, 2 or 3")
        source = _text(label, entry, "source", raw.get("source"))
        out.append(CuratedPlace(
            id=entry,
            name=_text(label, entry, "name", raw.get("name")) or "",
            aliases=_strings(label, entry, "aliases", raw.get("aliases")),
            feature=feature,
            country_code=_code(label, entry, raw.get("country"), codes),
            admin1=_text(label, entry, "admin1", raw.get("admin1"), required=False),
            latitude=_coordinate(label, entry, "lat", raw.get("lat"), 90.0),
            longitude=_coordinate(label, entry, "lon", raw.get("lon"), 180.0),
            geo_precision=GeoPrecision(precision),
            source=source or "",
            note=str(raw.get("note") or ""),
        ))
    return out


def parse_countries(label: str, data: Any, codes: set[str]) -> list[CountryInfo]:
    """Validate countries.yaml's parsed YAML."""
    if not isinstance(data, dict) or not isinstance(data.get("countries"), list):
        raise KnowledgeError(label, None, "expected a top-level 'countries' list")
    out: list[CountryInfo] = []
    for raw in data["countries"]:
        entry = str(raw.get("id")) if isinstance(raw, dict) and raw.get("id") else "?"
        if not isinstance(raw, dict) or entry == "?":
            raise KnowledgeError(label, entry, "each country needs an 'id' (ISO alpha-2 code)")
        code = _code(label, entry, entry, codes)
        lat, lon = raw.get("lat"), raw.get("lon")
        if (lat is None) != (lon is None):
            raise KnowledgeError(label, entry, "give both 'lat' and 'lon', or neither")
        out.append(CountryInfo(
            code=code,
            name=_text(label, entry, "name", raw.get("name")) or "",
            aliases=_strings(label, entry, "aliases", raw.get("aliases")),
            latitude=None if lat is None else _coordinate(label, entry, "lat", lat, 90.0),
            longitude=None if lon is None else _coordinate(label, entry, "lon", lon, 180.0),
        ))
    return out


def parse_admin1(label: str, data: Any, codes: set[str]) -> list[Admin1Name]:
    """Validate admin1.yaml's parsed YAML: `admin1: {CC: [{source, name, aliases}]}`."""
    if not isinstance(data, dict) or not isinstance(data.get("admin1"), dict):
        raise KnowledgeError(label, None, "expected a top-level 'admin1' mapping of country codes")
    out: list[Admin1Name] = []
    for cc, items in data["admin1"].items():
        code = _code(label, str(cc), cc, codes)
        if not isinstance(items, list):
            raise KnowledgeError(label, str(cc), "expected a list of divisions")
        for raw in items:
            entry = f"{cc}/{raw.get('name') if isinstance(raw, dict) else '?'}"
            if not isinstance(raw, dict):
                raise KnowledgeError(label, entry, "each division must be a mapping")
            name = _text(label, entry, "name", raw.get("name")) or ""
            out.append(Admin1Name(
                country_code=code,
                source_name=_text(label, entry, "source", raw.get("source", name)) or name,
                name=name,
                aliases=_strings(label, entry, "aliases", raw.get("aliases")),
            ))
    return out


def parse_second_level(label: str, data: Any, codes: set[str]) -> frozenset[str]:
    """Validate admin1.yaml's optional `second_level: [CC, ...]` list of country codes."""
    return frozenset(_code(label, "second_level", cc, codes)
                     for cc in _strings(label, "second_level", "second_level", data.get("second_level")))


def parse_town_divisions(label: str, data: Any, codes: set[str]) -> list[TownDivision]:
    """Validate admin1.yaml's optional `towns: [{country, town, admin1, note}]` list."""
    items = data.get("towns") or []
    if not isinstance(items, list):
        raise KnowledgeError(label, "towns", "expected a list of towns")
    out: list[TownDivision] = []
    for raw in items:
        if not isinstance(raw, dict):
            raise KnowledgeError(label, "towns", "each town must be a mapping")
        entry = f"towns/{raw.get('town')}"
        out.append(TownDivision(
            country_code=_code(label, entry, raw.get("country"), codes),
            town=_text(label, entry, "town", raw.get("town")) or "",
            admin1=_text(label, entry, "admin1", raw.get("admin1")) or "",
            note=_text(label, entry, "note", raw.get("note"), required=False) or "",
        ))
    return out


def parse_stopwords(label: str, data: Any) -> frozenset[str]:
    """Validate place_stopwords.yaml: `words:` lists grouped by kind, every word a string."""
    if not isinstance(data, dict) or not isinstance(data.get("words"), dict):
        raise KnowledgeError(label, None, "expected a top-level 'words' mapping of lists")
    words: set[str] = set()
    for group, items in data["words"].items():
        words.update(w.lower() for w in _strings(label, str(group), "words", items))
    return frozenset(words)


def plural_demonym(demonym: str) -> str:
    """The plural a report uses for a people: "Syrian" -> "Syrians", "Chinese" -> "Chinese"."""
    return demonym if demonym.lower().endswith(UNCHANGED_PLURAL_ENDINGS) else demonym + "s"


def demonym_codes(label: str, data: Any, countries: list[CountryInfo], codes: set[str]) -> dict[str, str]:
    """Map each demonym of demonyms.yaml, and its plural, to its country's code: the code of
    countries.yaml's entry of that name, else pycountry's for one of the country's names."""
    if not isinstance(data, dict):
        raise KnowledgeError(label, None, "expected a mapping of countries")
    by_name = {n.casefold(): c.code for c in countries for n in (c.name, *c.aliases)}
    out: dict[str, str] = {}
    for name, raw in data.items():
        country = parse_country(label, name, raw)
        names = (country.name, *country.names)
        code = next((by_name[n.casefold()] for n in names if n.casefold() in by_name), None) \
            or _pycountry_code(names, codes)
        if code is None:
            continue  # a name pycountry does not know and countries.yaml does not list
        for demonym in country.demonyms:
            out.setdefault(demonym.lower(), code)
            out.setdefault(plural_demonym(demonym).lower(), code)
    return out


def _pycountry_code(names: tuple[str, ...], codes: set[str]) -> str | None:
    for name in names:
        try:
            code = str(pycountry.countries.lookup(name).alpha_2)
        except LookupError:
            continue
        if code in codes:
            return code
    return None


def load_place_knowledge(directory: Path | None = None, stopwords_file: Path | None = None,
                         demonyms_file: Path | None = None) -> PlaceKnowledge:
    """Load and validate every curated places file (the packaged ones unless `directory` is given)."""
    if directory is None:
        base = resources.files(PLACES_PACKAGE)
        files = sorted((p.name, p.read_text(encoding="utf-8")) for p in base.iterdir()
                       if p.name.endswith(".yaml"))
    else:
        files = sorted((p.name, p.read_text(encoding="utf-8")) for p in directory.glob("*.yaml"))
    if stopwords_file is None:
        stop_text = resources.files(LEXICON_PACKAGE).joinpath(STOPWORDS_FILE).read_text(encoding="utf-8")
    else:
        stop_text = stopwords_file.read_text(encoding="utf-8")
    if demonyms_file is None:
        demonyms_text = resources.files(LEXICON_PACKAGE).joinpath(DEMONYMS_FILE).read_text(encoding="utf-8")
    else:
        demonyms_text = demonyms_file.read_text(encoding="utf-8")
    digest = hashlib.sha256()
    codes = _known_codes()
    places: list[CuratedPlace] = []
    countries: list[CountryInfo] = []
    admin1: list[Admin1Name] = []
    second_level: frozenset[str] = frozenset()
    towns: list[TownDivision] = []
    for name, text in files:
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
        label = f"places/{name}"
        data = _parse(label, text)
        if name == COUNTRIES_FILE:
            countries.extend(parse_countries(label, data, codes))
        elif name == ADMIN1_FILE:
            admin1.extend(parse_admin1(label, data, codes))
            second_level = parse_second_level(label, data, codes)
            towns.extend(parse_town_divisions(label, data, codes))
        else:
            places.extend(parse_places(label, data, codes))
    digest.update(stop_text.encode("utf-8"))
    stopwords = parse_stopwords(f"lexicons/{STOPWORDS_FILE}", _parse(f"lexicons/{STOPWORDS_FILE}", stop_text))
    digest.update(demonyms_text.encode("utf-8"))
    demonyms_label = f"lexicons/{DEMONYMS_FILE}"
    demonyms = demonym_codes(demonyms_label, _parse(demonyms_label, demonyms_text), countries, codes)
    seen: dict[str, str] = {}
    for place in places:
        if place.id in seen:
            raise KnowledgeError("places", place.id, "duplicate id")
        seen[place.id] = place.name
    return PlaceKnowledge(tuple(places), tuple(countries), tuple(admin1), stopwords, demonyms, digest.hexdigest(),
                          second_level, tuple(towns))
