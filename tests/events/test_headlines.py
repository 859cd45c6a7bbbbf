"""Folding a report's headline into the body that tells its act, on hand-built events and made-up reports."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.headlines import SENTENCE_BREAK, fold_headline, repeat_end
from sitrep.model import Document

HEADLINE = "Gunmen storm village school, kidnap pupils"
BODY = "Gunmen abducted 20 pupils from a school in Exampleton on Monday, police said."
TEXT = HEADLINE + "\n" + BODY


@pytest.mark.parametrize(("line", "breaks"), [
    ("Daesh attacked the base. Isis wants to reorganise in the area", True),
    ("Rebels shelled the town! Two dead", True),
    ("U.S. strikes hit rebel camps in the north", False),  # an initial, not a sentence's end
    (HEADLINE, False),
])
def test_headlines_sentence_break_marks_body_text_on_a_first_line(line, breaks):
    assert (SENTENCE_BREAK.search(line) is not None) is breaks


@pytest.mark.parametrize(("body_type", "body_sub_type", "kept"), [
    ("Violence against civilians", "Attack", 1),  # the body tells the act: the headline is folded
    ("Battles", "Armed clash", 1),  # of the violent family too
    ("Protests", "Peaceful protest", 2),  # another family: the headline may be the only telling of its act
])
def test_headlines_a_headline_folds_into_a_body_act_of_its_family(make_event, body_type, body_sub_type, kept):
    document = Document(id="t", text=TEXT)
    headline = make_event(document, HEADLINE, event_type="Violence against civilians",
                          sub_event_type="Abduction/forced disappearance", location="Exampleland")
    body = make_event(document, BODY, event_type=body_type, sub_event_type=body_sub_type, date=dt.date(2024, 3, 11))
    events = fold_headline([headline, body], HEADLINE)
    assert len(events) == kept and events[-1].evidence.text == BODY


def test_headlines_a_report_without_headline_keeps_its_events(make_event):
    document = Document(id="t", text=TEXT)
    events = [make_event(document, HEADLINE), make_event(document, BODY)]
    assert fold_headline(events, "") == events


@pytest.mark.parametrize(("text", "body"), [
    ("Airstrikes kill civilians in northern Syria\nGovernment jets bombed a market in Maarat al-Numan on "
     "Monday, killing seven civilians, rescuers said.", "Government jets bombed"),
    ("Civilians killed as militias clash in southern Libya\nFighting between two militias in Sabha on "
     "Sunday left four fighters dead, a hospital official said.", "Fighting between two"),
    # A page's title repeated as the article's heading is the headline twice.
    ("Fano militia attacks army camp in Amhara - Official\n\nFano militia attacks army camp in Amhara - Official"
     "\n\nFano fighters attacked an army camp near Gondar on Tuesday, killing four soldiers, officials said.",
     "Fano fighters attacked"),
])
def test_headlines_report_the_headline_and_the_body_are_one_event(candidate_pipeline, text, body):
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    assert [e.evidence.text[:len(body)] for e in events] == [body]


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Rebels seize town\n\nRebels seize town\n\nRebels seized Rubaya on Monday.", 17, 36),
    ("Rebels seize town\nRebels seize town\nRebels seized Rubaya on Monday.", 17, 35),
    # A body line that only opens like the headline is no repeat.
    ("Rebels seize town\n\nRebels seize town of Rubaya, officials said.", 17, 17),
    ("Rebels seize town\n\nRebels seized Rubaya on Monday.", 17, 17),
    ("Rebels seized Rubaya on Monday.", 0, 0),
])
def test_headlines_repeat_end_counts_a_repeated_title(text, end, expected):
    assert repeat_end(text, end) == expected
