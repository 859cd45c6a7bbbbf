"""Where an event happened: the sentence's most precise place, else its context's. Reports are made up."""
import datetime as dt
import re

import pytest

from sitrep.events.location import (
    AGENCY_AFTER,
    AGENCY_BEFORE,
    ENUMERATION_BEFORE,
    FROM_PEOPLE_BEFORE,
    IN_COUNTRIES_BEFORE,
    LIST_JUST_BEFORE,
    ORIGIN_BEFORE,
    OWNER_AFTER,
    STRETCH_BEFORE,
    announced_list,
    is_backdrop,
    is_building,
    is_route_end,
    listed_places,
    place_runs,
)
from sitrep.model import Document, GeoPrecision, Mention, MentionKind, Place, Sentence

PUBLISHED = dt.date(2024, 3, 15)


def mention_of(text: str, name: str) -> Mention:
    """A bare place mention at the first occurrence of a name in the text."""
    start = text.index(name)
    return Mention(start, start + len(name), name, MentionKind.PLACE)


def events_of(pipeline, text):
    return pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events


def test_location_a_sentence_naming_no_place_takes_the_reports_own_place(extraction_pipeline):
    text = ("Hajin has been besieged for weeks, and food is short in Hajin.\n\n"
            "On Monday, Islamic State militants killed four SDF fighters in an ambush.")
    event = next(e for e in events_of(extraction_pipeline, text) if "ambush" in e.evidence.text)
    assert (event.location, event.country) == ("Hajin", "Syria")


def test_location_a_province_after_a_town_is_its_frame_not_a_second_place(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday the Russian army shelled the village of Kupiansk, "
                                            "Kharkiv region, killing two civilians.")
    assert [e.location for e in events] == ["Kupyansk"]


