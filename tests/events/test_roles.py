import pytest

from sitrep.events.roles import (
    AGENT_BY,
    BACKED_BY,
    COUNT_BEFORE,
    DEMONYM_AND,
    LIST_JOIN,
    MODIFIER_BEFORE,
    OPENING_PHRASE_END,
    PASSIVE_AFTER,
    PASSIVE_BEFORE,
    PASSIVE_TRIGGER,
    RESULT_BEFORE,
    SAID_AFTER,
    SELF_REPORT,
    SOURCE_BEFORE,
    SPEAKER_ASIDE,
    SUPPORT_FOR,
    SUPPORTED_WITH,
    VICTIM_LIST_JOIN,
    VICTIM_PASSIVE,
    WITH_SIDE,
    assign_sides,
    salient_opponent,
)
from sitrep.model import Actor, ActorCategory, Mention, MentionKind

ARMY = Actor("army", "Military Forces of Testland", ActorCategory.STATE_FORCES, "Testland")
REBELS = Actor("rebels", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Testland")
MILITIA = Actor("militia", "Hill Militia", ActorCategory.IDENTITY_MILITIA, "Testland",
                allies=("Military Forces of Testland",))
CIVILIANS = Actor("civ", "Civilians (Testland)", ActorCategory.CIVILIANS, "Testland")

NAMES = {"the army": ARMY, "the TLF": REBELS, "TLF fighters": REBELS, "the Hill Militia": MILITIA,
         "villagers": CIVILIANS}


def _sides(sentence: str, trigger: str):
    mentions = []
    for surface, actor in NAMES.items():
        start = sentence.lower().find(surface.lower())
        if start >= 0:
            mentions.append(Mention(start, start + len(surface), surface, MentionKind.ACTOR, actor))
    mentions.sort(key=lambda m: m.start)
    t = sentence.index(trigger)
    return assign_sides(sentence, 0, t, t + len(trigger), mentions)


@pytest.mark.parametrize("sentence, trigger, actor1, actor2", [
    ("On Monday the army attacked the TLF near the river.", "attacked", ARMY, REBELS),
    ("A post of the army was attacked by the TLF overnight.", "attacked", REBELS, ARMY),
    ("Heavy clashes broke out between the TLF and the army.", "clashes", REBELS, ARMY),
    ("Three villagers were killed when the army shelled the hamlet.", "were killed", ARMY, CIVILIANS),
    ("The TLF stormed the village and killed villagers.", "stormed", REBELS, CIVILIANS),
    # A passive subject before a later trigger suffered it.
    ("Two TLF fighters were killed in an airstrike near the river.", "airstrike", None, REBELS),
    ("Soldiers of the army were ambushed as the TLF attacked the convoy.", "attacked", REBELS, ARMY),
    ("Two villagers were abducted by four TLF fighters on Monday.", "were abducted", REBELS, CIVILIANS),
    # A bare participle of a headline or a reduced clause is passive; a counted subject is no side.
    ("Two villagers killed as the TLF attacked the market", "killed", REBELS, CIVILIANS),
    ("At least 40 arrested as the army stormed the market", "arrested", ARMY, None),
    # "came under fire": its subject suffered it, from the side named after it.
    ("A patrol of the army came under fire from TLF fighters near the river.", "came under fire", REBELS, ARMY),
    ("Villagers came under heavy fire on Monday.", "came under heavy fire", None, CIVILIANS),
    ("The army came under a deadly ambush by a number of TLF fighters.", "ambush", REBELS, ARMY),
    # The place a strike was launched from is its author's (`country_sides.LAUNCHED_FROM`), not its target.
    ("A missile attack launched from the TLF zone hit villagers near the river.", "missile attack", REBELS, CIVILIANS),
    # "returned fire": its subject was fired on first, by the side named after it or by someone unnamed.
    ("Soldiers of the army returned fire after an ambush by TLF fighters.", "returned fire", REBELS, ARMY),
    ("Snipers fired from rooftops at the TLF fighters, who returned fire.", "returned fire", None, REBELS),
    # The dead suffered the act: "died", "left ... dead" (`deaths`), unless they died fighting a side.
    ("About ten TLF fighters died in the battle and the rest fled.", "died", None, REBELS),
    ("In the north, operations left four TLF fighters dead.", "dead", None, REBELS),
    ("Two TLF fighters died when the army shelled their camp.", "shelled", ARMY, REBELS),
    ("The army attacked the camp and two TLF fighters died.", "attacked", ARMY, REBELS),
    ("Two soldiers of the army died in clashes with the TLF.", "clashes", ARMY, REBELS),
])
def test_roles_sides_from_word_order_and_voice(sentence, trigger, actor1, actor2):
    sides = _sides(sentence, trigger)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)


