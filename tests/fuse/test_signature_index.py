"""SignatureIndex finds what best_match finds over the same stored signatures, in one step."""
from __future__ import annotations

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
