"""Casualty counts and event fatalities, on made-up sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document, MentionKind, WorkingDoc
from sitrep.recognise.numbers import (
    FOLLOWING_CASUALTY,
    GAPPED_AFTER,
    GAPPED_JOIN,
    NO_DEATHS,
    NO_VICTIM_BEFORE,
    PRECEDING_CASUALTY,
    SINGULAR_LISTED_AFTER,
    SINGULAR_OBJECT,
    SINGULAR_OBJECT_PARTNER,
    SINGULAR_PARTNER,
    SINGULAR_PASSIVE,
    SUBSET_AFTER,
    SUBSET_WORD,
    NumberRecogniser,
    event_fatalities,
    find_casualty_counts,
)
from sitrep.recognise.quantities import NUMBER_PHRASE, QUANTITY_HINT, parse_number_phrase, parse_quantity
from sitrep.recognise.sentences import SentenceSplitter


@pytest.fixture(scope="module")
def splitter() -> SentenceSplitter:
    return SentenceSplitter()


@pytest.mark.parametrize(("text", "value"), [
    ("two", 2), ("Twenty-one", 21), ("one hundred and five", 105), ("a dozen", 12),
    ("dozens", 12), ("several", 3), ("scores", 20), ("hundreds", 100), ("1,200", 1200),
    ("two thousand", 2000), ("17", 17),
])
def test_parse_quantity_reads_digits_and_words(text, value):
    assert parse_quantity(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("over 100", 100), ("at least 5", 5), ("5 to 7", 5), ("5-7", 5), ("between 10 and 12", 10),
    ("more than 70", 70), ("some 30", 30), ("another 60", 60),
])
def test_parse_number_phrase_takes_the_conservative_value(text, value):
    assert parse_number_phrase(text) == value


def counts(text: str) -> list[tuple[int, str]]:
    return [(m.value, m.label) for m in find_casualty_counts(text) if m.label != "count"]


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 20 people were killed in the attack.", [(20, "killed")]),
    ("The raid killed 3 soldiers.", [(3, "killed")]),
    ("Three soldiers were killed.", [(3, "killed")]),
    ("The bomb exploded, killing 5 and wounding 12.", [(5, "killed"), (12, "wounded")]),
    ("The clash left 5 killed and 12 wounded.", [(5, "killed"), (12, "wounded")]),
    ("The death toll rose to 30.", [(30, "killed")]),
    ("The shelling left 4 dead.", [(4, "killed")]),
    ("A policeman was killed in the ambush.", [(1, "killed")]),
    ("Gunmen executed a civilian near the market.", [(1, "killed")]),
    ("The two pilots died when the jet crashed.", [(2, "killed")]),
    ("Over 100 soldiers were killed in the offensive.", [(100, "killed")]),
    ("Dozens were wounded in the blast.", [(12, "wounded")]),
    ("Several fighters were killed.", [(3, "killed")]),
    ("Twenty-one soldiers lost their lives.", [(21, "killed")]),
    ("Police recovered 12 bodies.", [(12, "killed")]),
    ("The strike wounded 12 civilians.", [(12, "wounded")]),
    ("Militants kidnapped 30 students.", [(30, "abducted")]),
    ("Police arrested 14 suspects.", [(14, "arrested")]),
    ("Three soldiers sustained injuries and later succumbed.", [(3, "killed")]),
    ("One policeman and three attackers were killed.", [(1, "killed"), (3, "killed")]),
    ("More than 70 people including 16 officers were killed.", [(70, "killed"), (16, "subset")]),
    ("The death toll from the missile strike on the apartment block in the port city rose to 30.",
     [(30, "killed")]),
    ("Insurgents beheaded four farmers near the river.", [(4, "killed")]),
    ("The raid led to the neutralisation of five militants.", [(5, "killed")]),
    ("The rebels lost 20 fighters, while a colonel and four other soldiers were killed.",
     [(20, "killed"), (1, "killed"), (4, "killed")]),
    ("Two gunmen were killed and a constable embraced martyrdom.", [(2, "killed"), (1, "killed")]),
    ("The blast killed a soldier and four civilians were wounded.", [(1, "killed"), (4, "wounded")]),
    ("Gunmen stormed a school and four teachers were wounded.", [(4, "wounded")]),
    ("Nine of the dead were members of the gang.", [(9, "subset")]),
    ("Police said one of the slain rebels led the group.", [(1, "subset")]),
    ("Three of the 30 attackers were killed.", [(3, "killed")]),
    ("A suspected thief was lynched by residents.", [(1, "killed")]),
    ("Two men were burnt alive by the mob.", [(2, "killed")]),
    ("The officer died when his car hit a mine.", [(1, "killed")]),
    ("Three guards were hurt and a child later died in hospital.", [(3, "wounded"), (1, "killed")]),
    ("The exchange of fire ended in Kikli's assassination.", [(1, "killed")]),
    ("The army's killing of five protesters sparked anger.", [(5, "killed")]),
    ("The rocket attack claimed the life of a contractor.", [(1, "killed")]),
    ("An elderly woman and a young man died in the shelling.", [(1, "killed"), (1, "killed")]),
    ("The strike killed a 60-year-old farmer and a 12-year-old boy.", [(1, "killed"), (1, "killed")]),
    ("The drone wounded a guard and a driver.", [(1, "wounded"), (1, "wounded")]),
    ("Rebels hacked to death at least 22 villagers.", [(22, "killed")]),
    ("Two herders were stabbed to death near the well.", [(2, "killed")]),
    ("Five were wounded, but no one was killed.", [(5, "wounded")]),
    ("No soldier was hurt in the ambush.", []),
    ("The strike killed a commander and a second blast hit the depot.", [(1, "killed")]),
    # nouns of dying and wounding before their count
    ("The attack resulted in the martyrdom of four guards and the wounding of three others.",
     [(4, "killed"), (3, "wounded")]),
    # a place-by-place list goes on with its verb; the wounded of the next clause are not its count
    ("The gunmen killed 31 in Aville and 13 in Btown, and more people were wounded.",
     [(31, "killed"), (13, "killed")]),
    # a person named by two capitalised words
    ("Senior commander Ali Hassan died in the clashes.", [(1, "killed")]),
    # a title-cased headline's count is counted once, not again as a name
    ("Five Soldiers Died In Border Attack", [(5, "killed")]),
])
def test_find_casualty_counts_labels_counts(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "The 4th Division moved north.",
    "The council adopted Resolution 2254.",
    "Soldiers were killed in the fighting.",
    "The convoy drove 30 km before 3 rockets hit it.",
    "Clashes broke out on May 27 and continued in 2019.",
    "30 gunmen stormed the village and burned houses.",
    "The death toll from the storm is not known; 30 people were rescued.",
    "The gunmen died in the blast.",
    "The fighting died down by evening.",
    "Thank God no one was killed.",
    "Nobody was killed in the raid.",
    "The Rebel Movement died out after the accord.",
])
def test_find_casualty_counts_ignores_non_counts(text):
    assert counts(text) == []


@pytest.mark.parametrize(("pattern", "matches", "non_matches"), [
    (NUMBER_PHRASE, ["at least 20", "twenty-one", "5 to 7", "dozens"], ["often", "tens"]),
    (FOLLOWING_CASUALTY, [" people were killed", " soldiers died", " others injured"],
     [" killing", " vehicles"]),
    (PRECEDING_CASUALTY, ["killing ", "killed at least ", "death toll rose to ", "wounding "],
     ["killed in ", "the toll "]),
    (SINGULAR_PASSIVE, ["was killed", "was fatally wounded", "has been shot dead"], ["were killed"]),
    (SINGULAR_OBJECT, ["killed a civilian", "killing one soldier"], ["killed a number of"]),
    (NO_DEATHS, ["no casualties", "no one was killed", "nobody was hurt"], ["no further"]),
    (QUANTITY_HINT, ["20", "a dozen", "hundreds of", "a couple of", "both", "Seventy"],
     ["The army withdrew.", "often", "attention"]),
    (SINGULAR_PARTNER, ["a general and ", "while an officer and ", "A soldier and "],
     ["stormed a school and ", "a number of soldiers and ", "the general and "]),
    (SINGULAR_PASSIVE, ["embraced martyrdom", "was lynched"], ["martyrdom"]),
    (SUBSET_AFTER, [" of the dead", " of the slain rebels", " of those killed"],
     [" of the 30 attackers", " of them killed"]),
    (NO_VICTIM_BEFORE, ["no ", "Thank God no ", "nobody ", "no Israeli soldier ", "none of them "],
     ["know ", "one ", "the soldier "]),
    (SINGULAR_OBJECT_PARTNER, [" woman and a 12-year-old boy", " and a child"],
     [" and a number of civilians", " and a second blast", " and four others"]),
    (SINGULAR_OBJECT, ["claimed the life of a guard", "took the life of one officer"], ["claimed the attack"]),
    (GAPPED_JOIN, [" people were killed on Sunday and ", " died in Exampleton, "],
     [" were killed. Later ", " were killed on 5 May and "]),
    (GAPPED_AFTER, [" on Saturday", " in Otherville"], [" houses were burned", " hours later"]),
    (SINGULAR_LISTED_AFTER, ["three soldiers and a policeman", "two guards and an interpreter"],
     ["two soldiers and a number of", "and a dozen", "and a second"]),
    (SUBSET_WORD, ["including", "among them", "of whom"], ["concluding remarks", "amongst the crowd"]),
])
def test_number_patterns_match_examples(pattern, matches, non_matches):
    for text in matches:
        assert pattern.search(text), text
    for text in non_matches:
        assert not pattern.search(text), text


def run(splitter: SentenceSplitter, text: str) -> WorkingDoc:
    doc = WorkingDoc(document=Document(id="t", text=text, published=dt.date(2024, 3, 13)))
    return NumberRecogniser()(splitter(doc))


def test_number_recogniser_fills_number_mentions(splitter):
    doc = run(splitter, "Rebels attacked. At least 20 people were killed.")
    assert [(m.value, m.label, m.kind) for m in doc.number_mentions] == [
        (20, "killed", MentionKind.NUMBER)]
    assert doc.number_mentions[0].start >= doc.sentences[1].start


@pytest.mark.parametrize(("text", "fatalities"), [
    ("The strike killed 3 soldiers and wounded 12 civilians.", 3),
    ("The clashes killed 38 militants including eight bombers while four soldiers were killed.", 42),
    ("The raid killed four officers, two militiamen and wounded two others.", 6),
    ("Rebels shelled the town, wounding 12.", 0),
    ("Rebels shelled the town, but no casualties were reported.", 0),
    ("Rebels shelled the town and killed several civilians.", 3),
    ("Rebels shelled the town.", None),
    ("Rebels killed and wounded many civilians.", None),
    ("Rebels shelled the town, but no one was killed.", 0),
])
def test_event_fatalities_sums_distinct_groups(splitter, text, fatalities):
    doc = run(splitter, text)
    s = doc.sentences[0]
    assert event_fatalities(doc, s.start, s.end) == fatalities


def test_event_fatalities_reads_only_its_sentence(splitter):
    doc = run(splitter, "Five soldiers were killed on Monday. Troops shelled the hills on Tuesday.")
    s = doc.sentences[1]
    assert event_fatalities(doc, s.start, s.end) is None


def test_quantity_hint_is_in_every_number_phrase_of_real_reports(splitter):
    """The hint only spares sentences with no number phrase: checked on the seed reports and,
    when ../shared is present, on the dev and train reports."""
    import json

    from tests.conftest import SAMPLE_DIR, SHARED_DIR

    files = [*SAMPLE_DIR.glob("*.json"), *(SHARED_DIR / "gold" / "dev").glob("*.json"),
             *(SHARED_DIR / "gold" / "train").glob("*.json")]
    phrases = 0
    for path in files:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        for sentence in run(splitter, text).sentences:
            if NUMBER_PHRASE.search(text, sentence.start, sentence.end):
                phrases += 1
                assert QUANTITY_HINT.search(text, sentence.start, sentence.end), text[sentence.start:sentence.end]
    assert phrases > 0


@pytest.mark.parametrize(("text", "expected"), [
    # a count whose verb is left out, told like the one before it
    ("Four people were killed on Sunday and six on Saturday.", [(4, "killed"), (6, "killed")]),
    ("Five people died in Exampleton and three in Otherville.", [(5, "killed"), (3, "killed")]),
    ("Three soldiers were wounded, and two in the town.", [(3, "wounded"), (2, "wounded")]),
    # a count with its own noun, or across a stop, is not a gapped one
    ("Four people were killed and 12 hours later the town fell.", [(4, "killed")]),
    ("Four people were killed. Six in the town fled.", [(4, "killed")]),
    # a singular victim listed after a count, before their casualty word
    ("The shootout left three of the attackers and a policeman dead.", [(3, "killed"), (1, "killed")]),
    ("Two soldiers and an interpreter were killed.", [(2, "killed"), (1, "killed")]),
    # part of the count, not another victim
    ("31 people, including seven children and a pregnant woman, were killed.", [(31, "killed"), (7, "subset")]),
    ("Four soldiers and a number of civilians were killed.", [(4, "killed")]),
])
def test_find_casualty_counts_reads_listed_and_gapped_counts(text, expected):
    assert counts(text) == expected
