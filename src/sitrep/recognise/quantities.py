"""Read quantities in text: digits, number words and vague amounts, each at its most
conservative value ("at least 20" is 20, "5 to 7" is 5, "dozens" is 12).

Casualty counts (`recognise.numbers`) and durations and ordinals in dates (`recognise.dates`)
are built on these readings.
"""
from __future__ import annotations

import re

#: Number words and their values. Vague quantities follow the codebook (ANNOTATION.md):
#: "dozens" is 12 and "several" 3; "a few" is read like "several"; "scores" (several twenties)
#: and "hundreds" take the smallest plural reading ACLED-style coders use: 20 and 100.
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {
    "a dozen": 12, "dozen": 12, "dozens": 12, "several": 3, "a few": 3, "a couple of": 2,
    "a handful of": 3, "scores": 20, "hundreds": 100, "thousands": 1000, "a hundred": 100,
    "a thousand": 1000, "two dozen": 24, "three dozen": 36, "both": 2,
}
_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_VAGUE_WORD = "|".join(re.escape(w) for w in sorted(VAGUE, key=len, reverse=True))

#: One quantity, digits or words. Examples: "20", "1,200", "twenty-one", "one hundred and
#: five", "a dozen", "dozens", "several". Not "2254" inside "Resolution2254" (word boundary).
QUANTITY = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_VAGUE_WORD}"
    rf"|(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*)"
)
#: How a text counts the people of a group before naming them, as the agent of an act: "by four
#: gunmen", "by dozens of militants", "by a number of armed terrorists", "by a group of suspected
#: herders", "by some", "by a handful of". Used where only what comes before a mention is read.
GROUP_HEAD = rf"(?:(?:{QUANTITY}|a|an|some|many|a\s+(?:number|group|gang|band))\s+(?:of\s+)?)"
#: Words before a quantity that bound it without changing the conservative reading.
#: Examples: "at least 5", "more than 70", "over 100", "some 30", "another 60".
QUALIFIER = (
    r"(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|as\s+many\s+as"
    r"|approximately|roughly|an\s+estimated|a\s+total\s+of|no\s+fewer\s+than|no\s+less\s+than"
    r"|not\s+less\s+than|fewer\s+than|less\s+than|upwards\s+of|another|a\s+further|other)"
)
#: A quantity with its qualifier and an optional range, read as the range's lower end.
#: Examples: "at least 20", "5 to 7", "5-7", "40 to 50", "between 10 and 12", "dozens".
NUMBER_PHRASE = re.compile(
    rf"(?i)\b(?:{QUALIFIER}\s+)?(?P<between>between\s+)?(?P<low>{QUANTITY})"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<high>{QUANTITY})|(?(between)\s+and\s+(?P<high2>{QUANTITY})))?"
    rf"(?![\w%])"
)
#: Every quantity holds a digit, or one of these words at a word start ("a dozen" holds
#: "dozen", "hundreds" starts with "hundred"). Examples: "20", "seven", "a few", "both"; none
#: in "The army withdrew." A sentence with none holds no number phrase, so the costly pattern
#: is not run over it: half the sentences of a report.
_HINT_WORDS = sorted({*UNITS, *TENS, *SCALES} | {w for phrase in VAGUE for w in phrase.split() if w not in ("a", "of")},
                     key=len, reverse=True)
QUANTITY_HINT = re.compile(rf"(?i)\d|\b(?:{'|'.join(_HINT_WORDS)})")


def parse_quantity(text: str) -> int | None:
    """Read one quantity ("20", "1,200", "twenty-one", "a dozen", "several") as an int."""
    words = text.lower().strip()
    if not words:
        return None
    if words[0].isdigit():
        return int(words.replace(",", ""))
    words = " ".join(words.split())
    if words in VAGUE:
        return VAGUE[words]
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", words):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            scale = SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number_phrase(text: str) -> int | None:
    """Read a number phrase ("at least 5", "5 to 7", "over 100") as its conservative value."""
    match = NUMBER_PHRASE.search(text)
    return parse_quantity(match.group("low")) if match else None
