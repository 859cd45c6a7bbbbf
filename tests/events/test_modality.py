import pytest

from sitrep.events.modality import (
    MONTH_OR_DAY,
    PERIOD_TALLY,
    REPORTED_THAT,
    SECOND_PREDICATE,
    SUBORDINATE_TAIL,
    YEAR_ONLY,
    ModalityJudge,
    without_asides,
)
from sitrep.knowledge.lexicons import load_modality_cues


@pytest.fixture(scope="module")
def judge():
    return ModalityJudge(load_modality_cues())


def _judge(judge, sentence, trigger):
    start = sentence.index(trigger)
    return judge.judge(sentence, 0, len(sentence), start)


@pytest.mark.parametrize("sentence, trigger", [
    ("The rebels attacked the army post near the river.", "attacked"),
    # The act comes first; the charge is about someone else.
    ("Gunmen executed a trader, accused of spying, in the market.", "executed"),
    ("Militants ambushed a convoy on the highway on Monday.", "ambushed"),
    ("The group is trying to expand its reach, attacking the army near the pass.", "attacking"),
    ("Fighting broke out in the northern district on May 10th.", "Fighting"),
])
def test_modality_reported_acts_are_events(judge, sentence, trigger):
    assert _judge(judge, sentence, trigger).is_event


@pytest.mark.parametrize("sentence, trigger, cls", [
    ("The rebels are trying to capture the town.", "capture", "intention"),
    ("The army wants to launch an offensive on the hills.", "offensive", "intention"),
    ("The militia is expected to launch an attack next week.", "attack", "forecast"),
    ("The militants will have to fight three enemies at once.", "fight", "hypothetical"),
    ("If the town falls, the group could attack the capital.", "attack", "hypothetical"),
    ("The ministry denied carrying out the strike.", "strike", "denial"),
    ("The group threatened to attack polling stations.", "attack", "intention"),
    ("The navy is, officials say, preparing strikes on the launch sites.", "strikes", "intention"),
    ("A rights group accused the police of killing twenty protesters.", "killing", "allegation"),
    ("The takeover of the town brought accusations of looting by the militia.", "looting", "allegation"),
    ("Police fired tear gas in a bid to retake the square from the crowd.", "retake", "intention"),
    ("The alliance potentially launching attacks on the army worries the junta.", "attacks", "hypothetical"),
    ("Last year, 20 officers were killed in rebel attacks in the province.", "attacks", "past_period"),
    ("So far this year the group has carried out 40 raids.", "raids", "past_period"),
])
def test_modality_non_events_are_dropped(judge, sentence, trigger, cls):
    judgement = _judge(judge, sentence, trigger)
    assert not judgement.is_event
    assert cls in judgement.classes


def test_modality_capitalised_month_is_not_a_hedge(judge):
    sentence = "On May 3 gunmen attacked a village."
    assert _judge(judge, sentence, "attacked").penalty == 0


def test_modality_hedge_in_an_earlier_clause_does_not_veto(judge):
    sentence = "The army wants peace, but yesterday it shelled the market."
    assert _judge(judge, sentence, "shelled").is_event


@pytest.mark.parametrize("sentence, trigger", [
    ("Since the truce collapsed, shelling of border villages has intensified.", "shelling"),
    ("Kidnappings on the highway have increased sharply this year.", "Kidnappings"),
])
def test_modality_trends_are_analysis(judge, sentence, trigger):
    assert "analysis" in _judge(judge, sentence, trigger).classes


@pytest.mark.parametrize("sentence, trigger, analysis", [
    # "a series of" strikes on one day is news told of one raid, not a trend.
    ("Twelve fighters were killed in a series of airstrikes near the dam on Monday.", "airstrikes", False),
    ("Five people died after a series of explosions at the depot.", "explosions", False),
    # A campaign is the group's pursuit over time.
    ("The group has waged a campaign of attacks on the highway.", "attacks", True),
])
def test_modality_a_series_of_acts_is_no_analysis(judge, sentence, trigger, analysis):
    assert ("analysis" in _judge(judge, sentence, trigger).classes) is analysis


