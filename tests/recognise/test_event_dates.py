"""Dating an event from the dates of its sentence and the sentences around it."""
from __future__ import annotations

import datetime as dt

import pytest
from tests.recognise.conftest import PUBLISHED, run

from sitrep.model import WorkingDoc
from sitrep.recognise.date_roles import starts_span
from sitrep.recognise.event_dates import (
    CAUSE_BEFORE,
    COUNTED_BACK_BEFORE,
    DATELINE_AFTER_DATE,
    DATELINE_BEFORE_DATE,
    ONGOING,
    event_date,
)


def _date_of(doc: WorkingDoc, sentence_index: int):
    s = doc.sentences[sentence_index]
    return event_date(doc, s.start, s.end)


def test_event_date_takes_the_date_of_its_sentence(splitter):
    doc = run(splitter, "Rebels attacked the town on Monday. Troops shelled the hills on Tuesday.")
    assert _date_of(doc, 1) == (dt.date(2024, 3, 12), 1)


def test_event_date_prefers_a_named_day_to_overnight(splitter):
    doc = run(splitter, "The overnight attack on Monday killed two soldiers.")
    assert _date_of(doc, 0) == (dt.date(2024, 3, 11), 1)


def test_event_date_prefers_the_event_day_to_the_reporting_day(splitter):
    doc = run(splitter, "Rebels attacked the base on Monday, officials said on Tuesday.")
    assert _date_of(doc, 0) == (dt.date(2024, 3, 11), 1)


@pytest.mark.parametrize("text, expected", [
    # The dateline's date is the day the report was filed; the day the sentence names dates the act.
    ("SANAA, March 15 (Reuters) - Drones struck a ship near the port on Monday, officials said.", dt.date(2024, 3, 11)),
    ("Bamako, March 15 (AFP) \u2014 Jihadists attacked the army camp on Tuesday.", dt.date(2024, 3, 12)),
    ("BEIRUT, Lebanon, March 15, 2024 (AP) - An airstrike hit a car on Monday.", dt.date(2024, 3, 11)),
    # A dateline with no other day dates the act; a date in the text outside a dateline is the act's.
    ("KYIV, March 14 (Reuters) - Drones struck the city, officials said.", dt.date(2024, 3, 14)),
    ("Rebels attacked the town on March 13 (local time) and on Monday shelled the hills.", dt.date(2024, 3, 13)),
])
def test_event_date_reads_a_dateline_as_the_filing_day(splitter, text, expected):
    doc = run(splitter, text)
    assert _date_of(doc, 0)[0] == expected


@pytest.mark.parametrize("pattern, text, matches", [
    (DATELINE_AFTER_DATE, " (Reuters) - Drones", True),
    (DATELINE_AFTER_DATE, ", 2024 (AP) - An", True),
    (DATELINE_AFTER_DATE, " (local time) and", False),
    (DATELINE_BEFORE_DATE, "SANAA, ", True),
    (DATELINE_BEFORE_DATE, "\nBEIRUT, Lebanon, ", True),
    (DATELINE_BEFORE_DATE, "Rebels attacked the town on ", False),
])
def test_event_date_dateline_regexes_match_their_examples(pattern, text, matches):
    found = pattern.match(text) if pattern is DATELINE_AFTER_DATE else pattern.search(text)
    assert (found is not None) is matches


def test_event_date_uses_the_reporting_day_when_alone(splitter):
    doc = run(splitter, "Officials said on Tuesday that rebels attacked the base.")
    assert _date_of(doc, 0) == (dt.date(2024, 3, 12), 1)


def test_event_date_inherits_the_date_before_in_the_paragraph(splitter):
    doc = run(splitter, "Rebels attacked the town on 2 January. Two soldiers died in the fighting.")
    assert _date_of(doc, 1) == (dt.date(2024, 1, 2), 1)


def test_event_date_inherits_a_recent_date_from_an_earlier_paragraph(splitter):
    doc = run(splitter, "Rebels attacked the town on Monday.\n\nTwo soldiers died in the fighting.")
    assert _date_of(doc, 1) == (dt.date(2024, 3, 11), 1)


