"""Synthetic news corpus for benchmarking sitrep.

``news_corpus(n, seed)`` returns ``n`` distinct, news-length texts about armed
conflict, generated deterministically from the sentence templates and
vocabularies in this module. The texts read like wire or newspaper reports
(attacks, captures, talks, aid, protests, sanctions, arrests, threats,
statements, background and analysis) and are dense with what the engine
extracts: actors, places, attributed and hedged statements, denials, dates and
quantities.

Everything here was written for sitrep (Apache-2.0). The places,
organisations and public figures are real, but every generated event, figure
and quotation is fictional; nothing is copied from a real article. Witnesses
and analysts are invented names.

Standard library only. Run ``python benchmarks/corpus.py`` for a summary.
"""

from __future__ import annotations

import random
import re
from typing import Callable

__all__ = ["news_corpus", "CONFLICTS", "TEMPLATES", "LEADS"]

# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------

# Each armed group: (full name, short name, leader or None, members noun).
Group = tuple[str, str, "str | None", str]

CONFLICTS: list[dict] = [
    {
        "country": "Sudan", "capital": "Port Sudan", "demonym": "Sudanese",
        "gov": ["the army-aligned government in Port Sudan", "the Sudanese government",
                "the Sovereignty Council"],
        "army": ["the Sudanese Armed Forces (SAF)", "the Sudanese army"],
        "gov_leaders": ["army chief General Abdel Fattah al-Burhan",
                        "Sovereignty Council deputy chairman Malik Agar"],
        "groups": [
            ("the Rapid Support Forces (RSF)", "the RSF",
             "RSF commander Mohamed Hamdan Dagalo, known as Hemedti", "RSF fighters"),
            ("the Sudan People's Liberation Movement-North (SPLM-N)", "the SPLM-N",
             "SPLM-N leader Abdelaziz al-Hilu", "SPLM-N fighters"),
            ("the Joint Forces of Darfuri armed movements", "the Joint Forces", None,
             "Joint Forces fighters"),
        ],
        "cities": ["Khartoum", "Omdurman", "El Fasher", "Nyala", "El Obeid", "Wad Madani",
                   "Kadugli", "El Geneina", "Sennar"],
        "towns": ["Tawila", "Mellit", "Um Kadada", "Sinja", "Bara", "Kutum", "Babanusa",
                  "Kabkabiya", "Al-Nuhud"],
        "bases": ["the Wadi Seidna air base", "the Jebel Awliya base",
                  "the 22nd Infantry Division base in Babanusa", "the Merowe air base"],
        "crossings": ["the Adre crossing", "the Tine crossing", "the Argeen crossing",
                      "the Renk border crossing"],
        "camps": ["Zamzam camp", "Abu Shouk camp", "Kalma camp", "Otash camp"],
        "regions": ["North Darfur", "South Kordofan", "Gezira state", "Blue Nile state",
                    "West Kordofan"],
        "neighbours": ["Chad", "Egypt", "South Sudan", "the Central African Republic"],
        "foreign": ["the United States", "Saudi Arabia", "the United Arab Emirates", "Egypt",
                    "the United Kingdom", "Turkey"],
        "igos": ["the African Union", "the Intergovernmental Authority on Development (IGAD)",
                 "the Arab League"],
        "venues": ["Jeddah", "Geneva", "Addis Ababa", "Manama", "Cairo"],
        "names": "arab",
        "background": [
            "The war between {army} and the RSF erupted in Khartoum in April 2023 after a "
            "dispute over plans to integrate the paramilitary force into the regular army.",
            "The UN describes the conflict in Sudan as the world's largest displacement "
            "crisis, with more than 11 million people forced from their homes.",
            "Darfur was the scene of mass killings in the early 2000s, when the Janjaweed "
            "militias from which the RSF emerged were accused of genocide.",
        ],
    },
    {
        "country": "Ukraine", "capital": "Kyiv", "demonym": "Ukrainian",
        "gov": ["the Ukrainian government", "Kyiv", "the presidential office in Kyiv"],
        "army": ["the Ukrainian armed forces", "the Ukrainian General Staff",
                 "the Ukrainian army"],
        "gov_leaders": ["President Volodymyr Zelensky", "Defence Minister Rustem Umerov",
                        "Foreign Minister Andrii Sybiha"],
        "groups": [
            ("the Russian armed forces", "Russian forces",
             "Russia's chief of the general staff, Valery Gerasimov", "Russian troops"),
            ("the Russian Defence Ministry's Northern group of forces", "the Northern group",
             None, "Russian soldiers"),
            ("the Russian Volunteer Corps", "the Russian Volunteer Corps", None,
             "Russian Volunteer Corps fighters"),
        ],
        "cities": ["Kharkiv", "Zaporizhzhia", "Dnipro", "Odesa", "Kherson", "Sumy",
                   "Kramatorsk", "Pokrovsk", "Belgorod", "Kursk"],
        "towns": ["Vovchansk", "Kupiansk", "Chasiv Yar", "Toretsk", "Huliaipole",
                  "Lyptsi", "Siversk", "Sudzha", "Kostiantynivka", "Orikhiv"],
        "bases": ["the Starokostiantyniv air base", "the Myrhorod air base",
                  "the Saky air base in Crimea", "the Engels air base"],
        "crossings": ["the Kosht crossing on the Sumy border", "the Sudzha gas metering station",
                      "the Chop border crossing", "the Krasnopillia checkpoint"],
        "camps": ["a displacement centre in Pavlohrad", "the Modular Town shelter in Lviv",
                  "a collective centre in Zaporizhzhia"],
        "regions": ["the Kharkiv region", "the Donetsk region", "the Zaporizhzhia region",
                    "the Sumy region", "the Kursk region"],
        "neighbours": ["Poland", "Moldova", "Romania", "Belarus"],
        "foreign": ["the United States", "Germany", "France", "the United Kingdom", "Turkey",
                    "China", "Poland"],
        "igos": ["NATO", "the European Union", "the Organization for Security and Co-operation "
                 "in Europe (OSCE)", "the International Atomic Energy Agency (IAEA)"],
        "venues": ["Istanbul", "Riyadh", "Geneva", "Jeddah", "Abu Dhabi"],
        "names": "slavic",
        "background": [
            "Russia launched its full-scale invasion of Ukraine in February 2022 and now "
            "occupies about a fifth of the country's territory.",
            "Russian forces have relied heavily on guided aerial bombs and waves of "
            "Shahed-type drones to wear down Ukrainian defences and infrastructure.",
            "Kyiv has repeatedly urged Western allies to supply more air-defence systems, "
            "saying its cities remain exposed to nightly missile and drone attacks.",
        ],
    },
    {
        "country": "Gaza", "capital": "Jerusalem", "demonym": "Israeli",
        "gov": ["the Israeli government", "the Israeli security cabinet",
                "the prime minister's office"],
        "army": ["the Israeli military", "the Israel Defense Forces (IDF)"],
        "gov_leaders": ["Prime Minister Benjamin Netanyahu", "Defence Minister Israel Katz"],
        "groups": [
            ("Hamas", "Hamas", "senior Hamas official Khalil al-Hayya", "Hamas gunmen"),
            ("Palestinian Islamic Jihad", "Islamic Jihad",
             "Islamic Jihad leader Ziyad al-Nakhalah", "Islamic Jihad militants"),
            ("the Popular Resistance Committees", "the Popular Resistance Committees", None,
             "militants"),
        ],
        "cities": ["Gaza City", "Khan Younis", "Rafah", "Deir al-Balah", "Beit Lahiya",
                   "Jabalia", "Sderot"],
        "towns": ["Beit Hanoun", "Bani Suheila", "Abasan al-Kabira", "al-Zawaida",
                  "Khuza'a", "al-Qarara"],
        "bases": ["the Re'im base", "the Nahal Oz base", "the Zikim base",
                  "the Netzarim corridor outposts"],
        "crossings": ["the Kerem Shalom crossing", "the Rafah crossing", "the Zikim crossing",
                      "the Erez crossing", "the Kissufim crossing"],
        "camps": ["Nuseirat camp", "Bureij camp", "al-Mawasi", "Maghazi camp", "Shati camp"],
        "regions": ["northern Gaza", "southern Gaza", "central Gaza", "the Gaza Strip"],
        "neighbours": ["Egypt", "Jordan", "Lebanon"],
        "foreign": ["the United States", "Egypt", "Qatar", "France", "the United Kingdom",
                    "Germany", "Turkey"],
        "igos": ["the UN Relief and Works Agency (UNRWA)", "the Arab League",
                 "the Organisation of Islamic Cooperation", "the European Union"],
        "venues": ["Cairo", "Doha", "Sharm el-Sheikh", "Paris"],
        "names": "arab",
        "ministries": ["the Gaza health ministry", "the Israeli foreign ministry",
                       "the Israeli defence ministry"],
        "background": [
            "The war in Gaza began after Hamas-led gunmen attacked southern Israel on "
            "October 7, 2023, killing about 1,200 people and taking more than 250 hostages.",
            "Most of the 2.1 million people in Gaza have been displaced at least once, many "
            "of them several times, according to the United Nations.",
            "Large parts of Gaza City, Khan Younis and Rafah have been reduced to rubble, and "
            "most hospitals in the enclave are only partly functioning.",
        ],
    },
    {
        "country": "Yemen", "capital": "Aden", "demonym": "Yemeni",
        "gov": ["the internationally recognised government", "the Presidential Leadership "
                "Council", "the Yemeni government in Aden"],
        "army": ["government forces", "the Yemeni army"],
        "gov_leaders": ["Presidential Leadership Council chairman Rashad al-Alimi"],
        "groups": [
            ("the Houthi movement", "the Houthis", "Houthi leader Abdul-Malik al-Houthi",
             "Houthi fighters"),
            ("al-Qaeda in the Arabian Peninsula (AQAP)", "AQAP", None, "AQAP militants"),
            ("the Southern Transitional Council (STC)", "the STC",
             "STC president Aidarous al-Zubaidi", "STC fighters"),
        ],
        "cities": ["Sanaa", "Aden", "Hodeidah", "Taiz", "Marib", "Mukalla", "Saada", "Ibb"],
        "towns": ["Mocha", "Harib", "Hays", "al-Khokha", "Midi", "al-Abdiyah", "Sirwah"],
        "bases": ["the al-Anad air base", "the al-Dailami air base",
                  "the Ras Isa oil terminal", "the Kamaran island garrison"],
        "crossings": ["the port of Hodeidah", "the al-Wadiah border crossing",
                      "the Shahin crossing", "the Bab al-Mandab Strait"],
        "camps": ["al-Jufainah camp", "al-Suwayda camp", "the Kharaz refugee camp"],
        "regions": ["Marib governorate", "Taiz governorate", "Saada province",
                    "the Red Sea coast", "Hadramawt"],
        "neighbours": ["Saudi Arabia", "Oman", "Djibouti"],
        "foreign": ["the United States", "Saudi Arabia", "the United Arab Emirates", "Oman",
                    "Iran", "the United Kingdom"],
        "igos": ["the Gulf Cooperation Council", "the EU naval mission Aspides",
                 "the UN envoy's office"],
        "venues": ["Muscat", "Riyadh", "Geneva", "Amman"],
        "names": "arab",
        "background": [
            "Yemen's war began in 2014, when the Houthis seized Sanaa and forced the "
            "internationally recognised government into exile.",
            "A Saudi-led coalition intervened in March 2015, and a UN-brokered truce in 2022 "
            "largely halted cross-border air strikes, though front lines remain active.",
            "The Houthis have attacked dozens of merchant ships in the Red Sea since late "
            "2023, saying they act in solidarity with Palestinians in Gaza.",
        ],
    },
    {
        "country": "Myanmar", "capital": "Naypyitaw", "demonym": "Myanmar",
        "gov": ["the military government", "the State Administration Council",
                "the junta in Naypyitaw"],
        "army": ["the Myanmar military", "the Tatmadaw"],
        "gov_leaders": ["Senior General Min Aung Hlaing",
                        "junta spokesman Major General Zaw Min Tun"],
        "groups": [
            ("the Arakan Army (AA)", "the Arakan Army", "Arakan Army commander Twan Mrat Naing",
             "Arakan Army fighters"),
            ("the Myanmar National Democratic Alliance Army (MNDAA)", "the MNDAA", None,
             "MNDAA fighters"),
            ("the Kachin Independence Army (KIA)", "the KIA", None, "KIA fighters"),
            ("the People's Defence Force (PDF)", "the PDF", None, "resistance fighters"),
            ("the Karen National Liberation Army (KNLA)", "the KNLA", None, "KNLA fighters"),
        ],
        "cities": ["Mandalay", "Yangon", "Sittwe", "Lashio", "Myawaddy", "Bhamo",
                   "Kyaukphyu", "Myitkyina", "Monywa"],
        "towns": ["Paletwa", "Maungdaw", "Hpakant", "Laukkai", "Kyaukme", "Thandwe", "Ann",
                  "Mogok", "Kawkareik"],
        "bases": ["the Western Regional Command headquarters", "the Northeastern Command "
                  "headquarters", "the Light Infantry Battalion 275 base", "the Meiktila air base"],
        "crossings": ["the Muse border gate", "the Chinshwehaw crossing",
                      "the Myawaddy-Mae Sot Friendship Bridge", "the Tamu border gate"],
        "camps": ["the Thet Kae Pyin camp", "a displacement camp outside Myitkyina",
                  "the Ohn Taw Gyi camp"],
        "regions": ["Rakhine state", "Shan state", "Kachin state", "Sagaing region",
                    "Karen state"],
        "neighbours": ["China", "Thailand", "Bangladesh", "India"],
        "foreign": ["China", "Thailand", "India", "the United States", "Japan"],
        "igos": ["the Association of Southeast Asian Nations (ASEAN)", "the European Union"],
        "venues": ["Kunming", "Bangkok", "Jakarta", "Naypyitaw"],
        "names": "burmese",
        "background": [
            "Myanmar has been in turmoil since the military seized power in a coup in "
            "February 2021, triggering mass protests and an armed uprising.",
            "An alliance of ethnic armed groups launched a coordinated offensive in October "
            "2023 and has since taken dozens of military posts and several towns.",
            "China has major investments in Myanmar, including oil and gas pipelines running "
            "from the Rakhine coast to Yunnan province.",
        ],
    },
    {
        "country": "Mali", "capital": "Bamako", "demonym": "Malian",
        "gov": ["the transitional government in Bamako", "the Malian junta"],
        "army": ["the Malian armed forces (FAMa)", "the Malian army"],
        "gov_leaders": ["junta leader General Assimi Goïta"],
        "groups": [
            ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "JNIM",
             "JNIM leader Iyad Ag Ghaly", "JNIM fighters"),
            ("Islamic State Sahel Province", "Islamic State Sahel", None, "jihadist fighters"),
            ("the Azawad Liberation Front (FLA)", "the FLA", None, "Tuareg rebels"),
        ],
        "cities": ["Bamako", "Timbuktu", "Gao", "Mopti", "Kidal", "Ségou", "Ménaka"],
        "towns": ["Tinzaouaten", "Boni", "Léré", "Niono", "Douentza", "Ansongo", "Diafarabé",
                  "Boulkessi"],
        "bases": ["the Kati military camp", "the Sévaré air base", "the Tessalit base",
                  "the Anefis camp"],
        "crossings": ["the Tinzaouaten border post", "the Kadiolo crossing",
                      "the Gogui border post"],
        "camps": ["the Mbera refugee camp across the border in Mauritania",
                  "the Faladié displacement site in Bamako"],
        "regions": ["the Mopti region", "the Ménaka region", "the Gao region",
                    "the Liptako-Gourma area"],
        "neighbours": ["Mauritania", "Algeria", "Niger", "Burkina Faso"],
        "foreign": ["Russia", "Algeria", "France", "Turkey", "the United States"],
        "igos": ["the Economic Community of West African States (ECOWAS)",
                 "the Alliance of Sahel States", "the African Union"],
        "venues": ["Algiers", "Lomé", "Doha"],
        "names": "sahel",
        "background": [
            "Mali has been ruled by the military since coups in 2020 and 2021, after which the "
            "junta expelled French forces and turned to Russia for security support.",
            "The UN peacekeeping mission MINUSMA withdrew from Mali in 2023 at the request of "
            "the authorities in Bamako.",
            "Jihadist violence that began in the north of the country in 2012 has spread to "
            "central Mali and into neighbouring Burkina Faso and Niger.",
        ],
    },
    {
        "country": "Burkina Faso", "capital": "Ouagadougou", "demonym": "Burkinabe",
        "gov": ["the military government in Ouagadougou", "the Burkinabe authorities"],
        "army": ["the Burkinabe army", "the Burkinabe armed forces"],
        "gov_leaders": ["junta leader Captain Ibrahim Traoré"],
        "groups": [
            ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "JNIM", None, "JNIM fighters"),
            ("Ansarul Islam", "Ansarul Islam", None, "Ansarul Islam fighters"),
            ("Islamic State Sahel Province", "Islamic State Sahel", None, "jihadist fighters"),
        ],
        "cities": ["Ouagadougou", "Djibo", "Kaya", "Fada N'Gourma", "Dori", "Ouahigouya",
                   "Bobo-Dioulasso"],
        "towns": ["Barsalogho", "Mansila", "Solenzo", "Diapaga", "Arbinda", "Gorom-Gorom",
                  "Pama", "Titao"],
        "bases": ["the Djibo military detachment", "the Mansila army post",
                  "the Kaya military camp"],
        "crossings": ["the Seytenga border post", "the Niangoloko crossing",
                      "the Kantchari border post"],
        "camps": ["the Pissila displacement site", "a displacement site outside Kaya",
                  "the Barsalogho displacement site"],
        "regions": ["the Centre-Nord region", "the Sahel region", "the Boucle du Mouhoun",
                    "the Est region"],
        "neighbours": ["Côte d'Ivoire", "Ghana", "Niger", "Mali"],
        "foreign": ["Russia", "Côte d'Ivoire", "France", "the United States"],
        "igos": ["the Economic Community of West African States (ECOWAS)",
                 "the Alliance of Sahel States"],
        "venues": ["Lomé", "Niamey", "Accra"],
        "names": "sahel",
        "background": [
            "Burkina Faso has suffered two coups since 2022, both justified by the officers "
            "involved as a response to the deteriorating security situation.",
            "The authorities have armed tens of thousands of civilian auxiliaries known as "
            "the Volunteers for the Defence of the Homeland (VDP).",
            "Jihadist blockades have cut off several towns in the north and east for months, "
            "forcing the army to supply them by helicopter.",
        ],
    },
    {
        "country": "Somalia", "capital": "Mogadishu", "demonym": "Somali",
        "gov": ["the federal government in Mogadishu", "the Somali government"],
        "army": ["the Somali National Army", "Somali government forces"],
        "gov_leaders": ["President Hassan Sheikh Mohamud"],
        "groups": [
            ("al-Shabaab", "al-Shabaab", "al-Shabaab leader Ahmed Diriye", "al-Shabaab fighters"),
            ("Islamic State in Somalia", "Islamic State in Somalia", None, "Islamic State militants"),
        ],
        "cities": ["Mogadishu", "Baidoa", "Kismayo", "Beledweyne", "Bosaso", "Galkayo",
                   "Jowhar"],
        "towns": ["Adan Yabaal", "El Dher", "Mahas", "Afgoye", "Bulo Burde", "Wisil",
                  "Moqokori", "Balcad"],
        "bases": ["the Baledogle air base", "the Halane base camp",
                  "an African Union base in Bulo Marer"],
        "crossings": ["the Dolow border crossing", "the Mandera crossing",
                      "the Bula Hawa crossing"],
        "camps": ["the Dadaab refugee complex in Kenya", "a displacement camp on the outskirts "
                  "of Baidoa", "the Kaxda displacement settlement"],
        "regions": ["Middle Shabelle", "Hiiraan", "Galmudug", "Lower Shabelle", "Puntland"],
        "neighbours": ["Kenya", "Ethiopia", "Djibouti"],
        "foreign": ["Turkey", "the United States", "Ethiopia", "Kenya", "the United Arab Emirates",
                    "Egypt"],
        "igos": ["the African Union Support and Stabilization Mission in Somalia (AUSSOM)",
                 "the Intergovernmental Authority on Development (IGAD)", "the African Union"],
        "venues": ["Nairobi", "Ankara", "Addis Ababa", "Djibouti"],
        "names": "somali",
        "background": [
            "Al-Shabaab has fought to overthrow Somalia's central government since 2006 and "
            "still controls large parts of the countryside in the south and centre.",
            "A government offensive launched in 2022 with the help of clan militias recaptured "
            "dozens of towns, but many were later retaken by the militants.",
            "African Union troops have been deployed in Somalia since 2007, under a succession "
            "of mandates approved by the UN Security Council.",
        ],
    },
    {
        "country": "the Democratic Republic of Congo", "capital": "Kinshasa",
        "demonym": "Congolese",
        "gov": ["the Congolese government", "the government in Kinshasa"],
        "army": ["the Congolese army (FARDC)", "the Congolese armed forces"],
        "gov_leaders": ["President Félix Tshisekedi", "government spokesman Patrick Muyaya"],
        "groups": [
            ("the M23 rebel group", "M23", "M23 military commander Sultani Makenga",
             "M23 fighters"),
            ("the Allied Democratic Forces (ADF)", "the ADF", None, "ADF militants"),
            ("the CODECO militia", "CODECO", None, "CODECO militiamen"),
            ("the Wazalendo militias", "the Wazalendo", None, "Wazalendo fighters"),
        ],
        "cities": ["Goma", "Bukavu", "Beni", "Butembo", "Bunia", "Uvira", "Kisangani"],
        "towns": ["Sake", "Rubaya", "Kiwanja", "Minova", "Masisi", "Walikale", "Lubero",
                  "Kamanyola", "Djugu"],
        "bases": ["the Kavumu airport", "a MONUSCO base in Sake", "the Rumangabo military camp"],
        "crossings": ["the Grande Barrière crossing", "the Bunagana border crossing",
                      "the Rusizi border post", "the Kasindi crossing"],
        "camps": ["the Bulengo displacement camp", "Kanyaruchinya camp", "the Lushagala site",
                  "the Rhoe camp"],
        "regions": ["North Kivu", "South Kivu", "Ituri province", "the Masisi territory"],
        "neighbours": ["Rwanda", "Uganda", "Burundi"],
        "foreign": ["Rwanda", "Uganda", "Angola", "Qatar", "the United States", "Belgium",
                    "Kenya"],
        "igos": ["the UN peacekeeping mission MONUSCO", "the Southern African Development "
                 "Community (SADC)", "the East African Community", "the African Union"],
        "venues": ["Doha", "Luanda", "Nairobi", "Washington"],
        "names": "congolese",
        "background": [
            "Eastern Congo has been plagued by violence for three decades, with more than 100 "
            "armed groups competing for land, power and mineral wealth.",
            "UN experts have accused Rwanda of backing M23 with troops and weapons, a charge "
            "Kigali has long denied.",
            "The region is rich in tin, tantalum and gold, and control of mining areas such as "
            "Rubaya provides armed groups with significant revenue.",
        ],
    },
    {
        "country": "Ethiopia", "capital": "Addis Ababa", "demonym": "Ethiopian",
        "gov": ["the federal government", "the Ethiopian government"],
        "army": ["the Ethiopian National Defence Force (ENDF)", "the Ethiopian army"],
        "gov_leaders": ["Prime Minister Abiy Ahmed", "army chief Field Marshal Birhanu Jula"],
        "groups": [
            ("the Fano militia", "Fano", None, "Fano fighters"),
            ("the Oromo Liberation Army (OLA)", "the OLA", None, "OLA fighters"),
            ("the Tigray People's Liberation Front (TPLF)", "the TPLF", None, "Tigrayan forces"),
        ],
        "cities": ["Bahir Dar", "Gondar", "Dessie", "Debre Markos", "Lalibela", "Mekelle",
                   "Shashamane"],
        "towns": ["Debre Tabor", "Kobo", "Merawi", "Woldia", "Finote Selam", "Alamata",
                  "Dangila"],
        "bases": ["the Bahir Dar air base", "the Northern Command headquarters",
                  "the Debre Zeit air base"],
        "crossings": ["the Metema crossing", "the Humera crossing", "the Moyale crossing"],
        "camps": ["a displacement camp in Shire", "the Sebacare displacement site",
                  "the Alemwach refugee camp"],
        "regions": ["the Amhara region", "Oromia", "Tigray", "the Afar region"],
        "neighbours": ["Eritrea", "Sudan", "Kenya"],
        "foreign": ["the United States", "Eritrea", "Kenya", "the United Arab Emirates",
                    "the European Union"],
        "igos": ["the African Union", "the Intergovernmental Authority on Development (IGAD)"],
        "venues": ["Pretoria", "Nairobi", "Dar es Salaam"],
        "names": "ethiopian",
        "background": [
            "The war in Tigray between 2020 and 2022 killed hundreds of thousands of people "
            "before a peace deal was signed in Pretoria.",
            "Fighting in the Amhara region broke out in 2023 after the federal government moved "
            "to disband regional special forces.",
            "Ethiopia, Africa's second most populous country, is a federation of ethnically "
            "defined regions with long-standing territorial disputes.",
        ],
    },
    {
        "country": "Syria", "capital": "Damascus", "demonym": "Syrian",
        "gov": ["the Syrian government", "the authorities in Damascus"],
        "army": ["the Syrian army", "Syrian government forces"],
        "gov_leaders": ["President Ahmed al-Sharaa", "Foreign Minister Asaad al-Shaibani"],
        "groups": [
            ("the Syrian Democratic Forces (SDF)", "the SDF", "SDF commander Mazloum Abdi",
             "SDF fighters"),
            ("the Islamic State group", "Islamic State", None, "Islamic State militants"),
            ("the Turkish-backed Syrian National Army (SNA)", "the SNA", None, "SNA fighters"),
        ],
        "cities": ["Aleppo", "Raqqa", "Deir ez-Zor", "Idlib", "Homs", "Latakia", "Qamishli",
                   "Sweida", "Hasakah"],
        "towns": ["Manbij", "Kobani", "Tabqa", "Ain Issa", "Jableh", "al-Bab", "Baniyas",
                  "al-Mayadin"],
        "bases": ["the Hmeimim air base", "the Kuweires air base", "the al-Tanf garrison",
                  "the Tishrin Dam"],
        "crossings": ["the Bab al-Hawa crossing", "the Bab al-Salam crossing",
                      "the Semalka crossing", "the Masnaa crossing", "the Nassib crossing"],
        "camps": ["al-Hol camp", "Roj camp", "the Atmeh camps", "the Rukban camp"],
        "regions": ["north-east Syria", "Idlib province", "the coastal region",
                    "Deir ez-Zor province", "Sweida province"],
        "neighbours": ["Turkey", "Lebanon", "Jordan", "Iraq"],
        "foreign": ["Turkey", "the United States", "Russia", "Israel", "Jordan", "Saudi Arabia"],
        "igos": ["the UN special envoy's office", "the Arab League", "the European Union"],
        "venues": ["Geneva", "Amman", "Ankara", "Riyadh"],
        "names": "arab",
        "background": [
            "Syria's civil war began in 2011 with a crackdown on peaceful protests and killed "
            "more than half a million people.",
            "Bashar al-Assad was toppled in December 2024 by a rebel offensive, ending more than "
            "five decades of rule by his family.",
            "Tens of thousands of Islamic State suspects and their relatives remain in camps and "
            "prisons run by the SDF in the north-east.",
        ],
    },
    {
        "country": "Haiti", "capital": "Port-au-Prince", "demonym": "Haitian",
        "gov": ["the Transitional Presidential Council", "the Haitian government"],
        "army": ["the Haitian National Police", "Haitian security forces"],
        "soldiers": "police officers",
        "gov_leaders": ["the prime minister's office"],
        "groups": [
            ("the Viv Ansanm gang coalition", "Viv Ansanm",
             "gang leader Jimmy \"Barbecue\" Chérizier", "gang members"),
            ("the 400 Mawozo gang", "400 Mawozo", None, "gunmen"),
            ("the Gran Grif gang", "Gran Grif", None, "Gran Grif gunmen"),
        ],
        "cities": ["Port-au-Prince", "Cap-Haïtien", "Gonaïves", "Saint-Marc", "Les Cayes",
                   "Jacmel"],
        "towns": ["Mirebalais", "Pétion-Ville", "Kenscoff", "Croix-des-Bouquets",
                  "Pont-Sondé", "Cabaret", "Arcahaie", "Petite-Rivière de l'Artibonite"],
        "bases": ["the Toussaint Louverture International Airport", "the National Palace",
                  "the Kenyan-led mission's base near the airport"],
        "crossings": ["the Malpasse border crossing", "the Ouanaminthe crossing",
                      "the Belladère crossing"],
        "camps": ["the Champ de Mars displacement site", "a displacement site in a Delmas school",
                  "the Carrefour-Feuilles shelter"],
        "regions": ["the Artibonite department", "the Centre department",
                    "the West department", "the Port-au-Prince metropolitan area"],
        "neighbours": ["the Dominican Republic"],
        "foreign": ["the United States", "Kenya", "Canada", "France", "the Dominican Republic"],
        "igos": ["the Gang Suppression Force", "the Organization of American States",
                 "the Caribbean Community (CARICOM)"],
        "venues": ["Kingston", "Nairobi", "Washington"],
        "names": "haitian",
        "background": [
            "Gangs have expanded their control of Port-au-Prince since the assassination of "
            "President Jovenel Moïse in July 2021.",
            "A Kenyan-led multinational mission began deploying in 2024 but has struggled with "
            "a shortage of personnel and funding.",
            "More than a million Haitians have been displaced by gang violence, according to "
            "the International Organization for Migration.",
        ],
    },
    {
        "country": "Colombia", "capital": "Bogotá", "demonym": "Colombian",
        "gov": ["the Colombian government", "the government in Bogotá"],
        "army": ["the Colombian army", "the Colombian armed forces"],
        "gov_leaders": ["President Gustavo Petro", "Defence Minister Pedro Sánchez"],
        "groups": [
            ("the National Liberation Army (ELN)", "the ELN", None, "ELN guerrillas"),
            ("the Central General Staff (EMC)", "the EMC", None, "dissident fighters"),
            ("the Gulf Clan", "the Gulf Clan", None, "Gulf Clan gunmen"),
        ],
        "cities": ["Cúcuta", "Cali", "Medellín", "Popayán", "Quibdó", "Buenaventura",
                   "Ocaña"],
        "towns": ["Tibú", "Jamundí", "El Tarra", "Argelia", "Suárez", "Saravena", "Tame",
                  "Teorama"],
        "bases": ["the Tolemaida military base", "the Tres Esquinas air base",
                  "the Catatumbo Task Force base in Tibú"],
        "crossings": ["the Simón Bolívar International Bridge", "the Francisco de Paula "
                      "Santander bridge", "the Arauca river crossing"],
        "camps": ["a shelter for displaced families in Ocaña", "a temporary camp in a Cúcuta "
                  "sports stadium"],
        "regions": ["the Catatumbo region", "Cauca department", "Arauca department", "Chocó"],
        "neighbours": ["Venezuela", "Ecuador"],
        "foreign": ["Venezuela", "Cuba", "Norway", "the United States", "Mexico"],
        "igos": ["the UN Verification Mission in Colombia", "the Organization of American States"],
        "venues": ["Havana", "Caracas", "Mexico City", "Oslo"],
        "names": "latin",
        "background": [
            "Colombia signed a peace agreement with the FARC guerrillas in 2016, but dissident "
            "factions and other armed groups moved into the territories they left behind.",
            "The Catatumbo region, on the border with Venezuela, is one of the world's largest "
            "coca-growing areas.",
            "The government has pursued a policy of negotiating with several armed groups at "
            "once, with mixed results.",
        ],
    },
    {
        "country": "Mozambique", "capital": "Maputo", "demonym": "Mozambican",
        "gov": ["the Mozambican government", "the government in Maputo"],
        "army": ["the Mozambican armed forces", "the Mozambican army"],
        "gov_leaders": ["President Daniel Chapo"],
        "groups": [
            ("Islamic State Mozambique Province", "Islamic State Mozambique", None, "insurgents"),
            ("the Ahlu Sunnah Wal Jama'a insurgency", "Ahlu Sunnah Wal Jama'a", None,
             "insurgents"),
        ],
        "cities": ["Pemba", "Mocímboa da Praia", "Palma", "Macomia", "Montepuez", "Mueda"],
        "towns": ["Ancuabe", "Chiure", "Quissanga", "Mucojo", "Meluco", "Mbau", "Quiterajo"],
        "bases": ["the Mueda air base", "a Rwandan army base near Palma",
                  "the Afungi LNG site"],
        "crossings": ["the Negomano border crossing", "the Unity Bridge",
                      "the Namoto border post"],
        "camps": ["the Corrane resettlement centre", "the Ntokota displacement site",
                  "a displacement camp in Metuge"],
        "regions": ["Cabo Delgado province", "Niassa province", "Nampula province"],
        "neighbours": ["Tanzania", "Malawi"],
        "foreign": ["Rwanda", "Tanzania", "South Africa", "the European Union", "France"],
        "igos": ["the Southern African Development Community (SADC)", "the African Union"],
        "venues": ["Maputo", "Kigali", "Pretoria"],
        "names": "mozambican",
        "background": [
            "The insurgency in Cabo Delgado began in October 2017 and has killed more than "
            "6,000 people, according to monitoring groups.",
            "Rwandan troops deployed in 2021 helped government forces retake Mocímboa da "
            "Praia, which had been held by insurgents for a year.",
            "The province hosts one of Africa's largest liquefied natural gas projects, which "
            "was suspended after an attack on Palma in 2021.",
        ],
    },
    {
        "country": "Nigeria", "capital": "Abuja", "demonym": "Nigerian",
        "gov": ["the Nigerian government", "the Borno state government"],
        "army": ["the Nigerian army", "Nigerian troops"],
        "gov_leaders": ["President Bola Tinubu", "Borno governor Babagana Zulum"],
        "groups": [
            ("Boko Haram", "Boko Haram", None, "Boko Haram fighters"),
            ("Islamic State West Africa Province (ISWAP)", "ISWAP", None, "ISWAP fighters"),
            ("armed bandit groups", "the bandits", None, "bandits"),
        ],
        "cities": ["Maiduguri", "Damaturu", "Yola", "Bama", "Gwoza", "Monguno", "Potiskum"],
        "towns": ["Malam Fatori", "Dikwa", "Konduga", "Gubio", "Marte", "Baga", "Damboa",
                  "Mafa"],
        "bases": ["the Maimalari barracks", "a military base in Malam Fatori",
                  "the Giwa barracks", "the Sabon Gari army base"],
        "crossings": ["the Banki border crossing", "the Gamboru-Ngala crossing",
                      "the Diffa border post"],
        "camps": ["the Bakassi camp", "the Muna Garage camp", "the Dalori camp"],
        "regions": ["Borno state", "Yobe state", "the Lake Chad basin", "Adamawa state"],
        "neighbours": ["Cameroon", "Chad", "Niger"],
        "foreign": ["the United States", "the United Kingdom", "Cameroon", "Chad"],
        "igos": ["the Multinational Joint Task Force", "the Economic Community of West African "
                 "States (ECOWAS)", "the African Union"],
        "venues": ["Abuja", "N'Djamena", "Yaoundé"],
        "names": "nigerian",
        "background": [
            "The jihadist insurgency in north-east Nigeria began in 2009 and has killed more "
            "than 40,000 people and displaced about two million.",
            "ISWAP split from Boko Haram in 2016 and has since become the dominant jihadist "
            "force around Lake Chad.",
            "The Nigerian military has repeatedly declared that the insurgents were defeated, "
            "but attacks on towns and bases have continued.",
        ],
    },
]

