"""Date recognition, on made-up sentences."""
from __future__ import annotations

import datetime as dt

import pytest
from tests.recognise.conftest import PUBLISHED

from sitrep.model import Document, MentionKind
from sitrep.pipeline import Pipeline
from sitrep.recognise.date_roles import REPORTED_AFTER, REPORTED_ON, is_report_date
from sitrep.recognise.dates import (
    AFTER_LABEL,
    BARE_MONTH,
    DAY_MONTH,
    HOLIDAY,
    ISO_DATE,
    MONTH_DAY,
    MONTH_YEAR,
    NAMED_AFTER_DATE,
    NUMERIC_DATE,
    WEEKDAY,
    YEAR_ONLY,
    DateRecogniser,
    find_dates,
    names_a_day,
    stated_weekdays,
    weekday_pinned_day,
    yearless_days,
)


def only_date(text: str, published: dt.date | None = PUBLISHED):
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(("text", "expected", "precision", "label"), [
    ("Rebels attacked the town on 12 September 2018.", dt.date(2018, 9, 12), 1, "absolute"),
    ("Rebels attacked the town on Sept. 12, 2018.", dt.date(2018, 9, 12), 1, "absolute"),
    ("Rebels attacked the town on 12/09/2018.", dt.date(2018, 9, 12), 1, "absolute"),
    ("Rebels attacked the town on 09/25/2018.", dt.date(2018, 9, 25), 1, "absolute"),
    ("Rebels attacked the town on 2018-09-12.", dt.date(2018, 9, 12), 1, "absolute"),
    ("Rebels attacked the town on the 27th of July 2022.", dt.date(2022, 7, 27), 1, "absolute"),
    ("Rebels attacked the town on Tuesday 5 March.", dt.date(2024, 3, 5), 1, "absolute"),
    ("Rebels attacked the town on Sunday, March 10.", dt.date(2024, 3, 10), 1, "absolute"),
    ("Rebels attacked the town on March 10th.", dt.date(2024, 3, 10), 1, "absolute"),
    ("Rebels attacked the town on December 28.", dt.date(2023, 12, 28), 1, "absolute"),
    ("Fighting resumed in March 2023.", dt.date(2023, 3, 1), 3, "month"),
    ("Fighting resumed in December.", dt.date(2023, 12, 1), 3, "month"),
    ("Fighting resumed in early February.", dt.date(2024, 2, 1), 3, "month"),
    ("Rebels attacked the town on Saturday.", dt.date(2024, 3, 9), 1, "weekday"),
    ("Rebels attacked the town on Wednesday.", dt.date(2024, 3, 13), 1, "weekday"),
    ("Rebels attacked the town last Wednesday.", dt.date(2024, 3, 6), 1, "weekday"),
    ("Rebels attacked the town on Tuesday night.", dt.date(2024, 3, 12), 1, "weekday"),
    ("Rebels attacked the town yesterday.", dt.date(2024, 3, 12), 1, "relative"),
    ("Rebels attacked the town today.", dt.date(2024, 3, 13), 1, "relative"),
    ("Rebels attacked the town this morning.", dt.date(2024, 3, 13), 1, "relative"),
    ("Rebels attacked the town a few hours ago.", dt.date(2024, 3, 13), 1, "relative"),
    ("Rebels attacked the town last night.", dt.date(2024, 3, 12), 1, "relative"),
    ("Rebels attacked the town overnight.", dt.date(2024, 3, 12), 1, "relative"),
    ("Rebels attacked the town two days ago.", dt.date(2024, 3, 11), 1, "relative"),
    ("Rebels attacked the town the day before yesterday.", dt.date(2024, 3, 11), 1, "relative"),
    ("Rebels attacked the town last week.", dt.date(2024, 3, 4), 2, "relative"),
    ("Rebels attacked the town earlier this week.", dt.date(2024, 3, 11), 2, "relative"),
    ("Rebels attacked the town over the weekend.", dt.date(2024, 3, 9), 2, "relative"),
    ("Rebels attacked the town in recent days.", dt.date(2024, 3, 10), 2, "relative"),
    ("Rebels attacked the town in the past days.", dt.date(2024, 3, 10), 2, "relative"),
    ("Rebels attacked the town in the past 24 hours.", dt.date(2024, 3, 12), 2, "relative"),
    ("Rebels attacked the town earlier this month.", dt.date(2024, 3, 1), 3, "relative"),
    ("Rebels attacked the town last month.", dt.date(2024, 2, 1), 3, "relative"),
    ("Rebels attacked the town on Christmas day.", dt.date(2023, 12, 25), 1, "absolute"),
    ("Rebels attacked the town on Valentine’s Day.", dt.date(2024, 2, 14), 1, "absolute"),
    ("Rebels attacked the town on New Year's Eve.", dt.date(2023, 12, 31), 1, "absolute"),
])
def test_find_dates_resolves_expression(text, expected, precision, label):
    mention = only_date(text)
    assert (mention.value, mention.precision, mention.label) == (expected, precision, label)
    assert mention.kind is MentionKind.DATE
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text", [
    "The 4th Division moved north.",
    "The council adopted Resolution 2254.",
    "Fighters may march on the capital.",
    "Prayers are held on Fridays.",
    "The brigade lost 12 vehicles.",
    # a day of a month that names a movement, unit or place
    "Fighters of the March 23 Movement seized the hill.",
    "Police raided the 30 June neighbourhood of Khartoum.",
    "Protesters gathered at the 6 October Bridge.",
    "Veterans of the 25 January Revolution marched.",
])
def test_find_dates_ignores_non_dates(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "Rebels attacked the town yesterday.",
    "Rebels attacked the town on Saturday.",
    "Rebels attacked the town last week.",
    "Rebels attacked the town on March 10.",
])
def test_find_dates_leaves_relative_unresolved_without_publication_date(text):
    assert only_date(text, published=None).value is None


