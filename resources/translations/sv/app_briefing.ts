<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>briefing</name>
        <message numerus="yes">
            <source>%Ln incident(s).</source>
            <translation>
                <numerusform>%Ln händelse.</numerusform>
                <numerusform>%Ln händelser.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln incident(s) marked secret are left out.</source>
            <translation>
                <numerusform>%Ln sekretessmarkerad händelse ingår inte.</numerusform>
                <numerusform>%Ln sekretessmarkerade händelser ingår inte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Appendix: the incidents of the period</source>
            <translation>Bilaga: periodens händelser</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Allvar</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>choose sv or en</source>
            <translation>välj sv eller en</translation>
        </message>
        <message>
            <source>give a period, or a meeting to take it from</source>
            <translation>ange en period, eller ett möte att ta den från</translation>
        </message>
        <message>
            <source>the period ends before it starts</source>
            <translation>perioden slutar innan den börjar</translation>
        </message>
        <message>
            <source>Internal – not for publication</source>
            <translation>Intern – ej för publicering</translation>
        </message>
        <message>
            <source>Generated {time}</source>
            <translation>Skapad {time}</translation>
        </message>
        <message>
            <source>Page {n} of {m}</source>
            <translation>Sida {n} av {m}</translation>
        </message>
        <message>
            <source>Situation briefing {period}</source>
            <translation>Lägesbild {period}</translation>
        </message>
        <message>
            <source>Situation briefing for the joint meeting</source>
            <translation>Lägesbild inför samverkansmöte</translation>
        </message>
        <message>
            <source>the briefing was cancelled; no file was written</source>
            <translation>lägesbilden avbröts; ingen fil skrevs</translation>
        </message>
        <message>
            <source>Week {week}, {category}: {count}</source>
            <translation>Vecka {week}, {category}: {count}</translation>
        </message>
        <message>
            <source>wk</source>
            <translation>v.</translation>
        </message>
        <message>
            <source>{district}: {count} (previous period {previous})</source>
            <translation>{district}: {count} (föregående period {previous})</translation>
        </message>
        <message>
            <source>Notable incidents</source>
            <translation>Allvarliga händelser</translation>
        </message>
        <message>
            <source>No incidents of high or critical severity.</source>
            <translation>Inga händelser med hög eller kritisk allvarlighetsgrad.</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verifierad</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Severity high or critical, in time order. Incidents marked secret are left out; identity numbers are masked.</source>
            <translation>Allvarlighetsgrad hög eller kritisk, i tidsordning. Sekretessmarkerade händelser ingår inte; personnummer är maskerade.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>Jämförs med</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Upprättad av</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>{previous} (previous period); {year_ago} (same period last year)</source>
            <translation>{previous} (föregående period); {year_ago} (samma period i fjol)</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>I korthet</translation>
        </message>
        <message>
            <source>Incidents by area</source>
            <translation>Händelser per område</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Incidents by category</source>
            <translation>Händelser per kategori</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Perioden</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Föregående period</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Förändring</translation>
        </message>
        <message>
            <source>Same period last year</source>
            <translation>Samma period i fjol</translation>
        </message>
        <message>
            <source>Against last year</source>
            <translation>Mot i fjol</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagram</translation>
        </message>
        <message>
            <source>Incidents per week and category</source>
            <translation>Händelser per vecka och kategori</translation>
        </message>
        <message>
            <source>Incidents per district</source>
            <translation>Händelser per kommundel</translation>
        </message>
        <message>
            <source>District and category</source>
            <translation>Kommundel och kategori</translation>
        </message>
        <message>
            <source>Task forces</source>
            <translation>Insatsgrupper</translation>
        </message>
        <message>
            <source>No task forces.</source>
            <translation>Inga insatsgrupper.</translation>
        </message>
        <message>
            <source>Task force</source>
            <translation>Insatsgrupp</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nya</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutade</translation>
        </message>
        <message>
            <source>Overdue reviews</source>
            <translation>Sena avstämn.</translation>
        </message>
        <message>
            <source>Numbers only; no case numbers or subject codes.</source>
            <translation>Endast antal; inga ärendenummer eller pseudonymer.</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Åtgärdspunkter</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <source>No open action items.</source>
            <translation>Inga öppna åtgärdspunkter.</translation>
        </message>
        <message>
            <source>Done since the last meeting</source>
            <translation>Klara sedan förra mötet</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Inga.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date} (försenad)</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>The briefing is not tied to a meeting.</source>
            <translation>Lägesbilden är inte kopplad till ett möte.</translation>
        </message>
        <message>
            <source>(decision asked)</source>
            <translation>(beslut begärs)</translation>
        </message>
        <message>
            <source>No agenda.</source>
            <translation>Ingen dagordning.</translation>
        </message>
        <message>
            <source>Decisions the meeting is asked to take</source>
            <translation>Beslut som mötet ombeds fatta</translation>
        </message>
        <message>
            <source>No decisions asked.</source>
            <translation>Inga beslutsärenden.</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>No attendees given.</source>
            <translation>Inga deltagare angivna.</translation>
        </message>
        <message>
            <source>Coming risk dates</source>
            <translation>Kommande riskdatum</translation>
        </message>
        <message>
            <source>Until {day}</source>
            <translation>Fram till {day}</translation>
        </message>
        <message>
            <source>No risk dates in the period.</source>
            <translation>Inga riskdatum under perioden.</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Tillfälle</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anmärkning</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Annex: contacts</source>
            <translation>Bilaga: kontaktuppgifter</translation>
        </message>
        <message>
            <source>The agencies' duty officers</source>
            <translation>Myndigheternas tjänstemän i beredskap</translation>
        </message>
        <message>
            <source>Duty phone</source>
            <translation>Beredskapsnummer</translation>
        </message>
        <message>
            <source>Members and deputies</source>
            <translation>Samverkansmötets ledamöter och ersättare</translation>
        </message>
        <message>
            <source>No members given.</source>
            <translation>Inga ledamöter angivna.</translation>
        </message>
        <message>
            <source>Deputy</source>
            <translation>Ersättare</translation>
        </message>
        <message>
            <source>Situation briefing</source>
            <translation>Lägesbild</translation>
        </message>
        <message>
            <source>No district</source>
            <translation>Ingen kommundel</translation>
        </message>
        <message>
            <source>No marked changes in the period.</source>
            <translation>Inga påtagliga förändringar under perioden.</translation>
        </message>
        <message>
            <source>Changes on small counts (below {n}) are given as counts, otherwise as percentages.</source>
            <translation>Förändringar på små tal (under {n}) anges i antal, annars i procent.</translation>
        </message>
        <message>
            <source>Filled bar: this period. Thin outline: the previous period.</source>
            <translation>Fylld stapel: perioden. Tunn ram: föregående period.</translation>
        </message>
        <message>
            <source>The highest values are marked in bold on a darker background.</source>
            <translation>De högsta värdena är markerade med fet stil och mörkare bakgrund.</translation>
        </message>
    </context>
    <context>
        <name>roster_pdf</name>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>Name and role</source>
            <translation>Namn och roll</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Deputy</source>
            <translation>Ersättare</translation>
        </message>
        <message>
            <source>Deputy's phone</source>
            <translation>Ersättarens telefon</translation>
        </message>
        <message>
            <source>Joint meeting – contact list</source>
            <translation>Samverkansmöte – kontaktlista</translation>
        </message>
        <message numerus="yes">
            <source>Printed {date} · %Ln member(s)</source>
            <translation>
                <numerusform>Utskriven {date} · %Ln ledamot</numerusform>
                <numerusform>Utskriven {date} · %Ln ledamöter</numerusform>
            </translation>
        </message>
        <message>
            <source>No one in the roster sits on the joint meeting.</source>
            <translation>Ingen i kontaktlistan sitter i samverkansmötet.</translation>
        </message>
        <message>
            <source>Tel {number}</source>
            <translation>Tel {number}</translation>
        </message>
        <message>
            <source>Mobile {number}</source>
            <translation>Mobil {number}</translation>
        </message>
        <message>
            <source>Contact details for official use · Samverkan</source>
            <translation>Kontaktuppgifter för tjänstebruk · Samverkan</translation>
        </message>
    </context>
</TS>
