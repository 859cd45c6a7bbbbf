"""The attacked side when a sentence names a thing: installations a force holds, works hit with no
one harmed. Made-up sentences, the real ontology."""
import datetime as dt

import pytest
from tests.events.conftest import first_mention

from sitrep.events.targets import (
    AIMED_INSTALLATION,
    DAMAGED_INSTALLATION,
    ENERGY_WORKS,
    INSTALLATION_BEFORE,
    MANNED_BY,
    NO_HARM,
    NON_STATE_HOLDER,
    PUBLIC_WORKS,
    hits_works_only,
    installation_holder,
    says_no_harm,
)

ON = dt.date(2024, 3, 15)


def _holder(ontology, sentence, trigger, country, mentions=()):
    start = sentence.index(trigger)
    return installation_holder(sentence, 0, len(sentence), start, start + len(trigger), list(mentions),
                               country, ontology, ON)


@pytest.mark.parametrize("after", [
    " a military base in the south", " the Bariire base", " at an army outpost", " on a checkpoint near the town",
    " an army convoy", " the barracks", " struck a military base", " detonated at the base", " the police station",
    " the check post",
])
def test_targets_aimed_installation_matches_what_the_act_hit(after):
    assert AIMED_INSTALLATION.match(after)


@pytest.mark.parametrize("after", [
    " near a checkpoint", " four soldiers at a base", " the town", " a displacement camp", " residents of the city",
    " in the base of the hill",
])
def test_targets_aimed_installation_skips_what_is_only_near(after):
    assert AIMED_INSTALLATION.match(after) is None


@pytest.mark.parametrize("text, matches", [
    (" grenades late at night, causing some damage to the checkpost", True),
    (" struck overnight, destroying the outpost", True),
    (" struck, causing damage to homes near the base", False),
])
def test_targets_damaged_installation_is_the_act_s_target(text, matches):
    assert bool(DAMAGED_INSTALLATION.match(text)) is matches


@pytest.mark.parametrize("before, matches", [
    ("Officials said the army base was ", True),
    ("On Monday a checkpoint came under ", True),
    ("The convoy of aid trucks ", False),
])
def test_targets_installation_before_a_passive_trigger(before, matches):
    assert bool(INSTALLATION_BEFORE.search(before)) is matches


@pytest.mark.parametrize("words, matches", [
    ("a militant base", True), ("the gang's outpost", True), ("the rebel checkpoint", True),
    ("a military base", False), ("the police station", False), ("its base", False),
])
def test_targets_non_state_holder_words(words, matches):
    assert bool(NON_STATE_HOLDER.search(words)) is matches


@pytest.mark.parametrize("text, matches", [
    (" manned by Iraqi police", True), (" held jointly by the army", True), (" hosting US troops", True),
    (" used by coalition forces", True), (" near the river", False), (" that was hit", False),
])
def test_targets_manned_by(text, matches):
    assert bool(MANNED_BY.match(text)) is matches


@pytest.mark.parametrize("sentence, trigger, country, holder", [
    ("Gunmen stormed a military base in the south on Monday.", "stormed", "Somalia", "Military Forces of Somalia"),
    ("Militants ambushed an army convoy near Gao.", "ambushed", "Mali", "Military Forces of Mali"),
    ("A car bomb exploded at a police checkpoint in Quetta.", "car bomb", "Pakistan", "Police Forces of Pakistan"),
    ("Militants attacked the police station in the town.", "attacked", "Nigeria", "Police Forces of Nigeria"),
    ("The base was attacked by gunmen at dawn.", "attacked", "Mali", "Military Forces of Mali"),
    # A demonym in the installation's words gives it to that country's forces, wherever it stands.
    ("Gunmen opened fire at an Israeli checkpoint near the city.", "fire", "Palestine", "Military Forces of Israel"),
    ("Drones struck a Russian air base near the coast.", "struck", "Syria", "Military Forces of Russia"),
])
def test_targets_installation_holder_is_the_state_force_of_the_place(actor_ontology, sentence, trigger, country,
                                                                      holder):
    assert _holder(actor_ontology, sentence, trigger, country).name == holder


