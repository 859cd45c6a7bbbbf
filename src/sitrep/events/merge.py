"""Merge the candidates of one report that are one event: same type, sides, place and day.

The headline and the body telling the same clash, or two sentences about it, give one record.
The merged record keeps the evidence that says the most (the longest sentence), the highest
confidence, and the most conservative fatality figure, as the codebook asks.
"""
from __future__ import annotations

from sitrep.model import Event


def event_key(event: Event) -> tuple:
    sides = frozenset(a for a in (event.actor1, event.actor2) if a)
    return (event.sub_event_type, sides, (event.location or "").lower(), event.date)


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per key, in order of first appearance."""
    merged: dict[tuple, Event] = {}
    for event in events:
        key = event_key(event)
        kept = merged.get(key)
        if kept is None:
            merged[key] = event
            continue
        figures = [f for f in (kept.fatalities, event.fatalities) if f is not None]
        best = event if _says_more(event, kept) else kept
        merged[key] = best.with_changes(
            fatalities=min(figures) if figures else None,
            confidence=max(kept.confidence, event.confidence),
            assoc_actor1=tuple(dict.fromkeys(kept.assoc_actor1 + event.assoc_actor1)),
            assoc_actor2=tuple(dict.fromkeys(kept.assoc_actor2 + event.assoc_actor2)),
        )
    return list(merged.values())


def _says_more(candidate: Event, kept: Event) -> bool:
    def richness(e: Event) -> tuple[int, int]:
        filled = sum(x is not None for x in (e.actor2, e.location, e.date, e.fatalities))
        return filled, len(e.evidence.text) if e.evidence else 0

    return richness(candidate) > richness(kept)
