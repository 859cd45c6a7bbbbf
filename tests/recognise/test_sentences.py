"""Sentence splitting: punctuation and line breaks end sentences, a rank's full stop does not."""
from __future__ import annotations

import pytest

from sitrep.model import Document, WorkingDoc
from sitrep.recognise.sentences import SentenceSplitter


def sentences(splitter: SentenceSplitter, text: str) -> list[str]:
    doc = splitter(WorkingDoc(Document(id="d", text=text)))
    return [text[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize("text", [
    "Capt. Ali Omar said four soldiers died.",
    "Lt. Col. Ali Omar and Sgt. Ben Musa were wounded near Mt. Zorbak on Monday.",
    "The army's Maj.-Gen. Ali Omar, Cpl. Ben Musa and Pvt. Lee Dan met Brig. Gen. Ray.",
])
def test_sentence_splitter_keeps_a_rank_with_its_name(splitter: SentenceSplitter, text: str) -> None:
    assert sentences(splitter, text) == [text]


def test_sentence_splitter_still_ends_a_sentence_at_a_full_stop(splitter: SentenceSplitter) -> None:
    text = "Fighting raged near the pass. Ten soldiers died."
    assert sentences(splitter, text) == ["Fighting raged near the pass.", "Ten soldiers died."]
