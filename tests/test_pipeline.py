import pytest

from sitrep.model import Document, WorkingDoc
from sitrep.pipeline import Pipeline, PipelineOrderError
from sitrep.recognise.sentences import SentenceSplitter


class _NeedsActors:
    name, version = "needs-actors", "1"
    reads, adds = ("actor_mentions",), ("events",)

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        return doc


class _ReturnsNothing:
    name, version = "broken", "1"
    reads, adds = ("document",), ()

    def __call__(self, doc):
        return None


def test_pipeline_rejects_a_stage_reading_what_nothing_adds():
    with pytest.raises(PipelineOrderError, match="actor_mentions"):
        Pipeline([SentenceSplitter(), _NeedsActors()])


def test_pipeline_checks_each_stage_returns_a_working_doc():
    with pytest.raises(TypeError, match="broken"):
        Pipeline([_ReturnsNothing()]).run(Document(id="d", text="Hello."))


def test_sentences_split_on_punctuation_and_line_breaks():
    text = "Rebels seize town\n\nThe rebels seized the town. Then they left."
    doc = SentenceSplitter()(WorkingDoc(Document(id="d", text=text)))
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Rebels seize town", "The rebels seized the town.", "Then they left."]
