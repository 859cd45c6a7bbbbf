"""The learned opponent ranker: its candidates and features, the shipped weights, and training."""
import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.errors import KnowledgeError
from sitrep.events.opponents import (
    AIR_AFTER,
    BOMBED_AFTER,
    OpponentModel,
    OpponentQuery,
    candidates,
    load_opponent_model,
    opponent_features,
)
from sitrep.model import Actor, ActorCategory, Document, Mention, MentionKind

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
ARMY = Actor("army", "Military Forces of Testland", ActorCategory.STATE_FORCES, "Testland")
REBELS = Actor("tlf", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Testland")
MILITIA = Actor("militia", "Hill Militia", ActorCategory.IDENTITY_MILITIA, "Testland",
                allies=("Military Forces of Testland",))
CIVILIANS = Actor("civ", "Civilians (Testland)", ActorCategory.CIVILIANS, "Testland")
MONITOR = Actor("monitor", "Testland Monitor", ActorCategory.EXTERNAL_OTHER, "Testland")

TEXT = ("The TLF attacked the army near the river. Villagers fled. The TLF fought the army again, "
        "the Testland Monitor said. The Hill Militia joined the army. On Monday the army shelled a camp.")
SURFACES = {"The TLF": REBELS, "the army": ARMY, "Villagers": CIVILIANS, "the Testland Monitor": MONITOR,
            "The Hill Militia": MILITIA}


def _query(actor: Actor = ARMY) -> OpponentQuery:
    mentions = []
    for surface, value in SURFACES.items():
        start = TEXT.find(surface)
        while start >= 0:
            mentions.append(Mention(start, start + len(surface), surface, MentionKind.ACTOR, value, label="name"))
            start = TEXT.find(surface, start + 1)
    mentions.sort(key=lambda m: m.start)
    event = TEXT.index("On Monday")
    sentences, start = [], 0
    for end in [i + 1 for i, ch in enumerate(TEXT) if ch == "."]:
        sentences.append((start, end))
        start = end + 1
    return OpponentQuery(TEXT, actor, event, len(TEXT), tuple(mentions), tuple(sentences))


def test_opponents_candidates_are_armed_and_unrelated():
    assert set(candidates(_query())) == {REBELS.name, MONITOR.name}


def test_opponents_features_describe_salience_sources_and_the_category():
    query = _query()
    found = candidates(query)
    total = sum(len(ms) for ms in found.values())
    rebels = opponent_features(query, found[REBELS.name], total)
    monitor = opponent_features(query, found[MONITOR.name], total)
    assert rebels["log_mentions"] > monitor["log_mentions"] and rebels["mention_share"] == 2 / 3
    assert rebels["shares_sentences"] > 0 and monitor["shares_sentences"] > 0
    assert monitor["source_share"] == 1.0 and rebels["source_share"] == 0.0
    assert rebels["inter=2"] == 1.0 and monitor["inter=8"] == 1.0
    assert not any(name.startswith("pair=") for name in (*rebels, *monitor))


def test_opponents_choose_takes_the_best_scoring_candidate():
    assert OpponentModel({"source_share": -5.0, "log_mentions": 1.0}).choose(_query()) == REBELS
    assert OpponentModel({"source_share": 5.0}).choose(_query()) == MONITOR
    lone = OpponentQuery("The army moved.", ARMY, 0, 15, (), ((0, 15),))
    assert OpponentModel({}).choose(lone) is None


def test_opponents_shipped_model_prefers_the_enemy_the_report_keeps_naming():
    other = Actor("other", "Other Front", ActorCategory.REBEL_GROUP, "Testland")
    text = ("Other Front once held the hills. " + "x " * 400 + "The TLF attacked the army. "
            "The TLF ambushed the army again. On Monday the army shelled a camp.")
    mentions = []
    for surface, value in (("Other Front", other), ("The TLF", REBELS), ("the TLF", REBELS), ("the army", ARMY)):
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention(start, start + len(surface), surface, MentionKind.ACTOR, value, label="name"))
            start = text.find(surface, start + 1)
    mentions.sort(key=lambda m: m.start)
    event = text.index("On Monday")
    sentences = ((0, 32), (833, event - 1), (event, len(text)))
    query = OpponentQuery(text, ARMY, event, len(text), tuple(mentions), sentences)
    assert load_opponent_model().choose(query) == REBELS
    assert load_opponent_model().trained_on == "train"


