"""Date an event from the date expressions of its sentence and of the sentences around it.

`recognise.dates` finds and resolves every date expression of a report; this module decides
which of them is the day of the event a sentence states: a day named in the sentence, else
the day the news was told there (or a day a retelling just after names), else the day the
narrative is on, else the report's own day.
"""
from __future__ import annotations

import datetime as dt
import re

from sitrep.model import Mention, WorkingDoc
from sitrep.recognise.date_roles import is_report_date, starts_span
from sitrep.recognise.dates import AFTER_LABEL, DAY, reference_day

#: Which date of a sentence dates its event, when it has several: a named day before a relative
#: one ("the overnight attacks on Thursday" is Thursday), a day before a week or a month.
LABEL_RANK = {"absolute": 0, "weekday": 1, "anchored": 2, AFTER_LABEL: 2, "relative": 3, "lapse": 3, "month": 4}
#: How far from the reference day a date named in an earlier paragraph may be and still date
#: the sentences after it. Calibrated on train gold (a week: 0.88 of dated events within the
#: gold precision, against 0.79 using the publication date and 0.85 using any earlier date).
RECENT_NEWS_DAYS = 7
#: How many sentences after a sentence dated only by its telling ("the ministry said on
#: Saturday that ten soldiers were killed") may name the event's own day ("the attack on
#: Friday", "Before Saturday's attack"), and how many days before the telling that day may be.
RETOLD_SENTENCES = 2
RETOLD_MAX_DAYS_BEFORE = 3
#: A cause the sentence names for its event, running up to a date with no clause break between:
#: the date is the cause's, not the event's. "unrest sparked by the death of X on 16 September",
#: "protests triggered by the killing of X on May 25", "in retaliation for the raid on Monday"
#: (not "sparked by the killing, protests went on on Sunday": a comma closes the cause).
CAUSE_BEFORE = re.compile(r"\b(?:(?:sparked|triggered|prompted|ignited|provoked)\s+by|in\s+retaliation\s+for|"
                          r"in\s+response\s+to)\b[^,;:.!?\n]*$", re.IGNORECASE)
#: A superlative or ordinal counting back to a date, running up to it with no clause break: the
#: date is the past the act is measured against, not the act's. "the deadliest attack since 12
#: March", "the biggest challenge to the general since he ousted the cabinet on Monday", "the first
#: deaths announced by the army since a January 5 report". Not "fighting has raged since Monday"
#: (no superlative: the span's first day), "the worst hit since 2019, rebels attacked on Monday" (a
#: comma closes it).
COUNTED_BACK_BEFORE = re.compile(r"\b(?:deadliest|worst|biggest|largest|heaviest|bloodiest|first|most\s+\w+)\b"
                                 r"[^,;:.!?\n]{0,80}?\bsince\b[^,;:.!?\n]*$", re.IGNORECASE)

#: An act told as going on while it is told: its day is the telling's (or, with none named, the
#: report's), not one named earlier in the story nor one a later sentence names. "An encounter
#: is going on at X", "clashes are still continuing", "they are burning the village right now".
#: Not "fighting went on for days" (past). A day the sentence names still wins ("clashes are
#: continuing after Friday's attack" is dated Friday). On gold/train, 3 of 3 evidence sentences
#: with such a cue are dated to the telling or the report.
ONGOING = re.compile(r"\b(?:(?:is|are)\s+(?:still\s+)?(?:going\s+on|under\s*way|ongoing|in\s+progress|"
                     r"continuing|raging)|right\s+now|as\s+we\s+speak)\b", re.IGNORECASE)


#: What follows a date in a wire dateline, the agency and the dash: "SANAA, March 14 (Reuters) -",
#: "Bamako, July 27 (AFP) —", "BEIRUT, Lebanon, Oct. 2, 2024 (AP) -". Not "on March 14 (local time)"
#: (no dash after the bracket).
DATELINE_AFTER_DATE = re.compile(r"(?:,?\s*\d{4})?\s*\([^()\n]{2,40}\)\s*[-\u2013\u2014:]")
#: What precedes a date in a wire dateline: the line's start, a place name or two and a comma.
DATELINE_BEFORE_DATE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'\u2019 -]{1,40}"
                                  r"(?:,[ \t]*[A-Z][\w.'\u2019 -]{1,30})?,[ \t]*$")
#: How far before a date its dateline's place may start, in characters.
DATELINE_LOOKBEHIND = 80


def in_dateline(text: str, mention: Mention) -> bool:
    """Whether a date is the dateline's ("SANAA, March 14 (Reuters) - ..."): the day the report was
    filed, not an act's, so a day the sentence names ("on Monday") dates the act."""
    before = text[max(0, mention.start - DATELINE_LOOKBEHIND):mention.start]
    if mention.start <= DATELINE_LOOKBEHIND:
        before = "\n" + before
    return DATELINE_BEFORE_DATE.search(before) is not None and DATELINE_AFTER_DATE.match(text, mention.end) is not None


