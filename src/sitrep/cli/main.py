"""The `sitrep` command line: one Typer app, one module per command group."""
from __future__ import annotations

import logging
import sys

import typer

from sitrep import __version__

app = typer.Typer(
    name="sitrep",
    help="Turn conflict reports into a geocoded, de-duplicated event dataset, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks and debug logging."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """sitrep: who did what to whom, where, when, with how many dead, each fact traced to its sentence."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    from sitrep.cli import common

    common.DEBUG = debug


def _register() -> None:
    # Explicit list, no import-time registries: each module adds its commands to `app`.
    from sitrep.cli import actors, demo, events, extract, fusion_commands, ingest, knowledge, places, serve

    for module in (extract, ingest, events, demo, actors, knowledge, places, fusion_commands, serve):
        module.register(app)


_register()


def main() -> None:
    from sitrep.cli import common

    common.run_app(app)


if __name__ == "__main__":
    main()
