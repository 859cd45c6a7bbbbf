"""The victims a tally of the dead names after the act."""
import pytest

from sitrep.events.tallies import TALLY_CUE, TALLY_NOT_NAMING, tallied_victims
from sitrep.model import Actor, ActorCategory, Mention

JETS = Actor("jets", "Military Forces of Farland", ActorCategory.STATE_FORCES, "Farland")
ARMY = Actor("army", "Military Forces of Testland", ActorCategory.STATE_FORCES, "Testland")
GUARD = Actor("guard", "Testland Guard Corps", ActorCategory.STATE_FORCES, "Testland")
UNKNOWN = Actor("uag", "Unidentified Armed Group (Testland)", ActorCategory.REBEL_GROUP, "Testland")
CIVILIANS = Actor("civ", "Civilians (Testland)", ActorCategory.CIVILIANS, "Testland")
SURFACES = {"Farland jets": JETS, "fighters": UNKNOWN, "Testland soldiers": ARMY, "Guard Corps": GUARD,
            "villagers": CIVILIANS}


def _tally(text: str, mentions: list[Mention]) -> Actor | None:
    sentences, start = [], 0
    for end in [i + 1 for i, ch in enumerate(text) if ch == "."]:
        sentences.append((start, end))
        start = end + 1
    return tallied_victims(text, tuple(sentences), 0, mentions, JETS)


@pytest.mark.parametrize("text, victims", [
    ("Farland jets killed seven fighters. A monitor said the dead were three Testland soldiers and "
     "four Guard Corps members.", ARMY),
    ("Farland jets killed seven fighters. Among the dead were Guard Corps officers.", GUARD),
    # Crowds or civilians named first: the tally does not make an armed side the victim.
    ("Farland jets killed seven fighters. The victims were villagers and two Testland soldiers.", None),
    # A tally that tells what befell the dead names nobody.
    ("Farland jets killed seven fighters. The dead were buried by Testland soldiers.", None),
    # Too far on: six sentences after the act.
    ("Farland jets killed seven fighters. A. B. C. D. E. The dead were three Testland soldiers.", None),
    ("Farland jets killed seven fighters. Testland soldiers searched the area.", None),
])
def test_tallies_tallied_victims_are_the_first_armed_group_the_tally_names(text, victims, actor_mentions):
    assert _tally(text, actor_mentions(text, SURFACES)) == victims


@pytest.mark.parametrize("text, matches", [
    ("the dead were three soldiers", True),
    ("those killed included two officers", True),
    ("among the dead were guards", True),
    ("nine of the dead were members of the gang", True),
    ("the dead soldiers were buried", False),
    ("the killed and wounded", False),
])
def test_tallies_tally_cue_matches_its_examples(text, matches):
    assert bool(TALLY_CUE.search(text)) is matches


@pytest.mark.parametrize("after, matches", [
    (" buried on Friday", True),
    (" taken to the morgue", True),
    (" reportedly shot at close range", True),
    (" three soldiers", False),
    (" members of the gang", False),
])
def test_tallies_tally_not_naming_matches_its_examples(after, matches):
    assert bool(TALLY_NOT_NAMING.match(after)) is matches