# A tally, a trend or acts over a past span: many acts told as one, not one event.
@pytest.mark.parametrize("sentence, trigger, cls", [
    # cumulative: a running toll.
    ("Over 200 people have been killed since the conflict broke out.", "killed", "cumulative"),
    ("At least 150 fighters have been killed in the valley since fighting between the two groups started.",
     "killed", "cumulative"),
    ("Since October 2023, some 1,900 people have died in the border clashes.", "clashes", "cumulative"),
    ("Since the outbreak of the war, the rebels have launched hundreds of drones at the port.", "drones", "cumulative"),
    ("This brings the total number of protesters killed since the coup to 117.", "killed", "cumulative"),
    ("The total number of civilians killed in the region rose to 40.", "killed", "cumulative"),
    ("With his death, the number of police officers slain by rebels this year went up to 12.", "slain", "cumulative"),
    ("The number of soldiers killed in the province so far has reached 40.", "killed", "cumulative"),
    # past_span: acts over weeks, months or years.
    ("Hundreds of villagers have been killed in recent weeks by the offensive.", "killed", "past_span"),
    ("The army says it has killed 300 insurgents during the past two years.", "killed", "past_span"),
    ("In the last few months, gunmen have attacked two schools and a train.", "attacked", "past_span"),
    ("Kidnappings have soared over the past three years in the region.", "Kidnappings", "past_span"),
    ("After eighteen months of fighting, neither side holds the pass.", "fighting", "past_span"),
    ("Twenty months of clashes have killed 1,200 people.", "clashes", "past_span"),
    ("Armed groups have operated in the east for decades, with recent attacks on the mines.", "attacks", "past_span"),
    ("The group is known for fighting the government for years.", "fighting", "past_span"),
    # A part of a month or year over which acts are counted.
    ("More than 80 civilians were killed in the first half of March across Ituri province.", "killed", "past_span"),
    ("Militants staged 40 attacks in Borno during the month of Ramadan.", "attacks", "past_span"),
    ("So far this year, cartel gunmen have killed 300 people in Sinaloa.", "killed", "past_span"),
    ("Since the start of the year, drone strikes have hit 12 hospitals in Sudan.", "strikes", "past_span"),
    # Acts dated by a year alone.
    ("A UN report says 300 civilians were killed in Darfur in 2023.", "killed", "past_span"),
    ("More than 1,200 civilians were killed by drone strikes in Myanmar in 2023.", "strikes", "past_span"),
    # trend: acts in the plural rising or falling.
    ("Drone strikes have intensified around the city as the front closes in.", "strikes", "trend"),
    ("Fighting in the province has escalated since the army launched its offensive.", "Fighting", "trend"),
    ("The increase in attacks comes after the election of a new president.", "attacks", "trend"),
    ("Rebels ramp up attacks on oil fields in the east", "attacks", "trend"),
    ("The scale of kidnappings on the highway alarms traders.", "kidnappings", "trend"),
])
def test_modality_many_acts_told_as_one_are_not_one_event(judge, sentence, trigger, cls):
    judgement = _judge(judge, sentence, trigger)
    assert not judgement.is_event and cls in judgement.classes


@pytest.mark.parametrize("sentence, trigger, cls", [
    # A toll of one event is no running toll.
    ("Two soldiers were killed on Monday when militants attacked their post.", "attacked", "cumulative"),
    ("Thirty people have died since Monday's strike on the market.", "strike", "cumulative"),
    ("The army said it was the largest town captured since the start of the incursion.", "captured", "cumulative"),
    ("The rebels have launched an attack on the port, the army said.", "attack", "cumulative"),
    ("The number of people killed in the blast rose to 30 on Monday.", "blast", "cumulative"),
    # Acts of a day or week have no past span.
    ("In recent days, five militants were captured near the border.", "captured", "past_span"),
    ("In the past 24 hours, shelling killed two people in the town.", "shelling", "past_span"),
    ("Rebels attacked the post last week, killing four soldiers.", "attacked", "past_span"),
    ("Rebels attacked the post on Monday, the first attack in the town this year.", "attacked", "past_span"),
    # One act dated by its month, or the hours of one act.
    ("In December, the group attacked a police station in Rask, killing 11 officers.", "attacked", "past_span"),
    ("Dozens of soldiers were killed in the first hours of the assault on Bakhmut.", "killed", "past_span"),
    # A year beside a month or a day: the act's own date.
    ("In June 2015, Boko Haram killed 50 soldiers in Borno.", "killed", "past_span"),
    ("Gunmen killed five traders in Zamfara on Monday, the deadliest attack in 2024.", "killed", "past_span"),
    # An act told by a past verb beside a place's bare span of years is the day's act.
    ("In a region where rebels have fought for decades, guerrillas attacked a police station.", "attacked",
     "past_span"),
    ("Gunmen killed a village chief in the province, which has been unstable for years.", "killed", "past_span"),
    # A day named for the act: the span is its background.
    ("Gunmen who had terrorised the area for the past several months attacked the village on Monday.",
     "attacked", "past_span"),
    ("Gunmen attacked the village on Monday, the third such attack in the past two weeks.", "attacked", "past_span"),
    # One act is no trend.
    ("Clashes broke out in the market on Monday.", "Clashes", "trend"),
    ("The toll from the blast rose to 30 on Tuesday.", "blast", "trend"),
    ("Militants attacked a convoy, a rise in tension after weeks of calm.", "attacked", "trend"),
    # A toll brought up to a figure is one act's, in the perfect tense too.
    ("The death toll from Sunday's suicide bombing at the market has risen to 30, police said.", "bombing", "trend"),
    ("The number of people killed in the attack on the church has increased to 22.", "attack", "trend"),
    # The scale of one act is no trend.
    ("Residents were shocked by the scale of the attack, in which gunmen killed 12 villagers.", "killed", "trend"),
])
def test_modality_one_act_is_no_tally_trend_or_span(judge, sentence, trigger, cls):
    assert cls not in _judge(judge, sentence, trigger).classes


