"""The sides of an act told with no side at all: the candidates the rules propose for short
made-up reports (the eventness model judges them after)."""
import datetime as dt

import pytest

from sitrep.events.roles import RETURNED_FIRE
from sitrep.events.unnamed import (
    OPERATION_AFTER,
    TARGET_BEFORE,
    UNNAMED_OPERATION,
    UNNAMED_PEOPLE_HIT,
    armed_sides,
    author_of_unnamed_act,
    author_of_victims_act,
    co_victims,
    operation_author,
    rescued_before,
)
from sitrep.model import Actor, ActorCategory, Document, Mention, MentionKind

PUBLISHED = dt.date(2024, 3, 15)


def _events(pipeline, text):
    return pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events


def test_unnamed_abduction_is_by_the_countrys_unidentified_group(candidate_pipeline):
    events = _events(candidate_pipeline, "A former minister was abducted from his home in Bamenda on Tuesday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Abduction/forced disappearance", "Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)")]


@pytest.mark.parametrize("text", [
    "Two men were killed in Bamenda on Tuesday.",
    "The government sent troops to fight the Sinaloa Cartel. Three men were shot dead in Culiacan on Tuesday.",
    "A 52-year-old man was gunned down in Guerrero state on Monday.",
])
def test_unnamed_killing_of_plain_people_is_an_unidentified_groups_attack_on_civilians(candidate_pipeline, text):
    # Men and women told only as such are civilians; who killed them nobody says.
    events = _events(candidate_pipeline, text)
    assert [(e.sub_event_type, e.actor1.startswith("Unidentified Armed Group"), e.actor2.startswith("Civilians"))
            for e in events] == [("Attack", True, True)]


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in Bamenda on Tuesday.",  # a side: the report's enemy is theirs
    "A report said men were recruited in Bamenda.",  # no harm told
])
def test_unnamed_people_hit_needs_plain_people_harmed(text):
    assert UNNAMED_PEOPLE_HIT.search(text) is None


@pytest.mark.parametrize("text", [
    "Three men were shot dead in Culiacan.", "A 45-year-old man was killed in the town.",
    "Two women were wounded in the blast.",
])
def test_unnamed_people_hit_matches_its_examples(text):
    assert UNNAMED_PEOPLE_HIT.search(text) is not None


def test_unnamed_abduction_told_by_police_is_not_the_polices(candidate_pipeline):
    # The police tell of the kidnapping; its author is still the country's unidentified group.
    events = _events(candidate_pipeline, "A trader was kidnapped in Maiduguri on Monday, police said.")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


@pytest.mark.parametrize(("text", "author"), [
    # A force named as the author keeps the act: a forced disappearance is coded so.
    ("Police abducted an opposition activist in Harare on Monday, his lawyer said.", "Police Forces of Zimbabwe"),
    ("Boko Haram fighters kidnapped 20 students in Borno state on Monday, police said.",
     "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"),
])
def test_unnamed_abduction_keeps_a_named_author(candidate_pipeline, text, author):
    assert [e.actor1 for e in _events(candidate_pipeline, text)] == [author]


@pytest.mark.parametrize(("sub", "role", "expected"), [
    ("Abduction/forced disappearance", "police", "Unidentified Armed Group (Nigeria)"),
    ("Abduction/forced disappearance", "armed_group", "Unidentified Armed Group (Nigeria)"),
    ("Attack", "police", "Police Forces of Nigeria"),  # an attack's author is the report's to tell
])
def test_author_of_unnamed_act_refuses_a_state_force_for_an_abduction(actor_ontology, sub, role, expected):
    found = actor_ontology.role_actor("Nigeria", role, PUBLISHED)
    assert author_of_unnamed_act(sub, found, "Nigeria", actor_ontology, PUBLISHED).name == expected


@pytest.mark.parametrize("text", [
    "The police in Kogi stormed a kidnappers den on Monday and rescued a man abducted last week near Lokoja.",
    "Nigerian troops freed 20 students kidnapped from their school in Kaduna state, the army said on Monday.",
])
def test_unnamed_abduction_rescuers_are_not_its_authors(candidate_pipeline, text):
    abductions = [e for e in _events(candidate_pipeline, text) if e.sub_event_type == "Abduction/forced disappearance"]
    assert [e.actor1 for e in abductions] == ["Unidentified Armed Group (Nigeria)"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police rescued a man abducted", True),
    ("troops freed 20 students kidnapped", True),
    ("Police abducted", False),
    ("gunmen who had kidnapped", False),
])
def test_rescued_before_matches_its_examples(text, expected):
    trigger = max(text.rfind(" abducted"), text.rfind(" kidnapped")) + 1
    assert rescued_before(text, 0, trigger) is expected