NAMES: dict[str, tuple[list[str], list[str]]] = {
    "arab": (["Ahmed", "Fatima", "Mohammed", "Amal", "Khaled", "Mariam", "Omar", "Huda",
              "Yousef", "Samira", "Ibrahim", "Rania"],
             ["Abdallah", "Hassan", "Osman", "Saleh", "Mahmoud", "Haddad", "Nasser", "Yassin",
              "al-Amin"]),
    "slavic": (["Olena", "Andriy", "Iryna", "Mykola", "Tetiana", "Serhii", "Natalia", "Vasyl",
                "Halyna", "Oleksandr"],
               ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Tkachuk", "Kravets",
                "Lysenko", "Hrytsenko"]),
    "burmese": (["Aung", "Khin", "Min", "Thida", "Kyaw", "Nang", "Zaw", "Su", "Htet"],
                ["Naing", "Myat", "Htun", "Win", "Oo", "Lwin", "Thu", "Aye"]),
    "sahel": (["Moussa", "Aminata", "Oumar", "Fatoumata", "Boubacar", "Awa", "Issa",
               "Mariam", "Adama"],
              ["Diallo", "Traoré", "Maïga", "Sawadogo", "Ouédraogo", "Cissé", "Touré",
               "Kaboré", "Coulibaly"]),
    "somali": (["Abdi", "Hodan", "Farah", "Amina", "Hassan", "Sahra", "Mohamed", "Faduma"],
               ["Warsame", "Abdullahi", "Nur", "Hirsi", "Aden", "Jama", "Elmi"]),
    "congolese": (["Jean-Pierre", "Esther", "Patrick", "Grâce", "Josué", "Chantal", "Désiré",
                   "Neema", "Jacques"],
                  ["Mukendi", "Baraka", "Bahati", "Kasereka", "Mumbere", "Kahindo", "Mwamba"]),
    "ethiopian": (["Abebe", "Almaz", "Dawit", "Tigist", "Getachew", "Meron", "Yonas", "Selam"],
                  ["Tesfaye", "Bekele", "Alemu", "Haile", "Mekonnen", "Desta", "Wondimu"]),
    "haitian": (["Jean", "Marie", "Pierre", "Nadège", "Wilner", "Roseline", "Jonas", "Guerline"],
                ["Joseph", "Pierre-Louis", "Charles", "Jean-Baptiste", "Désir", "Augustin",
                 "Fleurant"]),
    "latin": (["Carlos", "María", "Luis", "Ana", "Jorge", "Luz", "Andrés", "Paola", "Yesid"],
              ["Rodríguez", "Gómez", "Martínez", "Pérez", "Castillo", "Rojas", "Quintero"]),
    "mozambican": (["João", "Fátima", "Abdul", "Rosa", "Momade", "Amina", "Sérgio", "Luísa"],
                   ["Assane", "Chale", "Macuácua", "Bacar", "Issufo", "Nhantumbo"]),
    "nigerian": (["Bukar", "Aisha", "Modu", "Falmata", "Abubakar", "Hauwa", "Ali", "Zara"],
                 ["Kachalla", "Ibrahim", "Goni", "Bulama", "Mustapha", "Lawan"]),
    "intl": (["Sarah", "Thomas", "Elena", "David", "Ingrid", "Marc", "Leila", "James",
              "Hanna", "Paolo", "Nadia", "Kwame"],
             ["Lindqvist", "Brennan", "Okafor", "Moreau", "Keller", "Haddad", "Novak",
              "Mensah", "Rossi", "Whitfield", "Sato"]),
}

