<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action item</source>
        <translation>Redigera åtgärdspunkt</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Ny åtgärdspunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Compare the two versions and choose what to keep.</source>
        <translation>Jämför de två versionerna och välj vad som ska sparas.</translation>
    </message>
    <message>
        <source>None (standalone)</source>
        <translation>Inget (fristående)</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Open action items</source>
        <translation>Öppna åtgärdspunkter</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärdspunkter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>Visa klara</translation>
    </message>
    <message>
        <source>Also list the items done in the last 90 days</source>
        <translation>Visa också punkterna som blev klara de senaste 90 dagarna</translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation>Ny åtgärdspunkt…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Open action items (%1)</source>
        <translation>Öppna åtgärdspunkter (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done lately</source>
        <translation>
            <numerusform>%n klar nyligen</numerusform>
            <numerusform>%n klara nyligen</numerusform>
        </translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>klar %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
    <message>
        <source>(standalone)</source>
        <translation>(fristående)</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Add item</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>The meeting is asked to decide</source>
        <translation>Mötet ska fatta beslut</translation>
    </message>
    <message>
        <source>What the meeting decided</source>
        <translation>Vad mötet beslutade</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Punktens rubrik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>%1 (decision)</source>
        <translation>%1 (beslut)</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>No meeting selected.</source>
        <translation>Inget möte valt.</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Nobody invited yet.</source>
        <translation>Ingen inbjuden än.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>For decision</source>
        <translation>För beslut</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>Ingen dagordning än.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärdspunkter</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>%1 — %2, done %3</source>
        <translation>%1 — %2, klar %3</translation>
    </message>
    <message>
        <source>%1 — %2, due %3 (overdue)</source>
        <translation>%1 — %2, klart senast %3 (försenad)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, klart senast %3</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Redigera möte</translation>
    </message>
    <message>
        <source>Compare the two versions and choose what to keep.</source>
        <translation>Jämför de två versionerna och välj vad som ska sparas.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>There is nobody in the roster yet: add people there first.</source>
        <translation>Det finns ingen i kontaktlistan än: lägg först till personer där.</translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>Inget möte planerat</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidigare</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Mötets uppgifter</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>Samverkansmöten</translation>
    </message>
    <message>
        <source>That meeting was deleted meanwhile.</source>
        <translation>Mötet har tagits bort under tiden.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Delete the meeting &quot;%1&quot;? Its action items are kept.</source>
        <translation>Vill du ta bort mötet ”%1”? Dess åtgärdspunkter finns kvar.</translation>
    </message>
    <message>
        <source>Meeting deleted.</source>
        <translation>Mötet är borttaget.</translation>
    </message>
    <message>
        <source>That action item was deleted meanwhile.</source>
        <translation>Åtgärdspunkten har tagits bort under tiden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reopened.</source>
        <translation>”%1” är öppnad igen.</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Ta bort åtgärdspunkt</translation>
    </message>
    <message>
        <source>Delete the action item &quot;%1&quot;? This cannot be undone.</source>
        <translation>Vill du ta bort åtgärdspunkten ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot; deleted.</source>
        <translation>Åtgärdspunkten ”%1” är borttagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done.</source>
        <translation>”%1” är markerad som klar.</translation>
    </message>
    <message>
        <source>Export invitation</source>
        <translation>Exportera inbjudan</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Invitation written to %1.</source>
        <translation>Inbjudan sparad i %1.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Redigera möte…</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Ta bort möte…</translation>
    </message>
    <message>
        <source>New &amp;action item…</source>
        <translation>Ny åt&amp;gärdspunkt…</translation>
    </message>
    <message>
        <source>E&amp;xport invitation (.ics)…</source>
        <translation>E&amp;xportera inbjudan (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Lägesbild…</translation>
    </message>
    <message>
        <source>Meeting &quot;%1&quot; saved.</source>
        <translation>Mötet ”%1” är sparat.</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot; added.</source>
        <translation>Åtgärdspunkten ”%1” är tillagd.</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot; saved.</source>
        <translation>Åtgärdspunkten ”%1” är sparad.</translation>
    </message>
</context>
<context>
    <name>RiskDateDialog</name>
    <message>
        <source>Edit risk date</source>
        <translation>Redigera riskdatum</translation>
    </message>
    <message>
        <source>New risk date</source>
        <translation>Nytt riskdatum</translation>
    </message>
    <message>
        <source>e.g. Walpurgis Night</source>
        <translation>t.ex. valborgsmässoafton</translation>
    </message>
    <message>
        <source>Lasts several days, until:</source>
        <translation>Pågår flera dagar, till och med:</translation>
    </message>
    <message>
        <source>Every year on this date</source>
        <translation>Varje år på detta datum</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Första dagen:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>&amp;Recurs:</source>
        <translation>&amp;Upprepas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Compare the two versions and choose what to keep.</source>
        <translation>Jämför de två versionerna och välj vad som ska sparas.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Varje år</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>RiskDatesPanel</name>
    <message>
        <source>Coming risk dates</source>
        <translation>Kommande riskdatum</translation>
    </message>
    <message>
        <source>Risk dates</source>
        <translation>Riskdatum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>That risk date was deleted meanwhile.</source>
        <translation>Riskdatumet har tagits bort under tiden.</translation>
    </message>
    <message>
        <source>Delete the risk date &quot;%1&quot;?</source>
        <translation>Vill du ta bort riskdatumet ”%1”?</translation>
    </message>
    <message>
        <source>Delete risk date</source>
        <translation>Ta bort riskdatum</translation>
    </message>
    <message>
        <source>Risk date deleted.</source>
        <translation>Riskdatumet är borttaget.</translation>
    </message>
    <message>
        <source>Risk date &quot;%1&quot; saved.</source>
        <translation>Riskdatumet ”%1” är sparat.</translation>
    </message>
    <message>
        <source>%1 (every year)</source>
        <translation>%1 (varje år)</translation>
    </message>
</context>
</TS>
