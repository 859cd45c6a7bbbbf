"""The words that name one day in a sentence, as parts each user composes into its own pattern.

Several rules ask whether a sentence names the day of an act ("on Monday", "yesterday", "on 12
March"): such a sentence tells that day's news, not a trend, a span or a backstory. They differ
in which parts count: "overnight" names the night of an act but not a calendar day; "today" is
the day of the telling; a day of a month is a day but also the usual way to date backstory. So
this module holds the parts once, as named sub-patterns, and `day_pattern` joins the ones a rule
wants into one case-insensitive, word-bounded pattern.
"""
from __future__ import annotations

import re

#: The weekdays, Monday first (the order of `datetime.date.weekday`).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A weekday: "Monday", "on Saturday", "Sunday's attack". Not "Mondays" (a habit, not a day).
WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
#: The day before the telling: "yesterday", "yesterday morning".
YESTERDAY = "yesterday"
#: The day of the telling: "today", "tonight".
TODAY = "(?:today|tonight)"
#: The night before the telling: "last night", "late last night".
LAST_NIGHT = r"last\s+night"
#: A night told as such with no day: "overnight", "an overnight raid".
OVERNIGHT = "overnight"
#: The morning of the telling: "this morning".
THIS_MORNING = r"this\s+morning"
#: A month's name or its abbreviation, as a prefix: "Jan", "January", "Sept".
_MONTH_PREFIX = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
#: A month named whole or by its abbreviation: "June", "Dec", "Sept". Not "Mayor", "Marching"
#: (whole words only, as `day_pattern` bounds them); "may" the verb is matched too.
MONTH_NAME = ("(?:january|february|march|april|june|july|august|september|october|november|december"
              "|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)")
#: A day of a month, either order: "12 March", "3rd of May", "March 12", "Sept. 3". Not "in 2019",
#: "March" alone.
DAY_OF_MONTH = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_PREFIX}"
                rf"|{_MONTH_PREFIX}\.?\s+\d{{1,2}})")


def day_pattern(*parts: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of the given parts as whole words."""
    if not parts:
        raise ValueError("day_pattern needs at least one part")
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)
