from __future__ import annotations

import pytest

from sitrep.events.notes import CONTEXT_SIDES, read_note, sides_from_context, write_note
from sitrep.model import Document


@pytest.fixture
def doc() -> Document:
    return Document(id="d1", text="Clashes broke out in Exampleton.")


@pytest.mark.parametrize(("hedges", "from_context"), [((), False), (("analysis", "background"), False),
                                                       (("hypothetical",), True), ((), True)])
def test_notes_a_written_note_reads_back(make_event, doc, hedges, from_context):
    note = write_note("Armed clash", "clashes", hedges, from_context)
    read = read_note(make_event(doc, notes=note))
    assert (read.sub_event_type, read.trigger, read.hedges, read.sides_from_context) == (
        "Armed clash", "clashes", hedges, from_context)
    assert sides_from_context(make_event(doc, notes=note)) is from_context


def test_notes_the_written_form_is_the_analysts_trace():
    assert write_note("Air/drone strike", "airstrikes", ["analysis"], True) == (
        "Air/drone strike: 'airstrikes'; hedged (analysis)" + CONTEXT_SIDES)


@pytest.mark.parametrize("notes", [None, "", "merged from 3 reports"])
def test_notes_another_extractors_note_says_nothing(make_event, doc, notes):
    assert read_note(make_event(doc, notes=notes)) is None
    assert not sides_from_context(make_event(doc, notes=notes))
