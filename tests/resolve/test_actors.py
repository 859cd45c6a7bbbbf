"""Resolving generic and ambiguous actor mentions from a made-up report's context."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document, Mention, MentionKind, Place, WorkingDoc
from sitrep.recognise.actors import ActorRecogniser
from sitrep.recognise.sentences import SentenceSplitter
from sitrep.resolve.actors import (
    DEFINITE_BEFORE,
    POLICE_CUE,
    SECURITY_PHRASE,
    ActorResolver,
)

BEFORE_SPLIT, AFTER_SPLIT = dt.date(2019, 6, 1), dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def stages(actor_ontology):
    return SentenceSplitter(), ActorRecogniser(actor_ontology), ActorResolver(actor_ontology)


def run(stages, text, published=BEFORE_SPLIT, places=()):
    """The report through the real stages; `places` are (name, country) pairs placed by hand."""
    splitter, recogniser, resolver = stages
    doc = WorkingDoc(document=Document(id="t", text=text, published=published))
    doc = recogniser(splitter(doc))
    for name, country in places:
        start = text.index(name)
        doc.place_mentions.append(Mention(start, start + len(name), name, MentionKind.PLACE,
                                          value=Place(name=name, country=country)))
    return resolver(doc)


def value_of(doc, surface):
    for m in doc.actor_mentions:
        if m.text == surface:
            return m.value.name if m.value else None
    raise AssertionError(f"{surface!r} not among {[m.text for m in doc.actor_mentions]}")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Islamic State attacked Hajin. The jihadists then withdrew.", "jihadists", "Islamic State"),
    ("The Syrian army shelled the town. The soldiers then advanced.", "soldiers", "Syrian Arab Army"),
    ("Checkpoints were hit. The militiamen of Isis fled.", "militiamen", "Islamic State"),
    ("The SDF fought Isis; the latter retreated.", "the latter", "Islamic State"),
    ("The SDF fought Isis; the former advanced.", "the former", "Syrian Democratic Forces"),
    ("Al-Shabaab claimed it. The group said ten died.", "The group", "Al-Shabaab"),
    ("Gunmen loyal to Assad attacked. Armed men affiliated with the so-called Hurras al-Din fled.",
     "Armed men", "Hurras al-Din"),
    ("Comando Vermelho runs the favela. Police raided the criminal organization.", "criminal organization",
     "Comando Vermelho"),
])
def test_resolver_reads_generic_references_from_the_named_actors(stages, text, surface, expected):
    assert value_of(run(stages, text), surface) == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("The enemy retreated at dawn.", "The enemy"),
    ("The latter said nothing.", "The latter"),
    ("Gunmen stormed the school.", "Gunmen"),
    ("The soldiers advanced.", "soldiers"),
    # Allies of the side named before them are not the report's usual militia (its opponent).
    ("The RSF shelled Bahri. The army and allied militias attacked RSF positions.", "militias"),
    ("Al-Shabaab lost the town to government forces and allied clan militias.", "militias"),
])
def test_resolver_leaves_undecided_mentions_unresolved(stages, text, surface):
    assert value_of(run(stages, text), surface) is None


@pytest.mark.parametrize(("text", "surface"), [
    ("Gunmen stopped a passenger train near Kaduna.", "passenger"),  # a modifier, not people
    ("A student from Kaduna told reporters what he saw.", "student"),  # a source as often as a victim
])
def test_resolver_leaves_words_that_name_no_civilian_side(stages, text, surface):
    doc = run(stages, text, places=[("Kaduna", "Nigeria")])
    assert all(surface not in m.text for m in doc.actor_mentions)


@pytest.mark.parametrize(("text", "places", "surface", "expected"), [
    ("Villagers fled from Kaduna.", [("Kaduna", "Nigeria")], "Villagers", "Civilians (Nigeria)"),
    ("Bandits attacked Kaduna.", [("Kaduna", "Nigeria")], "Bandits", "Unidentified Armed Group (Nigeria)"),
    ("Protesters marched in Kenya and police fired tear gas.", [], "police", "Police Forces of Kenya"),
    ("Protesters marched in Kenya and police fired tear gas.", [], "Protesters", "Protesters (Kenya)"),
    ("The jihadists struck near Djibo.", [("Djibo", "Burkina Faso")], "jihadists",
     "Unidentified Armed Group (Burkina Faso)"),
    ("SNA troops retook the town of Jowhar.", [("Jowhar", "Somalia")], "SNA troops",
     "Military Forces of Somalia"),
    ("SNA troops retook the town of Afrin.", [("Afrin", "Syria")], "SNA troops", "Syrian National Army"),
    ("The coalition struck Hodeidah.", [("Hodeidah", "Yemen")], "The coalition", "Saudi-led Coalition"),
    # Thailand's Deep South insurgents, unnamed, are coded as one actor; elsewhere unidentified.
    ("Muslim insurgents bombed a market in Yala.", [("Yala", "Thailand")], "Muslim insurgents",
     "Malay Muslim Separatists (Thailand)"),
    ("The separatists struck Pattani.", [("Pattani", "Thailand")], "separatists",
     "Malay Muslim Separatists (Thailand)"),
    ("The separatists struck Kaduna.", [("Kaduna", "Nigeria")], "separatists", "Unidentified Armed Group (Nigeria)"),
    # One person told by a civilian occupation is a civilian, like many.
    ("Gunmen shot dead a farmer near Kaduna.", [("Kaduna", "Nigeria")], "farmer", "Civilians (Nigeria)"),
    ("An employee of the plant was detained in Kaduna.", [("Kaduna", "Nigeria")], "employee", "Civilians (Nigeria)"),
    ("Gunmen killed a taxi driver in Kaduna.", [("Kaduna", "Nigeria")], "taxi driver", "Civilians (Nigeria)"),
    ("Two UN staff were abducted in Kaduna.", [("Kaduna", "Nigeria")], "UN staff", "Civilians (Nigeria)"),
    ("Gunmen killed a teacher in Kaduna.", [("Kaduna", "Nigeria")], "teacher", "Civilians (Nigeria)"),
    # Kin told as the victims, and a crew that carries people for a living, are civilians.
    ("Gunmen killed two brothers in Kaduna.", [("Kaduna", "Nigeria")], "brothers", "Civilians (Nigeria)"),
    ("Bandits abducted a farmer and his wife in Kaduna.", [("Kaduna", "Nigeria")], "wife", "Civilians (Nigeria)"),
    ("Militiamen beat the preacher and his son in Kaduna.", [("Kaduna", "Nigeria")], "son", "Civilians (Nigeria)"),
    ("A flight attendant was hurt when gunmen fired on a jet over Kaduna.", [("Kaduna", "Nigeria")],
     "flight attendant", "Civilians (Nigeria)"),
    # Clergy, professions and local notables hold no arms.
    ("Gunmen killed an imam near Kaduna.", [("Kaduna", "Nigeria")], "imam", "Civilians (Nigeria)"),
    ("A lawyer was shot dead in Kaduna.", [("Kaduna", "Nigeria")], "lawyer", "Civilians (Nigeria)"),
    ("Bandits killed the village chief of a hamlet near Kaduna.", [("Kaduna", "Nigeria")], "village chief",
     "Civilians (Nigeria)"),
])
def test_resolver_names_country_generic_actors_from_the_report_country(stages, text, places, surface,
                                                                       expected):
    assert value_of(run(stages, text, places=places), surface) == expected


@pytest.mark.parametrize(("published", "expected"), [
    (BEFORE_SPLIT, "Syrian Arab Army"), (AFTER_SPLIT, "Military Forces of Syria (2024-)"),
])
def test_resolver_picks_the_state_forces_of_the_publication_date(stages, published, expected):
    doc = run(stages, "The army shelled Idlib.", published=published, places=[("Idlib", "Syria")])
    assert value_of(doc, "The army") == expected


def test_resolver_prefers_the_local_state_over_a_foreign_force_named_long_before(stages):
    text = ("French troops left the country in 2022. The new government thanked Russia. "
            "Talks went on for months. On Sunday soldiers were ambushed near Tillaberi in Niger.")
    doc = run(stages, text, places=[("Tillaberi", "Niger")])
    assert value_of(doc, "soldiers") == "Military Forces of Niger"


def test_resolver_keeps_names_and_shapes_as_recognised(stages):
    doc = run(stages, "The Zarqawi Martyrs Brigade and Hezbollah fought.")
    assert value_of(doc, "Zarqawi Martyrs Brigade") == "Zarqawi Martyrs Brigade"
    assert value_of(doc, "Hezbollah") == "Hezbollah"


def test_resolve_generic_only_counts_mentions_before_the_position(stages, actor_ontology):
    text = "The jihadists fled. Islamic State later claimed the attack."
    doc = run(stages, text)
    generic = next(m for m in doc.actor_mentions if m.text == "jihadists")
    resolver = stages[2]
    assert resolver.resolve_generic(generic, doc, position=len(text)) is not None
    unresolved = [m for m in doc.actor_mentions if m.text == "jihadists"][0]
    assert resolver.resolve_generic(unresolved, doc, position=0).name == "Islamic State"  # most salient


def test_resolver_declares_its_fields(stages):
    resolver = stages[2]
    assert resolver.reads == ("actor_mentions", "place_mentions") and resolver.adds == ()


@pytest.mark.parametrize(("text", "matches"), [
    (" State, Nigeria", True), (" Delta region", True), (" River", True), (" said", False),
    (" Statesman", False),
])
def test_country_name_place_words_match_their_examples(text, matches):
    from sitrep.resolve.actors import COUNTRY_NAME_PLACE_WORDS

    assert (COUNTRY_NAME_PLACE_WORDS.match(text) is not None) is matches


def test_resolver_does_not_read_niger_state_as_niger(stages):
    text = "Residents of Lapai in Niger State fled after gunmen attacked. Nigeria's police arrived."
    doc = run(stages, text)
    assert value_of(doc, "Residents") == "Civilians (Nigeria)"


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants attacked a police station in Zahedan, killing 11 security personnel.", "Police Forces of Iran"),
    ("Three security forces officers were killed in Zahedan.", "Police Forces of Iran"),
    ("Security forces shelled rebel positions near Zahedan.", "Military Forces of Iran"),
])
def test_resolver_security_forces_are_the_police_where_the_sentence_speaks_of_police(stages, text, expected):
    doc = run(stages, text, places=[("Zahedan", "Iran")])
    surface = next(m.text for m in doc.actor_mentions if m.text.lower().startswith("security"))
    assert value_of(doc, surface) == expected


def test_resolver_reads_federal_forces_in_the_report_country_only(stages):
    doc = run(stages, "Federal forces arrested a cartel leader in Guanajuato.", places=[("Guanajuato", "Mexico")])
    assert all(m.value is None or "Ethiopia" not in m.value.name for m in doc.actor_mentions)


@pytest.mark.parametrize(("text", "matches"), [
    ("security forces", True), ("the security personnel", True), ("security forces officers", True),
    ("security council", False),
])
def test_resolver_security_phrase_matches_its_examples(text, matches):
    assert (SECURITY_PHRASE.match(text) is not None) is matches


@pytest.mark.parametrize(("text", "matches"), [
    ("a police station", True), ("two officers", True), ("law enforcement bases", True),
    ("army positions", False), ("the policy", False),
])
def test_resolver_police_cue_matches_its_examples(text, matches):
    assert (POLICE_CUE.search(text) is not None) is matches


@pytest.mark.parametrize(("text", "places", "expected"), [
    ("Fighters from the Tebu ethnic group clashed with the army near Murzuq.", [("Murzuq", "Libya")],
     "Tebu Ethnic Militia (Libya)"),
    # The Tebu live on both sides of the border: in a report on Chad they are not Libya's militia.
    ("Fighters from the Tebu ethnic group clashed with the army near Faya.", [("Faya", "Chad")], None),
])
def test_resolver_keeps_a_peoples_militia_only_in_its_country(stages, text, places, expected):
    assert value_of(run(stages, text, places=places), "Tebu ethnic group") == expected


@pytest.mark.parametrize(("text", "places", "surface", "expected"), [
    # The report's own word for a named group: "terrorists" after "YPG terrorists" is the YPG,
    # even with a jihadist group named before.
    ("Islamic State claimed a bombing in Raqqa. Turkish jets struck YPG terrorists near Afrin. "
     "The terrorists fled east.", [("Afrin", "Syria")], "terrorists", "People's Protection Units"),
    # No jihadist group named: "terrorists" is the armed group named before.
    ("Turkish troops fought the YPG near Tal Abyad. The terrorists fled east.", [("Tal Abyad", "Syria")],
     "terrorists", "People's Protection Units"),
    # Only state forces named before: the unidentified armed group.
    ("Turkish troops entered Tal Abyad. The terrorists fled east.", [("Tal Abyad", "Syria")],
     "terrorists", "Unidentified Armed Group (Syria)"),
])
def test_resolver_reads_terrorists_as_the_group_the_report_calls_so(stages, text, places, surface, expected):
    assert value_of(run(stages, text, places=places), surface) == expected


@pytest.mark.parametrize(("text", "places", "surface", "expected"), [
    ("A Karabakh soldier was killed by Azerbaijani fire near Martuni.", [("Martuni", "Azerbaijan")],
     "soldier", "Nagorno-Karabakh Defense Army"),
    ("A soldier was killed near Martuni.", [("Martuni", "Azerbaijan")], "soldier", "Military Forces of Azerbaijan"),
    ("Clashes broke out between the army and gunmen loyal to deposed ruler Bashar al-Assad in Latakia.",
     [("Latakia", "Syria")], "gunmen", "Pro-Assad Militias"),
    ("Gunmen loyal to a local commander attacked a checkpoint in Latakia.", [("Latakia", "Syria")], "Gunmen",
     "Unidentified Armed Group (Syria)"),
])
def test_resolver_reads_whose_force_the_words_around_a_generic_say(stages, text, places, surface, expected):
    doc = run(stages, text, places=places, published=AFTER_SPLIT)
    assert value_of(doc, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # "Security forces" in Congo are Congo's, not the Rwandan army named just before.
    ("Rwandan troops back the rebels. The rebels seized Goma after fighting with security forces.",
     "security forces", "Military Forces of the Democratic Republic of Congo"),
    # "The soldiers" may still be the foreign army named before them.
    ("Rwandan troops entered Goma. The soldiers then advanced.", "soldiers", "Military Forces of Rwanda"),
])
def test_resolver_security_forces_are_the_host_states_not_a_foreign_army(stages, text, surface, expected):
    doc = run(stages, text, places=[("Goma", "Democratic Republic of Congo")])
    assert value_of(doc, surface) == expected


@pytest.mark.parametrize(("text", "matches"), [
    ("On Monday the ", True),
    ("Police said these ", True),
    ("the same ", True),
    ("On Monday ", False),
    ("Police said some ", False),
    ("the town, ", False),
])
def test_resolver_definite_before_matches_its_examples(text, matches):
    assert (DEFINITE_BEFORE.search(text) is not None) == matches


BACKSTORY_TTP = "Violence has grown after the TTP broke off peace talks in October 2021."
PAKISTAN = (("Bannu", "Pakistan"),)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a group named only in the backstory, after or before: new men are unidentified
    ("Terrorists raided a police post in Bannu on Tuesday. " + BACKSTORY_TTP, "Terrorists",
     "Unidentified Armed Group (Pakistan)"),
    (BACKSTORY_TTP + " On Tuesday suspected terrorists raided a police post in Bannu.", "suspected terrorists",
     "Unidentified Armed Group (Pakistan)"),
    # "the terrorists" points back at the group named before, backstory or not
    (BACKSTORY_TTP + " On Tuesday the terrorists raided a police post in Bannu.", "terrorists",
     "Tehrik-i-Taliban Pakistan"),
    # a group named in today's news is what the report's terrorists are
    ("Terrorists raided a police post in Bannu on Tuesday. The TTP claimed the raid.", "Terrorists",
     "Tehrik-i-Taliban Pakistan"),
])
def test_resolver_reads_new_terrorists_apart_from_a_group_of_the_backstory(stages, text, surface, expected):
    doc = run(stages, text, published=dt.date(2024, 5, 10), places=PAKISTAN)
    assert value_of(doc, surface) == expected


@pytest.mark.parametrize(("text", "places", "surface", "expected"), [
    # A force "of" an actor that the context decides is that actor's, resolved on the spot.
    ("Houthi rebels shelled Marib on Monday. Warplanes of the coalition struck their positions near Harib.",
     [("Marib", "Yemen"), ("Harib", "Yemen")], "Warplanes", "Saudi-led Coalition"),
    ("Two soldiers of the Defense Army were wounded near Martuni on Sunday.", [("Martuni", "Azerbaijan")],
     "soldiers", "Nagorno-Karabakh Defense Army"),
    # People "from" terrorist violence are no terrorists: only armed men take their "of" actor.
    ("ISWAP attacked Monguno. The army said it would protect villagers from terrorist violence in Borno.",
     [("Borno", "Nigeria"), ("Monguno", "Nigeria")], "villagers", "Civilians (Nigeria)"),
])
def test_resolver_reads_a_force_of_an_actor_the_context_decides(stages, text, places, surface, expected):
    assert value_of(run(stages, text, places=places), surface) == expected


@pytest.mark.parametrize(("text", "places", "surface", "expected"), [
    # In Syria and Iraq the international air campaign is the US-led coalition's, not the host army's.
    ("Militants fell back towards Raqqa under strikes of the international air force.", [("Raqqa", "Syria")],
     "international air force", "US-led Coalition"),
    ("International warplanes bombed hideouts near Qaim.", [("Qaim", "Iraq")], "International warplanes",
     "US-led Coalition"),
    # Pakistan's Rangers, like its Frontier Corps, are the army's; Nigeria's DSS is coded with the police.
    ("Rangers arrested 12 suspects in Karachi.", [("Karachi", "Pakistan")], "Rangers", "Military Forces of Pakistan"),
    ("DSS operatives arrested two men in Enugu.", [("Enugu", "Nigeria")], "DSS operatives",
     "Police Forces of Nigeria"),
])
def test_resolver_reads_a_force_by_its_local_name_in_its_country(stages, text, places, surface, expected):
    assert value_of(run(stages, text, places=places), surface) == expected


@pytest.mark.parametrize(("text", "places", "surface", "not_expected"), [
    ("The international air force struck tanks near Benghazi.", [("Benghazi", "Libya")], "international air force",
     "US-led Coalition"),
    ("Poachers killed two rangers in Virunga park near Goma.", [("Goma", "Democratic Republic of Congo")], "rangers",
     "Military Forces of Pakistan"),
])
def test_resolver_leaves_a_local_name_of_a_force_elsewhere(stages, text, places, surface, not_expected):
    doc = run(stages, text, places=places)
    assert all(m.value is None or m.value.name != not_expected for m in doc.actor_mentions
               if surface in m.text or m.text in surface)


@pytest.mark.parametrize(("text", "places", "surface", "expected"), [
    # Foreigners told by their trade are civilians of their nationality...
    ("Bandits kidnapped two Turkish engineers in Kogi.", [("Kogi", "Nigeria")], "Turkish engineers",
     "Civilians (Turkey)"),
    ("Gunmen shot dead a Chinese engineer in Karachi.", [("Karachi", "Pakistan")], "Chinese engineer",
     "Civilians (China)"),
    ("Militants killed two French tourists near Tanguieta.", [("Tanguieta", "Benin")], "French tourists",
     "Civilians (France)"),
    # ... and their nationality does not make the report about their country: the gunmen are local.
    ("Bandits kidnapped two Turkish engineers in Kogi.", [("Kogi", "Nigeria")], "Bandits",
     "Unidentified Armed Group (Nigeria)"),
    ("Gunmen killed a Pakistani worker in Kabul.", [("Kabul", "Afghanistan")], "Gunmen",
     "Unidentified Armed Group (Afghanistan)"),
    ("Gunmen abducted three Chinese nationals in Kaduna.", [("Kaduna", "Nigeria")], "Gunmen",
     "Unidentified Armed Group (Nigeria)"),
    # Guards of prisons and customs posts are the country's police.
    ("Gunmen stormed a prison in Owerri, killing two prison guards.", [("Owerri", "Nigeria")], "prison guards",
     "Police Forces of Nigeria"),
    ("Jihadists killed three customs officers near Makalondi.", [("Makalondi", "Niger")], "customs officers",
     "Police Forces of Niger"),
    # "Russian contractors" are no civilians: Wagner's men are called so.
    ("Russian contractors and Malian troops attacked Moura.", [("Moura", "Mali")], "Russian contractors", None),
])
def test_resolver_reads_people_named_by_their_trade(stages, text, places, surface, expected):
    doc = run(stages, text, places=places)
    found = [m.value.name if m.value else None for m in doc.actor_mentions if m.text == surface]
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(("text", "places", "surface", "expected"), [
    # Armed men of no state are read in the country their demonym names, not where they struck.
    ("Palestinian militants fired a rocket at Sderot.", [("Sderot", "Israel")], "militants",
     "Unidentified Armed Group (Palestine)"),
    ("Lebanese militants fired rockets at Metula.", [("Metula", "Israel")], "militants",
     "Unidentified Armed Group (Lebanon)"),
    ("Afghan gunmen attacked a border post near Chaman.", [("Chaman", "Pakistan")], "gunmen",
     "Unidentified Armed Group (Afghanistan)"),
    ("Malian jihadists attacked a village near Tera.", [("Tera", "Niger")], "jihadists",
     "Unidentified Armed Group (Mali)"),
    # a group the report names still wins, and a state's "fighters" keep the event's country
    ("Hamas rules Gaza. Palestinian militants fired a rocket at Sderot.", [("Sderot", "Israel")], "militants",
     "Hamas"),
    ("A strike near Damascus killed four Iranian fighters.", [("Damascus", "Syria")], "fighters",
     "Unidentified Armed Group (Syria)"),
    # no demonym: the event's country
    ("Militants fired a rocket at Sderot.", [("Sderot", "Israel")], "Militants", "Unidentified Armed Group (Israel)"),
])
def test_resolver_reads_armed_men_in_their_demonyms_country(stages, text, places, surface, expected):
    assert value_of(run(stages, text, places=places), surface) == expected


@pytest.mark.parametrize(("text", "places", "surface", "expected"), [
    ("Armed men believed to be ELN members killed two soldiers in Arauca.", [("Arauca", "Colombia")],
     "Armed men", "National Liberation Army (Colombia)"),
    ("Gunmen suspected to be members of the ADF killed 11 civilians in Lubero.",
     [("Lubero", "Democratic Republic of Congo")], "Gunmen", "Allied Democratic Forces"),
    ("Gunmen thought to be from al-Shabaab attacked a bus near Mandera.", [("Mandera", "Kenya")], "Gunmen",
     "Al-Shabaab"),
    # a belief about something else names no one
    ("Gunmen believed to be hiding in the forest attacked Beni.", [("Beni", "Democratic Republic of Congo")],
     "Gunmen", "Unidentified Armed Group (Democratic Republic of Congo)"),
])
def test_resolver_reads_armed_men_as_the_group_they_are_believed_to_be(stages, text, places, surface, expected):
    assert value_of(run(stages, text, places=places), surface) == expected
