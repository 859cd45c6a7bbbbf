"""Recognise casualty counts: a number (digits or words) attached to a killed/wounded word.

A count is found in two steps. `NUMBER_PHRASE` finds quantities ("at least 20", "twenty-one",
"5 to 7", "dozens", "a dozen", "several"), each read as its most conservative value (a range
gives its lower end, "more than 70" gives 70). Then the words around the quantity decide what
it counts:

- a passive or adjectival casualty word after it: "20 people were killed", "4 dead",
  "12 wounded", "15 others injured";
- an active casualty verb or noun right before it: "killing 5", "killed three soldiers",
  "the death toll rose to 30", "the deaths of 38 militants", "wounding two others";
- a list that continues one of those: "killing four police officers, two militiamen and...".

A quantity introduced by "including" or "among them" is a subset of the count before it, so it
is labelled "subset" and never added to the total. Singular victims ("a soldier was killed",
"killed a civilian") count 1.

The word lists are the casualty vocabulary of English conflict reporting (wire services, NGO
situation reports). Known gaps: counts stated as a table or only as a verbless phrase
("Casualties: 5"), and counts split across sentences ("Five died. Three were soldiers.").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.model import Mention, MentionKind, WorkingDoc
from sitrep.recognise.quantities import NUMBER_PHRASE, QUANTITY_HINT, parse_quantity

#: What a quantity measures when it is not people: "3 days", "10 km", "5 percent", "2 a.m.",
#: "a 47-year-old man".
NON_PERSON_UNIT = re.compile(
    r"(?i)[\s-]*(?:(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet(?:er|re)s?"
    r"|miles?|met(?:er|re)s?|mm|percent|per\s+cent|%|times|o'clock|a\.?m\b|p\.?m\b|tons?|tonnes?"
    r"|dollars?|kg|million|billion|rounds|rockets|missiles|shells|drones|vehicles|villages"
    r"|towns|houses|homes|buildings|targets|positions|posts|am|pm)\b|\s*%)"
)
#: A casualty word that follows its number (passive or adjectival). "20 people were killed",
#: "4 dead", "five soldiers died", "12 wounded", "15 others injured", "3 lost their lives",
#: "two men were hacked to death".
KILLED_AFTER = (
    r"(?:fatally|mortally)\s+(?:wounded|injured|shot)|shot\s+and\s+killed|killed|dead|died|slain"
    r"|massacred|executed|martyred|perished|murdered|assassinated|lynched|burn[te]d?\s+alive"
    r"|beheaded|shot\s+dead|gunned\s+down|(?:hacked|stabbed|beaten|bludgeoned|burn[te]d)\s+to\s+death"
    r"|lost\s+their\s+lives?|lost\s+his\s+life|lost\s+her\s+life|were\s+lost|succumbed|bodies|corpses|fatalities|deaths|casualties\s+dead|lifeless"
)
WOUNDED_AFTER = r"wounded|injured|hurt|injuries|wounds|hospitali[sz]ed"
#: Wounded who then died count as killed: "three sustained injuries and later succumbed".
DIED_LATER = re.compile(r"(?i)^\W*\s*(?:and|but|who)\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)")
ABDUCTED_AFTER = r"kidnapped|abducted|taken\s+hostage|seized\s+as\s+hostages|hostages"
ARRESTED_AFTER = r"arrested|detained|captured|apprehended|taken\s+into\s+custody"
#: How far before a number its casualty verb may begin, in characters: far enough for a toll
#: named before what it counts ("the death toll from the strike on ... rose to 30").
LOOKBEHIND_CHARS = 160
#: A casualty verb or noun that precedes its number. "killing 5", "killed three soldiers",
#: "death toll rose to 30", "the deaths of 38", "claimed the lives of 7", "the dead were three",
#: "beheaded four people", "hacked to death 22 villagers", "the neutralisation of five militants",
#: "the death toll from the strike on the market rose to 30" (a toll named before what it counts).
KILLED_BEFORE = (
    r"killing|killed|kill|kills|massacring|massacred|executing|executed|slaying|slew|murdering"
    r"|murdered|lost|losing|shot\s+dead|gunned\s+down|eliminating|eliminated|neutrali[sz]ing"
    r"|neutrali[sz]ed|neutrali[sz]ation\s+of|martyrdom\s+of|beheading|beheaded|slaughtering|slaughtered"
    r"|assassinating|assassinated|(?:hacking|hacked|stabbing|stabbed|bludgeoning|bludgeoned|burning"
    r"|burned|burnt)\s+to\s+death"
    r"|claiming\s+the\s+lives\s+of|claimed\s+the\s+lives\s+of|the\s+lives\s+of"
    r"|deaths?\s+of|killings?\s+of|death\s+toll\s+(?:\w+\s+){0,3}?(?:to|at|of|is|was)"
    r"|death\s+toll\s+(?:from|in|of)\s+[^.;:!?]{0,120}?\s(?:rose|climbed|jumped|increased|reached"
    r"|stood|stands|rises)(?:\s+(?:to|at))?"
    r"|toll\s+(?:\w+\s+){0,2}?(?:to|at|of)|the\s+dead\s+(?:were|included|are)|dead\s+including"
)
WOUNDED_BEFORE = r"wounding(?:\s+of)?|wounded|injuring|injured|injury\s+of|injuries\s+to|hurting"
ABDUCTED_BEFORE = r"kidnapping|kidnapped|abducting|abducted|abduction\s+of|kidnapping\s+of"
ARRESTED_BEFORE = r"arresting|arrested|detaining|detained|capturing|captured|arrest\s+of"
#: Up to ten words naming the victims between a number and its casualty word:
#: "20 [people] were killed", "three [Syrian soldiers] died", "60 [people, including women
#: and children,] were killed". It may not cross a sentence stop, a semicolon or a clause
#: joined after a comma: in "killed 31 in A and 13 in B, and more people are wounded" the
#: 13 are not the wounded.
VICTIM_GAP = (r"(?:[\w'’\-]+(?:\s+|,\s+(?!(?:and|but|while|whereas)\b)|(?=[—–]))|\([^)]{0,40}\)\s+"
              r"|[—–]\s*[^—–.;]{0,60}[—–]\s*){0,10}?")
#: "were/was/have been" and an adverb before the casualty word: "were reportedly killed".
AUXILIARY = (
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got|been|being|lay|left)\s+)?"
    r"(?:(?:reportedly|also|all|later|allegedly|confirmed|critically|seriously|severely"
    r"|slightly|either|both)\s+)*"
)
_AFTER = {"killed": KILLED_AFTER, "wounded": WOUNDED_AFTER, "abducted": ABDUCTED_AFTER,
          "arrested": ARRESTED_AFTER}
_BEFORE = {"killed": KILLED_BEFORE, "wounded": WOUNDED_BEFORE, "abducted": ABDUCTED_BEFORE,
           "arrested": ARRESTED_BEFORE}
#: The casualty word right after a number's victim words. Examples: " people were killed",
#: " soldiers died", " wounded". Not " killing" (an active verb takes its object after it).
FOLLOWING_CASUALTY = re.compile(
    rf"(?i)^\s+{VICTIM_GAP}{AUXILIARY}(?:{'|'.join(f'(?P<{k}>{v})' for k, v in _AFTER.items())})\b"
)
#: A casualty verb right before a number (and its qualifier). Examples: "killing ",
#: "killed at least ", "death toll rose to ", "wounding ". Anchored at the end of the text before.
PRECEDING_CASUALTY = re.compile(
    rf"(?i)\b(?:{'|'.join(f'(?P<{k}>{v})' for k, v in _BEFORE.items())})"
    rf"\s+(?:(?:only|just|a\s+further|at\s+least|nearly|some|about|around)\s+)?$"
)
#: A number introduced as part of a total before it: "including eight", "among them three".
SUBSET_BEFORE = re.compile(
    r"(?i)\b(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+them"
    r"|among\s+the\s+dead\s+were|mostly)\s+$"
)
#: A number that picks some of the dead counted elsewhere: "nine of the dead were gang
#: members", "one of the slain rebels", "two of the victims". Not "three of the 30 attackers".
SUBSET_AFTER = re.compile(
    r"(?i)^\s+of\s+(?:the|those)\s+(?:[\w'’\-]+\s+)?"
    r"(?:dead|slain|killed|victims|deceased|fatalities|bodies)\b"
)
#: A noun that is not plural: "officer", "child", "commander". Not "soldiers", "gunmen",
#: "people", "police" (plural nouns without -s).
_SINGULAR_NOUN = (r"(?!(?:\w*men|people|police|children|personnel|staff|crew|troops|forces)\b)"
                  r"[\w'’\-]*[^\Ws'’]")
#: A singular victim: "a soldier was killed", "He was shot dead", "A police officer was
#: martyred", "the commander was fatally wounded", "commander Ali Hassan died". Only counted
#: where no number precedes it in its clause or stands in it ("one student was killed", "Five
#: Soldiers Died" are already counts). Not "were killed" (plural).
SINGULAR_PASSIVE = re.compile(
    r"(?i)\b(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|also|later|allegedly|then)\s+)*"
    r"(?:(?P<killed>(?:fatally|mortally)\s+(?:wounded|injured|shot)|shot\s+and\s+killed|killed"
    r"|shot\s+dead|gunned\s+down|martyred|slain|executed|murdered|assassinated|beheaded"
    r"|found\s+dead|burned\s+to\s+death|stabbed\s+to\s+death|lynched|burn[te]d?\s+alive)"
    r"|(?P<wounded>wounded|injured|hurt))\b"
    # South Asian reporting: "a constable embraced martyrdom" (an active verb, one victim).
    r"|\b(?P<martyred>(?:embraced|attained)\s+martyrdom)\b"
    # "the officer died", "a child later died": a singular noun (no plural -s, -men, people).
    rf"|\b(?:an?|the)\s+(?:[\w'’\-]+\s+){{0,2}}?{_SINGULAR_NOUN}\s+"
    r"(?:(?:later|also|reportedly|subsequently)\s+)?(?P<died>died|dies|succumbed)\b(?!\s+(?:down|out|off|away))"
    # "commander Shaaban Nassiri died": a person named by two capitalised words.
    r"|\b(?-i:[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+)\s+(?:(?:later|also|reportedly|subsequently)\s+)?"
    r"(?P<named>died|dies|succumbed)\b(?!\s+(?:down|out|off|away))"
    # "Kikli's assassination", "the commander's killing" (not "the army's killing of five").
    r"|\b(?P<possessive>\w[\w\-]*['’]s\s+(?:assassination|killing|murder|execution))\b(?!\s+of\b)"
)
#: A singular victim joined to the count after it, anchored at the count: "a general and ",
#: "an officer and ". Not "a number of soldiers and " (a quantity), nor "the attack and ".
SINGULAR_PARTNER = re.compile(
    r"(?i)(?:^|[,;:]\s*|\b(?:and|while|but|though|as|when|with)\s+)(?P<art>an?)\s+"
    r"(?!number\b|total\b|few\b|dozen\b|couple\b|handful\b|series\b)(?:[\w'’\-]+\s+){1,3}?and\s+$"
)
#: Where a clause begins, looking back from a verb: a stop, semicolon, comma or "and".
CLAUSE_START = re.compile(r"(?i)[.;,:!?]|\band\b|\bwhile\b|\bwhen\b")
#: An active casualty verb with a singular object: "killed a civilian", "executed a man",
#: "killing one soldier", "claimed the life of a contractor". Not "killed a number of",
#: "killing a dozen" (a quantity).
SINGULAR_OBJECT = re.compile(
    r"(?i)\b(?:(?P<killed>killing(?:\s+of)?|killed|executed|executing|murdered|shot\s+dead|gunned\s+down"
    r"|death\s+of|(?:claimed|claiming|took|taking)\s+the\s+life\s+of)"
    r"|(?P<wounded>wounding|wounded|injuring|injured))\s+(?P<art>an?|one)\s+"
    r"(?!number\b|total\b|few\b|dozen\b|couple\b|handful\b|series\b|hundred\b|thousand\b)[\w'’\-]+"
)
#: A statement that nobody died: "no casualties", "no one was killed", "without casualties".
NO_DEATHS = re.compile(
    r"(?i)\b(?:no\s+(?:casualties|deaths|fatalities|one\s+was\s+(?:killed|hurt|injured)"
    r"|injuries|reported\s+casualties|immediate\s+reports?\s+of\s+casualties)"
    r"|nobody\s+was\s+(?:killed|hurt|injured)|without\s+(?:causing\s+)?casualties)\b"
)
#: A month name next to a number makes it a day of a date: "May 27", "12 September".
MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$")
MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?(?:\s+of)?\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
#: "who was killed" tells more of a victim already counted: "the death of one ..., who was killed".
WHO_BEFORE = re.compile(r"(?i)\bwho\s+$")
#: A subject that denies any victim, right before "one" or "was killed": "no one was killed",
#: "Nobody was hurt", "no soldier was injured", "none of them was killed". Not "no. 5", "know ".
NO_VICTIM_BEFORE = re.compile(
    r"(?i)(?:\bno[\s-]+(?:[\w'’\-]+\s+){0,2}|\bnobody\s+|\bnone\s+(?:of\s+(?:the\s+)?[\w'’\-]+\s+)?)$")
#: How far before a count its denying subject may begin, in characters ("no Israeli soldier ").
NO_VICTIM_CHARS = 40
#: What an article may not start when it stands for a singular victim: a quantity ("a number of",
#: "a dozen", "a hundred") or an order ("a second", "a further"). Used right after "and a(n) ".
_NOT_A_VICTIM = (r"(?!number\b|total\b|few\b|dozen\b|couple\b|handful\b|series\b|hundred\b|thousand\b"
                 r"|second\b|third\b|further\b)")
#: A second singular victim joined after a singular object: " woman and a 58-year-old man",
#: " soldier and a child". Not " soldier and a number of" (a quantity), nor ", and a second".
SINGULAR_OBJECT_PARTNER = re.compile(
    rf"(?i)^(?:\s+[\w'’\-]+){{0,3}}?\s+and\s+(?P<art>an?)\s+{_NOT_A_VICTIM}[\w'’\-]+"
)
#: A number right after a casualty verb, making the verb active: "wounded two others".
ACTIVE_OBJECT = re.compile(r"\s+(?:at\s+least\s+)?(?:\d|(?i:an?|one|two|three|four|five|six|seven"
                           r"|eight|nine|ten|dozens|several|scores)\b)")
#: A count of part of a group: "three of the 30 attackers" (30 is not the number killed).
PART_OF_BEFORE = re.compile(r"(?i)\b\w+\s+of\s+(?:the|these|those)\s+$")
#: Victim words that end by joining a second group: "policeman and", "Syrian soldiers,".
LIST_PARTNER = re.compile(r"(?i)^\s*(?:[\w'’\-]+\s+){0,2}[\w'’\-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: What separates two members of one list of victims: "four officials, two militiamen".
LIST_JOIN = re.compile(r"(?i)^\s*(?:[\w'’\-]+\s+){0,6}?[\w'’\-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: A count whose verb is left out, told like the one before it: "Four people were killed on
#: Sunday and [six] on Saturday", "two died in A and [three] in B". What joins it to the count
#: before: that count's words and verb, then "and" or a comma. Not across a stop or a semicolon.
GAPPED_JOIN = re.compile(r"(?i)^[^.;:!?\d]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: What follows a gapped count: a preposition, no noun of its own. " on Saturday", " in B";
#: not " houses were burned", " hours later".
GAPPED_AFTER = re.compile(r"(?i)\s+(?:in|on|at|near|around|outside|inside|across)\b")
#: A singular victim listed after a count, before their shared casualty word: "three attackers
#: and [a] policeman dead", "two soldiers and [an] interpreter were killed". Not "and a number
#: of", "and a dozen" (quantities), nor "and a second".
SINGULAR_LISTED_AFTER = re.compile(rf"(?i)\band\s+(?P<art>an?)\s+{_NOT_A_VICTIM}[\w'’\-]+")

#: A word that makes what follows it part of a count: "including", "among them", "of whom".
SUBSET_WORD = re.compile(r"(?i)\b(?:including|includes|among|of\s+whom|of\s+them|mostly)\b")


#: Any word of wounding or of killing, with or without a number: "many were injured".
WOUNDED_WORD = re.compile(rf"(?i)\b(?:{WOUNDED_AFTER}|{WOUNDED_BEFORE})\b")
KILLED_WORD = re.compile(rf"(?i)\b(?:{KILLED_AFTER}|killing|kills?|deaths?|death\s+toll)\b")


def _label_of(match: re.Match[str]) -> str:
    return next(k for k in _AFTER if match.group(k))


def find_casualty_counts(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Find the casualty counts in text[start:end], each labelled with what it counts."""
    end = len(text) if end is None else end
    found: list[Mention] = []
    # A list continues only a count whose verb came first ("killing four officials, two
    # militiamen"), never one whose verb followed it ("four killed, seven houses torched").
    verb_first = False
    quantities = NUMBER_PHRASE.finditer(text, start, end) if QUANTITY_HINT.search(text, start, end) else ()
    for m in quantities:
        low = parse_quantity(m.group("low"))
        if low is None or _is_not_a_count(text, m, end):
            continue
        before = text[max(start, m.start() - LOOKBEHIND_CHARS):m.start()]
        label, from_before = _attach(text, m, before, end)
        if label == "count" and found and found[-1].label not in ("count", "subset"):
            joined = text[found[-1].end:m.start()]
            if LIST_JOIN.match(joined) if verb_first else (GAPPED_JOIN.match(joined)
                                                            and GAPPED_AFTER.match(text, m.end(), end)):
                label, from_before = found[-1].label or "count", verb_first
        verb_first = from_before
        found.append(Mention(start=m.start(), end=m.end(), text=m.group(0),
                             kind=MentionKind.NUMBER, value=low, label=label,
                             source=NumberRecogniser.name))
        if label in ("killed", "wounded") and not from_before:
            found.extend(_singular_listed_after(text, m, end, label))
    found.extend(_singular_victims(text, start, end, found))
    found.sort(key=lambda x: x.start)
    return found


