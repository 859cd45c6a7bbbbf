"""A force's name told as someone's relative is its country's civilians: the regexes on made-up
phrases, and the stage on hand-built mentions of the real ontology."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document, Mention, MentionKind, WorkingDoc
from sitrep.resolve.relatives import RelativesOfForces, is_relative_of


def _mention(text: str, surface: str, actor=None) -> Mention:  # type: ignore[no-untyped-def]
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, MentionKind.ACTOR, actor, label="country_generic")


@pytest.mark.parametrize(("text", "surface"), [
    ("Gunmen killed the son of a police officer on Sunday.", "police officer"),
    ("Gunmen shot the wife of an off-duty soldier.", "soldier"),
    ("Relatives of the soldiers were abducted at the market.", "soldiers"),
    ("Militiamen shot a shopkeeper whose son is a Peshmerga fighter.", "Peshmerga"),
    ("They kidnapped a teacher whose son serves in the army.", "army"),
    ("Unknown men attacked the families of two policemen.", "policemen"),
    ("Gunmen shot dead the daughter of a police officer, a student, in the city.", "police officer"),
])
def test_is_relative_of_matches_a_relative_of_the_force(text, surface) -> None:  # type: ignore[no-untyped-def]
    assert is_relative_of(text, _mention(text, surface))


@pytest.mark.parametrize(("text", "surface"), [
    ("Gunmen killed a police officer on Sunday.", "police officer"),
    ("Militants ambushed the commander of the soldiers.", "soldiers"),
    ("The son of a man killed by the army was arrested.", "army"),
    ("Rebels attacked a soldier whose unit was ambushed last week.", "soldier"),
    ("The brother of the victim said the soldiers fired first.", "soldiers"),
    # The relative is said to be one of the force too.
    ("The army killed the brother of an M23 commander, himself an M23 fighter, near Goma.", "M23 commander"),
    ("Troops shot the son of a rebel leader, also a rebel, in the hills.", "rebel leader"),
])
def test_is_relative_of_leaves_the_force_itself(text, surface) -> None:  # type: ignore[no-untyped-def]
    assert not is_relative_of(text, _mention(text, surface))


@pytest.mark.parametrize(("text", "surface", "force", "expected"), [
    ("Gunmen killed the son of a police officer.", "police officer", "Police Forces of Pakistan",
     "Civilians (Pakistan)"),
    ("Militiamen shot a shopkeeper whose son is a Peshmerga fighter.", "Peshmerga", "Peshmerga",
     "Civilians (Iraq)"),
    ("Gunmen killed a police officer.", "police officer", "Police Forces of Pakistan", "Police Forces of Pakistan"),
    ("Troops shot the son of a villager.", "villager", "Civilians (Nigeria)", "Civilians (Nigeria)"),
])
def test_relatives_of_forces_makes_the_relative_a_civilian(actor_ontology, text, surface, force,  # type: ignore[no-untyped-def]
                                                           expected) -> None:
    doc = WorkingDoc(document=Document(id="t", text=text))
    doc.actor_mentions = [_mention(text, surface, actor_ontology.actor(force))]
    assert RelativesOfForces(actor_ontology)(doc).actor_mentions[0].value.name == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed the son of a police officer in Peshawar, Pakistan, on Sunday.",
     ("Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")),
    ("Gunmen killed a police officer in Peshawar, Pakistan, on Sunday.",
     ("Armed clash", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")),
])
def test_relatives_of_forces_runs_in_the_default_pipeline(candidate_pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 5, 20))).events
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [expected]
