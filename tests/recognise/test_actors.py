"""Actor recognition on made-up sentences: aliases, case traps, demonyms, shapes, generics."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document, MentionKind, WorkingDoc
from sitrep.recognise.actors import (
    ACRONYM_AFTER,
    ADMIN_UNIT_SHAPE,
    ANAPHOR_FOLLOWER,
    COUNTRY_ACTS,
    COUNTRY_OWN_FORCE,
    DEMONYM_JOIN,
    DESIGNATION,
    MEMBER_COMPOUND,
    NAME_SPLIT,
    PLACE_BEFORE_COUNTRY,
    PLACE_PREPOSITION,
    SHAPE_PATTERN,
    WORD,
    ActorRecogniser,
)


@pytest.fixture(scope="module")
def recogniser(actor_ontology):
    return ActorRecogniser(actor_ontology)


def mentions(recogniser, text, published=dt.date(2019, 6, 1)):
    doc = WorkingDoc(document=Document(id="t", text=text, published=published))
    return recogniser(doc).actor_mentions


def names(recogniser, text, **kw):
    return [(m.text, m.value.name if m.value else None, m.label) for m in mentions(recogniser, text, **kw)]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Isis attacked the town.", "Isis", "Islamic State"),
    ("ISIS attacked the town.", "ISIS", "Islamic State"),
    ("IS attacked the town.", "IS", "Islamic State"),
    ("Da'esh attacked the town.", "Da'esh", "Islamic State"),
    ("Da’esh attacked the town.", "Da’esh", "Islamic State"),
    ("The SAA advanced.", "SAA", "Syrian Arab Army"),
    ("the army of Damascus advanced.", "army of Damascus", "Syrian Arab Army"),
    ("Hezbollah's fighters withdrew.", "Hezbollah", "Hezbollah"),
    ("The Houthis fired a missile.", "Houthis", "Ansar Allah"),
    ("Hezbollah fighters withdrew.", "Hezbollah fighters", "Hezbollah"),
    ("the ISF of Baghdad moved north.", "ISF of Baghdad", "Iraqi Security Forces"),
])
def test_recogniser_matches_aliases_with_case_and_spelling_variants(recogniser, text, surface, expected):
    assert (surface, expected, "name") in names(recogniser, text)


@pytest.mark.parametrize("text", [
    "This is what it is.", "The saa river flooded.", "The aa battery died.",
    "Isis is a goddess too, she said.",
])
def test_recogniser_case_traps_do_not_match_common_words(recogniser, text):
    groups = ("Islamic State", "Syrian Arab Army", "Arakan Army")
    found = [n for n in names(recogniser, text) if n[1] in groups]
    # "Isis" capitalised is the group even in the last sentence; lower-case words never are.
    assert all(surface[0].isupper() for surface, _, _ in found)
    assert not any(surface in ("is", "saa", "aa") for surface, _, _ in found)


@pytest.mark.parametrize("text", ["an anti-ISIS operation", "Houthi-controlled areas", "pro-Hezbollah media"])
def test_recogniser_skips_names_inside_hyphenated_compounds(recogniser, text):
    assert not [n for n in names(recogniser, text) if n[2] == "name"]


def test_recogniser_finds_acronym_and_expansion_as_one_actor(recogniser):
    found = names(recogniser, "The Popular Mobilization Forces (PMU) entered the town.")
    assert found == [("Popular Mobilization Forces", "Popular Mobilization Forces", "name"),
                     ("PMU", "Popular Mobilization Forces", "name")]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("A Russian helicopter fired on the village.", "Russian helicopter", "Military Forces of Russia"),
    ("Turkish drones hit the road.", "Turkish drones", "Military Forces of Turkey"),
    ("Israeli fighter jets struck.", "Israeli fighter jets", "Military Forces of Israel"),
    ("Russia's army advanced.", "Russia's army", "Military Forces of Russia"),
    ("Kenyan police fired tear gas.", "Kenyan police", "Police Forces of Kenya"),
    ("Nigerian villagers fled.", "Nigerian villagers", "Civilians (Nigeria)"),
    # a person of a nation is one of its civilians, not its army
    ("Soldiers shot dead a Palestinian man.", "Palestinian man", "Civilians (Palestine)"),
    ("Two Afghan women were killed.", "Afghan women", "Civilians (Afghanistan)"),
    ("Russian and Syrian warplanes struck.", "Russian", "Military Forces of Russia"),
    # an attack named by its author's demonym
    ("Troops repelled Russian assaults near the town.", "Russian assaults", "Military Forces of Russia"),
    ("Israeli raids killed three men.", "Israeli raids", "Military Forces of Israel"),
    # air-dropped bombs and warships are a state's
    ("Two people were killed by a Russian glide bomb.", "Russian glide bomb", "Military Forces of Russia"),
    ("The rebels said they targeted a US destroyer.", "US destroyer", "Military Forces of the United States"),
    # a weapon's model designation in between
    ("The rebels said they shot down a US MQ-9 drone.", "US MQ-9 drone", "Military Forces of the United States"),
    ("Russian Su-25 jets bombed the town.", "Russian Su-25 jets", "Military Forces of Russia"),
    ("Turkish TB2 drones struck the village.", "Turkish TB2 drones", "Military Forces of Turkey"),
    # a tank told by its state
    ("Militants fired missiles at an Israeli tank.", "Israeli tank", "Military Forces of Israel"),
])
def test_recogniser_joins_demonym_and_force_word(recogniser, text, surface, expected):
    assert (surface, expected) in [(s, n) for s, n, _ in names(recogniser, text)]


@pytest.mark.parametrize(("text", "not_expected"), [
    ("Syrian rebel forces advanced.", "Syrian Arab Army"),
    ("Turkish-backed rebels advanced.", "Military Forces of Turkey"),
    ("The Syrian National Army advanced.", "Syrian Arab Army"),
    ("Syria Democratic Forces advanced.", "Syrian Arab Army"),
    ("Russian officials and Turkish diplomats met.", "Military Forces of Russia"),
    ("The SDF held out despite the continuous Turkish offensive.", "Military Forces of Turkey"),
    # armed men of no state between the demonym and a weapon of the verb
    ("Lebanese militants fired rockets at the town.", "Military Forces of Lebanon"),
    ("Pakistani gunmen fired mortars at the post.", "Military Forces of Pakistan"),
    ("Malian jihadists fired shells at the camp.", "Military Forces of Mali"),
    # a base named as a landmark is no side
    ("Jets struck a depot near the Russian base in Tartus.", "Military Forces of Russia"),
])
def test_recogniser_demonym_needs_a_force_word_of_the_state(recogniser, text, not_expected):
    assert not_expected not in [n for _, n, _ in names(recogniser, text)]


def test_recogniser_picks_the_syrian_state_forces_of_the_report_date(recogniser):
    before = names(recogniser, "Syrian soldiers were killed.", published=dt.date(2019, 1, 1))
    after = names(recogniser, "Syrian soldiers were killed.", published=dt.date(2025, 3, 1))
    assert before[0][1] == "Syrian Arab Army"
    assert after[0][1] == "Military Forces of Syria (2024-)"


def test_recogniser_finds_an_unknown_organisation_by_its_shape(recogniser):
    text = ("The Zarqawi Martyrs Brigade (ZMB) attacked the checkpoint. "
            "Later ZMB fighters withdrew.")
    found = mentions(recogniser, text)
    shapes = [m for m in found if m.label == "shape"]
    assert [m.text for m in shapes] == ["Zarqawi Martyrs Brigade", "ZMB", "ZMB"]
    assert all(m.value.known is False and m.value.name == "Zarqawi Martyrs Brigade" for m in shapes)


@pytest.mark.parametrize("text", [
    "The Army said two soldiers died.", "Security Forces arrived.", "The National Army retreated.",
    "Several Brigades were deployed.", "The Syrian Army shelled the town.",
    "Jets Strike Against Five Rebel Militias", "The Separate Mechanized Brigade held.",
])
def test_recogniser_shape_needs_a_real_name(recogniser, text):
    assert not [m for m in mentions(recogniser, text) if m.label == "shape"]


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("The soldiers opened fire.", "soldiers", "generic"),
    ("The jihadists fled.", "jihadists", "generic"),
    ("Villagers fled the attack.", "Villagers", "country_generic"),
    ("Gunmen stormed the school.", "Gunmen", "country_generic"),
    ("Police dispersed the crowd.", "Police", "country_generic"),
    ("The latter said nothing.", "The latter", "generic"),
    ("SNA troops entered the town.", "SNA troops", "ambiguous"),
])
def test_recogniser_labels_phrases_that_need_context(recogniser, text, surface, label):
    found = [(m.text, m.label, m.value) for m in mentions(recogniser, text)]
    assert (surface, label, None) in found


def test_recogniser_does_not_read_the_former_as_a_pronoun_before_a_noun(recogniser):
    assert not [m for m in mentions(recogniser, "The former regime fell.") if m.text.lower() == "the former"]


def test_recogniser_mentions_are_sorted_and_never_overlap(recogniser):
    text = ("Isis, exploiting the fog, attacked the SDF near the river. The Syrian army (SAA) and Russian "
            "jets hit the jihadists, while the militiamen of Isis fled and villagers hid. Turkish forces "
            "and the Free Syrian Army took the hill.")
    found = mentions(recogniser, text)
    assert found and all(m.kind == MentionKind.ACTOR for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[m.start:m.end] == m.text for m in found)


def test_recogniser_declares_its_fields(recogniser):
    assert recogniser.reads == ("document", "sentences")
    assert recogniser.adds == ("actor_mentions",)


@pytest.mark.parametrize(("text", "match"), [
    ("the Fatemiyoun Brigade fought", "Fatemiyoun Brigade"),
    ("the Popular Front for the Liberation of Azawad said", "Popular Front for the Liberation of Azawad"),
    ("Liwa al-Baqir fighters", "Liwa al-Baqir"),
    ("Sultan Murad Division", "Sultan Murad Division"),
])
def test_shape_pattern_matches_organisation_names(text, match):
    assert match in [m.group(0) for m in SHAPE_PATTERN.finditer(text)]


@pytest.mark.parametrize("text", ["the army said", "army units moved", "a brigade of soldiers"])
def test_shape_pattern_does_not_match_lowercase_phrases(text):
    assert SHAPE_PATTERN.search(text) is None


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (ACRONYM_AFTER, " (FB) said", True), (ACRONYM_AFTER, " (in March)", False),
    (ANAPHOR_FOLLOWER, " said", True), (ANAPHOR_FOLLOWER, ", however", True),
    (ANAPHOR_FOLLOWER, " regime", False), (DEMONYM_JOIN, " and Syrian", True),
    (DEMONYM_JOIN, " and then", False), (WORD, "fighter", True), (WORD, "'s", True), (WORD, "7", False),
    (NAME_SPLIT, "-", True), (NAME_SPLIT, " ", True), (NAME_SPLIT, "a", False),
])
def test_recogniser_regexes_match_their_examples(pattern, text, matches):
    assert (pattern.match(text) is not None) is matches


@pytest.mark.parametrize(("text", "shape"), [
    ("Militants ambushed a bus near the forest in Witu Division on Friday.", None),
    ("The Sultan Murad Division attacked the village.", "Sultan Murad Division"),
])
def test_recogniser_a_division_after_a_preposition_of_place_is_a_district(recogniser, text, shape):
    shapes = [m.text for m in mentions(recogniser, text) if m.label == "shape"]
    assert shapes == ([shape] if shape else [])


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (ADMIN_UNIT_SHAPE, "Witu Division", True), (ADMIN_UNIT_SHAPE, "Witu Brigade", False),
    (PLACE_PREPOSITION, "ambushed in ", True), (PLACE_PREPOSITION, "near the ", True),
    (PLACE_PREPOSITION, "attacked by ", False),
])
def test_recogniser_district_regexes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Pakistan launched air raids over the border on Monday.", "Pakistan", "Military Forces of Pakistan"),
    ("Russia also struck the capital overnight.", "Russia", "Military Forces of Russia"),
    ("Israel has carried out strikes in the south.", "Israel", "Military Forces of Israel"),
    ("Missiles fired from Russia struck the town.", "Russia", "Military Forces of Russia"),  # the launch place
    # A name that takes the article acts all the same.
    ("On Monday, the United States carried out a drone strike near Jilib.", "United States",
     "Military Forces of the United States"),
    ("The Philippines launched air raids on the island.", "Philippines", "Military Forces of the Philippines"),
    # A country telling of its own forces' act.
    ("Ukraine said its drones hit an oil depot overnight.", "Ukraine", "Military Forces of Ukraine"),
    ("Pakistan announced on Sunday that its troops killed ten militants.", "Pakistan", "Military Forces of Pakistan"),
    ("Israel says its aircraft struck the border area.", "Israel", "Military Forces of Israel"),
])
def test_recogniser_a_country_acting_militarily_is_its_military(recogniser, text, surface, expected):
    assert (surface, expected, "demonym") in names(recogniser, text)


@pytest.mark.parametrize("text", [
    "Russia said the talks would resume.",  # a source, not an act
    "Russia said its position had not changed.",  # "its" with no force word
    "Civilians fled from Russia to the coast.",  # a place
    "Fighting in eastern Ukraine attacked nothing.",  # a place after a direction word
])
def test_recogniser_a_country_that_does_not_act_is_no_actor(recogniser, text):
    assert not any(label == "demonym" for _, _, label in names(recogniser, text))


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Armenia and Azerbaijan have agreed a ceasefire.", "Azerbaijan", "Military Forces of Azerbaijan"),
    ("A peace declaration was signed by Armenia and Azerbaijan.", "Armenia", "Government of Armenia"),
])
def test_recogniser_a_country_party_to_an_agreement_is_its_government_or_its_forces(recogniser, text, surface,
                                                                                      expected):
    assert (surface, expected, "demonym") in names(recogniser, text)


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (COUNTRY_ACTS, " launched air raids", True), (COUNTRY_ACTS, " has also struck", True),
    (COUNTRY_ACTS, " said on Monday", False), (COUNTRY_ACTS, " hitherto", False),
    (COUNTRY_ACTS, ", which annexed Crimea in 2014, launched drones", True),
    (COUNTRY_ACTS, ", a NATO member, struck", True), (COUNTRY_ACTS, ", which borders Ukraine, said", False),
    (PLACE_BEFORE_COUNTRY, "missiles from ", True), (PLACE_BEFORE_COUNTRY, "over eastern ", True),
    (PLACE_BEFORE_COUNTRY, "On Monday, ", False), (PLACE_BEFORE_COUNTRY, "On Monday, the ", False),
    (COUNTRY_OWN_FORCE, " said its drones hit", True), (COUNTRY_OWN_FORCE, " announced on Friday that its army", True),
    (COUNTRY_OWN_FORCE, " has said its air defences", True), (COUNTRY_OWN_FORCE, " said its position", False),
    (COUNTRY_OWN_FORCE, " said the drones", False),
])
def test_recogniser_country_act_regexes_match_their_examples(pattern, text, matches):
    found = pattern.search(text) if pattern is PLACE_BEFORE_COUNTRY else pattern.match(text)
    assert (found is not None) is matches


@pytest.mark.parametrize(("text", "country"), [
    ("Israeli troops entered the Syrian side of Mount Hermon.", "Syria"),
    ("Two drones crossed into Russian airspace overnight.", "Russia"),
    ("Shells landed on Ukrainian soil near the border.", "Ukraine"),
    ("Rockets struck near the Lebanese border on Monday.", "Lebanon"),
    ("Jihadists attacked a convoy in Malian territory.", "Mali"),
    ("Junta jets bombed a village in Burmese waters.", "Myanmar"),
])
def test_recogniser_a_demonym_before_a_place_noun_is_no_side(recogniser, actor_ontology, text, country):
    """"The Syrian side of the mountain", "Russian airspace": the demonym names a place, not that
    state's forces."""
    assert not [m for m in mentions(recogniser, text) if m.value is not None and m.value.country == country
                and m.value.inter.name in ("STATE_FORCES", "EXTERNAL_OTHER")]


