"""Claims that let concurrent `sitrep extract` processes split the stored documents between them.

Each extraction over stored documents is a worker (a row of `extraction_workers`). Before it
extracts a batch it claims the batch's documents, in one short transaction under the store-wide
CLAIMS lock (`BEGIN IMMEDIATE` on SQLite, a transaction-scoped advisory lock on PostgreSQL),
leaving out those a concurrent worker has claimed: one still running beside it (not finished and
seen recently), or one that finished after it started, with the same extractor and version and
the same text of the document. A worker started after another finished re-extracts everything,
as one `sitrep extract` always has.

    worker = start_worker(store, extractor.name, extractor.version)
    for batch in batched(ids, size):
        mine = claim(store, worker, batch)     # extract these; `release` them if that fails
    last = finish_worker(store, worker)        # True: no other worker is still running

`ClaimedRun` wraps that lifecycle for an extraction engine.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session

from sitrep.store.locks import StoreLock, lock_store
from sitrep.store.repository import IN_LIST_CHUNK, Store
from sitrep.store.tables import DocumentRow, ExtractionClaimRow, ExtractionWorkerRow, core_table

#: A worker claims a batch every few seconds; one unseen for this long has died, and neither
#: its claims nor its being unfinished hold the others back any more.
STALE_WORKER_SECONDS = 600

Claim = ExtractionClaimRow
WorkerRow = ExtractionWorkerRow


@dataclass(frozen=True)
class Worker:
    """One extraction over stored documents, as the claims know it."""

    id: str
    extractor: str
    extractor_version: str
    started_at: dt.datetime


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _alive(now: dt.datetime) -> ColumnElement[bool]:
    """Workers still running: not finished, and seen recently."""
    return and_(WorkerRow.finished_at.is_(None),
                WorkerRow.seen_at >= now - dt.timedelta(seconds=STALE_WORKER_SECONDS))


def start_worker(store: Store, extractor: str, extractor_version: str) -> Worker:
    """Record a new worker running this extractor, and return it."""
    now = _now()
    worker = Worker(uuid.uuid4().hex, extractor, extractor_version, now)
    with Session(store.engine) as session, session.begin():
        session.execute(insert(core_table(WorkerRow)), [
            {"id": worker.id, "extractor": extractor, "extractor_version": extractor_version,
             "started_at": now, "seen_at": now, "finished_at": None}])
    return worker


def claim(store: Store, worker: Worker, document_ids: Sequence[str]) -> list[str]:
    """Claim the stored documents among these that no concurrent worker has claimed; return them, in order."""
    now = _now()
    mine: list[str] = []
    with Session(store.engine) as session, session.begin():
        # Taken first, so that two workers never both find a document free.
        lock_store(session, StoreLock.CLAIMS)
        session.execute(update(WorkerRow).where(WorkerRow.id == worker.id).values(seen_at=now))
        for first in range(0, len(document_ids), IN_LIST_CHUNK):
            mine.extend(_claim_chunk(session, worker, document_ids[first:first + IN_LIST_CHUNK], now))
    return mine


def _claim_chunk(session: Session, worker: Worker, document_ids: Sequence[str], now: dt.datetime) -> list[str]:
    taken = set(session.scalars(
        select(Claim.document_id)
        .join(WorkerRow, WorkerRow.id == Claim.worker_id)
        .join(DocumentRow, DocumentRow.id == Claim.document_id)
        .where(Claim.document_id.in_(list(document_ids)), Claim.worker_id != worker.id,
               Claim.content_hash == DocumentRow.content_hash,
               WorkerRow.extractor == worker.extractor,
               WorkerRow.extractor_version == worker.extractor_version,
               or_(_alive(now), WorkerRow.finished_at >= worker.started_at))))
    free = [i for i in document_ids if i not in taken]
    # A document deleted since it was listed is not claimed (nor extracted).
    hashes = dict(session.execute(select(DocumentRow.id, DocumentRow.content_hash)
                                  .where(DocumentRow.id.in_(free))).all())
    mine = [i for i in free if i in hashes]
    if mine:
        session.execute(delete(Claim).where(Claim.document_id.in_(mine)))
        session.execute(insert(core_table(Claim)), [
            {"document_id": i, "worker_id": worker.id, "content_hash": hashes[i], "claimed_at": now}
            for i in mine])
    return mine


def release(store: Store, worker: Worker, document_ids: Sequence[str]) -> None:
    """Give back this worker's claims on these documents (their extraction failed), so others may take them."""
    with Session(store.engine) as session, session.begin():
        session.execute(delete(Claim).where(Claim.worker_id == worker.id,
                                            Claim.document_id.in_(list(document_ids))))


class ClaimedRun:
    """One extraction's claims as a context: a worker from entry to exit, the batches it takes,
    and, when the extraction fails, the claims it took and did not store given back.

        with ClaimedRun(store, extractor.name, extractor.version) as run:
            mine = run.take(batch)   # the documents of the batch left to this extraction
            ...                      # extract and store them
            run.stored(mine)
        run.last                     # True: this extraction finished last, so it fuses
    """

    def __init__(self, store: Store, extractor: str, extractor_version: str) -> None:
        self.store, self.extractor, self.extractor_version = store, extractor, extractor_version
        self.outstanding: set[str] = set()
        self.last = False

    def __enter__(self) -> ClaimedRun:
        self.worker = start_worker(self.store, self.extractor, self.extractor_version)
        return self

    def take(self, document_ids: Sequence[str]) -> list[str]:
        """Claim a batch; return the documents no concurrent extraction holds, in order."""
        mine = claim(self.store, self.worker, document_ids)
        self.outstanding.update(mine)
        return mine

    def stored(self, document_ids: Iterable[str]) -> None:
        """Record that these claimed documents' events are stored: nothing to give back."""
        self.outstanding.difference_update(document_ids)

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        try:
            if kind is not None and self.outstanding:
                release(self.store, self.worker, sorted(self.outstanding))  # another may take them
        finally:
            self.last = finish_worker(self.store, self.worker)


def finish_worker(store: Store, worker: Worker) -> bool:
    """Record that the worker has finished; return True when no other worker is still running.

    The last worker to finish fuses the events of all of them: fusing while another still
    writes would only have to be done again.
    """
    now = _now()
    with Session(store.engine) as session, session.begin():
        lock_store(session, StoreLock.CLAIMS)
        session.execute(update(WorkerRow).where(WorkerRow.id == worker.id).values(finished_at=now, seen_at=now))
        others = session.scalar(select(exists().where(WorkerRow.id != worker.id, _alive(now))))
        _forget_past_workers(session, now)
    return not others


def _forget_past_workers(session: Session, now: dt.datetime) -> None:
    """Delete the workers, and their claims, that no running worker can be held back by: those
    that died, and those that finished before the oldest running one started. Without this,
    every extraction (one per API ingest) would leave a row behind for good."""
    oldest_running = session.scalar(select(func.min(WorkerRow.started_at)).where(_alive(now)))
    finished: ColumnElement[bool] = WorkerRow.finished_at.is_not(None)
    if oldest_running is not None:
        finished = and_(finished, WorkerRow.finished_at < oldest_running)
    dead = and_(WorkerRow.finished_at.is_(None), ~_alive(now))
    past = select(WorkerRow.id).where(or_(finished, dead)).scalar_subquery()
    session.execute(delete(Claim).where(Claim.worker_id.in_(past)))
    session.execute(delete(WorkerRow).where(WorkerRow.id.in_(past)))
