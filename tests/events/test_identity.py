"""Sides renamed by the event's place: a network's regional branch, the local people. Events
and mentions are built by hand; the ontology is the real one."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.identity import SideIdentity, branch_of, local_people
from sitrep.model import Document, Mention, MentionKind, WorkingDoc

TEXT = "Jets struck the border villages on Sunday, killing eight civilians."


@pytest.fixture(scope="module")
def identity(actor_ontology) -> SideIdentity:  # type: ignore[no-untyped-def]
    return SideIdentity(actor_ontology)


def _run(identity: SideIdentity, make_event, mentions: list[Mention] | None = None,  # type: ignore[no-untyped-def]
         **fields) -> dict:
    doc = WorkingDoc(document=Document(id="t", text=TEXT, published=dt.date(2024, 4, 20)))
    doc.actor_mentions = mentions or []
    doc.events = [make_event(doc.document, TEXT, **fields)]
    return identity(doc).events[0].to_record()


@pytest.mark.parametrize(("name", "country", "admin1", "expected"), [
    ("Islamic State", "Afghanistan", "Kunduz", "Islamic State Khorasan Province"),
    ("Islamic State", "Mozambique", "Cabo Delgado", "Islamic State Mozambique Province"),
    ("Islamic State", "Niger", "Diffa", "Islamic State West Africa Province"),
    ("Islamic State", "Burkina Faso", "Sahel", "Islamic State Sahel Province"),
    ("Al-Qaeda", "Burkina Faso", "Sahel", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Islamic State", "Syria", "Deir ez-Zor", None),
    ("Islamic State", "Iraq", "Nineveh", None),
    ("Islamic State", None, None, None),
    ("Military Forces of Nigeria", "Nigeria", "Borno", None),
])
def test_branch_of_names_the_branch_of_the_events_country(actor_ontology, name, country, admin1,
                                                          expected) -> None:  # type: ignore[no-untyped-def]
    assert branch_of(actor_ontology, name, country, admin1, dt.date(2024, 4, 20)) == expected


@pytest.mark.parametrize(("name", "country", "named_here", "expected"), [
    ("Civilians (Pakistan)", "Afghanistan", False, "Civilians (Afghanistan)"),
    ("Protesters (Iran)", "Iraq", False, "Protesters (Iraq)"),
    ("Rioters (Kenya)", "Uganda", False, "Rioters (Uganda)"),
    ("Civilians (Israel)", "Russia", True, None),  # "Israeli passengers": the sentence names them
    ("Civilians (Syria)", "Syria", False, None),
    ("Civilians (Syria)", None, False, None),
    ("Military Forces of Pakistan", "Afghanistan", False, None),  # a force fights abroad
    ("Unidentified Armed Group (Ecuador)", "Peru", False, None),  # armed men cross borders
])
def test_local_people_are_the_people_of_the_events_country(actor_ontology, name, country, named_here,
                                                           expected) -> None:  # type: ignore[no-untyped-def]
    assert local_people(actor_ontology, name, country, dt.date(2024, 4, 20), named_here) == expected


def test_side_identity_renames_both_sides_and_their_inter_codes(identity, make_event) -> None:  # type: ignore[no-untyped-def]
    record = _run(identity, make_event, event_type="Violence against civilians", sub_event_type="Attack",
                  actor1="Islamic State", actor2="Civilians (Pakistan)", inter1=2, inter2=7,
                  location="Kunduz", admin1="Kunduz", country="Afghanistan")
    assert (record["actor1"], record["actor2"]) == ("Islamic State Khorasan Province", "Civilians (Afghanistan)")
    assert (record["inter1"], record["inter2"]) == (2, 7)


def test_side_identity_keeps_civilians_the_sentence_names_by_country(identity, make_event,  # type: ignore[no-untyped-def]
                                                                     actor_ontology) -> None:
    start = TEXT.index("civilians")
    named = Mention(start, start + len("civilians"), "civilians", MentionKind.ACTOR,
                    actor_ontology.actor("Civilians (Pakistan)"), label="demonym")
    record = _run(identity, make_event, [named], event_type="Explosions/Remote violence",
                  sub_event_type="Air/drone strike", actor1="Military Forces of Pakistan",
                  actor2="Civilians (Pakistan)", country="Afghanistan")
    assert record["actor2"] == "Civilians (Pakistan)"


def test_side_identity_leaves_an_event_of_the_core_group_unchanged(identity, make_event) -> None:  # type: ignore[no-untyped-def]
    record = _run(identity, make_event, actor1="Islamic State", actor2="Syrian Democratic Forces",
                  location="Hajin", admin1="Deir ez-Zor", country="Syria")
    assert (record["actor1"], record["actor2"]) == ("Islamic State", "Syrian Democratic Forces")


@pytest.mark.parametrize(("text", "expected"), [
    ("Islamic State fighters attacked soldiers in Bosso, Niger, on Friday.",
     ("Islamic State West Africa Province", "Military Forces of Niger")),
    ("Islamic State fighters attacked an army base in Tillaberi, Niger, on Friday.",
     ("Islamic State Sahel Province", "Military Forces of Niger")),
    ("Islamic State militants attacked a police checkpoint in Mosul, Iraq, on Friday.",
     ("Islamic State", "Police Forces of Iraq")),
])
def test_side_identity_runs_in_the_default_pipeline(candidate_pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 5, 20))).events
    assert [(e.actor1, e.actor2) for e in events] == [expected]
