"""`sitrep serve`: the API and the web UI, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import typer

from sitrep.cli import common

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: str = typer.Option(
            DEFAULT_HOST, "--host", help="Address to listen on (0.0.0.0 for every interface)."
        ),
        port: int = typer.Option(DEFAULT_PORT, "--port", min=1, max=65535, help="Port to listen on."),
        db: str = common.DB_OPTION,
        token: str = typer.Option(
            None,
            "--token",
            envvar="SITREP_TOKEN",
            help="Bearer token the ingest endpoints require; without one, ingest is off.",
        ),
    ) -> None:
        """Serve the web UI (map, timeline, events, reports, actors, control) and the JSON API.

        The API is documented at /docs. Writes (POST /api/ingest) need the header
        'Authorization: Bearer TOKEN' with the --token given here.
        """
        import uvicorn

        from sitrep.api import create_app
        from sitrep.config import Settings

        application = create_app(Settings.from_env(db), token=token)
        common.err.print(
            f"sitrep on http://{host}:{port}/  (API docs at /docs; ingest "
            f"{'enabled' if token else 'disabled: no --token'})",
            highlight=False,
        )
        uvicorn.run(application, host=host, port=port, log_level="warning")
