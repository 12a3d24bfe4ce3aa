<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>CapActions</name>
        <message>
            <source>Export as CAP alert</source>
            <translation>Exportera som CAP-varning</translation>
        </message>
        <message>
            <source>Incident flagged secret</source>
            <translation>Sekretessmarkerad händelse</translation>
        </message>
        <message>
            <source>Incident %1 is flagged secret. Write it to a CAP alert anyway?</source>
            <translation>Händelse %1 är sekretessmarkerad. Vill du ändå skriva den till en CAP-varning?</translation>
        </message>
        <message>
            <source>CAP alerts (*.xml)</source>
            <translation>CAP-varningar (*.xml)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>Det gick inte att skriva %1: %2</translation>
        </message>
        <message>
            <source>Import CAP alert</source>
            <translation>Importera CAP-varning</translation>
        </message>
        <message>
            <source>CAP alerts (*.xml *.cap)</source>
            <translation>CAP-varningar (*.xml *.cap)</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>Det gick inte att läsa %1: %2</translation>
        </message>
        <message>
            <source>The alert is incident %1. On the way:</source>
            <translation>Varningen är nu händelse %1. Under importen:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search summary, place, description or reference</source>
            <translation>Sök i sammanfattning, plats, beskrivning, nummer</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Alla datum</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Senaste 7 dagarna</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Senaste 30 dagarna</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>I år</translation>
        </message>
        <message>
            <source>Custom period</source>
            <translation>Egen period</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Från datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Till datum</translation>
        </message>
        <message>
            <source>All severities</source>
            <translation>Alla allvarlighetsgrader</translation>
        </message>
        <message>
            <source>High and critical</source>
            <translation>Hög och kritisk</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>Not closed</source>
            <translation>Inte avslutade</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Allvarlighetsgrad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
            <source>Clear</source>
            <translation>Rensa</translation>
        </message>
        <message>
            <source>Show all incidents again</source>
            <translation>Visa alla händelser igen</translation>
        </message>
        <message>
            <source>Narrowed further than the boxes show</source>
            <translation>Fler villkor gäller</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alla kategorier</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>Alla kommundelar</translation>
        </message>
        <message>
            <source>Also: %1. Change a box or Clear to leave it.</source>
            <translation>Även: %1. Ändra en ruta eller välj Rensa för att släppa villkoren.</translation>
        </message>
        <message>
            <source>categories %1</source>
            <translation>kategorier %1</translation>
        </message>
        <message>
            <source>districts %1</source>
            <translation>kommundelar %1</translation>
        </message>
        <message>
            <source>area %1</source>
            <translation>område %1</translation>
        </message>
        <message>
            <source>severities %1</source>
            <translation>allvarlighetsgrader %1</translation>
        </message>
        <message>
            <source>statuses %1</source>
            <translation>status %1</translation>
        </message>
        <message>
            <source>agencies %1</source>
            <translation>myndigheter %1</translation>
        </message>
        <message>
            <source>incidents flagged secret left out</source>
            <translation>sekretessmarkerade händelser utelämnade</translation>
        </message>
    </context>
    <context>
        <name>IncidentDetail</name>
        <message>
            <source>Incident details</source>
            <translation>Uppgifter om händelsen</translation>
        </message>
        <message>
            <source>Select an incident to see it here.</source>
            <translation>Välj en händelse för att se den här.</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Sekretessmarkerad</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verifierad</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Inte verifierad</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 av %2</translation>
        </message>
        <message>
            <source>Occurred</source>
            <translation>Inträffade</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Rapporterad</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Coordinates</source>
            <translation>Koordinater</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Tillförlitlighet</translation>
        </message>
        <message>
            <source>Police ref.</source>
            <translation>Polisens nr</translation>
        </message>
        <message>
            <source>Rescue service ref.</source>
            <translation>Räddningstjänstens nr</translation>
        </message>
        <message>
            <source>Other reference</source>
            <translation>Annat nummer</translation>
        </message>
        <message>
            <source>Agencies involved</source>
            <translation>Inblandade myndigheter</translation>
        </message>
        <message>
            <source>Injured</source>
            <translation>Skadade</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>Egendomsskador</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Uppskattad kostnad</translation>
        </message>
        <message>
            <source>%1 SEK</source>
            <translation>%1 kr</translation>
        </message>
        <message>
            <source>Insurance claim</source>
            <translation>Försäkringsärende</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Relaterade</translation>
        </message>
        <message>
            <source>Duplicate of</source>
            <translation>Dubblett av</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Vidtagna åtgärder</translation>
        </message>
    </context>
    <context>
        <name>IncidentEditor</name>
        <message>
            <source>New incident</source>
            <translation>Ny händelse</translation>
        </message>
        <message>
            <source>Incident %1</source>
            <translation>Händelse %1</translation>
        </message>
        <message>
            <source>&amp;Mask identity numbers</source>
            <translation>&amp;Maskera personnummer</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Inte sparat: %1</translation>
        </message>
        <message>
            <source>Not saved: %1. Compare the two versions and choose what to keep.</source>
            <translation>Inte sparat: %1. Jämför de två versionerna och välj vad som ska behållas.</translation>
        </message>
        <message>
            <source>Entered %1 by %2</source>
            <translation>Registrerad %1 av %2</translation>
        </message>
        <message>
            <source>Entered %1 by %2 · last changed %3 by %4</source>
            <translation>Registrerad %1 av %2 · senast ändrad %3 av %4</translation>
        </message>
    </context>
    <context>
        <name>IncidentForm</name>
        <message>
            <source>Until</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>Rapporterad</translation>
        </message>
        <message>
            <source>Choose a category…</source>
            <translation>Välj kategori…</translation>
        </message>
        <message>
            <source>What happened. No names or personal data.</source>
            <translation>Vad som hände. Inga namn eller personuppgifter.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Street, school, square</source>
            <translation>Gata, skola, torg</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>t.ex. %1</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verifierad</translation>
        </message>
        <message>
            <source>SEK</source>
            <translation>kr</translation>
        </message>
        <message>
            <source>e.g. 2026-0141, 2026-0139</source>
            <translation>t.ex. 2026-0141, 2026-0139</translation>
        </message>
        <message>
            <source>Secret: keep out of briefings and exports</source>
            <translation>Sekretess: håll utanför lägesbilder och exporter</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>&amp;Occurred</source>
            <translation>&amp;Inträffade</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ka&amp;tegori</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Se&amp;verity</source>
            <translation>&amp;Allvarlighetsgrad</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>&amp;Sammanfattning</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Beskrivning</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <source>Dist&amp;rict</source>
            <translation>Kommun&amp;del</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Plats</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitud</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <source>Consequences</source>
            <translation>Följder</translation>
        </message>
        <message>
            <source>Injured</source>
            <translation>Skadade</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>Egendomsskador</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Uppskattad kostnad</translation>
        </message>
        <message>
            <source>Insurance claim</source>
            <translation>Försäkringsärende</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Source &amp;agency</source>
            <translation>&amp;Källmyndighet</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Tillförlitlighet</translation>
        </message>
        <message>
            <source>Police ref.</source>
            <translation>Polisens nr</translation>
        </message>
        <message>
            <source>Rescue service ref.</source>
            <translation>Räddningstjänstens nr</translation>
        </message>
        <message>
            <source>Other reference</source>
            <translation>Annat nummer</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Länk</translation>
        </message>
        <message>
            <source>Agencies involved</source>
            <translation>Inblandade myndigheter</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Vidtagna åtgärder</translation>
        </message>
        <message>
            <source>Related incidents</source>
            <translation>Relaterade händelser</translation>
        </message>
        <message>
            <source>Duplicate of</source>
            <translation>Dubblett av</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>måste vara ett tal</translation>
        </message>
        <message>
            <source>must be a whole number of kronor</source>
            <translation>måste vara ett helt antal kronor</translation>
        </message>
        <message>
            <source>Occurred</source>
            <translation>Inträffade</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Allvarlighetsgrad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Source agency</source>
            <translation>Källmyndighet</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Sekretess</translation>
        </message>
        <message>
            <source>As the category</source>
            <translation>Som kategorin</translation>
        </message>
        <message>
            <source>As the category (%1)</source>
            <translation>Som kategorin (%1)</translation>
        </message>
    </context>
    <context>
        <name>IncidentPage</name>
        <message>
            <source>Incidents</source>
            <translation>Händelser</translation>
        </message>
        <message>
            <source>That incident was deleted meanwhile.</source>
            <translation>Händelsen har tagits bort under tiden.</translation>
        </message>
        <message>
            <source>Delete incident %1, "%2"?

