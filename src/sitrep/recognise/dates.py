"""Recognise date expressions and resolve them against the report's publication date.

Each expression becomes a DATE `Mention` whose value is a `datetime.date` (or None when
nothing fixes the day) and whose precision is a `TimePrecision`: 1 exact day, 2 within a week,
3 within a month. Labels: "absolute" ("12 September 2018", "Sept. 12", "2018-09-12"),
"weekday" ("on Saturday", "Tuesday night"), "relative" ("yesterday", "last week"),
"anchored" ("the following day": relative to the date before it), "month" ("in March 2024"),
"year" ("in 2014": recognised so that it is not mistaken for the day of the report; no value),
"lapse" ("24 hours after": the day of the act it follows).

Relative expressions are resolved against a reference day: the publication date, or, when the
report has none, the first full date (day, month and year) the text gives, as human coders do
with a dateline. Everything is plain regular expressions: dateparser is far too slow to run
over every sentence and misses most relative forms anyway.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from sitrep.model import Mention, MentionKind, TimePrecision, WorkingDoc
from sitrep.recognise.date_roles import SPAN_AFTER, is_report_date, starts_span
from sitrep.recognise.named_days import WEEKDAY_NAMES
from sitrep.recognise.quantities import parse_quantity

DAY, WEEK, MONTH = TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {name: number for number, name in enumerate(WEEKDAY_NAMES)}
#: Month names are matched capitalised only, so that "may" the verb and "march" the noun
#: are not months; all-capital headlines ("MARCH 10") are a known gap.
_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_FULL_MONTH = "|".join(m.capitalize() for m, number in MONTHS.items() if len(m) > 3 or m == "may")
_WEEKDAY = "|".join(d.capitalize() for d in WEEKDAYS)
_YEAR = r"(?:19|20)\d{2}"
#: A day of a year named after a month was unknown to the report when it is this far ahead
#: of the reference day: "December 28" in a report of 5 January is the December before.
FUTURE_TOLERANCE_DAYS = 7

#: Cheap filters run once per text before the patterns they guard.
ANY_YEAR = re.compile(r"(?:19|20)\d\d|(?i:year)")
ANY_MONTH_OR_NUMBER_DATE = re.compile(rf"\b(?:{_MONTH})\b|\d[/.-]\d")
#: ISO dates. Examples: "2018-09-12". Not "2018-13-40".
ISO_DATE = re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
#: Numeric dates, day first (the order of most non-US outlets): "12/09/2018", "12.09.2018";
#: month first when the day-first reading is impossible: "09/25/2018".
NUMERIC_DATE = re.compile(rf"\b(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{_YEAR})\b")
#: Day then month. Examples: "12 September 2018", "the 27th of July 2022", "Tuesday 4 March",
#: "Sunday, 10 March", "19 October". Not "4 Mar" inside "4 Marines" (word boundary).
DAY_MONTH = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?"
    rf"\s+(?P<m>{_MONTH})\b\.?(?:,?\s+(?P<y>{_YEAR})\b)?"
)
#: Month then day. Examples: "Sept. 12", "May 10th", "Jan. 23, 2023", "Sunday, March 10",
#: "on Sunday September 12, 2021". Not "March 2024" (that is a month, below).
MONTH_DAY = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<m>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?!\s*(?:%|percent))(?:,?\s+(?P<y>{_YEAR})\b)?"
)
#: What makes a day of a month part of a name rather than a date: a movement, unit or uprising
#: named after its day ("the March 23 Movement", "the 14 July Brigade", "the 25 January Revolution"),
#: or a street, square, quarter or camp ("the 30 June neighbourhood", "6 October Bridge"). Not
#: "on March 23 rebels attacked", "on 5 May, troops", "on 3 March movement of troops", nor a
#: place word in lower case ("on 12 March camp guards fired", "on 4 May street protests"), which
#: is a name only after "the" (`THE_BEFORE_DATE`).
NAMED_AFTER_DATE = re.compile(
    r"\s+(?:Movement|Revolution|Uprising|Brigades?|Battalion"
    r"|Neighbou?rhood|Street|Square|Bridge|Avenue|Stadium|Camp|Quarter)\b")
#: A place word in any case after a day of a month: "the 30 June neighbourhood", "the 6 October bridge".
PLACE_AFTER_DATE = re.compile(r"\s+(?:neighbou?rhood|street|square|bridge|avenue|stadium|camp|quarter)\b",
                              re.IGNORECASE)
#: "the" right before a day of a month, which makes a place word after it a name: "the 30 June
#: neighbourhood"; not "On 12 March camp guards".
THE_BEFORE_DATE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: A month of a year. Examples: "March 2024", "in late March, 2024", "mid-May 2023".
MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b")
#: A month with no year after a word that makes it a time: "in December", "since July",
#: "earlier this March", "late May". Not "May" the name or "may" the verb.
BARE_MONTH = re.compile(
    rf"\b(?i:in|since|during|until|through|by|early|late|mid|last|this|end\s+of)[\s-]+"
    rf"(?P<m>{_FULL_MONTH})\b(?!\s+\d)"
)
#: A year on its own: "in 2014", "since 2011", "late 2019". It fixes no day.
YEAR_ONLY = re.compile(
    rf"\b(?i:in|since|during|until|by|of|early|late|mid|end\s+of|throughout)[\s-]+(?P<y>{_YEAR})\b"
    r"|\b(?i:last|this|next|past)\s+year\b"
)
#: A weekday. Examples: "on Saturday", "last Friday", "Tuesday night", "late on Sunday".
#: Not "Fridays" (a habit, not a day).
WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>(?i:last|this|next|past|previous))\s+)?(?P<wd>{_WEEKDAY})\b(?!s\b)"
    r"(?:\s+(?i:morning|afternoon|evening|night))?"
)

#: Days named by a fixed-date holiday observed across countries, as (month, day).
HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "halloween": (10, 31),
}
#: A fixed-date holiday. Examples: "on Christmas Day", "Christmas day", "New Year’s Eve",
#: "Valentine's Day", "Halloween night". Not "Christmas" alone (a season), nor "New Year".
HOLIDAY = re.compile(
    r"\b(?P<h>Christmas\s+(?i:day|eve)|Boxing\s+Day|New\s+Year['’]s\s+(?i:day|eve)"
    r"|Valentine['’]s\s+Day|Halloween)\b"
)


@dataclass(frozen=True)
class RelativeForm:
    """One family of relative expressions and how it moves from the reference day."""

    pattern: re.Pattern[str]
    resolve: Callable[[dt.date, re.Match[str]], dt.date]
    precision: TimePrecision
    #: Lower-case words one of which the text must hold for the pattern to be tried at all:
    #: a cheap filter that keeps the stage fast (most reports hold few relative expressions).
    keywords: tuple[str, ...]
    anchored: bool = False  # counted from the date before it in the text, not the report's
    #: "relative", or "lapse" for the time since an earlier act ("24 hours after"): that day
    #: belongs to the act in its own clause, so it dates its sentence but not the ones after;
    #: `AFTER_LABEL` for a lapse counted back from the act named before ("came a day after").
    label: str = "relative"


def _days(n: int) -> Callable[[dt.date, re.Match[str]], dt.date]:
    return lambda ref, _m: ref + dt.timedelta(days=n)


def _n_back(unit_days: int) -> Callable[[dt.date, re.Match[str]], dt.date]:
    def resolve(ref: dt.date, m: re.Match[str]) -> dt.date:
        n = parse_quantity(m.group("n")) or 1
        return ref - dt.timedelta(days=n * unit_days)
    return resolve


def _monday(weeks_back: int) -> Callable[[dt.date, re.Match[str]], dt.date]:
    return lambda ref, _m: ref - dt.timedelta(days=ref.weekday() + 7 * weeks_back)


def _last_saturday(ref: dt.date, _m: re.Match[str]) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - 5) % 7)


def _month_start(months_back: int) -> Callable[[dt.date, re.Match[str]], dt.date]:
    def resolve(ref: dt.date, _m: re.Match[str]) -> dt.date:
        index = ref.year * 12 + ref.month - 1 - months_back
        return dt.date(index // 12, index % 12 + 1, 1)
    return resolve


#: The label of a day counted back from the act named before it by "came a day after ...": the
#: day of the act told after those words only, not of the act before them nor of later sentences.
AFTER_LABEL = "after"
_COUNT = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
#: Relative expressions, most specific first. Calibrated on train gold: "last week" is coded
#: as the Monday of the week before, "over the weekend" as its Saturday, "in the past 24
#: hours" as the day before publication, "in recent days" as a few days back, within a week.
RELATIVE_FORMS = (
    # "the day before yesterday"
    RelativeForm(re.compile(r"(?i)\bthe\s+day\s+before\s+yesterday\b"), _days(-2), DAY, ("yesterday",)),
    # "yesterday", "yesterday morning"
    RelativeForm(re.compile(r"(?i)\byesterday\b"), _days(-1), DAY, ("yesterday",)),
    # "last night", "overnight", "late last night": dated to the evening it began.
    RelativeForm(re.compile(r"(?i)\b(?:last\s+night|overnight)\b"),
                 _days(-1), DAY, ("night",)),
    # "in the past 24 hours", "over the last 48 hours"
    RelativeForm(re.compile(r"(?i)\b(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:24|48)\s+hours\b"),
                 _days(-1), WEEK, ("hours",)),
    # "less than 24 hours after", "24 hours after": what came after is told on the reference day,
    # what it came after the day before ("this comes 24 hours after troops took the town").
    RelativeForm(re.compile(r"(?i)\b(?:(?:less|more)\s+than\s+|nearly\s+|about\s+|just\s+|some\s+)?"
                            r"(?:24|twenty-four)\s+hours\s+after\b"), _days(-1), DAY, ("hours",), label="lapse"),
    # "today", "this morning", "earlier today", "tonight", "a few hours ago", "in the last hours"
    RelativeForm(re.compile(
        r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening)"
        r"|(?:a\s+few|several|some|\d{1,2}|two|three|four|five|six)\s+hours\s+ago|hours\s+ago"
        r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?hours)\b"),
        _days(0), DAY, ("today", "tonight", "morning", "afternoon", "evening", "hours")),
    # "two days ago", "3 days ago", "a day ago"
    RelativeForm(re.compile(rf"(?i)\b{_COUNT}\s+days?\s+ago\b"), _n_back(1), DAY, ("ago",)),
    # "a few days ago", "in recent days", "over the past few days", "in the last days"
    RelativeForm(re.compile(
        r"(?i)\b(?:(?:a\s+few|several|some|few)\s+days\s+ago|days\s+ago|recent\s+days"
        r"|(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?days)\b"),
        _days(-3), WEEK, ("days",)),
    # "two weeks ago", "a week ago"
    RelativeForm(re.compile(rf"(?i)\b{_COUNT}\s+weeks?\s+ago\b"), _n_back(7), WEEK, ("ago",)),
    # "last week", "the past week", "the previous week"
    RelativeForm(re.compile(r"(?i)\b(?:last|past|previous)\s+week\b"), _monday(1), WEEK, ("week",)),
    # "this week", "earlier this week"
    RelativeForm(re.compile(r"(?i)\bthis\s+week\b"), _monday(0), WEEK, ("week",)),
    # "over the weekend", "at the weekend", "last weekend"
    RelativeForm(re.compile(r"(?i)\b(?:(?:over|at|during)\s+the\s+(?:past\s+|last\s+)?|this\s+|last\s+)"
                            r"weekend\b"),
                 _last_saturday, WEEK, ("weekend",)),
    # "in recent weeks", "over the past few weeks"
    RelativeForm(re.compile(r"(?i)\b(?:recent|(?:the\s+)?(?:past|last)\s+"
                            r"(?:few\s+|several\s+|two\s+|three\s+)?)weeks\b"),
                 _days(-14), MONTH, ("weeks",)),
    # "earlier this month", "this month"
    RelativeForm(re.compile(r"(?i)\bthis\s+month\b"), _month_start(0), MONTH, ("month",)),
    # "last month", "a month ago"
    RelativeForm(re.compile(r"(?i)\b(?:(?:last|past|previous)\s+month|a\s+month\s+ago)\b"),
                 _month_start(1), MONTH, ("month",)),
    # "the day before", "the previous day", "a day earlier": the day before the date before it.
    RelativeForm(re.compile(r"(?i)\b(?:the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night)"
                            r"|a\s+day\s+(?:earlier|before))\b"), _days(-1), DAY,
                 ("before", "previous", "earlier"), anchored=True),
    # "on the same day", "that day", "later that day": the day of the date before it.
    RelativeForm(re.compile(r"(?i)\b(?:the\s+same\s+(?:day|night)|(?:later|earlier)\s+(?:that|in\s+the)\s+day"
                            r"|that\s+(?:day|night))\b"), _days(0), DAY,
                 ("same", "that day", "that night", "the day"), anchored=True),
    # "the attack came a day after ...", "it happened two days after ...": the act told after
    # "after" is that many days before the last day of an act named before it ("The latest raid
    # came a day after six civilians were killed": the killing is the day before the raid).
    RelativeForm(re.compile(rf"(?i)\b(?:came|comes|happened|occurred|took\s+place|followed|follows)\s+"
                            rf"(?:just\s+|only\s+|barely\s+)?{_COUNT}\s+days?\s+after\b"), _n_back(1), DAY,
                 ("after",), anchored=True, label=AFTER_LABEL),
    # "the following day", "the next day", "a day later", "the day after"
    RelativeForm(re.compile(r"(?i)\b(?:the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after)\b"),
                 _days(1), DAY, ("following", "next", "later", "after"), anchored=True),
)


def names_a_day(text: str, start: int, end: int) -> bool:
    """Whether the day of a month at text[start:end] is part of a name ("the March 23 Movement",
    "the 30 June neighbourhood"), not a date ("On 12 March camp guards fired")."""
    if NAMED_AFTER_DATE.match(text, end):
        return True
    return bool(PLACE_AFTER_DATE.match(text, end)) and THE_BEFORE_DATE.search(text[max(0, start - 5):start]) is not None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, ref: dt.date | None) -> dt.date | None:
    """The day of that month nearest before the reference day (or just after it)."""
    if ref is None:
        return None
    candidate = safe_date(ref.year, month, day)
    if candidate is None or candidate > ref + dt.timedelta(days=FUTURE_TOLERANCE_DAYS):
        candidate = safe_date(ref.year - 1, month, day)
    return candidate


def _weekday_date(weekday: int, modifier: str | None, ref: dt.date | None) -> dt.date | None:
    """The most recent such weekday on or before the reference day ("last": strictly before)."""
    if ref is None:
        return None
    modifier = (modifier or "").lower()
    if modifier == "next":
        return ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    back = (ref.weekday() - weekday) % 7
    if back == 0 and modifier in ("last", "previous", "past"):
        back = 7
    return ref - dt.timedelta(days=back)


def _absolute_mentions(text: str, ref: dt.date | None) -> list[Mention]:
    out: list[Mention] = []
    if not ANY_MONTH_OR_NUMBER_DATE.search(text):
        return out
    for m in ISO_DATE.finditer(text):
        out.append(_mention(m, safe_date(int(m["y"]), int(m["m"]), int(m["d"])), DAY, "absolute"))
    for m in NUMERIC_DATE.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        value = safe_date(y, b, a) if b <= 12 else safe_date(y, a, b)
        out.append(_mention(m, value, DAY, "absolute"))
    for pattern in (DAY_MONTH, MONTH_DAY):
        for m in pattern.finditer(text):
            month, day = MONTHS[m["m"].lower()], int(m["d"])
            if not 1 <= day <= 31 or names_a_day(text, m.start(), m.end()):
                continue  # no such day, or a name ("the March 23 Movement", "the 30 June quarter")
            value = (safe_date(int(m["y"]), month, day) if m["y"]
                     else _infer_year(month, day, ref))
            out.append(_mention(m, value, DAY, "absolute"))
    for m in MONTH_YEAR.finditer(text):
        out.append(_mention(m, dt.date(int(m["y"]), MONTHS[m["m"].lower()], 1), MONTH, "month"))
    return out


def _holiday_mentions(text: str, ref: dt.date | None) -> list[Mention]:
    """Fixed-date holidays ("on Christmas Day"), in the year nearest before the reference day."""
    out: list[Mention] = []
    for m in HOLIDAY.finditer(text):
        key = " ".join(m["h"].lower().replace("’", "'").split())
        month, day = HOLIDAYS[key]
        out.append(_mention(m, _infer_year(month, day, ref), DAY, "absolute"))
    return out


def _mention(m: re.Match[str], value: dt.date | None, precision: int | None, label: str,
             group: int | str = 0) -> Mention:
    return Mention(start=m.start(group), end=m.end(group), text=m.group(group),
                   kind=MentionKind.DATE, value=value, label=label,
                   precision=int(precision) if precision else None, source=DateRecogniser.name)


#: Reports whose reference day is remembered: the event rules ask for it once per candidate
#: event, and a report without a publication date costs a scan of its whole text each time.
REFERENCE_DAY_CACHE_SIZE = 64


@functools.lru_cache(maxsize=REFERENCE_DAY_CACHE_SIZE)
def reference_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day relative expressions count from: the publication date, else the first full date,
    else the first day of a month that a weekday pins to a year (`weekday_pinned_day`)."""
    if published is not None:
        return published
    undated = _absolute_mentions(text, None)
    full = [m for m in undated if m.value is not None and m.label == "absolute"]
    if full:
        return min(full, key=lambda m: m.start).value
    return weekday_pinned_day(text, undated)