AGENCIES = [
    "the World Food Programme (WFP)", "UNICEF", "the UN refugee agency (UNHCR)",
    "the International Committee of the Red Cross (ICRC)", "Médecins Sans Frontières (MSF)",
    "the Norwegian Refugee Council", "Save the Children", "the International Rescue Committee",
    "the World Health Organization (WHO)", "the International Organization for Migration (IOM)",
]
GLOBAL_IGOS = [
    "the United Nations", "the UN Security Council", "the European Union",
    "the UN Office for the Coordination of Humanitarian Affairs (OCHA)",
    "the UN human rights office", "the UN Secretary-General's office",
]
MONITORS = [
    "the Armed Conflict Location & Event Data Project (ACLED)", "a local monitoring group",
    "a UN-backed monitoring network", "an independent casualty-recording group",
    "a coalition of local human rights organisations",
]
INSTITUTES = [
    "a London-based think tank", "a Nairobi-based research group",
    "a Brussels-based conflict-prevention organisation", "a Washington-based policy institute",
    "a Berlin-based foundation", "a regional security consultancy",
    "a Geneva-based humanitarian research centre", "a Dakar-based research institute",
]
ROLES = ["a senior analyst", "a researcher", "a security analyst", "a fellow",
         "the director of research", "a conflict analyst"]