@pytest.mark.parametrize("sentence, trigger, reciprocal, spans, actor1, actor2", [
    ("An attack by the TLF on the army post killed four.", "attack", False,
     {"the TLF": REBELS, "the army": ARMY}, REBELS, ARMY),
    ("Fighting with the TLF went on all night.", "Fighting", True, {"the TLF": REBELS}, REBELS, None),
    ("An encounter with the TLF left two dead.", "encounter", False, {"the TLF": REBELS}, REBELS, None),
    ("The death toll kept rising, with casualties from weeks of indiscriminate attacks by the TLF on villagers.",
     "death toll", False, {"the TLF": REBELS, "villagers": CIVILIANS}, REBELS, CIVILIANS),
    ("A blast at the funeral of a TLF commander killed eleven.", "blast", False, {"a TLF": REBELS}, None, REBELS),
    ("Two bomb attacks targeted the army in the north.", "bomb attacks", False, {"the army": ARMY}, None, ARMY),
])
def test_roles_an_actor_after_an_opening_trigger_acts_only_when_named_as_the_agent(sentence, trigger, reciprocal,
                                                                                    spans, actor1, actor2):
    sides = _sides_of(sentence, trigger, spans, reciprocal)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)


@pytest.mark.parametrize("sentence, trigger", [
    ("Foreign jets provided the army with close air support near the river.", "close air support"),
    ("Foreign jets bombed positions in support of the army.", "bombed"),
    ("Foreign jets carried out airstrikes, giving cover to the army.", "airstrikes"),
])
def test_roles_a_side_given_support_is_an_ally_not_the_target(sentence, trigger):
    sides = _sides_of(sentence, trigger, {"Foreign jets": FOREIGN, "the army": ARMY})
    assert (sides.actor1, sides.actor2, sides.assoc1) == (FOREIGN, None, (ARMY,))


@pytest.mark.parametrize("sentence, trigger, actor1, actor2", [
    # An opening phrase ending in a comma names a side that is not the subject.
    ("With the army massed in the west, the TLF ambushed a convoy near the river.", "ambushed", REBELS, ARMY),
    ("The TLF withdrew to the hills, the army practically conquered the town.", "conquered", ARMY, REBELS),
    ("After the TLF fled the post, the army retook the town.", "retook", ARMY, REBELS),
    # A relative clause, a list or an apposition leaves the first side the subject.
    ("The TLF, which is fighting the army, attacked a convoy.", "attacked", REBELS, ARMY),
    ("The army, the Hill Militia and others attacked the TLF.", "attacked", ARMY, REBELS),
])
def test_roles_a_side_in_an_opening_phrase_is_not_the_subject(sentence, trigger, actor1, actor2):
    sides = _sides(sentence, trigger)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)


def test_roles_allies_joined_to_the_first_side():
    sides = _sides("the army and the Hill Militia attacked the TLF.", "attacked")
    assert sides.actor1 == ARMY and sides.actor2 == REBELS
    assert sides.assoc1 == (MILITIA,)


def test_roles_civilians_are_never_the_author_of_violence():
    sides = _sides("villagers fled as the army fired on the market.", "fired on")
    assert sides.actor1 == ARMY and sides.actor2 == CIVILIANS


def test_roles_no_actor_no_sides():
    assert _sides("Fighting was reported.", "Fighting").actor1 is None


def test_roles_salient_opponent_skips_allies_and_civilians(actor_mentions):
    text = "the TLF ... the army ... the army ... villagers ... the Hill Militia ... the Hill Militia ..."
    mentions = actor_mentions(text, NAMES)
    assert salient_opponent(mentions, ARMY, near=len(text)) == REBELS
    assert salient_opponent(mentions, REBELS, near=len(text)).name in {ARMY.name, MILITIA.name}
    assert salient_opponent([], ARMY, near=10) is None


