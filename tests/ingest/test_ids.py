"""Derived document ids."""
from __future__ import annotations

import pytest

from sitrep.ingest.ids import NON_SLUG, derived_id


@pytest.mark.parametrize("name, expected", [
    ("/data/Report 12 (final).txt", "report-12-final-txt-0123456789ab"),
    ("https://example.org/news/clashes-in-north/", "clashes-in-north-0123456789ab"),
    ("https://example.org/", "example-org-0123456789ab"),
    ("???", "doc-0123456789ab"),
])
def test_derived_id_from_name_and_hash(name, expected):
    assert derived_id(name, "0123456789abcdef") == expected


def test_non_slug_pattern_matches_runs_of_other_characters():
    assert NON_SLUG.sub("-", "a b__c.d") == "a-b-c-d"
    assert NON_SLUG.fullmatch("abc123") is None
