"""Load the actor ontology and answer questions about it.

`load_ontology()` reads every `data/actors/*.yaml` file, `data/lexicons/demonyms.yaml` and
`data/lexicons/generic_actors.yaml`, validates them against `knowledge/schema.py`, adds the
generic actors every country has ("Civilians (Mali)", "Police Forces of Mali"... unless a
curated entry already plays that role), and checks the whole: unique ids and names, one
actor per alias (an alias two actors share must be a context alias of actors that operate
in different countries), parents and allies that exist.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import KnowledgeError
from sitrep.knowledge.schema import (
    ROLES,
    ActorEntry,
    CountryEntry,
    GenericPhrase,
    parse_actor_entry,
    parse_country,
    parse_generics,
)
from sitrep.model import Actor, ActorCategory

log = logging.getLogger(__name__)

ACTOR_PACKAGE = "sitrep.knowledge.data.actors"
LEXICON_PACKAGE = "sitrep.knowledge.data.lexicons"
DEMONYMS_FILE = "demonyms.yaml"
GENERICS_FILE = "generic_actors.yaml"

#: Apostrophes and quote marks dropped from alias keys ("Da'esh", "Da’esh" -> "daesh").
APOSTROPHES = re.compile(r"['’‘`´ʼ]")
#: Anything else that is not a letter or digit separates words in a key ("al-Nusra" -> "al nusra").
NON_WORD = re.compile(r"[^a-z0-9]+")
#: Leading words a lookup ignores ("the Islamic State", "an armed group").
LEADING_ARTICLES = ("the ", "a ", "an ")
#: How many search results `ActorOntology.search` returns by default.
SEARCH_LIMIT = 20
#: rapidfuzz WRatio below which a fuzzy search hit is dropped (0-100); calibrated by hand so
#: that "hezbolla" and "islamic stat" find their actor and "army" does not list everything.
SEARCH_MIN_SCORE = 80

try:  # libyaml makes loading the ontology several times faster
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _YamlLoader = yaml.SafeLoader


#: Names whose alias key is remembered: reports repeat the same few hundred names, and the
#: recogniser keys each organisation-shaped phrase and each of its words.
ALIAS_KEY_CACHE = 16_384


@functools.lru_cache(maxsize=ALIAS_KEY_CACHE)
def alias_key(name: str) -> str:
    """Return the spelling-independent key of an actor name ("the Da'esh" -> "daesh")."""
    folded = unicodedata.normalize("NFKD", APOSTROPHES.sub("", name))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    key = " ".join(NON_WORD.split(folded)).strip()
    for article in LEADING_ARTICLES:
        if key.startswith(article) and len(key) > len(article):
            key = key[len(article):]
            break
    return key


def role_name(role: str, country: CountryEntry) -> str:
    """The gold-convention name of a country's generic actor ("Civilians (Mali)")."""
    pattern = ROLES[role][0]
    return pattern.format(the="the " if country.article else "", country=country.name)


def _slug(text: str) -> str:
    return "-".join(alias_key(text).split())


@dataclass(frozen=True)
class Sources:
    """The text of every knowledge file the ontology is built from, by label."""

    actor_files: tuple[tuple[str, str], ...]
    demonyms: tuple[str, str]
    generics: tuple[str, str]

    @classmethod
    def packaged(cls) -> Sources:
        """The knowledge files shipped inside the sitrep package."""
        actor_dir = resources.files(ACTOR_PACKAGE)
        actor_files = tuple(sorted(
            (f"actors/{item.name}", item.read_text(encoding="utf-8"))
            for item in actor_dir.iterdir() if item.name.endswith(".yaml")))
        lex = resources.files(LEXICON_PACKAGE)
        return cls(
            actor_files=actor_files,
            demonyms=(f"lexicons/{DEMONYMS_FILE}", lex.joinpath(DEMONYMS_FILE).read_text(encoding="utf-8")),
            generics=(f"lexicons/{GENERICS_FILE}", lex.joinpath(GENERICS_FILE).read_text(encoding="utf-8")),
        )

    @classmethod
    def from_dirs(cls, actor_dir: Path, lexicon_dir: Path) -> Sources:
        """Knowledge files from two folders (a reviewer's working copy, or a test's)."""
        actor_files = tuple(sorted((str(p), p.read_text(encoding="utf-8"))
                                   for p in actor_dir.glob("*.yaml")))
        demonyms = lexicon_dir / DEMONYMS_FILE
        generics = lexicon_dir / GENERICS_FILE
        return cls(actor_files=actor_files,
                   demonyms=(str(demonyms), demonyms.read_text(encoding="utf-8")),
                   generics=(str(generics), generics.read_text(encoding="utf-8")))


