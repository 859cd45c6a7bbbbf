"""Fused incidents and near-duplicate reports in the store, on top of the per-report events.

The `events` table stays as the extractor wrote it; incidents are a layer over it:
`incident_events` says which incident each event belongs to, `document_links` which report
nearly copies which, `document_fingerprints` holds each report's MinHash signature.

    record_fingerprint(store, document)     # at ingest: link a near-copy to its original
    fuse_stored(store)                      # after extraction: fuse every event not yet fused
    split_incident(store, "in-...", ["ev-..."])

Reading incidents back is `store.incidents`.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.orm import Session

from sitrep.errors import QueryError
from sitrep.fuse.compat import DAY_WINDOW
from sitrep.fuse.fusion import assign, incident_id_for
from sitrep.fuse.neardup import NearDuplicate, SignatureIndex, signature
from sitrep.fuse.sides import ActorRelations, packaged_relations
from sitrep.model import Document, Event
from sitrep.store.convert import event_from_row
from sitrep.store.fusion_dates import reference_dates
from sitrep.store.incident_order import summarise, summarise_members
from sitrep.store.locks import StoreLock, lock_store
from sitrep.store.repository import Store
from sitrep.store.tables import (
    DocumentApartRow,
    DocumentFingerprintRow,
    DocumentLinkRow,
    EventRow,
    IncidentEventRow,
    IncidentRow,
    core_table,
)

#: Days beyond the new events' dates within which stored incidents are candidates: the widest
#: fusion window, so no compatible incident is missed.
CANDIDATE_MARGIN_DAYS = max(DAY_WINDOW.values())
#: The events table, read as Core rows where many events are read at once (`event_from_row` takes either).
EVENTS = EventRow.__table__


@dataclass(frozen=True)
class FusionSummary:
    """What one fusion pass did."""

    events: int  # events that were not in an incident and now are
    joined: int  # of those, how many joined an incident that already existed
    created: int  # incidents founded
    removed: int  # incidents dropped because their events are gone


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def store_session(store: Store) -> Session:
    """A session on the store whose loaded rows stay readable after commit."""
    return Session(store.engine, expire_on_commit=False)


# Near-duplicates


def signature_index(store: Store) -> SignatureIndex:
    """Every stored signature in one in-memory index, for `record_fingerprint` over a batch of reports."""
    with store_session(store) as session:
        return SignatureIndex(session.execute(select(DocumentFingerprintRow.document_id,
                                                     DocumentFingerprintRow.signature)))


def record_fingerprint(store: Store, document: Document,
                       index: SignatureIndex | None = None) -> NearDuplicate | None:
    """Store a report's signature and link it to the stored report it nearly copies, if any.

    A copy of a copy is linked to the first original, so corroboration counts it once. With an
    `index` (from `signature_index`, kept by the caller across a batch), the report is compared
    with the index instead of every stored signature being read again, and is added to it.
    """
    return record_fingerprints(store, [document], index)[0]


def record_fingerprints(store: Store, documents: Sequence[Document],
                        index: SignatureIndex | None = None) -> list[NearDuplicate | None]:
    """Do what `record_fingerprint` does for each report in turn, in one transaction with bulk writes.

    A later report of the batch is compared with the earlier ones too; each result says which
    stored report (the first original) that report nearly copies, or None.
    """
    signatures = [signature(document.text) for document in documents]
    if not documents:
        return []
    with store_session(store) as session, session.begin():
        if index is None:
            index = SignatureIndex(session.execute(select(DocumentFingerprintRow.document_id,
                                                          DocumentFingerprintRow.signature)))
        # Which stored report each one nearly copies: comparing needs only the signatures.
        matches: list[NearDuplicate | None] = []
        kept: dict[str, list[int]] = {}
        for document, mine in zip(documents, signatures, strict=True):
            matches.append(index.best_match(mine, exclude=document.id))
            index.add(document.id, mine)
            kept[document.id] = mine
        # The links the matched reports had before this batch, read at once (the store is
        # written at the end, so a report not yet reached in the batch still shows its old link).
        before = dict(session.execute(select(DocumentLinkRow.document_id, DocumentLinkRow.duplicate_of).where(
            DocumentLinkRow.document_id.in_({m.document_id for m in matches if m is not None}))).all())
        # Each report's link as the batch so far leaves it (None: no link).
        links: dict[str, tuple[str, float] | None] = {}
        results: list[NearDuplicate | None] = []
        for document, found in zip(documents, matches, strict=True):
            if found is None:
                links[document.id] = None
                results.append(None)
                continue
            if found.document_id in links:
                link = links[found.document_id]
                original = link[0] if link is not None else None
            else:
                original = before.get(found.document_id)
            target = original or found.document_id
            links[document.id] = (target, found.similarity)
            results.append(NearDuplicate(target, found.similarity))
        ids = list(kept)
        session.execute(delete(DocumentFingerprintRow).where(DocumentFingerprintRow.document_id.in_(ids)))
        session.execute(delete(DocumentLinkRow).where(DocumentLinkRow.document_id.in_(ids)))
        session.execute(insert(DocumentFingerprintRow), [
            {"document_id": document_id, "signature": values} for document_id, values in kept.items()])
        written = [{"document_id": document_id, "duplicate_of": link[0], "similarity": link[1]}
                   for document_id, link in links.items() if link is not None]
        if written:
            session.execute(insert(DocumentLinkRow), written)
    return results


def duplicate_links(store: Store) -> dict[str, str]:
    """Every near-copy's id, with the id of the report it copies."""
    with store_session(store) as session:
        return dict(session.execute(select(DocumentLinkRow.document_id, DocumentLinkRow.duplicate_of)).all())


