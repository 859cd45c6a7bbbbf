"""Place recognition: gazetteer names and cue-marked unknown names, guarded against common
words, person names and actor acronyms. Sentences are made up."""
from __future__ import annotations

import pytest

from sitrep.model import Document, GeoPrecision, Mention, MentionKind, Sentence, WorkingDoc
from sitrep.recognise.place_spans import TOKEN, possessive, tokenize
from sitrep.recognise.places import (
    SETTLEMENT_AFTER,
    STREET_AFTER,
    STREET_BEFORE,
    PlaceRecogniser,
    longer_name,
)
from sitrep.resolve.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def recogniser(gazetteer: Gazetteer) -> PlaceRecogniser:
    return PlaceRecogniser(gazetteer)


def names(recogniser: PlaceRecogniser, text: str, actors: list[tuple[int, int]] | None = None) -> list[str]:
    return [m.text for m in recogniser.find(text, [(0, len(text))], actors or [])]


@pytest.mark.parametrize("text, expected", [
    ("Clashes broke out in Hajin on Monday.", ["Hajin"]),
    ("Jets struck al-Bukamal and Deir ez-Zor overnight.", ["al-Bukamal", "Deir ez-Zor"]),
    ("Fighters moved from Mocimboa da Praia towards Macomia.", ["Mocimboa da Praia", "Macomia"]),
    ("Gunmen attacked a school in Katsina State.", ["Katsina State"]),
    ("Shelling hit the Idlib countryside again.", ["Idlib countryside"]),
    ("A convoy was seen near T3 in the Badiya.", ["T3", "Badiya"]),
    ("Gangs attacked Port-au-Prince on Monday.", ["Port-au-Prince"]),
])
def test_place_recogniser_finds_gazetteer_names(recogniser: PlaceRecogniser, text: str,
                                               expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text", [
    "Police said the SDF and the YPG were involved.",  # common words and actor acronyms
    "On Monday, President Mohammed Kamal spoke to reporters.",  # person names
    "Doctors at Kamal Adwan hospital treated the wounded.",  # a name inside a longer name
    "The Syrian and Russian ministers met.",  # demonyms
    "More than 15 people were killed, reporting said.",
    "Baloch separatists and Pashtun tribesmen met.",  # peoples, not Balloch in Scotland
    "Tuareg rebels and Rohingya refugees were named.",
])
def test_place_recogniser_ignores_words_that_are_not_places(recogniser: PlaceRecogniser, text: str) -> None:
    assert names(recogniser, text) == []


def test_place_recogniser_skips_spans_inside_actor_mentions(recogniser: PlaceRecogniser) -> None:
    text = "The Deir ez-Zor Military Council attacked Hajin."
    assert names(recogniser, text, [(4, 32)]) == ["Hajin"]


@pytest.mark.parametrize("text, expected", [
    ("Militants raided the village of Qwarzabad overnight.", "Qwarzabad"),
    ("Residents fled Tondobirek village after the attack.", "Tondobirek"),
    ("Troops clashed near Zindarbek on Friday.", "Zindarbek"),
    ("Jets struck militants close to the forward operating base, FOB Zindar Kalle, on Friday.", "FOB Zindar Kalle"),
])
def test_place_recogniser_keeps_unknown_names_marked_by_a_cue(recogniser: PlaceRecogniser, text: str,
                                                             expected: str) -> None:
    found = recogniser.find(text, [(0, len(text))], [])
    assert [m.text for m in found] == [expected]
    assert found[0].label == "cue" and found[0].value.name == expected and not found[0].value.has_coordinates


def test_place_recogniser_does_not_invent_places_without_a_cue(recogniser: PlaceRecogniser) -> None:
    assert names(recogniser, "Qwarzabad said the talks would resume.") == []


@pytest.mark.parametrize("text, precision", [
    ("Clashes broke out in Hajin.", GeoPrecision.PLACE),
    ("Clashes broke out near Hajin.", GeoPrecision.NEAR),
    ("Clashes broke out on the outskirts of Hajin.", GeoPrecision.NEAR),
    ("Clashes broke out in Deir ez-Zor province.", GeoPrecision.REGION),
    # a name the gazetteer lacks, cued as a division: a region, not a settlement
    ("Raids hit the area between the provinces of Zorbastan (north of the capital) and Kelvara.",
     GeoPrecision.REGION),
    ("Troops moved into the Zorbastan region.", GeoPrecision.REGION),
    ("Troops moved into the village of Zorbastan.", GeoPrecision.PLACE),
])
def test_place_recogniser_sets_precision_from_cues(recogniser: PlaceRecogniser, text: str,
                                                   precision: GeoPrecision) -> None:
    found = recogniser.find(text, [(0, len(text))], [])
    assert found[0].precision == precision


