"""`sitrep extract`: run the extractor over stored reports, or straight over files."""
from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from sitrep.cli import common
from sitrep.errors import InputRejected
from sitrep.ingest.json_documents import documents_from_json, documents_from_jsonl
from sitrep.model import Document

#: Files read by the no-database mode: reports in the gold file shape.
DOCUMENT_SUFFIXES = (".json", ".jsonl")


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


class Engine(StrEnum):
    """Where database-mode extraction runs: in this process, or on a Dask cluster."""

    local = "local"
    dask = "dask"


def iter_document_files(paths: list[Path]) -> Iterator[Path | InputRejected]:
    """The JSON/JSONL files named, and those under the directories named, in sorted order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file())
        elif path.is_file():
            yield path
        else:
            yield InputRejected(str(path), InputRejected.NOT_FOUND, "no such file or directory")


def read_document_file(path: Path) -> list[Document]:
    """The documents of one gold-shaped .json or .jsonl file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputRejected(str(path), InputRejected.UNDECODABLE, "not UTF-8") from exc
    if path.suffix.lower() == ".jsonl":
        return list(documents_from_jsonl(text, str(path), path.stem))
    return documents_from_json(text, str(path), path.stem)


def extract_files(paths: list[Path], output: Path | None, fmt: OutputFormat, quiet: bool) -> int:
    """Extract events from gold-shaped files with no database; returns the number of failures."""
    from sitrep.events.rules import build_default_extractor

    files, failures = [], 0
    for item in iter_document_files(paths):
        if isinstance(item, InputRejected):
            common.err.print(f"rejected {item}", highlight=False)
            failures += 1
        else:
            files.append(item)
    extractor = build_default_extractor()
    results: list[dict[str, Any]] = []
    with Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=common.err, disable=quiet or len(files) < 2, transient=True) as progress:
        task = progress.add_task("extract", total=len(files))
        for path in files:
            try:
                documents = read_document_file(path)
            except InputRejected as exc:
                common.err.print(f"rejected {exc}", highlight=False)
                failures += 1
                progress.advance(task)
                continue
            for document in documents:
                events = extractor.extract(document)
                results.append({"id": document.id, "events": [e.to_record() for e in events]})
            progress.advance(task)
    if fmt is OutputFormat.jsonl:
        payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    else:
        payload = json.dumps(results, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        common.out.file.write(payload)
    else:
        output.write_text(payload, encoding="utf-8")
    if not quiet:
        n_events = sum(len(r["events"]) for r in results)
        common.err.print(f"{len(results)} documents, {n_events} events"
                         + (f" -> {output}" if output else ""), highlight=False)
    return failures


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        paths: list[Path] = typer.Argument(None, help="Gold-shaped .json/.jsonl files or folders to extract "
                                                      "straight to --output, with no database. "
                                                      "Without paths: extract the stored reports."),
        fmt: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f",
                                         help="Output format in file mode: one line per document, or one array."),
        output: Path = common.OUTPUT_OPTION,
        document: list[str] = typer.Option(None, "--document", help="Only these stored document ids."),
        db: str = common.DB_OPTION,
        engine: Engine = typer.Option(Engine.local, "--engine",
                                      help="Database mode: extract in this process, or on Dask workers."),
        scheduler: str = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                      help="With --engine dask: a running scheduler (tcp://HOST:PORT). "
                                           "Default: start a local cluster."),
        workers: int = typer.Option(2, "--workers", min=1,
                                    help="With --engine dask and no --scheduler: local worker processes."),
        quiet: bool = common.QUIET_OPTION,
    ) -> None:
        """Extract events: from stored reports into the database, or from files to JSON lines.

        File mode writes `{"id": ..., "events": [...]}` per document with the gold field names,
        ready for score.py. Database mode can run on Dask (`--engine dask`): batches of reports
        go to worker processes and their events are stored batch by batch.
        """
        if paths:
            if engine is not Engine.local or scheduler:
                raise typer.BadParameter("--engine dask and --scheduler work on stored reports; "
                                         "leave out the paths", param_hint="--engine")
            failures = extract_files(list(paths), output, fmt, quiet)
            raise typer.Exit(1 if failures else 0)
        if scheduler and engine is not Engine.dask:
            raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
        from sitrep.cli.store_commands import extract_stored_command

        raise typer.Exit(extract_stored_command(db, document or None, quiet, engine=engine.value,
                                                scheduler=scheduler, workers=workers))