def test_location_coordinated_towns_each_get_the_event(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday Russian jets bombed Kupiansk, Izium and Balakliia.")
    assert sorted(e.location for e in events) == ["Balakliya", "Izyum", "Kupyansk"]


def test_location_a_village_the_gazetteer_lacks_outranks_the_city_it_is_measured_from(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday, air force jets bombed the village of Zorbakhel, "
                                            "about 90 kilometers north of the city of Kandahar.")
    assert [(e.location, e.admin1, e.latitude) for e in events] == [("Zorbakhel", "Kandahar", None)]


def test_location_a_building_the_gazetteer_lacks_leaves_the_event_in_its_town(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday, hundreds of protesters held a protest outside "
                                            "the Zorbak Embassy in Kandahar.")
    assert [e.location for e in events] == ["Kandahar"]


def test_location_the_ends_of_a_route_are_not_where_a_convoy_was_ambushed(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday, militants ambushed a convoy of buses heading to Kandahar "
                                            "from Kabul near the village of Zorbakhel.")
    assert [e.location for e in events] == ["Zorbakhel"]


@pytest.mark.parametrize("text, place, route_end", [
    ("Militants ambushed a convoy heading to Kandahar from Kabul near Zorbakhel.", "Kandahar", True),
    ("Militants ambushed a convoy heading to Kandahar from Kabul near Zorbakhel.", "Kabul", True),
    ("Militants ambushed a bus bound for Kandahar on Monday.", "Kandahar", True),
    ("Militants ambushed a convoy near Zorbakhel on its way to Kandahar.", "Zorbakhel", False),
    ("Heading to Kandahar, the convoy was ambushed in Zorbakhel.", "Zorbakhel", False),
])
def test_is_route_end_tells_the_ends_of_a_journey(text, place, route_end):
    assert is_route_end(text, Sentence(0, len(text)), mention_of(text, place)) is route_end


@pytest.mark.parametrize("text, is_dateline", [
    ("RAIPUR: Maoists attacked a police camp.", True),
    ("CARACAS (Reuters) - Two soldiers died in clashes.", True),
    ("BEIRUT, Lebanon, Oct. 2 (UPI) -- Hezbollah fighters clashed with Israeli soldiers.", True),
    ("KHARTOUM, (Reuters) \u2013 Security forces shot dead three people.", True),
    ("Belgrade, Sep 24 (EFE).- Armed men stormed a monastery.", True),
    ("MURSITPINAR, Turkey \u2014 Kurdish fighters held the town.", True),
    ("Beirut was shelled on Monday.", False),
    ("Beirut, Tyre and Sidon were shelled on Monday.", False),
    ("Beirut (the capital) was calm on Monday.", False),
])
def test_location_a_dateline_place_is_backdrop(text, is_dateline):
    name = text.split(",")[0].split(" ")[0].rstrip(":")
    assert is_backdrop(text, Sentence(0, len(text)), mention_of(text, name)) is is_dateline


@pytest.mark.parametrize("text, place, is_dateline", [
    ("KANDAHAR (Zorbak) \u2013 Two soldiers died in clashes in Kabul.", "Zorbak", True),
    ("Kandahar (Zorbak News) \u2013 Two soldiers died in clashes in Kabul.", "Kandahar", True),
    ("August 31, 2022 (KANDAHAR) \u2013 Two soldiers died in clashes.", "KANDAHAR", True),
    ("Thursday, January 19, 2023: Kandahar (ZN) \u2013 Two soldiers died in clashes.", "Kandahar", True),
    ("KANDAHAR (Zorbak) \u2013 Two soldiers died in clashes in Kabul.", "Kabul", False),
    ("Jets bombed Zorbakhel (Kandahar) - and killed two.", "Kandahar", False),
    ("Fighting in Zorbakhel (Kandahar) \u2013 the worst this year \u2013 killed two.", "Kandahar", False),
])
def test_location_every_place_of_a_bracketed_dateline_is_backdrop(text, place, is_dateline):
    assert is_backdrop(text, Sentence(0, len(text)), mention_of(text, place)) is is_dateline


def test_location_a_place_another_speaker_names_after_the_event_is_not_its_place(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday, the army clashed with rebels near Zorbakhel, and the "
                                            "governor said that the roads to Kandahar will stay open.")
    assert [e.location for e in events] == ["Zorbakhel"]


def test_location_a_place_the_same_speaker_names_after_the_event_still_counts(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday, the army clashed with rebels near Kandahar, and said "
                                            "that the fighting reached the village of Zorbakhel.")
    assert [e.location for e in events] == ["Zorbakhel"]


def mentions_at(text: str, *names: str) -> list[Mention]:
    """Precise place mentions (an unknown village each) at the first occurrence of each name."""
    return [Mention(text.index(n), text.index(n) + len(n), n, MentionKind.PLACE, value=Place(name=n),
                    label="cue", precision=int(GeoPrecision.PLACE)) for n in names]


@pytest.mark.parametrize("text, names, runs", [
    ("Jets hit Kortalo, Mbesiwa and Tarawinde.", ("Kortalo", "Mbesiwa", "Tarawinde"),
     [["Kortalo", "Mbesiwa", "Tarawinde"]]),
    ("Jets hit Kortalo, the village of Mbesiwa, the towns of Tarawinde and Ulbek.",
     ("Kortalo", "Mbesiwa", "Tarawinde", "Ulbek"), [["Kortalo", "Mbesiwa", "Tarawinde", "Ulbek"]]),
    # The parts of a place, not the place itself.
    ("Jets hit many points of Kortalo, including Mbesiwa and Tarawinde.", ("Kortalo", "Mbesiwa", "Tarawinde"),
     [["Mbesiwa", "Tarawinde"]]),
    ("Jets hit Kortalo on Monday and Mbesiwa on Tuesday.", ("Kortalo", "Mbesiwa"), [["Kortalo"], ["Mbesiwa"]]),
    # A kind word with its adjectives: "the northeastern city of", "the nearby port town of".
    ("Jets hit the capital, Kortalo, and the northeastern city of Mbesiwa.", ("Kortalo", "Mbesiwa"),
     [["Kortalo", "Mbesiwa"]]),
    ("Jets hit Kortalo and the nearby port town of Mbesiwa.", ("Kortalo", "Mbesiwa"), [["Kortalo", "Mbesiwa"]]),
    # More than two words between: no list.
    ("Jets hit Kortalo and the old walled northern town of Mbesiwa.", ("Kortalo", "Mbesiwa"),
     [["Kortalo"], ["Mbesiwa"]]),
    # The same people or things in the next places: "fighters in A, as well as those in B".
    ("Jets hit fighters in the city of Kortalo, as well as those in the rural areas of Mbesiwa and Tarawinde "
     "districts.", ("Kortalo", "Mbesiwa", "Tarawinde"), [["Kortalo", "Mbesiwa", "Tarawinde"]]),
    ("Jets hit depots in Kortalo as well as others near Mbesiwa.", ("Kortalo", "Mbesiwa"), [["Kortalo", "Mbesiwa"]]),
    # A preposition before the kind word makes the next places a stretch or a frame, not the list's.
    ("Gunmen hit a post on the island of Kortalo, between the towns of Mbesiwa and Tarawinde.",
     ("Kortalo", "Mbesiwa", "Tarawinde"), [["Kortalo"], ["Mbesiwa", "Tarawinde"]]),
    ("Gunmen hit Kortalo, near the village of Mbesiwa.", ("Kortalo", "Mbesiwa"), [["Kortalo"], ["Mbesiwa"]]),
    # A plural kind word after listed names goes on to the next; a singular one ends a frame.
    ("Gunmen attacked the Kortalo and Mbesiwa camps and the nearby city of Tarawinde.",
     ("Kortalo", "Mbesiwa", "Tarawinde"), [["Kortalo", "Mbesiwa", "Tarawinde"]]),
    ("Troops cleared Kortalo in the west of Mbesiwa town and Tarawinde village.", ("Kortalo", "Mbesiwa", "Tarawinde"),
     [["Kortalo"], ["Mbesiwa"], ["Tarawinde"]]),
    # A possessive names an owner, not a listed place.
    ("Crowds blamed Kortalo, Mbesiwa's old ruler.", ("Kortalo", "Mbesiwa"), [["Kortalo"], ["Mbesiwa"]]),
    # A compass word may end a district's name the gazetteer knows without it.
    ("Police raided Kortalo, Mbesiwa West and Tarawinde.", ("Kortalo", "Mbesiwa", "Tarawinde"),
     [["Kortalo", "Mbesiwa", "Tarawinde"]]),
    ("Police raided Kortalo, Mbesiwa west and Tarawinde.", ("Kortalo", "Mbesiwa", "Tarawinde"),
     [["Kortalo", "Mbesiwa"], ["Tarawinde"]]),
])
def test_place_runs_groups_listed_places(text: str, names: tuple[str, ...], runs: list[list[str]]) -> None:
    assert [[m.text for m in run] for run in place_runs(text, mentions_at(text, *names))] == runs


#: Examples of STRETCH_BEFORE (text, matches).
STRETCH_BEFORE_EXAMPLES = [
    ("the road between ", True), ("the border between the Syrian city of ", True),
    ("between the administrative capitals of ", True), ("a rail line running between the capital, ", True),
    ("clashes between army units in ", False), ("fighting between rebels near ", False),
    ("the road from ", False),
]


#: Examples of ENUMERATION_BEFORE (text before a list's first place, matches).
ENUMERATION_BEFORE_EXAMPLES = [
    ("recovered by the joint forces from three districts - ", True), ("raided two villages: ", True),
    ("the 11 villages they took, namely ", True), ("since this morning, they are ", True),
    ("seized 4 border towns \u2013 ", True),
    ("recovered from three districts of ", False), ("raided two villages near ", False), ("they are in ", False),
]
#: Examples of FROM_PEOPLE_BEFORE (text before a list's first place, matches).
FROM_PEOPLE_BEFORE_EXAMPLES = [
    ("killed twelve people from three villages: ", True), ("residents from two towns - ", True),
    ("recovered by the joint forces from three districts - ", False), ("people fled. Troops took two towns: ", False),
]


#: Examples of LIST_JUST_BEFORE (text, matches).
LIST_JUST_BEFORE_EXAMPLES = [
    # The text between the list's last place and the trigger ("A and B were captured": " were ").
    (" ", True), (" were ", True), (" have been ", True), (", jets ", False), (" in the west of ", False),
    (" said troops ", False),
]


@pytest.mark.parametrize("text, trigger, names, spread", [
    ("Jets bombed Kortalo, Mbesiwa and Tarawinde.", "bombed", ("Kortalo", "Mbesiwa", "Tarawinde"),
     ["Kortalo", "Mbesiwa", "Tarawinde"]),
    ("The villages of Kortalo and Mbesiwa were captured.", "captured", ("Kortalo", "Mbesiwa"), ["Kortalo", "Mbesiwa"]),
    # The first place after the trigger is alone: the list further on is its frame of reference.
    ("Troops captured Kortalo, which lies between Mbesiwa and Tarawinde.", "captured",
     ("Kortalo", "Mbesiwa", "Tarawinde"), []),
    # With a place after the trigger, a list before it is the background.
    ("After the fall of Kortalo and Mbesiwa, jets bombed Tarawinde.", "bombed", ("Kortalo", "Mbesiwa", "Tarawinde"),
     []),
    # A list right before its trigger is the act's own, whatever place the sentence names later.
    ("The army declared the towns of Kortalo, Mbesiwa and Tarawinde clear of terrorists after the fighters left "
     "for Ulbek.", "clear of terrorists", ("Kortalo", "Mbesiwa", "Tarawinde", "Ulbek"),
     ["Kortalo", "Mbesiwa", "Tarawinde"]),
    # The list is who spoke, not where the act was.
    ("Residents of Kortalo and Mbesiwa said troops attacked Tarawinde and Ulbek.", "attacked",
     ("Kortalo", "Mbesiwa", "Tarawinde", "Ulbek"), ["Tarawinde", "Ulbek"]),
    # The two ends of a stretch are no list: "between A and B".
    ("Gunmen ambushed a bus on the road between the towns of Kortalo and Mbesiwa.", "ambushed",
     ("Kortalo", "Mbesiwa"), []),
    ("Fighting broke out between army units in Kortalo and Mbesiwa.", "Fighting", ("Kortalo", "Mbesiwa"),
     ["Kortalo", "Mbesiwa"]),
])
def test_listed_places_chooses_the_list_an_event_spreads_over(text: str, trigger: str, names: tuple[str, ...],
                                                               spread: list[str]) -> None:
    start = text.index(trigger)
    assert [m.text for m in listed_places(text, mentions_at(text, *names), start, start + len(trigger))] == spread


@pytest.mark.parametrize("text, expected", [
    ("On Friday, protests broke out in the towns of Binnish, Salqin and Kafr Takharim.",
     ["Binnish", "Kafr Takharim", "Salqin"]),
    ("On Monday, Turkish jets carried out airstrikes on many points of Afrin, including Mt. Zerbal and the "
     "village of Kortalo.", ["Kortalo", "Mount Zerbal"]),
    ("The villages of Kortalo and Mbesiwa near Afrin fell to Turkish troops on Monday.",
     ["Kortalo", "Mbesiwa"]),
    ("On Monday, gunmen attacked army posts in the localities of Nkambe, Ndu and Kortalo.",
     ["Kortalo", "Ndu", "Nkambe"]),
    ("On Monday the Syrian army declared the towns of Douma and Harasta clear of terrorists after the fighters "
     "left for Idlib.", ["Duma", "Harasta"]),
])
def test_location_an_event_told_over_a_list_of_places_is_one_event_per_place(extraction_pipeline, text: str,
                                                                            expected: list[str]) -> None:
    assert sorted(e.location for e in events_of(extraction_pipeline, text)) == expected


@pytest.mark.parametrize("text, trigger, names, spread", [
    ("Police recovered arms from three districts - Kortalo, Mbesiwa and Tarawinde.", "recovered",
     ("Kortalo", "Mbesiwa", "Tarawinde"), ["Kortalo", "Mbesiwa", "Tarawinde"]),
    ("Troops raided two villages: Kortalo and Mbesiwa.", "raided", ("Kortalo", "Mbesiwa"), ["Kortalo", "Mbesiwa"]),
    # Not announced as a list: left to the act's family (`listed_places`).
    ("Police recovered arms in Kortalo and Mbesiwa.", "recovered", ("Kortalo", "Mbesiwa"), []),
    # Where the victims came from, not where the act was.
    ("Gunmen killed twelve people from three villages: Kortalo, Mbesiwa and Tarawinde.", "killed",
     ("Kortalo", "Mbesiwa", "Tarawinde"), []),
    # A list before the trigger is no list the trigger announces.
    ("Two villages: Kortalo and Mbesiwa, police said arms were recovered.", "recovered", ("Kortalo", "Mbesiwa"), []),
])
def test_announced_list_spreads_any_act_over_the_places_it_announces(text: str, trigger: str, names: tuple[str, ...],
                                                                      spread: list[str]) -> None:
    end = text.index(trigger) + len(trigger)
    assert [m.text for m in announced_list(text, mentions_at(text, *names), end)] == spread


def test_location_arms_recovered_from_a_list_of_districts_are_one_event_per_district(candidate_pipeline):
    text = "On Monday, Indian police recovered arms from three districts - Kangpokpi, Senapati and Jiribam."
    events = candidate_pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Disrupted weapons use", "Jiribam"), ("Disrupted weapons use", "Kangpokpi"),
        ("Disrupted weapons use", "Senapati")]


