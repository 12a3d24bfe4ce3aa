"""The incident CSV's columns: English names (written) and Swedish names (also read)."""

from __future__ import annotations

# (English header, Swedish header, what it holds) in the order they are written.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("reference", "referens", "yearly reference, e.g. 2026-0142; empty: a new one is given"),
    ("occurred_at", "inträffade", "when it happened, local time: 2026-11-26 14:05"),
    ("occurred_until", "inträffade_till", "optional end of the incident"),
    ("reported_at", "rapporterad", "when the office learnt of it"),
    ("category", "kategori", "category code (FIRE) or its English or Swedish title"),
    ("area", "område", "safety, security, infosec or insurance (or the Swedish title)"),
    ("severity", "allvarlighet", "1 low, 2 moderate, 3 high, 4 critical"),
    ("status", "status", "new, ongoing, follow_up or closed (or the Swedish title)"),
    ("district", "kommundel", "one of the municipality's districts"),
    ("place", "plats", "street, school, square"),
    ("latitude", "latitud", "decimal degrees, point or comma"),
    ("longitude", "longitud", "decimal degrees, point or comma"),
    ("summary", "sammanfattning", "one line"),
    ("description", "beskrivning", "free text without personal data"),
    ("source_agency", "källa", "the agency that reported it"),
    ("source_reliability", "tillförlitlighet", "unknown, low, medium or high"),
    ("verified", "verifierad", "yes/no (ja/nej, 1/0)"),
    ("agencies_involved", "inblandade_aktörer", "agency names, one per line in the cell"),
    ("police_ref", "polisens_diarienummer", "the police's diary number"),
    ("rescue_ref", "räddningstjänstens_nummer", "the fire and rescue service's incident number"),
    ("external_ref", "extern_referens", "another external reference"),
    ("external_url", "länk", "a web address"),
    ("injured", "skadade", "number of people injured"),
    ("damage", "skador", "damage, in words"),
    ("estimated_cost_sek", "kostnad_kr", "estimated cost in kronor"),
    ("insurance_claim_ref", "försäkringsärende", "the insurance claim's reference"),
    ("action_taken", "åtgärd", "what was done"),
    ("secret", "sekretess", "yes/no: kept out of briefings and exports unless asked for"),
    ("related", "relaterade", "references of related incidents, comma-separated"),
    ("duplicate_of", "dubblett_av", "reference of the incident this one duplicates"),
)

ENGLISH = tuple(english for english, _, _ in COLUMNS)
REQUIRED = ("occurred_at", "category", "summary")


def canonical(header: str) -> str | None:
    """The English column name for a header cell in either language, or None."""
    key = header.strip().lstrip("\ufeff").strip().lower().replace(" ", "_").replace("-", "_")
    for english, swedish, _ in COLUMNS:
        if key in (english, swedish):
            return english
    return None
