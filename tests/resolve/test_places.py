"""Place resolution: each mention's place decided from the document, wrong-country traps
avoided, unknown names left unresolved. Sentences are made up."""
from __future__ import annotations

import re

import pytest

from sitrep.model import Actor, Document, GeoPrecision, Mention, MentionKind, Place, Sentence, WorkingDoc
from sitrep.normalise.names import name_keys
from sitrep.recognise.places import PlaceRecogniser
from sitrep.resolve.countries import document_countries
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import DEMONYM_PLACE_AFTER, VILLAGE_OF, PlaceResolver, km

Stages = tuple[PlaceRecogniser, PlaceResolver]


@pytest.fixture(scope="module")
def stages(gazetteer: Gazetteer) -> Stages:
    return PlaceRecogniser(gazetteer), PlaceResolver(gazetteer)


def resolve(stages: Stages, text: str,
            actors: list[Mention] | None = None) -> WorkingDoc:
    recogniser, resolver = stages
    doc = WorkingDoc(document=Document(id="t", text=text), sentences=[Sentence(0, len(text))],
                     actor_mentions=actors or [])
    return resolver(recogniser(doc))


def place_of(doc: WorkingDoc, name: str) -> Place:
    return next(m.value for m in doc.place_mentions if m.text == name)


@pytest.mark.parametrize("text, name, country, lat, lon", [
    ("Islamic State fighters attacked Palmyra at dawn.", "Palmyra", "Syria", 34.56, 38.27),
    ("Government forces shelled Homs and Hama.", "Homs", "Syria", 34.73, 36.72),
    ("Airstrikes were reported in Damascus.", "Damascus", "Syria", 33.51, 36.29),
    ("Fighters retreated into the Badiya after the raid.", "Badiya", "Syria", 34.5, 38.5),
    ("The SDF pushed into Hajin, east of Deir ez-Zor.", "Hajin", "Syria", 34.69, 40.83),
    ("Coalition jets struck Susah and Baghuz near Abu Kamal.", "Susah", "Syria", 34.52, 40.94),
    ("Rebels took Sousse, the coastal Tunisian city.", "Sousse", "Tunisia", 35.83, 10.64),
])
def test_place_resolver_avoids_wrong_country_namesakes(stages: Stages, text: str, name: str, country: str,
                                                       lat: float, lon: float) -> None:
    place = place_of(resolve(stages, text), name)
    assert place.country == country
    assert km(place.latitude, place.longitude, lat, lon) < 30


def test_place_resolver_follows_the_document_country(stages: Stages) -> None:
    syrian = place_of(resolve(stages, "In Syria, the army entered Tadmur, then Sukhnah."), "Sukhnah")
    assert syrian.country == "Syria"


def test_place_resolver_leaves_an_unknown_name_unresolved(stages: Stages) -> None:
    doc = resolve(stages, "In Syria, militants stormed the village of Qwarzabad near Hajin.")
    unknown = place_of(doc, "Qwarzabad")
    assert unknown.name == "Qwarzabad" and not unknown.has_coordinates and unknown.country == "Syria"


def test_place_resolver_refuses_a_small_far_away_namesake(stages: Stages) -> None:
    # "Jobar" (a Damascus district the gazetteer lacks) is also a village in Germany.
    doc = resolve(stages, "Syrian troops shelled Jobar, in eastern Damascus, on Sunday.")
    jobar = place_of(doc, "Jobar")
    assert jobar.country != "Germany"


def test_place_resolver_drops_a_bare_word_with_no_plausible_place(
        stages: Stages) -> None:
    doc = resolve(stages, "Syrian troops moved on Idlib. Hees was not there.")
    assert [m.text for m in doc.place_mentions] == ["Idlib"]


