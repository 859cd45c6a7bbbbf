"""Options and helpers shared by every command: defined once."""
from __future__ import annotations

import sys
from typing import Any

import typer
from rich.console import Console

from sitrep.errors import SitrepError

DEBUG = False

#: Data goes to stdout; progress, warnings and rejections to stderr.
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DB_OPTION: Any = typer.Option(None, "--db", envvar="SITREP_DB",
                              help="Database: a SQLite path or an SQLAlchemy URL (postgresql://...). "
                                   "Default ~/.local/share/sitrep/sitrep.sqlite.")
OUTPUT_OPTION: Any = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout.")
QUIET_OPTION: Any = typer.Option(False, "--quiet", "-q", help="No progress bars or summaries.")


def run_app(app: typer.Typer) -> None:
    """Run the Typer app, turning sitrep's own errors into one clear line and exit code 1."""
    try:
        app(standalone_mode=True)
    except SitrepError as exc:
        if DEBUG:
            raise
        err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
        sys.exit(1)