def test_event_date_ignores_an_old_date_from_an_earlier_paragraph(splitter):
    doc = run(splitter, "The war began on 2 January 2019.\n\nRebels shelled the town.")
    assert _date_of(doc, 1) == (PUBLISHED, 1)


def test_event_date_falls_back_to_publication_date(splitter):
    doc = run(splitter, "Rebels shelled the town.")
    assert _date_of(doc, 0) == (PUBLISHED, 1)


def test_event_date_is_none_without_any_date(splitter):
    doc = run(splitter, "Rebels shelled the town.", published=None)
    assert _date_of(doc, 0) == (None, None)


def test_event_date_is_none_for_a_bare_year(splitter):
    doc = run(splitter, "Rebels attacked on Monday. The group seized the city in 2014.")
    assert _date_of(doc, 1) == (None, None)



@pytest.mark.parametrize(("text", "index", "expected"), [
    # "in the past few days" spans the days before: the day named before it goes on
    ("Troops retook the town on Monday. They had cleared the villages in the past few days. "
     "Rebels shelled the bridge.", 2, (dt.date(2024, 3, 11), 1)),
    # a relative span dates its own sentence only; after it, the report's day
    ("Rebels have shelled the villages over the past few days. Two soldiers died in the fighting.",
     1, (PUBLISHED, 1)),
    # a month named outright is no relative span: it dates what follows
    ("Rebels shelled the town on Monday. In January 2024, they took the hills. Troops fled.",
     2, (dt.date(2024, 1, 1), 3)),
])
def test_event_date_carries_no_relative_span_forward(splitter, text, index, expected):
    assert _date_of(run(splitter, text), index) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the next sentence names the act's day, just before the telling
    ("The ministry said on Tuesday that ten soldiers were killed in an ambush. "
     "Five more were hurt in the attack on Monday.", (dt.date(2024, 3, 11), 1)),
    ("Officials said on Tuesday the toll from the strike rose to 30. Before Monday's strike, 200 people "
     "lived there.", (dt.date(2024, 3, 11), 1)),
    # a day long before the telling is background: the telling dates the event
    ("The ministry said on Tuesday that ten soldiers were killed in an ambush. "
     "The war began on 2 January.", (dt.date(2024, 3, 12), 1)),
])
def test_event_date_takes_the_day_a_retelling_names(splitter, text, expected):
    assert _date_of(run(splitter, text), 0) == expected


def test_event_date_carries_no_lapse_forward(splitter):
    doc = run(splitter, "A truce was agreed 24 hours after the offensive began. Both sides pulled back.")
    assert _date_of(doc, 0) == (dt.date(2024, 3, 12), 1)
    assert _date_of(doc, 1) == (PUBLISHED, 1)


@pytest.mark.parametrize(("text", "opens"), [
    ("the worst since Monday", True), ("fighting until 3 May", True), ("clashed on Monday", False),
    ("as smoke from Wednesday's strike rose", False), ("the toll from Sunday’s raid", False),
    ("the first since Sunday's raid", True),
])
def test_starts_span_tells_the_ends_of_spans(splitter, text, opens):
    doc = run(splitter, text)
    assert starts_span(text, doc.date_mentions[0]) is opens



@pytest.mark.parametrize("text, expected", [
    # the cause's date is not the event's: the named day of the protest wins
    ("Protests sparked by the killing of a student on 2 March turned violent on Sunday.", dt.date(2024, 3, 10)),
    # the cause's date alone: the event takes the report's day
    ("Police fired on crowds in the unrest triggered by the death of a student on 2 March.", PUBLISHED),
    ("Rebels shelled the town in retaliation for the raid on Monday.", PUBLISHED),
    # a comma closes the cause: the date after it is the event's
    ("Sparked by the killing, the protests spread to the capital on Monday.", dt.date(2024, 3, 11)),
])
def test_event_date_skips_the_date_of_a_cause(splitter, text, expected):
    assert _date_of(run(splitter, text), 0)[0] == expected


@pytest.mark.parametrize("text, cause", [
    ("unrest sparked by the death of X on ", True), ("in response to the attack on ", True),
    ("protests continued on ", False), ("sparked by the killing, protests went on on ", False),
])
def test_cause_before_matches_a_cause_reaching_the_date(text, cause):
    assert (CAUSE_BEFORE.search(text) is not None) is cause