def test_place_recogniser_stage_fills_place_mentions(recogniser: PlaceRecogniser) -> None:
    text = "IS fighters attacked Hajin. The SDF answered."
    doc = WorkingDoc(document=Document(id="t", text=text), sentences=[Sentence(0, 27), Sentence(28, 45)],
                     actor_mentions=[Mention(32, 35, "SDF", MentionKind.ACTOR)])
    doc = recogniser(doc)
    found = [(m.text, m.kind, m.label) for m in doc.place_mentions]
    assert found == [("Hajin", MentionKind.PLACE, "gazetteer")]
    assert text[doc.place_mentions[0].start:doc.place_mentions[0].end] == "Hajin"


@pytest.mark.parametrize("text, pieces", [
    ("Deir ez-Zor", ["Deir", "ez", "Zor"]), ("Al-Qa'im", ["Al", "Qa'im"]), ("T3", ["T3"]),
    ("Sha’fah, Syria", ["Sha’fah", "Syria"]),
])
def test_token_regex_splits_name_pieces(text: str, pieces: list[str]) -> None:
    assert TOKEN.findall(text) == pieces


def test_place_recogniser_splits_unknown_names_joined_by_and(recogniser: PlaceRecogniser) -> None:
    text = "Rebels attacked the villages of Qwarzabad and Zindarbek at night."
    assert names(recogniser, text) == ["Qwarzabad", "Zindarbek"]


def test_place_recogniser_keeps_a_long_unknown_name_whole(recogniser: PlaceRecogniser) -> None:
    # A small namesake of the first word must not stand for the whole name.
    assert names(recogniser, "Soldiers fought in Maroun al-Fawqa at dawn.") == ["Maroun al-Fawqa"]
    assert names(recogniser, "Soldiers infiltrated Maroun al-Fawqa at dawn.") == []


@pytest.mark.parametrize("text, actor, expected", [
    # "at" is an English preposition, not the Arabic article: "the SDF at Hajin" names Hajin.
    ("The militants resisted the SDF at Hajin.", "SDF", ["Hajin"]),
    ("Troops of the Army as Raqqa fell were tired.", None, ["Raqqa"]),
])
def test_place_recogniser_english_words_are_not_glued_articles(recogniser: PlaceRecogniser, text: str,
                                                               actor: str | None, expected: list[str]) -> None:
    blocked = [(text.index(actor), text.index(actor) + len(actor))] if actor else []
    assert names(recogniser, text, blocked) == expected


@pytest.mark.parametrize("text, absent", [
    ("Reporters of Cabo Herald said the road was closed.", "Cape Town"),
    ("An airstrike hit the Ain Zaltaqa farm at dawn.", "Al Ain"),
])
def test_place_recogniser_part_of_a_longer_name_is_not_a_namesake(recogniser: PlaceRecogniser, text: str,
                                                                  absent: str) -> None:
    found = recogniser.find(text, [(0, len(text))], [])
    assert all(getattr(m.value, "name", None) != absent for m in found), [m.value for m in found]


def test_place_recogniser_a_source_is_not_a_place(recogniser: PlaceRecogniser) -> None:
    assert names(recogniser, "According to Marcel Dupontier, a police spokesman, ten people died.") == []


def test_place_recogniser_the_white_house_is_not_casablanca(recogniser: PlaceRecogniser) -> None:
    """GeoNames gives Casablanca the English name "White House"; in reports it is the US presidency."""
    assert names(recogniser, "A White House spokesman said Russian missiles struck Kyiv.") == ["Kyiv"]