OCCUPATIONS = ["farmer", "teacher", "trader", "nurse", "driver", "shopkeeper", "student",
               "mechanic", "tailor", "pharmacist", "fisherman", "construction worker"]
SOURCES = [
    "a local official", "a senior military officer", "a humanitarian worker in the area",
    "a diplomat familiar with the talks", "a security source", "a community leader",
    "a doctor at the main hospital", "a member of a local emergency response room",
    "an official with a UN agency",
]
STRIKES = ["drone strikes", "artillery shells", "air strikes", "rockets", "mortar rounds",
           "missiles", "guided bombs", "shells"]
SUPPORT = ["air strikes", "artillery fire", "armed drones", "helicopter gunships",
           "heavy artillery"]
FACILITIES = ["a crowded market", "a school used as a shelter", "a hospital", "a mosque",
              "a bus station", "a water pumping station", "a residential building",
              "a power substation", "a fuel depot", "a football pitch", "a wedding party",
              "a bakery"]
CHANNELS = ["its Telegram channel", "social media", "its official news outlet",
            "a messaging app", "a video posted online"]
HEDGES = ["reportedly", "apparently", "allegedly", "according to initial reports,"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SMALL = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]

CIVILIAN_QUOTES = [
    "We heard the explosions all night. In the morning, half of our street was gone.",
    "We left with nothing. We walked for {n_small} days and slept under the trees.",
    "There is no food, no water and no medicine. The children are sick and nobody is helping us.",
    "They came in the afternoon and started shooting at everyone. My brother was killed in "
    "front of his shop.",
    "We are tired of this war. We just want to go home to {town}.",
    "Every night we sleep in the corridor, away from the windows.",
    "Prices have tripled. A sack of flour now costs more than a month's salary.",
    "My neighbours were taken away at night and nobody knows where they are.",
    "The road to {city} is closed, so the sick cannot reach the hospital.",
]
OFFICIAL_QUOTES = [
    "The situation is extremely volatile, and we are preparing for the worst.",
    "We have the supplies ready. What we do not have is safe access.",
    "Every day that {crossing} stays closed, people die.",
    "Our forces are holding their positions and the enemy has suffered heavy losses.",
    "We are seeing more wounded children than at any time since the war began.",
    "Without fuel, the hospitals will stop working within days.",
]
ANALYST_QUOTES = [
    "Neither side believes it can lose, and that is the biggest obstacle to a deal.",
    "{city} is the key to the whole region. Whoever holds it controls the roads and the trade.",
    "The outside backers matter more than the negotiators. Without pressure from them, "
    "nothing will change.",
    "This is a war of attrition now. Both sides are exhausted, but neither is ready to stop.",
    "If the front line collapses around {town}, the road to {city} would be wide open.",
    "Ceasefires have come and gone. What is missing is any mechanism to monitor them.",
    "The economy of the war, from fuel smuggling to checkpoints, now sustains the fighting.",
]

