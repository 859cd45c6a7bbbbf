"""Names listed together: the joins of a list. Texts are made up."""
from __future__ import annotations

import pytest

from sitrep.resolve.listed_places import LIST_JOIN


@pytest.mark.parametrize("gap, joins", [
    (", ", True), (" and ", True), (", and ", True),
    (" near ", False), ("; ", False), (", north of ", False),
])
def test_list_join_matches_only_the_joins_of_a_list(gap: str, joins: bool) -> None:
    assert (LIST_JOIN.match(gap) is not None) is joins