@pytest.mark.parametrize("text, name, feature, precision", [
    ("Gunmen attacked Katsina State.", "Katsina State", "admin1", GeoPrecision.REGION),
    ("Gunmen attacked Katsina.", "Katsina", "city", GeoPrecision.PLACE),
    ("Shelling hit Idlib province.", "Idlib province", "admin1", GeoPrecision.REGION),
    ("Shelling hit near Idlib.", "Idlib", "city", GeoPrecision.NEAR),
])
def test_place_resolver_reads_kind_words(stages: Stages, text: str, name: str,
                                         feature: str, precision: GeoPrecision) -> None:
    mention = next(m for m in resolve(stages, text).place_mentions if m.text == name)
    assert mention.value.feature == feature
    assert mention.precision == precision


def test_place_resolver_joins_bracketed_alternatives(stages: Stages) -> None:
    doc = resolve(stages, "In Syria, the army reached Qwarzabad (Al-Mayadin) at noon.")
    unknown, known = place_of(doc, "Qwarzabad"), place_of(doc, "Al-Mayadin")
    assert unknown == known and known.country == "Syria"


def test_place_resolver_uses_actor_countries(stages: Stages) -> None:
    actor = Actor(id="mil-ng", name="Military Forces of Nigeria", country="Nigeria")
    text = "The army repelled an attack on Niger State."
    doc = resolve(stages, text, [Mention(4, 8, "army", MentionKind.ACTOR, value=actor)])
    assert place_of(doc, "Niger State").country == "Nigeria"
    assert document_countries(doc)[0][0] == "Nigeria"


def test_document_countries_ranks_the_report_country_first(stages: Stages) -> None:
    doc = resolve(stages, "In Syria, jets hit Hajin and Sukhnah; Turkey protested.")
    ranked = document_countries(doc)
    assert ranked[0][0] == "Syria"
    assert abs(sum(share for _, share in ranked) - 1.0) < 1e-9


def test_place_resolver_scored_lists_candidates_best_first(gazetteer: Gazetteer) -> None:
    scored = PlaceResolver(gazetteer).scored("Palmyra")
    assert scored[0][0].place.country == "Syria"
    assert [s for _, s in scored] == sorted((s for _, s in scored), reverse=True)


def test_place_resolver_region_word_keeps_a_town_whose_country_has_no_such_division(stages: Stages) -> None:
    doc = resolve(stages, "Militias from Uganda raided farms in the DR Congo's Beni region overnight.")
    assert place_of(doc, "Beni region").country == "Democratic Republic of Congo"


def test_place_resolver_unknown_place_takes_the_country_named_beside_it(stages: Stages) -> None:
    doc = resolve(stages, "Israel said Israeli jets hit Israel's foes. An Israeli drone struck a car "
                          "in the village of Kfar Zubqin, in south Lebanon, on Tuesday.")
    place = place_of(doc, "Kfar Zubqin")
    assert (place.country, place.latitude) == ("Lebanon", None)


def test_place_resolver_towns_named_close_together_outvote_foreign_forces(stages: Stages) -> None:
    # Only the troops' nationality points to Chad; two small Cameroonian towns 100 km apart
    # point to Cameroon, where the fighting is.
    doc = resolve(stages, "Chadian troops said Chadian soldiers clashed with militants near Mora on Monday. "
                          "Chadian officers later reported fighting in Kousseri.")
    assert {place_of(doc, name).country for name in ("Mora", "Kousseri")} == {"Cameroon"}


def test_place_resolver_an_unknown_landform_keeps_its_kind_word(stages: Stages) -> None:
    doc = resolve(stages, "Rebels ambushed Afghan soldiers in the Zorbak Mountains on Sunday.")
    place = next(m.value for m in doc.place_mentions if m.text.startswith("Zorbak"))
    assert (place.name, place.latitude) == ("Zorbak Mountains", None)


def test_place_resolver_unknown_place_takes_the_division_of_a_town_beside_it(stages: Stages) -> None:
    doc = resolve(stages, "Gunmen killed three farmers in Zorbak, a small village near Kandahar.")
    place = place_of(doc, "Zorbak")
    assert (place.country, place.admin1, place.latitude) == ("Afghanistan", "Kandahar", None)


