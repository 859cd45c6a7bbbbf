"""`sitrep events` (a table of stored events) and `sitrep export` (CSV, JSON, GeoJSON, Parquet)."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from sitrep.cli import common

if TYPE_CHECKING:
    from sitrep.model import Event
    from sitrep.store import EventFilter

#: How many events `sitrep events` shows unless told otherwise: a screenful or two.
DEFAULT_TABLE_LIMIT = 100
#: Table width when stdout is not a terminal: wide enough that no cell is ever folded.
UNBOUNDED_WIDTH = 10_000

SINCE_OPTION: Any = typer.Option(None, "--since", help="Events on or after this date (YYYY-MM-DD).")
UNTIL_OPTION: Any = typer.Option(None, "--until", help="Events on or before this date (YYYY-MM-DD).")
ACTOR_OPTION: Any = typer.Option(None, "--actor", help="Events with this actor (any part of the name, "
                                                       "either side or an ally).")
TYPE_OPTION: Any = typer.Option(None, "--type",
                                help="An event type (Battles) or sub-event type (Armed clash).")
COUNTRY_OPTION: Any = typer.Option(None, "--country", help="Events in this country.")
BBOX_OPTION: Any = typer.Option(None, "--bbox", help="Events inside WEST,SOUTH,EAST,NORTH (decimal degrees).")
TEXT_OPTION: Any = typer.Option(None, "--text", help="Events whose evidence, notes or location contain this.")
DOCUMENT_OPTION: Any = typer.Option(None, "--document", help="Events of this stored document id.")
SORT_OPTION: Any = typer.Option("date", "--sort", help="date, -date, confidence, -confidence, fatalities, "
                                                       "-fatalities, country or event_type.")


def event_filter(*, limit: int | None = None, **values: Any) -> EventFilter:
    """An EventFilter from command-line values; a bad value is a usage error (exit 2)."""
    from sitrep.errors import QueryError
    from sitrep.store import EventFilter

    try:
        return EventFilter.from_strings(limit=limit, **values)
    except QueryError as exc:
        raise typer.BadParameter(str(exc)) from exc


def print_events_table(events: Sequence[Event], title: str | None = None,
                       sources: Sequence[int] | None = None) -> None:
    """Print events as a table on stdout: when, what, who, where, how many dead (and how many reports)."""
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    columns = ["date", "event", "actor 1", "actor 2", "location", "country", "dead", "id"]
    for column in columns + (["sources"] if sources is not None else []):
        table.add_column(column, overflow="fold")
    for n, e in enumerate(events):
        table.add_row(e.date.isoformat() if e.date else "", e.sub_event_type, e.actor1 or "",
                      e.actor2 or "", e.location or "", e.country or "",
                      "" if e.fatalities is None else str(e.fatalities), e.id,
                      *([str(sources[n])] if sources is not None else []))
    # A pipe or file has no width to fit: keep every cell whole there, so lines can be grepped.
    if common.out.is_terminal:
        common.out.print(table)
    else:
        from rich.console import Console

        Console(file=common.out.file, width=UNBOUNDED_WIDTH, soft_wrap=True).print(table)


def register(app: typer.Typer) -> None:
    @app.command()
    def events(
        since: str = SINCE_OPTION, until: str = UNTIL_OPTION, actor: str = ACTOR_OPTION,
        event_type: str = TYPE_OPTION, country: str = COUNTRY_OPTION, bbox: str = BBOX_OPTION,
        text: str = TEXT_OPTION, document: str = DOCUMENT_OPTION, sort: str = SORT_OPTION,
        limit: int = typer.Option(DEFAULT_TABLE_LIMIT, "--limit", min=0, help="Show at most this many."),
        per_report: bool = typer.Option(False, "--per-report",
                                        help="One row per report's event, instead of one per fused incident."),
        db: str = common.DB_OPTION,
    ) -> None:
        """List stored events, one per incident with its number of reports, filtered by date, actor,
        type, place or text."""
        from sitrep.cli.store_commands import open_store
        from sitrep.store.incidents import count_fused_events, fused_events

        filters = event_filter(since=since, until=until, actor=actor, event_type=event_type,
                               country=country, bbox=bbox, text=text, document_id=document,
                               sort=sort, limit=limit)
        sources: list[int] | None = None
        with open_store(db) as store:
            if per_report:
                found = store.events(filters)
                total = store.count_events(filters)
            else:
                fused = fused_events(store, filters)
                found = [f.event for f in fused]
                sources = [f.source_count for f in fused]
                total = count_fused_events(store, filters)
        if not found:
            common.err.print("no events match", highlight=False)
            return
        print_events_table(found, sources=sources)
        if total > len(found):
            common.err.print(f"showing {len(found)} of {total} events; use --limit or `sitrep export` "
                             "for the rest", highlight=False)

    @app.command()
    def export(
        fmt: str = typer.Option(..., "--format", "-f", help="csv, json, geojson or parquet."),
        output: Path = common.OUTPUT_OPTION,
        since: str = SINCE_OPTION, until: str = UNTIL_OPTION, actor: str = ACTOR_OPTION,
        event_type: str = TYPE_OPTION, country: str = COUNTRY_OPTION, bbox: str = BBOX_OPTION,
        text: str = TEXT_OPTION, document: str = DOCUMENT_OPTION, sort: str = SORT_OPTION,
        per_report: bool = typer.Option(False, "--per-report",
                                        help="One record per report's event, instead of one per fused incident."),
        db: str = common.DB_OPTION,
        quiet: bool = common.QUIET_OPTION,
    ) -> None:
        """Export stored events as CSV (ACLED's columns), JSON, GeoJSON points or Parquet.

        One record per fused incident, with the list of reports behind it (`sources`,
        `source_count`); --per-report writes each report's own events instead. Writes to
        stdout unless --output is given. GeoJSON leaves out events with no coordinates and
        says how many on stderr.
        """
        from sitrep.cli.store_commands import open_store
        from sitrep.export import ExportFormat, write_events

        try:
            chosen = ExportFormat(fmt.lower())
        except ValueError as exc:
            raise typer.BadParameter(f"{fmt!r} is not one of csv, json, geojson, parquet",
                                     param_hint="--format") from exc
        if chosen.binary and output is None and sys.stdout.isatty():
            raise typer.BadParameter("parquet is binary: give --output FILE or redirect stdout",
                                     param_hint="--output")
        filters = event_filter(since=since, until=until, actor=actor, event_type=event_type,
                               country=country, bbox=bbox, text=text, document_id=document, sort=sort)
        from sitrep.store.incidents import export_selection

        with open_store(db) as store:
            selection = export_selection(store, filters, per_report)
        result = write_events(selection.events, chosen, output if output is not None else sys.stdout,
                              selection.documents, selection.incidents)
        if result.skipped:
            common.err.print(f"warning: {result.skipped} events have no coordinates and are not in the "
                             "GeoJSON", highlight=False)
        if not quiet:
            common.err.print(f"{result.written} events" + (f" -> {output}" if output else ""),
                             highlight=False)