def yearless_days(text: str) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs a text states without a year ("overnight on Dec. 19", "19 November"),
    leaving out the ends of spans ("from August 1 to 10")."""
    out = set()
    for m in _absolute_mentions(text, None):
        parts = DAY_MONTH.fullmatch(m.text) or MONTH_DAY.fullmatch(m.text)
        if m.value is None and parts is not None and not parts["y"]:
            if starts_span(text, m) or SPAN_AFTER.match(text, m.end):
                continue
            out.add((MONTHS[parts["m"].lower()], int(parts["d"])))
    return frozenset(out)


def stated_weekdays(text: str) -> frozenset[int]:
    """The weekdays a text names as days ("on Tuesday", "late Sunday"; Monday = 0)."""
    return frozenset(WEEKDAYS[m["wd"].lower()] for m in WEEKDAY.finditer(text))


#: How far before a day of a month its weekday may stand: "Tuesday, November 19",
#: "that Tuesday morning, November 19".
WEEKDAY_LOOKBACK_CHARS = 24
#: How many years back a weekday may pin a day: the weekday of a date repeats every 5 to 11
#: years, so a wider search would only find older repeats.
WEEKDAY_SEARCH_YEARS = 12


def weekday_pinned_day(text: str, undated: list[Mention] | None = None,
                       today: dt.date | None = None) -> dt.date | None:
    """The first day of a month, stated with its weekday and no year, placed in a year.

    A report with no publication date and no full date often still says "on Tuesday, November
    19": the weekday fixes the year up to its repeats, as a coder reading it would. The year is
    the first fitting one from the latest year the text names ("since 2021"), or, when it names
    none, the latest fitting one up to today.
    """
    today = today or dt.date.today()
    named = [int(y) for y in re.findall(rf"\b{_YEAR}\b", text) if int(y) <= today.year]
    for m in undated if undated is not None else _absolute_mentions(text, None):
        if m.value is not None or m.label != "absolute":
            continue
        parts = DAY_MONTH.fullmatch(m.text) or MONTH_DAY.fullmatch(m.text)
        if parts is None or parts["y"]:
            continue
        weekday = parts["wd"] or _weekday_before(text, m.start)
        if weekday is None:
            continue
        month, day, wanted = MONTHS[parts["m"].lower()], int(parts["d"]), WEEKDAYS[weekday.lower()]
        fitting = [d for y in range(today.year - WEEKDAY_SEARCH_YEARS, today.year + 1)
                   if (d := safe_date(y, month, day)) is not None and d <= today and d.weekday() == wanted]
        later = [d for d in fitting if named and d.year >= max(named)]
        if later or fitting:
            return later[0] if later else fitting[-1]
    return None


def _weekday_before(text: str, start: int) -> str | None:
    """The weekday named just before a position, within one short phrase."""
    found = [m["wd"] for m in WEEKDAY.finditer(text[max(0, start - WEEKDAY_LOOKBACK_CHARS):start])]
    return found[-1] if found else None


def find_dates(text: str, published: dt.date | None) -> list[Mention]:
    """Find every date expression in the text, resolved against the publication date."""
    ref = reference_day(text, published)
    candidates = _absolute_mentions(text, ref) + _holiday_mentions(text, ref)
    for m in BARE_MONTH.finditer(text):
        month = MONTHS[m["m"].lower()]
        value = None
        if ref is not None:
            year = ref.year if month <= ref.month else ref.year - 1
            value = dt.date(year, month, 1)
        candidates.append(_mention(m, value, MONTH, "month"))
    for m in WEEKDAY.finditer(text):
        value = _weekday_date(WEEKDAYS[m["wd"].lower()], m["mod"], ref)
        candidates.append(_mention(m, value, DAY, "weekday"))
    lowered = text.lower()
    for form in RELATIVE_FORMS:
        if not any(k in lowered for k in form.keywords):
            continue
        for m in form.pattern.finditer(text):
            label = "anchored" if form.anchored and form.label == "relative" else form.label
            value = form.resolve(ref, m) if ref is not None else None
            candidates.append(_mention(m, value, form.precision, label))
    for m in YEAR_ONLY.finditer(text) if ANY_YEAR.search(text) else ():
        candidates.append(_mention(m, None, None, "year"))
    mentions = _drop_overlaps(candidates)
    return _resolve_anchored(text, mentions, ref)


def _drop_overlaps(candidates: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping candidates ("Sunday, March 10" over "Sunday")."""
    kept: list[Mention] = []
    for m in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda c: c.start)


