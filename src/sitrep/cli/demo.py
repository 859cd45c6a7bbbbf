"""`sitrep demo`: ingest the bundled sample reports, extract and fuse their events, print the incidents."""
from __future__ import annotations

from importlib.resources import as_file, files

import typer

from sitrep.cli import common

#: The sample corpus ships inside the package (src/sitrep/sample/*.json).
SAMPLE_PACKAGE, SAMPLE_FOLDER = "sitrep", "sample"


def register(app: typer.Typer) -> None:
    @app.command()
    def demo(db: str = common.DB_OPTION, quiet: bool = common.QUIET_OPTION) -> None:
        """Ingest the two sample reports, extract and fuse their events, and print one row per incident
        with its number of reports (as `sitrep events` does)."""
        from sitrep.cli.events import print_events_table
        from sitrep.cli.store_commands import open_store
        from sitrep.errors import InputRejected
        from sitrep.events.rules import build_default_extractor
        from sitrep.store import extract_stored
        from sitrep.store.incidents import fused_events
        from sitrep.store.ingestion import ingest_sources

        with as_file(files(SAMPLE_PACKAGE) / SAMPLE_FOLDER) as folder, open_store(db) as store:
            samples = sorted(str(p) for p in folder.glob("*.json"))
            ids = []
            for item in ingest_sources(store, samples):
                if isinstance(item, InputRejected):  # the package is broken: say so loudly
                    raise RuntimeError(f"sample report unreadable: {item}")
                ids.append(item.document.id)
            summary = extract_stored(store, build_default_extractor(), ids)
            # Incidents told by a sample report (the database may hold other reports too).
            fused = [f for f in fused_events(store) if any(s.document_id in ids for s in f.sources)]
            where = store.engine.url.render_as_string(hide_password=True)
        print_events_table([f.event for f in fused], sources=[f.source_count for f in fused],
                           title=f"{len(fused)} incidents from {len(ids)} sample reports")
        if not quiet:
            common.err.print(f"{summary.documents} reports and {summary.events} events stored in {where}; "
                             "try `sitrep events` and `sitrep export --format csv`", highlight=False)