# ---------------------------------------------------------------------------
# Sentence templates
# ---------------------------------------------------------------------------

# Opening sentences, keyed by story type.
LEADS: dict[str, list[str]] = {
    "attack": [
        "{killed} people were killed and {wounded} wounded when {fighters} attacked {town} in "
        "{region} {day}, {said}.",
        "{strike} hit {facility} in {city} {day}, killing {killed} civilians and wounding "
        "{wounded}, {said}.",
        "An attack on {base} {day} killed {killed} {soldiers}, {said}, in one of the deadliest "
        "assaults on {army} this year.",
        "Gunmen {hedge} killed {killed} people in an attack on a convoy travelling from {city} "
        "to {town} {day}, {said}.",
    ],
    "capture": [
        "{group} said {day} that its fighters had seized {town}, a strategically important "
        "town about {km} from {city}, after {n_small} days of heavy fighting.",
        "{army} {hedge} withdrew from {base} {day} as {fighters} advanced on {city}, "
        "{said}.",
        "{army} said {day} that it had recaptured {town} in {region} from {group_short}, a "
        "claim that could not be independently verified.",
    ],
    "talks": [
        "Delegations from {gov} and {group} met in {venue} {day} for the first direct talks "
        "in months, mediators from {foreign} said.",
        "{foreign} and {foreign2} said {day} that {gov} and {group_short} had agreed to a "
        "{n_days}-day humanitarian truce covering {region}.",
        "Talks in {venue} between {gov} and {group} broke down {day} without agreement on a "
        "ceasefire, {said}.",
    ],
    "aid": [
        "{agency} warned {day} that {displaced} people in {region} were at risk of famine as "
        "fighting around {city} blocked aid deliveries through {crossing}.",
        "A convoy of {trucks} trucks carrying food and medicine reached {city} {day}, the first "
        "to arrive {since}, {agency} said.",
        "{foreign} pledged {money} in humanitarian aid for {country} {day}, as {agency} said "
        "its operations in {region} were close to collapse.",
    ],
    "protest": [
        "Thousands of people marched through {capital} {day} to demand an end to the fighting "
        "in {region}, and security forces fired tear gas to disperse them, {said}.",
        "Protesters blocked the main road into {city} {day} after {fighters} {hedge} killed "
        "{killed} people in nearby {town}, {said}.",
    ],
    "sanction": [
        "{foreign} imposed sanctions {day} on {n_small} senior commanders of {group}, accusing "
        "them of directing attacks on civilians in {region}.",
        "{igo} {day} added {n_small} individuals linked to {group_short} to its sanctions list "
        "over what it called their role in the violence around {city}.",
    ],
    "arrest": [
        "Security forces in {city} arrested {n_tens} people {day} on suspicion of collaborating "
        "with {group_short}, {said}.",
        "{army} said {day} it had detained a senior commander of {group} during a raid near "
        "{town}, about {km} from {city}.",
    ],
    "threat": [
        "{group_leader} warned {day} that {group_short} would extend its operations to {city2} "
        "if {army} continued its offensive in {region}.",
        "{army} said {day} it had put its units in {region} on high alert after intelligence "
        "reports suggested that {fighters} were massing about {km} from {city}.",
    ],
}

