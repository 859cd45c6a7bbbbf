"""Property-based round trip: what goes into the store comes back out unchanged."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.store import Store


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_store_round_trips_documents_and_events(tmp_path_factory, document_strategy, event_strategy, data):
    document = data.draw(document_strategy)
    found = data.draw(st.lists(event_strategy(document.id), max_size=4, unique_by=lambda e: e.id))
    with Store.open(f"sqlite:///{tmp_path_factory.mktemp('db') / 'rt.sqlite'}") as store:
        stored, _ = store.add_document(document)
        store.replace_events(document.id, found)
        assert store.document(document.id) == document == stored
        assert sorted(store.events(), key=lambda e: e.id) == sorted(found, key=lambda e: e.id)
