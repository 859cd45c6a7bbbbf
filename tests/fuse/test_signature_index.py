"""SignatureIndex finds what best_match finds over the same stored signatures, in one step."""
from __future__ import annotations

import random

import pytest

from sitrep.fuse.neardup import SignatureIndex, best_match, signature

STORY = ("Armed men attacked a police post in Exampleton late on Sunday, the regional governor said, "
         "adding that two officers were wounded and the attackers fled towards the hills before dawn.")
OTHER = "The harvest festival in Otherville drew large crowds to the market square on Saturday afternoon."


def test_signature_index_agrees_with_best_match():
    stored = [("b-copy", signature(STORY + " Reporting by a wire service.")), ("a-other", signature(OTHER)),
              ("a-copy", signature(STORY + " Reporting by a wire service."))]
    index = SignatureIndex(stored)
    for text in (STORY, OTHER, "Nothing alike at all here, not one bit."):
        assert index.best_match(signature(text)) == best_match(signature(text), stored)
    # Equal scores go to the smaller id, as with best_match.
    assert index.best_match(signature(STORY)).document_id == "a-copy"


def test_signature_index_excludes_the_report_itself_and_replaces_its_signature():
    index = SignatureIndex([("one", signature(STORY))])
    assert index.best_match(signature(STORY), exclude="one") is None
    index.add("one", signature(OTHER))
    assert len(index) == 1 and index.best_match(signature(OTHER)).document_id == "one"
    assert index.best_match(signature(STORY)) is None


def test_signature_index_skips_signatures_no_minhash_makes():
    good = signature(STORY)
    index = SignatureIndex([("wide", [2**40] + good[1:]), ("negative", [-1] + good[1:]), ("good", good)])
    assert len(index) == 1
    assert index.best_match(good).document_id == "good"
    assert index.best_match([2**40] + good[1:]) is None


@pytest.mark.parametrize("threshold", [0.0, 0.2, 0.5, 0.8, 1.0, 1.5])
def test_signature_index_agrees_with_best_match_over_many_near_copies(threshold):
    """Copies that agree on more or fewer positions, some tied: the pruned search finds what a full one finds."""
    rng = random.Random(20_241_125)
    base = signature(STORY)
    stored = []
    for n in range(300):
        changed = set(rng.sample(range(len(base)), rng.choice([0, 10, 40, 63, 64, 65, 90, 128])))
        stored.append((f"doc-{n:03}", [v + 1 if i in changed else v for i, v in enumerate(base)]))
    index = SignatureIndex(stored)
    for probe_n in range(20):
        probe = [v + 1 if rng.random() < probe_n / 20 else v for v in base]
        assert index.best_match(probe, threshold=threshold) == best_match(probe, stored, threshold=threshold)
        assert index.best_match(probe, exclude="doc-007", threshold=threshold) == best_match(
            probe, [s for s in stored if s[0] != "doc-007"], threshold=threshold)