def test_roles_salient_opponent_prefers_the_enemy_named_near_the_event():
    """Two enemies mentioned as often: the one named close to the event's sentence is its side."""
    other = Actor("other", "Other Front", ActorCategory.REBEL_GROUP, "Testland")
    text = "the TLF " + "x" * 3000 + " the Other Front ... the event sentence"
    at = text.find("the Other")
    mentions = [Mention(0, 7, "the TLF", MentionKind.ACTOR, REBELS),
                Mention(at, at + 15, "the Other Front", MentionKind.ACTOR, other)]
    assert salient_opponent(mentions, ARMY, near=len(text)) == other
    assert salient_opponent(mentions, ARMY, near=8) == REBELS


POLICE = Actor("police", "Police Forces of Testland", ActorCategory.STATE_FORCES, "Testland")
FOREIGN = Actor("foreign", "Military Forces of Farland", ActorCategory.EXTERNAL_OTHER, "Farland")
MONITOR = Actor("monitor", "Testland Monitor", ActorCategory.EXTERNAL_OTHER, "Testland")


def _sides_of(sentence: str, trigger: str, spans: dict[str, Actor], reciprocal: bool = False):
    """assign_sides over mentions placed by hand: each surface (first occurrence) is its actor."""
    mentions = []
    for surface, actor in spans.items():
        start = sentence.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, MentionKind.ACTOR, actor))
    mentions.sort(key=lambda m: m.start)
    t = sentence.index(trigger)
    return assign_sides(sentence, 0, t, t + len(trigger), mentions, reciprocal=reciprocal)


@pytest.mark.parametrize("sentence, trigger, spans, actor1, actor2", [
    # A trailing attribution, a speaker's organisation, "according to", "X reported that".
    ("The TLF attacked a convoy near the river, the army said.", "attacked",
     {"The TLF": REBELS, "the army": ARMY}, REBELS, None),
    ("Jets bombed the hamlet, a member of the Hill Militia said.", "bombed",
     {"the Hill Militia": MILITIA}, None, None),
    ("The TLF ambushed soldiers, according to the Testland Monitor.", "ambushed",
     {"The TLF": REBELS, "soldiers": ARMY, "the Testland Monitor": MONITOR}, REBELS, ARMY),
    ("The police reported that the TLF attacked a market.", "attacked",
     {"The police": POLICE, "the TLF": REBELS}, REBELS, None),
    ("The police initially suspected the TLF were to blame for the killing of villagers.", "killing",
     {"The police": POLICE, "the TLF": REBELS, "villagers": CIVILIANS}, REBELS, CIVILIANS),
    # A speaker set apart by a place and an aside about the speaking.
    ("A police officer in Lamu, speaking on condition of anonymity, said the TLF ambushed the patrol.",
     "ambushed", {"police officer": POLICE, "the TLF": REBELS}, REBELS, None),
    ("A spokesman of the TLF, who asked not to be named, said the army shelled the hamlet.", "shelled",
     {"the TLF": REBELS, "the army": ARMY}, ARMY, None),
    # A speaker with its short name in brackets, under either name.
    ("A statement from the Testland Army Press Office (TAPO) said TLF fighters tried to attack a post of "
     "the army.", "attack", {"the Testland Army Press Office": ARMY, "TAPO": ARMY, "TLF fighters": REBELS,
                             "the army": ARMY}, REBELS, ARMY),
])
def test_roles_sources_are_not_sides(sentence, trigger, spans, actor1, actor2):
    sides = _sides_of(sentence, trigger, spans)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)


@pytest.mark.parametrize("sentence, trigger, spans, actor1, actor2", [
    # An actor in an apposition that describes the side before it is no side.
    ("The army, a Farland ally, shelled the TLF camp.", "shelled",
     {"The army": ARMY, "Farland": FOREIGN, "the TLF": REBELS}, ARMY, REBELS),
    ("The TLF, Farland's affiliate in the hills, attacked the army post.", "attacked",
     {"The TLF": REBELS, "Farland": FOREIGN, "the army": ARMY}, REBELS, ARMY),
    ("The TLF, a member of the Hill Militia alliance, attacked the army.", "attacked",
     {"The TLF": REBELS, "the Hill Militia": MILITIA, "the army": ARMY}, REBELS, ARMY),
    # A list is no apposition: the police are the army's ally.
    ("The army, the police and the Hill Militia attacked the TLF.", "attacked",
     {"The army": ARMY, "the police": POLICE, "the Hill Militia": MILITIA, "the TLF": REBELS}, ARMY, REBELS),
])
def test_roles_an_apposition_describing_a_side_names_no_side(sentence, trigger, spans, actor1, actor2):
    sides = _sides_of(sentence, trigger, spans)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)
    assert FOREIGN not in sides.assoc1