def _is_not_a_count(text: str, m: re.Match[str], end: int) -> bool:
    """True for numbers that are years, ordinals, dates, names ("Resolution 2254") or units."""
    low = m.group("low")
    after = text[m.end():end]
    if NON_PERSON_UNIT.match(after):
        return True
    if low.lower() == "one" and NO_VICTIM_BEFORE.search(text, max(0, m.start() - NO_VICTIM_CHARS), m.start()):
        return True  # "no one was killed": nobody, not one
    if low[0].isdigit():
        value = int(low.replace(",", ""))
        if 1900 <= value <= 2100 and "," not in low:
            return True
        prev = text[max(0, m.start() - 1):m.start()]
        if prev and (prev.isalpha() or prev in "/.:#$"):
            return True
        if re.match(r"(?:st|nd|rd|th)\b|[/.:]\d", after):
            return True
    return bool(MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or MONTH_AFTER.match(after))


def _attach(text: str, m: re.Match[str], before: str, end: int) -> tuple[str, bool]:
    """What a quantity counts, from the words around it, and whether its verb came first."""
    if SUBSET_BEFORE.search(before) or SUBSET_AFTER.match(text[m.end():end]):
        return "subset", False
    if PART_OF_BEFORE.search(before):
        return "count", False
    preceding = PRECEDING_CASUALTY.search(before)
    if preceding:
        return next(k for k in _BEFORE if preceding.group(k)), True
    after = text[m.end():end][:200]
    following = FOLLOWING_CASUALTY.match(after)
    # "two militiamen and wounded two others": a casualty verb that takes its own number
    # after it is active, and its victims are those, not the number before it.
    if following and ACTIVE_OBJECT.match(after, following.end()):
        following = None
    if following and _no_rival_number(following.group(0)):
        label = _label_of(following)
        if label == "wounded" and DIED_LATER.match(after[following.end():]):
            label = "killed"
        return label, False
    return "count", False