def test_find_dates_resolves_full_date_without_publication_date():
    assert only_date("Rebels attacked the town on 12 September 2018.", None).value == dt.date(2018, 9, 12)


def test_find_dates_counts_from_first_full_date_when_unpublished():
    mentions = find_dates("Rebels attacked on Sunday September 12, 2021. On Friday, two died.", None)
    assert [m.value for m in mentions] == [dt.date(2021, 9, 12), dt.date(2021, 9, 10)]


TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("text, expected", [
    ("Gunfire was heard early that Tuesday morning, November 19.", dt.date(2024, 11, 19)),
    ("Gangs attacked on Tuesday, 19 November.", dt.date(2024, 11, 19)),
    # The first fitting year from the latest year the text names, not the latest before today.
    ("Gangs have ruled the area since 2018. They attacked on Tuesday, November 19.", dt.date(2019, 11, 19)),
    # A named year after every fitting one: the latest fitting year.
    ("Gangs attacked on Tuesday, November 19. Elections are due in 2026.", dt.date(2024, 11, 19)),
    ("Gangs attacked on November 19.", None),
    ("Gangs attacked on Tuesday, November 19, 2019.", None),
    ("Gangs attacked on Tuesday, February 30.", None),
])
def test_weekday_pinned_day_places_a_weekday_date_in_its_year(text, expected):
    assert weekday_pinned_day(text, today=TODAY) == expected


def test_find_dates_counts_from_a_weekday_pinned_day_when_unpublished():
    mentions = find_dates("Gangs attacked on Tuesday, November 19. On Wednesday, two died.", None)
    attack, death = (m.value for m in mentions)
    assert attack is not None and (attack.month, attack.day, attack.weekday()) == (11, 19, 1)
    # The weekday counts from the pinned day as from a publication date: the Wednesday before.
    assert attack <= dt.date.today() and death == attack - dt.timedelta(days=6)


def test_yearless_days_lists_days_stated_without_a_year():
    text = "Drones struck overnight on Dec. 19 and again on 2 January; on March 3, 2021, a bomb."
    assert yearless_days(text) == {(12, 19), (1, 2)}
    # The ends of a span date a period, not an act.
    assert yearless_days("Protests lasted from August 1 to 10; the curfew ran since March 3.") == frozenset()


