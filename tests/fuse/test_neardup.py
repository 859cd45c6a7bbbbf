"""Near-duplicate detection: MinHash signatures of word shingles."""
from __future__ import annotations

from sitrep.fuse.neardup import (
    NEAR_DUPLICATE_JACCARD,
    PRIME,
    SIGNATURE_SIZE,
    best_match,
    shingles,
    signature,
    similarity,
)

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


def reference_signature(text: str) -> list[int]:
    """MinHash written out plainly: each shingle's BLAKE2b hash, each hash function, the minimum."""
    import hashlib

    from sitrep.fuse.neardup import _hash_parameters

    a, b = _hash_parameters()
    hashes = [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") & 0xFFFFFFFF
              for s in shingles(text)]
    return [min((int(a_i) * h + int(b_i)) % PRIME for h in hashes) for a_i, b_i in zip(a, b, strict=True)]


def report_texts() -> list[str]:
    """The seed reports and, when ../shared is beside the repository, the dev reports."""
    import json

    from tests.conftest import SAMPLE_DIR, SHARED_DIR

    files = sorted(SAMPLE_DIR.glob("*.json")) + sorted((SHARED_DIR / "gold" / "dev").glob("*.json"))
    return [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]


def test_signature_equals_the_plain_minhash_on_real_reports():
    texts = report_texts()
    assert texts, "the seed reports ship with the package"
    for text in [STORY, REWRITE, *texts]:
        assert signature(text) == reference_signature(text)


def test_signature_is_pinned():
    # Stored signatures are compared with new ones: the hashing must never drift.
    assert signature("one two three four five")[:3] == [2041758144, 916191205, 373447290]
    assert signature("") == [PRIME] * SIGNATURE_SIZE