@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed three farmers in Zorbak, a small village near Kandahar.", ["Zorbak", "Kandahar"]),
    ("Militiamen cornered in Qarvash, a locality north of Herat, opened fire.", ["Qarvash", "Herat"]),
])
def test_place_recogniser_an_apposition_makes_an_unknown_name_a_place(recogniser: PlaceRecogniser, text: str,
                                                                     expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text", ["Fighting raged near Vallée de Zorbak.", "Fighting raged near Ponte da Zorbak."])
def test_place_recogniser_a_romance_name_goes_on_after_its_particle(recogniser: PlaceRecogniser, text: str) -> None:
    # The first word alone is a town somewhere ("Vallée", "Ponte"); the whole name is not known.
    found = recogniser.find(text, [(0, len(text))], [])
    assert [m.text for m in found] == [text[len("Fighting raged near "):-1]]
    assert found[0].value.latitude is None


@pytest.mark.parametrize("text, expected", [
    ("Kyiv says Russia is planning a new offensive.", ["Russia"]),
    ("Moscow has denied striking the market.", []),
    ("Officials in Kyiv said the strike hit a school.", ["Kyiv"]),
])
def test_place_recogniser_a_capital_that_speaks_is_its_government(recogniser: PlaceRecogniser, text: str,
                                                                  expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two men of the Bamba community were killed in Kidal.", ["Kidal"]),
    ("Clashes between Bamba tribes and herders near Kidal.", ["Kidal"]),
    ("Residents of Bamba fled to Kidal.", ["Bamba", "Kidal"]),
])
def test_place_recogniser_a_name_before_a_peoples_word_is_a_people(recogniser: PlaceRecogniser, text: str,
                                                                   expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The seizure of Zorbakhel by the rebels was confirmed.", ["Zorbakhel"]),
    ("The siege of Zorbakhel lasted a month.", ["Zorbakhel"]),
    ("After the fall of Zorbakhel Omar, his aides fled.", []),  # rulers fall too
])
def test_place_recogniser_taking_a_place_marks_it(recogniser: PlaceRecogniser, text: str, expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen ambushed a bus on the Zorbak-Kidal road on Monday.", ["Zorbak-Kidal road"]),
    ("A bomb hit a truck on the Zorbakhel highway.", ["Zorbakhel highway"]),
])
def test_place_recogniser_a_road_keeps_its_kind_word(recogniser: PlaceRecogniser, text: str,
                                                    expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two submarines, the Zorbak and the Kidal, fired missiles at Gao.", ["Gao"]),
    ("The frigate Kidal shelled the coast near Gao.", ["Gao"]),
    ("A ship in the Kidal harbour was hit.", ["Kidal"]),
])
def test_place_recogniser_a_ship_named_after_a_town_is_not_a_place(recogniser: PlaceRecogniser, text: str,
                                                                  expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jets bombed the villages of Kortalo, Mbesiwa and Tarawinde on Monday.", ["Kortalo", "Mbesiwa", "Tarawinde"]),
    ("Troops declared the towns of Kortalo, Ein Mbesiwa, and Tarawinde clear.",
     ["Kortalo", "Ein Mbesiwa", "Tarawinde"]),
    ("Three posts were hit in the localities of Kortalo, Mbesiwa and Tarawinde.", ["Kortalo", "Mbesiwa", "Tarawinde"]),
    ("The villages of al-Kortalo and Tal Mbesiwa were cleared.", ["al-Kortalo", "Tal Mbesiwa"]),
    ("Troops captured Kortalo, Mbesiwa and Tarawinde villages on Monday.", ["Kortalo", "Mbesiwa", "Tarawinde"]),
])
def test_place_recogniser_names_listed_after_a_plural_kind_word_share_its_cue(
        recogniser: PlaceRecogniser, text: str, expected: list[str]) -> None:
    found = recogniser.find(text, [(0, len(text))], [])
    assert [m.text for m in found] == expected
    assert all(m.label == "cue" and m.precision == GeoPrecision.PLACE for m in found)