def test_location_a_list_of_provinces_leaves_the_event_in_the_town_named_before(extraction_pipeline):
    text = ("In Quito, protesters blocked an avenue on Monday, and similar actions took place in Cotopaxi, "
            "Chimborazo and Tungurahua.")
    assert [e.location for e in events_of(extraction_pipeline, text)] == ["Quito"]


@pytest.mark.parametrize("text, expected", [
    ("French jets carried out airstrikes on jihadist camps in Mali and Niger on Tuesday.", ["Mali", "Niger"]),
    ("Israeli jets struck arms depots in both Syria and Lebanon on Monday.", ["Lebanon", "Syria"]),
    # A town named beside the countries is where the act was.
    ("Israeli jets struck an arms depot in Qusayr, in Syria and Lebanon, on Monday.", ["Al Qusayr"]),
    # Whose planes, not where they struck: no event in each of them (the first stays the best place).
    ("Houthi rebels have survived years of airstrikes from Saudi Arabia and Egypt.", ["Saudi Arabia"]),
])
def test_location_an_act_told_over_a_list_of_countries_is_one_event_per_country(
        candidate_pipeline, text: str, expected: list[str]) -> None:
    events = candidate_pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events
    assert sorted({e.location for e in events if e.location}) == expected


#: Examples of IN_COUNTRIES_BEFORE (text, matches).
IN_COUNTRIES_BEFORE_EXAMPLES = [
    ("strikes on five facilities in ", True),
    ("raids across ", True),
    ("fighting in both ", True),
    ("airstrikes from ", False),
    ("the flags of ", False),
]

