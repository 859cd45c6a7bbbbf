import pytest

from sitrep.events.descriptions import (
    AUXILIARY_BEFORE,
    COMPARED_ACT,
    COMPARED_SINCE,
    DATED_RELATIVE,
    DOCUMENT_SUMMARY,
    ENABLED_ACT,
    EVALUATED_ACT,
    EVALUATION_END,
    FIGURATIVE_FIGHT,
    GERUND_SUBJECT,
    HABITUAL_OCCURRENCE,
    HABITUAL_RELATIVE,
    INSTRUCTION,
    INSTRUCTION_END,
    LEGAL_CATEGORY,
    MANY_ACTS,
    PARTICIPANT_RELATIVE,
    PAST_HISTORY,
    PAST_VERB,
    SOURCE_SHOWS,
    SPAN_ENDURED,
    STATED_TARGET,
    TAKEOVER_RELATIVE,
    TREND_QUALIFIED,
    compares_with_earlier,
    dates_background,
    describes_habit,
    enables_act,
    evaluates_act,
    identifies_participant,
    instructs_act,
    names_act_as_idea,
    names_legal_category,
    names_rule_by_takeover,
    qualified_as_trend,
    shows_in_source,
    speaks_figuratively,
    states_target,
    summarises_document,
    tells_history,
    tells_many_acts,
)
from sitrep.events.modality import ModalityJudge
from sitrep.knowledge.lexicons import load_modality_cues


@pytest.fixture(scope="module")
def judge():
    return ModalityJudge(load_modality_cues())