@pytest.mark.parametrize("sentence, trigger, spans, actor1, actor2", [
    ("The army said it attacked the TLF overnight.", "attacked", {"The army": ARMY, "the TLF": REBELS},
     ARMY, REBELS),
    # A trailing attribution that goes on with the speaker's own act.
    ("The firefight ended at dawn, police said, claiming they arrested five TLF fighters.", "arrested",
     {"TLF fighters": REBELS, "police": POLICE}, POLICE, REBELS),
    # Security forces announcing an arrest made it.
    ("The police reported on Monday the arrest of two TLF fighters.", "arrest",
     {"The police": POLICE, "TLF fighters": REBELS}, POLICE, REBELS),
])
def test_roles_a_speaker_reporting_its_own_act_is_a_side(sentence, trigger, spans, actor1, actor2):
    sides = _sides_of(sentence, trigger, spans)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)


@pytest.mark.parametrize("sentence, trigger, spans, actor1, actor2, assoc1", [
    # The weapon's owner acts; victims named before are its target, the armed one first.
    ("Two villagers were killed in a Farland airstrike on Monday.", "airstrike",
     {"villagers": CIVILIANS, "Farland airstrike": FOREIGN}, FOREIGN, CIVILIANS, ()),
    ("A policeman and two villagers died after a TLF bomber blew himself up.", "bomber",
     {"policeman": POLICE, "villagers": CIVILIANS, "TLF bomber": REBELS}, REBELS, POLICE, ()),
    ("Farland and Testland jets struck TLF positions.", "jets",
     {"Farland": FOREIGN, "Testland jets": ARMY, "TLF": REBELS}, FOREIGN, REBELS, (ARMY,)),
    # The weapon word alone is a mention of its owner ("Warplanes of the coalition"), who acts.
    ("Warplanes of the Farland army struck TLF fighters in the hills.", "Warplanes",
     {"Warplanes": FOREIGN, "the Farland army": FOREIGN, "TLF fighters": REBELS}, FOREIGN, REBELS, ()),
    # A weapon word "of" a side names its owner; an act noun's "of" names its target.
    ("Jets of the Farland army struck TLF fighters in the hills.", "Jets",
     {"the Farland army": FOREIGN, "TLF fighters": REBELS}, FOREIGN, REBELS, ()),
])
def test_roles_the_owner_of_the_weapon_acts(sentence, trigger, spans, actor1, actor2, assoc1):
    sides = _sides_of(sentence, trigger, spans)
    assert (sides.actor1, sides.actor2, sides.assoc1) == (actor1, actor2, assoc1)


def test_roles_a_trigger_opening_a_mention_does_not_make_it_the_owner():
    """"riot police" is the police, not a riot they carry out."""
    sides = _sides_of("Riot police dispersed the crowd.", "Riot", {"Riot police": POLICE})
    assert sides.actor1 is None or sides.actor1 == POLICE
    assert sides.assoc1 == ()


def test_roles_an_ally_backed_by_the_side_is_not_its_target():
    sides = _sides_of("They were killed in a clash with the army's 5th Battalion, backed by the police.",
                      "clash", {"the army": ARMY, "the police": POLICE})
    assert sides.actor1 == ARMY and sides.actor2 is None
    assert sides.assoc1 == (POLICE,)


@pytest.mark.parametrize("reciprocal, actor2, assoc1", [(True, REBELS, ()), (False, None, (REBELS,))])
def test_roles_two_sides_named_before_a_mutual_act_fight_each_other(reciprocal, actor2, assoc1):
    sides = _sides_of("The army and the TLF clashed near the river.", "clashed",
                      {"The army": ARMY, "the TLF": REBELS}, reciprocal=reciprocal)
    assert (sides.actor1, sides.actor2, sides.assoc1) == (ARMY, actor2, assoc1)


