"""`sitrep places NAME`: the gazetteer's candidates for a place name, with their scores."""
from __future__ import annotations

from typing import Any

import typer

from sitrep.cli import common

#: How many candidates are listed, best first.
CANDIDATE_LIMIT = 20


def candidate_rows(name: str, country: str | None = None) -> list[dict[str, Any]]:
    """The candidates of a name as display rows, best first; `country` weighs as the document's."""
    from sitrep.config import Settings
    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.places import PlaceResolver

    gazetteer = Gazetteer.open(Settings.from_env().cache_dir)
    context: dict[str, float] = {}
    if country:
        code = gazetteer.country_codes.get(country)
        if code is None and country.upper() in gazetteer.countries:
            code = country.upper()
        if code is None:
            raise typer.BadParameter(f"unknown country {country!r}", param_hint="--country")
        context[code] = 1.0
    rows = []
    for candidate, score in PlaceResolver(gazetteer).scored(name, context)[:CANDIDATE_LIMIT]:
        place = candidate.place
        rows.append({
            "score": round(score, 3), "name": place.name, "admin1": place.admin1, "country": place.country,
            "latitude": place.latitude, "longitude": place.longitude,
            "geo_precision": int(place.geo_precision), "feature": place.feature,
            "population": place.population, "source": candidate.source, "id": place.gazetteer_id,
        })
    return rows


def register(app: typer.Typer) -> None:
    @app.command("places")
    def places(
        name: str = typer.Argument(..., help="A place name, in any common spelling (\"Deir Ezzor\")."),
        country: str | None = typer.Option(
            None, "--country", "-c", help="Score as in a report about this country (name or ISO code)."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    ) -> None:
        """Show the gazetteer's candidates for a place NAME with their scores, best first."""
        rows = candidate_rows(name, country)
        if as_json:
            import json

            common.out.print_json(json.dumps(rows))
            return
        if not rows:
            common.err.print(f"no gazetteer entry for {name!r}", highlight=False)
            raise typer.Exit(1)
        from rich.table import Table

        table = Table(title=f"Candidates for {name!r}")
        for column in ("score", "name", "admin1", "country", "lat", "lon", "prec", "feature", "population",
                       "source", "id"):
            table.add_column(column)
        for r in rows:
            table.add_row(f"{r['score']:.3f}", r["name"], r["admin1"] or "", r["country"] or "",
                          f"{r['latitude']:.4f}", f"{r['longitude']:.4f}", str(r["geo_precision"]),
                          r["feature"] or "", str(r["population"] or ""), r["source"], r["id"])
        common.out.print(table)
