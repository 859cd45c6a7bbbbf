"""GET /api/actors (actors in the data, or ontology matches) and /api/actors/{name} (one actor's page)."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from sitrep.api.deps import Context
from sitrep.api.schemas import ActorOut, Counterpart, EventOut
from sitrep.model import Event
from sitrep.store import EventFilter

router = APIRouter(tags=["actors"])

#: How many actors a list answer holds at most.
MAX_ACTORS = 500
#: How many of an actor's events its page lists (newest first).
ACTOR_PAGE_EVENTS = 200


class ActorListItem(BaseModel):
    name: str
    id: str | None
    inter: int | None
    country: str | None
    events: int
    known: bool


def _sides(event: Event) -> tuple[set[str], set[str]]:
    side1 = {n for n in (event.actor1, *event.assoc_actor1) if n}
    side2 = {n for n in (event.actor2, *event.assoc_actor2) if n}
    return side1, side2


@router.get("/actors", response_model=list[ActorListItem])
def list_actors(
    ctx: Context,
    q: Annotated[
        str | None,
        Query(
            description="A name, alias or acronym; empty lists the actors of the stored events.",
            max_length=200,
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_ACTORS)] = 100,
) -> list[ActorListItem]:
    """Actors named in stored events (most events first), or, with `q`, those matching it."""
    counts: Counter[str] = Counter()
    for event in ctx.store.events(EventFilter()):
        side1, side2 = _sides(event)
        counts.update(side1 | side2)
    ontology = ctx.ontology()
    names: list[str] = [name for name, _ in counts.most_common()]
    if q and q.strip():
        needle = q.strip().lower()
        hits = [a.name for a in ontology.search(q, limit=limit)]
        names = [n for n in names if needle in n.lower()] + [
            n for n in hits if needle not in n.lower() or n not in counts
        ]
        names = list(dict.fromkeys(names))
    items = []
    for name in names[:limit]:
        entry = ontology.entry(name)
        items.append(
            ActorListItem(
                name=name,
                id=entry.id if entry else None,
                inter=int(entry.inter) if entry else None,
                country=entry.country if entry else None,
                events=counts.get(name, 0),
                known=entry is not None,
            )
        )
    return items


@router.get("/actors/{name}", response_model=ActorOut)
def get_actor(name: str, ctx: Context) -> ActorOut:
    """One actor: its ontology entry (aliases, relations), its events and its counterparts."""
    ontology = ctx.ontology()
    entry = ontology.entry(name)
    if entry is None:
        found = ontology.lookup(name)
        entry = ontology.entry(found.id) if found is not None and found.known else None
    canonical = entry.name if entry else name
    wanted = canonical.lower()
    events = [
        e
        for e in ctx.store.events(EventFilter(actor=canonical, sort="-date"))
        if wanted in {n.lower() for side in _sides(e) for n in side}
    ]
    if entry is None and not events:
        raise HTTPException(
            404, f"no actor named {name!r} in the ontology or the stored events; try /api/actors?q=..."
        )
    opponents: Counter[str] = Counter()
    allies: Counter[str] = Counter()
    for event in events:
        side1, side2 = _sides(event)
        own, other = (side1, side2) if canonical in side1 else (side2, side1)
        opponents.update(other - {canonical})
        allies.update(own - {canonical})
    counterparts = [
        Counterpart(name=n, events=c, relation="opponent") for n, c in opponents.most_common()
    ] + [Counterpart(name=n, events=c, relation="ally") for n, c in allies.most_common()]
    return ActorOut(
        id=entry.id if entry else "",
        name=canonical,
        inter=int(entry.inter) if entry else None,
        country=entry.country if entry else None,
        kind=entry.kind if entry else None,
        description=entry.description if entry else "",
        aliases=list(entry.aliases + entry.context_aliases) if entry else [],
        parent=entry.parent if entry else None,
        allies=list(entry.allies) if entry else [],
        known=entry is not None,
        events=[EventOut.from_event(e) for e in events[:ACTOR_PAGE_EVENTS]],
        counterparts=counterparts,
    )
