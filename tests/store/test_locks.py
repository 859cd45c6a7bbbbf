"""Store locks: a second writer of the same documents, or a second fusion, waits for the first."""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import insert

from sitrep.store.convert import event_row
from sitrep.store.fusion_store import fuse_stored
from sitrep.store.locks import StoreLock, lock_documents, lock_store
from sitrep.store.tables import EventRow

#: How long the second writer is given to (wrongly) get past a held lock. A slow machine only
#: makes the test slower, never flaky: a writer that honours the lock is still waiting then.
WAIT_SECONDS = 0.5


class Background(threading.Thread):
    """Runs a call in a thread and keeps its result or exception, so the test can check them."""

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__(daemon=True)
        self.call = call
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.call()
        except BaseException as exc:  # handed to the test, which raises it
            self.error = exc

    def outcome(self) -> Any:
        """Wait for the call to end; return its result or raise its exception."""
        self.join()
        if self.error is not None:
            raise self.error
        return self.result


def test_lock_documents_returns_the_stored_ids_in_order(store, report):
    store.add_document(report)
    store.add_document(replace(report, id="a-first", text="Another made-up report.", content_hash=""))
    with store.engine.connect() as connection, connection.begin():
        assert lock_documents(connection, [report.id, "absent", "a-first"]) == ["a-first", report.id]


def test_lock_documents_makes_a_second_writer_wait_then_see_the_first_ones_events(store, report, make_event):
    store.add_document(report)
    first, second = make_event(report, location="First"), make_event(report, location="Second")
    with store.engine.connect() as connection:
        transaction = connection.begin()
        lock_documents(connection, [report.id])
        writer = Background(lambda: store.replace_events(report.id, [second]))
        writer.start()
        writer.join(WAIT_SECONDS)
        assert writer.is_alive(), "the second writer did not wait for the document's lock"
        row = event_row(first, dt.datetime.now(dt.UTC))
        connection.execute(insert(EventRow), [{c.key: getattr(row, c.key) for c in EventRow.__table__.columns}])
        transaction.commit()
    change = writer.outcome()
    # The second writer ran after the first committed, so it replaced the first one's event.
    assert (change.kept, change.added, change.removed) == (0, 1, 1)
    assert store.events() == [second]


def test_lock_store_makes_a_second_fusion_wait(store, report, make_event):
    store.add_document(report)
    store.replace_events(report.id, [make_event(report)])
    with store.engine.connect() as connection:
        transaction = connection.begin()
        lock_store(connection, StoreLock.FUSION)
        fusion = Background(lambda: fuse_stored(store))
        fusion.start()
        fusion.join(WAIT_SECONDS)
        assert fusion.is_alive(), "the second fusion did not wait for the fusion lock"
        transaction.commit()
    assert fusion.outcome().events == 1
    assert fuse_stored(store).events == 0