def event_date(doc: WorkingDoc, sentence_start: int, sentence_end: int,
               at: int | None = None, aside: tuple[int, int] | None = None) -> tuple[dt.date | None, int | None]:
    """The date and time precision of the event stated in text[sentence_start:sentence_end].

    A date in the sentence wins, a named day before a relative one; where the sentence names
    several days of that kind, the one nearest the event's trigger at offset `at` ("X died near
    A on May 27 and Y died near B on June 2" tells two acts of two days); a date that only says
    when the news was told ("police said on Friday") comes next, unless one of the next
    sentences names a day just before it (`retold_day`) or the act is told as going on
    (`ONGOING`: then the telling's day, or the reference day); then the last date named
    before the sentence (a relative span such as "last week" only dates its own sentence),
    if it is in the same paragraph or within a week of the reference day; else the reference
    day (the publication date) with precision 1, which is how train gold dates unmarked news.
    A sentence whose only date is a bare year gets no date. The dates of an `aside`, a relative
    clause telling another act ("the militants, who attacked A on 3 March, were killed on Monday"),
    are not the event's.
    """
    text = doc.text
    inside = [m for m in doc.date_mentions if sentence_start <= m.start < sentence_end
              and not (aside is not None and aside[0] <= m.start < aside[1])]
    told = [m for m in inside if is_report_date(text, m) or in_dateline(text, m)]
    # A date closes the cause before it: "sparked by the death of X on 2 March, ... on Sunday".
    since = [sentence_start, *(m.end for m in inside)]  # where each date's cause may begin
    said = [m for m, start in zip(inside, since, strict=False)
            if m not in told and not is_cause_date(text, start, m) and not is_counted_back(text, start, m)
            # "The raid came a day after X": the day dates X, told after it, not the raid.
            and not (m.label == AFTER_LABEL and at is not None and at < m.start)]
    if said:
        dated = [m for m in said if m.value is not None]
        if not dated:
            return None, None
        best = min(dated, key=lambda m: (LABEL_RANK.get(m.label or "", len(LABEL_RANK)), m.start))
        rivals = [m for m in dated if m.label == best.label and m.precision == best.precision]
        if at is not None and len({m.value for m in rivals}) > 1:
            best = min(rivals, key=lambda m: min(abs(m.start - at), abs(m.end - at)))
        return best.value, best.precision
    ref = reference_day(text, doc.document.published)
    # "officials said on Friday that ..." with no other date: the day it was told, unless the
    # next sentences name the act's own day just before it ("the attack on Thursday").
    ongoing = ONGOING.search(text, sentence_start, sentence_end) is not None
    if told and told[0].value is not None:
        # "residents said on Sunday: they are burning the village right now": the telling's day.
        retold = None if ongoing else retold_day(doc, sentence_end, told[0].value)
        if retold is not None:
            return retold.value, retold.precision
        return told[0].value, told[0].precision
    if ongoing and ref is not None:
        return ref, int(DAY)  # "an encounter is going on": told as news on the report's day
    # The narrative goes on in the day last named: in this paragraph, whatever it is; before
    # it, only while that day is recent news (an old date there is background, not the story).
    paragraph_start = text.rfind("\n", 0, sentence_start) + 1
    earlier = [m for m in doc.date_mentions
               if m.start < sentence_start and m.value is not None and not is_report_date(text, m)]
    # A relative span ("in the past few days", "last week") tells of the days before, not
    # the day the story is on: it dates its own sentence, never the ones after it (on
    # gold/train, date accuracy 0.830 -> 0.851 against carrying it forward).
    earlier = [m for m in earlier if (m.precision == DAY or m.label != "relative")
               and m.label not in ("lapse", AFTER_LABEL)]
    if earlier and (earlier[-1].start >= paragraph_start or (
            ref is not None and abs((earlier[-1].value - ref).days) <= RECENT_NEWS_DAYS)):
        return earlier[-1].value, earlier[-1].precision
    return (ref, int(DAY)) if ref is not None else (None, None)


def is_cause_date(text: str, since: int, mention: Mention) -> bool:
    """Whether a date is that of the cause its sentence gives the event ("unrest sparked by the
    death of X on 16 September"), not of the event itself; the cause is looked for in
    text[since:mention.start] (from the sentence's start or the date before)."""
    return CAUSE_BEFORE.search(text, since, mention.start) is not None


def is_counted_back(text: str, since: int, mention: Mention) -> bool:
    """Whether a date is the past a superlative counts back to ("the deadliest attack since 12
    March"), not the day of the sentence's act; looked for in text[since:mention.start]."""
    return COUNTED_BACK_BEFORE.search(text, since, mention.start) is not None


def retold_day(doc: WorkingDoc, sentence_end: int, told: dt.date) -> Mention | None:
    """The first day, named in the next `RETOLD_SENTENCES` sentences and not as a telling, that
    falls on or up to `RETOLD_MAX_DAYS_BEFORE` days before the day the news was told: the day
    of the act the telling reports ("ten soldiers were killed, the ministry said on Saturday.
    ... the attack on Friday")."""
    following = [s for s in doc.sentences if s.start >= sentence_end][:RETOLD_SENTENCES]
    if not following:
        return None
    end = following[-1].end
    for m in doc.date_mentions:
        if not sentence_end <= m.start < end or m.value is None or m.precision != DAY:
            continue
        if is_report_date(doc.text, m) or starts_span(doc.text, m):
            continue
        if 0 <= (told - m.value).days <= RETOLD_MAX_DAYS_BEFORE:
            return m
    return None
