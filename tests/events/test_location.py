"""Where an event happened: the sentence's most precise place, else its context's. Reports are made up."""
import datetime as dt

import pytest

from sitrep.events.location import is_backdrop
from sitrep.model import Document, Mention, MentionKind, Sentence

PUBLISHED = dt.date(2024, 3, 15)


def events_of(pipeline, text):
    return pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events


def test_location_a_sentence_naming_no_place_takes_the_reports_own_place(extraction_pipeline):
    text = ("Hajin has been besieged for weeks, and food is short in Hajin.\n\n"
            "On Monday, Islamic State militants killed four SDF fighters in an ambush.")
    event = next(e for e in events_of(extraction_pipeline, text) if "ambush" in e.evidence.text)
    assert (event.location, event.country) == ("Hajin", "Syria")


def test_location_a_province_after_a_town_is_its_frame_not_a_second_place(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday the Russian army shelled the village of Kupiansk, "
                                            "Kharkiv region, killing two civilians.")
    assert [e.location for e in events] == ["Kupyansk"]


def test_location_coordinated_towns_each_get_the_event(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday Russian jets bombed Kupiansk, Izium and Balakliia.")
    assert sorted(e.location for e in events) == ["Balakliya", "Izyum", "Kupyansk"]


def test_location_a_village_the_gazetteer_lacks_outranks_the_city_it_is_measured_from(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday, air force jets bombed the village of Zorbakhel, "
                                            "about 90 kilometers north of the city of Kandahar.")
    assert [(e.location, e.admin1, e.latitude) for e in events] == [("Zorbakhel", "Kandahar", None)]


def test_location_a_building_the_gazetteer_lacks_leaves_the_event_in_its_town(extraction_pipeline):
    events = events_of(extraction_pipeline, "On Monday, hundreds of protesters held a protest outside "
                                            "the Zorbak Embassy in Kandahar.")
    assert [e.location for e in events] == ["Kandahar"]


@pytest.mark.parametrize("text, is_dateline", [
    ("RAIPUR: Maoists attacked a police camp.", True),
    ("CARACAS (Reuters) - Two soldiers died in clashes.", True),
    ("BEIRUT, Lebanon, Oct. 2 (UPI) -- Hezbollah fighters clashed with Israeli soldiers.", True),
    ("KHARTOUM, (Reuters) \u2013 Security forces shot dead three people.", True),
    ("Belgrade, Sep 24 (EFE).- Armed men stormed a monastery.", True),
    ("MURSITPINAR, Turkey \u2014 Kurdish fighters held the town.", True),
    ("Beirut was shelled on Monday.", False),
    ("Beirut, Tyre and Sidon were shelled on Monday.", False),
    ("Beirut (the capital) was calm on Monday.", False),
])
def test_location_a_dateline_place_is_backdrop(text, is_dateline):
    name = text.split(",")[0].split(" ")[0].rstrip(":")
    mention = Mention(0, len(name), name, MentionKind.PLACE)
    assert is_backdrop(text, Sentence(0, len(text)), mention) is is_dateline