#: Examples of ORIGIN_BEFORE (text, matches).
ORIGIN_BEFORE_EXAMPLES = [
    ("missiles were launched from over the occupied ", True),
    ("rockets fired from ", True),
    ("a drone shot from the ", True),
    ("missiles were fired at ", False),
    ("the army launched an offensive in ", False),
    ("rockets fired from positions north of the town hit ", False),
]


@pytest.mark.parametrize("text, expected", [
    # a province holds its own towns only: the drones downed over it were not over the capital
    ("On Monday, Russian air defences shot down 20 Ukrainian drones over Moscow. Fifteen were destroyed over the "
     "Volgograd region, the ministry said.", "Volgograd"),
    ("On Monday, militants shot dead a teacher in Mpeketoni. Two soldiers were also killed by a roadside bomb in "
     "Mandera County, police said.", "Mandera"),
    # the town's own province, or its country, holds it: the town named before is where the report means
    ("On Monday, militants shot dead a teacher in Mpeketoni. Two soldiers were also killed by a roadside bomb in "
     "Lamu County, police said.", "Mpeketoni"),
    ("On Monday, militants shot dead a teacher in Mpeketoni. Two soldiers were also killed by a roadside bomb in "
     "Kenya, police said.", "Mpeketoni"),
])
def test_location_a_province_keeps_its_own_event_where_a_town_of_another_was_named_before(
        candidate_pipeline, text: str, expected: str) -> None:
    events = candidate_pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events
    second = text.split(". ")[1]
    assert [e.location for e in events if e.evidence.text.startswith(second[:20])] == [expected]