@pytest.mark.parametrize("text", ["not json", json.dumps({"bias": 1}), json.dumps([1, 2])])
def test_opponents_malformed_model_is_a_knowledge_error(text):
    with pytest.raises(KnowledgeError, match="model.json: not an opponent model"):
        OpponentModel.from_json(text, "model.json")


@pytest.mark.skipif(not (SHARED / "gold" / "train").is_dir(), reason="../shared/gold/train is not beside the repo")
def test_opponents_shipped_model_is_what_training_on_train_gives(tmp_path):
    """Retraining must reproduce the shipped weights: a change to recognition, resolution or the
    features has to be followed by `python -m sitrep.events.train_opponents ../shared/gold/train`."""
    from sitrep.events.train_opponents import main

    output = tmp_path / "opponents.json"
    assert main([str(SHARED / "gold" / "train"), "--output", str(output)]) == 0
    retrained, shipped = OpponentModel.from_json(output.read_text(), "retrained"), load_opponent_model()
    assert retrained.weights.keys() == shipped.weights.keys()
    assert max(abs(retrained.weights[k] - shipped.weights[k]) for k in shipped.weights) < 0.01


@pytest.mark.parametrize("sub, victims, civilians_offered", [
    ("Air/drone strike", True, True), ("Shelling/artillery/missile attack", True, True), ("Armed clash", True, False),
    (None, True, False),
    ("Air/drone strike", False, False),  # the strike's author is sought: civilians never fire it
])
def test_opponents_candidates_offer_civilians_as_the_target_of_remote_violence_only(sub, victims, civilians_offered):
    query = _query()
    query = OpponentQuery(query.text, ARMY, query.event_start, query.event_end, query.mentions, query.sentences,
                          "Testland", sub, victims)
    assert (CIVILIANS.name in candidates(query)) is civilians_offered


@pytest.mark.parametrize("sub, victims, offered", [
    ("Arrests", False, False),  # the arrester sought: armed men nobody identifies do not arrest
    ("Arrests", True, True),  # the arrested sought: they may be unidentified
    ("Air/drone strike", False, False),  # a strike's author sought: unidentified gunmen fly no aircraft
    ("Air/drone strike", True, True),  # a strike's target may be unidentified
    ("Armed clash", False, True),
])
def test_opponents_candidates_never_offer_an_unidentified_group_as_arrester_or_air_striker(sub, victims, offered):
    unknown = Actor("uag", "Unidentified Armed Group (Testland)", ActorCategory.POLITICAL_MILITIA, "Testland")
    query = _query(REBELS)
    mention = Mention(0, 7, "The TLF", MentionKind.ACTOR, unknown, label="country_generic")
    query = OpponentQuery(query.text, REBELS, query.event_start, query.event_end, (*query.mentions, mention),
                          query.sentences, "Testland", sub, victims)
    assert (unknown.name in candidates(query)) is offered


def test_opponents_features_describe_the_event_country_and_family():
    base = _query(REBELS)
    query = OpponentQuery(base.text, REBELS, base.event_start, base.event_end, base.mentions, base.sentences,
                          "Testland", "Arrests")
    found = candidates(query)
    total = sum(len(ms) for ms in found.values())
    army = opponent_features(query, found[ARMY.name], total)
    assert army["in_event_country"] == 1.0 and army["event=arrest-1"] == 1.0
    elsewhere = OpponentQuery(base.text, REBELS, base.event_start, base.event_end, base.mentions, base.sentences,
                              "Otherland", "Armed clash")
    assert opponent_features(elsewhere, found[ARMY.name], total)["in_event_country"] == 0.0
    assert opponent_features(elsewhere, found[ARMY.name], total)["event=battle-1"] == 1.0


def test_opponents_features_mark_an_ally_named_together_with_the_side():
    text = "The army and the Hill Militia held the ridge. The TLF attacked. On Monday the army shelled a camp."
    mentions = tuple(sorted((Mention(s, s + len(t), t, MentionKind.ACTOR, v, label="name")
                             for t, v in (("The army", ARMY), ("the Hill Militia", MILITIA), ("The TLF", REBELS),
                                          ("the army", ARMY))
                             for s in [text.find(t)]), key=lambda m: m.start))
    sentences = ((0, 45), (46, 61), (62, len(text)))
    query = OpponentQuery(text, ARMY, text.index("On Monday"), len(text), mentions, sentences)
    militia = [m for m in mentions if m.value == MILITIA]
    rebels = [m for m in mentions if m.value == REBELS]
    assert opponent_features(query, militia, 3)["joined_to_side"] == 1.0
    assert opponent_features(query, rebels, 3)["joined_to_side"] == 0.0


