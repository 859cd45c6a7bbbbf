"""The shipped knowledge covers the armed actors and towns of the conflicts reports tell.

Each case is a made-up wire sentence naming a conflict's actors as reports do (acronyms,
common spellings, transliterations) or one of its district towns, run through the real
extraction pipeline: the mention must resolve to the canonical actor, or to the place in the
right country and first-level division with coordinates.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sitrep.model import Actor, Document, Place, WorkingDoc

PUBLISHED = dt.date(2024, 6, 1)


def _run(pipeline: Any, text: str) -> WorkingDoc:
    return pipeline.run(Document(id="coverage", text=text, published=PUBLISHED))


def _actor(doc: WorkingDoc, surface: str) -> str | None:
    for m in doc.actor_mentions:
        if m.text == surface:
            return m.value.name if isinstance(m.value, Actor) else None
    raise AssertionError(f"{surface!r} not among {[m.text for m in doc.actor_mentions]}")


def _place(doc: WorkingDoc, surface: str) -> Place:
    for m in doc.place_mentions:
        if m.text == surface and isinstance(m.value, Place):
            return m.value
    raise AssertionError(f"{surface!r} not among {[m.text for m in doc.place_mentions]}")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # Syria, Iraq, Yemen, Libya, Lebanon, Israel and Palestine
    ("HTS fighters attacked Syrian army positions near Saraqeb.", "HTS fighters", "Hayat Tahrir al-Sham"),
    ("The SNA clashed with the YPG near Manbij.", "YPG", "People's Protection Units"),
    ("Kata'ib Hezbollah fired rockets at Ain al-Asad.", "Kata'ib Hezbollah", "Kata'ib Hezbollah"),
    ("Hashd al-Shaabi fighters repelled an attack in Diyala.", "Hashd al-Shaabi fighters",
     "Popular Mobilization Forces"),
    ("Ansar Allah fighters clashed with government forces in Hays.", "Ansar Allah fighters", "Ansar Allah"),
    ("AQAP militants attacked a checkpoint in Abyan.", "AQAP militants", "Al-Qaeda in the Arabian Peninsula"),
    ("The LNA clashed with GNA forces near Gharyan.", "LNA", "Libyan National Army"),
    ("Hizbollah fighters attacked an Israeli tank near Metula.", "Hizbollah fighters", "Hezbollah"),
    ("The al-Qassam Brigades claimed the attack in Khan Younis.", "al-Qassam Brigades", "Hamas"),
    ("PIJ fighters fired mortars from Rafah.", "PIJ fighters", "Palestinian Islamic Jihad"),
    # The Sahel, Nigeria, Cameroon
    ("GSIM militants ambushed a convoy near Djibo in Burkina Faso.", "GSIM militants",
     "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("ISSP attacked the army in Tillaberi.", "ISSP", "Islamic State Sahel Province"),
    ("Africa Corps and Malian troops clashed with rebels near Kidal.", "Africa Corps", "Africa Corps"),
    ("ISWAP fighters attacked a military base in Monguno.", "ISWAP fighters", "Islamic State West Africa Province"),
    ("Lakurawa militants killed villagers in Kebbi State.", "Lakurawa militants", "Lakurawa"),
    ("Amba fighters killed gendarmes in Kumba.", "Amba fighters", "Ambazonian Separatists"),
    # Somalia, Sudan, South Sudan, Ethiopia
    ("Harakat al-Shabaab al-Mujahideen fighters attacked a base in Jilib.",
     "Harakat al-Shabaab al-Mujahideen fighters", "Al-Shabaab"),
    ("ATMIS forces repelled an attack in Bulo Burte.", "ATMIS forces",
     "African Union Transition Mission in Somalia"),
    ("The RSF attacked the SAF in Omdurman.", "SAF", "Military Forces of Sudan"),
    ("SSPDF soldiers clashed with SPLA-IO forces in Upper Nile.", "SPLA-IO forces",
     "Sudan People's Liberation Movement-in-Opposition"),
    ("Fano militiamen clashed with the ENDF near Gondar.", "ENDF", "Military Forces of Ethiopia"),
    ("The OLA, which the government calls Shene, attacked a town in Oromia.", "Shene", "Oromo Liberation Army"),
    # DR Congo, Mozambique, the Central African Republic
    ("M23 rebels seized Rubaya in North Kivu.", "M23 rebels", "March 23 Movement"),
    ("CODECO fighters attacked a camp in Djugu.", "CODECO fighters", "CODECO"),
    ("ISCAP militants killed ten civilians near Beni in North Kivu.", "ISCAP militants", "Allied Democratic Forces"),
    ("ISCAP militants attacked Mocimboa da Praia in Cabo Delgado.", "ISCAP militants",
     "Islamic State Mozambique Province"),
    ("ISIS-Mozambique fighters beheaded villagers in Macomia.", "ISIS-Mozambique fighters",
     "Islamic State Mozambique Province"),
    ("Raia Mutomboki militiamen attacked an army position in Shabunda.", "Raia Mutomboki militiamen",
     "Raia Mutomboki Militia"),
    ("Nyatura CMC fighters clashed with M23 in Masisi.", "Nyatura CMC fighters", "Nyatura Militia"),
    ("CODECO-URDPC militiamen attacked a camp in Djugu.", "CODECO-URDPC militiamen", "CODECO"),
    ("3R fighters killed civilians in Bocaranga.", "3R fighters", "Return, Reclamation, Rehabilitation"),
    # Afghanistan, Pakistan, India, Bangladesh, Myanmar, Thailand, the Philippines
    ("IS-K militants attacked a Shiite mosque in Kunduz.", "IS-K militants", "Islamic State Khorasan Province"),
    ("Tehreek-e-Taliban Pakistan militants attacked a checkpost in Bannu.",
     "Tehreek-e-Taliban Pakistan militants", "Tehrik-i-Taliban Pakistan"),
    ("The Baloch Liberation Army attacked a train in Balochistan.", "Baloch Liberation Army",
     "Balochistan Liberation Army"),
    ("The Resistance Front (TRF) claimed an attack in Pahalgam.", "The Resistance Front (TRF)",
     "The Resistance Front"),
    ("ARSA fighters clashed with rivals in the camps of Cox's Bazar in Bangladesh.", "ARSA fighters",
     "Arakan Rohingya Salvation Army"),
    ("The Arakan Army captured Paletwa in Chin State.", "Arakan Army", "Arakan Army"),
    ("The TNLA seized Mogok in Myanmar.", "TNLA", "Ta'ang National Liberation Army"),
    ("BRN militants attacked rangers in Pattani.", "BRN militants", "Barisan Revolusi Nasional"),
    ("Dawlah Islamiyah militants clashed with troops in Lanao del Sur.", "Dawlah Islamiyah militants",
     "Dawlah Islamiyah"),
    # Russia and Ukraine, Turkey, Iran, Armenia and Azerbaijan
    ("Wagner fighters stormed Bakhmut.", "Wagner fighters", "Wagner Group"),
    ("The HPG said its fighters clashed with Turkish soldiers near Amadiya.", "HPG", "Kurdistan Workers' Party"),
    ("PJAK fighters clashed with Iranian forces near Piranshahr.", "PJAK fighters", "Party of Free Life of Kurdistan"),
    ("Artsakh Defence Army fighters clashed with Azerbaijani soldiers.", "Artsakh Defence Army fighters",
     "Nagorno-Karabakh Defense Army"),
    # Colombia, Mexico, Haiti, Ecuador, Venezuela, Brazil
    ("The Clan del Golfo attacked soldiers near Caucasia.", "Clan del Golfo", "Gulf Clan"),
    ("FARC dissidents clashed with the army in Tibu.", "FARC dissidents", "FARC Dissidents"),
    ("CJNG gunmen killed police officers in Zamora, Michoacan.", "CJNG gunmen", "Jalisco New Generation Cartel"),
    ("Viv Ansanm gangs attacked Mirebalais.", "Viv Ansanm", "Viv Ansanm"),
    ("Los Choneros gang members attacked a prison in Guayaquil.", "Los Choneros", "Los Choneros"),
    ("Tren de Aragua members clashed with police in Caracas.", "Tren de Aragua members", "Tren de Aragua"),
    ("PCC members killed inmates in Manaus.", "PCC members", "Primeiro Comando da Capital"),
])
def test_actor_ontology_names_the_armed_actors_of_each_conflict(extraction_pipeline, text, surface, expected):
    assert _actor(_run(extraction_pipeline, text), surface) == expected


@pytest.mark.parametrize(("text", "surface", "name", "country", "admin1"), [
    ("Africa Corps and Malian troops clashed with rebels near Tinzaouaten in northern Mali.", "Tinzaouaten",
     "Tinzaouaten", "Mali", "Kidal"),
    ("Militants killed villagers near Barsalogho in Burkina Faso.", "Barsalogho", "Barsalogho", "Burkina Faso",
     "Centre-Nord"),
    ("ISWAP fighters overran a base in Malam Fatori, Borno State.", "Malam Fatori", "Malam Fatori", "Nigeria",
     "Borno"),
    ("Boko Haram insurgents attacked Baga in Borno State.", "Baga", "Baga", "Nigeria", "Borno"),
    ("Al-Shabaab militants attacked Somali troops in Barawe.", "Barawe", "Barawe", "Somalia", "Lower Shabelle"),
    ("Al-Shabaab fighters attacked a base in Bardera in Gedo.", "Bardera", "Bardhere", "Somalia", "Gedo"),
    ("Troops repelled an al-Shabaab attack on Afmadow.", "Afmadow", "Afmadow", "Somalia", "Lower Juba"),
    ("M23 rebels seized Rubaya in North Kivu.", "Rubaya", "Rubaya", "Democratic Republic of Congo", "North Kivu"),
    ("Twirwaneho fighters clashed with FARDC troops in Minembwe.", "Minembwe", "Minembwe",
     "Democratic Republic of Congo", "South Kivu"),
    ("CODECO fighters attacked a camp in Djugu.", "Djugu", "Djugu", "Democratic Republic of Congo", "Ituri"),
    ("MONUSCO peacekeepers were attacked near Bunia.", "Bunia", "Bunia", "Democratic Republic of Congo", "Ituri"),
    ("Islamic State Sahel Province fighters killed civilians near Menaka.", "Menaka", "Menaka", "Mali", "Menaka"),
    ("Insurgents raided Ancuabe in Cabo Delgado.", "Ancuabe", "Ancuabe", "Mozambique", "Cabo Delgado"),
    ("The OLA attacked a town in West Wollega.", "West Wollega", "West Wollega", "Ethiopia", "Oromia"),
    ("Tigrayan forces clashed with Eritrean troops near Shire.", "Shire", "Shire", "Ethiopia", "Tigray"),
    ("The Arakan Army captured Paletwa in Chin State.", "Paletwa", "Paletwa", "Myanmar", "Chin"),
    ("The MNDAA seized Laukkaing on the Chinese border.", "Laukkaing", "Laukkaing", "Myanmar", "Shan"),
    ("The Arakan Army seized Maungdaw.", "Maungdaw", "Maungdaw", "Myanmar", "Rakhine"),
    ("Militants attacked an army camp in Rajouri.", "Rajouri", "Rajouri", "India", "Jammu and Kashmir"),
    ("Security forces killed TTP militants in Khyber district.", "Khyber district", "Khyber district", "Pakistan",
     "Khyber Pakhtunkhwa"),
    ("The MILF fought the BIFF in Maguindanao del Sur.", "Maguindanao del Sur", "Maguindanao del Sur",
     "Philippines", "Maguindanao del Sur"),
    ("Gran Grif gang members killed residents of Pont-Sonde.", "Pont-Sonde", "Pont-Sondé", "Haiti", "Artibonite"),
    ("Turkish drones struck PKK positions in Qandil.", "Qandil", "Qandil Mountains", "Iraq", "Erbil"),
    ("Gangs attacked police in downtown Port-au-Prince.", "Port-au-Prince", "Port-au-Prince", "Haiti", "Ouest"),
    ("Raia Mutomboki militiamen attacked Shabunda.", "Shabunda", "Shabunda", "Democratic Republic of Congo",
     "South Kivu"),
    ("A drone strike killed two commanders near Sarmada in Idlib.", "Sarmada", "Sarmada", "Syria", "Idlib"),
    ("Gunmen killed national guard troops in Michoacan.", "Michoacan", "Michoacan", "Mexico", "Michoacan"),
    # Hamlets of Chiapas bear the names of states; two of them near each other do not win.
    ("The Gulf Cartel clashed with soldiers in Tamaulipas. Rival cartels fought in Guanajuato.", "Tamaulipas",
     "Tamaulipas", "Mexico", "Tamaulipas"),
    ("The Gulf Cartel clashed with soldiers in Tamaulipas. Rival cartels fought in Guanajuato.", "Guanajuato",
     "Guanajuato", "Mexico", "Guanajuato"),
])
def test_gazetteer_places_the_towns_of_each_conflict(extraction_pipeline, text, surface, name, country, admin1):
    place = _place(_run(extraction_pipeline, text), surface)
    assert (place.name, place.country, place.admin1) == (name, country, admin1)
    assert place.has_coordinates


@pytest.mark.parametrize(("text", "surface", "country"), [
    # The Mozambican and Nigerian towns are no namesakes abroad.
    ("Police dispersed protesters in Palma, Mallorca, Spain.", "Palma", "Spain"),
    ("Police detained activists at a beach in Baga, Goa.", "Baga", "India"),
])
def test_gazetteer_keeps_a_conflict_towns_namesake_abroad(extraction_pipeline, text, surface, country):
    assert _place(_run(extraction_pipeline, text), surface).country == country


@pytest.mark.parametrize("text", [
    "Meitei militants attacked Kuki villages in Bishnupur, Manipur.",
    "Police spokesman Nasir Ahmad said gunmen attacked a checkpoint in Kunduz.",
])
def test_place_recogniser_reads_no_people_or_person_as_a_town(extraction_pipeline, text):
    surfaces = {m.text for m in _run(extraction_pipeline, text).place_mentions}
    assert not surfaces & {"Kuki", "Nasir"}


def test_actor_ontology_leaves_vigilantes_abroad_to_their_country(extraction_pipeline):
    # Haiti's neighbourhood brigades are "vigilantes" only in a report about Haiti.
    text = "Vigilantes clashed with bandits in Katsina State."
    assert _actor(_run(extraction_pipeline, text), "Vigilantes") != "Vigilante Group (Haiti)"
    haiti = "Vigilantes killed two gang members in Port-au-Prince."
    assert _actor(_run(extraction_pipeline, haiti), "Vigilantes") == "Vigilante Group (Haiti)"