def test_stated_weekdays_lists_the_days_named():
    assert stated_weekdays("Gunmen struck late on Sunday; the army replied on Tuesday morning.") == {6, 1}
    assert stated_weekdays("Markets close on Fridays.") == frozenset()


def test_find_dates_keeps_a_bare_year_without_a_value():
    mention = only_date("The group seized the city in 2014.")
    assert (mention.label, mention.value) == ("year", None)


def test_find_dates_counts_the_following_day_from_the_date_before_it():
    mentions = find_dates("Rebels attacked on Monday. The following day, the army hit back.", PUBLISHED)
    assert [m.value for m in mentions] == [dt.date(2024, 3, 11), dt.date(2024, 3, 12)]


@pytest.mark.parametrize(("pattern", "matches", "non_matches"), [
    (ISO_DATE, ["2018-09-12"], ["2018-13-40", "12-09-2018"]),
    (NUMERIC_DATE, ["12/09/2018", "12.09.2018"], ["12/09", "1/2/3"]),
    (DAY_MONTH, ["12 September 2018", "Tuesday 4 March", "the 27th of July"], ["12 marches"]),
    (MONTH_DAY, ["Sept. 12", "May 10th", "Jan. 23, 2023"], ["may 10", "March 2024x"]),
    (MONTH_YEAR, ["March 2024", "Dec. 2019"], ["march 2024"]),
    (BARE_MONTH, ["in December", "since July", "mid-May"], ["May said", "in May 5"]),
    (YEAR_ONLY, ["in 2014", "since 2011", "last year"], ["2014 fighters"]),
    (WEEKDAY, ["Saturday", "last Friday", "Tuesday night"], ["Fridays", "saturday"]),
    (HOLIDAY, ["Christmas Day", "Christmas eve", "New Year’s Day", "Halloween"],
     ["Christmas", "New Year", "christmas day"]),
])
def test_date_patterns_match_examples(pattern, matches, non_matches):
    for text in matches:
        assert pattern.search(text), text
    for text in non_matches:
        m = pattern.search(text)
        assert not m or m.group(0) != text, text


@pytest.mark.parametrize(("before", "reported"), [
    ("officials said on ", True),
    ("a war monitor said ", True),
    ("the army told AFP on ", True),
    ("had separately confirmed the incident to reporters ", True),
    ("the governor spoke to journalists on ", True),
    ("the families returned to the village on ", False),
    ("clashes were reported on ", False),
    ("rebels clashed with troops on ", False),
])
def test_reported_on_tells_report_dates(before, reported):
    assert bool(REPORTED_ON.search(before)) is reported


@pytest.mark.parametrize(("after", "named"), [
    (" Movement (M23)", True), (" Bridge", True), (" Brigades", True), (" Camp", True),
    (" rebels attacked", False), (", troops", False), (" movement of troops", False), (" Streets", False),
    (" neighbourhood", False),  # lower case: a name only after "the" (`names_a_day`)
])
def test_named_after_date_tells_names(after, named):
    assert (NAMED_AFTER_DATE.match(after) is not None) is named


@pytest.mark.parametrize(("text", "named"), [
    ("gunmen killed four people in the 30 June neighbourhood", True),
    ("traffic on the 6 October bridge", True),
    ("the March 23 Movement attacked", True),
    ("On 12 March camp guards opened fire", False),
    ("On 4 May street protests erupted", False),
    ("On 10 March square dancers were attacked", False),
])
def test_names_a_day_tells_names_from_dates(text, named):
    day = next(m for p in (DAY_MONTH, MONTH_DAY) for m in p.finditer(text))
    assert names_a_day(text, day.start(), day.end()) is named


def test_find_dates_dates_a_day_before_a_lower_case_place_word():
    found = find_dates("On 12 March camp guards opened fire on refugees.", dt.date(2024, 3, 15))
    assert [m.value for m in found] == [dt.date(2024, 3, 12)]


