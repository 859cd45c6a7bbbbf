"""`sitrep actors`: search the actor ontology, show one actor, list unknown actors in the store."""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import typer

from sitrep.cli import common

if TYPE_CHECKING:
    from sitrep.knowledge.actors import ActorOntology
    from sitrep.model import Actor, Event
    from sitrep.store import Store

#: How many of an actor's stored events `sitrep actors NAME --db` shows.
ACTOR_EVENTS_LIMIT = 20
#: How many search hits are listed.
SEARCH_LIMIT = 25


def actor_events(store: Store, actor: Actor, limit: int = ACTOR_EVENTS_LIMIT) -> list[Event]:
    """The stored events in which the actor is a side or an ally, newest first."""
    from sitrep.store import EventFilter

    wanted = actor.name.lower()
    found = store.events(EventFilter(actor=actor.name, sort="-date"))
    exact = [e for e in found
             if wanted in {(n or "").lower() for n in (e.actor1, e.actor2, *e.assoc_actor1, *e.assoc_actor2)}]
    return exact[:limit]


def unknown_actor_names(store: Store, ontology: ActorOntology) -> Counter[str]:
    """Actor names in stored events that the ontology lacks, with how many events name each."""
    from sitrep.store import EventFilter

    counts: Counter[str] = Counter()
    for event in store.events(EventFilter()):
        for name in (event.actor1, event.actor2, *event.assoc_actor1, *event.assoc_actor2):
            if name and ontology.entry(name) is None and ontology.lookup(name) is None:
                counts[name] += 1
    return counts


def _show_actor(ontology: ActorOntology, actor: Actor) -> None:
    entry = ontology.entry(actor.id)
    assert entry is not None
    out = common.out
    out.print(f"[bold]{entry.name}[/bold]  ({entry.id})", highlight=False)
    category = entry.inter.name.lower().replace("_", " ")
    out.print(f"  inter {entry.inter.value} ({category}), kind {entry.kind}",
              highlight=False)
    if entry.country:
        out.print(f"  country: {entry.country}", highlight=False)
    if entry.operates_in and entry.operates_in != (entry.country,):
        out.print(f"  operates in: {', '.join(entry.operates_in)}", highlight=False)
    if entry.active_from or entry.active_until:
        out.print(f"  active: {entry.active_from or '…'} to {entry.active_until or '…'}", highlight=False)
    out.print(f"  {entry.description}", highlight=False)
    if entry.aliases:
        out.print(f"  aliases: {'; '.join(entry.aliases)}", highlight=False)
    if entry.context_aliases:
        out.print(f"  aliases in {', '.join(entry.operates_in)} only: {'; '.join(entry.context_aliases)}",
                  highlight=False)
    if entry.parent:
        out.print(f"  part of: {entry.parent}", highlight=False)
    children = sorted(e.name for e in ontology if e.parent in (entry.name, entry.id))
    if children:
        out.print(f"  includes: {'; '.join(children)}", highlight=False)
    allies = list(entry.allies) + sorted(e.name for e in ontology
                                         if entry.name in e.allies and e.name not in entry.allies)
    if allies:
        out.print(f"  allies: {'; '.join(allies)}", highlight=False)
    out.print(f"  source: {entry.source} [{entry.file}]", highlight=False, markup=False)


def _show_events(events: list[Event]) -> None:
    from sitrep.cli.events import print_events_table

    if events:
        print_events_table(events, title="events")
    else:
        common.err.print("no stored events name this actor", highlight=False)


def register(app: typer.Typer) -> None:
    @app.command()
    def actors(
        query: str = typer.Argument("", help="A name, alias, acronym or country; empty lists actors."),
        unknown: bool = typer.Option(False, "--unknown",
                                     help="List actor names in stored events that the ontology lacks."),
        db: Any = common.DB_OPTION,
        limit: int = typer.Option(SEARCH_LIMIT, "--limit", min=1, help="Show at most this many matches."),
    ) -> None:
        """Search the actor ontology, or show one actor with its aliases, relations and events.

        A query that names one actor exactly (a canonical name or an alias) shows that actor;
        with --db (or SITREP_DB) its stored events are listed too. Otherwise the matching
        actors are listed. --unknown lists organisations found in reports but not in the
        ontology, so they can be added to knowledge/data/actors/.
        """
        from sitrep.knowledge.actors import load_ontology

        ontology = load_ontology()
        if unknown:
            from sitrep.cli.store_commands import open_store

            with open_store(db) as store:
                counts = unknown_actor_names(store, ontology)
            if not counts:
                common.err.print("every actor in the stored events is in the ontology", highlight=False)
                return
            for name, count in counts.most_common():
                common.out.print(f"{count}\t{name}", highlight=False, markup=False)
            return
        exact = ontology.lookup(query) if query.strip() else None
        if exact is not None:
            _show_actor(ontology, exact)
            if db:
                from sitrep.cli.store_commands import open_store

                with open_store(db) as store:
                    _show_events(actor_events(store, exact))
            return
        hits = ontology.search(query, limit=limit)
        if not hits:
            common.err.print(f"no actor matches {query!r}", highlight=False)
            raise typer.Exit(1)
        for hit in hits:
            inter = hit.inter.value if hit.inter else "-"
            common.out.print(f"{hit.name}\t{inter}\t{hit.country or ''}", highlight=False, markup=False)