This cannot be undone.</source>
            <translation>Vill du ta bort händelse %1, ”%2”?

Det går inte att ångra.</translation>
        </message>
        <message>
            <source>Delete incident</source>
            <translation>Ta bort händelse</translation>
        </message>
        <message>
            <source>Incident %1 deleted.</source>
            <translation>Händelse %1 har tagits bort.</translation>
        </message>
        <message>
            <source>Export shown incidents</source>
            <translation>Exportera visade händelser</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Incidents flagged secret</source>
            <translation>Sekretessmarkerade händelser</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the shown incidents are flagged secret. Include them in the file?</source>
            <translation>
                <numerusform>%Ln av de visade händelserna är sekretessmarkerad. Ska den tas med i filen?</numerusform>
                <numerusform>%Ln av de visade händelserna är sekretessmarkerade. Ska de tas med i filen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Export incidents</source>
            <translation>Exportera händelser</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Skriver %1…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln incident(s) to %1.</source>
            <translation>
                <numerusform>Exporterade %Ln händelse till %1.</numerusform>
                <numerusform>Exporterade %Ln händelser till %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Exporten avbröts.</translation>
        </message>
        <message>
            <source>Incident %1 written as a CAP alert.</source>
            <translation>Händelse %1 har skrivits som CAP-varning.</translation>
        </message>
        <message>
            <source>The CAP alert is incident %1.</source>
            <translation>CAP-varningen är nu händelse %1.</translation>
        </message>
        <message>
            <source>Import incidents</source>
            <translation>Importera händelser</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Läser %1…</translation>
        </message>
        <message>
            <source>Import cancelled.</source>
            <translation>Importen avbröts.</translation>
        </message>
        <message>
            <source>&amp;New incident…</source>
            <translation>&amp;Ny händelse…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Redigera…</translation>
        </message>
        <message>
            <source>Open the selected incident</source>
            <translation>Öppna den valda händelsen</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Ta bort…</translation>
        </message>
        <message>
            <source>Delete the selected incident</source>
            <translation>Ta bort den valda händelsen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>&amp;Export shown incidents to CSV…</source>
            <translation>&amp;Exportera visade händelser till CSV…</translation>
        </message>
        <message>
            <source>&amp;Import incidents from CSV…</source>
            <translation>&amp;Importera händelser från CSV…</translation>
        </message>
        <message>
            <source>Export selected incident as CAP &amp;alert…</source>
            <translation>Exportera vald händelse som CAP-&amp;varning…</translation>
        </message>
        <message>
            <source>Import CAP a&amp;lert…</source>
            <translation>Importera CAP-va&amp;rning…</translation>
        </message>
        <message>
            <source>Incident log</source>
            <translation>Händelselogg</translation>
        </message>
        <message>
            <source>Incident %1 saved.</source>
            <translation>Händelse %1 har sparats.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln incident(s).</source>
            <translation>
                <numerusform>Importerade %Ln händelse.</numerusform>
                <numerusform>Importerade %Ln händelser.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln incident(s)</source>
            <translation>
                <numerusform>Visar %1 av %Ln händelse</numerusform>
                <numerusform>Visar %1 av %Ln händelser</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Occurred</source>
            <translation>Inträffade</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Rapporterad</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Allvar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verifierad</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Secret: kept out of briefings and exports unless asked for</source>
            <translation>Sekretess: hålls utanför lägesbilder och exporter om du inte ber om den</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Inte verifierad</translation>
        </message>
    </context>
    <context>
        <name>IncidentTableView</name>
        <message>
            <source>Incidents</source>
            <translation>Händelser</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Återställ kolumner</translation>
        </message>
    </context>
    <context>
        <name>PoliceImportDialog</name>
        <message>
            <source>Import</source>
            <translation>Vad som görs</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Inträffade</translation>
        </message>
        <message>
            <source>Police type</source>
            <translation>Polisens typ</translation>
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
            <source>Notice</source>
            <translation>Notis</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behåll</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Uppdatering</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Import police events</source>
            <translation>Importera polishändelser</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Only this municipality's notices are imported; the others are counted</source>
            <translation>Bara den här kommunens notiser importeras; de andra räknas</translation>
        </message>
        <message>
            <source>&amp;Preview again</source>
            <translation>&amp;Förhandsgranska igen</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Kommun:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fil:</translation>
        </message>
        <message>
            <source>Choose &amp;categories for these types…</source>
            <translation>&amp;Välj kategorier för de här typerna…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Conflicts&lt;/b&gt; (at the top): the police changed these notices, and an officer has edited their incidents since the last import. Choose per notice which text to keep.</source>
            <translation>&lt;b&gt;Konflikter&lt;/b&gt; (överst): polisen har ändrat de här notiserna, och deras händelser har redigerats här sedan den senaste importen. Välj för varje notis vilken text som ska behållas.</translation>
        </message>
        <message>
            <source>Notices the import will write</source>
            <translation>Notiser som importen skriver</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>Det gick inte att läsa %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; notice(s) in the file.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notis i filen.</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notiser i filen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; notice(s) for %1: &lt;b&gt;%2&lt;/b&gt; new, &lt;b&gt;%3&lt;/b&gt; updated by the police, &lt;b&gt;%4&lt;/b&gt; unchanged, &lt;b&gt;%5&lt;/b&gt; in conflict.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notis gäller %1 – nya: &lt;b&gt;%2&lt;/b&gt;, uppdaterade av polisen: &lt;b&gt;%3&lt;/b&gt;, oförändrade: &lt;b&gt;%4&lt;/b&gt;, i konflikt: &lt;b&gt;%5&lt;/b&gt;.</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notiser gäller %1 – nya: &lt;b&gt;%2&lt;/b&gt;, uppdaterade av polisen: &lt;b&gt;%3&lt;/b&gt;, oförändrade: &lt;b&gt;%4&lt;/b&gt;, i konflikt: &lt;b&gt;%5&lt;/b&gt;.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; notice(s) for other municipalities are left out.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notis gäller en annan kommun och hoppas över.</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notiser gäller andra kommuner och hoppas över.</numerusform>
            </translation>
        </message>
        <message>
            <source>Police types without a category, filed as Other: %1</source>
            <translation>Polisens typer utan kategori (läggs under Övrigt): %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) whose incidents were deleted are not brought back.</source>
            <translation>
                <numerusform>%Ln notis vars händelse har tagits bort återskapas inte.</numerusform>
                <numerusform>%Ln notiser vars händelser har tagits bort återskapas inte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) announce something still to come; they are imported once it has happened.</source>
            <translation>
                <numerusform>%Ln notis gäller något som ännu inte har hänt; den importeras när det har hänt.</numerusform>
                <numerusform>%Ln notiser gäller något som ännu inte har hänt; de importeras när det har hänt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) appear more than once in the file; the first is used.</source>
            <translation>
                <numerusform>%Ln notis finns mer än en gång i filen; den första används.</numerusform>
                <numerusform>%Ln notiser finns mer än en gång i filen; den första av varje används.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) held an identity number; it is masked.</source>
            <translation>
                <numerusform>%Ln notis innehöll ett personnummer; det har maskerats.</numerusform>
                <numerusform>%Ln notiser innehöll personnummer; de har maskerats.</numerusform>
            </translation>
        </message>
        <message>
            <source>The roster has no police agency: the incidents name no source agency.</source>
            <translation>Kontaktlistan har ingen polismyndighet: händelserna får ingen källmyndighet.</translation>
        </message>
    </context>
    <context>
        <name>PoliceTypesDialog</name>
        <message>
            <source>Police event types</source>
            <translation>Polisens händelsetyper</translation>
        </message>
        <message>
            <source>The category an imported police notice is filed in, by the police's type. Types the police add later are filed as Other until they are given one here.</source>
            <translation>Den kategori som en importerad notis från polisen läggs under, efter polisens typ. Typer som polisen lägger till senare hamnar under Övrigt tills de får en kategori här.</translation>
        </message>
        <message>
            <source>Only an administrator may change these.</source>
            <translation>Bara en administratör kan ändra de här.</translation>
        </message>
        <message>
            <source>Police type</source>
            <translation>Polisens typ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
    </context>
    <context>
        <name>_ChoiceBox</name>
        <message>
            <source>The police's text</source>
            <translation>Polisens text</translation>
        </message>
        <message>
            <source>The officer's edit</source>
            <translation>Vår ändring</translation>
        </message>
        <message>
            <source>Which version to keep</source>
            <translation>Vilken version som ska behållas</translation>
        </message>
    </context>
</TS>