@pytest.mark.parametrize(("text", "matches"), [
    (" MQ-9 drone", True), (" Su-25 jets", True), (" F-16 warplanes", True), (" TB2 drones", True),
    (" Air Force jets", False), (" 2 drones", False), (" troops", False),
])
def test_recogniser_designation_matches_its_examples(text, matches):
    assert (DESIGNATION.match(text) is not None) is matches


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Al-Qaeda-linked militants killed 15 soldiers.", "Al-Qaeda-linked militants", "Al-Qaeda"),
    ("Al-Shabaab-linked gunmen attacked a bus.", "Al-Shabaab-linked gunmen", "Al-Shabaab"),
    ("Islamic State-affiliated fighters raided the village.", "Islamic State-affiliated fighters", "Islamic State"),
])
def test_recogniser_a_group_linked_compound_names_the_groups_men(recogniser, text, surface, expected):
    assert (surface, expected) in [(s, n) for s, n, _ in names(recogniser, text)]


@pytest.mark.parametrize(("text", "not_expected"), [
    ("Al-Qaeda-linked JNIM fighters attacked the base.", "Al-Qaeda"),  # another group named after it
    ("Houthi-controlled Hodeidah was struck.", "Ansar Allah"),
    ("Iran-backed militias fired rockets.", "Military Forces of Iran"),
])
def test_recogniser_other_compounds_name_no_group(recogniser, text, not_expected):
    assert not_expected not in [n for _, n, _ in names(recogniser, text)]


@pytest.mark.parametrize(("text", "matches"), [
    ("-linked militants", True), ("-affiliated fighters", True), ("-aligned group", True),
    ("-controlled town", False), ("-backed rebels", False),
])
def test_recogniser_member_compound_matches_its_examples(text, matches):
    assert (MEMBER_COMPOUND.match(text) is not None) is matches