@pytest.mark.parametrize("name, admin1", [("Kyiv", "Kyiv City"), ("Aleppo", "Aleppo"), ("Mosul", "Nineveh")])
def test_gazetteer_towns_carry_their_first_level_division(gazetteer: Gazetteer, name: str, admin1: str) -> None:
    loose = name_keys(name)[1]
    best = max(gazetteer.lookup([loose]).get(loose, []), key=lambda c: c.place.population or 0)
    assert best.place.admin1 == admin1


def test_place_resolver_a_marked_town_may_lie_outside_the_attackers_country(stages: Stages) -> None:
    # Only the attacker's nationality points anywhere; "district" marks Afrin as a place.
    place = place_of(resolve(stages, "Turkish aircraft bombed the Afrin district."), "Afrin district")
    assert (place.name, place.country) == ("Afrin", "Syria")


def test_place_resolver_unknown_place_takes_the_division_of_its_own_clause(stages: Stages) -> None:
    # The division of the next clause, or of the next sentence, is nearer but not its frame.
    doc = resolve(stages, "In Kandahar, gunmen killed two men in the village of Zorbakhel, while Herat saw one death. "
                          "In Kandahar, a bomb hit Qala Zorbak. Herat was calm.")
    assert place_of(doc, "Zorbakhel").admin1 == "Kandahar"
    assert place_of(doc, "Qala Zorbak").admin1 == "Kandahar"


def test_place_resolver_prefers_a_towns_present_name_to_another_towns_old_one(stages: Stages) -> None:
    # Engels on the Volga was called Pokrovsk until 1931, and is three times bigger.
    doc = resolve(stages, "Russian troops advanced between the cities of Donetsk and Pokrovsk.")
    assert (place_of(doc, "Pokrovsk").name, place_of(doc, "Pokrovsk").country) == ("Pokrovsk", "Ukraine")


def test_place_resolver_a_name_listed_among_divisions_is_a_division(stages: Stages) -> None:
    # Bolivar is also a town of Ecuador; listed among provinces, it is the province.
    doc = resolve(stages, "Protests spread on Monday to Cotopaxi, Chimborazo, Bolivar and Tungurahua in Ecuador.")
    assert place_of(doc, "Bolivar").feature == "admin1"
    alone = resolve(stages, "Protesters gathered in Bolivar, Ecuador, on Monday.")
    assert place_of(alone, "Bolivar").feature != "admin1"


def test_place_resolver_writes_out_a_landforms_abbreviation(stages: Stages) -> None:
    doc = resolve(stages, "Turkish jets struck Mt. Zerbal near Afrin.")
    assert place_of(doc, "Mt. Zerbal").name == "Mount Zerbal"


def test_place_resolver_keeps_a_listed_name_the_gazetteer_cannot_place(stages: Stages) -> None:
    # "Dukan" alone, with no cue, is a namesake too far away to keep; listed among villages it is one.
    text = "Turkish troops seized the villages of Kortalo, Dukan and Mbesiwa near Afrin."
    assert [m.text for m in resolve(stages, text).place_mentions] == ["Kortalo", "Dukan", "Mbesiwa", "Afrin"]


@pytest.mark.parametrize("text, name", [
    ("In Iraq's Mosul, police freed the neighbourhoods of Zuhur and Palestine after a week of fighting.",
     "Palestine"),
    ("In northern Iraq, militants shelled the villages of Badush, Jordan and Rashidiya.", "Jordan"),
])
def test_place_resolver_a_country_named_as_a_local_place_stays_in_the_report_country(stages: Stages, text: str,
                                                                                  name: str) -> None:
    place = place_of(resolve(stages, text), name)
    assert place.feature != "country" and place.country == "Iraq"


@pytest.mark.parametrize("text, country", [
    # "Niger" in the headline is Nigeria's Niger State, which the body names
    ("Mob kills a thief in Niger\n\nA suspect caught in Bida, Niger State, was beaten by residents.", "Nigeria"),
    # the country, where the report points to Niger itself
    ("Soldiers killed in Niger\n\nNigerien troops clashed near Niamey and in Tillaberi; over the border, "
     "Niger State was calm.", "Niger"),
    ("Soldiers killed in Niger\n\nTen soldiers died near Niamey, the army said.", "Niger"),
])
def test_place_resolver_a_bare_name_is_the_division_the_report_names_with_its_kind(stages: Stages, text: str,
                                                                                  country: str) -> None:
    headline = next(m.value for m in resolve(stages, text).place_mentions if m.text == "Niger")
    assert headline.country == country