@pytest.mark.parametrize(("before", "matches"), [
    ("Fresh operations launched against ", True),
    ("others are still being used to fight ", True),
    ("the government's war on the ", True),
    ("a campaign to defeat ", True),
    ("troops battling suspected ", True),
    ("drone strikes targeting ", True),
    ("heavy clashes with ", False),  # a fight both sides wage
    ("the attack was claimed by ", False),
    ("fighters of ", False),
])
def test_unnamed_target_before_marks_a_side_fought_against(before, matches):
    assert bool(TARGET_BEFORE.search(before)) is matches


@pytest.mark.parametrize(("text", "author"), [
    # The report names the group only as the one fought: the killing it does not lay at anyone's door
    # is an unidentified group's.
    ("Nigerian troops have stepped up operations against Boko Haram in Borno State. "
     "Two farmers were shot dead near Konduga on Monday.", "Unidentified Armed Group (Nigeria)"),
    ("Burkina Faso's army is battling JNIM across the north. "
     "A bomb blast killed four civilians near Djibo on Tuesday.", "Unidentified Armed Group (Burkina Faso)"),
    ("Government forces are fighting M23 rebels around Goma. A woman was shot dead in Goma on Sunday.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    # The report names no armed side at all: the act is still someone's.
    ("A civilian was shot dead in Abu Ghraib, Iraq, on Monday.", "Unidentified Armed Group (Iraq)"),
    # The group is named as an author elsewhere: its enemy's victims are its own.
    ("The army launched an offensive against the ADF in Beni. The ADF killed 12 villagers in Mbau on Monday. "
     "Six more civilians were killed in Oicha on Tuesday.", "Allied Democratic Forces"),
    # A state's forces fire shells whether or not a sentence says they did.
    ("Ukraine's forces continued their fight against Russian forces in the east. "
     "Two civilians were killed in shelling of Kherson on Sunday.", "Military Forces of Russia"),
])
def test_unnamed_victims_only_act_author_is_named_only_when_the_report_names_one(candidate_pipeline, text, author):
    last = _events(candidate_pipeline, text)[-1]
    assert last.actor1 == author


@pytest.mark.parametrize(("sub", "found", "expected"), [
    ("Attack", None, "Unidentified Armed Group (Iraq)"),
    ("Remote explosive/landmine/IED", None, "Unidentified Armed Group (Iraq)"),
    ("Air/drone strike", None, None),  # aircraft are a named force's: left for the report to tell
    ("Arrests", None, None),
    ("Peaceful protest", None, None),  # no violence, no author owed
])
def test_author_of_victims_act_fills_an_unidentified_author_only_for_violence(actor_ontology, sub, found,
                                                                                expected):
    victims = actor_ontology.role_actor("Iraq", "civilians", PUBLISHED)
    author = author_of_victims_act(sub, victims, found, "A man was killed.", [], "Iraq", actor_ontology, PUBLISHED)
    assert (author.name if author else None) == expected


@pytest.mark.parametrize(("text", "author"), [
    # The group is named only as the one the operations target: no unidentified group is made up to
    # fight it; operations nobody is said to wage are a state's security operations (`operation_author`).
    ("Operations targeting ISWAP continued in Borno on Sunday.", "Military Forces of Nigeria"),
    ("Operations targeting al-Shabaab continued in Lower Shabelle on Sunday.", "Military Forces of Somalia"),
])
def test_unnamed_group_fought_is_not_fought_by_an_unidentified_group(candidate_pipeline, text, author):
    events = [e for e in _events(candidate_pipeline, text) if e.sub_event_type == "Armed clash"]
    assert events and all(e.actor1 == author for e in events)


@pytest.mark.parametrize(("before", "matches"), [
    ("In Diyala, operations left ", True),
    ("An operation in Tarmiyah left ", True),
    ("A security operation in the forest ", True),
    ("Military operations near Djibo ", True),
    ("Operations ", True),
    ("The operation ", False),  # one told before, whose author the report names
    ("their operations ", False),
    ("Operations against the Taliban ", False),  # the fought group follows; the act may be anyone's
    ("the group's base of operations ", False),
])
def test_unnamed_operation_matches_its_examples(before, matches):
    assert bool(UNNAMED_OPERATION.search(before)) is matches


@pytest.mark.parametrize(("after", "matches"), [
    (" in an operation in Balad on Monday.", True),
    (" during a military operation near Arbinda.", True),
    (" in security operations across the state.", True),
    (" in the operation.", False),  # one told before
    (" in an operation by the rebels.", False),  # its author named
    (" in operations against the group.", False),
    (" in clashes near the town.", False),
])
def test_unnamed_operation_after_matches_its_examples(after, matches):
    assert bool(OPERATION_AFTER.match(after)) is matches


@pytest.mark.parametrize(("text", "author"), [
    # An operation nobody is said to wage, against an armed group, is the state's.
    ("ISWAP fighters attacked Monguno. Several insurgents were killed in a security operation near Damboa on "
     "Monday.", "Military Forces of Nigeria"),
    ("JNIM fighters ambushed a convoy near Djibo. A military operation near Arbinda killed 30 terrorists on "
     "Monday.", "Military Forces of Burkina Faso"),
    ("ADF rebels killed 20 villagers in Beni. A joint operation killed five ADF fighters near Oicha on Friday.",
     "Military Forces of the Democratic Republic of Congo"),
    ("Al-Shabaab fighters stormed a village near Jowhar. An operation in Balad left 12 militants dead.",
     "Military Forces of Somalia"),
    # A state's force the report finds for it stays: the police of a cartel report.
    ("Cartel gunmen attacked police in Culiacan, Mexico. An operation in Navolato left three gunmen dead.",
     "Police Forces of Mexico"),
])
def test_unnamed_operation_is_the_states(candidate_pipeline, text, author):
    last = _events(candidate_pipeline, text)[-1]
    assert last.actor1 == author


@pytest.mark.parametrize(("found_name", "victims_role", "expected"), [
    ("Popular Mobilization Forces", "armed_group", "Iraqi Security Forces"),  # a militia is no state force
    ("Iraqi Security Forces", "armed_group", "Iraqi Security Forces"),
    ("Military Forces of the United States", "armed_group", "Military Forces of the United States"),
    (None, "civilians", None),  # operations that kill civilians are told by whom, or left open
])
def test_operation_author_gives_unattributed_operations_to_the_state(actor_ontology, found_name, victims_role,
                                                                     expected):
    found = actor_ontology.actor(found_name) if found_name else None
    victims = actor_ontology.role_actor("Iraq", victims_role, PUBLISHED)
    author = operation_author(found, victims, "An operation in Tarmiyah left ", " nine militants dead.", "Iraq",
                              actor_ontology, PUBLISHED)
    assert (author.name if author else None) == expected

@pytest.mark.parametrize(("text", "matches"), [
    ("returned fire", True), ("returning fire", True), ("returned gunfire", True),
    ("returned to", False), ("returned home", False), ("opened fire", False),
])
def test_unnamed_returned_fire_matches_a_return_of_fire_only(text, matches):
    assert (RETURNED_FIRE.fullmatch(text) is not None) is matches


@pytest.mark.parametrize(("text", "sides"), [
    # Someone fired first: shooters nobody names are the country's unidentified armed group, even
    # where the side that returned fire is named only as their target.
    ("The violence in Mogadishu began with sniper fire from a hotel targeting al-Shabaab supporters, "
     "who returned fire with assault rifles.", ("Unidentified Armed Group (Somalia)", "Al-Shabaab")),
    ("Witnesses said the violence in Kidal started with sniper fire from rooftops targeting army soldiers, "
     "who returned fire with machine guns.", ("Unidentified Armed Group (Mali)", "Military Forces of Mali")),
    # The side that fired first is named: it leads.
    ("Hamas fighters fired at Israeli soldiers in Rafah, who returned fire.", ("Hamas", "Military Forces of Israel")),
])
def test_unnamed_return_of_fire_answers_a_first_shooter(candidate_pipeline, text, sides):
    clashes = [e for e in _events(candidate_pipeline, text) if e.sub_event_type == "Armed clash"]
    assert [(e.actor1, e.actor2) for e in clashes] == [sides]


def _side(name: str, inter: ActorCategory) -> Actor:
    return Actor(name.lower(), name, inter, "Testland")


ARMY = _side("Military Forces of Testland", ActorCategory.STATE_FORCES)
REBELS = _side("Testland Liberation Front", ActorCategory.REBEL_GROUP)
VILLAGERS = _side("Civilians (Testland)", ActorCategory.CIVILIANS)


@pytest.mark.parametrize(("sub", "actor1", "actor2", "expected"), [
    # The people killed in a clash are its dead, never a side: the armed side's enemy fights it.
    ("Armed clash", REBELS, VILLAGERS, (REBELS, ARMY)),
    ("Armed clash", VILLAGERS, REBELS, (ARMY, REBELS)),
    ("Armed clash", ARMY, REBELS, (ARMY, REBELS)),
    ("Armed clash", VILLAGERS, None, (VILLAGERS, None)),  # no armed side to find an enemy of
    ("Attack", REBELS, VILLAGERS, (REBELS, VILLAGERS)),  # an attack on civilians has them as its target
])
def test_unnamed_armed_sides_never_make_civilians_a_side_of_a_clash(sub, actor1, actor2, expected):
    enemies = {ARMY.name: REBELS, REBELS.name: ARMY}
    assert armed_sides(sub, actor1, actor2, lambda side: enemies.get(side.name)) == expected


@pytest.mark.parametrize(("text", "sides"), [
    # Armed groups fought; the people killed are the fight's dead. The group the report names fights.
    ("At least 13 people were killed in overnight fighting between armed groups in Tripoli. "
     "The Radaa force said it had repelled the attackers.", {"Special Deterrence Force"}),
    ("At least 20 people were killed in fighting between armed groups in Khartoum on Monday.", set()),
])
def test_unnamed_clash_counting_dead_people_has_no_civilian_side(candidate_pipeline, text, sides):
    clashes = [e for e in _events(candidate_pipeline, text) if e.sub_event_type == "Armed clash"]
    assert clashes and all(not (e.actor2 or "").startswith("Civilians") for e in clashes)
    assert sides <= {e.actor1 for e in clashes} | {e.actor2 for e in clashes}


def _listed(text: str, surfaces: dict[str, Actor]) -> list[Mention]:
    found = [(text.find(s), s, a) for s, a in surfaces.items() if s in text]
    return [Mention(at, at + len(s), s, MentionKind.ACTOR, a) for at, s, a in sorted(found, key=lambda f: f[0])]


@pytest.mark.parametrize(("text", "expected"), [
    # Listed with the victims: dead too.
    ("An airstrike killed four TLF fighters and two Hill Militia fighters.", {"Hill Militia fighters"}),
    ("An airstrike killed four TLF fighters, two Hill Militia fighters and a soldier.",
     {"Hill Militia fighters", "soldier"}),
    # Not listed with them: the author, or a side named elsewhere in the sentence.
    ("The Hill Militia said an airstrike killed four TLF fighters.", set()),
    ("Hill Militia fighters' drones killed four TLF fighters near a soldier's post.", set()),
])
def test_unnamed_co_victims_are_the_sides_listed_with_the_victims(text, expected):
    militia = _side("Hill Militia", ActorCategory.IDENTITY_MILITIA)
    surfaces = {"TLF fighters": REBELS, "Hill Militia fighters": militia, "The Hill Militia": militia,
                "soldier": ARMY}
    mentions = _listed(text, surfaces)
    listed = co_victims(text, REBELS, mentions, 0, len(text))
    assert {text[m.start:m.end] for m in mentions if m.start in listed} - {"TLF fighters"} == expected


@pytest.mark.parametrize(("text", "author"), [
    # The second side counted among a strike's dead did not fire it: the report names no striker.
    ("An airstrike near Laukkaing killed four MNDAA fighters and two TNLA fighters, residents said.", None),
    # A battle's dead, listed together, are its two sides.
    ("Fighting near Afgoye on Monday killed two Somali soldiers and three al-Shabaab fighters.",
     "Military Forces of Somalia"),
])
def test_unnamed_strike_author_is_never_a_side_counted_among_its_dead(candidate_pipeline, text, author):
    events = _events(candidate_pipeline, text)
    assert events and all(e.actor1 == author or e.actor2 == author for e in events)