#: The end of a sentence between a day of telling and a day counted from it: "police said on Sunday.
#: The next day, ..." counts from the day of the act before, not the telling's.
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s|\n")


def _resolve_anchored(text: str, mentions: list[Mention], ref: dt.date | None) -> list[Mention]:
    """Count "the day before" and "the following day" from the last day named before them as
    the day of an act: not a day the news was told ("said on Sunday"), nor the start of a span
    ("since September 30"); but a telling's day counts for a day its own sentence counts from it
    ("Islamic State on Friday claimed an attack the day before")."""
    out: list[Mention] = []
    anchor, told, named = ref, None, False
    for m in mentions:
        if m.label in ("anchored", AFTER_LABEL) and ref is not None and anchor is not None:
            shift = (m.value - ref) if m.value is not None else dt.timedelta(0)
            # "X on Friday claimed an ambush the day before": counted from the telling in its
            # sentence, or from the last telling when no act's day was named before it.
            base = told.value if told is not None and told.value is not None and (
                not named or SENTENCE_BREAK.search(text, told.end, m.start) is None) else anchor
            m = Mention(start=m.start, end=m.end, text=m.text, kind=m.kind, value=base + shift,
                        label=m.label, precision=m.precision, source=m.source)
        if m.value is not None and m.precision == DAY and not starts_span(text, m) and m.label != AFTER_LABEL:
            if is_report_date(text, m):
                told = m
            else:
                anchor, told, named = m.value, None, True
        out.append(m)
    return out


class DateRecogniser:
    """Adds the date expressions of the text, resolved against the publication date."""

    name, version = "recognise.dates", "1"
    reads, adds = ("document", "sentences"), ("date_mentions",)

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        doc.date_mentions = find_dates(doc.text, doc.document.published)
        return doc