def test_location_where_missiles_were_launched_from_is_not_where_they_were_intercepted(extraction_pipeline):
    text = ("On Monday, Israeli jets struck an arms depot in Damascus. The missiles were launched from over "
            "the occupied Golan Heights, the agency said. Several missiles were intercepted by Syrian air defences.")
    event = next(e for e in events_of(extraction_pipeline, text) if "intercepted" in e.evidence.text)
    assert event.location == "Damascus"


@pytest.mark.parametrize("name, building", [
    ("Lycée Zorbak Hamid", True),
    ("Zorbak Embassy", True),
    ("Hôpital Saint-Zorbak", True),
    ("Zorbakhel", False),
    ("Zorbak Kalle", False),
])
def test_is_building_tells_an_institution_by_its_kind_word(name: str, building: bool) -> None:
    mention = Mention(0, len(name), name, MentionKind.PLACE, value=Place(name=name), label="cue")
    assert is_building(mention) is building


def test_location_a_building_named_before_leaves_the_next_act_in_the_town_told_earlier(extraction_pipeline):
    text = ("On Monday, gang members attacked residents in Kandahar, killing ten people. The attack targeted "
            "Rue Zorbak near Lycée Jean Zorbak, a public school. The attack began with a clash between gang "
            "members and police officers.")
    event = next(e for e in events_of(extraction_pipeline, text) if e.evidence.text.startswith("The attack began"))
    assert event.location == "Kandahar"


