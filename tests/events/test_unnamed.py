"""The sides of an act told with no side at all: the candidates the rules propose for short
made-up reports (the eventness model judges them after)."""
import datetime as dt

from sitrep.model import Document

PUBLISHED = dt.date(2024, 3, 15)


def _events(pipeline, text):
    return pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events


def test_unnamed_abduction_is_by_the_countrys_unidentified_group(candidate_pipeline):
    events = _events(candidate_pipeline, "A former minister was abducted from his home in Bamenda on Tuesday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Abduction/forced disappearance", "Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)")]


def test_unnamed_killing_with_no_side_stays_uncoded(candidate_pipeline):
    # The dead may be soldiers and the author the report's enemy: nothing the act alone names.
    assert _events(candidate_pipeline, "Two men were killed in Bamenda on Tuesday.") == []