@pytest.mark.parametrize("pattern, text, matches", [
    (HABITUAL_RELATIVE, "gangs known as bandits who kidnap for ransom", True),
    (HABITUAL_RELATIVE, "the terrorists who target military formations", True),
    (HABITUAL_RELATIVE, "militias that regularly attack villages", True),
    (HABITUAL_RELATIVE, "the gunmen who attacked the village", False),
    (HABITUAL_RELATIVE, "those who were kidnapped", False),
    (HABITUAL_RELATIVE, "the group that has attacked the post", False),
    (HABITUAL_OCCURRENCE, "sometimes, shootouts and attacks occur in the upper part of the city", True),
    (HABITUAL_OCCURRENCE, "kidnappings happen almost daily on the highway", True),
    (HABITUAL_OCCURRENCE, "clashes occurred on monday", False),
    (HABITUAL_OCCURRENCE, "an attack occurs", False),
    (DOCUMENT_SUMMARY, "reports detail attacks on fuel convoys", True),
    (DOCUMENT_SUMMARY, "the report, titled 'bloody august', detailed that victims included", True),
    (DOCUMENT_SUMMARY, "a un study documented killings in the north", True),
    (DOCUMENT_SUMMARY, "the army detailed the attack", False),
    (DOCUMENT_SUMMARY, "reports said gunmen attacked the village", False),
    (INSTRUCTION, "ordered the armed forces to carry out military actions", True),
    (INSTRUCTION, "directed its fighters to carry out attacks", True),
    (INSTRUCTION, "urged the militias to attack", True),
    (INSTRUCTION, "a court sentenced him to death", False),
    (INSTRUCTION, "the judge ordered the arrest of six people", False),
    (INSTRUCTION_END, "before jihadists attacked", True),
    (INSTRUCTION_END, "ordered the army to attack", False),
    (TREND_QUALIFIED, "the effects of intensified us air attacks on the militants", True),
    (TREND_QUALIFIED, "repeated strikes on the port", True),
    (TREND_QUALIFIED, "frequent kidnappings on the highway", True),
    (TREND_QUALIFIED, "sporadic clashes broke out", False),
    (TREND_QUALIFIED, "ongoing fighting killed five", False),
    (TREND_QUALIFIED, "an intensified attack on the base", False),
    (TREND_QUALIFIED, "the militants have staged numerous raids across the border", True),
    (MANY_ACTS, "in may alone, the country recorded 85 militant attacks", True),
    (MANY_ACTS, "the protests have seen 22 people killed", True),
    (SPAN_ENDURED, "the region, which has experienced months of protests", True),
    (SPAN_ENDURED, "the town has seen heavy fighting", False),
    (MANY_ACTS, "a refinery that has been attacked several times this month", True),
    (MANY_ACTS, "bandits have downed a jet and kidnapped students so many times", True),
    (MANY_ACTS, "a gunman fired several times at a crowd outside a bar", False),
    (MANY_ACTS, "residents, gripped by panic, fled as the fighters stormed the village", False),
    (MANY_ACTS, "a city plagued by shortages of food and medicine", False),
    (MANY_ACTS, "the state has been gripped by ethnic clashes since early may", True),
    (MANY_ACTS, "a region plagued by kidnappings", True),
    (MANY_ACTS, "police recorded the attack on camera", False),
    (MANY_ACTS, "the town has seen heavy fighting", False),
    (MANY_ACTS, "the post was attacked three times", False),
    (PAST_VERB, "killed a driver", True),
    (PAST_VERB, "kills drivers", False),
    (AUXILIARY_BEFORE, "who kidnap travellers and have ", True),
    (AUXILIARY_BEFORE, "gunmen who extort shopkeepers ", False),
    (GERUND_SUBJECT, "Capturing the rest of the region is one of the president's goals.", True),
    (GERUND_SUBJECT, "Retaking Kherson was the army's priority.", True),
    (GERUND_SUBJECT, "Fighting was heavy in the city.", False),
    (GERUND_SUBJECT, "Fighting broke out in the market.", False),
    (GERUND_SUBJECT, "Shelling of the town was reported overnight.", False),
])
def test_descriptions_regexes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, trigger, habit", [
    ("Criminal gangs known as bandits who kidnap for ransom, rape and pillage roam the region.", "rape", True),
    ("The terrorists who target army posts and looting of food stores are active here.", "looting", True),
    ("Sometimes, shootouts and attacks occur in the south of the city.", "attacks", True),
    # The act told after the relative clause ends is the report's.
    ("Gangs who rob travellers; on Monday they attacked a bus.", "attacked", False),
    ("Gangs who rob travellers are feared, but on Monday police arrested five.", "arrested", False),
    ("Gunmen who attacked the village killed four.", "attacked", False),
    # The sentence's main verb after a habit's clause tells a past act.
    ("Cartel gunmen who extort shopkeepers in the state killed a bus driver on Thursday.", "killed", False),
    ("Militias that raid cattle camps attacked the village of Tonj overnight.", "attacked", False),
    ("Bandits who kidnap for ransom shot dead two traders.", "shot", False),
    # A participle after an auxiliary stays in the habit's clause.
    ("Bandits who kidnap travellers and have killed dozens roam the forest.", "killed", True),
])
def test_descriptions_describes_habit(sentence, trigger, habit):
    lowered = sentence.lower()
    assert describes_habit(lowered, lowered.index(trigger.lower())) is habit


@pytest.mark.parametrize("sentence, trigger, summary", [
    ("Reports detail attacks on fuel convoys and kidnappings on the roads.", "attacks", True),
    ("The report, titled 'Crackdown on Protests', detailed that victims included students.", "Protests", True),
    # The act told before the document is named is the report's own.
    ("Gunmen attacked a convoy, and reports detail the losses.", "attacked", False),
    # An act told by a past verb between the document and its verb is the report's own.
    ("An inquiry began after fighters killed 20 villagers, and a UN report documented the killings.", "killed", False),
    ("A survey of the camps, after the floods, documented kidnappings and rapes.", "kidnappings", True),
])
def test_descriptions_summarises_document(sentence, trigger, summary):
    lowered = sentence.lower()
    assert summarises_document(lowered, lowered.index(trigger.lower())) is summary


