"""The dates fusion places reports by: publication, latest event, or the days a report names.

Fusion compares an undated event by its report's date (`sitrep.fuse.compat.ReferenceDates`).
This reads those dates from the store for the reports of one fusion run.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sitrep.fuse.compat import ReferenceDates, StatedDays
from sitrep.recognise.dates import stated_weekdays, yearless_days
from sitrep.store.tables import DocumentRow, EventRow


def reference_dates(session: Session, document_ids: Iterable[str]) -> ReferenceDates:
    """Each report's reference date: when it was published, else the latest date among its
    dated events (a report recounts what has just happened); for a report with neither, the
    days it names without a year."""
    ids = list(document_ids)
    published = session.execute(select(DocumentRow.id, DocumentRow.published)
                                .where(DocumentRow.id.in_(ids), DocumentRow.published.is_not(None))).all()
    # The query skips undated reports; the check says so to the type checker.
    dates = {document_id: day for document_id, day in published if day is not None}
    for document_id, latest in session.execute(
            select(EventRow.document_id, func.max(EventRow.date))
            .where(EventRow.document_id.in_(ids), EventRow.date.is_not(None))
            .group_by(EventRow.document_id)):
        if latest is not None:
            dates.setdefault(document_id, latest)
    undated = [document_id for document_id in ids if document_id not in dates]
    stated = {document_id: StatedDays(yearless_days(text), stated_weekdays(text))
              for document_id, text in (session.execute(
                  select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(undated))) if undated else ())}
    return ReferenceDates(dates, stated)