def _parse_yaml(label: str, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_YamlLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise KnowledgeError(label, None, f"not valid YAML: {exc}") from exc


@dataclass
class ActorOntology:
    """Every known actor, its aliases and relations, and the lexicons that point at actors.

    Build it with `load_ontology()`. Lookups go through `alias_key`, so case, accents,
    apostrophes, hyphens and a leading "the" do not matter.
    """

    entries: dict[str, ActorEntry]
    countries: dict[str, CountryEntry]
    generics: tuple[GenericPhrase, ...]
    demonym_words: dict[str, tuple[str, ...]]
    name_extenders: tuple[str, ...]
    _plain: dict[str, str] = field(default_factory=dict)
    _context: dict[str, list[str]] = field(default_factory=dict)
    _lookup_only: dict[str, str] = field(default_factory=dict)
    _by_name: dict[str, str] = field(default_factory=dict)
    _roles: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _country_keys: dict[str, str] = field(default_factory=dict)
    _generic_keys: dict[str, GenericPhrase] = field(default_factory=dict)
    _actors: dict[str, Actor] = field(default_factory=dict)

    # ------------------------------------------------------------------ building
    def _index(self) -> None:
        for country in self.countries.values():
            for name in (country.name, *country.names, *country.demonyms):
                self._country_keys.setdefault(alias_key(name), country.name)
        for phrase in self.generics:
            self._generic_keys.setdefault(alias_key(phrase.phrase), phrase)
        names: dict[str, str] = {}
        for entry in self.entries.values():
            key = alias_key(entry.name)
            if key in names and names[key] != entry.id:
                other = self.entries[names[key]]
                raise KnowledgeError(entry.file, entry.id,
                                     f"field 'name': {entry.name!r} is also the name of {other.id} "
                                     f"({other.file})")
            names[key] = entry.id
        self._by_name = names
        owners: dict[str, str] = {}
        for entry in self.entries.values():
            for alias in (entry.name, *entry.aliases):
                key = alias_key(alias)
                if not key:
                    raise KnowledgeError(entry.file, entry.id, f"field 'aliases': {alias!r} has no letters")
                owner = owners.get(key) or (names.get(key) if key in names else None)
                if owner and owner != entry.id:
                    other = self.entries[owner]
                    raise KnowledgeError(
                        entry.file, entry.id,
                        f"field 'aliases': {alias!r} also names {other.name} ({other.file}); "
                        "make it a context alias of both if they operate in different countries")
                owners[key] = entry.id
        self._plain = owners
        for entry in self.entries.values():
            for alias in entry.context_aliases:
                key = alias_key(alias)
                if key in owners:
                    other = self.entries[owners[key]]
                    raise KnowledgeError(entry.file, entry.id,
                                         f"field 'context_aliases': {alias!r} is a plain alias of "
                                         f"{other.name}")
                for other_id in self._context.get(key, []):
                    other = self.entries[other_id]
                    shared = set(other.operates_in) & set(entry.operates_in)
                    if shared and other.id != entry.id and entry.overlaps(other):
                        raise KnowledgeError(
                            entry.file, entry.id,
                            f"field 'context_aliases': {alias!r} also names {other.name} in "
                            f"{', '.join(sorted(shared))}")
                self._context.setdefault(key, []).append(entry.id)
            for alias in entry.lookup_aliases:
                self._lookup_only.setdefault(alias_key(alias), entry.id)
        for entry in self.entries.values():
            for relation, values in (("parent", (entry.parent,) if entry.parent else ()),
                                     ("allies", entry.allies)):
                for value in values:
                    if value not in self.entries and alias_key(value) not in names:
                        raise KnowledgeError(entry.file, entry.id,
                                             f"field '{relation}': no actor is named {value!r}")
            for branch in entry.branches:
                if branch.actor not in self.entries and alias_key(branch.actor) not in names:
                    raise KnowledgeError(entry.file, entry.id, f"field 'branches': no actor is named {branch.actor!r}")
                if branch.country not in self.countries:
                    raise KnowledgeError(entry.file, entry.id,
                                         f"field 'branches': {branch.country!r} is not in {DEMONYMS_FILE}")
            if entry.role:
                if entry.country not in self.countries:
                    raise KnowledgeError(entry.file, entry.id,
                                         f"field 'country': {entry.country!r} is not in {DEMONYMS_FILE}")
                self._roles.setdefault((entry.country, entry.role), []).append(entry.id)

    def _generate_roles(self) -> None:
        """Add each country's generic actors that no curated entry plays."""
        label = f"lexicons/{DEMONYMS_FILE}"
        for country in self.countries.values():
            for role, (_, inter, kind) in ROLES.items():
                if (country.name, role) in self._roles or role in country.no_roles:
                    continue
                name = role_name(role, country)
                if alias_key(name) in self._by_name:
                    continue  # a curated entry has the name but no role: it is not generated
                entry_id = f"{role.replace('_', '-')}-{_slug(country.name)}"
                entry = ActorEntry(
                    id=entry_id, name=name, inter=ActorCategory(inter), kind=kind,
                    description=f"{name}: the generic {role.replace('_', ' ')} actor of {country.name}.",
                    source="generated for every country of demonyms.yaml", file=label,
                    country=country.name, operates_in=(country.name,), role=role)
                self.entries[entry_id] = entry
                self._by_name[alias_key(name)] = entry_id
                self._plain.setdefault(alias_key(name), entry_id)
                self._roles[(country.name, role)] = [entry_id]

    # ------------------------------------------------------------------ queries
    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self.entries.values())

    def entry(self, id_or_name: str) -> ActorEntry | None:
        """The entry with that id or canonical name, or None."""
        if id_or_name in self.entries:
            return self.entries[id_or_name]
        entry_id = self._by_name.get(alias_key(id_or_name))
        return self.entries[entry_id] if entry_id else None

    def actor(self, id_or_name: str) -> Actor | None:
        """The `Actor` record of an entry, by id or canonical name."""
        entry = self.entry(id_or_name)
        if entry is None:
            return None
        cached = self._actors.get(entry.id)
        if cached is None:
            cached = Actor(
                id=entry.id, name=entry.name, inter=entry.inter, country=entry.country,
                aliases=entry.aliases + entry.context_aliases, parent=entry.parent,
                allies=entry.allies, active_from=entry.active_from,
                active_until=entry.active_until, description=entry.description)
            self._actors[entry.id] = cached
        return cached

    def kind(self, actor: Actor) -> str | None:
        """The kind of a known actor ("military", "jihadist"...), None for unknown ones."""
        entry = self.entries.get(actor.id) if actor.known else None
        return entry.kind if entry else None

    def country_of(self, text: str) -> str | None:
        """The canonical country named by a name, demonym or ISO code ("Burkinabe" -> "Burkina Faso")."""
        key = alias_key(text)
        found = self._country_keys.get(key)
        if found:
            return found
        if len(text) in (2, 3) and text.isupper():
            return self._country_from_code(text)
        return None

    def _country_from_code(self, code: str) -> str | None:
        import pycountry  # imported lazily: it loads large tables

        record = pycountry.countries.get(alpha_2=code) if len(code) == 2 else \
            pycountry.countries.get(alpha_3=code)
        if record is None:
            return None
        for name in (getattr(record, "common_name", None), record.name,
                     getattr(record, "official_name", None)):
            if name and alias_key(name) in self._country_keys:
                return self._country_keys[alias_key(name)]
        return None

    def role_actor(self, country: str | None, role: str, on: dt.date | None = None) -> Actor | None:
        """A country's actor of a role ("military", "civilians"...) on a day, or None."""
        if not country or role not in ROLES:
            return None
        ids = self._roles.get((country, role), [])
        entries = [self.entries[i] for i in ids]
        active = [e for e in entries if e.active_on(on)]
        if on is None and len(active) > 1:
            # No date: prefer the actor that is current now (no end date).
            active = [e for e in active if e.active_until is None] or active
        chosen = active[0] if active else (entries[-1] if entries else None)
        return self.actor(chosen.id) if chosen else None

    def in_period(self, actor: Actor, on: dt.date | None) -> Actor:
        """The actor that holds `actor`'s role on that day ("Syrian army" in 2025 -> the new forces)."""
        entry = self.entries.get(actor.id)
        if entry is None or on is None or entry.role is None or entry.active_on(on):
            return actor
        return self.role_actor(entry.country, entry.role, on) or actor

    def operates_in(self, actor: Actor) -> tuple[str, ...]:
        entry = self.entries.get(actor.id)
        return entry.operates_in if entry else ()

    def generic(self, phrase: str) -> GenericPhrase | None:
        """The generic phrase entry for a phrase ("the soldiers" -> military), or None."""
        key = alias_key(phrase)
        found = self._generic_keys.get(key)
        if found is None and key.endswith("s"):
            found = self._generic_keys.get(key[:-1])
        return found

    def lookup(self, name: str, country: str | None = None, on: dt.date | None = None) -> Actor | None:
        """Resolve a name as a report or another dataset writes it to an actor.

        Tries canonical names and aliases, then (with a country) context aliases and generic
        phrases ("bandits" in Nigeria), then "<demonym> <force word>" ("Turkish troops").
        """
        key = alias_key(name)
        entry_id = self._plain.get(key) or self._lookup_only.get(key)
        if entry_id is None:
            found = self.context_lookup(name, country, on)
            if found is not None:
                return found
        if entry_id is not None:
            actor = self.actor(entry_id)
            return self.in_period(actor, on) if actor else None
        if country:
            phrase = self.generic(name)
            if phrase and phrase.denotes in ROLES:
                return self.role_actor(country, phrase.denotes, on)
            if phrase and phrase.denotes in ("armed", "jihadist", "gang"):
                return self.role_actor(country, "armed_group", on)
        return self._demonym_lookup(key, on)

    def _demonym_lookup(self, key: str, on: dt.date | None) -> Actor | None:
        words = key.split()
        for cut in range(len(words) - 1, 0, -1):
            head = " ".join(words[:cut])
            country = self._country_keys.get(head)
            if country is None and head.endswith("s"):  # "Russia's army" (key "russias army")
                country = self._country_keys.get(head[:-1])
            if country is None:
                continue
            rest = " ".join(words[cut:])
            for role, role_words in self.demonym_words.items():
                if rest in {alias_key(w) for w in role_words}:
                    return self.role_actor(country, role, on)
        return None

    def context_lookup(self, alias: str, country: str | None, on: dt.date | None = None) -> Actor | None:
        """The actor a context alias names in a report about that country, or None."""
        if not country:
            return None
        here = [e for c in self._context.get(alias_key(alias), []) if country in (e := self.entries[c]).operates_in]
        # Missions of one place in turn ("African Union" in Somalia): the one of the day, else the current one.
        current = [e for e in here if e.active_on(on) and (on is not None or e.active_until is None)] or here
        actor = self.actor(current[0].id) if current else None
        return self.in_period(actor, on) if actor else None

    def context_candidates(self, alias: str) -> list[Actor]:
        """The actors a context alias may name, each in the countries it operates in."""
        return [a for i in self._context.get(alias_key(alias), []) if (a := self.actor(i))]

    def text_aliases(self) -> Iterator[tuple[str, str, bool]]:
        """(alias, entry id, is_context_alias) for every alias matched in running text."""
        for entry in self.entries.values():
            for alias in (entry.name, *entry.aliases):
                yield alias, entry.id, False
            for alias in entry.context_aliases:
                yield alias, entry.id, True

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[Actor]:
        """Actors whose name or alias matches the query: exact first, then substring, then fuzzy."""
        if not query.strip():
            return [a for e in sorted(self.entries.values(), key=lambda e: e.name)
                    if (a := self.actor(e.id))][:limit]
        key = alias_key(query)
        scored: dict[str, float] = {}
        for entry in self.entries.values():
            best = 0.0
            for alias in (entry.name, *entry.aliases, *entry.context_aliases):
                akey = alias_key(alias)
                if akey == key:
                    best = max(best, 300.0)
                elif key and (f" {key} " in f" {akey} " or akey.startswith(key)):
                    best = max(best, 200.0 - len(akey) / 100)
            if entry.country and alias_key(entry.country) == key:
                best = max(best, 150.0)
            if best:
                scored[entry.id] = best
        if len(scored) < limit:
            from rapidfuzz import fuzz, process  # imported lazily: only searches need it

            choices = {f"{e.id}\t{alias}": alias_key(alias) for e in self.entries.values()
                       for alias in (e.name, *e.aliases)}
            for _, score, choice in process.extract(key, choices, scorer=fuzz.WRatio, limit=limit * 3):
                if score >= SEARCH_MIN_SCORE:
                    entry_id = choice.split("\t", 1)[0]
                    scored.setdefault(entry_id, float(score))
        ranked = sorted(scored, key=lambda i: (-scored[i], self.entries[i].name))
        return [a for i in ranked[:limit] if (a := self.actor(i))]


