"""The briefing's words in Swedish (the default) and English."""

from __future__ import annotations

from app.domain.vocabulary import AREA_TITLES, CASE_STATUS_TITLES, Area, CaseStatus

_TEXTS: dict[str, tuple[str, str]] = {
    # key: (Swedish, English)
    "briefing": ("Lägesbild", "Situation briefing"),
    "subject": ("Lägesbild inför samverkansmöte", "Situation briefing for the joint meeting"),
    "meeting": ("Möte", "Meeting"),
    "date": ("Datum", "Date"),
    "place": ("Plats", "Place"),
    "period": ("Period", "Period"),
    "compared_with": ("Jämförs med", "Compared with"),
    "prepared_by": ("Upprättad av", "Prepared by"),
    "generated": ("Skapad", "Generated"),
    "page_of": ("Sida {n} av {m}", "Page {n} of {m}"),
    "contents": ("Innehåll", "Contents"),
    "key_points": ("Sammanfattning", "Key points"),
    "no_key_points": (
        "Inga påtagliga förändringar under perioden.",
        "No marked changes in the period.",
    ),
    "incidents": ("Händelser", "Incidents"),
    "total": ("Totalt", "Total"),
    "by_area": ("Händelser per område", "Incidents by area"),
    "by_category": ("Händelser per kategori", "Incidents by category"),
    "area": ("Område", "Area"),
    "category": ("Kategori", "Category"),
    "district": ("Kommundel", "District"),
    "this_period": ("Perioden", "This period"),
    "previous_period": ("Föregående period", "Previous period"),
    "change": ("Förändring", "Change"),
    "year_ago": ("Samma period i fjol", "Same period last year"),
    "change_year": ("Mot i fjol", "Against last year"),
    "changes_note": (
        "Förändringar på små tal (under {n}) anges i antal, annars i procent.",
        "Changes on small counts (below {n}) are given as counts, otherwise as percentages.",
    ),
    "charts": ("Diagram", "Charts"),
    "weekly": ("Händelser per vecka och kategori", "Incidents per week and category"),
    "per_district": ("Händelser per kommundel", "Incidents per district"),
    "per_district_note": (
        "Fylld stapel: perioden. Tunn ram: föregående period.",
        "Filled bar: this period. Thin outline: the previous period.",
    ),
    "matrix": ("Kommundel och kategori", "District and category"),
    "matrix_note": (
        "De högsta värdena är markerade med fet stil och mörkare bakgrund.",
        "The highest values are marked in bold on a darker background.",
    ),
    "week": ("v.", "wk"),
    "week_long": ("Vecka", "Week"),
    "other": ("Övrigt", "Other"),
    "no_district": ("Ingen kommundel", "No district"),
    "notable": ("Allvarliga händelser", "Notable incidents"),
    "notable_note": (
        "Allvarlighetsgrad hög eller kritisk, i tidsordning. Sekretessmarkerade händelser "
        "ingår inte; personnummer är maskerade.",
        "Severity high or critical, in time order. Incidents marked secret are left out; "
        "identity numbers are masked.",
    ),
    "none_notable": (
        "Inga händelser med hög eller kritisk allvarlighetsgrad.",
        "No incidents of high or critical severity.",
    ),
    "reference": ("Nummer", "Reference"),
    "when": ("Tidpunkt", "Time"),
    "summary": ("Sammanfattning", "Summary"),
    "severity": ("Allvar", "Severity"),
    "verified": ("Verifierad", "Verified"),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    "task_forces": ("Insatsgrupper", "Task forces"),
    "task_forces_note": (
        "Endast antal; inga ärendenummer eller personkoder.",
        "Numbers only; no case numbers or subject codes.",
    ),
    "none_task_forces": ("Inga insatsgrupper.", "No task forces."),
    "task_force": ("Insatsgrupp", "Task force"),
    "new": ("Nya", "New"),
    "closed_in_period": ("Avslutade", "Closed"),
    "overdue_reviews": ("Sena uppföljn.", "Overdue reviews"),
    "actions": ("Åtgärdspunkter", "Action items"),
    "open_actions": ("Öppna", "Open"),
    "done_actions": ("Klara sedan förra mötet", "Done since the last meeting"),
    "none_open": ("Inga öppna åtgärdspunkter.", "No open action items."),
    "none_done": ("Inga.", "None."),
    "what": ("Åtgärd", "Action"),
    "owner": ("Ansvarig", "Owner"),
    "due": ("Klart senast", "Due"),
    "done_on": ("Klar", "Done"),
    "overdue": ("försenad", "overdue"),
    "agenda": ("Dagordning", "Agenda"),
    "decision_asked": ("Beslut begärs", "Decision asked"),
    "decisions": ("Beslut som mötet ombeds fatta", "Decisions the meeting is asked to take"),
    "none_decisions": ("Inga beslutsärenden.", "No decisions asked."),
    "no_agenda": ("Ingen dagordning.", "No agenda."),
    "no_meeting": (
        "Lägesbilden är inte kopplad till ett möte.",
        "The briefing is not tied to a meeting.",
    ),
    "attendees": ("Deltagare", "Attendees"),
    "name": ("Namn", "Name"),
    "role": ("Roll", "Role"),
    "agency": ("Myndighet", "Agency"),
    "no_attendees": ("Inga deltagare angivna.", "No attendees given."),
    "risk_dates": ("Kommande riskdatum", "Coming risk dates"),
    "risk_dates_until": ("Fram till {day}", "Until {day}"),
    "occasion": ("Tillfälle", "Occasion"),
    "note": ("Anmärkning", "Note"),
    "none_risk_dates": ("Inga riskdatum under perioden.", "No risk dates in the period."),
    "annex": ("Bilaga: kontaktuppgifter", "Annex: contacts"),
    "duty_phones": ("Myndigheternas tjänsteman i beredskap", "The agencies' duty officers"),
    "duty_phone": ("Beredskapsnummer", "Duty phone"),
    "phone": ("Telefon", "Phone"),
    "members": ("Samverkansmötets ledamöter och ersättare", "Members and deputies"),
    "deputy": ("Ersättare", "Deputy"),
    "none_members": ("Inga ledamöter angivna.", "No members given."),
    "appendix": ("Bilaga: periodens händelser", "Appendix: the incidents of the period"),
    "appendix_note": (
        "{n} händelser. {s} sekretessmarkerade händelser ingår inte.",
        "{n} incidents. {s} incidents marked secret are left out.",
    ),
    "appendix_note_none_secret": ("{n} händelser.", "{n} incidents."),
    "status": ("Status", "Status"),
}


def text(key: str, language: str = "sv", **values: object) -> str:
    sv, en = _TEXTS[key]
    chosen = en if language == "en" else sv
    return chosen.format(**values) if values else chosen


def area_title(value: str, language: str = "sv") -> str:
    try:
        en, sv = AREA_TITLES[Area(value)]
    except ValueError:
        return value
    return en if language == "en" else sv


def case_status_title(status: CaseStatus, language: str = "sv") -> str:
    en, sv = CASE_STATUS_TITLES[status]
    return en if language == "en" else sv
