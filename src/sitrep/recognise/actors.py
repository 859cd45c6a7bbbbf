"""Find the spans of a report that name an actor.

One Aho-Corasick automaton, built once from the ontology, finds in a single pass over the
case-folded text every alias, context alias, generic phrase ("the soldiers", "villagers"),
country name and demonym. Each hit is then checked against the original text (word
boundaries; case for acronyms, so "IS" is not "is"), names are extended over a following
"fighters"/"militants", demonyms are joined to a force word ("Turkish drones"), and a regular
expression finds organisations the ontology lacks by their shape ("the Fatemiyoun Brigade").
Overlaps are settled by keeping the longest span, then the most specific label.

Labels of the mentions (`Mention.label`):
- "name": an alias of one actor; `value` is the `Actor`.
- "ambiguous": an alias that names different actors in different countries ("SNA",
  "the coalition", "PDF"); resolved by `ActorResolver` from the report's country.
- "demonym": "<demonym> [up to two words] <force word>"; `value` is the country's actor.
- "generic": a phrase that refers back to an actor ("the soldiers", "the militants",
  "the latter"); resolved by `ActorResolver`.
- "country_generic": a phrase whose actor is the country's generic one ("villagers",
  "gunmen", "police", "protesters"); resolved by `ActorResolver`.
- "shape": an organisation recognised by its shape; `value` is `Actor(known=False)`.
- "people": a people's armed men or community ("Kuki gunmen", "the Meitei community"),
  derived from the ontology's ethnic militias (`recognise.peoples`); `value` is the militia,
  which `ActorResolver` keeps only in a report about the militia's country.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

import ahocorasick

from sitrep.knowledge.actors import ActorOntology, alias_key
from sitrep.knowledge.schema import GenericPhrase
from sitrep.model import Actor, Mention, MentionKind, WorkingDoc
from sitrep.recognise.country_sides import country_side_role
from sitrep.recognise.peoples import people_aliases

#: Which generic denotations make a "country_generic" mention (the rest are "generic").
COUNTRY_GENERIC = frozenset({"civilians", "armed_group", "protesters", "rioters", "police"})
#: Priority of labels when two candidate spans are equally long (higher wins).
LABEL_PRIORITY = {"name": 7, "ambiguous": 6, "people": 5, "demonym": 4, "country_generic": 3, "generic": 2, "shape": 1}
#: Acronyms of at least this many letters also match in title case ("Isis", "Isil", "Kfor");
#: shorter ones ("IS", "SAA", "AA") only as written, since their lower-case forms are words.
TITLE_CASE_ACRONYM_MIN = 4
#: How many words may come between a demonym and its force word ("Russian fighter jets").
DEMONYM_GAP_WORDS = 2
#: How far after a demonym to look for its force word, in characters.
DEMONYM_WINDOW = 48
#: Words that cannot stand between a demonym and a force word ("Syrian and Russian jets").
GAP_STOPWORDS = frozenset({"and", "or", "of", "the", "a", "an", "who", "which", "that", "in", "on",
                           "at", "to", "from", "by", "with", "was", "were", "is", "are", "has",
                           "have", "had", "said", "says", "s", "backed", "led", "allied", "held",
                           # these make another actor than the state's: "Syrian rebel forces"
                           "rebel", "rebels", "opposition", "militia", "pro", "anti", "insurgent",
                           "jihadist", "islamist", "tribal", "kurdish", "arab", "volunteer", "proxy",
                           "mercenary", "private", "paramilitary", "separatist", "dissident",
                           "defected", "defecting", "former", "ex",
                           # armed men of no state: "Lebanese militants fired rockets" is no army
                           "militants", "militant", "fighters", "gunmen", "jihadists", "insurgents",
                           "guerrillas", "militiamen", "separatists", "terrorists", "extremists"})

#: A word of an organisation's name: capitalised, possibly with an Arabic article or an
#: apostrophe ("Fatemiyoun", "al-Abbas", "Kata'ib", "People's").
_NAME_WORD = r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]sh|[Aa]r)[-\s])?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
#: Small words allowed inside a name ("Front for the Liberation of", "Liwa al Quds").
_NAME_LINK = r"(?:of|for|the|and|de|del|la|le|des|du|al|el|wal|wa|bin|ibn|ul)"
#: Words that continue a name after its head ("Front for the Liberation of Azawad"); not "and",
#: which joins two names ("the Brigade and Hezbollah").
_TAIL_LINK = r"(?:of|for|de|del|du|des)"
#: The head nouns that make a capitalised phrase an armed organisation.
_ORG_HEAD = (r"(?:Brigades?|Army|Armies|Front|Forces|Force|Movement|Battalions?|Militias?|Corps|"
             r"Regiments?|Legion|Guards?|Divisions?|Units|Column|Squad|Commandos?|Resistance|"
             r"Mobili[sz]ation|Alliance|Liberation Army|Liberation Front|Defen[cs]e Forces)")
#: Arabic words that open an armed group's name ("Liwa Fatemiyoun", "Jaysh al-Islam").
_ARABIC_HEAD = (r"(?:Liwa|Liwaa|Jaysh|Jaish|Harakat|Kataib|Kata'ib|Kata’ib|Saraya|Jabhat|Katiba|Katibat|"
                r"Faylaq|Failaq|Quwat|Tanzim|Ansar)")
#: An organisation by its shape, e.g. "Fatemiyoun Brigade", "Popular Front for the Liberation
#: of Azawad", "Liwa al-Baqir", "Sultan Murad Division"; not "the army", not "Army" alone.
SHAPE_PATTERN = re.compile(
    rf"\b(?:{_NAME_WORD}\s+(?:(?:{_NAME_LINK}\s+)*{_NAME_WORD}\s+)*{_ORG_HEAD}"
    rf"(?:\s+{_TAIL_LINK}\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*)*"
    rf"|{_ARABIC_HEAD}\s+(?:{_NAME_LINK}[-\s])?{_NAME_WORD}(?:\s+{_NAME_WORD})*)")
#: Capitalised words that do not by themselves make a name ("National Army", "Security
#: Forces", "Several Brigades"): a shape needs at least one word outside this set.
SHAPE_WEAK_WORDS = frozenset({
    "the", "a", "an", "national", "special", "security", "armed", "air", "federal", "republican",
    "presidential", "royal", "regular", "regional", "border", "defence", "defense", "military",
    "police", "popular", "government", "state", "several", "two", "three", "four", "many", "some",
    "local", "other", "these", "those", "rival", "allied", "enemy", "opposition", "rebel", "both",
    "all", "its", "their", "his", "her", "first", "second", "third", "fourth", "fifth", "new",
    "infantry", "mechanized", "mechanised", "armoured", "armored", "elite", "rapid", "reaction",
    "interior", "ministry", "joint", "task", "coast", "naval", "navy", "marine", "marines", "army",
    "revolutionary", "islamic", "liberation", "people's", "peoples", "democratic", "united", "in",
    "when", "after", "while", "but", "and", "meanwhile", "according", "if", "since", "as", "on",
    "resistance", "front", "forces", "force", "brigade", "brigades", "movement", "division",
    "corps", "alliance", "guard", "guards", "units", "battalion", "legion", "regiment", "militia",
    "sixth", "seventh", "eighth", "ninth", "tenth", "light", "heavy", "separate", "operations",
    "emergency", "rescue", "medical", "commando", "anti", "terror", "counter", "terrorism", "squad",
    "divisions", "battalions", "regiments", "column", "of", "for", "de", "du", "des", "del",
})
#: Capitalised words that cannot be inside a name: a Title Case headline ("Strikes Against
#: Five Shia Militia") is not an organisation.
SHAPE_BREAK_WORDS = frozenset({
    "against", "with", "from", "into", "after", "before", "over", "amid", "near", "kill", "kills",
    "killed", "attack", "attacks", "attacked", "strike", "strikes", "says", "say", "said", "clash",
    "clashes", "in", "on", "at", "to", "by", "as", "five", "six", "seven", "eight", "nine", "ten",
})
#: Head nouns that also name an administrative unit (Kenya's, Uganda's, Sri Lanka's "Division").
ADMIN_UNIT_SHAPE = re.compile(r"\bDivisions?$")
#: A preposition of place right before a shape: "in Witu Division", "near the Kaloleni Division".
PLACE_PREPOSITION = re.compile(r"\b(?:in|near|at|across|outside|inside)\s+(?:the\s+)?$")
#: Splits a name into its words at spaces and hyphens: "Liwa al-Baqir" -> Liwa, al, Baqir.
NAME_SPLIT = re.compile(r"[\s\-]+")
#: "(ACRONYM)" right after an organisation's name: "the Fatemiyoun Brigade (FB)".
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9&\-]{1,9})\)")
#: What may follow "the former"/"the latter" used as a pronoun: punctuation, a verb, or a
#: relative pronoun ("the latter said", "the former, which"); not a noun ("the former regime").
ANAPHOR_FOLLOWER = re.compile(r"\s*(?:[^\w\s]|$|(?:who|which|that|had|has|have|was|were|is|are|will|would|"
                              r"could|did|does|also|then|still|now|said|told|[a-z]+ed|[a-z]+s)\b)")
#: "Russian and Syrian warplanes": another demonym joined to this one ("and"/"or"/a comma).
DEMONYM_JOIN = re.compile(r"(?:\s+(?:and|or)\s+|,\s*)([A-Z][\w\-]*)")
#: A country name acting as the subject of a military act: "Pakistan launched air raids", "Russia
#: also struck the capital", "Israel has carried out strikes"; the country's military forces act.
#: A relative clause or an apposition may stand between the name and the verb: "Russia, which
#: annexed Crimea in 2014, launched drones", "Turkey, a NATO member, struck ...".
#: Not "Russia said" (a source), "Syria is" nor "Syria's" (the possessive makes a demonym mention).
COUNTRY_ACTS = re.compile(r"(?:,\s+(?:which|who|a|an|the|its)\s+[^,.;()]{1,80},)?"
                          r"\s+(?:(?:has|have|had|also|then|later|again|reportedly|\w+ly)\s+){0,2}"
                          r"(?:launched|fired|struck|shelled|bombed|bombarded|pounded|attacked|targeted|hit|"
                          r"carried out|conducted|shot down|intercepted|invaded|captured|seized|retaliated|"
                          r"launches|fires|strikes|shells|bombs|attacks|targets|intercepts|invades)\b")
#: A country name telling of its own forces' act: "Ukraine said its drones hit ...", "Israel says
#: its aircraft struck ...", "Pakistan announced on Sunday that its troops killed ..."; the
#: speaker's military forces act (`roles.is_source` keeps a speaker telling of its own act as a side).
#: Not "Russia said the strike" nor "Russia said its position" (no force word after "its").
COUNTRY_OWN_FORCE = re.compile(r"\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|claimed|reported|confirmed|stated)"
                               r"(?:\s+(?:on\s+)?\w+day)?(?:\s+that)?\s+its\s+(?:armed\s+forces|forces|troops|"
                               r"army|military|soldiers|units|drones?|aircraft|warplanes|jets|air\s+force|"
                               r"air\s+defen[cs]es?|navy|artillery|missiles?|rockets?)\b", re.I)
#: What makes a country name before such a verb a place, not the subject: "missiles from Russia
#: struck", "a drone over Syria hit", "eastern Ukraine attacked" is not a phrase news English uses.
#: Not "the": a name that takes it acts like any other ("the United States carried out a strike").
PLACE_BEFORE_COUNTRY = re.compile(r"\b(?:in|from|into|over|across|against|to|at|on|of|near|inside|within|"
                                  r"northern|southern|eastern|western|central)\s+$", re.I)
#: A compound that makes the men after a name the group's own: "Al-Qaeda-linked militants",
#: "Islamic State-affiliated fighters", "ISIS-aligned rebels"; not "Houthi-controlled", "Iran-backed".
MEMBER_COMPOUND = re.compile(r"-(?:linked|affiliated|aligned)\b", re.I)
#: A weapon's model designation between a demonym and its force word: "US MQ-9 drone", "Russian
#: Su-25 jets", "Israeli F-16 warplanes", "Turkish TB2 drones"; skipped like a plain gap word.
DESIGNATION = re.compile(r" (?-i:[A-Z])[A-Za-z]{0,2}-?\d+[A-Za-z]?(?= )")
#: The words right after a demonym, to look for a force word: "Russian fighter jets" ->
#: ["fighter", "jets"].
WORD = re.compile(r"[a-z][a-z\-]*|'s")


def _build_fold_table() -> dict[int, str]:
    """One lower-case, accent-free character for each Latin character: offsets stay valid."""
    table: dict[int, str] = {}
    for code in range(0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[:1].lower()
        if len(base) == 1 and base != ch:
            table[code] = base
    for ch in "’‘ʼ`´":
        table[ord(ch)] = "'"
    for ch in "‐‑‒–—":
        table[ord(ch)] = "-"
    return table


@dataclass(frozen=True)
class _Payload:
    label: str  # "name", "ambiguous", "people", "generic", "country", "demonym"
    key: str
    surface: str = ""  # the alias as written in the ontology, for case checks
    entry_id: str = ""
    phrase: GenericPhrase | None = None
    country: str = ""


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    label: str
    value: Actor | None

    @property
    def rank(self) -> tuple[int, int, int]:
        return (self.end - self.start, LABEL_PRIORITY[self.label], -self.start)


#: Aliases whose case checks are remembered (the lexicon has a few thousand surfaces).
CASE_CHECK_CACHE = 16_384


@functools.lru_cache(maxsize=CASE_CHECK_CACHE)
def _is_acronym(alias: str) -> bool:
    return any(c.isupper() for c in alias) and not any(c.islower() for c in alias)


@functools.lru_cache(maxsize=CASE_CHECK_CACHE)
def _case_ok(surface: str, found: str, strict_proper: bool) -> bool:
    """Whether the text's spelling may be the alias: acronyms keep their case ("IS" is not "is")."""
    if _is_acronym(surface):
        if found == surface:
            return True
        letters = [c for c in surface if c.isalpha()]
        return len(letters) >= TITLE_CASE_ACRONYM_MIN and found == found.capitalize() and found.isalpha()
    if " " not in surface and sum(c.isupper() for c in surface) >= 2:
        return found == surface or found == surface.upper()  # "CoBRA", not "cobra"
    if strict_proper and surface[:1].isupper() and " " not in surface:
        return found[:1].isupper()  # "Wagner", "Amal", "Fano" are names only when capitalised
    return True


