"""Telling a report's backstory from today's acts, on made-up wire sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.resolve.backstory import (
    BACKSTORY_SPAN,
    COUNTING_BACK,
    DATED_YEAR,
    DAY_OF_ACT,
    RISK_BEFORE,
    backstory_sentence,
    named_as_risk,
)

PUBLISHED = dt.date(2024, 5, 10)


@pytest.mark.parametrize(("text", "year"), [
    ("after the group broke off talks in October 2022", "2022"),
    ("The rebels took up arms in 2011.", "2011"),
    ("fighting the state since 2013", "2013"),
    ("in early 2019 the militia split", "2019"),
    ("until March 3, 2020 the town was held", "2020"),
    ("The 2022 elections were calm.", None),
    ("a budget of 2019 dollars", None),
])
def test_dated_year_matches_its_examples(text, year):
    found = DATED_YEAR.search(text)
    assert (found.group(1) if found else None) == year


@pytest.mark.parametrize(("text", "matches"), [
    ("Attacks have risen over the past year.", True),
    ("The group has fought there over the years.", True),
    ("For years the militia has taxed the roads.", True),
    ("Since its establishment, the force has grown.", True),
    ("once a key part of the coalition", True),
    ("The group has long targeted convoys.", True),
    ("Five were killed over the past 24 hours.", False),
    ("since Monday's raid", False),
    ("The convoy was hit once more on Friday.", False),
    ("Once the army arrived, the gunmen fled.", False),
])
def test_backstory_span_matches_its_examples(text, matches):
    assert (BACKSTORY_SPAN.search(text) is not None) == matches


@pytest.mark.parametrize(("text", "matches"), [
    ("the deadliest attack on the police since 2019", True),
    ("the first such raid in the district since 2015", True),
    ("the militia has held the town since 2015", False),
])
def test_counting_back_matches_its_examples(text, matches):
    assert (COUNTING_BACK.search(text) is not None) == matches


@pytest.mark.parametrize(("text", "matches"), [
    ("No group has claimed Monday's raid.", True),
    ("Gunmen struck on Friday.", True),
    ("The post was hit last night.", True),
    ("Raids have risen for a decade.", False),
    ("A day of mourning was declared.", False),
])
def test_day_of_act_matches_its_examples(text, matches):
    assert (DAY_OF_ACT.search(text) is not None) == matches


@pytest.mark.parametrize(("text", "expected"), [
    ("The attacks rose after the Northern Front broke off talks in October 2022.", True),
    ("The Northern Front has long targeted convoys in the valley.", True),
    ("Gunmen of the Northern Front attacked a convoy on Friday.", False),
    ("It was the deadliest attack on the police since 2019, when the Northern Front struck.", False),
    ("The Northern Front claimed the attack in a statement in 2024.", False),
    ("No group claimed Monday's raid, but reports point to the Northern Front, active since 2015.", False),
])
def test_backstory_sentence_tells_past_years_and_spans(text, expected):
    assert backstory_sentence(text, PUBLISHED) is expected


def test_backstory_sentence_needs_the_report_date_for_years():
    assert backstory_sentence("The Northern Front took up arms in 2011.", None) is False


@pytest.mark.parametrize(("text", "matches"), [
    ("a district prone to raids by ", True),
    ("a region vulnerable to attacks from the ", True),
    ("towns under threat from ", True),
    ("villages at risk of raids by ", True),
    ("a convoy attacked by ", False),
    ("an ambush carried out by ", False),
])
def test_risk_before_matches_its_examples(text, matches):
    assert (RISK_BEFORE.search(text) is not None) == matches


def test_named_as_risk_reads_only_the_words_right_before_the_mention():
    text = "Two guards were killed in a district exposed to raids by the Northern Front on Friday."
    assert named_as_risk(text, text.index("Northern Front"))
    text = "Gunmen of the Northern Front killed two guards in a district prone to floods."
    assert not named_as_risk(text, text.index("Northern Front"))