def _singular_listed_after(text: str, m: re.Match[str], end: int, label: str) -> list[Mention]:
    """Count 1 for a singular victim listed between a count and its casualty word."""
    following = FOLLOWING_CASUALTY.match(text[m.end():end][:200])
    gap = following.group(0) if following else ""
    partner = SINGULAR_LISTED_AFTER.search(gap)
    if partner is None or SUBSET_WORD.search(gap, 0, partner.start()):
        return []  # "31 people, including seven children and a pregnant woman, were killed"
    at = m.end() + partner.start("art")
    return [Mention(start=at, end=at + len(partner.group("art")), text=partner.group("art"),
                    kind=MentionKind.NUMBER, value=1, label=label, source=NumberRecogniser.name)]


def _no_rival_number(gap: str) -> bool:
    """True unless another number, not a subset nor a list partner, stands in the victim words.

    "30 gunmen stormed the village and 5 people were killed": 30 is not the dead. But "one
    policeman and three attackers were killed" lists two groups, and both count.
    """
    gap = re.sub(r"(?i)\b(?:including|among\s+them|of\s+(?:the|these|those))\s+[^,]*"
                 r"|[—–][^—–]*[—–]|\([^)]*\)", "", gap)
    rival = NUMBER_PHRASE.search(gap)
    return rival is None or bool(LIST_PARTNER.match(gap[:rival.start()]))