class ActorRecogniser:
    """Adds `actor_mentions`: every span naming an actor, sorted, without overlaps."""

    name, version = "recognise.actors", "1"
    reads, adds = ("document", "sentences"), ("actor_mentions",)

    def __init__(self, ontology: ActorOntology) -> None:
        self.ontology = ontology
        self._fold = _build_fold_table()
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[_Payload]] = {}
        for alias, entry_id, context in ontology.text_aliases():
            label = "ambiguous" if context else "name"
            for key in self._variants(alias):
                table.setdefault(key, []).append(_Payload(label, key, alias, entry_id=entry_id))
        for phrase in ontology.generics:
            for key in self._variants(phrase.phrase, drop_article=False):
                table.setdefault(key, []).append(_Payload("generic", key, phrase.phrase, phrase=phrase))
                if not key.endswith("s"):
                    table.setdefault(key + "s", []).append(_Payload("generic", key + "s", phrase.phrase,
                                                                    phrase=phrase))
        for alias, entry_id in people_aliases(ontology):
            for key in self._variants(alias):
                # A curated alias or a generic phrase of the same words wins ("Fulani herdsmen").
                table.setdefault(key, [_Payload("people", key, alias, entry_id=entry_id)])
        for country in ontology.countries.values():
            for word in country.names:
                key = self._fold_text(word)
                table.setdefault(key, []).append(_Payload("country", key, word, country=country.name))
            for word in country.demonyms:
                key = self._fold_text(word)
                table.setdefault(key, []).append(_Payload("demonym", key, word, country=country.name))
        for key, payloads in table.items():
            self._automaton.add_word(key, tuple(payloads))
        self._automaton.make_automaton()
        self._role_words: dict[tuple[str, ...], str] = {}
        for role, words in ontology.demonym_words.items():
            for word in words:
                self._role_words.setdefault(tuple(self._fold_text(word).split()), role)
        self._longest_role = max((len(k) for k in self._role_words), default=1)
        self._demonyms = {d.lower(): c.name for c in ontology.countries.values() for d in c.demonyms}
        self._extenders = frozenset(self._fold_text(w) for w in ontology.name_extenders)

    # ------------------------------------------------------------------ helpers
    def _fold_text(self, text: str) -> str:
        return text.translate(self._fold).lower() if not text.isascii() else text.lower()

    def _variants(self, alias: str, drop_article: bool = True) -> set[str]:
        base = self._fold_text(alias)
        spaced = base.replace("-", " ")
        variants = {base, spaced, base.replace("'", ""), spaced.replace("'", "")}
        if drop_article and base.startswith("the "):
            variants |= {v[4:] for v in variants}
        return {v for v in variants if v.strip()}

    @staticmethod
    def _boundary_ok(text: str, start: int, end: int) -> bool:
        if start > 0:
            before = text[start - 1]
            if before.isalnum():
                return False
            if before in "-'’" and start > 1 and text[start - 2].isalnum():
                return False  # "anti-ISIS", "pro-Houthi": not a mention of the group
        if end < len(text):
            after = text[end]
            if after.isalnum():
                return False
            if after == "-" and end + 1 < len(text) and text[end + 1].isalnum() \
                    and not MEMBER_COMPOUND.match(text, end):
                return False  # "Houthi-controlled"; but "Al-Qaeda-linked militants" are the group's
        return True

    def _plural_end(self, text: str, end: int) -> int:
        """Extend a match over a plural "s" ("Houthis", "Peshmergas")."""
        if end < len(text) and text[end] == "s" and (end + 1 == len(text) or not text[end + 1].isalnum()):
            return end + 1
        return end

    def _extend_name(self, folded: str, end: int) -> int:
        """Extend a name over a following "fighters", "militants"... ("Hezbollah fighters")."""
        m = WORD.match(folded, end + 1) if end < len(folded) and folded[end] == " " else None
        if m and m.group(0) in self._extenders and self._boundary_ok(folded, m.start(), m.end()):
            return m.end()
        return end

    def _demonym_end(self, text: str, folded: str, end: int) -> tuple[int, str] | None:
        """The end and role of a force word after a demonym ("Turkish [fighter] jets")."""
        designation = DESIGNATION.match(text, end)
        end = designation.end() if designation else end
        window = folded[end:end + DEMONYM_WINDOW]
        words = [(m.group(0), end + m.start(), end + m.end()) for m in WORD.finditer(window)]
        if not words or (words[0][0] != "'s" and folded[end:words[0][1]] != " "):
            return None
        if words[0][0] == "'s":
            words = words[1:]
        for gap in range(0, DEMONYM_GAP_WORDS + 1):
            for size in range(self._longest_role, 0, -1):
                chunk = words[gap:gap + size]
                if len(chunk) == size and tuple(w for w, _, _ in chunk) in self._role_words:
                    role = self._role_words[tuple(w for w, _, _ in chunk)]
                    last_end = self._plural_end(folded, chunk[-1][2])
                    if self._boundary_ok(folded, chunk[0][1], last_end):
                        return last_end, role
            if gap < len(words) and (words[gap][0] in GAP_STOPWORDS or gap >= len(words) - 1
                                     or text[words[gap][1]].isupper()):
                return None  # a capitalised word makes a proper name: "Syrian National Army"
            # Words between a demonym and a force word must follow each other with one space.
            if gap + 1 < len(words) and folded[words[gap][2]:words[gap + 1][1]] != " ":
                return None
        return None

    # ------------------------------------------------------------------ finding
    def find(self, doc: WorkingDoc) -> list[Mention]:
        """Return the actor mentions of a document (pure: the document is not changed)."""
        text = doc.text
        folded = self._fold_text(text)
        published = doc.document.published
        candidates: list[_Candidate] = []
        for last, payloads in self._automaton.iter(folded):
            end = last + 1
            start = end - len(payloads[0].key)
            if not self._boundary_ok(text, start, end) and not (
                    end < len(text) and text[end] == "s" and self._boundary_ok(text, start, end + 1)):
                continue
            found = text[start:end]
            for payload in payloads:
                candidate = self._candidate(payload, text, folded, start, end, found, published)
                if candidate is not None:
                    candidates.append(candidate)
        candidates.extend(self._shapes(text, candidates))
        return self._select(text, candidates)

    def _candidate(self, payload: _Payload, text: str, folded: str, start: int, end: int,
                   found: str, published: dt.date | None) -> _Candidate | None:
        if payload.label in ("country", "demonym"):
            if not _case_ok(payload.surface, found, strict_proper=True) or not found[:1].isupper():
                return None
            if payload.label == "country" and not folded.startswith("'s ", end):
                party_role = country_side_role(text, start, end)
                if party_role is not None:
                    # "Armenia and Azerbaijan agreed a ceasefire", "missiles launched from Israel".
                    actor = self.ontology.role_actor(payload.country, party_role, published)
                    if actor is None and party_role == "military":
                        # A land with no army ("rockets fired from the Gaza Strip") fires by its armed groups.
                        actor = self.ontology.role_actor(payload.country, "armed_group", published)
                    return _Candidate(start, end, "demonym", actor) if actor else None
                if (COUNTRY_ACTS.match(text, end) or COUNTRY_OWN_FORCE.match(text, end)) \
                        and not PLACE_BEFORE_COUNTRY.search(text, max(0, start - 12), start):
                    actor = self.ontology.role_actor(payload.country, "military", published)
                    return _Candidate(start, end, "demonym", actor) if actor else None
                return None  # "Russia's army", but not "Syria Democratic Forces"
            hit = self._demonym_end(text, folded, end)
            if hit is None:
                join = DEMONYM_JOIN.match(text, end)
                other = self._demonyms.get(join.group(1).lower()) if join else None
                joined = self._demonym_end(text, folded, join.end()) if join and other else None
                if joined is None:
                    return None
                hit = (end, joined[1])  # only the first demonym: the second makes its own mention
            new_end, role = hit
            actor = self.ontology.role_actor(payload.country, role, published)
            return _Candidate(start, new_end, "demonym", actor) if actor else None
        if not self._boundary_ok(text, start, end):
            if _is_acronym(payload.surface):
                return None  # "ISs" is no plural of IS
            end = self._plural_end(text, end)
            if not self._boundary_ok(text, start, end):
                return None
        if payload.label == "generic":
            phrase = payload.phrase
            assert phrase is not None
            if phrase.denotes == "anaphor" and phrase.phrase.startswith("the ") and \
                    not ANAPHOR_FOLLOWER.match(text, end):
                return None
            label = "country_generic" if phrase.denotes in COUNTRY_GENERIC else "generic"
            return _Candidate(start, end, label, None)
        if not _case_ok(payload.surface, found, strict_proper=payload.label == "name"):
            return None
        if not _is_acronym(payload.surface):
            end = self._plural_end(text, end)
        compound = MEMBER_COMPOUND.match(text, end)
        if compound is not None:
            # "Al-Qaeda-linked militants" is the group's men; "Al-Qaeda-linked JNIM" names another.
            end = self._extend_name(folded, compound.end())
            if end == compound.end():
                return None
        end = self._extend_name(folded, end)
        if payload.label == "ambiguous":
            return _Candidate(start, end, "ambiguous", None)
        if payload.label == "people":
            if not found[:1].isupper():
                return None  # the people's name is capitalised: "Kuki gunmen"
            return _Candidate(start, end, "people", self.ontology.actor(payload.entry_id))
        actor = self.ontology.actor(payload.entry_id)
        if actor is not None:
            actor = self.ontology.in_period(actor, published)
        return _Candidate(start, end, "name", actor)

    def _shapes(self, text: str, known: list[_Candidate]) -> list[_Candidate]:
        """Organisations the ontology lacks, by their shape, and their acronyms later on."""
        taken = [(c.start, c.end) for c in known if c.label in ("name", "ambiguous", "people", "demonym")]
        found: list[_Candidate] = []
        acronyms: dict[str, Actor] = {}
        for m in SHAPE_PATTERN.finditer(text):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            words = [w.strip("'’").lower() for w in NAME_SPLIT.split(m.group(0))]
            if all(w in SHAPE_WEAK_WORDS or self.ontology.country_of(w) for w in words) or \
                    any(w in SHAPE_BREAK_WORDS for w in words):
                continue
            if ADMIN_UNIT_SHAPE.search(m.group(0)) and PLACE_PREPOSITION.search(text, max(0, start - 12), start):
                continue  # "near Kilima Forest in Ndogo Division": a district, not a unit
            surface = " ".join(m.group(0).split())
            if surface.startswith("The "):
                surface, start = surface[4:], start + 4  # "The Fatemiyoun Brigade" -> the name
            actor = Actor(id="unknown:" + "-".join(alias_key(surface).split()), name=surface, known=False)
            found.append(_Candidate(start, end, "shape", actor))
            acro_match = ACRONYM_AFTER.match(text, end)
            if acro_match:
                acronyms[acro_match.group(1)] = actor
        for acro, actor in acronyms.items():
            # The acronym as a whole word: "ZMB fighters", not "ZMBs" or "pro-ZMB".
            for m in re.finditer(rf"(?<![\w-]){re.escape(acro)}(?![\w-])", text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    found.append(_Candidate(m.start(), m.end(), "shape", actor))
        return found

    @staticmethod
    def _select(text: str, candidates: list[_Candidate]) -> list[Mention]:
        """Keep the best of overlapping candidates: the longest, then by label priority."""
        chosen: list[_Candidate] = []
        occupied: list[tuple[int, int]] = []
        for cand in sorted(candidates, key=lambda c: c.rank, reverse=True):
            if any(cand.start < e and s < cand.end for s, e in occupied):
                continue
            chosen.append(cand)
            occupied.append((cand.start, cand.end))
        chosen.sort(key=lambda c: c.start)
        return [Mention(start=c.start, end=c.end, text=text[c.start:c.end], kind=MentionKind.ACTOR,
                        value=c.value, label=c.label, source=ActorRecogniser.name) for c in chosen]

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        doc.actor_mentions = self.find(doc)
        return doc