def test_place_resolver_a_piece_of_a_longer_name_is_no_foreign_city(stages: Stages) -> None:
    text = "Somali troops raided a militant camp outside Cali Heele, far north of Mogadishu, on Friday."
    place = place_of(resolve(stages, text), "Cali Heele")
    assert place.country == "Somalia" and not place.has_coordinates


@pytest.mark.parametrize("name, admin1", [("Yaroun", "Nabatieh"), ("Maroun al-Ras", "Nabatieh"),
                                          ("Odaisseh", "Nabatieh"), ("Dhayra", "South")])
def test_place_resolver_places_lebanon_border_villages(stages: Stages, name: str, admin1: str) -> None:
    text = f"Israeli shelling hit {name} on Monday, a village near the border with Israel."
    place = place_of(resolve(stages, text), name)
    assert (place.country, place.admin1) == ("Lebanon", admin1) and place.has_coordinates


def test_place_resolver_a_village_known_only_elsewhere_is_a_marked_village(stages: Stages) -> None:
    # "Gobra" is a place the gazetteer knows only in another state: the text's village is unlocated,
    # and it is marked as a settlement so that it outranks the district town named after it.
    text = ("Police clashed with Maoists near the village of Gobra in east Chhattisgarh district of "
            "Gariaband on Sunday.")
    gobra = next(m for m in resolve(stages, text).place_mentions if m.text == "Gobra")
    assert gobra.label == "cue" and not gobra.value.has_coordinates


@pytest.mark.parametrize("text, name, admin1", [
    # Only the attackers' nationality points anywhere: their target is the known town.
    ("Russian forces shelled Kherson on Monday, killing two civilians.", "Kherson", "Kherson"),
    ("Russian troops shelled Nikopol overnight, wounding three people.", "Nikopol", "Dnipropetrovsk"),
])
def test_place_resolver_an_attackers_demonym_does_not_move_a_known_town_abroad(
        stages: Stages, text: str, name: str, admin1: str) -> None:
    actor = Actor(id="mil-ru", name="Military Forces of Russia", country="Russia")
    doc = resolve(stages, text, [Mention(0, 14, text[:14], MentionKind.ACTOR, value=actor)])
    place = place_of(doc, name)
    assert (place.country, place.admin1) == ("Ukraine", admin1)
    assert place.latitude is not None


@pytest.mark.parametrize("text, actor_country, name, country, admin1", [
    # Only the attackers' nationality points anywhere; the one town of that name lies just across
    # the border from their country, small as it is.
    ("Hezbollah fired rockets at Metula on Tuesday.", "Lebanon", "Metula", "Israel", "Northern District"),
    ("Hamas fired rockets at Sderot on Monday.", "Palestine", "Sderot", "Israel", "Southern District"),
])
def test_place_resolver_the_one_town_of_a_name_may_lie_across_the_attackers_border(
        stages: Stages, text: str, actor_country: str, name: str, country: str, admin1: str) -> None:
    actor = Actor(id="grp-x", name="Armed Group", country=actor_country)
    doc = resolve(stages, text, [Mention(0, 5, text[:5], MentionKind.ACTOR, value=actor)])
    place = place_of(doc, name)
    assert (place.country, place.admin1) == (country, admin1) and place.has_coordinates


@pytest.mark.parametrize("text, name, country", [
    # "Boni" is another spelling of Bonn and a near one of Buni (Pakistan): not the Malian town.
    ("Suspected jihadists killed 10 soldiers in the town of Boni, the army said.", "Boni", "Mali"),
    # A village is no foreign city of 100,000, nor a name towns of two other countries bear.
    ("Junta troops torched the village of Kani on Monday.", "Kani", "Myanmar"),
    ("Junta troops torched houses in Kani township on Monday.", "Kani township", "Myanmar"),
])
def test_place_resolver_actors_only_evidence_keeps_a_namesake_at_home(
        stages: Stages, text: str, name: str, country: str) -> None:
    actor = Actor(id="mil-x", name="Military Forces", country=country)
    doc = resolve(stages, text, [Mention(0, 8, text[:8], MentionKind.ACTOR, value=actor)])
    place = place_of(doc, name)
    assert place.country == country and not place.has_coordinates