@pytest.mark.parametrize(("after", "reported"), [
    (" claimed responsibility for the ambush", True),
    (" said troops had killed 20 fighters", True),
    (" confirmed that a drone hit the depot", True),
    (" announced the arrest of two suspects", True),
    (" claimed control of the town", False),
    (" attacked an army post", False),
    (", said troops killed 20", False),
])
def test_reported_after_tells_report_dates(after, reported):
    assert (REPORTED_AFTER.match(after) is not None) is reported


@pytest.mark.parametrize(("text", "reported"), [
    ("JNIM on Thursday claimed responsibility for an ambush near Djibo.", True),
    ("The Myanmar junta on Wednesday said its troops retook Lashio.", True),
    ("M23 rebels on Wednesday claimed control of Rubaya.", False),
    ("Cartel gunmen on Tuesday attacked a police post in Michoacan.", False),
])
def test_is_report_date_reads_a_telling_verb_after_the_day(text, reported):
    assert is_report_date(text, only_date(text)) is reported


def test_date_recogniser_fills_date_mentions_in_pipeline(splitter):
    pipeline = Pipeline([splitter, DateRecogniser()])
    doc = pipeline.run(Document(id="t", text="Rebels attacked the town yesterday.", published=PUBLISHED))
    assert [m.value for m in doc.date_mentions] == [dt.date(2024, 3, 12)]


@pytest.mark.parametrize(("text", "expected"), [
    # the anchor of "the next day" is the day of the act, not the day it was told
    ("Gunmen kidnapped forty women on Monday, officials said on Tuesday. Twenty more were taken the next day.",
     dt.date(2024, 3, 12)),
    # nor the start of a span
    ("It was the worst strike since 1 March. Rebels also shelled the port on the same day.", PUBLISHED),
    # a telling's day anchors a day its own sentence counts from it
    ("Al-Shabaab on Tuesday claimed responsibility for a bombing in Mogadishu the day before.",
     dt.date(2024, 3, 11)),
    ("Residents said on Monday that the army had shelled Kyauktaw the previous day.", dt.date(2024, 3, 10)),
    # or one a later sentence counts from it, when no act's day was named before
    ("Officials said on Monday that drones hit Kharkiv. The following day, missiles struck Odesa.",
     dt.date(2024, 3, 12)),
])
def test_find_dates_anchors_on_days_of_acts(text, expected):
    anchored = [m for m in find_dates(text, PUBLISHED) if m.label == "anchored"]
    assert anchored[0].value == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("This comes less than 24 hours after troops took the town.", dt.date(2024, 3, 12)),
    ("The truce was agreed 24 hours after the offensive began.", dt.date(2024, 3, 12)),
])
def test_find_dates_a_lapse_of_a_day_dates_the_act_before(text, expected):
    lapses = [m for m in find_dates(text, PUBLISHED) if m.label == "lapse"]
    assert [(m.value, m.precision) for m in lapses] == [(expected, 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen raided the village on Monday. The raid came a day after six farmers were killed nearby.",
     dt.date(2024, 3, 10)),
    ("Gunmen raided the village on Monday. It happened just two days after a bomb hit the market.",
     dt.date(2024, 3, 9)),
    # with no act named before, counted from the report's day
    ("The raid came a day after six farmers were killed nearby.", dt.date(2024, 3, 12)),
])
def test_find_dates_a_lapse_after_an_act_counts_back_from_its_day(text, expected):
    after = [m for m in find_dates(text, PUBLISHED) if m.label == AFTER_LABEL]
    assert [(m.value, m.precision) for m in after] == [(expected, 1)]


@pytest.mark.parametrize("text", [
    "A day after the raid, troops arrived in the village.",
    "The raid came days after the talks collapsed.",
    "The raid came after six farmers were killed.",
])
def test_find_dates_a_lapse_after_an_act_needs_a_count_of_days(text):
    assert [m for m in find_dates(text, PUBLISHED) if m.label == AFTER_LABEL] == []


def test_find_dates_a_lapse_after_an_act_anchors_nothing_after_it():
    text = ("Gunmen raided the village on Monday. The raid came a day after six farmers were killed. "
            "Troops arrived the next day.")
    anchored = [m for m in find_dates(text, PUBLISHED) if m.label == "anchored"]
    assert [m.value for m in anchored] == [dt.date(2024, 3, 12)]
