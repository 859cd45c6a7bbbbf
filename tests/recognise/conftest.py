"""What the date tests share: a sentence splitter, and a report run through it and the date recogniser."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document, WorkingDoc
from sitrep.recognise.dates import DateRecogniser
from sitrep.recognise.sentences import SentenceSplitter

# A Wednesday.
PUBLISHED = dt.date(2024, 3, 13)


@pytest.fixture(scope="module")
def splitter() -> SentenceSplitter:
    return SentenceSplitter()


def run(splitter: SentenceSplitter, text: str, published: dt.date | None = PUBLISHED) -> WorkingDoc:
    """A report of `text`, split into sentences and with its date mentions found."""
    doc = WorkingDoc(document=Document(id="t", text=text, published=published))
    return DateRecogniser()(splitter(doc))