@pytest.mark.parametrize("text, name, country", [
    # A demonym names foreigners; the places the report names say where it is.
    ("German peacekeepers came under fire near Boni in central Mali on Tuesday.", "Boni", "Mali"),
    ("A Jordanian convoy was ambushed in Mahas, in Somalia's Hiiraan region.", "Mahas", "Somalia"),
    ("Turkish drones struck Kani, a village in Iraq's Kurdistan region.", "Kani", "Iraq"),
])
def test_place_resolver_a_demonym_admits_no_small_town_abroad(
        stages: Stages, text: str, name: str, country: str) -> None:
    place = place_of(resolve(stages, text), name)
    assert place.country == country and not place.has_coordinates


def test_place_resolver_a_demonym_still_admits_a_metropolis(stages: Stages) -> None:
    # A metropolis of the demonym's country may be named in passing in a report on another.
    doc = resolve(stages, "Russian jets flew from Moscow to strike Idlib in Syria on Monday.")
    assert place_of(doc, "Moscow").country == "Russia"


def test_place_resolver_actors_only_evidence_opens_a_village_of_one_country(stages: Stages) -> None:
    # The attackers' country is not the village's: its one reading, in Ukraine, stands.
    text = "Russian forces shelled the village of Bilozerka overnight."
    actor = Actor(id="mil-ru", name="Military Forces of Russia", country="Russia")
    place = place_of(resolve(stages, text, [Mention(0, 14, text[:14], MentionKind.ACTOR, value=actor)]),
                     "Bilozerka")
    assert (place.country, place.admin1) == ("Ukraine", "Kherson")


def test_place_resolver_a_small_namesake_is_not_anchored_by_its_own_name(stages: Stages) -> None:
    # Nikopol the city (Dnipropetrovsk oblast), not the hamlet of that name 330 km away that
    # the city's own reading would pull in as a "nearby" place.
    doc = resolve(stages, "In Ukraine, shelling hit Nikopol on Monday.")
    assert place_of(doc, "Nikopol").admin1 == "Dnipropetrovsk"


@pytest.mark.parametrize("text, name", [
    # A surname glued to a given name casts no vote for its big namesake's country.
    ("Nigerian police arrested 20 protesters on Monday, said police spokesman Muyiwa Jackson.", "Jackson"),
])
def test_place_resolver_a_surname_is_no_foreign_town(stages: Stages, text: str, name: str) -> None:
    actor = Actor(id="pol-x", name="Police Forces", country=text.split()[0].replace("ian", "ia"))
    doc = resolve(stages, text, [Mention(0, 15, text[:15], MentionKind.ACTOR, value=actor)])
    found = [m.value for m in doc.place_mentions if m.text == name]
    assert not [p for p in found if p.has_coordinates]


def test_place_resolver_a_big_town_standing_alone_still_votes(stages: Stages) -> None:
    # The same town named alone is firm evidence of its country.
    doc = resolve(stages, "Police said gunmen opened fire in Jackson on Monday.")
    assert place_of(doc, "Jackson").country == "United States"