# Body sentences by category. A paragraph draws 2-4 sentences from one category.
TEMPLATES: dict[str, list[str]] = {
    "attack": [
        "The attack began shortly before dawn, when {fighters} {hedge} opened fire on "
        "{facility} and then moved towards the centre of {town}, {said}.",
        "{strike} hit {facility} on the outskirts of {city} {day}, {said}.",
        "{killed} people were killed, including {n_small} children, and {wounded} others were "
        "wounded, {said}.",
        "A second strike hit the same area about {minutes} minutes later as rescuers were "
        "pulling survivors from the rubble, {said}.",
        "Witnesses said the attackers arrived on motorcycles and in pickup trucks mounted with "
        "heavy machine guns, setting fire to homes and {facility}.",
        "{army} said its air defences had shot down {n_tens} drones over {region} overnight, "
        "but debris fell on a residential building in {city}, wounding {wounded} people.",
        "Medical staff at the main hospital in {city} said they had received {wounded} wounded "
        "people by the evening and appealed for blood donations.",
        "It was the {ordinal} attack on {town} this month, according to local officials.",
        "{group} claimed responsibility for the attack on {channel}, saying it had targeted "
        "positions held by {army}.",
        "A security source said the assailants had used {n_small} vehicles packed with "
        "explosives to breach the perimeter of {base} before storming it.",
        "The death toll could rise because several of the wounded were in critical condition, "
        "a doctor in {city} said.",
        "The area had been relatively calm {since}, residents said, and many families displaced "
        "from {town2} had sought shelter there.",
    ],
    "claims": [
        "{army} denied targeting civilians and said it had struck \"legitimate military "
        "targets\" used by {group_short}.",
        "{group_short} rejected the accusation, calling it \"a fabrication\" intended to cover "
        "up heavy losses on the other side.",
        "The claims could not be independently verified, as access to the area is restricted "
        "and communications have been cut {since}.",
        "{group} said in a statement that it had killed {killed} {soldiers} and captured "
        "{n_small} armoured vehicles, figures that {army} disputed.",
        "{army} said its troops had repelled the assault and killed \"dozens of terrorists\", "
        "but gave no evidence to support the claim.",
        "A spokesman for {army} told reporters that the situation in {town} was \"fully under "
        "control\" and that reinforcements had been sent from {base}.",
        "{source} said more than {n_tens} people were still missing and that bodies were being "
        "recovered from collapsed buildings.",
        "According to {monitor}, at least {hundreds} people have been killed in {region} "
        "{since}.",
        "{ministry} condemned the attack as \"a terrorist act\" and said those responsible "
        "would be held accountable.",
        "{group_short} denied any involvement in the killings and accused {army} of staging "
        "the attack to discredit it.",
        "{army} did not respond to a request for comment.",
    ],
    "capture": [
        "{group_short} said its fighters had taken full control of {town} and posted videos "
        "online that {hedge} showed them inside the main army barracks.",
        "{army} acknowledged that its forces had carried out what it called a \"tactical "
        "withdrawal\" from {town} to positions closer to {city}.",
        "The fall of {town} would give {group_short} control of the main road between {city} "
        "and {city2}, cutting a key supply route for {army}.",
        "If {group_short} captures {city}, it could threaten {base}, which lies about {km} to "
        "the south, analysts said.",
        "Residents said fighting had moved street by street through the northern districts of "
        "{city} {recent}, and that {army} had abandoned several checkpoints on the main road.",
        "{army} said it had recaptured {town2} {day} after a counter-offensive supported by "
        "{support}.",
        "Satellite images reviewed by independent analysts showed fresh trenches and burned "
        "buildings around {base} {recent}.",
        "The capture of the town could not be independently confirmed, and {army} said "
        "fighting was continuing on its outskirts.",
        "{group_short} now controls an area of some {area} square kilometres in {region}, "
        "according to a map published by {monitor}.",
        "Some {troops} troops had been deployed to defend {city} {recent}, {said}.",
    ],
    "talks": [
        "Delegations from {gov} and {group} arrived in {venue} {day} for a new round of talks "
        "mediated by {foreign} and {foreign2}.",
        "{foreign} said the two sides had agreed in principle to a {n_days}-day ceasefire, but "
        "that several issues, including the withdrawal of forces from {city}, remained "
        "unresolved.",
        "A diplomat familiar with the negotiations, who spoke on condition of anonymity, said "
        "the talks had stalled over a demand that {army} withdraw from {town}.",
        "{gov_leader} said {day} that the government would not negotiate with {group_short} "
        "while its fighters remained in {city}.",
        "{group_leader} said in a televised address that {group_short} was ready to discuss a "
        "truce if {army} halted its air strikes on {region}.",
        "Previous talks in {venue} collapsed {past} after both sides accused each other of "
        "violating a short-lived truce.",
        "{igo} welcomed the talks and urged both parties to allow unhindered humanitarian "
        "access to {region}.",
        "Under the proposed deal, {group_short} would release {n_tens} prisoners in exchange "
        "for {hundreds} detainees held by {gov}, according to a draft seen by reporters.",
        "Mediators hope to announce an agreement {next}, but officials on both sides played "
        "down expectations of a breakthrough.",
        "If the ceasefire holds, aid agencies could begin moving supplies into {town} within "
        "{n_small} days, a UN official said.",
        "{gov} denied reports that it had agreed to share control of {crossing} with "
        "{group_short}.",
    ],
    "aid": [
        "{igo} said {day} that a convoy of {trucks} trucks carrying food, medicine and fuel had "
        "reached {city} through {crossing}.",
        "{agency} warned that {displaced} people in {region} faced emergency levels of hunger "
        "and that funding for its operations was running out.",
        "Aid workers said {crossing} had been closed for {n_small} days {recent}, leaving "
        "hundreds of trucks stranded at the border.",
        "{foreign} pledged {money} in humanitarian assistance for {country} at a donor "
        "conference in {venue} {day}.",
        "The UN's humanitarian appeal for {country} this year, which seeks {money}, is only "
        "{pct} funded, according to OCHA.",
        "In {camp}, which shelters some {camp_pop} people, aid workers reported {hundreds} "
        "suspected cases of cholera {recent}.",
        "{agency} said it had suspended operations in {town} after {n_small} of its staff were "
        "detained by {fighters}.",
        "Humanitarian organisations have repeatedly accused both {army} and {group_short} of "
        "obstructing deliveries, charges that both sides deny.",
        "About {tonnes} tonnes of food aid were stuck in warehouses in {city2}, a WFP official "
        "said, because drivers refused to travel on the road through {town2}.",
        "If the road to {city} reopened, aid groups could reach an estimated {displaced} people "
        "within a month, {said}.",
        "{agency} said malnutrition rates among children under five in {camp} had reached "
        "{pct}, well above the emergency threshold.",
    ],
    "displacement": [
        "More than {displaced} people have fled {town} {since}, according to the International "
        "Organization for Migration (IOM).",
        "Many of the displaced were sleeping in schools, public buildings and open fields on the "
        "outskirts of {city2}, {said}.",
        "{camp} was designed for {camp_cap} people but now hosts more than three times that "
        "number, aid workers said.",
        "Across {country}, {millions} million people have been forced from their homes, "
        "according to UN figures.",
        "Local authorities in {city2} said they were struggling to cope with the new arrivals "
        "and appealed to {igo} for tents, food and clean water.",
        "Some families crossed into {neighbour} {recent}, where the UN refugee agency (UNHCR) "
        "registered {displaced} new arrivals.",
        "Those who fled described walking for {n_small} days to reach {camp}, passing through "
        "checkpoints where {fighters} {hedge} took money and phones.",
    ],
    "protest": [
        "Thousands of people marched through {capital} {day} to demand an end to the fighting "
        "and the release of prisoners held by {group_short}.",
        "Security forces fired tear gas to disperse protesters gathered outside the offices "
        "of {ministry}, {said}.",
        "Organisers said about {crowd} people took part, while police put the figure at "
        "{crowd_low}.",
        "Protesters chanted slogans against {gov} and carried banners accusing {foreign} of "
        "supplying weapons to {group_short}.",
        "At least {n_tens} demonstrators were arrested and {n_small} were injured, according to "
        "a rights group that monitors the protests.",
        "The protests were the largest in {city} {since} and followed the killing of a local "
        "activist {recent}.",
        "{gov} said the demonstrations had been \"infiltrated by agents\" working for "
        "{group_short}, a claim organisers rejected.",
    ],
    "sanction": [
        "{foreign} imposed sanctions {day} on {n_small} senior commanders of {group}, accusing "
        "them of directing attacks on civilians in {region}.",
        "The measures freeze any assets the individuals hold under the jurisdiction of {foreign} and "
        "bar them from entering its territory.",
        "{foreign2} also blacklisted {n_small} companies it said had helped {group_short} "
        "procure weapons and fuel through {neighbour}.",
        "{group_short} dismissed the sanctions as \"politically motivated\" and said they "
        "would have no effect on the ground.",
        "A proposal to extend an arms embargo on {country} is expected to come before the UN "
        "Security Council {next}, diplomats said.",
        "Critics argue that earlier sanctions, imposed {past}, did little to change the "
        "behaviour of either side.",
        "The European Union said it was preparing further measures against individuals "
        "responsible for obstructing humanitarian aid in {country}.",
    ],
    "arrest": [
        "Security forces in {city} arrested {n_small} people {day} on suspicion of "
        "collaborating with {group_short}, {said}.",
        "Among those detained was a local journalist who had reported on losses suffered by "
        "{army} in {region}, according to a press freedom group.",
        "{ministry} said the suspects had been planning attacks on {base} and on government "
        "buildings in {capital}.",
        "Rights groups said dozens of people had been held without charge {since} and urged "
        "the authorities to grant them access to lawyers.",
        "A military court in {capital} sentenced {n_small} men to death {recent} for their "
        "alleged role in an attack on {base}.",
        "{gov} denied that detainees had been mistreated, saying all suspects were being held "
        "in accordance with the law.",
        "Relatives said the men had been taken from their homes at night by masked gunmen and "
        "had not been seen since.",
    ],
    "threat": [
        "{group_leader} warned {day} that {group_short} would extend its operations to {city2} "
        "if {army} continued its offensive in {region}.",
        "{foreign} told its citizens to leave {country} immediately and said it could no longer "
        "provide consular assistance outside {capital}.",
        "{group_short} threatened to target vehicles using {crossing} unless the authorities "
        "released its detained members.",
        "Officials fear that an assault on {city} could trigger a new wave of displacement, "
        "with as many as {displaced} people forced to flee.",
        "{igo} said it was \"deeply alarmed\" by reports of a military build-up around {city} "
        "and called on all parties to exercise restraint.",
        "Some {troops} troops and dozens of armoured vehicles had been moved to {base} "
        "{recent}, according to satellite imagery analysed by independent researchers.",
        "If {army} cannot hold {town}, it could lose its last foothold in {region}, a senior "
        "officer warned.",
    ],
    "statement": [
        "\"{civ_quote},\" said {resident}, a {age}-year-old {occupation} from {town}, speaking "
        "by telephone.",
        "\"{off_quote},\" {source} said, speaking on condition of anonymity because they were "
        "not authorised to speak to the media.",
        "{ministry} said in a statement that it held {group_short} \"fully responsible\" for "
        "the violence in {region}.",
        "{igo} said it was \"horrified\" by the reports and called for an independent "
        "investigation.",
        "{foreign} condemned the attack and called on all parties to respect international "
        "humanitarian law.",
        "{gov_leader} said in a speech in {capital} {day} that military operations would "
        "continue until {group_short} was defeated.",
        "\"{off_quote},\" said {intl_name}, who heads the operations of {agency} in {country}.",
        "{resident}, who fled {town} {recent}, said {fighters} had gone from house to house "
        "looking for young men.",
    ],
    "background": [
        "The conflict has killed tens of thousands of people since it began, according to UN "
        "estimates, although the true toll is thought to be far higher.",
        "{region} has been one of the most violent areas of {country} {since}, and much of it "
        "is inaccessible to journalists.",
        "{city} lies about {km} from {city2} and sits on the main road linking {region} to "
        "{capital}.",
        "Both sides have been accused of war crimes, including the killing of civilians and "
        "the use of sexual violence, accusations they deny.",
        "{town} has changed hands several times since {past_year}, and much of its "
        "infrastructure has been destroyed.",
        "Before the fighting, {city} had a population of about {camp_pop}, swollen by people "
        "who had fled earlier violence in {town2}.",
        "{crossing} is the main route for goods and aid entering {region}, and its closure "
        "{past} led to sharp rises in food prices.",
    ],
    "analysis": [
        "Analysts say {group_short} has been emboldened by a string of battlefield gains and "
        "is seeking to strengthen its position ahead of any negotiations.",
        "\"{an_quote},\" said {analyst}.",
        "Some observers believe that {army} lacks the manpower to hold territory across "
        "{region} and has increasingly relied on {support} and local militias.",
        "The fighting could also draw in {neighbour}, which has deployed some {troops} troops "
        "along its border, analysts warned.",
        "Control of {crossing} is seen as vital because it generates significant revenue from "
        "customs duties and the trade in fuel and goods.",
        "Whether any ceasefire can hold will depend largely on {foreign} and {foreign2}, which "
        "have influence over the warring parties, diplomats say.",
        "A report by {monitor} published {recent} found that attacks on civilians in {region} "
        "had risen by {pct} compared with the same period last year.",
        "{analyst}, said the outcome of the battle for {city} would probably shape any future "
        "talks, adding that neither side appeared ready to compromise.",
    ],
}

