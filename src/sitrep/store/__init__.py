"""Storage of documents and events: SQLAlchemy tables, the Store, Alembic migrations.

    from sitrep.store import Store, EventFilter
    with Store.open("sqlite:///sitrep.sqlite") as store:
        document, added = store.add_document(document)
        store.replace_events(document.id, events)
        store.events(EventFilter(country="Syria", since=date(2018, 9, 1)))
"""
from sitrep.store.extraction import ExtractSummary, extract_stored
from sitrep.store.query import EventFilter
from sitrep.store.repository import Added, DocumentHead, Replacement, Store

__all__ = ["Added", "DocumentHead", "EventFilter", "ExtractSummary", "Replacement", "Store", "extract_stored"]