@pytest.mark.parametrize("sentence, trigger, instructed", [
    ("The president ordered the armed forces to carry out operations to combat the gangs.", "combat", True),
    ("The leader directed his fighters to attack police posts.", "attack", True),
    # The act done before the instruction, or in a clause of its own, is told.
    ("Rebels attacked the post, and the leader urged them to hold it.", "attacked", False),
    ("The army was ordered to hold the bridge; rebels shelled it.", "shelled", False),
    # An act told in a clause of time or cause after the instruction is told, not asked for.
    ("The army ordered residents to leave before jihadists attacked the town on Thursday.", "attacked", False),
    ("The rebels asked the UN to investigate after jets struck a prison, killing 30 inmates.", "struck", False),
    ("Police urged residents to stay calm as gunmen stormed the market.", "stormed", False),
    ("Officials told residents to stay indoors, saying that troops had shelled the district.", "shelled", False),
])
def test_descriptions_instructs_act(sentence, trigger, instructed):
    lowered = sentence.lower()
    assert instructs_act(lowered, lowered.index(trigger.lower())) is instructed


@pytest.mark.parametrize("sentence, trigger, trend", [
    ("The report weighs the effects of intensified air attacks on the militants.", "attacks", True),
    # The trend qualifies other acts than the trigger's.
    ("Amid repeated strikes on the port, rebels captured the town.", "captured", False),
])
def test_descriptions_qualified_as_trend(sentence, trigger, trend):
    lowered = sentence.lower()
    assert qualified_as_trend(lowered, lowered.index(trigger.lower())) is trend


@pytest.mark.parametrize("sentence, trigger, many", [
    ("In May alone, the country recorded 85 militant attacks, up from 81 in April.", "attacks", True),
    ("The protests have seen 22 people killed, the youngest just 15.", "killed", True),
    ("The capital, which has endured months of protests, is calm.", "protests", True),
    ("Gunmen attacked the post, killing four soldiers.", "attacked", False),
    # Acts of one day told beside a beset place, shots, or a span the place endured before.
    ("A gunman fired several times at a crowd outside a bar, killing three people.", "fired", False),
    ("Residents, gripped by panic, fled as jihadists stormed the village, killing 12.", "stormed", False),
    ("Troops shelled the city, which has endured months of bombardment, killing two civilians.", "shelled", False),
    ("Fighters shot dead a doctor in the city, a place plagued by shortages of medicine.", "shot", False),
])
def test_descriptions_tells_many_acts(sentence, trigger, many):
    lowered = sentence.lower()
    assert tells_many_acts(lowered, lowered.index(trigger.lower())) is many


@pytest.mark.parametrize("sentence, trigger, idea", [
    ("Capturing the rest of the region is one of the president's goals.", "Capturing", True),
    ("Seizing the airport would be a blow to the rebels.", "Seizing", True),
    # A gerund that is not the trigger, or a trigger that is not the gerund.
    ("Fighting was heavy in the city.", "Fighting", False),
    ("Rebels captured the town, which is the district's capital.", "captured", False),
])
def test_descriptions_names_act_as_idea(sentence, trigger, idea):
    assert names_act_as_idea(sentence, sentence.index(trigger)) is idea


@pytest.mark.parametrize("sentence, trigger, cls", [
    ("Criminal gangs known as bandits who kidnap for ransom roam the region.", "kidnap", "habit"),
    ("Capturing the rest of the region is one of the president's goals.", "Capturing", "act_as_idea"),
    ("The mission is unlikely to engage in offensive operations before its withdrawal.", "offensive", "forecast"),
    ("Reports detail attacks on fuel convoys and kidnappings on the roads.", "attacks", "document_summary"),
    ("The group directed its fighters to carry out attacks across the country.", "attacks", "intention"),
    ("The study weighs the effects of intensified air attacks on the militants.", "attacks", "trend"),
    ("In May alone, the country recorded 85 militant attacks, up from 81 in April.", "attacks", "cumulative"),
    ("The militias have previously carried out rocket attacks on the bases.", "rocket attacks", "past_period"),
    ("Armed groups have operated in the east for decades, with recent attacks blamed on the rebels.",
     "attacks", "past_span"),
    ("The talks precede the scheduled withdrawal of the troops from the border.", "withdrawal", "forecast"),
])
def test_descriptions_modality_drops_described_acts(judge, sentence, trigger, cls):
    judgement = judge.judge(sentence, 0, len(sentence), sentence.index(trigger))
    assert not judgement.is_event and cls in judgement.classes


