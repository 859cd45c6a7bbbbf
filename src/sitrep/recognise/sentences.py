"""Tokenise and split a report into sentences with spaCy's rule-based sentencizer.

No pretrained pipeline is available offline, so the tokenizer is spaCy's blank English one
and sentence boundaries come from punctuation plus line breaks: reports often put a headline
or a subtitle on its own line with no full stop, and such a line is a sentence of its own.
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

from sitrep.model import Sentence, WorkingDoc

#: A blank line, or a line break, ends a sentence even without punctuation ("Title\n\nBody").
LINE_BREAK = re.compile(r"\n+")


#: Abbreviated ranks and titles that conflict reports put before names, and that spaCy's
#: English tokenizer does not already keep whole: without them "Capt. Reynaldo Aragones said"
#: is split into two sentences after "Capt.".
TITLE_ABBREVIATIONS = (
    "Capt.", "Lt.", "Col.", "Maj.", "Sgt.", "Cpl.", "Pvt.", "Pte.", "Spc.", "Brig.", "Adm.", "Cmdr.",
    "Cdr.", "Cmdt.", "Insp.", "Supt.", "Det.", "Amb.", "Mt.", "Ft.", "Lt.-Col.", "Lt.-Gen.", "Maj.-Gen.",
    "Brig.-Gen.",
)


def build_nlp() -> Language:
    """A blank English spaCy pipeline with the sentencizer: tokens and sentences, no model."""
    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for abbreviation in TITLE_ABBREVIATIONS:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


class SentenceSplitter:
    """Adds the spaCy Doc and the sentence spans of the text."""

    name, version = "recognise.sentences", "1"
    reads, adds = ("document",), ("sentences", "spacy_doc")

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or build_nlp()

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        text = doc.text
        spacy_doc = self.nlp(text)
        sentences: list[Sentence] = []
        for sent in spacy_doc.sents:
            start = sent.start_char
            end = sent.end_char
            # Split further at line breaks, and trim whitespace at both ends of each piece.
            piece_start = start
            for m in LINE_BREAK.finditer(text, start, end):
                _append_trimmed(sentences, text, piece_start, m.start())
                piece_start = m.end()
            _append_trimmed(sentences, text, piece_start, end)
        doc.spacy_doc = spacy_doc
        doc.sentences = sentences
        return doc


def _append_trimmed(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))
