"""`sitrep control` (who holds which place on a date) and `sitrep incidents split` (undo a fusion)."""
from __future__ import annotations

from typing import Any

import typer

from sitrep.cli import common

AT_OPTION: Any = typer.Option(..., "--at", help="The date to report control on (YYYY-MM-DD).")
BBOX_OPTION: Any = typer.Option(None, "--bbox", help="Only places inside WEST,SOUTH,EAST,NORTH (decimal degrees).")

incidents_app = typer.Typer(help="Fused incidents: one event told by several reports.", no_args_is_help=True)


def _print(table: Any) -> None:
    # A pipe or file has no width to fit: keep every cell whole there, as `sitrep events` does.
    if common.out.is_terminal:
        common.out.print(table)
    else:
        from rich.console import Console

        from sitrep.cli.events import UNBOUNDED_WIDTH

        Console(file=common.out.file, width=UNBOUNDED_WIDTH, soft_wrap=True).print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(incidents_app, name="incidents")

    @app.command()
    def control(at: str = AT_OPTION, bbox: str = BBOX_OPTION, db: str = common.DB_OPTION) -> None:
        """List each place's holder as of a date, from captures, retakes and handovers, with evidence."""
        from rich.table import Table

        from sitrep.cli.store_commands import open_store
        from sitrep.errors import QueryError
        from sitrep.fuse.control import build_timelines, control_at, undated_claims
        from sitrep.store.incidents import territory_incidents
        from sitrep.store.query import parse_bbox, parse_date_option

        try:
            day = parse_date_option(at, "at")
            box = parse_bbox(bbox)
        except QueryError as exc:
            raise typer.BadParameter(str(exc)) from exc
        assert day is not None  # --at is required
        with open_store(db) as store:
            found = territory_incidents(store)
        timelines = build_timelines(found)
        rows = control_at(timelines, day, box)
        if not rows:
            common.err.print(f"no place changed hands on or before {day}", highlight=False)
        else:
            table = Table(title=f"control as of {day}")
            for column in ("place", "holder", "since", "evidence", "source"):
                table.add_column(column, overflow="fold")
            for change in rows:
                table.add_row(change.place, change.holder, change.date.isoformat() if change.date else "",
                              change.evidence or change.sub_event_type,
                              " | ".join(s.url or s.document_id for s in change.sources))
            _print(table)
        undated = undated_claims(timelines, box)
        if undated:
            common.err.print(f"{len(undated)} undated claims not placed in time: "
                             + "; ".join(f"{c.holder} holds {c.place}" for c in undated), highlight=False)

    @incidents_app.command("split")
    def split(
        incident_id: str = typer.Argument(..., help="The incident to split (its id, as `sitrep events` shows)."),
        event: list[str] = typer.Option(None, "--event", help="Move these event ids out together "
                                                             "(default: every event on its own)."),
        db: str = common.DB_OPTION,
    ) -> None:
        """Undo a fusion: move events out of an incident; later fusion will not put them back."""
        from sitrep.cli.store_commands import open_store
        from sitrep.store.fusion_store import split_incident

        with open_store(db) as store:
            ids = split_incident(store, incident_id, event or None)
        common.out.print("\n".join(ids), highlight=False)