@pytest.mark.parametrize("sentence, trigger, analysis", [
    # "as a result of" names the act's cause: a report, no analysis.
    ("Two soldiers were killed as a result of the shelling of the post.", "killed", False),
    ("As a result of the raid, four gunmen were detained by the police.", "detained", False),
    # "As a result," draws a conclusion: analysis.
    ("As a result, the militia attacked the town.", "attacked", True),
    ("The army lost the bridge and, as a result, shelled the villages.", "shelled", True),
])
def test_modality_as_a_result_of_names_a_cause(judge, sentence, trigger, analysis):
    assert ("analysis" in _judge(judge, sentence, trigger).classes) is analysis


@pytest.mark.parametrize("sentence, trigger, background", [
    # "Meanwhile" tells another act of the same time: news, no background.
    ("Meanwhile, a man was killed when a shell hit his house.", "killed", False),
    ("Militants meanwhile attacked a police post on the highway.", "attacked", False),
    # A time before the news is background.
    ("Previously, militants attacked a police post on the highway.", "attacked", True),
])
def test_modality_meanwhile_is_news_of_the_same_time(judge, sentence, trigger, background):
    assert ("background" in _judge(judge, sentence, trigger).classes) is background


@pytest.mark.parametrize("sentence, trigger, background", [
    # An act going on told of a named day is that day's act.
    ("Clashes were reported as ongoing on Wednesday.", "Clashes", False),
    ("Fighting continues in the northern district this morning.", "Fighting", False),
    # With no day, the act going on is background.
    ("Clashes are ongoing in the northern district.", "Clashes", True),
    ("Fighting continues in the northern district.", "Fighting", True),
])
def test_modality_an_act_going_on_of_a_named_day_is_news(judge, sentence, trigger, background):
    assert ("background" in _judge(judge, sentence, trigger).classes) is background


@pytest.mark.parametrize("pattern, text, matches", [
    (PERIOD_TALLY, "more than 100 civilians were killed in the first half of december", True),
    (PERIOD_TALLY, "40 attacks during the month of ramadan", True),
    (PERIOD_TALLY, "so far this year, gunmen have killed 300", True),
    (PERIOD_TALLY, "since the start of the year", True),
    (PERIOD_TALLY, "in the first hours of the assault", False),
    (PERIOD_TALLY, "in december, the group attacked a police station", False),
    (YEAR_ONLY, "300 civilians were killed in 2023", True),
    (YEAR_ONLY, "throughout 2022, the group staged raids", True),
    (YEAR_ONLY, "the budget for 2023-24", False),
    (YEAR_ONLY, "on 12 march 2023", False),
    (MONTH_OR_DAY, "in june 2015", True),
    (MONTH_OR_DAY, "on monday", True),
    (MONTH_OR_DAY, "dec. 15", True),
    (MONTH_OR_DAY, "300 civilians were killed in 2023", False),
])
def test_modality_period_regexes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, trigger, nominal", [
    # A hedge on the telling is not one on the act told after "that".
    ("The governor would later add that gunmen attacked the convoy near Gao.", "attacked", False),
    ("A spokesman could only add that soldiers shelled the village in Sagaing.", "shelled", False),
    ("It may be recalled that the junta's troops burned three villages near Kalay.", "burned", False),
    # A purpose after an act told belongs to its own verb.
    ("Russian forces launched a drone attack on Odesa to disrupt possible supply routes.", "drone attack", True),
    ("The army launched an offensive in order to retake Menaka.", "offensive", True),
    ("Troops carried out raids in the forest in a bid to flush out militants who might hide there.", "raids", True),
    # A relative clause's past belongs to the one it describes.
    ("Protesters rallied in Kinshasa against the governor, who was elected last year.", "Protesters", True),
    ("Protesters rallied in Lima against the judge, tasked with investigating last year's blast.", "Protesters", True),
    # A second predicate's forecast is not the first one's.
    ("Protesters blocked the highway in Culiacan and were expected to march on Tuesday.", "Protesters", True),
])
def test_modality_hedge_outside_the_acts_clause_does_not_veto(judge, sentence, trigger, nominal):
    start = sentence.index(trigger)
    assert judge.judge(sentence, 0, len(sentence), start, nominal=nominal).is_event