def test_roles_agentless_passive_never_makes_the_victims_freed_the_agent():
    sides = _sides_of("Ten gunmen were detained and the villagers freed, according to a report.", "were detained",
                      {"gunmen": REBELS, "villagers": CIVILIANS})
    assert (sides.actor1, sides.actor2) == (None, REBELS)


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (SAID_AFTER, " said on Monday", True), (SAID_AFTER, "'s spokesman told reporters", True),
    (SAID_AFTER, " is said to be", False), (SAID_AFTER, " attacked", False),
    (SAID_AFTER, " initially suspected", True), (SAID_AFTER, " accused Kyiv of", True),
    (SAID_AFTER, " suspected of spying", False), (SAID_AFTER, " and suspected members", False),
    (SAID_AFTER, " and Lebanese officials said", True), (SAID_AFTER, " and French sources reported", True),
    (SAID_AFTER, " and Lebanese troops attacked", False),
    (SAID_AFTER, " (ISPR) said", True), (SAID_AFTER, ") said", True), (SAID_AFTER, " (ISPR) attacked", False),
    (SOURCE_BEFORE, "according to national police ", True), (SOURCE_BEFORE, "clashed with ", False),
    (SOURCE_BEFORE, "According to Jean Dupont, a police ", True), (SOURCE_BEFORE, "told Ali Hassan, an army ", True),
    (SOURCE_BEFORE, "according to witnesses, police ", False),
    (SOURCE_BEFORE, "According to Sham Network, the opposition ", False),
    (SELF_REPORT, " it had killed", True), (SELF_REPORT, " on Monday that its forces", True),
    (SELF_REPORT, " that a worker", False), (SELF_REPORT, ", claiming they arrested", True),
    (SELF_REPORT, ", this Wednesday (10), about the detention of", True), (SELF_REPORT, " the arrest of", True),
    (SELF_REPORT, " that the arrested men", False), (SELF_REPORT, " the attack on", False),
    (BACKED_BY, ", backed by the local ", True), (BACKED_BY, " Battalion, supported by ", True),
    (BACKED_BY, "'s 5th Battalion, backed by the ", True), (BACKED_BY, " attacked ", False),
    (DEMONYM_AND, " and ", True), (DEMONYM_AND, ", ", True), (DEMONYM_AND, " fighters and ", False),
    (VICTIM_PASSIVE, " were killed in an ", True), (VICTIM_PASSIVE, " were reportedly injured after a ", True),
    (PASSIVE_AFTER, " as the army", True), (PASSIVE_AFTER, " reportedly by", True), (PASSIVE_AFTER, " the TLF", False),
    (PASSIVE_AFTER, " at least 100 soldiers", False), (PASSIVE_AFTER, " at the market", True),
    (COUNT_BEFORE, "At least 170 ", True), (COUNT_BEFORE, "Dozens ", True), (COUNT_BEFORE, "the army ", False),
    (VICTIM_PASSIVE, " launched an ", False), (VICTIM_PASSIVE, " were deployed after the ", False),
    (AGENT_BY, " by four ", True), (AGENT_BY, " by a group of suspected ", True), (AGENT_BY, " by ", True),
    (AGENT_BY, " near the border after four ", False),
    (SUPPORTED_WITH, " with close air support", True), (SUPPORTED_WITH, " with support", True),
    (SUPPORTED_WITH, " with rockets", False),
    (SUPPORT_FOR, "cover to the ", True), (SUPPORT_FOR, "support for ", True),
    (SUPPORT_FOR, "in support of the ", True),
    (SUPPORT_FOR, "attacks on the ", False),
    (WITH_SIDE, " with the ", True), (WITH_SIDE, " with ", True), (WITH_SIDE, " with grenades on ", False),
    (OPENING_PHRASE_END, " massed in the west, the ", True), (OPENING_PHRASE_END, " withdrew to the hills, ", True),
    (OPENING_PHRASE_END, ", which is fighting ", False), (OPENING_PHRASE_END, ", ", False),
    (OPENING_PHRASE_END, " fought. Then ", False),
    (MODIFIER_BEFORE, "a worker suspected of guiding ", True),
    (MODIFIER_BEFORE, "a man accused of spying for the ", True),
    (MODIFIER_BEFORE, "two men charged with aiding ", True),
    (MODIFIER_BEFORE, "an ambush suspected of being carried out by ", False),
    (MODIFIER_BEFORE, "a man accused of theft, said ", False), (MODIFIER_BEFORE, "a suspected ", False),
    (RESULT_BEFORE, "attacked the post, ", True), (RESULT_BEFORE, "attacked the post and ", False),
    (LIST_JOIN, " and ", True), (LIST_JOIN, ", and the ", True), (LIST_JOIN, " as well as ", True),
    (LIST_JOIN, " in the town where ", False),
    (PASSIVE_TRIGGER, "returned fire", True), (PASSIVE_TRIGGER, "returning fire", True),
    (PASSIVE_TRIGGER, "came under fire", True), (PASSIVE_TRIGGER, "returned to", False),
    (PASSIVE_TRIGGER, "returned home", False), (PASSIVE_TRIGGER, "opened fire", False),
    (PASSIVE_BEFORE, "troops were ", True), (PASSIVE_BEFORE, "troops came under a deadly ", True),
    (PASSIVE_BEFORE, "troops came to the ", False), (PASSIVE_BEFORE, "troops launched a ", False),
    (AGENT_BY, " by a number of armed ", True), (AGENT_BY, " by a handful of ", True),
    (AGENT_BY, " launched from ", True), (AGENT_BY, " were fired from the ", True),
    (AGENT_BY, " fired at ", False), (AGENT_BY, " fled from ", False),
    (SPEAKER_ASIDE, " officer in Lamu, speaking on condition of anonymity,", True),
    (SPEAKER_ASIDE, " spokesman, speaking to reporters,", True),
    (SPEAKER_ASIDE, " official, who asked not to be named,", True),
    (SPEAKER_ASIDE, ", which is fighting the army,", False), (SPEAKER_ASIDE, " attacked the post,", False),
])
def test_roles_regexes_match_their_examples(pattern, text, matches):
    found = pattern.fullmatch(text) if pattern in (DEMONYM_AND, LIST_JOIN) else (
        pattern.search(text) if pattern in (SOURCE_BEFORE, COUNT_BEFORE, OPENING_PHRASE_END, MODIFIER_BEFORE,
                                            RESULT_BEFORE, PASSIVE_BEFORE)
        else pattern.match(text))
    assert (found is not None) is matches