# Which categories a story of each type tends to contain (weights).
STORY_MIX: dict[str, dict[str, int]] = {
    "attack":   {"attack": 5, "claims": 4, "statement": 3, "displacement": 2, "background": 3,
                 "analysis": 2, "aid": 1, "threat": 1},
    "capture":  {"capture": 5, "claims": 3, "displacement": 3, "statement": 2, "background": 3,
                 "analysis": 3, "threat": 2, "attack": 1},
    "talks":    {"talks": 5, "statement": 3, "background": 3, "analysis": 3, "aid": 2,
                 "claims": 1, "sanction": 1},
    "aid":      {"aid": 5, "displacement": 4, "statement": 3, "background": 2, "claims": 1,
                 "talks": 1, "analysis": 1},
    "protest":  {"protest": 5, "statement": 2, "arrest": 2, "background": 3, "analysis": 2,
                 "talks": 1, "claims": 1},
    "sanction": {"sanction": 5, "statement": 2, "background": 3, "analysis": 3, "claims": 1,
                 "aid": 1, "talks": 1},
    "arrest":   {"arrest": 5, "statement": 2, "claims": 2, "background": 3, "analysis": 2,
                 "protest": 1, "threat": 1},
    "threat":   {"threat": 5, "capture": 2, "statement": 2, "displacement": 2,
                 "background": 3, "analysis": 3, "talks": 1},
}

# ---------------------------------------------------------------------------
# Slot filling
# ---------------------------------------------------------------------------


def _num(rng: random.Random, lo: int, hi: int, step: int = 1) -> str:
    return f"{rng.randrange(lo, hi + 1, step):,}"


def _casualties(rng: random.Random, lo: int, hi: int) -> str:
    n = rng.randint(lo, hi)
    form = rng.choice(["at least {n}", "at least {n}", "more than {n}", "{n}", "nearly {n}",
                       "some {n}"])
    if form.startswith(("nearly", "some")):
        n = max(10, round(n, -1))  # round figures read naturally with these qualifiers
    return form.format(n=f"{n:,}")


def _money(rng: random.Random) -> str:
    cur = rng.choice(["$", "$", "$", "€", "£"])
    if rng.random() < 0.3:
        return f"{cur}{rng.choice(['1', '1.2', '2', '2.5', '3', '4.1'])} billion"
    return f"{cur}{rng.choice([15, 20, 45, 60, 75, 100, 120, 150, 250, 315, 400, 500])} million"


def _day(rng: random.Random) -> str:
    r = rng.random()
    wd = rng.choice(WEEKDAYS)
    if r < 0.45:
        return f"on {wd}"
    if r < 0.65:
        return rng.choice([f"on {wd} night", f"early on {wd}", f"late on {wd}",
                           f"on {wd} morning", f"on {wd} afternoon"])
    if r < 0.9:
        return f"on {rng.randint(1, 28)} {rng.choice(MONTHS)}"
    return rng.choice(["overnight", "at the weekend", "earlier this week"])


