"""A place a sentence refers back to by its kind ("in the area"): the last place called so. Reports are made up."""
import datetime as dt

import pytest

from sitrep.events.anaphora import (
    DEFINITE_KIND,
    KIND_AFTER,
    KIND_BEFORE,
    antecedent,
    installation_named,
    kind_of,
    kinds_referred_to,
    unnamed_installation,
)
from sitrep.model import Document, Mention, MentionKind, Place, Sentence

PUBLISHED = dt.date(2024, 3, 15)


def mention_of(text: str, name: str, place: str | None = None) -> Mention:
    """A place mention at the first occurrence of a name, resolved to a place of that name."""
    start = text.index(name)
    return Mention(start, start + len(name), name, MentionKind.PLACE, Place(name=place or name, country="Syria"))


@pytest.mark.parametrize("text, kind", [
    ("Jets struck posts in the area.", "area"),
    ("The town was shelled again.", "town"),
    ("Gunmen stormed the village at dawn.", "village"),
    ("Troops left the base on Monday.", "base"),
    ("The city's mayor said nothing.", None),
    ("The town council met.", None),
    ("Jets struck the area of Hajin.", None),
    ("Rebels took the town Kafr Nabl.", None),
    ("The region was calm.", None),
])
def test_definite_kind_matches_a_kind_word_with_no_name(text: str, kind: str | None) -> None:
    found = DEFINITE_KIND.search(text)
    assert (found.group(1).lower() if found else None) == kind


@pytest.mark.parametrize("before, kind", [
    ("the town of ", "town"),
    ("the Russian town of ", "town"),
    ("the northern Syrian city of ", "city"),
    ("a village called ", "village"),
    ("the home of ", None),
    ("troops in ", None),
])
def test_kind_before_reads_the_kind_word_before_a_name(before: str, kind: str | None) -> None:
    found = KIND_BEFORE.search(before)
    assert (found.group(1).lower() if found else None) == kind


@pytest.mark.parametrize("after, kind", [(" town was hit", "town"), (" area.", "area"), (" camp", "camp"),
                                         (" and Susah", None), (" townspeople", None)])
def test_kind_after_reads_the_kind_word_after_a_name(after: str, kind: str | None) -> None:
    found = KIND_AFTER.match(after)
    assert (found.group(1).lower() if found else None) == kind


def test_kind_of_reads_the_kind_inside_the_mention() -> None:
    text = "Fighting went on in the Hajin area."
    assert kind_of(text, mention_of(text, "Hajin area")) == "area"
    assert kind_of(text, mention_of(text, "Hajin")) == "area"


def test_kinds_referred_to_collects_each_kind() -> None:
    text = "The town was shelled and the area around the camp burned."
    assert kinds_referred_to(text, Sentence(0, len(text))) == {"town", "area", "camp"}


def test_antecedent_is_the_last_place_called_by_the_kind() -> None:
    text = "Troops in Raqqa moved on the town of Hajin and on Susah town. The town was shelled."
    sentence = Sentence(text.index("The town was"), len(text))
    places = [mention_of(text, "Raqqa"), mention_of(text, "Hajin"), mention_of(text, "Susah")]
    assert antecedent(text, sentence, places).text == "Susah"


def test_antecedent_yields_to_another_place_named_after_it() -> None:
    text = "Troops took the town of Hajin. Later jets bombed Susah. The town was shelled."
    sentence = Sentence(text.index("The town was"), len(text))
    places = [mention_of(text, "Hajin"), mention_of(text, "Susah")]
    assert antecedent(text, sentence, places) is None


def test_antecedent_needs_a_kind_word_in_the_sentence() -> None:
    text = "Troops took the town of Hajin. Jets bombed posts."
    assert antecedent(text, Sentence(text.index("Jets"), len(text)), [mention_of(text, "Hajin")]) is None


def test_location_in_the_area_is_the_place_last_called_an_area(extraction_pipeline):
    text = ("Kurdish-led fighters pressed on in Raqqa on Monday.\n\n"
            "The SDF in Raqqa advanced on Monday against the Islamic State in the Hajin area. "
            "Local sources reported heavy fighting. "
            "Coalition jets bombed Islamic State posts in the area on Monday.")
    events = Document(id="t", text=text, published=PUBLISHED)
    strike = next(e for e in extraction_pipeline.run(events).events if "jets bombed" in e.evidence.text)
    assert strike.location == "Hajin"


@pytest.mark.parametrize("text, kind", [
    ("Militants briefly captured a military base south-west of the capital.", "base"),
    ("The strikes follow a rocket attack on a base in northern Iraq.", "base"),
    ("Gunmen raided an army camp near the border.", "camp"),
    ("Rebels attacked the El Salini base.", None),
    ("The army has a base of support there.", None),
    ("Troops returned to base.", None),
])
def test_unnamed_installation_finds_an_installation_told_without_its_name(text: str, kind: str | None) -> None:
    found = unnamed_installation(text, Sentence(0, len(text)))
    assert (found.group(1) if found else None) == kind


def test_installation_named_finds_the_name_told_in_another_sentence() -> None:
    text = "Militants captured a base. A bomber struck the Zorbat base. Troops left Raqqa."
    sentences = [Sentence(text.index("A bomber"), text.index(" Troops")), Sentence(text.index("Troops"), len(text))]
    places = [mention_of(text, "Zorbat"), mention_of(text, "Raqqa")]
    assert installation_named(text, "base", sentences, places).text == "Zorbat"
    assert installation_named(text, "camp", sentences, places) is None


def test_location_an_unnamed_base_is_the_base_the_report_names(extraction_pipeline):
    text = ("Al Shabaab militants killed 12 Somali soldiers on Monday and briefly captured a military base "
            "south-west of the capital, officials said.\n\n"
            "A suicide bomber detonated at the El Zorbat base before gunmen stormed in, police said.")
    events = extraction_pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events
    captured = next(e for e in events if "captured" in e.evidence.text)
    assert (captured.location, captured.country) == ("El Zorbat", "Somalia")
