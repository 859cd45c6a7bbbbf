"""The ordered stages that turn a Document into Events.

Stages are listed explicitly here. Each declares what it `reads` and what it `adds` (fields
of `WorkingDoc`); `Pipeline` checks the order before any text runs, so a stage can never read
what no earlier stage produced.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from sitrep.model import Document, Event, WorkingDoc

#: What a fresh WorkingDoc already holds before the first stage.
INITIAL_FIELDS = ("document",)


@runtime_checkable
class Stage(Protocol):
    # Read-only, so a stage may declare narrower tuples (`reads = ("sentences",)`) as class attributes.
    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def reads(self) -> tuple[str, ...]: ...

    @property
    def adds(self) -> tuple[str, ...]: ...

    def __call__(self, doc: WorkingDoc) -> WorkingDoc: ...


class PipelineOrderError(ValueError):
    """A stage reads a field that no earlier stage adds."""


class Pipeline:
    """Runs stages in order over working documents."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available = set(INITIAL_FIELDS)
        for stage in stages:
            missing = [f for f in stage.reads if f not in available]
            if missing:
                raise PipelineOrderError(
                    f"stage {stage.name} reads {', '.join(missing)}, which no earlier stage adds")
            available.update(stage.adds)
        self.stages = list(stages)

    def run(self, document: Document) -> WorkingDoc:
        doc = WorkingDoc(document=document)
        for stage in self.stages:
            doc = stage(doc)
            if not isinstance(doc, WorkingDoc):
                raise TypeError(f"stage {stage.name} returned {type(doc).__name__}, not WorkingDoc")
        return doc

    def run_many(self, documents: Iterable[Document]) -> Iterator[WorkingDoc]:
        for document in documents:
            yield self.run(document)

    @property
    def version(self) -> str:
        return "+".join(f"{s.name}={s.version}" for s in self.stages)


def extract_events(pipeline: Pipeline, document: Document) -> list[Event]:
    """Run the pipeline over one document and return its events."""
    return pipeline.run(document).events