@pytest.mark.parametrize("sentence, trigger", [
    ("Bandits kidnapped two traders on the highway on Monday.", "kidnapped"),
    ("Clashes occurred in the market on Monday.", "Clashes"),
    # A day named: the document's act and the span's background are that day's act.
    ("A report details how gunmen attacked the village on Monday.", "attacked"),
    ("Gunmen who had terrorised the area for years attacked the village on Monday.", "attacked"),
    ("Rebels launched repeated attacks on the town on Monday.", "attacks"),
    ("The post was attacked several times on Monday night.", "attacked"),
    # The history follows the act.
    ("Police detained the cartel leader, who had previously threatened the mayor.", "detained"),
    ("The rebels captured the town, the army said.", "captured"),
])
def test_descriptions_modality_keeps_told_acts(judge, sentence, trigger):
    assert judge.judge(sentence, 0, len(sentence), sentence.index(trigger)).is_event


@pytest.mark.parametrize("pattern, text, matches", [
    (EVALUATED_ACT, "al-shabaab said the attack was a targeted killing of the commissioner", True),
    (EVALUATED_ACT, "the pentagon said its strike near the border was a proportionate response", True),
    (EVALUATED_ACT, "the prisoner exchange marks the second phase of the deal", True),
    (EVALUATED_ACT, "the npa attack also disregards the agreement", True),
    (EVALUATED_ACT, "the attack was carried out by gunmen", False),
    (EVALUATED_ACT, "the attack killed five soldiers", False),
    (EVALUATED_ACT, "the killing of the leader in tripoli on 12 may marks a turning point", False),
    (EVALUATION_END, "came a day after gunmen killed five", True),
    (EVALUATION_END, "was part of a series", False),
    (DATED_RELATIVE, "saudi arabia and the uae, which launched an intervention in yemen in 2015, are learning", True),
    (DATED_RELATIVE, "from 2014, when they seized control of the capital, the houthis", True),
    (DATED_RELATIVE, "the militants, who attacked the base on 3 march 2024, fled", False),
    (DATED_RELATIVE, "the gunmen, who killed five on monday, fled", False),
    (FIGURATIVE_FIGHT, "fighting against cholera in the camps", True),
    (FIGURATIVE_FIGHT, "the government declared a war on poverty", True),
    (FIGURATIVE_FIGHT, "firefighters battled the blaze for hours", True),
    (FIGURATIVE_FIGHT, "soldiers fighting against the rebels", False),
    (FIGURATIVE_FIGHT, "the war on the border", False),
    (STATED_TARGET, "islamabad said it was targeting ttp militants", True),
    (STATED_TARGET, "the army says it is targeting only armed fighters", True),
    (STATED_TARGET, "drones were targeting the city", False),
    (STATED_TARGET, "the army said the strike targeted a depot", False),
    (SOURCE_SHOWS, "videos recorded by residents depict the intense gunfight", True),
    (SOURCE_SHOWS, "pictures posted online showed protesters waving flags", True),
    (SOURCE_SHOWS, "field reporting describes kidnappings for ransom", True),
    (SOURCE_SHOWS, "the army said the videos were fake", False),
    (SOURCE_SHOWS, "a resident described how gunmen attacked", False),
    (LEGAL_CATEGORY, "gives the armed forces broad authority to search, arrest, and shoot-to-kill", True),
    (LEGAL_CATEGORY, "longer sentences for offenses linked to murder and kidnapping", True),
    (LEGAL_CATEGORY, "crimes such as abduction", True),
    (LEGAL_CATEGORY, "police were given orders to fire", False),
    (LEGAL_CATEGORY, "charged with the killing of a soldier", False),
    (TAKEOVER_RELATIVE, "supporting the junta that seized power after deby's death", True),
    (TAKEOVER_RELATIVE, "the military, which took power in a coup", True),
    (TAKEOVER_RELATIVE, "soldiers seized power on wednesday", False),
    (TAKEOVER_RELATIVE, "rebels who seized the town", False),
])
def test_descriptions_new_shapes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, trigger, evaluated", [
    ("JNIM said the ambush near Djibo was part of a campaign against the junta's allies.", "ambush", True),
    ("Al-Shabaab has said the attack was a targeted killing of the district commissioner.", "killing", True),
    ("The raid marks a new phase in the army's campaign against the Arakan Army.", "raid", True),
    ("The shelling of Zaporizhzhia was a war crime, the foreign minister said.", "shelling", True),
    # Another act told in a clause of time after the evaluation, or after its complement.
    ("The attack came a day after gunmen killed five police officers in Zamfara.", "killed", False),
    ("The attack came a day after six soldiers were killed in an ambush in Menaka.", "killed", False),
    ("Saturday's attack on a bus in Guerrero was the third this year, killing 12 passengers.", "killing", False),
    ("M23 rebels attacked the town of Sake on Monday; the assault was the group's boldest yet.", "attacked", False),
    ("The attack was carried out by Fano militiamen near Gondar.", "attack", False),
])
def test_descriptions_evaluates_act(sentence, trigger, evaluated):
    lowered = sentence.lower()
    assert evaluates_act(lowered, lowered.index(trigger.lower())) is evaluated