def test_targets_installation_holder_follows_the_report_s_name_for_it(actor_ontology):
    """A bare "checkpost" in a report that told of a police checkpoint is the police's."""
    text = ("Two policemen died in an attack on a police checkpoint on Monday. "
            "Terrorists hurled grenades, causing damage to the checkpost.")
    start = text.index("grenades")
    holder = installation_holder(text, text.index("Terrorists"), len(text), start, start + len("grenades"), [],
                                 "Pakistan", actor_ontology, ON)
    assert holder.name == "Police Forces of Pakistan"


def test_targets_installation_holder_named_in_its_words_or_manning_it(actor_ontology):
    mission = actor_ontology.actor("African Union Transition Mission in Somalia")
    sentence = "Militants attacked an ATMIS base near the capital."
    assert _holder(actor_ontology, sentence, "attacked", "Somalia",
                   [first_mention(sentence, "ATMIS", mission)]) == mission
    police = actor_ontology.role_actor("Iraq", "police", ON)
    sentence = "Militants attacked a checkpoint manned by the police and tribal fighters."
    assert _holder(actor_ontology, sentence, "attacked", "Iraq",
                   [first_mention(sentence, "the police", police)]) == police


@pytest.mark.parametrize("sentence, trigger", [
    ("Troops raided a militant base in the forest.", "raided"),
    ("Soldiers attacked the town at dawn.", "attacked"),
    ("Gunmen killed four soldiers at a base.", "killed"),
    # An installation a non-state side mans or uses is no state force's.
    ("Jets struck a base used by Iran-backed militias near the border.", "struck"),
    ("Gunmen attacked a checkpoint manned by cartel gunmen on the highway.", "attacked"),
    ("Troops stormed a militia outpost in the hills.", "stormed"),
])
def test_targets_installation_holder_none_when_no_state_installation_was_hit(actor_ontology, sentence, trigger):
    assert _holder(actor_ontology, sentence, trigger, "Nigeria") is None


@pytest.mark.parametrize("sentence, harmless", [
    ("The strike hit near the village, although residents reported no casualties.", True),
    ("No one was hurt in the blast, police said.", True),
    ("The drone exploded without causing any casualties.", True),
    ("There were no immediate casualty figures.", False),
    ("No group has claimed the attack.", False),
    ("The strike killed four people.", False),
])
def test_targets_says_no_harm(sentence, harmless):
    assert says_no_harm(sentence) is harmless
    assert bool(NO_HARM.search(sentence)) is harmless


@pytest.mark.parametrize("sentence, only_works", [
    ("A drone struck the oil refinery overnight.", True),
    ("Missiles hit the country's energy infrastructure and a power plant.", True),
    ("A drone struck the oil refinery, killing two workers.", False),
    ("Jets struck the airport.", False),
    ("Drones hit power lines and a mobile phone mast outside the town overnight.", True),
    ("Rebels blew up the gas pipeline near the border.", True),
    ("A missile struck the bridge, wounding two soldiers guarding it.", False),
])
def test_targets_hits_works_only(sentence, only_works):
    assert hits_works_only(sentence) is only_works


@pytest.mark.parametrize("text, matches", [
    ("the refinery", True), ("an oil depot", True), ("a thermal power station", True), ("the substation", True),
    ("the power of the state", False), ("the airfield", False),
])
def test_targets_energy_works(text, matches):
    assert bool(ENERGY_WORKS.search(text)) is matches


@pytest.mark.parametrize("text, matches", [
    ("telecommunication towers", True), ("a mobile phone mast", True), ("the high-voltage power lines", True),
    ("an oil pipeline", True), ("the railway bridge", True), ("a dam", True), ("the water pumping station", True),
    ("the railway line", True), ("critical infrastructure", True),
    ("a radio station", False), ("the port", False), ("military infrastructure", False),
    ("lines of communication", False), ("the Damascus road", False),
])
def test_targets_public_works(text, matches):
    assert bool(PUBLIC_WORKS.search(text)) is matches
