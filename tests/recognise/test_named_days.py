"""Tests for the shared parts of a day named in a sentence."""
from __future__ import annotations

import pytest

from sitrep.events.modality import ONE_DAY
from sitrep.events.tellings import DAY_NAMED
from sitrep.recognise.dates import WEEKDAYS
from sitrep.recognise.named_days import (
    DAY_OF_MONTH,
    LAST_NIGHT,
    OVERNIGHT,
    THIS_MORNING,
    TODAY,
    WEEKDAY,
    YESTERDAY,
    day_pattern,
)
from sitrep.resolve.backstory import DAY_OF_ACT


@pytest.mark.parametrize(("part", "text", "matches"), [
    (WEEKDAY, "Gunmen attacked a convoy on Tuesday.", True),
    (WEEKDAY, "No group has claimed Sunday's bombing.", True),
    (WEEKDAY, "MILITIAMEN STRUCK ON FRIDAY", True),
    (WEEKDAY, "Markets close on Fridays.", False),
    (YESTERDAY, "Jets struck the depot yesterday morning.", True),
    (YESTERDAY, "The day was quiet.", False),
    (TODAY, "Troops moved into the town today.", True),
    (TODAY, "Shelling resumed tonight.", True),
    (TODAY, "Today's tally is unknown.", True),
    (TODAY, "Todays", False),
    (LAST_NIGHT, "Drones hit Odesa late last night.", True),
    (LAST_NIGHT, "The last nights of the siege were hard.", False),
    (OVERNIGHT, "An overnight raid left four dead.", True),
    (OVERNIGHT, "The camp grew over the night.", False),
    (THIS_MORNING, "Rebels attacked this morning.", True),
    (THIS_MORNING, "The attack came in the morning.", False),
    (DAY_OF_MONTH, "The raid on 12 March killed six.", True),
    (DAY_OF_MONTH, "The raid on the 3rd of May killed six.", True),
    (DAY_OF_MONTH, "The raid on Sept. 3 killed six.", True),
    (DAY_OF_MONTH, "The raid in March 2019 killed six.", False),
    (DAY_OF_MONTH, "The raid in 2019 killed six.", False),
])
def test_day_pattern_matches_each_part(part, text, matches):
    assert (day_pattern(part).search(text) is not None) == matches


def test_day_pattern_joins_parts():
    pattern = day_pattern(WEEKDAY, OVERNIGHT)
    assert pattern.search("the overnight shelling") is not None
    assert pattern.search("on Monday") is not None
    assert pattern.search("yesterday") is None


def test_day_pattern_needs_a_part():
    with pytest.raises(ValueError):
        day_pattern()


def test_weekdays_of_dates_come_from_the_shared_names():
    assert WEEKDAYS["monday"] == 0 and WEEKDAYS["sunday"] == 6 and len(WEEKDAYS) == 7


@pytest.mark.parametrize(("text", "one_day", "day_named", "day_of_act"), [
    # A night with no day is one act's, but names no calendar day.
    ("Overnight shelling hit Kharkiv.", True, False, False),
    # The day of the telling dates an act, but is no proof against a trend's tense.
    ("Clashes have intensified today.", False, True, True),
    # A day of a month is a day, but it also dates backstory spans.
    ("Fighting has raged since 3 March.", False, True, False),
    ("Gunmen struck a market in Goma on Monday.", True, True, True),
    ("Armed groups have operated in the region for decades.", False, False, False),
])
def test_named_day_users_compose_their_parts(text, one_day, day_named, day_of_act):
    assert (ONE_DAY.search(text.lower()) is not None) == one_day
    assert (DAY_NAMED.search(text) is not None) == day_named
    assert (DAY_OF_ACT.search(text) is not None) == day_of_act
