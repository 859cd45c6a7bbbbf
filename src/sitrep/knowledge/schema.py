"""The schema of the actor knowledge files, and the validation that enforces it.

Three kinds of file describe actors:

- `data/actors/*.yaml`: the curated ontology, one list of entries per region. An entry is an
  `ActorEntry` (its fields are documented on the class).
- `data/lexicons/demonyms.yaml`: countries, their demonyms and the names reports use for
  them; every country there gets the generic actors of `ROLES` ("Civilians (Mali)").
- `data/lexicons/generic_actors.yaml`: phrases that denote an actor only through context
  ("the soldiers", "villagers", "the latter") and what each denotes (`GENERIC_DENOTES`).

Validation is hand-written rather than pydantic: it keeps loading fast and lets every error
name the file, the entry and the field (`KnowledgeError`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sitrep.errors import KnowledgeError
from sitrep.knowledge.fields import string_list as _strings
from sitrep.knowledge.fields import text_field as _text
from sitrep.model import ActorCategory

#: What kind of body an actor is; generic phrases are compatible with some kinds only.
ACTOR_KINDS = frozenset({
    "military", "police", "government", "intelligence", "jihadist", "rebel", "militia",
    "ethnic_militia", "gang", "coalition", "peacekeepers", "mercenary", "civilians",
    "protesters", "rioters", "unidentified", "other",
})

#: The generic actors every country has, with the name pattern of the gold convention, the
#: ACLED inter code, and the actor kind. "{the}" is "the " for countries named with an article
#: ("Military Forces of the United States") and empty otherwise.
ROLES: dict[str, tuple[str, int, str]] = {
    "military": ("Military Forces of {the}{country}", 1, "military"),
    "police": ("Police Forces of {the}{country}", 1, "police"),
    "government": ("Government of {the}{country}", 1, "government"),
    "civilians": ("Civilians ({country})", 7, "civilians"),
    "armed_group": ("Unidentified Armed Group ({country})", 3, "unidentified"),
    "protesters": ("Protesters ({country})", 6, "protesters"),
    "rioters": ("Rioters ({country})", 5, "rioters"),
}

#: What a generic phrase can denote. A role ("military", "civilians"...) is resolved to the
#: named actor of that kind in the document, else to the country's generic actor of the role;
#: "armed" (militants, fighters) and "jihadist" look for a named non-state group first and fall
#: back to the country's unidentified armed group; "anaphor" (the latter, the enemy) only ever
#: resolves to an actor already named in the document.
GENERIC_DENOTES = frozenset(set(ROLES) | {"armed", "jihadist", "gang", "anaphor"})

#: Fields of an actor entry, with whether each is required.
ENTRY_FIELDS: dict[str, bool] = {
    "id": True, "name": True, "inter": True, "kind": True, "description": True, "source": True,
    "country": False, "operates_in": False, "role": False, "aliases": False,
    "context_aliases": False, "lookup_aliases": False, "parent": False, "allies": False,
    "active_from": False, "active_until": False, "note": False, "branches": False,
}
#: Fields of one branch of an actor (`ActorEntry.branches`), with whether each is required.
BRANCH_FIELDS: dict[str, bool] = {"country": True, "actor": True, "regions": False, "active_from": False}


@dataclass(frozen=True)
class Branch:
    """The actor that acts in a network's name in one country (or some of its first-level
    divisions) from a day on: a bare "Islamic State" side in Afghanistan is its Khorasan Province."""

    country: str
    actor: str
    regions: tuple[str, ...] = ()  # first-level divisions; empty for the whole country
    active_from: dt.date | None = None

    def covers(self, country: str | None, admin1: str | None, day: dt.date | None) -> bool:
        """Whether an event in that country and division, on that day, is this branch's."""
        if country != self.country or (self.regions and admin1 not in self.regions):
            return False
        return day is None or self.active_from is None or day >= self.active_from


@dataclass(frozen=True)
class ActorEntry:
    """One curated actor, as written in a data file.

    `aliases` are matched anywhere; `context_aliases` only in a report about one of the
    countries the actor `operates_in` (they are words that name other actors elsewhere:
    "the coalition", "junta", "PDF"); `lookup_aliases` are names other datasets use that are
    accepted by `ActorOntology.lookup` but never matched in running text ("Kinshasa" for the
    Congolese government). `role` makes the entry its country's generic actor of that role
    (the Syrian Arab Army is Syria's "military" until December 2024). `branches` name the actor
    that acts in this one's name in a country from a day on (the Islamic State's provinces).
    """

    id: str
    name: str
    inter: ActorCategory
    kind: str
    description: str
    source: str
    file: str
    country: str | None = None
    operates_in: tuple[str, ...] = ()
    role: str | None = None
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    lookup_aliases: tuple[str, ...] = ()
    parent: str | None = None
    allies: tuple[str, ...] = ()
    active_from: dt.date | None = None
    active_until: dt.date | None = None
    note: str = ""
    branches: tuple[Branch, ...] = ()  # first match wins: list a country's divisions before it

    def active_on(self, day: dt.date | None) -> bool:
        """Whether the entry names the actor on that day (always, when the day is unknown)."""
        if day is None:
            return True
        if self.active_from and day < self.active_from:
            return False
        return not (self.active_until and day >= self.active_until)

    def overlaps(self, other: ActorEntry) -> bool:
        """Whether two entries name actors at the same time (a mission and its successor do not)."""
        return ((self.active_until is None or other.active_from is None or other.active_from < self.active_until)
                and (other.active_until is None or self.active_from is None or self.active_from < other.active_until))