UNIDENTIFIED = Actor("uag", "Unidentified Armed Group (Testland)", ActorCategory.REBEL_GROUP, "Testland")
ELSEWHERE = Actor("far", "Farland Front", ActorCategory.REBEL_GROUP, "Farland")


@pytest.mark.parametrize("groups, expected", [
    # "the terrorists" told before the report names the TLF are the TLF's fighters.
    ((REBELS,), {REBELS.name: 3}),
    # Two named groups of the country: the generic word could be either, so it stays apart.
    ((REBELS, Actor("second", "Second Front", ActorCategory.REBEL_GROUP, "Testland")),
     {REBELS.name: 2, "Second Front": 2, UNIDENTIFIED.name: 1}),
    # A group of another country is no name for Testland's unidentified gunmen.
    ((ELSEWHERE,), {ELSEWHERE.name: 2, UNIDENTIFIED.name: 1}),
])
def test_opponents_candidates_fold_an_unidentified_group_into_the_one_named_group(groups, expected):
    text = "The army retook two villages from the terrorists. " + " ".join(
        f"{g.name} fighters fled. {g.name} fighters regrouped." for g in groups)
    mentions = [Mention(38, 48, "terrorists", MentionKind.ACTOR, UNIDENTIFIED, label="generic")]
    for group in groups:
        start = text.find(group.name)
        while start >= 0:
            mentions.append(Mention(start, start + len(group.name), group.name, MentionKind.ACTOR, group,
                                    label="name"))
            start = text.find(group.name, start + 1)
    query = OpponentQuery(text, ARMY, 0, 50, tuple(sorted(mentions, key=lambda m: m.start)), ((0, 50),))
    found = candidates(query)
    assert {name: len(ms) for name, ms in found.items()} == expected
    assert all(m.value.name == name for name, ms in found.items() for m in ms)


@pytest.mark.parametrize("text, fought", [
    ("The TLF clashed with the army near the bridge.", True),
    ("The TLF ambushed an army convoy at dawn.", True),
    ("The army recaptured the town from the TLF.", True),
    # Named together without a fight: a truce, a source's aside.
    ("The TLF and the army signed a truce.", False),
    ("The army said the TLF had withdrawn.", False),
])
def test_opponents_features_mark_a_fight_with_the_side_told_elsewhere(text, fought):
    report = text + " On Monday the army shelled a camp."
    surfaces = [("TLF", REBELS), ("army", ARMY)]
    mentions = tuple(sorted((Mention(s, s + len(t), t, MentionKind.ACTOR, v, label="name")
                             for t, v in surfaces for s in [i for i in range(len(report))
                                                            if report.startswith(t, i)]),
                            key=lambda m: m.start))
    event = report.index("On Monday")
    query = OpponentQuery(report, ARMY, event, len(report), mentions, ((0, len(text)), (event, len(report))))
    rebels = [m for m in mentions if m.value == REBELS]
    assert opponent_features(query, rebels, len(mentions))["fought_side_elsewhere"] == float(fought)


def test_opponents_features_ignore_a_fight_told_in_the_event_sentence_itself():
    text = "The TLF attacked the army post."
    mentions = (Mention(4, 7, "TLF", MentionKind.ACTOR, REBELS, label="name"),
                Mention(21, 25, "army", MentionKind.ACTOR, ARMY, label="name"))
    query = OpponentQuery(text, ARMY, 0, len(text), mentions, ((0, len(text)),))
    assert opponent_features(query, [mentions[0]], 2)["fought_side_elsewhere"] == 0.0


@pytest.mark.parametrize("words, matches", [
    ("clashed with", True), ("attacked", True), ("airstrikes on", True), ("retook", True),
    ("signed a truce with", False), ("met", False), ("attackers' names", False),
])
def test_opponents_fight_words_match_acts_of_war_only(words, matches):
    from sitrep.events.opponents import FIGHT_WORDS

    assert bool(FIGHT_WORDS.search(f"The TLF {words} the army.")) is matches


