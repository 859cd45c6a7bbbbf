"""The interface every extractor implements, so extractors can be swapped."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from sitrep.model import Document, Event


@runtime_checkable
class Extractor(Protocol):
    """Turns one document into the events a careful coder would record from it."""

    name: str
    version: str

    def extract(self, document: Document) -> list[Event]: ...