@dataclass(frozen=True)
class CountryEntry:
    """A country of `demonyms.yaml`: its canonical name, names in text and demonyms."""

    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    article: bool = False  # named with "the" in actor names ("the Philippines")
    no_roles: tuple[str, ...] = ()  # roles no actor plays there (Palestine has no army)


@dataclass(frozen=True)
class GenericPhrase:
    """A phrase of `generic_actors.yaml` and what it denotes (see `GENERIC_DENOTES`)."""

    phrase: str
    denotes: str
    kinds: tuple[str, ...]  # the named-actor kinds it may refer back to






def _date(label: str, entry: str, field: str, value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise KnowledgeError(label, entry, f"field '{field}' must be an ISO date, got {value!r}") from exc


def parse_actor_entry(label: str, raw: Any, position: int) -> ActorEntry:
    """Validate one raw YAML mapping of an actor file and return it as an `ActorEntry`."""
    if not isinstance(raw, dict):
        raise KnowledgeError(label, f"entry #{position}", "each entry must be a mapping")
    entry = str(raw.get("id") or raw.get("name") or f"entry #{position}")
    unknown = sorted(set(raw) - set(ENTRY_FIELDS))
    if unknown:
        raise KnowledgeError(label, entry, f"unknown field(s) {', '.join(unknown)}")
    for field, required in ENTRY_FIELDS.items():
        if required and raw.get(field) in (None, ""):
            raise KnowledgeError(label, entry, f"field '{field}' is required")
    inter = raw["inter"]
    if not isinstance(inter, int) or inter not in {c.value for c in ActorCategory}:
        raise KnowledgeError(label, entry, f"field 'inter' must be an integer 1-8, got {inter!r}")
    kind = raw["kind"]
    if kind not in ACTOR_KINDS:
        raise KnowledgeError(label, entry, f"field 'kind' must be one of {sorted(ACTOR_KINDS)}, got {kind!r}")
    role = raw.get("role")
    if role is not None and role not in ROLES:
        raise KnowledgeError(label, entry, f"field 'role' must be one of {sorted(ROLES)}, got {role!r}")
    country = _text(label, entry, "country", raw.get("country"), required=False)
    if role is not None and country is None:
        raise KnowledgeError(label, entry, "field 'country' is required when 'role' is set")
    active_from = _date(label, entry, "active_from", raw.get("active_from"))
    active_until = _date(label, entry, "active_until", raw.get("active_until"))
    if active_from and active_until and active_until <= active_from:
        raise KnowledgeError(label, entry, "field 'active_until' must come after 'active_from'")
    operates_in = _strings(label, entry, "operates_in", raw.get("operates_in"))
    context_aliases = _strings(label, entry, "context_aliases", raw.get("context_aliases"))
    if context_aliases and not (operates_in or country):
        raise KnowledgeError(label, entry, "field 'context_aliases' needs 'country' or 'operates_in'")
    return ActorEntry(
        id=_text(label, entry, "id", raw["id"]) or "",
        name=_text(label, entry, "name", raw["name"]) or "",
        inter=ActorCategory(inter),
        kind=kind,
        description=_text(label, entry, "description", raw["description"]) or "",
        source=_text(label, entry, "source", raw["source"]) or "",
        file=label,
        country=country,
        operates_in=operates_in or ((country,) if country else ()),
        role=role,
        aliases=_strings(label, entry, "aliases", raw.get("aliases")),
        context_aliases=context_aliases,
        lookup_aliases=_strings(label, entry, "lookup_aliases", raw.get("lookup_aliases")),
        parent=_text(label, entry, "parent", raw.get("parent"), required=False),
        allies=_strings(label, entry, "allies", raw.get("allies")),
        active_from=active_from,
        active_until=active_until,
        note=str(raw.get("note") or ""),
        branches=tuple(parse_branch(label, entry, raw_branch, n)
                       for n, raw_branch in enumerate(_list(label, entry, "branches", raw.get("branches")), 1)),
    )


def _list(label: str, entry: str, field: str, value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise KnowledgeError(label, entry, f"field '{field}' must be a list")
    return value


def parse_branch(label: str, entry: str, raw: Any, position: int) -> Branch:
    """Validate one item of an entry's `branches` list ({country, actor, regions, active_from})."""
    where = f"{entry} branch #{position}"
    if not isinstance(raw, dict):
        raise KnowledgeError(label, where, "each branch must be a mapping")
    unknown = sorted(set(raw) - set(BRANCH_FIELDS))
    if unknown:
        raise KnowledgeError(label, where, f"unknown field(s) {', '.join(unknown)}")
    return Branch(country=_text(label, where, "country", raw.get("country")) or "",
                  actor=_text(label, where, "actor", raw.get("actor")) or "",
                  regions=_strings(label, where, "regions", raw.get("regions")),
                  active_from=_date(label, where, "active_from", raw.get("active_from")))


def parse_country(label: str, name: Any, raw: Any) -> CountryEntry:
    """Validate one country of `demonyms.yaml`."""
    entry = str(name)
    if not isinstance(name, str) or not name.strip():
        raise KnowledgeError(label, entry, "a country must be named by a non-empty string")
    if not isinstance(raw, dict):
        raise KnowledgeError(label, entry, "each country must map to {demonyms: [...], names: [...]}")
    unknown = sorted(set(raw) - {"demonyms", "names", "article", "no_roles"})
    if unknown:
        raise KnowledgeError(label, entry, f"unknown field(s) {', '.join(unknown)}")
    article = raw.get("article", False)
    if not isinstance(article, bool):
        raise KnowledgeError(label, entry, "field 'article' must be true or false")
    no_roles = _strings(label, entry, "no_roles", raw.get("no_roles"))
    bad = sorted(set(no_roles) - set(ROLES))
    if bad:
        raise KnowledgeError(label, entry, f"field 'no_roles': {', '.join(bad)} not among {sorted(ROLES)}")
    return CountryEntry(name=name, names=_strings(label, entry, "names", raw.get("names")),
                        demonyms=_strings(label, entry, "demonyms", raw.get("demonyms")),
                        article=article, no_roles=no_roles)


def parse_generic_group(label: str, raw: Any, position: int) -> list[GenericPhrase]:
    """Validate one group of `generic_actors.yaml` ({denotes, kinds, phrases}) into phrases."""
    entry = f"group #{position}"
    if not isinstance(raw, dict):
        raise KnowledgeError(label, entry, "each group must be a mapping")
    unknown = sorted(set(raw) - {"denotes", "kinds", "phrases", "note"})
    if unknown:
        raise KnowledgeError(label, entry, f"unknown field(s) {', '.join(unknown)}")
    denotes = raw.get("denotes")
    if denotes not in GENERIC_DENOTES:
        raise KnowledgeError(label, entry, f"field 'denotes' must be one of {sorted(GENERIC_DENOTES)}, "
                                           f"got {denotes!r}")
    entry = f"group #{position} ({denotes})"
    kinds = _strings(label, entry, "kinds", raw.get("kinds"))
    bad = [k for k in kinds if k not in ACTOR_KINDS]
    if bad:
        raise KnowledgeError(label, entry, f"field 'kinds' has unknown kind(s) {', '.join(bad)}")
    phrases = _strings(label, entry, "phrases", raw.get("phrases"))
    if not phrases:
        raise KnowledgeError(label, entry, "field 'phrases' must list at least one phrase")
    return [GenericPhrase(phrase=p, denotes=denotes, kinds=kinds) for p in phrases]


def parse_generics(label: str, data: Any) -> tuple[tuple[GenericPhrase, ...], dict[str, tuple[str, ...]],
                                                   tuple[str, ...]]:
    """Validate `generic_actors.yaml` (groups, demonym_words, name_extenders) into its phrases,
    the words a demonym takes per role ("Turkish troops"), and the words that extend a name."""
    if not isinstance(data, dict):
        raise KnowledgeError(label, None, "must be a mapping with groups, demonym_words, name_extenders")
    unknown = sorted(set(data) - {"groups", "demonym_words", "name_extenders"})
    if unknown:
        raise KnowledgeError(label, None, f"unknown section(s) {', '.join(unknown)}")
    groups = data.get("groups")
    if not isinstance(groups, list) or not groups:
        raise KnowledgeError(label, None, "section 'groups' must be a non-empty list")
    phrases = [phrase for position, raw in enumerate(groups, 1) for phrase in parse_generic_group(label, raw, position)]
    words = data.get("demonym_words") or {}
    if not isinstance(words, dict):
        raise KnowledgeError(label, "demonym_words", "must map a role to a list of words")
    demonym_words: dict[str, tuple[str, ...]] = {}
    for role, values in words.items():
        if role not in ROLES:
            raise KnowledgeError(label, "demonym_words", f"unknown role {role!r}; roles are {sorted(ROLES)}")
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise KnowledgeError(label, "demonym_words", f"role {role!r} must list non-empty words")
        demonym_words[role] = tuple(values)
    extenders = data.get("name_extenders") or []
    if not isinstance(extenders, list) or not all(isinstance(v, str) and v for v in extenders):
        raise KnowledgeError(label, "name_extenders", "must be a list of non-empty words")
    return tuple(phrases), demonym_words, tuple(extenders)
