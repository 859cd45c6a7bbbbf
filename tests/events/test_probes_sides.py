"""Plain wire sentences of conflicts the gold reports cover little, checked for their sides in order.

Made-up sentences (Israel and Lebanon, the Red Sea, Ukraine and Russia, the Sahel, Myanmar, the Congo,
Sudan, Haiti, Colombia, Mexico, Pakistan, Somalia, Nigeria), published on a Friday, each with the
actor1 and actor2 a careful coder records (ANNOTATION.md; None where no side is named). The rules are
run without the eventness model, as in `test_probes.py`, so that retraining does not move them.
"""
import datetime as dt

import pytest

from sitrep.model import Document

PUBLISHED = dt.date(2024, 3, 15)

IDF, RUSSIA, UKRAINE = "Military Forces of Israel", "Military Forces of Russia", "Military Forces of Ukraine"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"

#: (text, actor1, actor2): one of the sentence's events has exactly these sides.
SIDES = [
    # Israel, Gaza and Lebanon
    ("Hezbollah fired rockets at Metula on Tuesday.", "Hezbollah", None),
    ("Palestinian militants fired a rocket at Sderot on Monday.", "Unidentified Armed Group (Palestine)", None),
    ("Gazan militants fired rockets at Ashkelon on Tuesday.", "Unidentified Armed Group (Palestine)", None),
    ("Lebanese militants fired rockets at northern Israel on Wednesday.", "Unidentified Armed Group (Lebanon)", None),
    ("Rockets fired from the Gaza Strip struck Ashkelon on Tuesday, wounding two people.",
     "Unidentified Armed Group (Palestine)", "Civilians (Israel)"),
    ("Israeli warplanes struck Hezbollah positions near Nabatieh on Wednesday.", IDF, "Hezbollah"),
    ("Three Hezbollah fighters were killed in an Israeli drone strike in Bint Jbeil on Monday.", IDF, "Hezbollah"),
    ("An anti-tank missile launched by Hezbollah hit an Israeli army post near Shtula on Thursday.", "Hezbollah", IDF),
    ("Islamic Jihad fighters clashed with Israeli troops in Jenin on Tuesday.", "Palestinian Islamic Jihad", IDF),
    ("Israeli soldiers shot dead a Palestinian man in Nablus on Monday.", IDF, "Civilians (Palestine)"),
    ("Hamas claimed a rocket barrage on Ashkelon on Wednesday.", "Hamas", None),
    ("Israeli settlers attacked Palestinian farmers near Ramallah on Friday.", "Settlers (Israel)",
     "Civilians (Palestine)"),
    ("Three civilians were wounded by an Israeli drone in south Lebanon on Tuesday.", IDF, "Civilians (Lebanon)"),
    ("A house in Kiryat Shmona was hit by a Hezbollah rocket on Monday.", "Hezbollah", None),
    # the Red Sea
    ("Houthi rebels fired a missile at a commercial ship in the Red Sea on Tuesday.", "Ansar Allah", None),
    ("A cargo ship was hit by a Houthi drone off Hodeidah on Monday.", "Ansar Allah", None),
    ("The Houthis said they targeted a US destroyer in the Gulf of Aden on Wednesday.", "Ansar Allah",
     "Military Forces of the United States"),
    ("A drone launched by the Houthis struck a tanker in the Red Sea on Thursday.", "Ansar Allah", None),
    # Ukraine and Russia
    ("Ukrainian drones attacked an oil refinery in Russia's Belgorod region on Tuesday.", UKRAINE, None),
    ("A Ukrainian drone attack set fire to a fuel depot in Bryansk on Monday, the governor said.", UKRAINE, None),
    ("Russian forces dropped glide bombs on Kharkiv on Wednesday, injuring nine people.", RUSSIA,
     "Civilians (Ukraine)"),
    ("Two people were killed by a Russian glide bomb in Kharkiv on Thursday.", RUSSIA, "Civilians (Ukraine)"),
    ("Russian glide bombs killed three people in Kharkiv on Friday.", RUSSIA, "Civilians (Ukraine)"),
    ("Kharkiv was hit by Russian missiles on Tuesday, killing four civilians.", RUSSIA, "Civilians (Ukraine)"),
    ("Ukrainian troops and Russian forces clashed near Chasiv Yar on Monday.", UKRAINE, RUSSIA),
    ("Four people died when a Ukrainian drone hit a bus in Donetsk on Sunday.", UKRAINE, "Civilians (Ukraine)"),
    ("Kyiv's forces struck a Russian command post in Kursk region on Tuesday.", UKRAINE, RUSSIA),
    ("Moscow's forces shelled Kherson on Monday, killing two civilians.", RUSSIA, "Civilians (Ukraine)"),
    # the Sahel
    ("Seven soldiers were killed in an attack claimed by JNIM near Kaya on Sunday.", JNIM,
     "Military Forces of Burkina Faso"),
    ("Islamic State Sahel fighters ambushed Malian troops near Menaka on Monday.", "Islamic State Sahel Province",
     "Military Forces of Mali"),
    ("The attack on the army post near Tillaberi, which killed 12 soldiers, was blamed on the Islamic State.",
     "Islamic State Sahel Province", "Military Forces of Niger"),
    ("Five soldiers were killed by a JNIM roadside bomb near Gao on Monday.", JNIM, "Military Forces of Mali"),
    ("Malian jihadists attacked a village near Mopti on Monday, killing 20 people.",
     "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # Myanmar
    ("PDF fighters attacked a junta checkpoint in Sagaing on Tuesday.", "People's Defence Force",
     "Military Forces of Myanmar"),
    ("The Arakan Army and junta troops clashed in Maungdaw on Monday.", "Arakan Army", "Military Forces of Myanmar"),
    ("Junta aircraft bombed a village in Kachin state on Sunday, killing eight civilians.",
     "Military Forces of Myanmar", "Civilians (Myanmar)"),
    # the Congo
    ("ADF rebels killed 14 villagers in an attack near Beni on Tuesday.", "Allied Democratic Forces",
     "Civilians (Democratic Republic of Congo)"),
    ("Wazalendo fighters clashed with M23 rebels in Masisi on Monday.", "Wazalendo", "March 23 Movement"),
    ("FARDC soldiers fought M23 rebels near Sake on Wednesday.",
     "Military Forces of the Democratic Republic of Congo", "March 23 Movement"),
    ("Gunmen suspected to be members of the ADF killed 11 civilians in Lubero on Monday.",
     "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)"),
    ("Shelling by M23 rebels killed four civilians in Goma on Sunday.", "March 23 Movement",
     "Civilians (Democratic Republic of Congo)"),
    # Sudan
    ("The RSF shelled El Fasher on Monday, killing 10 civilians, according to activists.", "Rapid Support Forces",
     "Civilians (Sudan)"),
    ("Clashes between the army and the Rapid Support Forces erupted in Omdurman on Tuesday.",
     "Military Forces of Sudan", "Rapid Support Forces"),
    ("Paramilitary fighters killed 40 villagers in Al Jazira state on Wednesday, in an attack activists "
     "blamed on the RSF.", "Rapid Support Forces", "Civilians (Sudan)"),
    # Haiti
    ("Viv Ansanm gang members attacked a police station in Port-au-Prince on Tuesday.", "Viv Ansanm",
     "Police Forces of Haiti"),
    # Colombia and Mexico
    ("ELN guerrillas attacked a military base in Arauca on Tuesday, killing two soldiers.",
     "National Liberation Army (Colombia)", "Military Forces of Colombia"),
    ("Armed men believed to be ELN members killed two soldiers in Arauca on Tuesday.",
     "National Liberation Army (Colombia)", "Military Forces of Colombia"),
    ("Clashes between the ELN and FARC dissidents displaced hundreds in Catatumbo on Monday.",
     "National Liberation Army (Colombia)", "FARC Dissidents"),
    ("Two police officers were killed in an ambush blamed on the Clan del Golfo in Antioquia on Wednesday.",
     "Gulf Clan", "Police Forces of Colombia"),
    ("Sinaloa Cartel gunmen killed six people in Culiacan on Tuesday.", "Sinaloa Cartel", "Civilians (Mexico)"),
    # Pakistan, Somalia, Nigeria
    ("TTP militants attacked a police post in Dera Ismail Khan on Tuesday, killing three policemen.",
     "Tehrik-i-Taliban Pakistan", "Police Forces of Pakistan"),
    ("Baloch separatists killed seven laborers in Gwadar on Sunday.", "Unidentified Armed Group (Pakistan)",
     "Civilians (Pakistan)"),
    ("Pakistani Taliban fighters killed four soldiers in North Waziristan on Sunday.", "Tehrik-i-Taliban Pakistan",
     "Military Forces of Pakistan"),
    ("Al-Shabaab fighters attacked an ATMIS base near Baidoa on Tuesday.", "Al-Shabaab",
     "African Union Transition Mission in Somalia"),
    ("Somali militants stormed a hotel in Mogadishu on Friday, killing 10 people.",
     "Unidentified Armed Group (Somalia)", "Civilians (Somalia)"),
    ("ISWAP fighters killed nine soldiers in an attack on a base in Borno on Wednesday.",
     "Islamic State West Africa Province", "Military Forces of Nigeria"),
    ("Nigerian troops killed 15 bandits in Katsina on Monday.", "Military Forces of Nigeria",
     "Unidentified Armed Group (Nigeria)"),
    # passives with "by", appositions, participles, claims and blame
    ("Twelve soldiers were killed by al-Shabaab militants in an ambush near Afgoye on Tuesday.", "Al-Shabaab",
     "Military Forces of Somalia"),
    ("A Malian army convoy was ambushed by JNIM fighters near Niono on Monday.", JNIM, "Military Forces of Mali"),
    ("Hezbollah, the Iran-backed Lebanese group, fired dozens of rockets at Safed on Wednesday.", "Hezbollah", None),
    ("The TNLA, an ethnic armed group, and junta troops fought for control of Lashio on Monday.",
     "Ta'ang National Liberation Army", "Military Forces of Myanmar"),
    ("ISWAP, a jihadist group, and Nigerian troops clashed near Monguno on Tuesday.",
     "Islamic State West Africa Province", "Military Forces of Nigeria"),
    ("M23, which is backed by Rwanda, shelled Sake on Tuesday, killing three civilians.", "March 23 Movement",
     "Civilians (Democratic Republic of Congo)"),
    ("Attacking from motorbikes, ISSP fighters killed 20 soldiers near Tillaberi on Tuesday.",
     "Islamic State Sahel Province", "Military Forces of Niger"),
    ("Six people were killed in an attack claimed by the Islamic State in Kabul on Tuesday.",
     "Islamic State Khorasan Province", "Civilians (Afghanistan)"),
    ("A bombing in Quetta that killed nine people was claimed by the BLA on Monday.", "Balochistan Liberation Army",
     "Civilians (Pakistan)"),
    ("Two soldiers died in a blast blamed on the TTP in Bannu on Wednesday.", "Tehrik-i-Taliban Pakistan",
     "Military Forces of Pakistan"),
    ("Kenyan troops serving with ATMIS killed 15 al-Shabaab fighters in Lower Juba on Tuesday.",
     "Military Forces of Kenya", "Al-Shabaab"),
    ("CJNG gunmen ambushed a police patrol in Michoacan on Tuesday, killing four officers.",
     "Jalisco New Generation Cartel", "Police Forces of Mexico"),
    ("Russian troops fired on Ukrainian positions near Bakhmut on Monday.", RUSSIA, UKRAINE),
    ("Yemeni militants fired a drone at Eilat on Friday.", "Unidentified Armed Group (Yemen)", None),
    ("Houthi forces said they shot down a US MQ-9 drone over Marib on Tuesday.", "Ansar Allah",
     "Military Forces of the United States"),
    ("An Israeli strike killed a Hamas commander in Rafah on Monday.", IDF, "Hamas"),
    ("Israeli forces arrested 20 Palestinians in raids across the West Bank on Tuesday.", IDF,
     "Civilians (Palestine)"),
    ("Nigerian air force jets killed 30 bandits in Zamfara on Friday.", "Military Forces of Nigeria",
     "Unidentified Armed Group (Nigeria)"),
    ("Syrian government forces and Turkish-backed rebels exchanged fire near Afrin on Wednesday.",
     "Syrian Arab Army", "Syrian National Army"),
    # a side that tells of its own act, and the many names of a side
    ("Russia's Africa Corps said its fighters repelled a JNIM attack near Kidal on Monday.", JNIM, "Africa Corps"),
    ("Hezbollah said its fighters attacked Israeli soldiers near Metula on Tuesday.", "Hezbollah", IDF),
    ("Ukraine's military said it shot down 20 Russian drones over Kyiv overnight.", UKRAINE, RUSSIA),
    ("Russia said its air defences destroyed 15 Ukrainian drones over Belgorod on Tuesday.", RUSSIA, UKRAINE),
    ("The KIA said it had overrun a junta outpost near Myitkyina on Tuesday.", "Kachin Independence Army",
     "Military Forces of Myanmar"),
    ("MONUSCO peacekeepers came under fire from M23 rebels near Sake on Tuesday.", "March 23 Movement",
     "United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
    ("The RSF said its fighters downed an army drone over Nyala on Monday.", "Rapid Support Forces",
     "Military Forces of Sudan"),
    ("Suspected ISWAP fighters abducted 20 women in Borno on Tuesday.", "Islamic State West Africa Province",
     "Civilians (Nigeria)"),
    ("FARC dissidents attacked a police station in Jamundi with explosives on Tuesday.", "FARC Dissidents",
     "Police Forces of Colombia"),
    ("A TTP suicide bomber killed six policemen in Peshawar on Monday.", "Tehrik-i-Taliban Pakistan",
     "Police Forces of Pakistan"),
    ("Al-Shabaab said its fighters killed 20 Ethiopian troops near Baidoa on Monday.", "Al-Shabaab",
     "Military Forces of Ethiopia"),
    ("Fulani gunmen killed 20 villagers in Plateau state on Tuesday.", "Fulani Ethnic Militia (Nigeria)",
     "Civilians (Nigeria)"),
    ("Israeli troops raided the Nur Shams camp near Tulkarem on Tuesday, killing four Palestinian militants.", IDF,
     "Unidentified Armed Group (Palestine)"),
    # a group's men named by a compound, and the state a tank is told by
    ("Al-Qaeda-linked militants killed 15 soldiers near Djibo on Monday.", JNIM, "Military Forces of Burkina Faso"),
    ("Islamic State-affiliated fighters killed 12 villagers in Cabo Delgado on Sunday.",
     "Islamic State Mozambique Province", "Civilians (Mozambique)"),
    ("Al-Shabaab-linked gunmen attacked a bus near Mandera on Tuesday.", "Al-Shabaab", "Civilians (Kenya)"),
    ("Hezbollah's fighters fired anti-tank missiles at an Israeli tank near Metula on Monday.", "Hezbollah", IDF),
    ("Al-Shabaab fighters attacked a Kenyan military base in Lamu on Tuesday.", "Al-Shabaab",
     "Military Forces of Kenya"),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), SIDES, ids=[f"sides-{n}" for n in range(len(SIDES))])
def test_probes_sides_a_wire_sentence_names_its_sides_in_order(candidate_pipeline, text, actor1, actor2):
    events = candidate_pipeline.run(Document(id="probe", text=text, published=PUBLISHED)).events
    assert any((e.actor1, e.actor2) == (actor1, actor2) for e in events), \
        [(e.sub_event_type, e.actor1, e.actor2) for e in events]
