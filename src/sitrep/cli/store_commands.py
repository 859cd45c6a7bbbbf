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


def extract_stored_command(db: str | None, document_ids: Sequence[str] | None, quiet: bool, *,
                           engine: str = "local", scheduler: str | None = None, workers: int = 2) -> int:
    """Extract events from stored reports (all, or these ids) into the database; return the exit code.

    `engine` is "local" (this process) or "dask" (the scheduler at `scheduler`, or a local
    cluster of `workers` processes).
    """
    from sitrep.config import Settings

    settings = Settings.from_env(db)
    with open_store(db) as store, progress_bar("extract", quiet) as bar:
        task = bar.add_task("extract", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        if engine == "dask":
            import logging

            from sitrep.scale.dask_engine import extract_stored_dask

            # distributed logs every worker's start and stop at INFO; show them with --debug only.
            logging.getLogger("distributed").setLevel(logging.DEBUG if common.DEBUG else logging.WARNING)

            summary = extract_stored_dask(store, settings, document_ids, workers=workers,
                                          scheduler=scheduler, progress=advance)
        else:
            from sitrep.events.rules import build_default_extractor
            from sitrep.store import extract_stored

            extractor = build_default_extractor(settings)
            summary = extract_stored(store, extractor, document_ids, progress=advance)
    if not quiet:
        common.err.print(f"{summary.documents} documents, {summary.events} events stored "
                         f"({summary.kept} unchanged, {summary.added} new, {summary.removed} removed)",
                         highlight=False)
    return 0