@pytest.mark.parametrize("text", [
    "Kortalo, Mbesiwa and Tarawinde were arrested on Monday.",  # no kind word: people as much as places
    "The leaders of Kortalo, Mbesiwa and Tarawinde met on Monday.",
])
def test_place_recogniser_a_list_without_a_kind_word_stays_unknown(recogniser: PlaceRecogniser, text: str) -> None:
    assert names(recogniser, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Jets struck Mt. Zerbal and the area around it.", "Mt. Zerbal"),
    ("Shells fell on Mount Zerbal overnight.", "Mount Zerbal"),
])
def test_place_recogniser_a_landforms_word_makes_a_place(recogniser: PlaceRecogniser, text: str,
                                                          expected: str) -> None:
    assert names(recogniser, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a person's name that is also a town's, called a settlement by the text
    ("Four soldiers were killed in clashes in Nasir town on Monday.", ["Nasir"]),
    ("Gunmen raided Hamid village overnight.", ["Hamid"]),
    # the same name as a person, or a common word before a kind word, is no place
    ("Nasir said the town was calm.", []),
    ("Many Nasir townspeople fled on Monday.", []),
    # the kind word written with a capital, as part of the name, is still the cue after it
    ("An airstrike hit near Zorbak Lae Village on Sunday.", ["Zorbak Lae"]),
    ("Troops raided Zorbak Town at dawn.", ["Zorbak"]),
])
def test_place_recogniser_a_listed_name_called_a_settlement_is_a_place(recogniser: PlaceRecogniser, text: str,
                                                                        expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Militias shelled the Abu Zorbak camp for the displaced on Friday.", ["Abu Zorbak"]),
    ("Militias shelled the Kortalo and Abu Zorbak camps on Friday.", ["Kortalo", "Abu Zorbak"]),
    # a person's name opening with the same particle is no place
    ("Abu Zorbak campaigned in the north.", []),
    # a capitalised camp word is part of a base's name, not a settlement's kind word
    ("Gunmen tried to attack Zorbak Super Camp on Friday.", []),
    # a month's name before the camp word dates the act: "On 12 March camp guards ..."
    ("On 12 March camp guards opened fire on refugees.", []),
    ("On 3 May village elders met in the north.", []),
])
def test_place_recogniser_a_name_called_a_camp_is_a_place_whole(recogniser: PlaceRecogniser, text: str,
                                                                 expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, matches", [(" town, Upper Nile", True), (" village", True), (" said", False),
                                           (" townspeople", False), (" camp", True), (" camps and", True),
                                           (" villages", False), (" campaigned", False)])
def test_settlement_after_matches_settlement_words(text: str, matches: bool) -> None:
    assert (SETTLEMENT_AFTER.match(text) is not None) is matches


@pytest.mark.parametrize("text, expected", [
    ("A thief caught in Zorbak Local Government Area of Niger State was set ablaze.",
     [("Zorbak", GeoPrecision.NEAR), ("Niger State", GeoPrecision.REGION)]),
    ("Gunmen attacked villages in Zorbak LGA on Monday.", [("Zorbak", GeoPrecision.NEAR)]),
    ("The Local Government Area chairman spoke on Monday.", []),
])
def test_place_recogniser_a_name_before_a_district_kind_is_a_district(recogniser: PlaceRecogniser, text: str,
                                                                       expected: list) -> None:
    found = recogniser.find(text, [(0, len(text))], [])
    assert [(m.text, m.precision) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence's first word is part of the name when a settlement word closes the run
    ("“Kan Gyi village was bombed without a fight,” he said.", ["Kan Gyi"]),
    ("Thae Pyin village was shelled.", ["Thae Pyin"]),
])
def test_place_recogniser_a_sentence_opener_is_part_of_a_named_settlement(recogniser: PlaceRecogniser, text: str,
                                                                         expected: list[str]) -> None:
    assert names(recogniser, text) == expected


def test_place_recogniser_a_country_named_as_a_neighbourhood_is_not_the_country(recogniser: PlaceRecogniser) -> None:
    text = "Police freed the neighbourhoods of Zuhur and Palestine in eastern Mosul."
    found = {m.text: m.value for m in recogniser.find(text, [(0, len(text))], [])}
    assert "Palestine" in found and getattr(found["Palestine"], "feature", None) != "country"


@pytest.mark.parametrize("text, name, span", [
    ("The strike hit a camp near Cali Heele, far from the coast.", "Cali", "Cali Heele"),
    ("Doctors at Kamal Adwan hospital treated the wounded.", "Kamal", "Kamal Adwan"),
    ("The strike hit a camp near Cali, far from the coast.", "Cali", None),
    ("Fighting went on in Hama district.", "Hama", None),
])
def test_longer_name_gives_the_whole_run_a_name_is_glued_into(text: str, name: str, span: str | None) -> None:
    start = text.index(name)
    found = longer_name(text, start, start + len(name))
    assert (text[found[0]:found[1]] if found else None) == span


@pytest.mark.parametrize("text, name", [
    ("The enemy used mortars in the northern (Varzob) direction overnight.", "Varzob"),
    ("Assaults went on in the Dobrokhatne direction all day.", "Dobrokhatne"),
    ("Russian units pressed on the Velykopillia axis.", "Velykopillia"),
])
def test_place_recogniser_a_front_line_direction_names_a_place_near(recogniser: PlaceRecogniser, text: str,
                                                                    name: str) -> None:
    found = {m.text: m for m in recogniser.find(text, [(0, len(text))], [])}
    assert name in found and found[name].precision == GeoPrecision.NEAR


