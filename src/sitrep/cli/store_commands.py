"""Helpers for the commands that work on the database: open it from --db, extract stored reports."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from sitrep.cli import common

if TYPE_CHECKING:
    from sitrep.store import Store


def open_store(db: str | None) -> Store:
    """The Store that --db (or SITREP_DB, or the default path) names, migrated to the current schema."""
    from sitrep.config import Settings
    from sitrep.store import Store

    return Store.open(Settings.from_env(db).db_url)


def progress_bar(label: str, quiet: bool) -> Progress:
    """A progress bar on stderr, hidden with --quiet and when stderr is not a terminal."""
    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=common.err, disable=quiet or not common.err.is_terminal, transient=True)


def extract_stored_command(db: str | None, document_ids: Sequence[str] | None, quiet: bool) -> int:
    """Extract events from stored reports (all, or these ids) into the database; return the exit code."""
    from sitrep.events.rules import build_default_extractor
    from sitrep.store import extract_stored

    with open_store(db) as store:
        extractor = build_default_extractor()
        with progress_bar("extract", quiet) as bar:
            task = bar.add_task("extract", total=None)
            summary = extract_stored(store, extractor, document_ids,
                                     progress=lambda done, total: bar.update(task, completed=done,
                                                                             total=total))
    if not quiet:
        common.err.print(f"{summary.documents} documents, {summary.events} events stored "
                         f"({summary.kept} unchanged, {summary.added} new, {summary.removed} removed)",
                         highlight=False)
    return 0
