"""Property-based round trip: what goes into the store comes back out unchanged."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.store import Store
from sitrep.store.tables import Base


def empty(store: Store) -> None:
    """Delete every row, so each example starts from an empty store (the schema stays)."""
    with store.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_store_round_trips_documents_and_events(store, document_strategy, event_strategy, data):
    document = data.draw(document_strategy)
    found = data.draw(st.lists(event_strategy(document.id), max_size=4, unique_by=lambda e: e.id))
    empty(store)
    stored, _ = store.add_document(document)
    store.replace_events(document.id, found)
    assert store.document(document.id) == document == stored
    assert sorted(store.events(), key=lambda e: e.id) == sorted(found, key=lambda e: e.id)
