"""The default mapping of the police's event types to the office's categories.

The police publish about 90 types (all 89 of the archived Stockholm county
and country-wide files are listed here). An administrator edits the mapping
the importer uses; this is what a new office starts from. A type nobody
mapped yet is Other (OTHER), and the import preview lists it, so an office
sees when the police invent a type.

Keys are the `type` texts exactly as published (NFC, stripped). The category
codes are those of the office's category table (docs: DOMAIN.md).
"""

from __future__ import annotations

import unicodedata

OTHER = "OTHER"

DEFAULT_TYPE_CATEGORIES: dict[str, str] = {
    # SHOOT: shots and blasts, and the explosive devices and threats that precede them.
    "Skottlossning": "SHOOT",
    "Skottlossning, misstänkt": "SHOOT",
    "Explosion": "SHOOT",
    "Detonation": "SHOOT",
    "Bombhot": "SHOOT",
    "Farligt föremål, misstänkt": "SHOOT",
    # VIOL: violence, robbery, serious sexual crime, threats, hate crime, and weapons
    # carried in public (knives, guns): violence waiting to happen.
    "Misshandel": "VIOL",
    "Misshandel, grov": "VIOL",
    "Mord/dråp": "VIOL",
    "Mord/dråp, försök": "VIOL",
    "Olaga hot": "VIOL",
    "Våld/hot mot tjänsteman": "VIOL",
    "Olaga frihetsberövande/människorov": "VIOL",
    "Rån": "VIOL",
    "Rån väpnat": "VIOL",
    "Rån övrigt": "VIOL",
    "Rån, försök": "VIOL",
    "Våldtäkt": "VIOL",
    "Våldtäkt, försök": "VIOL",
    "Sexualbrott": "VIOL",
    "Hets mot folkgrupp": "VIOL",
    "Knivlagen": "VIOL",
    "Vapenlagen": "VIOL",
    # FIRE: fires the police attend are mostly vehicle fires and arson; an automatic
    # alarm is not a fire (Other, below).
    "Brand": "FIRE",
    "Mordbrand": "FIRE",
    # DRUG: drug offences, dealing and finds.
    "Narkotikabrott": "DRUG",
    # DIST: disorder in public space: fights, drunkenness, fireworks, harassment and
    # indecency in public, illegal serving, attacks on the emergency services.
    "Bråk": "DIST",
    "Ordningslagen": "DIST",
    "Fylleri": "DIST",
    "Fylleri/LOB": "DIST",
    "Smällar": "DIST",
    "Ofredande/förargelse": "DIST",
    "Sedlighetsbrott": "DIST",
    "Alkohollagen": "DIST",
    "Sabotage mot blåljusverksamhet": "DIST",
    # VAND: damage and graffiti.
    "Skadegörelse": "VAND",
    # DRIVE: driving that endangers others on local streets (reckless, unlicensed or
    # drunk driving: where the police's notices put "buskörning").
    "Trafikbrott": "DRIVE",
    "Olovlig körning": "DRIVE",
    "Rattfylleri": "DRIVE",
    # EVENT: police operations for public events and demonstrations.
    "Polisinsats/kommendering": "EVENT",
    # OTHER, property and economic crime: not one of the office's categories.
    "Stöld": OTHER,
    "Stöld, försök": OTHER,
    "Stöld/inbrott": OTHER,
    "Inbrott": OTHER,
    "Inbrott, försök": OTHER,
    "Häleri": OTHER,
    "Bedrägeri": OTHER,
    "Åldringsbrott": OTHER,
    "Ekobrott": OTHER,
    "Missbruk av urkund": OTHER,
    "Motorfordon, stöld": OTHER,
    "Motorfordon, anträffat stulet": OTHER,
    "Hemfridsbrott": OTHER,
    "Olaga intrång": OTHER,
    # OTHER, automatic alarms: mostly without an event behind them.
    "Larm Inbrott": OTHER,
    "Larm Överfall": OTHER,
    "Brand automatlarm": OTHER,
    "Varningslarm/haveri": OTHER,
    # OTHER, traffic accidents and the police's own controls: not the office's log.
    "Trafikolycka": OTHER,
    "Trafikolycka, personskada": OTHER,
    "Trafikolycka, singel": OTHER,
    "Trafikolycka, smitning från": OTHER,
    "Trafikolycka, vilt": OTHER,
    "Trafikhinder": OTHER,
    "Trafikkontroll": OTHER,
    "Kontroll": OTHER,
    "Kontroll person/fordon": OTHER,
    "Sjölagen": OTHER,
    "Luftfartslagen": OTHER,
    # OTHER, accidents, rescue, illness and death: the rescue service's and health care's.
    "Arbetsplatsolycka": OTHER,
    "Räddningsinsats": OTHER,
    "Fjällräddning": OTHER,
    "Sjukdom/olycksfall": OTHER,
    "Anträffad död": OTHER,
    "Vållande till kroppsskada": OTHER,
    "Djur": OTHER,
    # OTHER, people and property sought or found.
    "Efterlyst person": OTHER,
    "Försvunnen person": OTHER,
    "Anträffat gods": OTHER,
    "Upphittat föremål": OTHER,
    # OTHER, laws outside the office's remit.
    "Utlänningslagen": OTHER,
    "Miljöbrott": OTHER,
    "Skyddslagen": OTHER,
    # OTHER, the police's own notices: summaries, information, updates.
    "Sammanfattning natt": OTHER,
    "Sammanfattning kväll och natt": OTHER,
    "Sammanfattning dygn": OTHER,
    "Information": OTHER,
    "Uppdatering": OTHER,
    "Övrigt": OTHER,
}


def default_category(police_type: str) -> str:
    """The default category code of a police type; OTHER for a type not in the table."""
    key = " ".join(unicodedata.normalize("NFC", police_type).split())
    return DEFAULT_TYPE_CATEGORIES.get(key, OTHER)
