"""The demo municipality: its districts, places and co-operating agencies.

Places are public landmarks (centres, stations, schools, squares), never homes.
"""

from __future__ import annotations

MUNICIPALITY = "Botkyrka"

# district -> public places in it; the weights roughly follow population.
DISTRICTS: dict[str, tuple[float, tuple[str, ...]]] = {
    "Alby": (
        1.3,
        (
            "Alby centrum",
            "Alby tunnelbanestation",
            "Albyberget",
            "Alby friluftsgård",
            "Hågelbyleden vid Alby",
            "Alby gymnasium",
        ),
    ),
    "Fittja": (
        1.2,
        (
            "Fittja centrum",
            "Fittja torg",
            "Fittja tunnelbanestation",
            "Fittja gård",
            "Fittjaskolan",
            "Fittja badplats",
        ),
    ),
    "Hallunda": (
        1.1,
        (
            "Hallunda centrum",
            "Hallunda tunnelbanestation",
            "Hallundavägen",
            "Folkets hus Hallunda",
            "Hallunda torg",
        ),
    ),
    "Norsborg": (
        1.0,
        (
            "Norsborgs tunnelbanestation",
            "Norsborgs centrum",
            "Eriksbergsskolan",
            "Skarpbrunnavägen",
            "Norsborgs idrottsplats",
        ),
    ),
    "Tumba": (
        1.4,
        (
            "Tumba centrum",
            "Tumba station",
            "Tumba gymnasium",
            "Tumba torg",
            "Kommunalvägen",
            "Tumba bibliotek",
        ),
    ),
    "Tullinge": (
        0.9,
        (
            "Tullinge station",
            "Tullinge centrum",
            "Tullinge gymnasium",
            "Tullingebergsskolan",
            "Riksten",
        ),
    ),
    "Vårsta": (0.4, ("Vårsta centrum", "Vårsta skola", "Vårsta idrottsplats")),
    "Grödinge": (0.3, ("Grödinge kyrka", "Sibble", "Grödinge skola")),
    "Storvreten": (
        0.8,
        ("Storvretens centrum", "Storvretsskolan", "Storvretsvägen", "Storvretens fritidsgård"),
    ),
    "Eriksberg": (0.6, ("Eriksbergs centrum", "Eriksbergs parkering", "Eriksbergsplan")),
}

# (name, kind)
AGENCIES: tuple[tuple[str, str], ...] = (
    ("Botkyrka kommun, säkerhetsenheten", "municipal"),
    ("Lokalpolisområde Botkyrka", "local_police"),
    ("Polisregion Stockholm", "regional_police"),
    ("Polisen, länskommunikationscentralen", "county_police"),
    ("Södertörns brandförsvarsförbund", "fire_rescue"),
    ("Utbildningsförvaltningen", "school"),
    ("Socialförvaltningen", "social_services"),
    ("Kultur- och fritidsförvaltningen", "leisure"),
    ("AB Botkyrkabyggen", "housing"),
    ("Väktarbolaget (upphandlat)", "other"),
)
