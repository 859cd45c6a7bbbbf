"""Resolve "the capital" to the national capital the report means.

Reports name a capital by its role once the country is clear: "protesters blocked roads in
the capital", "a base south-west of the capital", "the Libyan capital". A coder files such an
event at the capital city. The country is the demonym's ("the Yemeni capital"), else the
country the report is mostly about (`document_countries`), when it clearly leads.
"""
from __future__ import annotations

import re

from sitrep.model import GeoPrecision, Mention, MentionKind, WorkingDoc
from sitrep.resolve.countries import document_countries
from sitrep.resolve.gazetteer import Gazetteer

#: "the capital", "the Libyan capital", "the country's capital", "the capital city". Not "the
#: regional capital Beni" or "the capital, Kyiv" (the city is named: it is a place of its own),
#: "the capital of Darfur" (another division's seat), "capital punishment".
CAPITAL_REFERENCE = re.compile(
    r"\bthe\s+(?:(?P<demonym>[A-Z][a-z]+)\s+|(?:country|nation)['’]s\s+)?capital(?:\s+city)?\b"
    r"(?!\s*,?\s*(?:[A-Z]|of\b|punishment|flight|markets?|gains?|expenditure|investment))")
#: The share of the report's place and actor evidence its leading country must exceed for a bare
#: "the capital" to be that country's (a report about two countries leaves it open).
LEADING_COUNTRY_SHARE = 0.5


class CapitalResolver:
    """Adds a place mention, resolved to the national capital, for each "the capital" of a report."""

    name, version = "resolve.capitals", "1"
    reads, adds = ("place_mentions",), ()

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        found = []
        taken = [(m.start, m.end) for m in doc.place_mentions]
        leading = None
        for match in CAPITAL_REFERENCE.finditer(doc.text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if match["demonym"]:
                code = self.gazetteer.demonyms.get(match["demonym"].lower())
                if code is None:
                    continue  # "the Kurdish capital", a capitalised word that names no state
            else:
                if leading is None:
                    leading = _leading_country(doc)
                code = self.gazetteer.country_codes.get(leading) if leading else None
            capital = self.gazetteer.capital(code) if code else None
            if capital is not None:
                found.append(Mention(match.start(), match.end(), match[0], MentionKind.PLACE, capital,
                                     label="capital", precision=int(GeoPrecision.PLACE), source=self.name))
        if found:
            doc.place_mentions = sorted([*doc.place_mentions, *found], key=lambda m: m.start)
        return doc


def _leading_country(doc: WorkingDoc) -> str:
    """The country the report is mostly about, or "" when none clearly leads."""
    countries = document_countries(doc)
    return countries[0][0] if countries and countries[0][1] > LEADING_COUNTRY_SHARE else ""
