"""Near-duplicate detection: MinHash signatures of word shingles."""
from __future__ import annotations

from sitrep.fuse.neardup import NEAR_DUPLICATE_JACCARD, best_match, shingles, signature, similarity

STORY = ("Government forces clashed with rebels near Exampleton on Monday, killing three fighters, "
         "a local official said. The fighting began at dawn when rebel units attacked an army "
         "checkpoint on the road to Otherville. Residents reported heavy gunfire for several hours "
         "and said dozens of families fled towards the river. The army said it had repelled the "
         "attack and pursued the attackers into the hills east of the town.")
REWRITE = ("Rebels attacked an army post outside Exampleton at first light on Monday. Three fighters "
           "died, according to an official. Families escaped toward the river as shooting went on, "
           "witnesses told reporters, and troops later chased the group into nearby hills.")


def test_shingles_ignore_case_and_punctuation():
    assert shingles("One, two THREE four five.") == {"one two three four five"}


def test_signature_of_a_syndicated_copy_is_similar():
    copy = "By Example Wire.\n\n" + STORY + "\n\nCopyright the wire. All rights reserved."
    assert similarity(signature(STORY), signature(copy)) >= NEAR_DUPLICATE_JACCARD


def test_signature_of_a_rewrite_is_not_similar():
    assert similarity(signature(STORY), signature(REWRITE)) < NEAR_DUPLICATE_JACCARD


def test_best_match_picks_the_copy():
    stored = [("rewrite", signature(REWRITE)), ("original", signature(STORY))]
    found = best_match(signature(STORY + " The end."), stored)
    assert found is not None and found.document_id == "original"
    assert best_match(signature("Nothing alike at all here, not one bit."), stored) is None