@pytest.mark.parametrize("trigger, expected", [
    # two acts of two days in one sentence: each takes the day named nearest its trigger
    ("clashes", dt.date(2024, 2, 27)), ("died near", dt.date(2024, 3, 2)),
])
def test_event_date_takes_the_day_nearest_the_trigger(splitter, trigger, expected):
    text = ("A commander died in clashes near Alpha on February 27 and "
            "a second officer died near Beta on March 2.")
    doc = run(splitter, text)
    s = doc.sentences[0]
    assert event_date(doc, s.start, s.end, text.index(trigger))[0] == expected


def test_event_date_without_a_trigger_takes_the_first_day(splitter):
    doc = run(splitter, "A commander died near Alpha on February 27 and another near Beta on March 2.")
    assert _date_of(doc, 0)[0] == dt.date(2024, 2, 27)


@pytest.mark.parametrize("text, expected", [
    # going on while told: the telling's day, not the day a later sentence names
    ("Residents said on Tuesday that gunmen are burning the village right now. "
     "The gunmen had come on Monday.", dt.date(2024, 3, 12)),
    # going on, no telling day: the report's day, not the day named before
    ("Rebels killed two soldiers on Monday. An encounter is going on at the border post.", PUBLISHED),
    # not going on: the narrative's day carries on
    ("Rebels killed two soldiers on Monday. The encounter went on at the border post.", dt.date(2024, 3, 11)),
])
def test_event_date_dates_an_ongoing_act_to_its_telling(splitter, text, expected):
    doc = run(splitter, text)
    index = 0 if text.startswith("Residents") else 1
    assert _date_of(doc, index)[0] == expected


@pytest.mark.parametrize("text, ongoing", [
    ("an encounter is going on", True), ("clashes are still continuing", True),
    ("they are burning it right now", True), ("the operation is underway", True),
    ("fighting went on for days", False), ("the continuing clashes", False),
])
def test_ongoing_matches_an_act_told_as_going_on(text, ongoing):
    assert (ONGOING.search(text) is not None) is ongoing


def test_event_date_a_lapse_after_an_act_dates_only_the_act_after_it(splitter):
    text = ("Gunmen raided the village on Monday. The raid came a day after six farmers were killed nearby. "
            "Aid groups left the area.")
    doc = run(splitter, text)
    s = doc.sentences[1]
    killed, raid = text.index("were killed"), text.index("The raid")
    assert event_date(doc, s.start, s.end, killed) == (dt.date(2024, 3, 10), 1)
    assert event_date(doc, s.start, s.end, raid) == (dt.date(2024, 3, 11), 1)
    assert _date_of(doc, 2) == (dt.date(2024, 3, 11), 1)


@pytest.mark.parametrize(("before", "counted_back"), [
    ("It was the deadliest attack on the town since ", True),
    ("the biggest challenge to the junta since it seized power on ", True),
    ("the first deaths announced by the army since a ", True),
    ("the heaviest shelling of Kharkiv since ", True),
    ("Fighting has raged around Goma since ", False),
    ("the worst hit since 2019, and rebels attacked on ", False),
])
def test_counted_back_before_matches_its_examples(before, counted_back):
    assert (COUNTED_BACK_BEFORE.search(before) is not None) is counted_back


@pytest.mark.parametrize(("text", "expected"), [
    # the day counted back to is the past an act is measured against, not the act's day
    ("Gunmen killed 12 villagers near Djibo on Tuesday. It was the deadliest attack in the province "
     "since 2 March.", (dt.date(2024, 3, 12), 1)),
    ("Troops shot dead three protesters in Mandalay yesterday. The protests were the biggest challenge "
     "to the junta since it dissolved parliament on Sunday.", (dt.date(2024, 3, 12), 1)),
    # a span's first day with no superlative still dates the sentence
    ("Clashes have raged around Sake since Monday.", (dt.date(2024, 3, 11), 1)),
])
def test_event_date_skips_a_day_counted_back_to(splitter, text, expected):
    doc = run(splitter, text)
    assert _date_of(doc, len(doc.sentences) - 1) == expected