def test_location_a_clause_of_its_own_places_its_act_at_its_own_town(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday, Taliban fighters clashed with the Afghan army in the "
                                            "village of Zorbakhel, while Afghan air force jets bombed Taliban "
                                            "positions in Kandahar.")
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Air/drone strike", "Kandahar"), ("Armed clash", "Zorbakhel")]


def test_location_a_town_told_before_a_country_outranks_the_country_for_a_sentence_naming_none(
        extraction_pipeline):
    text = ("On Monday, Taliban fighters attacked a checkpoint in Kandahar. Hundreds of residents fled across the "
            "border to Pakistan. On Tuesday, police arrested two Taliban commanders.")
    event = next(e for e in events_of(extraction_pipeline, text) if "arrested" in e.evidence.text)
    assert (event.location, event.country) == ("Kandahar", "Afghanistan")


def test_location_an_island_the_gazetteer_lacks_is_where_the_attack_was(extraction_pipeline):
    text = ("On Tuesday, Boko Haram militants killed ten Chadian soldiers in an attack on a checkpoint in the Lake "
            "Chad basin. The attack was perpetrated on the island of Zorbakoua, between the towns of Zorbak and "
            "Kaigar, the army said.")
    events = events_of(extraction_pipeline, text)
    assert [e.location for e in events] == ["Zorbakoua"]


#: Examples of AGENCY_BEFORE (text, matches).
AGENCY_BEFORE_EXAMPLES = [
    ("the news agency ", True),
    ("Iranian news agency ", True),
    ("the state agency ", True),
    ("an agency in ", False),
    ("agency staff in ", False),
]


#: Examples of AGENCY_AFTER (text, matches).
OWNER_AFTER_EXAMPLES = [
    ("’s civil defence agency said", True),
    ("'s regional governor said", True),
    ("'s army said", True),
    ("'s health ministry", True),
    ("'s Saltivskyi district", False),
    ("'s theatre was bombed", False),
    (" police said", False),
]
AGENCY_AFTER_EXAMPLES = [
    (" news agency reported", True),
    (" Agency said", True),
    (" agencies", False),
    (", the agency said", False),
    (" province, an agency said", False),
]


@pytest.mark.parametrize("text, place, is_source", [
    ("The news agency Zorbak reported that two soldiers died in Kabul.", "Zorbak", True),
    ("Zorbak news agency said two soldiers died in Kabul.", "Zorbak", True),
    ("The news agency Zorbak reported that two soldiers died in Kabul.", "Kabul", False),
    ("Two soldiers died in Zorbak, the agency said.", "Zorbak", False),
])
def test_location_a_news_agencys_name_is_backdrop(text, place, is_source):
    assert is_backdrop(text, Sentence(0, len(text)), mention_of(text, place)) is is_source


