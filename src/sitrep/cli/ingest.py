"""`sitrep ingest`: store reports from files, folders, URLs and feeds."""
from __future__ import annotations

from typing import Any

import typer

from sitrep.cli import common
from sitrep.config import MAX_INPUT_BYTES

SOURCES_ARGUMENT: Any = typer.Argument(..., help="Files (.txt .md .html .json .jsonl, RSS/Atom .xml .rss "
                                                 ".atom), folders (read recursively), http(s) URLs of "
                                                 "pages or feeds.")
MAX_BYTES_OPTION: Any = typer.Option(MAX_INPUT_BYTES, "--max-bytes", min=1,
                                     help="Reject any input larger than this many bytes.")


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        sources: list[str] = SOURCES_ARGUMENT,
        db: str = common.DB_OPTION,
        max_bytes: int = MAX_BYTES_OPTION,
        quiet: bool = common.QUIET_OPTION,
    ) -> None:
        """Store reports in the database, once each: the same text ingested twice is stored once.

        Prints one line per report on stdout (stored, already stored, updated) and one line per
        rejected input on stderr, naming it and the reason. Exits 1 when any input was rejected.
        """
        from sitrep.cli.store_commands import open_store, progress_bar
        from sitrep.errors import InputRejected
        from sitrep.store import Added
        from sitrep.store.ingestion import ingest_sources

        counts = {added: 0 for added in Added}
        rejected = 0
        with open_store(db) as store, progress_bar("ingest", quiet) as bar:
            task = bar.add_task("ingest", total=None)
            for item in ingest_sources(store, sources, max_bytes,
                                       progress=lambda done, total: bar.update(task, completed=done,
                                                                               total=total)):
                if isinstance(item, InputRejected):
                    rejected += 1
                    common.err.print(f"rejected {item}", highlight=False, markup=False)
                    continue
                counts[item.added] += 1
                document = item.document
                if item.added is Added.UNCHANGED:
                    same = "" if item.submitted_id == document.id else f" (the text of {item.submitted_id})"
                    line = f"already stored {document.id}{same}"
                else:
                    line = f"{item.added.value} {document.id}"
                if document.title:
                    line += f"  {document.title}"
                common.out.print(line, highlight=False, markup=False)
        if not quiet:
            common.err.print(f"{counts[Added.CREATED]} stored, {counts[Added.UNCHANGED]} already stored, "
                             f"{counts[Added.UPDATED]} updated, {rejected} rejected", highlight=False)
        raise typer.Exit(1 if rejected else 0)
