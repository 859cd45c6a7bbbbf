"""When a country's bare name is a side of an event, and which of its actors it stands for.

A country's name is mostly a place ("fighting in Ukraine"). It names a side in three
constructions of news English:
- the party to an agreement: "Armenia and Azerbaijan agreed a ceasefire", "a declaration signed
  by Armenia and Azerbaijan", "talks with Ukraine yielded a deal". States negotiate and sign
  through their governments ("Government of Armenia"); a ceasefire, a truce or an exchange of
  prisoners agreed with no talks or treaty named is the armed forces' ("Military Forces of
  Armenia"): gold/train codes a declaration and talks that yielded a deal as governments, a
  ceasefire agreed between two states as their militaries;
- the place a strike was launched from: "missiles launched from Israel" are Israel's military's;
- the subject of a military act ("Pakistan launched air raids"), handled where country names
  are matched (`recognise.actors.COUNTRY_ACTS`).
"""
from __future__ import annotations

import re

#: An optional state title between a party word and the country's name: "the Republic of".
_TITLE = r"(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation)\s+of\s+)?"
#: A country's name as it may stand in a pair of parties: one to three capitalised words.
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
#: An agreement's noun: "a ceasefire", "the talks", "an exchange of prisoners".
_AGREEMENT_NOUN = (r"(?:talks|negotiations|agreement|deal|accord|treaty|truce|cease-?fire|exchange|swap|declaration|"
                   r"memorandum)")
#: Words that make the country after them a party: "signed by ", "talks with the ", "a ceasefire
#: between ", "an exchange of prisoners between Russia and " (the second of a pair); not "in ",
#: "from ", nor "fighting between " (a battle's sides are found by its trigger, not here).
PARTY_BEFORE = re.compile(r"(?:\b(?:signed|agreed|brokered|concluded)\s+by|\b" + _AGREEMENT_NOUN
                          + r"\b[^.;]{0,40}?\b(?:with|between))\s+" + _TITLE
                          + r"(?:" + _NAME + r"\s*(?:,|and)\s+" + _TITLE + r")?$", re.I)
#: What makes the country before it a party to an agreement: " and Azerbaijan agreed", ", Azerbaijan
#: Agree Ceasefire" (a headline), " have
#: agreed a ceasefire", " signed a peace deal", " and Ukraine swapped prisoners", " reached a deal";
#: not " signed into law" nor " said".
PARTY_AFTER = re.compile(r"(?:\s*(?:,|and)\s+" + _TITLE + _NAME + r")?\s+(?:(?:have|has|had|also|then|finally|"
                         r"formally|reportedly)\s+){0,2}(?:agree[ds]?|signed\s+(?!into\b)|reached\s+(?:an?|the)\s+"
                         r"(?:agreement|deal|accord|truce|cease-?fire)|concluded|swapped|exchanged)", re.I)
#: A diplomatic agreement, which governments make: "talks", "a peace declaration", "a treaty".
DIPLOMATIC = re.compile(r"\b(?:talks|negotiations?|declaration|treaty|accord|deal|peace|memorandum|summit)\b",
                        re.I)
#: An agreement about the fighting, which armed forces make: "a ceasefire", "an exchange of prisoners".
MILITARY_AGREEMENT = re.compile(r"\b(?:cease-?fire|truce|exchange|exchanged|swap|swapped|prisoners?)\b", re.I)
#: A strike launched from a country's territory: "missiles launched from ", "rockets were fired
#: from the territory of ", "a rocket fired from the "; not "civilians fled from " nor "fighters from ".
LAUNCHED_FROM = re.compile(r"\b(?:missiles?|rockets?|drones?|shells?|projectiles?|strikes?|attacks?)\s+"
                           r"(?:(?:was|were|being|been|had been)\s+)?(?:launched|fired)\s+from\s+"
                           r"(?:the\s+(?:territory\s+of\s+(?:the\s+)?)?)?$", re.I)
#: How far before a country's name its party or launch words may start, in characters.
PARTY_WINDOW = 80


def country_side_role(text: str, start: int, end: int) -> str | None:
    """The role ("government" or "military") a country name at text[start:end] stands for when it
    is a party to an agreement or a strike's launch place; None when it is no side there."""
    before = text[max(0, start - PARTY_WINDOW):start]
    if LAUNCHED_FROM.search(before):
        return "military"
    if not (PARTY_BEFORE.search(before) or PARTY_AFTER.match(text, end)):
        return None
    # The kind of agreement is told in the name's sentence (up to the full stops around it).
    lo, hi = text.rfind(".", 0, start) + 1, text.find(".", end)
    hi = len(text) if hi < 0 else hi
    if DIPLOMATIC.search(text, lo, hi) is None and MILITARY_AGREEMENT.search(text, lo, hi) is not None:
        return "military"
    return "government"