def test_roles_a_government_is_never_the_opponent_of_its_own_forces():
    government = Actor("gov", "Government of Testland", ActorCategory.STATE_FORCES, "Testland")
    text = "the Government ... the army ... the Government"
    mentions = [Mention(0, 14, "the Government", MentionKind.ACTOR, government),
                Mention(19, 27, "the army", MentionKind.ACTOR, ARMY),
                Mention(32, 46, "the Government", MentionKind.ACTOR, government)]
    assert salient_opponent(mentions, ARMY, near=len(text)) is None


def test_roles_an_actor_named_is_is_no_passive_auxiliary():
    """"an IS assault on the army": the acronym is the author, not the auxiliary of a passive."""
    islamic_state = Actor("is", "Islamic State", ActorCategory.REBEL_GROUP, None)
    sides = _sides_of("Officials said an IS assault on the army failed.", "assault",
                      {"IS": islamic_state, "the army": ARMY})
    assert (sides.actor1, sides.actor2) == (islamic_state, ARMY)
    # A real auxiliary still makes the trigger passive: "the army is attacked by the TLF".
    sides = _sides_of("Each week the army is attacked by the TLF.", "attacked", {"the army": ARMY, "the TLF": REBELS})
    assert (sides.actor1, sides.actor2) == (REBELS, ARMY)


@pytest.mark.parametrize(("text", "matches"), [
    (" and two ", True), (", including ", True), (" as well as at least ", True), (", ", True),
    (" in the town where ", False), (" after ", False),
])
def test_roles_victim_list_join_matches_its_examples(text, matches):
    assert (VICTIM_LIST_JOIN.fullmatch(text) is not None) is matches


def _mentions_of(sentence: str, surfaces: dict[str, Actor]) -> list[Mention]:
    found = [Mention(sentence.index(s), sentence.index(s) + len(s), s, MentionKind.ACTOR, a)
             for s, a in surfaces.items()]
    return sorted(found, key=lambda m: m.start)