@pytest.mark.parametrize("sentence, trigger, nominal", [
    ("Officials said the militia would attack Goma next week.", "attack", False),
    ("Officials said that the militia would attack Goma next week.", "attack", False),
    ("Police warned that cartel gunmen could attack the town.", "attack", False),
    ("There were unconfirmed reports that rebels attacked the town of Beni.", "attacked", False),
    ("Rebels plan to attack the base to seize weapons.", "attack", False),
    ("Airstrikes to the north could resume.", "Airstrikes", True),
    ("The offensive is expected to begin soon and will target Bamako.", "offensive", True),
    ("In the west, the army's offensive risks to cut the rebels off from the river.", "offensive", True),
])
def test_modality_hedge_in_the_acts_own_clause_still_vetoes(judge, sentence, trigger, nominal):
    start = sentence.index(trigger)
    assert not judge.judge(sentence, 0, len(sentence), start, nominal=nominal).is_event


@pytest.mark.parametrize("pattern, text, matches", [
    (REPORTED_THAT, "he would add that rebels attacked", True),
    (REPORTED_THAT, "officials told reporters that troops", True),
    (REPORTED_THAT, "a statement reporting that 11 civilians", True),
    (REPORTED_THAT, "police warned that gunmen", False),
    (REPORTED_THAT, "the army denied that troops", False),
    (REPORTED_THAT, "unconfirmed reports that rebels", False),
    (REPORTED_THAT, "officials said the militia would", False),
    (SUBORDINATE_TAIL, "raids in the area to weaken the defences", True),
    (SUBORDINATE_TAIL, "an offensive in order to retake", True),
    (SUBORDINATE_TAIL, "against the judge, who is investigating", True),
    (SUBORDINATE_TAIL, "the strike was aimed at the depot", True),
    (SUBORDINATE_TAIL, "against the judge, tasked with investigating", True),
    (SUBORDINATE_TAIL, "the convoy, backed by drones", True),
    (SUBORDINATE_TAIL, "strikes to the north", False),
    (SUBORDINATE_TAIL, "gunmen attacked, killing five", False),
    (SUBORDINATE_TAIL, "attacks to civilians", False),
    (SUBORDINATE_TAIL, "the toll rose to more than 30", False),
    (SUBORDINATE_TAIL, "shelling spread to Kherson", False),
    (SUBORDINATE_TAIL, "killed five, according to police", False),
    (SUBORDINATE_TAIL, "the attacks are thought to have been", False),
    (SUBORDINATE_TAIL, "the rebels who attacked", False),
    (SECOND_PREDICATE, "blocked the road and were due to march", True),
    (SECOND_PREDICATE, "clashes broke out and will go on", True),
    (SECOND_PREDICATE, "attacks and raids will go on", False),
])
def test_modality_scope_regexes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) == matches


def test_modality_without_asides_blanks_the_relative_clauses_around_the_trigger():
    sentence = "the adf, which has killed thousands since 2014, attacked oicha on friday."
    blanked = without_asides(sentence, sentence.index("attacked"))
    assert len(blanked) == len(sentence) and "since 2014" not in blanked and "attacked oicha" in blanked
    assert without_asides(sentence, sentence.index("killed")) == sentence


@pytest.mark.parametrize("sentence, trigger, is_event", [
    # an aside's tally tells the subject's past; the act told on its day is news
    ("The ADF, which has killed thousands since 2014, attacked the village of Oicha on Friday.", "attacked", True),
    ("The cartel, which has killed hundreds of police since 2019, ambushed officers on Tuesday.", "ambushed", True),
    ("The Tatmadaw, which has bombed schools since the coup, struck a village in Sagaing on Monday.", "struck",
     True),
    # with no day, a year in the aside still makes the sentence background
    ("The conflict, which began in 2012, has killed thousands of people in Mali.", "killed", False),
    ("The jihadists, who seized Timbuktu in 2012, killed hundreds of civilians.", "killed", False),
    # no aside: the tally is the sentence's own
    ("The ADF has killed thousands since 2014 in Beni on Friday.", "killed", False),
])
def test_modality_an_asides_tally_does_not_sink_the_main_act(judge, sentence, trigger, is_event):
    assert _judge(judge, sentence, trigger).is_event is is_event


@pytest.mark.parametrize("sentence, trigger, denied", [
    ("Not less than 20 protesters were arrested by police in Lome.", "arrested", False),
    ("Not fewer than five soldiers were killed in the ambush near Djibo.", "killed", False),
    ("The police did not arrest the protesters in Lome.", "arrest", True),
    ("The army said it had not shelled the village.", "shelled", True),
])
def test_modality_not_less_than_is_a_count_not_a_denial(judge, sentence, trigger, denied):
    assert ("denial" in _judge(judge, sentence, trigger).classes) is denied
