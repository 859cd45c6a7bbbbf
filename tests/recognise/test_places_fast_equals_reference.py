"""The place recogniser's fast helpers give what their plain definitions give, on real reports."""
from __future__ import annotations

import json
import re

import pytest
from tests.conftest import SAMPLE_DIR, SHARED_DIR

from sitrep.recognise.place_spans import Token, joined, tokenize
from sitrep.recognise.places import _sentence_opener

#: The plain definition of a joiner: nothing, or one space or hyphen, between two pieces.
REFERENCE_JOINER = re.compile(r"[ \-‐–]?")
#: What ends a sentence before a capitalised word, per the plain definition.
REFERENCE_OPENER_ENDS = ".!?\n:\"“"


def report_texts() -> list[str]:
    """The seed reports and, when ../shared is beside the repository, the dev reports."""
    files = sorted(SAMPLE_DIR.glob("*.json")) + sorted((SHARED_DIR / "gold" / "dev").glob("*.json"))
    return [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]


def reference_opener(text: str, tok: Token) -> bool:
    before = text[:tok.start].rstrip()
    return not before or before[-1] in REFERENCE_OPENER_ENDS


def referencejoined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    return len(gap) <= 1 and REFERENCE_JOINER.fullmatch(gap) is not None


MADE_UP = ("Fighting near Deir ez-Zor.\n\nIn Hajin, al-Bukamal and  Ras al–Ain \u2014 \"Idlib\" fell.   Then: Homs")


@pytest.mark.parametrize("text", [MADE_UP, *report_texts()])
def test_places_helpers_equal_their_plain_definitions(text):
    tokens = tokenize(text, 0, len(text))
    assert tokens
    for tok in tokens:
        assert _sentence_opener(text, tok) == reference_opener(text, tok)
        assert (tok.lower, tok.capitalised) == (tok.text.lower(), tok.text[0].isupper())
    for left, right in zip(tokens, tokens[1:], strict=False):
        assert joined(text, left, right) == referencejoined(text, left, right)
