"""The incident CSV's columns: English names (written) and Swedish names (also read)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

# (English header, Swedish header, what it holds) in the order they are written.
# The headers are the file's format and stay as they are; what a column holds is
# shown to a person (column_help) and translated there.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    (
        "reference",
        "referens",
        QT_TRANSLATE_NOOP(
            "csv_columns", "yearly reference, e.g. 2026-0142; empty: a new one is given"
        ),
    ),
    (
        "occurred_at",
        "inträffade",
        QT_TRANSLATE_NOOP("csv_columns", "when it happened, local time: 2026-11-26 14:05"),
    ),
    (
        "occurred_until",
        "inträffade_till",
        QT_TRANSLATE_NOOP("csv_columns", "optional end of the incident"),
    ),
    (
        "reported_at",
        "rapporterad",
        QT_TRANSLATE_NOOP("csv_columns", "when the office learnt of it"),
    ),
    (
        "category",
        "kategori",
        QT_TRANSLATE_NOOP("csv_columns", "category code (FIRE) or its English or Swedish title"),
    ),
    (
        "area",
        "område",
        QT_TRANSLATE_NOOP(
            "csv_columns", "safety, security, infosec or insurance (or the Swedish title)"
        ),
    ),
    (
        "severity",
        "allvarlighet",
        QT_TRANSLATE_NOOP("csv_columns", "1 low, 2 moderate, 3 high, 4 critical"),
    ),
    (
        "status",
        "status",
        QT_TRANSLATE_NOOP(
            "csv_columns", "new, ongoing, follow_up or closed (or the Swedish title)"
        ),
    ),
    (
        "district",
        "kommundel",
        QT_TRANSLATE_NOOP("csv_columns", "one of the municipality's districts"),
    ),
    ("place", "plats", QT_TRANSLATE_NOOP("csv_columns", "street, school, square")),
    ("latitude", "latitud", QT_TRANSLATE_NOOP("csv_columns", "decimal degrees, point or comma")),
    ("longitude", "longitud", QT_TRANSLATE_NOOP("csv_columns", "decimal degrees, point or comma")),
    ("summary", "sammanfattning", QT_TRANSLATE_NOOP("csv_columns", "one line")),
    (
        "description",
        "beskrivning",
        QT_TRANSLATE_NOOP("csv_columns", "free text without personal data"),
    ),
    ("source_agency", "källa", QT_TRANSLATE_NOOP("csv_columns", "the agency that reported it")),
    (
        "source_reliability",
        "tillförlitlighet",
        QT_TRANSLATE_NOOP("csv_columns", "unknown, low, medium or high"),
    ),
    ("verified", "verifierad", QT_TRANSLATE_NOOP("csv_columns", "yes/no (ja/nej, 1/0)")),
    (
        "agencies_involved",
        "inblandade_aktörer",
        QT_TRANSLATE_NOOP("csv_columns", "agency names, one per line in the cell"),
    ),
    (
        "police_ref",
        "polisens_diarienummer",
        QT_TRANSLATE_NOOP("csv_columns", "the police's diary number"),
    ),
    (
        "rescue_ref",
        "räddningstjänstens_nummer",
        QT_TRANSLATE_NOOP("csv_columns", "the fire and rescue service's incident number"),
    ),
    (
        "external_ref",
        "extern_referens",
        QT_TRANSLATE_NOOP("csv_columns", "another external reference"),
    ),
    ("external_url", "länk", QT_TRANSLATE_NOOP("csv_columns", "a web address")),
    ("injured", "skadade", QT_TRANSLATE_NOOP("csv_columns", "number of people injured")),
    ("damage", "skador", QT_TRANSLATE_NOOP("csv_columns", "damage, in words")),
    (
        "estimated_cost_sek",
        "kostnad_kr",
        QT_TRANSLATE_NOOP("csv_columns", "estimated cost in kronor"),
    ),
    (
        "insurance_claim_ref",
        "försäkringsärende",
        QT_TRANSLATE_NOOP("csv_columns", "the insurance claim's reference"),
    ),
    ("action_taken", "åtgärd", QT_TRANSLATE_NOOP("csv_columns", "what was done")),
    (
        "secret",
        "sekretess",
        QT_TRANSLATE_NOOP(
            "csv_columns", "yes/no: kept out of briefings and exports unless asked for"
        ),
    ),
    (
        "related",
        "relaterade",
        QT_TRANSLATE_NOOP("csv_columns", "references of related incidents, comma-separated"),
    ),
    (
        "duplicate_of",
        "dubblett_av",
        QT_TRANSLATE_NOOP("csv_columns", "reference of the incident this one duplicates"),
    ),
)

ENGLISH = tuple(english for english, _, _ in COLUMNS)
REQUIRED = ("occurred_at", "category", "summary")


def described() -> list[tuple[str, str, str]]:
    """The columns with what each holds in the current language (the import's help)."""
    return [
        (english, swedish, translate("csv_columns", text)) for english, swedish, text in COLUMNS
    ]


def canonical(header: str) -> str | None:
    """The English column name for a header cell in either language, or None."""
    key = header.strip().lstrip("\ufeff").strip().lower().replace(" ", "_").replace("-", "_")
    for english, swedish, _ in COLUMNS:
        if key in (english, swedish):
            return english
    return None