def _singular_victims(text: str, start: int, end: int, found: Iterable[Mention]) -> list[Mention]:
    """Count 1 for each singular victim no number already counts ("a soldier was killed")."""
    taken = [(x.start, x.end) for x in found]
    out: list[Mention] = []
    for m in SINGULAR_PASSIVE.finditer(text, start, end):
        clause = text[start:m.start()]
        clause_start = start + max((c.end() for c in CLAUSE_START.finditer(clause)), default=0)
        if any(clause_start <= s < m.end() for s, _e in taken) or WHO_BEFORE.search(clause[-12:]):
            continue
        if NO_VICTIM_BEFORE.search(clause[-NO_VICTIM_CHARS:]):
            continue  # "no soldier was killed"
        label = "wounded" if m.group("wounded") else "killed"
        out.append(Mention(start=m.start(), end=m.end(), text=m.group(0),
                           kind=MentionKind.NUMBER, value=1, label=label, source=NumberRecogniser.name))
    for m in SINGULAR_OBJECT.finditer(text, start, end):
        art_start = m.start("art")
        if any(s <= art_start < e for s, e in taken):
            continue
        label = "killed" if m.group("killed") else "wounded"
        out.append(Mention(start=art_start, end=m.end("art"), text=m.group("art"),
                           kind=MentionKind.NUMBER, value=1, label=label, source=NumberRecogniser.name))
        partner = SINGULAR_OBJECT_PARTNER.match(text[m.end():end])
        if partner is not None:  # "killed a woman and a man": two victims
            out.append(Mention(start=m.end() + partner.start("art"), end=m.end() + partner.end("art"),
                               text=partner.group("art"), kind=MentionKind.NUMBER, value=1, label=label,
                               source=NumberRecogniser.name))
    taken.extend((x.start, x.end) for x in out)
    # A singular victim may be listed before another: "a woman and a man died".
    out.extend(_singular_partners(text, start, [*found, *out], taken))
    return out