@pytest.mark.parametrize(("sentence", "actor2", "assoc2"), [
    # Civilians listed with an armed side hit by the same act: the armed side is the target.
    ("The TLF shelled the market, killing three villagers and two soldiers.", ARMY, (CIVILIANS,)),
    ("The TLF shelled the market, killing several people, including reporters and soldiers.", ARMY,
     (CIVILIANS,)),
    # No list: the soldiers stand elsewhere in the sentence.
    ("The TLF shelled the market, killing three villagers, after soldiers left.", CIVILIANS, ()),
])
def test_roles_an_armed_side_listed_with_civilian_victims_is_the_target(sentence, actor2, assoc2):
    surfaces = {"The TLF": REBELS, "soldiers": ARMY}
    surfaces.update({w: CIVILIANS for w in ("villagers", "people", "reporters") if w in sentence})
    mentions = _mentions_of(sentence, surfaces)
    trigger = sentence.index("shelled")
    sides = assign_sides(sentence, 0, trigger, trigger + len("shelled"), mentions)
    assert (sides.actor1, sides.actor2, sides.assoc2) == (REBELS, actor2, assoc2)


GOVERNMENT = Actor("gov", "Government of Testland", ActorCategory.STATE_FORCES, "Testland")


@pytest.mark.parametrize("sentence, trigger, spans, reciprocal, actor1, actor2, assoc1", [
    # Two allied authors of one act: the second joins the first; the enemy is left unnamed.
    ("Renewed attacks by the army and the Hill Militia hit the hamlet.", "attacks",
     {"the army": ARMY, "the Hill Militia": MILITIA}, False, ARMY, None, (MILITIA,)),
    ("Fighters of the army and the Hill Militia took aim amid clashes.", "clashes",
     {"the army": ARMY, "the Hill Militia": MILITIA}, True, ARMY, None, (MILITIA,)),
    # A government is not the target of its own police, nor their ally in the act.
    ("Police fired on crowds chanting against the Government.", "fired on",
     {"Police": POLICE, "the Government": GOVERNMENT}, False, POLICE, None, ()),
    # One side named twice is not its own ally.
    ("The army shelled the hamlet held by the army.", "shelled", {"The army": ARMY, "the army": ARMY}, False,
     ARMY, None, ()),
    # Sides that are no allies stay two sides.
    ("The army and the TLF clashed near the river.", "clashed",
     {"The army": ARMY, "the TLF": REBELS}, True, ARMY, REBELS, ()),
    ("Renewed attacks by the army on the TLF hit the hamlet.", "attacks",
     {"the army": ARMY, "the TLF": REBELS}, False, ARMY, REBELS, ()),
])
def test_roles_allies_are_never_each_others_target(sentence, trigger, spans, reciprocal, actor1, actor2, assoc1):
    sides = _sides_of(sentence, trigger, spans, reciprocal=reciprocal)
    assert (sides.actor1, sides.actor2, sides.assoc1) == (actor1, actor2, assoc1)


@pytest.mark.parametrize("sentence, trigger, spans, actor1, actor2", [
    # A side named in what a person is suspected or accused of is no side of the act told of them.
    ("A farmer suspected of guiding TLF fighters to army posts was detained by the army.", "detained",
     {"TLF fighters": REBELS, "the army": ARMY}, ARMY, None),
    ("A worker suspected of spying for the TLF has been detained in the capital.", "detained",
     {"the TLF": REBELS}, None, None),
    ("The army arrested two villagers accused of aiding the TLF.", "arrested",
     {"The army": ARMY, "villagers": CIVILIANS, "the TLF": REBELS}, ARMY, CIVILIANS),
    # An agent after "suspected of being carried out by" is the author.
    ("Five soldiers were killed in an ambush suspected of being carried out by the TLF.", "were killed",
     {"soldiers": ARMY, "the TLF": REBELS}, REBELS, ARMY),
])
def test_roles_a_side_named_in_a_suspicion_is_no_side_of_the_act(sentence, trigger, spans, actor1, actor2):
    sides = _sides_of(sentence, trigger, spans)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)


@pytest.mark.parametrize("sentence, trigger, actor2", [
    # A result clause that counts armed dead: the side the act was aimed at is the target.
    ("The TLF attacked a post manned by the army, killing two Hill Militia fighters.", "killing", ARMY),
    # Civilians it counts stay the target; without the comma the second verb tells its own act.
    ("The TLF attacked a post manned by the army, killing three villagers.", "killing", CIVILIANS),
    ("The TLF attacked a post manned by the army and killed two Hill Militia fighters.", "killed", MILITIA),
])
def test_roles_a_result_clause_counting_armed_dead_keeps_the_side_aimed_at(sentence, trigger, actor2):
    spans = {"The TLF": REBELS, "the army": ARMY, "Hill Militia fighters": MILITIA, "villagers": CIVILIANS}
    sides = _sides_of(sentence, trigger, {k: v for k, v in spans.items() if k in sentence})
    assert (sides.actor1, sides.actor2) == (REBELS, actor2)


