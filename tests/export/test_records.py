"""The ACLED-style fields derived for export."""
from __future__ import annotations

import pytest

from sitrep.export.records import acled_row, interaction_code, iso_numeric


@pytest.mark.parametrize("inter1, inter2, code", [
    (1, 2, 12), (2, 1, 12), (3, None, 30), (7, 7, 77), (None, 2, None),
])
def test_interaction_code_orders_the_two_categories(inter1, inter2, code):
    assert interaction_code(inter1, inter2) == code


@pytest.mark.parametrize("country, code", [
    ("Syria", 760), ("Iraq", 368), ("Nowhereland", None), (None, None),
])
def test_iso_numeric_of_country_names(country, code):
    assert iso_numeric(country) == code


@pytest.mark.parametrize("event_type, sub_event_type, disorder", [
    ("Battles", "Armed clash", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Strategic developments", "Agreement", "Strategic developments"),
])
def test_acled_row_disorder_type(report, make_event, event_type, sub_event_type, disorder):
    event = make_event(report, event_type=event_type, sub_event_type=sub_event_type)
    assert acled_row(event)["disorder_type"] == disorder


def test_acled_row_without_document_leaves_source_empty(report, make_event):
    row = acled_row(make_event(report))
    assert row["source"] is None and row["source_url"] is None and row["timestamp"] is None
