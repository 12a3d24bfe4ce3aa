<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>användning: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positionsargument</translation>
        </message>
        <message>
            <source>options</source>
            <translation>alternativ</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>visa den här hjälptexten och avsluta</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: fel: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>följande argument krävs: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>okända argument: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ogiltigt värde (%(type)s): %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ett argument väntades</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>högst ett argument väntades</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>minst ett argument väntades</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>tvetydigt alternativ: %(option)s kan betyda %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>inte tillåtet tillsammans med argumentet %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>ett av argumenten %s krävs</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>det uttryckliga argumentet %r ignorerades</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>oväntat alternativ: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>okänt kommando %(parser_name)r (val: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>kan inte öppna ”%(filename)s”: %(error)s</translation>
        </message>
    </context>
    <context>
        <name>arguments</name>
        <message>
            <source>{value} is not a date like 2026-11-26</source>
            <translation>{value} är inget datum som 2026-11-26</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} är inget heltal</translation>
        </message>
        <message>
            <source>must be 0 or more</source>
            <translation>måste vara 0 eller mer</translation>
        </message>
    </context>
    <context>
        <name>audit_command</name>
        <message>
            <source>export the audit log to a CSV file (administrators and the data protection officer)</source>
            <translation>exportera granskningsloggen till en CSV-fil (administratörer och dataskyddsombudet)</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATUM</translation>
        </message>
        <message>
            <source>only entries from this local date on</source>
            <translation>bara poster från och med detta lokala datum</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <translation>FIL.csv</translation>
        </message>
        <message>
            <source>erase the closed cases whose retention period has ended, and the upgrade backups that could hold them</source>
            <translation>gallra de avslutade ärenden vars gallringsfrist har gått ut, och de säkerhetskopior från uppgraderingar som kan innehålla dem</translation>
        </message>
        <message numerus="yes">
            <source>wrote %Ln entry(ies) to {file}</source>
            <translation>
                <numerusform>skrev %Ln post till {file}</numerusform>
                <numerusform>skrev %Ln poster till {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to erase</source>
            <translation>inget att gallra</translation>
        </message>
        <message numerus="yes">
            <source>erased %Ln closed case(s): {cases}</source>
            <translation>
                <numerusform>gallrade %Ln avslutat ärende: {cases}</numerusform>
                <numerusform>gallrade %Ln avslutade ärenden: {cases}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deleted %Ln upgrade backup(s) that could hold it: {files}</source>
            <translation>
                <numerusform>tog bort %Ln säkerhetskopia från en uppgradering som kan innehålla det: {files}</numerusform>
                <numerusform>tog bort %Ln säkerhetskopior från uppgraderingar som kan innehålla det: {files}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deleted %Ln upgrade backup(s) that could hold them: {files}</source>
            <translation>
                <numerusform>tog bort %Ln säkerhetskopia från en uppgradering som kan innehålla dem: {files}</numerusform>
                <numerusform>tog bort %Ln säkerhetskopior från uppgraderingar som kan innehålla dem: {files}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>could not delete %Ln upgrade backup(s) that could hold it; delete by hand: {files}</source>
            <translation>
                <numerusform>kunde inte ta bort %Ln säkerhetskopia från en uppgradering som kan innehålla det; ta bort den för hand: {files}</numerusform>
                <numerusform>kunde inte ta bort %Ln säkerhetskopior från uppgraderingar som kan innehålla det; ta bort dem för hand: {files}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>could not delete %Ln upgrade backup(s) that could hold them; delete by hand: {files}</source>
            <translation>
                <numerusform>kunde inte ta bort %Ln säkerhetskopia från en uppgradering som kan innehålla dem; ta bort den för hand: {files}</numerusform>
                <numerusform>kunde inte ta bort %Ln säkerhetskopior från uppgraderingar som kan innehålla dem; ta bort dem för hand: {files}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>briefing_command</name>
        <message>
            <source>write the situation briefing (lägesbild) for a meeting or a period as a PDF</source>
            <translation>skriv lägesbilden för ett möte eller en period som PDF</translation>
        </message>
        <message>
            <source>the meeting; its period is since the last one</source>
            <translation>mötet; dess period är tiden sedan det förra</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATUM</translation>
        </message>
        <message>
            <source>the first day of the period (with --to)</source>
            <translation>periodens första dag (med --to)</translation>
        </message>
        <message>
            <source>the last day of the period (with --from)</source>
            <translation>periodens sista dag (med --from)</translation>
        </message>
        <message>
            <source>the briefing's language (default: the language you work in)</source>
            <translation>lägesbildens språk (standard: det språk du arbetar på)</translation>
        </message>
        <message>
            <source>add every incident of the period as a table</source>
            <translation>lägg till periodens alla händelser som en tabell</translation>
        </message>
        <message>
            <source>FILE.pdf</source>
            <translation>FIL.pdf</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>PDF-filen som ska skrivas</translation>
        </message>
        <message numerus="yes">
            <source>wrote %Ln page(s) to {file}</source>
            <translation>
                <numerusform>skrev %Ln sida till {file}</numerusform>
                <numerusform>skrev %Ln sidor till {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>give either --meeting (its period is since the last one) or --from and --to, not both</source>
            <translation>ange antingen --meeting (dess period är tiden sedan det förra mötet) eller --from och --to, inte båda</translation>
        </message>
        <message>
            <source>{path} is a folder; give the file to write, such as {example}</source>
            <translation>{path} är en mapp; ange filen som ska skrivas, till exempel {example}</translation>
        </message>
        <message>
            <source>the folder {folder} is not a folder</source>
            <translation>mappen {folder} är ingen mapp</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>mappen {folder} finns inte</translation>
        </message>
        <message>
            <source>give the first day of the period too</source>
            <translation>ange periodens första dag också</translation>
        </message>
        <message>
            <source>give the last day of the period too</source>
            <translation>ange periodens sista dag också</translation>
        </message>
    </context>
    <context>
        <name>cap_command</name>
        <message>
            <source>write one incident as an OASIS CAP 1.2 alert</source>
            <translation>skriv en händelse som en OASIS CAP 1.2-varning</translation>
        </message>
        <message>
            <source>REFERENCE</source>
            <translation>NUMMER</translation>
        </message>
        <message>
            <source>the incident, e.g. 2026-0142</source>
            <translation>händelsen, t.ex. 2026-0142</translation>
        </message>
        <message>
            <source>FILE.xml</source>
            <translation>FIL.xml</translation>
        </message>
        <message>
            <source>also when the incident is flagged secret</source>
            <translation>även när händelsen är sekretessmarkerad</translation>
        </message>
        <message>
            <source>also the description (free text; by default only the summary leaves the office)</source>
            <translation>även beskrivningen (fritext; annars lämnar bara sammanfattningen enheten)</translation>
        </message>
        <message>
            <source>add an OASIS CAP 1.2 alert as a new incident</source>
            <translation>lägg till en OASIS CAP 1.2-varning som en ny händelse</translation>
        </message>
        <message>
            <source>exported incident {reference} (version {version}) as CAP alert {identifier} to {file}</source>
            <translation>exporterade händelse {reference} (version {version}) som CAP-varning {identifier} till {file}</translation>
        </message>
        <message>
            <source>imported CAP alert {identifier} from {file} as incident {reference}</source>
            <translation>importerade CAP-varning {identifier} från {file} som händelse {reference}</translation>
        </message>
    </context>
    <context>
        <name>cases_command</name>
        <message>
            <source>list the cases of the task forces you belong to (newest first)</source>
            <translation>lista ärendena i de insatsgrupper du tillhör (nyaste först)</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAMN</translation>
        </message>
        <message>
            <source>only this task force's cases</source>
            <translation>bara den här insatsgruppens ärenden</translation>
        </message>
        <message>
            <source>only cases with this status</source>
            <translation>bara ärenden med den här statusen</translation>
        </message>
        <message>
            <source>no cases</source>
            <translation>inga ärenden</translation>
        </message>
        <message>
            <source>next review {date}</source>
            <translation>nästa avstämning {date}</translation>
        </message>
        <message>
            <source>REVIEW OVERDUE</source>
            <translation>AVSTÄMNING FÖRSENAD</translation>
        </message>
    </context>
    <context>
        <name>incidents_command</name>
        <message>
            <source>fill the database with demo data</source>
            <translation>fyll databasen med demodata</translation>
        </message>
        <message>
            <source>how many demo incidents (default: 2000)</source>
            <translation>hur många demohändelser (standard: 2000)</translation>
        </message>
        <message>
            <source>the same seed makes the same demo data</source>
            <translation>samma frö ger samma demodata</translation>
        </message>
        <message>
            <source>add the incidents of a CSV file</source>
            <translation>lägg till händelserna i en CSV-fil</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <translation>FIL.csv</translation>
        </message>
        <message>
            <source>write incidents to a CSV file</source>
            <translation>skriv händelser till en CSV-fil</translation>
        </message>
        <message>
            <source>WORDS</source>
            <translation>ORD</translation>
        </message>
        <message>
            <source>free-text search</source>
            <translation>fritextsökning</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATUM</translation>
        </message>
        <message>
            <source>only incidents from this day on</source>
            <translation>bara händelser från och med den här dagen</translation>
        </message>
        <message>
            <source>only incidents up to this day</source>
            <translation>bara händelser till och med den här dagen</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>KOD</translation>
        </message>
        <message>
            <source>only this category (FIRE); may be repeated</source>
            <translation>bara den här kategorin (FIRE); kan upprepas</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAMN</translation>
        </message>
        <message>
            <source>only this district; may be repeated</source>
            <translation>bara den här kommundelen; kan upprepas</translation>
        </message>
        <message>
            <source>only this severity, 1 to 4; may be repeated</source>
            <translation>bara den här allvarlighetsgraden, 1 till 4; kan upprepas</translation>
        </message>
        <message>
            <source>only this status (new, ongoing, follow_up, closed); may be repeated</source>
            <translation>bara den här statusen (new, ongoing, follow_up, closed); kan upprepas</translation>
        </message>
        <message>
            <source>also incidents flagged secret</source>
            <translation>även sekretessmarkerade händelser</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>demo</translation>
        </message>
        <message numerus="yes">
            <source>added %Ln demo incident(s) in {districts} districts with {agencies} agencies, {people} people and {meetings} joint meetings</source>
            <translation>
                <numerusform>lade till %Ln demohändelse i {districts} kommundelar med {agencies} myndigheter, {people} personer och {meetings} samverkansmöten</numerusform>
                <numerusform>lade till %Ln demohändelser i {districts} kommundelar med {agencies} myndigheter, {people} personer och {meetings} samverkansmöten</numerusform>
            </translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message numerus="yes">
            <source>imported %Ln incident(s) from {file}</source>
            <translation>
                <numerusform>importerade %Ln händelse från {file}</numerusform>
                <numerusform>importerade %Ln händelser från {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>exported %Ln incident(s) to {file}</source>
            <translation>
                <numerusform>exporterade %Ln händelse till {file}</numerusform>
                <numerusform>exporterade %Ln händelser till {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>{task}: {done} of {total}</source>
            <translation>{task}: {done} av {total}</translation>
        </message>
        <message>
            <source>must be 1, 2, 3 or 4</source>
            <translation>måste vara 1, 2, 3 eller 4</translation>
        </message>
    </context>
    <context>
        <name>maintenance_command</name>
        <message>
            <source>write a consistent copy of the SQLite database now</source>
            <translation>gör en konsekvent kopia av SQLite-databasen nu</translation>
        </message>
        <message>
            <source>Copy the database with SQLite's online backup API: consistent even while others write. Without FILE the copy is dated, in the backup folder (the setting backup_folder, else backups beside the database; the last backups_kept of those stay).</source>
            <translation>Kopiera databasen med SQLite:s API för säkerhetskopiering under drift: konsekvent även medan andra skriver. Utan FIL får kopian datum i namnet och hamnar i mappen för säkerhetskopior (inställningen backup_folder, annars backups bredvid databasen; de senaste backups_kept av dem sparas).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FIL</translation>
        </message>
        <message>
            <source>overwrite FILE if it exists</source>
            <translation>skriv över FIL om den finns</translation>
        </message>
        <message>
            <source>put a backup in place of the database (checked first; the database is kept)</source>
            <translation>sätt en säkerhetskopia i databasens ställe (kontrolleras först; databasen sparas)</translation>
        </message>
        <message>
            <source>Check FILE (integrity and schema version), copy the database as it is to the backups folder, then replace it by FILE. Close Samverkan everywhere first.</source>
            <translation>Kontrollera FIL (integritet och schemaversion), kopiera databasen som den är till mappen för säkerhetskopior och ersätt den sedan med FIL. Stäng Samverkan överallt först.</translation>
        </message>
        <message>
            <source>Only a SQLite database file can be backed up by Samverkan; back up a database server with its own tools (pg_dump, pg_restore).</source>
            <translation>Samverkan kan bara säkerhetskopiera en SQLite-databasfil; säkerhetskopiera en databasserver med dess egna verktyg (pg_dump, pg_restore).</translation>
        </message>
        <message>
            <source>There is no database at {path} to back up.</source>
            <translation>Det finns ingen databas på {path} att säkerhetskopiera.</translation>
        </message>
        <message>
            <source>is the database itself; name another file</source>
            <translation>är själva databasen; ange en annan fil</translation>
        </message>
        <message>
            <source>{path} exists; add --replace to overwrite it</source>
            <translation>{path} finns redan; lägg till --replace för att skriva över den</translation>
        </message>
        <message>
            <source>backed up {database} to {copy} ({size})</source>
            <translation>säkerhetskopierade {database} till {copy} ({size})</translation>
        </message>
        <message>
            <source>Only a SQLite database file can be restored by Samverkan; back up and restore a database server with its own tools (pg_dump, pg_restore).</source>
            <translation>Samverkan kan bara återställa en SQLite-databasfil; säkerhetskopiera och återställ en databasserver med dess egna verktyg (pg_dump, pg_restore).</translation>
        </message>
        <message>
            <source>restored {database} from {backup} (schema version {revision}); the database it replaced is kept as {kept}</source>
            <translation>återställde {database} från {backup} (schemaversion {revision}); databasen som ersattes finns kvar som {kept}</translation>
        </message>
        <message>
            <source>restored {database} from {backup} (schema version {revision}) (there was no database before)</source>
            <translation>återställde {database} från {backup} (schemaversion {revision}) (det fanns ingen databas tidigare)</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{size} kB</source>
            <translation>{size} kB</translation>
        </message>
    </context>
    <context>
        <name>meetings_command</name>
        <message>
            <source>list the joint meetings, upcoming and past</source>
            <translation>lista samverkansmötena, kommande och tidigare</translation>
        </message>
        <message>
            <source>write a meeting's invitation to an iCalendar file</source>
            <translation>skriv ett mötes inbjudan till en iCalendar-fil</translation>
        </message>
        <message>
            <source>FILE.ics</source>
            <translation>FIL.ics</translation>
        </message>
        <message>
            <source>no meetings</source>
            <translation>inga möten</translation>
        </message>
        <message>
            <source>Upcoming:</source>
            <translation>Kommande:</translation>
        </message>
        <message>
            <source>Past:</source>
            <translation>Tidigare:</translation>
        </message>
        <message>
            <source>wrote the invitation to "{title}" to {file}</source>
            <translation>skrev inbjudan till ”{title}” till {file}</translation>
        </message>
    </context>
    <context>
        <name>police_command</name>
        <message>
            <source>add the police's public event notices of a municipality (JSON from the police's events API) to the incident log</source>
            <translation>lägg till polisens händelsenotiser för en kommun (JSON från polisens API för händelser) i händelseloggen</translation>
        </message>
        <message>
            <source>FILE.json</source>
            <translation>FIL.json</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAMN</translation>
        </message>
        <message>
            <source>default: the municipality in the settings</source>
            <translation>standard: kommunen i inställningarna</translation>
        </message>
        <message>
            <source>only say what an import would do</source>
            <translation>berätta bara vad en import skulle göra</translation>
        </message>
        <message>
            <source>where an officer edited an incident the police have since changed, take the police's text (default: keep the officer's)</source>
            <translation>där en handläggare har redigerat en händelse som polisen sedan har ändrat, ta polisens text (standard: behåll handläggarens)</translation>
        </message>
        <message>
            <source>dry run: nothing was written</source>
            <translation>provkörning: inget sparades</translation>
        </message>
        <message>
            <source>imported: {new} new, {updated} updated, {unchanged} unchanged, {kept} kept as the officers left them</source>
            <translation>importerade: {new} nya, {updated} uppdaterade, {unchanged} oförändrade, {kept} behölls som handläggarna lämnade dem</translation>
        </message>
        <message>
            <source>imported: {new} new, {updated} updated, {unchanged} unchanged</source>
            <translation>importerade: {new} nya, {updated} uppdaterade, {unchanged} oförändrade</translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) in the file, {chosen} for {municipality}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict; {others} for other municipalities</source>
            <translation>
                <numerusform>%Ln notis i filen, {chosen} för {municipality}: {new} nya, {updated} uppdaterade, {unchanged} oförändrade, {conflicts} i konflikt; {others} för andra kommuner</numerusform>
                <numerusform>%Ln notiser i filen, {chosen} för {municipality}: {new} nya, {updated} uppdaterade, {unchanged} oförändrade, {conflicts} i konflikt; {others} för andra kommuner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) appear more than once: the first is used</source>
            <translation>
                <numerusform>%Ln notis förekommer mer än en gång: den första används</numerusform>
                <numerusform>%Ln notiser förekommer mer än en gång: den första används</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) whose incidents were deleted: not brought back</source>
            <translation>
                <numerusform>%Ln notis vars händelse har tagits bort: återskapas inte</numerusform>
                <numerusform>%Ln notiser vars händelser har tagits bort: återskapas inte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) announced for a time still to come: imported once it has passed</source>
            <translation>
                <numerusform>%Ln notis gäller en tid som ännu inte har kommit: importeras när den har passerat</numerusform>
                <numerusform>%Ln notiser gäller en tid som ännu inte har kommit: importeras när den har passerat</numerusform>
            </translation>
        </message>
        <message>
            <source>police types without a category (filed as Other): {types}</source>
            <translation>polisens händelsetyper utan kategori (registreras som Övrigt): {types}</translation>
        </message>
        <message>
            <source>conflict: notice {notice} changed by the police, incident {incident} edited by an officer since the last import</source>
            <translation>konflikt: notis {notice} har ändrats av polisen, händelse {incident} har redigerats av en handläggare sedan förra importen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) held an identity number: masked</source>
            <translation>
                <numerusform>%Ln notis innehöll ett personnummer: maskerat</numerusform>
                <numerusform>%Ln notiser innehöll ett personnummer: maskerat</numerusform>
            </translation>
        </message>
        <message>
            <source>the roster has no police agency: the incidents name no source agency</source>
            <translation>kontaktlistan har ingen polismyndighet: händelserna får ingen källa</translation>
        </message>
    </context>
    <context>
        <name>roster_command</name>
        <message>
            <source>write the roster to a vCard file (Outlook)</source>
            <translation>skriv kontaktlistan till en vCard-fil (Outlook)</translation>
        </message>
        <message>
            <source>FILE.vcf</source>
            <translation>FIL.vcf</translation>
        </message>
        <message>
            <source>also people who have left</source>
            <translation>även personer som har slutat</translation>
        </message>
        <message>
            <source>add or update people from a vCard file (all or nothing)</source>
            <translation>lägg till eller uppdatera personer från en vCard-fil (allt eller inget)</translation>
        </message>
        <message>
            <source>print the joint meeting's contact list</source>
            <translation>skriv ut samverkansmötets kontaktlista</translation>
        </message>
        <message>
            <source>FILE.pdf</source>
            <translation>FIL.pdf</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAMN</translation>
        </message>
        <message>
            <source>name in the heading</source>
            <translation>namnet i rubriken</translation>
        </message>
        <message numerus="yes">
            <source>exported %Ln people to {file}</source>
            <translation>
                <numerusform>exporterade %Ln person till {file}</numerusform>
                <numerusform>exporterade %Ln personer till {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>imported {file}: added %Ln people, updated {updated}, added {agencies} agencies</source>
            <translation>
                <numerusform>importerade {file}: lade till %Ln person, uppdaterade {updated}, lade till {agencies} myndigheter</numerusform>
                <numerusform>importerade {file}: lade till %Ln personer, uppdaterade {updated}, lade till {agencies} myndigheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>imported {file}: added %Ln people, updated {updated}</source>
            <translation>
                <numerusform>importerade {file}: lade till %Ln person, uppdaterade {updated}</numerusform>
                <numerusform>importerade {file}: lade till %Ln personer, uppdaterade {updated}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote the contact list of %Ln joint-meeting member(s) to {file}</source>
            <translation>
                <numerusform>skrev kontaktlistan med %Ln ledamot i samverkansmötet till {file}</numerusform>
                <numerusform>skrev kontaktlistan med %Ln ledamöter i samverkansmötet till {file}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>selftest_command</name>
        <message>
            <source>check this installation: make a database in a temporary folder, write a briefing and a CAP alert, show every page offscreen; exits 0 when all worked (your own database, settings and data folder are not touched; --database is ignored)</source>
            <translation>kontrollera den här installationen: skapa en databas i en tillfällig mapp, skriv en lägesbild och en CAP-varning, visa varje sida utanför skärmen; avslutar med 0 när allt fungerade (din egen databas, dina inställningar och din datamapp rörs inte; --database ignoreras)</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FIL</translation>
        </message>
        <message>
            <source>also write the lines to FILE (a windowed build has no console to print to)</source>
            <translation>skriv även raderna till FIL (en fönsterversion har ingen konsol att skriva till)</translation>
        </message>
        <message>
            <source>cannot write {file}: {reason}</source>
            <translation>kan inte skriva {file}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>settings_command</name>
        <message>
            <source>list the office's settings, or change one (administrators only)</source>
            <translation>lista enhetens inställningar, eller ändra en (bara administratörer)</translation>
        </message>
        <message>
            <source>Without KEY, list every setting; with KEY, show it; with KEY and VALUE, change it (administrators only). Settings: {settings}</source>
            <translation>Utan NYCKEL listas alla inställningar; med NYCKEL visas den; med NYCKEL och VÄRDE ändras den (bara administratörer). Inställningar: {settings}</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>NYCKEL</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>VÄRDE</translation>
        </message>
        <message>
            <source>is not a setting; the settings are {settings}</source>
            <translation>är ingen inställning; inställningarna är {settings}</translation>
        </message>
        <message>
            <source>{setting} (unchanged)</source>
            <translation>{setting} (oförändrad)</translation>
        </message>
    </context>
</TS>