def _singular_partners(text: str, start: int, found: Iterable[Mention],
                       taken: list[tuple[int, int]]) -> list[Mention]:
    """Count 1 for a singular victim listed before a count: "a general and four soldiers were killed"."""
    out: list[Mention] = []
    for count in found:
        if count.label not in ("killed", "wounded"):
            continue
        window_start = max(start, count.start - LOOKBEHIND_CHARS)
        before = text[window_start:count.start]
        partner = SINGULAR_PARTNER.search(before)
        # "^" is the sentence's start only when the window reaches back to it.
        if partner is None or (partner.start("art") == 0 and window_start > start):
            continue
        art_start = count.start - len(before) + partner.start("art")
        if any(s <= art_start < e for s, e in taken):
            continue
        out.append(Mention(start=art_start, end=art_start + len(partner.group("art")),
                           text=partner.group("art"), kind=MentionKind.NUMBER, value=1,
                           label=count.label, source=NumberRecogniser.name))
    return out


class NumberRecogniser:
    """Adds the casualty counts of each sentence, labelled killed/wounded/abducted/arrested."""

    name, version = "recognise.numbers", "2"
    reads, adds = ("document", "sentences"), ("number_mentions",)

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        mentions: list[Mention] = []
        for sentence in doc.sentences:
            mentions.extend(find_casualty_counts(doc.text, sentence.start, sentence.end))
        doc.number_mentions = mentions
        return doc


def event_fatalities(doc: WorkingDoc, sentence_start: int, sentence_end: int) -> int | None:
    """The deaths the sentence reports for its event: distinct groups added, None if unstated.

    Train gold adds the counts of distinct victim groups ("38 militants ... while four SDF
    fighters were killed" is 42) and gives 0 for an event whose sentence reports only wounded
    ("many were injured") or says nobody died, so this does the same. A subset ("including
    eight") is not added.
    """
    inside = [m for m in doc.number_mentions
              if sentence_start <= m.start and m.end <= sentence_end]
    killed = [m.value for m in inside if m.label == "killed"]
    if killed:
        return sum(killed)
    if NO_DEATHS.search(doc.text, sentence_start, sentence_end):
        return 0
    sentence = doc.text[sentence_start:sentence_end]
    if WOUNDED_WORD.search(sentence) and not KILLED_WORD.search(sentence):
        return 0
    return None
