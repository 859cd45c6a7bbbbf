"""The curated place files load, and a bad entry fails naming its file, entry and field."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import KnowledgeError
from sitrep.knowledge.places import load_place_knowledge

STOPWORDS = "words:\n  common: [the, police]\n"


def test_load_place_knowledge_reads_every_packaged_file() -> None:
    knowledge = load_place_knowledge()
    ids = {p.id for p in knowledge.places}
    assert {"sy-t2", "sy-t3", "sy-badia", "iq-ain-al-asad", "ua-donbas", "mz-cabo-delgado"} <= ids
    assert {c.code for c in knowledge.countries} >= {"SY", "CD", "PS"}
    assert "police" in knowledge.stopwords and "sdf" in knowledge.stopwords
    assert all(p.source for p in knowledge.places)


def _stopwords(tmp_path: Path) -> Path:
    stop = tmp_path / "lexicons" / "stop.yaml"
    stop.parent.mkdir(exist_ok=True)
    stop.write_text(STOPWORDS, encoding="utf-8")
    return stop


def _load(tmp_path: Path, places: str) -> None:
    (tmp_path / "bad.yaml").write_text(places, encoding="utf-8")
    load_place_knowledge(tmp_path, _stopwords(tmp_path))


GOOD = ("places:\n  - {id: x-1, name: Somewhere, feature: village, country: SY, admin1: Homs, "
        "lat: 34.5, lon: 38.5, geo_precision: 1, source: test}\n")


@pytest.mark.parametrize("text, entry, field", [
    (GOOD.replace("lat: 34.5", "lat: 134.5"), "x-1", "lat"),
    (GOOD.replace("country: SY", "country: Syria"), "x-1", "country"),
    (GOOD.replace("feature: village", "feature: spaceport"), "x-1", "feature"),
    (GOOD.replace("geo_precision: 1", "geo_precision: 4"), "x-1", "geo_precision"),
    (GOOD.replace("source: test", "source: ''"), "x-1", "source"),
    (GOOD.replace("id: x-1, ", ""), "?", "id"),
])
def test_load_place_knowledge_names_file_entry_and_field(tmp_path: Path, text: str, entry: str,
                                                         field: str) -> None:
    with pytest.raises(KnowledgeError) as err:
        _load(tmp_path, text)
    assert err.value.file == "places/bad.yaml"
    assert err.value.entry == entry
    assert field in err.value.problem


def test_load_place_knowledge_rejects_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="duplicate id"):
        _load(tmp_path, GOOD + GOOD.replace("places:\n", ""))


def test_load_place_knowledge_accepts_a_valid_file(tmp_path: Path) -> None:
    (tmp_path / "ok.yaml").write_text(GOOD, encoding="utf-8")
    knowledge = load_place_knowledge(tmp_path, _stopwords(tmp_path))
    assert [p.name for p in knowledge.places] == ["Somewhere"]


ADMIN1 = ("admin1: {}\nsecond_level: [PH]\n"
          "towns:\n  - {country: TD, town: \"N'Djamena\", admin1: \"N'Djamena\", note: test}\n")


def test_load_place_knowledge_reads_second_level_countries_and_town_divisions(tmp_path: Path) -> None:
    (tmp_path / "admin1.yaml").write_text(ADMIN1, encoding="utf-8")
    knowledge = load_place_knowledge(tmp_path, _stopwords(tmp_path))
    assert knowledge.second_level == frozenset({"PH"})
    assert [(t.country_code, t.town, t.admin1) for t in knowledge.town_divisions] == [("TD", "N'Djamena", "N'Djamena")]


@pytest.mark.parametrize("text, entry, field", [
    (ADMIN1.replace("second_level: [PH]", "second_level: [Philippines]"), "second_level", "country"),
    (ADMIN1.replace("country: TD", "country: Chad"), "towns/N'Djamena", "country"),
    (ADMIN1.replace("admin1: \"N'Djamena\"", "admin1: ''"), "towns/N'Djamena", "admin1"),
])
def test_load_place_knowledge_names_the_bad_admin1_entry(tmp_path: Path, text: str, entry: str, field: str) -> None:
    (tmp_path / "admin1.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_place_knowledge(tmp_path, _stopwords(tmp_path))
    assert err.value.file == "places/admin1.yaml"
    assert err.value.entry == entry
    assert field in err.value.problem


@pytest.mark.parametrize("word, code", [
    ("syrian", "SY"), ("syrians", "SY"), ("chinese", "CN"), ("swiss", "CH"), ("filipinos", "PH"),
    ("congolese", "CD"), ("palestinians", "PS"), ("kosovars", "XK"),
])
def test_place_knowledge_demonyms_and_plurals_come_from_the_one_lexicon(word: str, code: str) -> None:
    assert load_place_knowledge().demonyms[word] == code


def test_place_knowledge_every_lexicon_demonym_names_a_country() -> None:
    from importlib import resources

    import yaml

    lexicon = yaml.safe_load(resources.files("sitrep.knowledge.data.lexicons").joinpath("demonyms.yaml")
                             .read_text(encoding="utf-8"))
    demonyms = load_place_knowledge().demonyms
    missing = [d for entry in lexicon.values() for d in entry.get("demonyms", []) if d.lower() not in demonyms]
    assert missing == []
