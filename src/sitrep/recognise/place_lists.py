"""Names listed with a plural kind word share its cue: "the villages of A, B and C", "A and B villages".

A cue before the first name of a list says what every name of the list is: in "the towns of
Zamalka, Erbin, Ein Tarma and Jobar" the last three are towns as much as the first, though no
cue stands before them. The place recogniser asks these helpers whether a name it cannot place
by its own cue is a member of such a list; a gazetteer that lacks the name then still yields a
place, with the precision the list's cue gives. A landform's word before a name makes it a
place too ("Mt. Baflun", "Mount Sinjar").
"""
from __future__ import annotations

import re

#: Plural kind words of settlements and divisions that open or close a list of places.
_PLURAL_KINDS = (r"villages|towns|cities|localities|districts|sub-?districts|neighbou?rhoods|settlements|"
                 r"hamlets|communes|municipalities|suburbs|counties|provinces|governorates|camps")
#: A plural kind word right before the first name of a list: "the villages of A", "localities of
#: A", "three districts - A", "the towns: A", "neighbourhoods of the A" (not "many areas where").
LIST_CUE_BEFORE = re.compile(rf"\b(?:{_PLURAL_KINDS})(?:\s+of|\s*[-–—:])\s+(?:the\s+)?$", re.IGNORECASE)
#: A plural kind word right after the last name of a list: "A and B villages", "A, B and C districts"
#: (not "A and B villagers": the word must end there).
LIST_CUE_AFTER = re.compile(rf"\s+(?:{_PLURAL_KINDS})\b", re.IGNORECASE)
#: What joins a name to the one before it, at the end of the text searched: "A, ", "A and ",
#: "A, and ", "A, as well as ", "A as well as " (not "A; " or "A or ").
LIST_JOIN_BEFORE = re.compile(r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)$")
#: The same joiner, read forward from the end of a name.
LIST_JOIN_AFTER = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+")
#: One listed name: up to four capitalised pieces, with articles and particles inside or opening
#: it: "Zamalka", "Ein Tarma", "al-Yabisah", "Tal Fandar", "Jisr al-Shughour", "Kafr Takharim".
_ARTICLE = r"(?:al|el|ad|ar|as|an|at|az|ash|ath|ed|en|es|et)"
LIST_NAME = (rf"(?<![\w'’-])(?:{_ARTICLE}[-‐])?[A-Z][\w'’]*"
             rf"(?:(?:[ \-‐]|\s{_ARTICLE}[-‐ ]|\s(?:de|da|du|del|di)\s)[A-Z][\w'’]*){{0,3}}")
#: A listed name ending where the search ends: "... the villages of Nasiriyah, Dukan" -> "Dukan".
NAME_ENDING = re.compile(rf"{LIST_NAME}$")
#: A listed name starting where the match starts: "Erbin, Ein Tarma and Jobar" -> "Erbin".
NAME_STARTING = re.compile(LIST_NAME)
#: A landform's word before a name: "Mt. Baflun", "Mount Sinjar", "Mt Kenya" (not "mounted").
LANDFORM_BEFORE = re.compile(r"\b(?:Mt\.?|Mount)\s+$")
#: The abbreviation a landform's name is written out from: "Mt. Baflun" -> "Mount Baflun".
MOUNT_ABBREVIATION = re.compile(r"^Mt\.?\s+")
#: The most names a list is walked over, and how far back a joiner, a name or a cue is looked for
#: (characters): lists in reports rarely run past a dozen names of a few words each.
MAX_LIST_NAMES = 12
JOIN_WINDOW = 20
NAME_WINDOW = 60
CUE_WINDOW = 45


def listed_after_cue(text: str, start: int, floor: int = 0) -> int | None:
    """Where the list a name belongs to begins, when a plural kind word opens it ("the villages
    of A, B and C": for A, B or C, the start of A); None when the name is in no such list.

    `floor` (the sentence's start) bounds the walk back.
    """
    pos = start
    if LIST_CUE_BEFORE.search(text, max(floor, pos - CUE_WINDOW), pos):
        return pos  # the list's first name
    for _ in range(MAX_LIST_NAMES):
        join = LIST_JOIN_BEFORE.search(text, max(floor, pos - JOIN_WINDOW), pos)
        if join is None:
            return None
        pos = join.start()
        name = NAME_ENDING.search(text, max(floor, pos - NAME_WINDOW), pos)
        if name is None:
            return None
        pos = name.start()
        if LIST_CUE_BEFORE.search(text, max(floor, pos - CUE_WINDOW), pos):
            return pos
    return None


def listed_before_cue(text: str, end: int, ceiling: int | None = None) -> bool:
    """Whether a name opens or goes on a list that a plural kind word closes ("A, B and C
    villages": true for A and B)."""
    ceiling = len(text) if ceiling is None else ceiling
    pos = end
    for _ in range(MAX_LIST_NAMES):
        join = LIST_JOIN_AFTER.match(text, pos, ceiling)
        if join is None:
            return False
        name = NAME_STARTING.match(text, join.end(), ceiling)
        if name is None:
            return False
        pos = name.end()
        if LIST_CUE_AFTER.match(text, pos, ceiling):
            return True
    return False


def landform_start(text: str, start: int) -> int | None:
    """Where a landform's word before a name begins ("Mt. Baflun": the "M"), else None."""
    found = LANDFORM_BEFORE.search(text, max(0, start - len("Mount ")), start)
    return found.start() if found else None


def written_out(name: str) -> str:
    """A place name with its landform abbreviation written out: "Mt. Baflun" -> "Mount Baflun"."""
    return MOUNT_ABBREVIATION.sub("Mount ", name)


def listed_with_kind(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether a name is listed with a plural kind word before or after the list ("the towns
    of A, B and C", "A, B and C villages")."""
    return (listed_after_cue(text, start, floor) is not None or LIST_CUE_AFTER.match(text, end) is not None
            or listed_before_cue(text, end))