@pytest.mark.parametrize("text, absent", [
    ("Protesters gathered on Paulista Avenue in the evening.", "Paulista"),
    ("Shops on Baghdad Street were closed.", "Baghdad"),
    ("He lived on Calle Los Angeles near the airport.", "Los Angeles"),
])
def test_place_recogniser_a_street_named_after_a_town_is_not_the_town(recogniser: PlaceRecogniser, text: str,
                                                                      absent: str) -> None:
    assert absent not in names(recogniser, text)


def test_place_recogniser_a_town_beside_a_street_is_still_a_town(recogniser: PlaceRecogniser) -> None:
    assert "Baghdad" in names(recogniser, "Protesters marched in Baghdad, near Rashid Street.")


@pytest.mark.parametrize("text, matches", [(" Avenue in", True), (" Street was", True), (" street", False),
                                           (" region", False)])
def test_street_after_matches_street_words(text: str, matches: bool) -> None:
    assert (STREET_AFTER.match(text) is not None) is matches


@pytest.mark.parametrize("text, matches", [("on Calle ", True), ("along Avenida ", True), ("a calle ", False)])
def test_street_before_matches_street_words(text: str, matches: bool) -> None:
    assert (STREET_BEFORE.search(text) is not None) is matches


@pytest.mark.parametrize("text, expected", [
    ("Kuki tribal militants struck near Zorbak. Villagers then burned down Tabang Kuki village.", ["Zorbak", "Tabang"]),
    ("Members of the Zoro community fled. Villagers burned Tabang Zoro village.", ["Tabang"]),
    ("Militants struck near Zorbak. Villagers then burned down Tabang Kuki village.", ["Zorbak", "Tabang Kuki"]),
])
def test_place_recogniser_a_peoples_name_before_village_is_not_part_of_the_villages(
        recogniser: PlaceRecogniser, text: str, expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Troops searched the farm, Baghdadi's old hideout, on Sunday.", []),  # only other towns' other name
    ("Shelling hit Hajin's outskirts on Sunday.", ["Hajin"]),  # a town under its own name
    ("Fighting reached Marib’s northwestern part.", ["Marib"]),
])
def test_place_recogniser_a_name_in_the_possessive_known_only_as_another_towns_name_is_a_persons(
        recogniser: PlaceRecogniser, text: str, expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Refugees protested in Cox's Bazar on Monday.", ["Cox's Bazar"]),
    ("Refugees protested in Cox’s Bazar camps.", ["Cox’s Bazar"]),
    # A possessive between a country and its town still gives both.
    ("Jets struck Syria's Idlib at dawn.", ["Syria", "Idlib"]),
    # An unknown name the gazetteer lacks does not reach across a possessive to its owner.
    ("Soldiers torched Zarbol Township’s Qwintha Village on Monday.", ["Qwintha"]),
])
def test_place_recogniser_reads_a_possessive_inside_a_name(recogniser: PlaceRecogniser, text: str,
                                                           expected: list[str]) -> None:
    assert names(recogniser, text) == expected


@pytest.mark.parametrize(("text", "owned"), [
    ("Cox's Bazar", True),
    ("Cox’s Bazar", True),
    ("Cox s Bazar", False),   # no apostrophe: not a possessive
    ("Qa'im", False),         # an apostrophe inside a word is one piece
])
def test_possessive_marks_the_s_after_an_apostrophe(text: str, owned: bool) -> None:
    pieces = tokenize(text, 0, len(text))
    assert any(possessive(text, a, b) for a, b in zip(pieces, pieces[1:], strict=False)) is owned


@pytest.mark.parametrize("text, expected", [
    # A facility's words after a town's name leave the town standing alone.
    ("Shells hit the Kramatorsk Railway Station on Friday.", ["Kramatorsk"]),
    ("Jihadists overran the Djibo Military Camp at dawn.", ["Djibo"]),
    # A person's name, or a run going on past the facility word, is a longer name.
    ("Israeli troops raided Kamal Adwan Hospital.", []),
    ("Traders met on Djibo Central Market Street.", []),
])
def test_place_recogniser_a_facility_word_does_not_glue_a_town_into_a_longer_name(
        recogniser: PlaceRecogniser, text: str, expected: list[str]) -> None:
    assert names(recogniser, text) == expected