@pytest.mark.parametrize("sentence, trigger, shown", [
    ("A video posted on social media shows soldiers beating protesters in Mandalay.", "beating", True),
    ("Footage verified by the agency showed Wagner fighters executing villagers near Moura.", "executing", True),
    # An act told by a past verb, or before the source, is the report's own.
    ("Pictures shared online showed burning houses after M23 rebels attacked Kitshanga.", "attacked", False),
    ("Soldiers beat protesters in Mandalay, and a video showed the crackdown.", "beat", False),
])
def test_descriptions_shows_in_source(sentence, trigger, shown):
    lowered = sentence.lower()
    assert shows_in_source(lowered, lowered.index(trigger.lower())) is shown


@pytest.mark.parametrize("sentence, trigger, background", [
    ("The Tatmadaw, which seized power in 2021, has lost control of much of the border.", "seized", True),
    ("From 2012, when jihadists seized northern Mali, the army has struggled to hold it.", "seized", True),
    # The sentence's own act after the dated clause, or a clause dated by a day.
    ("Russia, which annexed Crimea in 2014, launched drone strikes on Odesa overnight.", "strikes", False),
    ("Gunmen, who kidnapped 30 students in Kaduna on March 7, 2024, released them.", "kidnapped", False),
])
def test_descriptions_dates_background(sentence, trigger, background):
    lowered = sentence.lower()
    assert dates_background(lowered, lowered.index(trigger.lower())) is background


@pytest.mark.parametrize("sentence, trigger, figurative", [
    ("Doctors in Goma are fighting against a cholera outbreak in the camps.", "fighting", True),
    ("The government declared a war on poverty in the Sahel.", "war", True),
    ("Soldiers fighting against the rebels in Ituri killed 12 militiamen.", "fighting", False),
    ("Soldiers fighting against the rebels in Ituri killed 12 militiamen.", "killed", False),
])
def test_descriptions_speaks_figuratively(sentence, trigger, figurative):
    lowered = sentence.lower()
    assert speaks_figuratively(lowered, lowered.index(trigger.lower())) is figurative


@pytest.mark.parametrize("sentence, trigger, stated", [
    ("Kyiv said it was targeting Russian military depots in Crimea.", "targeting", True),
    ("The army says it is targeting only armed fighters in Rakhine.", "targeting", True),
    ("Russian drones were targeting the city of Kharkiv overnight, killing two.", "targeting", False),
])
def test_descriptions_states_target(sentence, trigger, stated):
    lowered = sentence.lower()
    assert states_target(lowered, lowered.index(trigger.lower())) is stated


