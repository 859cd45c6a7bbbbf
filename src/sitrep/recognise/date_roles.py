"""What a date mention names besides the day of an act: the end of a span ("since Monday") or
the day something was told ("the army said on Friday")."""
from __future__ import annotations

import re

from sitrep.model import Mention

#: How far before a date to look for a span word ("since Monday"), in characters.
SPAN_LOOKBEHIND = 10
#: Words that make a day the start or end of a span, not the day of an act: "from August 1 to
#: 10", "since March 3", "between 2 and 5 May".
SPAN_BEFORE = re.compile(r"\b(?:from|since|between|until|till|through)\s+$", re.I)
SPAN_AFTER = re.compile(r"\s*(?:to|until|till|through|and|[-\u2013])\s*\d")


#: A possessive after a day: after "from", the day is an act's, the source of what the sentence
#: tells ("dust from Wednesday's strike", "the toll from Sunday's raid"); "since Sunday's raid"
#: still opens a span. Not "Wednesday, as" nor "Wednesdays".
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def starts_span(text: str, mention: Mention) -> bool:
    """True when the date opens a span ("since Monday", "until 3 May"): not the day of one act
    ("dust from Wednesday's strike" names the strike's day)."""
    span = SPAN_BEFORE.search(text, max(0, mention.start - SPAN_LOOKBEHIND), mention.start)
    if span is None:
        return False
    return not (span.group(0).lower().startswith("from") and POSSESSIVE_AFTER.match(text, mention.end))


#: A reporting verb right before a date: the date says when the news was told, not when the
#: event happened. Examples: "said on Friday", "a war monitor said Friday", "told AFP on
#: Monday", "announced on 3 May", "confirmed the incident to reporters Wednesday", "spoke to
#: journalists on Monday". Not "clashed on Friday", "returned to the village on Monday".
#: Nouns of telling ("statement") count too, and "claimed": the day a claim was made is no
#: more the act's than the day it was said (see `roles.SAID_AFTER` for the speaker).
REPORTED_ON = re.compile(
    r"(?i)\b(?:said|says|told(?:\s+[\w.]+){0,2}?|(?<!were\s)(?<!was\s)(?<!been\s)reported"
    r"|announced|stated|added|confirmed|claimed|statement|published|released|tweeted|wrote"
    r"|posted|declared|to\s+(?:the\s+)?(?:reporters|journalists|media|press))\s+(?:(?:on|late|early)\s+)*$"
)
#: How far before a date to look for a reporting verb, in characters.
REPORT_LOOKBEHIND = 40


#: A reporting verb right after a date, the date standing between the speaker and the verb as
#: wire copy puts it: "Islamic State on Friday claimed responsibility for", "the army on Monday
#: said", "police Tuesday confirmed". Not "on Friday claimed the town" (a claim of territory is an
#: act), "on Monday, said" (a comma may close an act's clause), "on Monday attacked".
REPORTED_AFTER = re.compile(
    r"\s+(?:said|says|told|announced|stated|confirmed|reported|denied|declared|added"
    r"|claimed\s+(?:responsibility|credit))\b", re.IGNORECASE)


def is_report_date(text: str, mention: Mention) -> bool:
    """True when the date tells when something was said ("officials said on Friday", "the army
    on Friday said")."""
    return bool(REPORTED_ON.search(text[max(0, mention.start - REPORT_LOOKBEHIND):mention.start])) \
        or REPORTED_AFTER.match(text, mention.end) is not None