# Fusion


def fuse_stored(store: Store, relations: ActorRelations | None = None) -> FusionSummary:
    """Fuse every stored event that is in no incident yet, in one transaction.

    `relations` say which actor names can be one side (default: the packaged actor ontology's).

    Links to events that re-extraction removed are dropped first (and incidents left empty
    with them); events that kept their id keep their incident. Only the unfused events are
    matched, against the incidents near them in time: fusion is incremental.
    """
    now = _now()
    with store_session(store) as session, session.begin():
        # Two processes fusing at once would found the same incidents twice; the second waits.
        lock_store(session, StoreLock.FUSION)
        # Incidents that lose members here keep them no more: their summaries are renewed below.
        dangling = IncidentEventRow.event_id.not_in(select(EventRow.id))
        shrunk = set(session.scalars(select(IncidentEventRow.incident_id).distinct().where(dangling)))
        session.execute(delete(IncidentEventRow).where(dangling))
        empty = list(session.scalars(select(IncidentRow.id).where(
            ~exists().where(IncidentEventRow.incident_id == IncidentRow.id))))
        if empty:
            session.execute(delete(IncidentRow).where(IncidentRow.id.in_(empty)))
        # Core rows of the events table, not ORM objects: thousands are read at once.
        unfused = [event_from_row(row) for row in session.execute(
            select(EVENTS).outerjoin(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
            .where(IncidentEventRow.event_id.is_(None)))]
        shrunk.difference_update(empty)
        if not unfused:
            summarise(session, shrunk)
            return FusionSummary(events=0, joined=0, created=0, removed=len(empty))
        candidates = _candidate_incidents(session, unfused)
        reference = reference_dates(session, {e.document_id for e in unfused}
                                     | {e.document_id for group in candidates.values() for e in group})
        outcome = assign(unfused, candidates, reference,
                         relations if relations is not None else packaged_relations(),
                         _kept_apart(session, {e.document_id for e in unfused}))
        renamed = _free_ids(session, outcome.created)
        # Bulk Core inserts, incidents before the links that refer to them.
        if outcome.created:
            session.execute(insert(core_table(IncidentRow)), [
                {"id": renamed[incident_id], "pinned": False, "created_at": now, "updated_at": now}
                for incident_id in outcome.created])
        by_id = {e.id: e for e in unfused}
        if outcome.joined:
            session.execute(insert(core_table(IncidentEventRow)), [
                {"event_id": event_id, "incident_id": renamed.get(incident_id, incident_id),
                 "document_id": by_id[event_id].document_id, "added_at": now}
                for event_id, incident_id in outcome.joined.items()])
        touched = {i for i in outcome.joined.values() if i not in renamed}
        if touched:
            session.execute(update(IncidentRow).where(IncidentRow.id.in_(touched)).values(updated_at=now))
        # The incidents founded here hold exactly the events just assigned to them.
        founded: dict[str, list[Event]] = defaultdict(list)
        for event_id, incident_id in outcome.joined.items():
            if incident_id in renamed:
                founded[renamed[incident_id]].append(by_id[event_id])
        summarise_members(session, founded)
        summarise(session, (shrunk | touched) - set(founded))
        joined = sum(1 for i in outcome.joined.values() if i not in renamed)
    return FusionSummary(events=len(unfused), joined=joined, created=len(outcome.created),
                         removed=len(empty))


def _candidate_incidents(session: Session, unfused: Sequence[Event]) -> dict[str, list[Event]]:
    statement = (select(EVENTS, IncidentEventRow.incident_id)
                 .join(IncidentEventRow, IncidentEventRow.event_id == EventRow.id))
    dates = [e.date for e in unfused if e.date is not None]
    if dates and len(dates) == len(unfused):
        # An undated event can match any date, so only a batch of dated ones narrows the search.
        margin = dt.timedelta(days=CANDIDATE_MARGIN_DAYS)
        statement = statement.where(
            IncidentEventRow.incident_id.in_(
                select(IncidentEventRow.incident_id).join(EventRow, EventRow.id == IncidentEventRow.event_id)
                .where(EventRow.date.is_(None) | EventRow.date.between(min(dates) - margin,
                                                                        max(dates) + margin))))
    incidents: dict[str, list[Event]] = defaultdict(list)
    for row in session.execute(statement):
        incidents[row.incident_id].append(event_from_row(row))
    return dict(incidents)


def _kept_apart(session: Session, document_ids: set[str]) -> dict[str, set[str]]:
    # Each of these reports, with the reports an analyst split apart from it (stored once a pair).
    apart: dict[str, set[str]] = defaultdict(set)
    ids = list(document_ids)
    for first, second in session.execute(select(DocumentApartRow.document_id, DocumentApartRow.other_id)
                                         .where(DocumentApartRow.document_id.in_(ids)
                                                | DocumentApartRow.other_id.in_(ids))):
        apart[first].add(second)
        apart[second].add(first)
    return dict(apart)


def _keep_apart(session: Session, groups: Sequence[set[str]], now: dt.datetime) -> None:
    # Every pair of reports in different groups, smaller id first, each stored once.
    pairs = {tuple(sorted((a, b))) for i, group in enumerate(groups) for other in groups[i + 1:]
             for a in group for b in other if a != b}
    known = set(session.execute(select(DocumentApartRow.document_id, DocumentApartRow.other_id).where(
        DocumentApartRow.document_id.in_({p[0] for p in pairs}))).all()) if pairs else set()
    for first, second in sorted(pairs - {tuple(k) for k in known}):
        session.add(DocumentApartRow(document_id=first, other_id=second, split_at=now))


def _free_ids(session: Session, created: Sequence[str]) -> dict[str, str]:
    # A new incident's id is a hash of its founding event; if an older incident already holds
    # that id (the event left and came back), salt it until it is free.
    taken = set(session.scalars(select(IncidentRow.id).where(IncidentRow.id.in_(created))))
    renamed = {}
    for incident_id in created:
        new, salt = incident_id, 0
        while new in taken:
            salt += 1
            new = incident_id_for([], salt=f"{incident_id}:{salt}")
        taken.add(new)
        renamed[incident_id] = new
    return renamed


def rebuild_fusion(store: Store, relations: ActorRelations | None = None) -> FusionSummary:
    """Forget every incident an analyst has not split, then fuse all their events afresh."""
    with store_session(store) as session, session.begin():
        lock_store(session, StoreLock.FUSION)
        session.execute(delete(IncidentEventRow).where(IncidentEventRow.incident_id.in_(
            select(IncidentRow.id).where(IncidentRow.pinned.is_(False)))))
        session.execute(delete(IncidentRow).where(IncidentRow.pinned.is_(False)))
    return fuse_stored(store, relations)


def split_incident(store: Store, incident_id: str, event_ids: Sequence[str] | None = None) -> list[str]:
    """Undo a fusion: move these events (default: every event) out into incidents of their own.

    With event ids, they leave together as one new incident; without, each event becomes its
    own. Every incident involved is pinned, and the reports of different parts are kept apart,
    so no later fusion puts the events back together, even after a re-extraction gives them
    new ids. Returns the ids of the incidents the events are now in, the original's first.
    """
    now = _now()
    with store_session(store) as session, session.begin():
        incident = session.get(IncidentRow, incident_id)
        if incident is None:
            raise QueryError(f"no incident with id {incident_id!r}; `sitrep events` lists them")
        members = list(session.scalars(select(IncidentEventRow)
                                       .where(IncidentEventRow.incident_id == incident_id)
                                       .order_by(IncidentEventRow.event_id)))
        member_ids = [m.event_id for m in members]
        if event_ids:
            strangers = [e for e in event_ids if e not in member_ids]
            if strangers:
                raise QueryError(f"events {', '.join(strangers)} are not in incident {incident_id}")
            moving = list(dict.fromkeys(event_ids))
            if len(moving) == len(member_ids):
                raise QueryError(f"moving every event out of {incident_id} splits nothing; "
                                 "name fewer events, or none to split them all apart")
            groups = [moving]
        else:
            groups = [[e] for e in member_ids[1:]]
        document_of = {m.event_id: m.document_id for m in members}
        moved = {e for group in groups for e in group}
        staying = {document_of[e] for e in member_ids if e not in moved}
        _keep_apart(session, [staying, *({document_of[e] for e in group} for group in groups)], now)
        incident.pinned = True
        incident.updated_at = now
        result = [incident_id]
        for group in groups:
            new_id = incident_id_for([], salt="split:" + incident_id + "|" + "|".join(sorted(group)))
            session.add(IncidentRow(id=new_id, pinned=True, created_at=now, updated_at=now))
            session.flush()
            session.execute(update(IncidentEventRow).where(IncidentEventRow.event_id.in_(group))
                            .values(incident_id=new_id, added_at=now))
            result.append(new_id)
        summarise(session, result)
    return result