class _Slots(dict):
    """Mapping for ``str.format_map``: fixed per-document slots plus fresh random ones."""

    def __init__(self, rng: random.Random, conflict: dict) -> None:
        super().__init__()
        self.rng = rng
        c = conflict
        pick = rng.choice
        cities = rng.sample(c["cities"], 2)
        towns = rng.sample(c["towns"], 2)
        groups = rng.sample(c["groups"], 2) if len(c["groups"]) > 1 else c["groups"] * 2
        foreign = rng.sample(c["foreign"], 2)
        g1, g2 = groups
        self.update(
            country=c["country"], capital=c["capital"],
            city=cities[0], city2=cities[1], town=towns[0], town2=towns[1],
            base=pick(c["bases"]), crossing=pick(c["crossings"]), camp=pick(c["camps"]),
            region=pick(c["regions"]), neighbour=pick(c["neighbours"]),
            gov=pick(c["gov"]), gov_leader=pick(c["gov_leaders"]),
            group=g1[0], group_short=g1[1], fighters=g1[3],
            group_leader=g1[2] or f"a senior commander of {g1[1]}",
            group2=g2[0], group2_short=g2[1],
            foreign=foreign[0], foreign2=foreign[1],
            venue=pick(c["venues"]),
        )
        self.conflict = c
        first, last = NAMES[c["names"]]
        ifirst, ilast = NAMES["intl"]
        soldiers = c.get("soldiers", f"{c['demonym']} soldiers")
        ministries = c.get("ministries") or [
            f"the {c['demonym']} {m} ministry" for m in ("foreign", "defence", "interior")]
        self.gen: dict[str, Callable[[], str]] = {
            "soldiers": lambda: soldiers,
            "army": lambda: pick(c["army"]),
            "ministry": lambda: pick(ministries),
            "igo": lambda: pick(c["igos"] + GLOBAL_IGOS),
            "agency": lambda: pick(AGENCIES),
            "monitor": lambda: pick(MONITORS),
            "day": lambda: _day(rng),
            "recent": lambda: pick(["last week", "earlier this week", "over the weekend",
                                    "last month", "in recent days", "two weeks ago",
                                    "earlier this month", "on Monday", "last Friday"]),
            "past": lambda: pick(["in March 2023", "in 2021", "late last year",
                                  "in early 2024", "in October 2023", "two years ago",
                                  "in the summer of 2022", "in January"]),
            "past_year": lambda: pick(["2019", "2020", "2021", "2022", "2023"]),
            "since": lambda: pick(["since January", "since last year",
                                   "since the start of the year", "since the war began",
                                   "since late 2023", "since March 2023", "since the summer"]),
            "next": lambda: pick(["next week", "later this month", "in the coming weeks",
                                  "before the end of the month"]),
            "killed": lambda: _casualties(rng, 3, 120),
            "wounded": lambda: _casualties(rng, 5, 250),
            "n_small": lambda: pick(SMALL),
            "n_tens": lambda: str(rng.randint(10, 95)),
            "hundreds": lambda: _num(rng, 100, 2900, 10),
            "n_days": lambda: pick(["three", "seven", "10", "14", "30", "60", "90"]),
            "minutes": lambda: pick(["10", "15", "20", "30", "40"]),
            "ordinal": lambda: pick(ORDINALS),
            "troops": lambda: pick(["500", "800", "1,200", "2,000", "3,000", "5,000", "8,000",
                                    "10,000", "15,000", "30,000"]),
            "money": lambda: _money(rng),
            "km": lambda: f"{rng.choice([5, 8, 12, 15, 20, 25, 30, 40, 50, 60, 80, 120, 170, 250])} km",
            "displaced": lambda: _num(rng, 2000, 250000, 500),
            "millions": lambda: pick(["1.2", "2.3", "3.5", "4", "6.8", "10"]),
            "camp_pop": lambda: _num(rng, 20000, 900000, 5000),
            "camp_cap": lambda: _num(rng, 5000, 60000, 1000),
            "tonnes": lambda: _num(rng, 200, 20000, 100),
            "trucks": lambda: str(rng.randint(8, 140)),
            "pct": lambda: f"{rng.randint(5, 65)}%",
            "area": lambda: _num(rng, 300, 12000, 50),
            "crowd": lambda: _num(rng, 5000, 50000, 1000),
            "crowd_low": lambda: _num(rng, 800, 4000, 100),
            "age": lambda: str(rng.randint(19, 72)),
            "said": lambda: pick([
                "local officials said", "a military source said", "witnesses said",
                "residents said", "{ministry} said", "according to local officials",
                "according to {monitor}", "{source} said", "medical sources said",
                "{igo} said", "according to a statement from {army}", "officials said",
            ]),
            "source": lambda: pick(SOURCES),
            "hedge": lambda: pick(HEDGES),
            "strike": lambda: pick(STRIKES),
            "support": lambda: pick(SUPPORT),
            "facility": lambda: pick(FACILITIES),
            "channel": lambda: pick(CHANNELS),
            "resident": lambda: f"{pick(first)} {pick(last)}",
            "occupation": lambda: pick(OCCUPATIONS),
            "intl_name": lambda: f"{pick(ifirst)} {pick(ilast)}",
            "analyst": lambda: f"{pick(ifirst)} {pick(ilast)}, {pick(ROLES)} at {pick(INSTITUTES)}",
            # quotes do not repeat within a document; the final full stop becomes a comma
            "civ_quote": self._deck(CIVILIAN_QUOTES),
            "off_quote": self._deck(OFFICIAL_QUOTES),
            "an_quote": self._deck(ANALYST_QUOTES),
        }

    def _deck(self, items: list[str]) -> Callable[[], str]:
        order = self.rng.sample(items, len(items))
        state = {"i": 0}

        def draw() -> str:
            item = order[state["i"] % len(order)]
            state["i"] += 1
            return item.rstrip(".")

        return draw

    def __missing__(self, key: str) -> str:
        return self.gen[key]()

    def fill(self, template: str) -> str:
        text = template
        for _ in range(4):  # slot values may themselves contain slots
            if "{" not in text:
                break
            text = text.format_map(self)
        return _capitalise(text)


def _capitalise(sentence: str) -> str:
    i = 1 if sentence[:1] == '"' else 0
    return sentence[:i] + sentence[i:i + 1].upper() + sentence[i + 1:]


def _words(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

MIN_WORDS, MAX_WORDS = 350, 900
MIN_PARAS, MAX_PARAS = 5, 12


def _document(rng: random.Random) -> str | None:
    conflict = rng.choice(CONFLICTS)
    slots = _Slots(rng, conflict)
    story = rng.choice(list(LEADS))
    used: set[str] = set()

    def take(category: str, k: int) -> list[str]:
        pool = [t for t in TEMPLATES[category] if t not in used and t[:30] != lead_tpl[:30]]
        if category == "background":
            pool += [t for t in conflict["background"] if t not in used]
        chosen = rng.sample(pool, min(k, len(pool)))
        used.update(chosen)
        return [slots.fill(t) for t in chosen]

    lead_tpl = rng.choice(LEADS[story])
    lead = [slots.fill(lead_tpl)]
    if rng.random() < 0.5:
        lead += take(story, 1)
    lead_text = " ".join(lead)
    if rng.random() < 0.2:
        lead_text = f"{slots['city'].upper()}, {conflict['country'].removeprefix('the ')} - " + lead_text

    mix = STORY_MIX[story]
    cats, weights = list(mix), list(mix.values())
    body: list[str] = []
    total = _words(lead_text)
    target = rng.randint(420, 840)
    attempts = 0
    while attempts < 60 and len(body) + 1 < MAX_PARAS and (
            total < target or len(body) + 1 < MIN_PARAS):
        attempts += 1
        cat = rng.choices(cats, weights)[0]
        k = rng.randint(1, 2) if cat in ("statement", "analysis") else rng.randint(2, 4)
        sentences = take(cat, k)
        if not sentences:
            continue
        para = " ".join(sentences)
        if total + _words(para) > MAX_WORDS:
            if total >= MIN_WORDS and len(body) + 1 >= MIN_PARAS:
                break
            continue
        body.append(para)
        total += _words(para)

    rng.shuffle(body)
    paras = [lead_text] + body
    if not (MIN_PARAS <= len(paras) <= MAX_PARAS and MIN_WORDS <= total <= MAX_WORDS):
        return None
    return "\n\n".join(paras)


def news_corpus(n: int = 240, seed: int = 7) -> list[str]:
    """Return ``n`` distinct synthetic conflict-news texts, deterministic for ``seed``.

    Each text has 350-900 words in 5-12 paragraphs separated by blank lines.
    """
    rng = random.Random(seed)
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < n:
        doc = _document(rng)
        if doc is None or doc in seen:
            continue
        seen.add(doc)
        texts.append(doc)
    return texts


if __name__ == "__main__":
    corpus = news_corpus()
    counts = [_words(t) for t in corpus]
    n_templates = sum(len(v) for v in TEMPLATES.values()) + sum(len(v) for v in LEADS.values())
    print(f"count: {len(corpus)} (distinct: {len(set(corpus))})")
    print(f"mean words: {sum(counts) / len(counts):.1f} (min {min(counts)}, max {max(counts)})")
    print(f"templates: {n_templates}, conflicts: {len(CONFLICTS)}")
    print()
    print(corpus[0])
