"""The names of the fields a ValidationError can name, marked for translation.

Nothing reads the tuple itself: the marks put the names in the catalog, where
app.errors.field_name finds them by their words (context "ValidationField").
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

# The fields a file's problems are reported for (the incident CSV's columns, the
# file as a whole), as the officer reads them: "occurred_at" is "occurred at",
# in Swedish "inträffade" (the Swedish column's name). A field not listed here is
# shown by its key, underscores as spaces. app.errors.field_name looks them up, for the screens
# and the command line alike (app/ builds keys such as "notice 41, summary" with
# it); every key a person can meet in a message belongs here.
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("ValidationField", "file"),
    QT_TRANSLATE_NOOP("ValidationField", "header"),
    QT_TRANSLATE_NOOP("ValidationField", "event"),
    QT_TRANSLATE_NOOP("ValidationField", "reference"),
    QT_TRANSLATE_NOOP("ValidationField", "occurred at"),
    QT_TRANSLATE_NOOP("ValidationField", "occurred until"),
    QT_TRANSLATE_NOOP("ValidationField", "reported at"),
    QT_TRANSLATE_NOOP("ValidationField", "category"),
    QT_TRANSLATE_NOOP("ValidationField", "area"),
    QT_TRANSLATE_NOOP("ValidationField", "severity"),
    QT_TRANSLATE_NOOP("ValidationField", "status"),
    QT_TRANSLATE_NOOP("ValidationField", "district"),
    QT_TRANSLATE_NOOP("ValidationField", "place"),
    QT_TRANSLATE_NOOP("ValidationField", "latitude"),
    QT_TRANSLATE_NOOP("ValidationField", "longitude"),
    QT_TRANSLATE_NOOP("ValidationField", "summary"),
    QT_TRANSLATE_NOOP("ValidationField", "description"),
    QT_TRANSLATE_NOOP("ValidationField", "source agency"),
    QT_TRANSLATE_NOOP("ValidationField", "source reliability"),
    QT_TRANSLATE_NOOP("ValidationField", "verified"),
    QT_TRANSLATE_NOOP("ValidationField", "agencies involved"),
    QT_TRANSLATE_NOOP("ValidationField", "police ref"),
    QT_TRANSLATE_NOOP("ValidationField", "rescue ref"),
    QT_TRANSLATE_NOOP("ValidationField", "external ref"),
    QT_TRANSLATE_NOOP("ValidationField", "external url"),
    QT_TRANSLATE_NOOP("ValidationField", "injured"),
    QT_TRANSLATE_NOOP("ValidationField", "damage"),
    QT_TRANSLATE_NOOP("ValidationField", "estimated cost sek"),
    QT_TRANSLATE_NOOP("ValidationField", "insurance claim ref"),
    QT_TRANSLATE_NOOP("ValidationField", "action taken"),
    QT_TRANSLATE_NOOP("ValidationField", "secret"),
    QT_TRANSLATE_NOOP("ValidationField", "related"),
    QT_TRANSLATE_NOOP("ValidationField", "duplicate of"),
    QT_TRANSLATE_NOOP("ValidationField", "row"),
    # The office's settings a CAP alert or a police import needs.
    QT_TRANSLATE_NOOP("ValidationField", "municipality"),
    QT_TRANSLATE_NOOP("ValidationField", "municipality name"),
    QT_TRANSLATE_NOOP("ValidationField", "police type"),
    # A CAP alert's parts, by their element's name.
    QT_TRANSLATE_NOOP("ValidationField", "cap"),
    QT_TRANSLATE_NOOP("ValidationField", "identifier"),
    QT_TRANSLATE_NOOP("ValidationField", "info"),
    QT_TRANSLATE_NOOP("ValidationField", "sent"),
    QT_TRANSLATE_NOOP("ValidationField", "effective"),
    QT_TRANSLATE_NOOP("ValidationField", "onset"),
    QT_TRANSLATE_NOOP("ValidationField", "expires"),
    # A police event's fields in the JSON file (its "summary" is the incident's).
    QT_TRANSLATE_NOOP("ValidationField", "id"),
    QT_TRANSLATE_NOOP("ValidationField", "name"),
    QT_TRANSLATE_NOOP("ValidationField", "datetime"),
    QT_TRANSLATE_NOOP("ValidationField", "type"),
    QT_TRANSLATE_NOOP("ValidationField", "url"),
    QT_TRANSLATE_NOOP("ValidationField", "location.name"),
    # A vCard's person (its "name" as above); ORG is the agency.
    QT_TRANSLATE_NOOP("ValidationField", "title"),
    QT_TRANSLATE_NOOP("ValidationField", "phone"),
    QT_TRANSLATE_NOOP("ValidationField", "mobile"),
    QT_TRANSLATE_NOOP("ValidationField", "email"),
    QT_TRANSLATE_NOOP("ValidationField", "notes"),
    QT_TRANSLATE_NOOP("ValidationField", "org"),
)