def test_location_a_news_agency_named_like_a_town_is_not_where_the_clash_was(extraction_pipeline):
    text = ("The news agency Mehr reported that three police officers were killed in a firefight with "
            "Jaish al-Adl militants near a police station in Chabahar on Monday.")
    assert [e.location for e in events_of(extraction_pipeline, text)] == ["Chabahar"]


@pytest.mark.parametrize("pattern, text, matches", [
    *((STRETCH_BEFORE, text, matches) for text, matches in STRETCH_BEFORE_EXAMPLES),
    *((ORIGIN_BEFORE, text, matches) for text, matches in ORIGIN_BEFORE_EXAMPLES),
    *((AGENCY_BEFORE, text, matches) for text, matches in AGENCY_BEFORE_EXAMPLES),
    *((ENUMERATION_BEFORE, text, matches) for text, matches in ENUMERATION_BEFORE_EXAMPLES),
    *((FROM_PEOPLE_BEFORE, text, matches) for text, matches in FROM_PEOPLE_BEFORE_EXAMPLES),
    *((IN_COUNTRIES_BEFORE, text, matches) for text, matches in IN_COUNTRIES_BEFORE_EXAMPLES),
])
def test_location_look_back_regexes_match_their_examples(pattern: re.Pattern[str], text: str, matches: bool) -> None:
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("pattern, text, matches", [
    *((LIST_JUST_BEFORE, text, matches) for text, matches in LIST_JUST_BEFORE_EXAMPLES),
    *((AGENCY_AFTER, text, matches) for text, matches in AGENCY_AFTER_EXAMPLES),
    *((OWNER_AFTER, text, matches) for text, matches in OWNER_AFTER_EXAMPLES),
])
def test_location_anchored_regexes_match_their_examples(pattern: re.Pattern[str], text: str, matches: bool) -> None:
    assert (pattern.match(text) is not None) is matches


def test_location_a_village_known_only_elsewhere_outranks_the_district_town_after_it(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Sunday police clashed with Maoists near the village of Gobra "
                                            "in east Chhattisgarh district of Gariaband.")
    assert [(e.location, e.latitude) for e in events] == [("Gobra", None)]


@pytest.mark.parametrize("text, place", [
    ("Militants killed ten people in the Tharthar valley region (north of Baghdad) on Sunday.", "Wadi al-Tharthar"),
    ("Russian shelling killed two civilians in Kupiansk, east of Kharkiv, on Monday.", "Kupyansk"),
    ("Jihadists killed 12 soldiers in an attack on Djibo, north of Ouagadougou.", "Djibo"),
])
def test_location_a_place_that_only_tells_where_another_lies_is_not_the_events(extraction_pipeline, text, place):
    assert [e.location for e in events_of(extraction_pipeline, text)] == [place]


def test_location_a_bearing_with_no_place_before_it_leaves_the_event_near_its_town(extraction_pipeline):
    events = events_of(extraction_pipeline, "M23 rebels clashed with the army north of Goma on Monday.")
    assert [(e.location, e.geo_precision) for e in events] == [("Goma", GeoPrecision.NEAR)]


@pytest.mark.parametrize("text, place", [
    # The speaking body's place is nearer the trigger than the town the act was in.
    ("Gaza's civil defence agency said Israeli air strikes hit two homes at dawn on Monday in Khan Yunis, "
     "the main southern city.", "Khan Yunis"),
    ("Kharkiv's regional governor said Russian shelling hit homes at dawn on Monday in Kupiansk, "
     "a town in the east.", "Kupyansk"),
    ("Borno's police commissioner said gunmen attacked farmers at dawn on Monday in Gwoza, "
     "near the Cameroon border.", "Gwoza"),
])
def test_location_the_owner_of_a_speaking_body_is_not_where_the_act_was(extraction_pipeline, text, place):
    assert [e.location for e in events_of(extraction_pipeline, text)] == [place]