@pytest.mark.parametrize("text, name, country, admin1", [
    ("In northern Syria, Turkish jets struck Ras al-Ain, the SDF said.", "Ras al-Ain", "Syria", "Al-Hasakah"),
    ("In Syria, Turkish drones hit Ras al Ain near Tal Tamr.", "Ras al Ain", "Syria", "Al-Hasakah"),
    # The Turkish twin keeps its own name; a town known abroad by another name keeps its country.
    ("The Turkish town of Ceylanpinar was hit by mortar fire from Syria.", "Ceylanpinar", "Turkey", "Sanliurfa"),
    ("Syrian Kurdish fighters held Kobani as Turkish troops massed near the border town of Suruc in Turkey.",
     "Kobani", "Syria", "Aleppo"),
])
def test_place_resolver_a_twin_border_town_is_the_one_bearing_the_name_as_its_own(
        stages: Stages, text: str, name: str, country: str, admin1: str) -> None:
    # The attackers' country weighs for the Turkish twin as actors do in a whole report.
    turkey = Actor(id="mil-tr", name="Military Forces of Turkey", country="Turkey")
    start = text.index("Turkish")
    actors = [Mention(start, start + 7, "Turkish", MentionKind.ACTOR, value=turkey)] * 3
    place = place_of(resolve(stages, text, actors), name)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize("text, name, country, admin1", [
    ("A Russian missile hit the Kramatorsk Railway Station, killing 50.", "Kramatorsk", "Ukraine", "Donetsk"),
    ("Jihadists overran the Djibo Military Camp at dawn.", "Djibo", "Burkina Faso", "Sahel"),
    ("Gunmen raided the Kumba Bus Station in Cameroon.", "Kumba", "Cameroon", "South West"),
])
def test_place_resolver_a_facility_named_after_its_town_lies_at_the_town(
        stages: Stages, text: str, name: str, country: str, admin1: str) -> None:
    place = place_of(resolve(stages, text), name)
    assert (place.country, place.admin1) == (country, admin1)
    assert place.has_coordinates


@pytest.mark.parametrize("name", ["Zamalka", "Erbin", "Ein Tarma", "Saqba", "Hamouriyah", "Misraba"])
def test_place_resolver_places_eastern_ghouta_towns(stages: Stages, name: str) -> None:
    # Named beside a destination in another province: the town's own division, not the destination's.
    text = f"Rebels and their families left {name} for Idlib under the deal, Syrian state media said."
    place = place_of(resolve(stages, text), name)
    assert (place.country, place.admin1) == ("Syria", "Rural Damascus") and place.has_coordinates


@pytest.mark.parametrize("text, name, country, admin1", [
    ("Police killed eight suspects in Vila Cruzeiro on Tuesday.", "Vila Cruzeiro", "Brazil", "Rio de Janeiro"),
    ("Gunfire erupted in the Complexo da Maré during a police raid in Brazil.", "Complexo da Maré", "Brazil",
     "Rio de Janeiro"),
    ("Gangs attacked Petite-Rivière in Haiti, killing 12.", "Petite-Rivière", "Haiti", "Artibonite"),
])
def test_place_resolver_places_curated_neighbourhoods_and_towns(
        stages: Stages, text: str, name: str, country: str, admin1: str) -> None:
    place = place_of(resolve(stages, text), name)
    assert (place.country, place.admin1) == (country, admin1) and place.has_coordinates


@pytest.mark.parametrize("pattern, text, matches", [
    (DEMONYM_PLACE_AFTER, " town of", True), (DEMONYM_PLACE_AFTER, " border village", True),
    (DEMONYM_PLACE_AFTER, " territory", True), (DEMONYM_PLACE_AFTER, " troops", False),
    (DEMONYM_PLACE_AFTER, " army said", False),
    (VILLAGE_OF, "torched the village of ", True), (VILLAGE_OF, "the hamlets of ", True),
    (VILLAGE_OF, "the town of ", False), (VILLAGE_OF, "villagers of ", False),
])
def test_place_resolver_regexes_match_their_examples(pattern: re.Pattern[str], text: str, matches: bool) -> None:
    found = pattern.match(text) if pattern is DEMONYM_PLACE_AFTER else pattern.search(text)
    assert (found is not None) is matches


def test_place_resolver_a_demonym_before_a_kind_word_places_the_town(stages: Stages) -> None:
    # "The Turkish town of X" names the town's country, though only a demonym spells it.
    doc = resolve(stages, "The Turkish town of Ceylanpinar was hit by mortar fire from Syria.")
    assert place_of(doc, "Ceylanpinar").country == "Turkey"