@pytest.mark.parametrize("sentence, trigger, cls", [
    ("The prisoner swap is part of a deal brokered by Turkey.", "prisoner swap", "evaluation"),
    ("Videos recorded by residents depict the gunfight in the favela.", "gunfight", "document_summary"),
    ("The junta, which seized power in 2021, faces a new offensive.", "seized", "background"),
    ("Aid workers are battling a measles epidemic in the camps of Ituri.", "battling", "figurative"),
    ("Islamabad said it was targeting militants across the border.", "targeting", "intention"),
])
def test_descriptions_modality_drops_evaluations_sources_and_figures(judge, sentence, trigger, cls):
    judgement = judge.judge(sentence, 0, len(sentence), sentence.index(trigger))
    assert not judgement.is_event and cls in judgement.classes


@pytest.mark.parametrize("sentence, trigger", [
    # A day named: the evaluation is the act's first telling.
    ("The strike on a market in Sagaing was the deadliest since the coup, killing 40 people on Friday.", "strike"),
    ("The raid by marines in Culiacan on Thursday is the latest in a series of operations.", "raid"),
])
def test_descriptions_modality_keeps_evaluated_acts_of_a_named_day(judge, sentence, trigger):
    assert judge.judge(sentence, 0, len(sentence), sentence.index(trigger)).is_event


@pytest.mark.parametrize("sentence, trigger, category", [
    ("The emergency law gives soldiers broad authority to search, arrest and detain suspects.", "arrest", True),
    ("The new code sets longer sentences for crimes such as kidnapping and extortion.", "kidnapping", True),
    # An act told by a past verb, or before the category, is the report's.
    ("Troops were granted powers to arrest protesters, and on Monday they arrested 40 people.", "arrested", False),
    ("Police arrested three men on Monday over offences linked to kidnapping.", "arrested", False),
])
def test_descriptions_names_legal_category(sentence, trigger, category):
    lowered = sentence.lower()
    assert names_legal_category(lowered, lowered.rindex(trigger.lower())) is category


@pytest.mark.parametrize("sentence, trigger, takeover", [
    ("Protesters in Niamey denounced the junta that seized power in July.", "seized", True),
    ("ECOWAS sanctioned the officers who took power in Conakry.", "took", True),
    # The coup told, or another act of the sentence.
    ("Soldiers seized power in Ouagadougou on Friday.", "seized", False),
    ("The soldiers who seized power in Libreville on Wednesday named a general as leader.", "seized", False),
    ("Police loyal to the junta that seized power shot two protesters in Niamey on Sunday.", "seized", True),
    ("Police loyal to the junta that seized power shot two protesters in Niamey.", "shot", False),
])
def test_descriptions_names_rule_by_takeover(sentence, trigger, takeover):
    lowered = sentence.lower()
    assert names_rule_by_takeover(lowered, lowered.index(trigger.lower())) is takeover


@pytest.mark.parametrize("pattern, text, matches", [
    (PARTICIPANT_RELATIVE, "a french jihadist who also participated in the paris attacks", True),
    (PARTICIPANT_RELATIVE, "a commander who took part in the 2019 massacre", True),
    (PARTICIPANT_RELATIVE, "dozens of fighters took part in the attack", False),
    (ENABLED_ACT, "clearing the way for us-backed forces to attack the enclave", True),
    (ENABLED_ACT, "paved the way for the army to retake the town", True),
    (ENABLED_ACT, "engineers cleared the way to the bridge", False),
    (PAST_HISTORY, "shabaab has successfully overrun african union bases in the past", True),
    (PAST_HISTORY, "the group had attacked convoys in the past", True),
    (PAST_HISTORY, "gunmen have killed 20 villagers in the past two weeks", False),
    (PAST_HISTORY, "troops have recaptured three villages in the past 24 hours", False),
])
def test_descriptions_background_shapes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("check, sentence, trigger, found", [
    (identifies_participant, "A Tunisian jihadist who also participated in the Sousse attack was arrested.", "attack",
     True),
    # The sentence's main verb after the relative clause tells the act.
    (identifies_participant, "A Tunisian jihadist who also participated in the Sousse attack was arrested.",
     "arrested", False),
    # A trigger that opens with the main verb's auxiliary ("was killed") is past the relative clause.
    (identifies_participant, "A JNIM commander who took part in the attack on Kidal was killed by French forces.",
     "was killed", False),
    (identifies_participant, "Fighters who had participated in raids on the base were shelled on Monday.",
     "raids", True),
    (enables_act, "The evacuation is clearing the way for the army to attack the last JNIM positions.", "attack", True),
    (enables_act, "Engineers cleared the way to the bridge after troops shelled the positions.", "shelled", False),
    (tells_history, "The Fano militia has attacked convoys in the past, but on Sunday it ambushed a bus.", "attacked",
     True),
    (tells_history, "The Fano militia has attacked convoys in the past, but on Sunday it ambushed a bus.", "ambushed",
     False),
    (tells_history, "Rebels attacked the town on Monday; they have attacked it in the past.", "attacked", False),
])
def test_descriptions_background_checks_find_the_trigger_in_their_clause(check, sentence, trigger, found):
    lowered = sentence.lower()
    assert check(lowered, lowered.index(trigger.lower())) is found