@pytest.mark.parametrize("pattern, text, matches", [
    (AIR_AFTER, " has intensified its air campaign", True), (AIR_AFTER, " jets", True),
    (AIR_AFTER, " carried out airstrikes", True), (AIR_AFTER, "'s air force", True), (AIR_AFTER, " drones", True),
    (AIR_AFTER, "Russian jets", True), (AIR_AFTER, " positions across Darfur", False),
    (AIR_AFTER, " fought the army", False), (AIR_AFTER, " and the army", False),
    (AIR_AFTER, " DESK\nArmy drones", False),  # a byline over a story, not a side's aircraft
    (AIR_AFTER, " said on Monday that the group had fought hard, unlike its drones", False),  # too far
    (AIR_AFTER, " has bombed", False),  # a bomb may be planted: `BOMBED_AFTER`, for state forces
    (BOMBED_AFTER, " has bombed", True), (BOMBED_AFTER, " bombarded the town", True),
    (BOMBED_AFTER, " bomb-making", False), (BOMBED_AFTER, " shelled the town", False),
])
def test_opponents_air_after_matches_a_sides_aircraft_or_air_strikes(pattern, text, matches):
    assert (pattern.match(text) is not None) is matches


def _air_query(text: str, surfaces: dict[str, Actor], victims: bool) -> OpponentQuery:
    mentions = []
    for surface, value in surfaces.items():
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention(start, start + len(surface), surface, MentionKind.ACTOR, value, label="name"))
            start = text.find(surface, start + 1)
    mentions.sort(key=lambda m: m.start)
    event = text.index("On Monday")
    return OpponentQuery(text, CIVILIANS, event, len(text), tuple(mentions), ((0, event - 1), (event, len(text))),
                         "Testland", "Air/drone strike", victims)


@pytest.mark.parametrize("victims, offered", [
    (False, {ARMY.name}),  # the strike's author sought: the side the report names bombing
    (True, {ARMY.name, REBELS.name}),  # its target sought: any armed side
])
def test_opponents_candidates_offer_the_reports_air_striker_as_an_air_strikes_author(victims, offered):
    text = "The army has bombed TLF positions for weeks. On Monday an airstrike hit a market, killing villagers."
    query = _air_query(text, {"The army": ARMY, "TLF": REBELS, "villagers": CIVILIANS}, victims)
    assert set(candidates(query)) - {CIVILIANS.name} == offered


def test_opponents_candidates_offer_every_armed_side_when_the_report_names_no_air_striker():
    text = "The army has fought TLF fighters for weeks. On Monday an airstrike hit a market, killing villagers."
    query = _air_query(text, {"The army": ARMY, "TLF": REBELS, "villagers": CIVILIANS}, False)
    assert set(candidates(query)) == {ARMY.name, REBELS.name}


@pytest.mark.parametrize("text, author", [
    ("The junta has intensified its air campaign against the Kachin Independence Army. "
     "An airstrike hit a school in Hpakant on Friday, killing four children.", "Military Forces of Myanmar"),
    ("Sudan's army has bombed RSF positions across Darfur. "
     "On Sunday, an airstrike struck a market in Nyala, killing 20 civilians.", "Military Forces of Sudan"),
    ("Russian jets have pounded rebel-held Idlib for weeks. "
     "On Monday, an airstrike hit a market in Maarat al-Numan, killing 12 people.", "Military Forces of Russia"),
])
def test_opponents_air_strike_with_only_victims_named_is_the_reports_air_strikers(candidate_pipeline, text, author):
    strikes = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    last = [e for e in strikes if e.sub_event_type == "Air/drone strike"][-1]
    assert (last.actor1, last.actor2.startswith("Civilians")) == (author, True)


@pytest.mark.parametrize("sub, victims, offered", [
    ("Attack", False, False),  # the author sought: a teller fired no shot
    ("Armed clash", False, False),
    ("Armed clash", True, True),  # the side fought may be a teller
    ("Agreement", False, True),  # a party to an agreement may tell of it
])
def test_opponents_candidates_never_offer_a_mere_teller_as_the_author_of_violence(sub, victims, offered):
    base = _query(REBELS)
    query = OpponentQuery(base.text, REBELS, base.event_start, base.event_end, base.mentions, base.sentences,
                          "Testland", sub, victims)
    assert (MONITOR.name in candidates(query)) is offered


def test_opponents_killing_told_by_police_alone_is_not_the_polices(candidate_pipeline):
    text = "Heavy gunfire killed three people in Port-au-Prince on Monday, police said."
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Haiti)", "Civilians (Haiti)")]