def _load_generics(label: str, data: Any) -> tuple[tuple[GenericPhrase, ...], dict[str, tuple[str, ...]],
                                                    tuple[str, ...]]:
    """The generic phrases, demonym words and name extenders, with no phrase that two groups read
    differently once spelling is set aside."""
    phrases, demonym_words, extenders = parse_generics(label, data)
    seen: dict[str, str] = {}
    for phrase in phrases:
        key = alias_key(phrase.phrase)
        if key in seen and seen[key] != phrase.denotes:
            raise KnowledgeError(label, phrase.phrase, f"listed as both {seen[key]} and {phrase.denotes}")
        seen[key] = phrase.denotes
    return phrases, demonym_words, extenders


def build_ontology(sources: Sources) -> ActorOntology:
    """Validate the knowledge files and build the ontology; raises `KnowledgeError`."""
    entries: dict[str, ActorEntry] = {}
    for label, text in sources.actor_files:
        data = _parse_yaml(label, text)
        if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
            raise KnowledgeError(label, None, "must be a mapping with an 'actors' list")
        if set(data) != {"actors"}:
            extra = ", ".join(sorted(set(data) - {"actors"}))
            raise KnowledgeError(label, None, f"unknown section(s) {extra}")
        for position, raw in enumerate(data["actors"], 1):
            entry = parse_actor_entry(label, raw, position)
            if entry.id in entries:
                raise KnowledgeError(label, entry.id,
                                     f"field 'id' is already used in {entries[entry.id].file}")
            entries[entry.id] = entry
    label, text = sources.demonyms
    data = _parse_yaml(label, text)
    if not isinstance(data, dict) or not data:
        raise KnowledgeError(label, None, "must map each country to its demonyms and names")
    countries = {c.name: c for name, raw in data.items() if (c := parse_country(label, name, raw))}
    label, text = sources.generics
    generics, demonym_words, extenders = _load_generics(label, _parse_yaml(label, text))
    ontology = ActorOntology(entries=entries, countries=countries, generics=generics,
                             demonym_words=demonym_words, name_extenders=extenders)
    ontology._index()
    ontology._generate_roles()
    return ontology


def load_ontology(actor_dir: Path | None = None, lexicon_dir: Path | None = None) -> ActorOntology:
    """Load the packaged ontology, or the one in two folders (both must be given)."""
    if actor_dir is None and lexicon_dir is None:
        sources = Sources.packaged()
    elif actor_dir is not None and lexicon_dir is not None:
        sources = Sources.from_dirs(actor_dir, lexicon_dir)
    else:
        raise ValueError("give both actor_dir and lexicon_dir, or neither")
    ontology = build_ontology(sources)
    log.debug("loaded %d actors from %d files", len(ontology), len(sources.actor_files))
    return ontology


def files_checked(sources: Sources) -> Iterable[str]:
    """The labels of every file `build_ontology` validates, for `sitrep knowledge check`."""
    return [label for label, _ in sources.actor_files] + [sources.demonyms[0], sources.generics[0]]
