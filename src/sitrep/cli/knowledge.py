"""`sitrep knowledge check`: validate the curated knowledge files."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from sitrep.cli import common

ACTORS_DIR_OPTION: Any = typer.Option(
    None, "--actors-dir", help="Check the actor files in this folder instead of the packaged ones.")
LEXICONS_DIR_OPTION: Any = typer.Option(
    None, "--lexicons-dir", help="Folder holding demonyms.yaml and generic_actors.yaml (with --actors-dir).")


def register(app: typer.Typer) -> None:
    knowledge = typer.Typer(help="Check the curated knowledge files (actors, lexicons).",
                            no_args_is_help=True)

    @knowledge.command("check")
    def check(actors_dir: Path = ACTORS_DIR_OPTION, lexicons_dir: Path = LEXICONS_DIR_OPTION) -> None:
        """Validate every actor and lexicon file; the first error names file, entry and field.

        Exits 1 (with the error on stderr) when a file is invalid, 0 when all are valid.
        """
        from sitrep.errors import KnowledgeError
        from sitrep.knowledge.actors import Sources, build_ontology, files_checked

        if (actors_dir is None) != (lexicons_dir is None):
            raise typer.BadParameter("give both --actors-dir and --lexicons-dir, or neither")
        sources = Sources.packaged() if actors_dir is None else Sources.from_dirs(actors_dir, lexicons_dir)
        try:
            ontology = build_ontology(sources)
        except KnowledgeError as exc:
            common.err.print(f"invalid: {exc}", highlight=False, markup=False)
            raise typer.Exit(1) from exc
        curated = sum(1 for e in ontology if not e.source.startswith("generated"))
        for label in files_checked(sources):
            common.err.print(f"ok  {label}", highlight=False)
        common.out.print(f"{len(ontology)} actors ({curated} curated), {len(ontology.countries)} countries, "
                         f"{len(ontology.generics)} generic phrases: all valid", highlight=False)

    app.add_typer(knowledge, name="knowledge")
