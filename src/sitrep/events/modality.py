"""Judge whether a trigger is reported as having happened, or is intention, forecast, denial..."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.events.clauses import RELATIVE_ASIDE
from sitrep.events.descriptions import (
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
    told_in_past,
)
from sitrep.knowledge.lexicons import ModalityCue
from sitrep.recognise.named_days import (
    LAST_NIGHT,
    MONTH_NAME,
    OVERNIGHT,
    THIS_MORNING,
    WEEKDAY,
    YESTERDAY,
    day_pattern,
)
from sitrep.recognise.phrases import PhraseIndex

#: Where a clause ends, so a hedge in one clause does not veto a trigger in the next.
#: "Daesh is trying to extend its influence, attacking the army" -> the attack is reported.
#: Looser than `clauses.CLAUSE_BREAK` on purpose: a hedge's reach ends at any comma, while a
#: second act needs a firmer break before it is an event of its own ("attacked A, killing three").
CLAUSE_BOUNDARY = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:but|while|whereas|after|before|when|and then)\b")
#: A reporting verb with "that", which opens the clause telling what was reported: a hedge on
#: the telling is not one on the act told ("He would add that troops shelled the town", "it may
#: be recalled that rebels attacked the convoy"). Not "warned that", "feared that", "claims that",
#: "denied that" (cues themselves), nor "said it would attack" (the hedge stands in the
#: complement, as it does in "said that they would attack"), nor a noun or a verb a hedge may
#: govern: "unconfirmed reports that", "officials cannot say that".
REPORTED_THAT = re.compile(r"\b(?:said|says|added|adds|add|stated|reported|explained|explains"
                           r"|noted|reporting|recalled|recalls|stressed|stresses|indicated|indicates|revealed|reveals"
                           r"|told\s+[a-z]+)\s+that\b")
#: Where a subordinate tail after the trigger opens: a purpose ("carried out raids to weaken the
#: defences", "in order to retake the town", "in a bid to", "aimed at") or a relative clause after
#: a comma, full or reduced ("rallied against the judge, who is investigating the blast of last
#: year", "against the judge, tasked with investigating last year's blast"). Its hedges
#: and dates belong to its own verb, not to the act told before it. Matched on the sentence as
#: written: a bare "to" takes a lowercase word that is no determiner, number word or plural noun
#: ("to the north", "to civilians", "to Kyiv", "to more than 30" open none), nor "according to".
SUBORDINATE_TAIL = re.compile(
    r"\b(?:in\s+order\s+to|so\s+as\s+to|in\s+(?:a|an)\s+(?:bid|attempt|effort)\s+to|aimed\s+at|with\s+the\s+aim\s+of)\b"
    r"|(?<!according )(?<!due )(?<!next )(?<!close )(?<!prior )(?<!up )\bto\s+"
    r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any|more|over|about|around|at"
    r"|least|nearly|almost|all|both|each|every|one|two|three|death|date|power|safety|hospital|al|el|have|be|been)\b)[a-z]+(?<!s)\b"
    r"|,\s*(?:who|whom|whose|which)\b|,\s*(?:[a-z]+ed|known|born|seen|held)\s+(?:with|of|for|in|by|as|on)\b")
#: A second predicate joined to a nominal trigger's own: "Protesters blocked the square and were
#: due to march on" (the hedge is the second predicate's), not "attacks and raids will go on".
SECOND_PREDICATE = re.compile(r"\band\s+(?:was|were|is|are|will|would|could|may|might|have|has|had|then)\b")
#: "not" that opens a lower bound, no denial: "not less than 20 protesters were arrested", "not
#: fewer than five soldiers" (what follows "not" here).
NOT_BOUND = re.compile(r"\s+(?:less|fewer)\s+than\b")
#: Cue words that are also proper names or months when capitalised ("May 10th").
CASE_SENSITIVE_CUES = frozenset({"may", "will", "can"})
#: Analysis connectives that, followed by "of", are a preposition naming the cause of the act
#: told: "two soldiers were killed as a result of the shelling" reports the act, where "As a
#: result, the town was cut off" draws a conclusion.
CAUSAL_CONNECTIVES = frozenset({"as a result"})
#: What makes a causal connective a preposition: "as a result of the attack" (not "as a result,").
CAUSE_OF = re.compile(r"\s+of\b")
#: Background cues that say an act goes on: told of a named day ("clashes were ongoing on
#: Wednesday", "fighting continued overnight"), they tell that day's act, news, not background.
CONTINUATION_CUES = frozenset({"continues", "continue", "ongoing", "is underway", "are underway"})
#: Descriptions of acts that tell no one act (`events.descriptions`), checked on the lowercased
#: sentence: the check, the class a candidate it fires on is filed under, and whether a named
#: day ("on Monday") makes the sentence that day's news after all.
DESCRIPTION_CHECKS = (
    (describes_habit, "habit", False),
    (tells_many_acts, "cumulative", True),
    (qualified_as_trend, "trend", True),
    (instructs_act, "intention", False),
    (summarises_document, "document_summary", True),
    (shows_in_source, "document_summary", True),
    (evaluates_act, "evaluation", True),
    (dates_background, "background", False),
    (speaks_figuratively, "figurative", False),
    (states_target, "intention", False),
    (names_legal_category, "hypothetical", False),
    (names_rule_by_takeover, "background", False),
    (identifies_participant, "background", False),
    (enables_act, "intention", False),
    (tells_history, "past_period", False),
    (compares_with_earlier, "background", True),
)
#: A total penalty at or above this drops the candidate event.
DROP_PENALTY = 1.0
#: The start a running toll counts from: "since the conflict broke out", "since October 2023",
#: "since fighting between X and Y started". Not "since Monday's attack" (one event's toll).
_TOLL_START = (r"since\b[^.]{0,60}?\b(?:start|beginning|outbreak|onset|conflict|war|coup|fighting|began|started"
               r"|broke out|january|february|march|april|may|june|july|august|september|october|november"
               r"|december|(?:19|20)\d\d)\b")
#: A tally told in the present perfect: "have been killed", "has died", "has launched hundreds of".
_TALLIED = r"\b(?:have|has)\s+(?:been\s+)?(?:killed|died|launched|carried\s+out|staged|fired)\b"
#: The dead of a kind counted over a period, not one event's toll: "the number of police
#: officers slain by rebels this year went up to 12", "the number of soldiers killed so far
#: rose to 40". Not "the number of people killed in the blast rose to 30" (one event's toll).
_COUNTED_OVER_PERIOD = (r"\bnumber\s+of\s+[a-z ]{0,50}?\b(?:killed|slain|dead)\b[^.]{0,80}?"
                        r"\b(?:this\s+year|so\s+far|to\s+date|since)\b")
#: A running toll: deaths or attacks counted since a start, a tally of many events rather than
#: one. "Over 200 people have been killed since the conflict broke out", "Since October 2023,
#: 1,873 people have died", "Since the outbreak of the war, the group has launched hundreds of
#: rockets", "This brings the total number of protesters killed to 117". Not: "Two soldiers
#: were killed on Monday", "30 people have died since Monday's strike".
RUNNING_TOLL = re.compile(rf"{_TALLIED}[^.]{{0,80}}\b{_TOLL_START}|\b{_TOLL_START}[^.]{{0,80}}{_TALLIED}"
                          r"|\bbrings\s+the\s+(?:total|toll)\b|\btotal\s+number\s+of\s+[a-z ]{0,30}killed\b"
                          rf"|{_COUNTED_OVER_PERIOD}")

#: A period of weeks, months or years over which acts are told: a tally or background, not one
#: event ("Hundreds have been killed in recent weeks", "during the past two years", "In the last
#: few months, bandits have downed a jet; attacked a school", "After twenty months of clashes",
#: "armed groups have operated in the east for decades, with recent attacks ...", "a group known
#: for fighting the government for years"). Not "in recent days" or "in the past 24 hours" (a
#: report's latest acts, coded on gold/train), nor "last week" (one act dated by its week), nor
#: "the first attack in years". Calibrated on gold/train: 6 non-event sentences and 9 false
#: candidates say it, no gold event does.
PAST_SPAN = re.compile(
    r"\b(?:in|over|during|for|within)\s+(?:the\s+)?(?:recent|past|last|latest|previous)\s+"
    r"(?:few\s+|several\s+|couple\s+of\s+|[\w-]+\s+)?(?:weeks|months|years|decades)\b"
    r"|(?:^|\b(?:after|following)\s+)[\w-]+\s+(?:months|years)\s+of\b")
#: A part of a month or year over which acts are counted: a tally, not one event. "More than 100
#: civilians were killed in the first half of December across the region", "during the month of
#: Ramadan, 40 attacks", "so far this year", "since the start of the year". Not "in the first
#: hours of the assault" (one act's hours), "in December, the group attacked a police station"
#: (one act dated by its month). Calibrated on gold/train: 1 false candidate says it, no gold event.
PERIOD_TALLY = re.compile(
    r"\b(?:in|during|over|throughout)\s+the\s+(?:first|second|latter|last|past)\s+(?:half|quarter)\s+of\b"
    r"|\b(?:in|during|throughout)\s+the\s+(?:whole\s+|entire\s+)?month\s+of\b"
    r"|\b(?:so\s+far|to\s+date)\s+this\s+(?:year|month)\b|\bthis\s+year\s+alone\b"
    r"|\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month)\b")
#: Acts dated by a year alone: a year's tally or background, not one event ("A UN report says 300
#: civilians were killed in Sudan in 2023", "more than 1,200 civilians were killed by drone strikes
#: in 2023"), unless the sentence also names a month or a day (`MONTH_OR_DAY`). Not "in 2023-24"
#: or "in 2023, 12" (a figure follows). A plain fact of reporting: no gold/train candidate says it.
YEAR_ONLY = re.compile(r"\b(?:in|during|throughout|over)\s+(?:all\s+of\s+)?(?:19|20)\d\d\b(?![\s,-]*\d)")
#: A month or a day named in a sentence: "in June 2015", "on Monday", "Dec. 15".
MONTH_OR_DAY = day_pattern(MONTH_NAME, WEEKDAY, YESTERDAY, "today", OVERNIGHT)
#: The bare span "for months/years/decades" (added on two false dev events; no gold/train sentence
#: says it): background of acts named as nouns ("armed groups have operated in the east for decades,
#: with recent attacks", "a group known for fighting the government for years"), but not of an act
#: told by a past verb beside a place's history ("In a region where rebels have fought for decades,
#: guerrillas attacked a police station", "gunmen killed a chief in a province unstable for years").
BARE_SPAN = re.compile(r"\bfor\s+(?:many\s+|several\s+)?(?:months|years|decades)\b")

#: A day named for the act: a sentence that has one tells that day's act, whatever span it also
#: names ("gunmen who had terrorised the area for the past several months attacked the village on
#: Monday", "killing five, the third such attack in the past two weeks"), "overnight", "this
#: morning". Not "today" nor a day of a month: "fighting has raged since 3 March" is a span.
ONE_DAY = day_pattern(WEEKDAY, YESTERDAY, OVERNIGHT, LAST_NIGHT, THIS_MORNING)
#: Acts in the plural or the mass, as a trend speaks of them ("attacks", "violence"; not "the attack").
_TREND_ACTS = (r"(?:attacks|strikes|fighting|clashes|violence|killings|kidnappings|abductions|raids|shelling|"
               r"bombings|protests)")
#: A trend of acts rather than an act: "drone strikes have intensified around the city",
#: "fighting has escalated since the offensive", "the increase in attacks comes after the
#: election", "the group ramps up attacks", "the scale of kidnappings has reached". Not "clashes
#: broke out", "the toll rose to 30" (one act's toll: no perfect tense, no "in"), "the death toll
#: from Sunday's bombing has risen to 30" (a toll brought up to a figure: "to" follows), "the
#: scale of the attack" (one act). Calibrated on gold/train: 8 non-event sentences and 3 false
#: candidates say it, no gold event does.
TREND = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?(?:increased|intensified|escalated|risen|soared|surged|grown"
    r"|declined|decreased|spiked|multiplied|dropped|fallen)\b(?!\s+to\b)"
    rf"|\b(?:increase|rise|surge|spike|escalation|upsurge|uptick|decline)\s+in\s+(?:the\s+(?:number|frequency)\s+of\s+)?"
    rf"{_TREND_ACTS}\b"
    rf"|\bramps?\s+up\b|\bscale\s+of\s+{_TREND_ACTS}\b")


def without_asides(lowered_sentence: str, rel_trigger: int) -> str:
    """The sentence with each relative clause set off by commas that does not hold the trigger
    blanked out (offsets kept): its tally or its years tell its subject's past, not the act told
    ("The ADF, which has killed thousands since 2014, attacked Oicha on Friday")."""
    out = lowered_sentence
    for match in RELATIVE_ASIDE.finditer(lowered_sentence):
        if not match.start() <= rel_trigger < match.end():
            out = out[:match.start()] + " " * (match.end() - match.start()) + out[match.end():]
    return out


def subordinate_tail(sentence: str, lowered_sentence: str, rel_trigger: int) -> tuple[int, int]:
    """Bounds of the purpose or relative clause that first follows the trigger in its sentence,
    up to the next clause boundary (empty, at the sentence's end, when there is none)."""
    opening = SUBORDINATE_TAIL.search(sentence, rel_trigger + 1)
    if opening is None:
        return len(sentence), len(sentence)
    after = CLAUSE_BOUNDARY.search(lowered_sentence, opening.start() + 1)
    return opening.start(), after.start() if after else len(sentence)


@dataclass(frozen=True)
class ModalityJudgement:
    penalty: float
    classes: tuple[str, ...]

    @property
    def is_event(self) -> bool:
        return self.penalty < DROP_PENALTY


class ModalityJudge:
    """Scores the hedges, intentions, forecasts and denials around a trigger."""

    def __init__(self, cues: list[ModalityCue]) -> None:
        self._index: PhraseIndex[ModalityCue] = PhraseIndex((c.phrase, c) for c in cues)

    def judge(self, text: str, sent_start: int, sent_end: int, trigger_start: int,
              lowered: str | None = None, nominal: bool = False) -> ModalityJudgement:
        """Penalty of the cues around a trigger. A nominal trigger ("attacks will bring...")
        is the subject of a later verb, so cues after it in its clause count too."""
        lowered = text.lower() if lowered is None else lowered
        sentence = lowered[sent_start:sent_end]
        clause_start = 0
        rel_trigger = trigger_start - sent_start
        for m in CLAUSE_BOUNDARY.finditer(sentence, 0, rel_trigger):
            clause_start = m.end()
        for m in REPORTED_THAT.finditer(sentence, clause_start, rel_trigger):
            clause_start = m.end()
        clause_end = rel_trigger
        tail_start, tail_end = subordinate_tail(text[sent_start:sent_end], sentence, rel_trigger)
        if nominal:
            after = CLAUSE_BOUNDARY.search(sentence, rel_trigger + 1)
            second = SECOND_PREDICATE.search(sentence, rel_trigger + 1)
            clause_end = min(after.start() if after else len(sentence), tail_start,
                             second.start() if second else len(sentence))
        one_day = ONE_DAY.search(sentence) is not None
        penalty, classes = 0.0, []
        seen_sentence_classes: set[str] = set()
        for start, end, cues in self._index.find(sentence):
            original = text[sent_start + start: sent_start + end]
            for cue in cues:
                if cue.phrase in CASE_SENSITIVE_CUES and original != cue.phrase:
                    continue
                if cue.phrase in CAUSAL_CONNECTIVES and CAUSE_OF.match(sentence, end):
                    continue  # "killed as a result of the shelling": the cause told, no analysis
                if cue.phrase == "not" and NOT_BOUND.match(sentence, end):
                    continue  # "not less than 20 were arrested": a count, nothing denied
                if cue.phrase in CONTINUATION_CUES and one_day:
                    continue  # "clashes were ongoing on Wednesday": that day's act
                if cue.scope == "before":
                    # A cue may end in the tail's own "to" ("the offensive risks to cut them off").
                    if not (clause_start <= start and (end <= rel_trigger or start < clause_end)) or \
                            rel_trigger <= start < rel_trigger + 1:
                        continue
                elif tail_start <= start < tail_end:
                    continue  # "the judge, who is investigating last year's blast": the tail's own verb
                elif cue.cls in seen_sentence_classes:
                    continue  # a sentence-wide class counts once
                else:
                    seen_sentence_classes.add(cue.cls)
                penalty += cue.penalty
                classes.append(cue.cls)
        # Tallies, trends and spans are the sentence's, less its asides' ("the ADF, which has killed
        # thousands since 2014, attacked Oicha on Friday": Friday's attack is told).
        main = without_asides(sentence, rel_trigger)
        if RUNNING_TOLL.search(main):
            penalty += DROP_PENALTY
            classes.append("cumulative")
        if TREND.search(main):
            penalty += DROP_PENALTY
            classes.append("trend")
        # A year in an aside still makes a sentence with no day background ("The conflict, which
        # began in 2012, has killed thousands").
        if (PAST_SPAN.search(main) or PERIOD_TALLY.search(main)
                or (YEAR_ONLY.search(sentence) and not MONTH_OR_DAY.search(sentence))
                or (BARE_SPAN.search(main) and not told_in_past(main, rel_trigger))) and not one_day:
            penalty += DROP_PENALTY
            classes.append("past_span")
        for describes, cls, named_day_makes_news in DESCRIPTION_CHECKS:
            if describes(sentence, rel_trigger) and not (named_day_makes_news and one_day):
                penalty += DROP_PENALTY
                classes.append(cls)
        if names_act_as_idea(text[sent_start:sent_end], rel_trigger):
            penalty += DROP_PENALTY
            classes.append("act_as_idea")
        return ModalityJudgement(round(penalty, 3), tuple(classes))