@pytest.mark.parametrize("sentence, actor2, assoc2", [
    # Sides listed before the trigger: the first named is the target, the rest its allies.
    ("The TLF inflicted losses on the army and the Hill Militia in fighting near the river.", ARMY, (MILITIA,)),
    ("The TLF inflicted losses on the Hill Militia and the army in fighting near the river.", MILITIA, (ARMY,)),
    # Not a list: the side named last before the trigger.
    ("The TLF, after the army left, inflicted losses on the Hill Militia in fighting.", MILITIA, ()),
])
def test_roles_a_list_of_targets_before_the_trigger_is_led_by_its_first(sentence, actor2, assoc2):
    spans = {"The TLF": REBELS, "the army": ARMY, "the Hill Militia": MILITIA}
    sides = _sides_of(sentence, "fighting", spans)
    assert (sides.actor1, sides.actor2, sides.assoc2) == (REBELS, actor2, assoc2)


@pytest.mark.parametrize("sentence, trigger, spans, actor1, actor2, assoc2", [
    # Forces of one state listed as the dead are one side: the first named, the others its associates.
    ("Soldiers and policemen were killed in an attack near the river.", "were killed",
     {"Soldiers": ARMY, "policemen": POLICE}, None, ARMY, (POLICE,)),
    # The dead of one state with nobody named acting: one side, no author among them.
    ("Two policemen and a soldier died in a blast near the river.", "blast",
     {"policemen": POLICE, "soldier": ARMY}, None, ARMY, ()),
    # The armed side among the dead is the target, the civilians dead with it are not.
    ("Three soldiers and two villagers died when the TLF shelled the hamlet.", "shelled",
     {"soldiers": ARMY, "villagers": CIVILIANS, "the TLF": REBELS}, REBELS, ARMY, ()),
])
def test_roles_forces_of_one_state_listed_as_the_dead_are_one_side(sentence, trigger, spans, actor1, actor2,
                                                                   assoc2):
    sides = _sides_of(sentence, trigger, spans)
    assert (sides.actor1, sides.actor2, sides.assoc2) == (actor1, actor2, assoc2)


@pytest.mark.parametrize("sentence, trigger, spans, actor1, actor2, assoc1", [
    # A state's army and police acting together are one side, never each other's target.
    ("The army and police raided a TLF camp near the river.", "raided",
     {"The army": ARMY, "police": POLICE, "TLF": REBELS}, ARMY, REBELS, (POLICE,)),
    ("Police backed by the army stormed the hamlet.", "stormed",
     {"Police": POLICE, "the army": ARMY}, POLICE, None, (ARMY,)),
])
def test_roles_forces_of_one_state_acting_together_are_allies(sentence, trigger, spans, actor1, actor2, assoc1):
    sides = _sides_of(sentence, trigger, spans)
    assert (sides.actor1, sides.actor2, sides.assoc1) == (actor1, actor2, assoc1)


@pytest.mark.parametrize("sentence, trigger, spans, actor1, actor2", [
    # An auxiliary before an -ing trigger makes it progressive: the subject acts.
    ("The army is fighting the TLF near the river.", "fighting", {"The army": ARMY, "the TLF": REBELS}, ARMY, REBELS),
    ("TLF fighters were attacking army posts near the river.", "attacking",
     {"TLF fighters": REBELS, "army": ARMY}, REBELS, ARMY),
    # "came under" before one still makes the subject suffer it; a participle after "were" too.
    ("The army came under heavy shelling by the TLF.", "shelling", {"The army": ARMY, "the TLF": REBELS},
     REBELS, ARMY),
    ("The army was attacked by the TLF near the river.", "attacked", {"The army": ARMY, "the TLF": REBELS},
     REBELS, ARMY),
])
def test_roles_an_auxiliary_before_an_ing_trigger_is_progressive(sentence, trigger, spans, actor1, actor2):
    sides = _sides_of(sentence, trigger, spans)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)