@pytest.mark.parametrize("pattern, text, matches", [
    (COMPARED_SINCE, "the deaths are the first announced by the army since a report of clashes", True),
    (COMPARED_SINCE, "the deadliest attack on the town since the junta seized power", True),
    (COMPARED_SINCE, "the most serious clashes since the ceasefire", True),
    (COMPARED_SINCE, "fighting has intensified since the rebels launched an offensive", False),
    (COMPARED_SINCE, "the first convoy left goma on monday", False),
    (COMPARED_ACT, "the toll made it the worst strike in a single area since may", True),
    (COMPARED_ACT, "it was the deadliest attack on a patrol since the coup", True),
    (COMPARED_ACT, "gunmen killed 30 soldiers in the deadliest attack since the coup", False),
    (COMPARED_ACT, "it was the deadliest attack on a patrol this year", False),
])
def test_descriptions_comparison_shapes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, trigger, found", [
    # The act a comparison counts from is its reference point, told before.
    ("The deaths are the first announced by the Burkinabe army since a report of clashes near Djibo.", "clashes",
     True),
    ("It was the most serious attack in Cauca since FARC dissidents ambushed soldiers in Suarez.", "ambushed", True),
    ("M23 shelled Goma, the first attack on the city since the rebels captured Sake.", "captured", True),
    # The compared act as a copula's complement is an act told elsewhere, evaluated.
    ("The death toll made it the worst strike on Kharkiv since May.", "strike", True),
    # The act told by its verb before the comparison is the report's own.
    ("M23 shelled Goma, the first attack on the city since the rebels captured Sake.", "shelled", False),
    ("Jihadists killed 30 soldiers near Djibo, the deadliest attack since the coup.", "killed", False),
    # A "since" clause with no comparison dates a span, and is left to the other checks.
    ("Fighting flared in Cauca since dissidents attacked a police station in Suarez.", "attacked", False),
    # The reference ends with its clause: an act told after a comma is not in it.
    ("The raid was the first since the truce, and marines later shot two gunmen in Culiacan.", "shot", False),
])
def test_descriptions_compares_with_earlier(sentence, trigger, found):
    lowered = sentence.lower()
    assert compares_with_earlier(lowered, lowered.index(trigger.lower())) is found


@pytest.mark.parametrize("sentence, trigger, kept", [
    ("Police said it was the deadliest attack in Cauca since FARC dissidents ambushed soldiers in Suarez in March.",
     "ambushed", False),
    # A named day makes the reference act recent news of its own.
    ("The clashes were the fiercest since the Arakan Army seized Paletwa on Monday.", "seized", True),
])
def test_descriptions_modality_files_comparisons_as_background(judge, sentence, trigger, kept):
    judgement = judge.judge(sentence, 0, len(sentence), sentence.index(trigger))
    assert judgement.is_event is kept and (kept or "background" in judgement.classes)


@pytest.mark.parametrize("text, matches", [
    ("since 2022", True),
    ("Since 2019", True),
    ("in 2022", False),
    ("late 2019", False),
])
def test_descriptions_since_year_matches_only_the_start_of_a_span(text, matches):
    from sitrep.events.descriptions import SINCE_YEAR

    assert (SINCE_YEAR.match(text) is not None) is matches
