<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>cap_file</name>
        <message>
            <source>the alert would not be valid CAP 1.2: {problem}</source>
            <translation>varningen skulle inte vara giltig CAP 1.2: {problem}</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>är tom</translation>
        </message>
        <message>
            <source>is not well-formed XML: {problem}</source>
            <translation>är inte välformad XML: {problem}</translation>
        </message>
        <message>
            <source>declares a document type (&lt;!DOCTYPE …&gt;), which a CAP alert never has; it is refused so that nothing outside the file is read</source>
            <translation>anger en dokumenttyp (&lt;!DOCTYPE …&gt;), vilket en CAP-varning aldrig har; den avvisas så att inget utanför filen läses</translation>
        </message>
        <message>
            <source>is not a CAP 1.2 alert: its root element is &lt;{element}&gt; in the namespace {namespace}, not &lt;alert&gt; in {cap}</source>
            <translation>är ingen CAP 1.2-varning: rotelementet är &lt;{element}&gt; i namnrymden {namespace}, inte &lt;alert&gt; i {cap}</translation>
        </message>
        <message>
            <source>is not a CAP 1.2 alert: its root element is &lt;{element}&gt; without a namespace, not &lt;alert&gt; in {cap}</source>
            <translation>är ingen CAP 1.2-varning: rotelementet är &lt;{element}&gt; utan namnrymd, inte &lt;alert&gt; i {cap}</translation>
        </message>
        <message>
            <source>is not valid CAP 1.2: {problem}</source>
            <translation>är inte giltig CAP 1.2: {problem}</translation>
        </message>
        <message>
            <source>{value} is not a date and time that can be read</source>
            <translation>{value} är ingen läsbar tidpunkt</translation>
        </message>
    </context>
    <context>
        <name>csv_audit</name>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>mappen {folder} finns inte</translation>
        </message>
    </context>
    <context>
        <name>csv_columns</name>
        <message>
            <source>yearly reference, e.g. 2026-0142; empty: a new one is given</source>
            <translation>årsvis nummer, t.ex. 2026-0142; tomt: ett nytt tilldelas</translation>
        </message>
        <message>
            <source>when it happened, local time: 2026-11-26 14:05</source>
            <translation>när det inträffade, lokal tid: 2026-11-26 14:05</translation>
        </message>
        <message>
            <source>optional end of the incident</source>
            <translation>händelsens slut, om det finns</translation>
        </message>
        <message>
            <source>when the office learnt of it</source>
            <translation>när enheten fick veta det</translation>
        </message>
        <message>
            <source>category code (FIRE) or its English or Swedish title</source>
            <translation>kategorins kod (FIRE) eller dess engelska eller svenska namn</translation>
        </message>
        <message>
            <source>safety, security, infosec or insurance (or the Swedish title)</source>
            <translation>safety, security, infosec eller insurance (eller det svenska namnet)</translation>
        </message>
        <message>
            <source>1 low, 2 moderate, 3 high, 4 critical</source>
            <translation>1 låg, 2 måttlig, 3 hög, 4 kritisk</translation>
        </message>
        <message>
            <source>new, ongoing, follow_up or closed (or the Swedish title)</source>
            <translation>new, ongoing, follow_up eller closed (eller det svenska namnet)</translation>
        </message>
        <message>
            <source>one of the municipality's districts</source>
            <translation>en av kommunens kommundelar</translation>
        </message>
        <message>
            <source>street, school, square</source>
            <translation>gata, skola, torg</translation>
        </message>
        <message>
            <source>decimal degrees, point or comma</source>
            <translation>decimala grader, punkt eller komma</translation>
        </message>
        <message>
            <source>one line</source>
            <translation>en rad</translation>
        </message>
        <message>
            <source>free text without personal data</source>
            <translation>fritext utan personuppgifter</translation>
        </message>
        <message>
            <source>the agency that reported it</source>
            <translation>myndigheten som rapporterade det</translation>
        </message>
        <message>
            <source>unknown, low, medium or high</source>
            <translation>unknown, low, medium eller high</translation>
        </message>
        <message>
            <source>yes/no (ja/nej, 1/0)</source>
            <translation>ja/nej (yes/no, 1/0)</translation>
        </message>
        <message>
            <source>agency names, one per line in the cell</source>
            <translation>myndigheternas namn, ett per rad i cellen</translation>
        </message>
        <message>
            <source>the police's diary number</source>
            <translation>polisens diarienummer</translation>
        </message>
        <message>
            <source>the fire and rescue service's incident number</source>
            <translation>räddningstjänstens ärendenummer</translation>
        </message>
        <message>
            <source>another external reference</source>
            <translation>en annan extern referens</translation>
        </message>
        <message>
            <source>a web address</source>
            <translation>en webbadress</translation>
        </message>
        <message>
            <source>number of people injured</source>
            <translation>antal skadade personer</translation>
        </message>
        <message>
            <source>damage, in words</source>
            <translation>skador, i ord</translation>
        </message>
        <message>
            <source>estimated cost in kronor</source>
            <translation>uppskattad kostnad i kronor</translation>
        </message>
        <message>
            <source>the insurance claim's reference</source>
            <translation>försäkringsärendets nummer</translation>
        </message>
        <message>
            <source>what was done</source>
            <translation>vad som gjordes</translation>
        </message>
        <message>
            <source>yes/no: kept out of briefings and exports unless asked for</source>
            <translation>ja/nej: hålls utanför lägesbilder och exporter om det inte efterfrågas</translation>
        </message>
        <message>
            <source>references of related incidents, comma-separated</source>
            <translation>nummer på relaterade händelser, kommaseparerade</translation>
        </message>
        <message>
            <source>reference of the incident this one duplicates</source>
            <translation>numret på händelsen som den här är en dubblett av</translation>
        </message>
    </context>
    <context>
        <name>csv_incidents</name>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>mappen {folder} finns inte</translation>
        </message>
        <message>
            <source>export cancelled; no file was written</source>
            <translation>exporten avbröts; ingen fil skrevs</translation>
        </message>
        <message>
            <source>has no header row</source>
            <translation>har ingen rubrikrad</translation>
        </message>
        <message>
            <source>{reference} appears twice in the file</source>
            <translation>{reference} förekommer två gånger i filen</translation>
        </message>
        <message>
            <source>incident {reference} exists already</source>
            <translation>händelse {reference} finns redan</translation>
        </message>
        <message>
            <source>import cancelled; nothing was written</source>
            <translation>importen avbröts; inget sparades</translation>
        </message>
        <message>
            <source>is not valid CSV: {problem}</source>
            <translation>är inte giltig CSV: {problem}</translation>
        </message>
        <message>
            <source>a column appears twice</source>
            <translation>en kolumn förekommer två gånger</translation>
        </message>
        <message numerus="yes">
            <source>missing column(s) {columns}</source>
            <translation>
                <numerusform>kolumn saknas: {columns}</numerusform>
                <numerusform>kolumner saknas: {columns}</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown columns {columns} and {more} more</source>
            <translation>okända kolumner {columns} och {more} till</translation>
        </message>
        <message numerus="yes">
            <source>unknown column(s) {columns}</source>
            <translation>
                <numerusform>okänd kolumn {columns}</numerusform>
                <numerusform>okända kolumner {columns}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %Ln cell(s), the header {columns}</source>
            <translation>
                <numerusform>har %Ln cell, rubrikraden har {columns}</numerusform>
                <numerusform>har %Ln celler, rubrikraden har {columns}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a reference like 2026-0142</source>
            <translation>{value} är inget nummer som 2026-0142</translation>
        </message>
        <message>
            <source>{value} is not a date and time like 2026-11-26 14:05</source>
            <translation>{value} är ingen tidpunkt som 2026-11-26 14:05</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} är inget tal</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} är inget heltal</translation>
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation>{value} är varken ja eller nej</translation>
        </message>
        <message>
            <source>there is no incident {reference}</source>
            <translation>det finns ingen händelse {reference}</translation>
        </message>
    </context>
    <context>
        <name>police_events</name>
        <message>
            <source>not valid JSON: {problem} (line {line}, column {column})</source>
            <translation>inte giltig JSON: {problem} (rad {line}, kolumn {column})</translation>
        </message>
        <message>
            <source>not valid JSON: nested too deeply</source>
            <translation>inte giltig JSON: för djupt nästlad</translation>
        </message>
        <message>
            <source>a JSON object without exactly one list of events in it: not police events</source>
            <translation>ett JSON-objekt utan exakt en lista med händelser: inte polisens händelser</translation>
        </message>
        <message>
            <source>a JSON {kind}, not a list of police events</source>
            <translation>JSON av typen {kind}, inte en lista med polisens händelser</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>sant/falskt</translation>
        </message>
        <message>
            <source>number</source>
            <translation>tal</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>list</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>object</source>
            <translation>objekt</translation>
        </message>
        <message>
            <source>event {position}: not a JSON object</source>
            <translation>händelse {position}: inget JSON-objekt</translation>
        </message>
        <message>
            <source>event {position} (id {id}): {problem}</source>
            <translation>händelse {position} (id {id}): {problem}</translation>
        </message>
        <message>
            <source>event {position}: {problem}</source>
            <translation>händelse {position}: {problem}</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>saknas</translation>
        </message>
        <message>
            <source>missing: expected an object with a name</source>
            <translation>saknas: ett objekt med ett namn väntades</translation>
        </message>
        <message>
            <source>names no municipality: {name}</source>
            <translation>anger ingen kommun: {name}</translation>
        </message>
        <message>
            <source>expected text, found {kind}</source>
            <translation>text väntades, hittade {kind}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>tom</translation>
        </message>
        <message>
            <source>expected a positive whole number (at most 19 digits), found {value}</source>
            <translation>ett positivt heltal (högst 19 siffror) väntades, hittade {value}</translation>
        </message>
        <message>
            <source>not a page on polisen.se: {address}</source>
            <translation>inte en sida på polisen.se: {address}</translation>
        </message>
        <message>
            <source>not a time like 2026-08-08 6:34:08 +02:00: {value}</source>
            <translation>ingen tidpunkt som 2026-08-08 6:34:08 +02:00: {value}</translation>
        </message>
        <message>
            <source>no such time: {value} ({problem})</source>
            <translation>ingen sådan tidpunkt: {value} ({problem})</translation>
        </message>
        <message>
            <source>offset {offset} out of range</source>
            <translation>tidsförskjutningen {offset} är utanför det tillåtna</translation>
        </message>
        <message>
            <source>does not start with a day and time: {name}</source>
            <translation>börjar inte med en dag och en tid: {name}</translation>
        </message>
        <message>
            <source>{month} is not a Swedish month: {name}</source>
            <translation>{month} är ingen svensk månad: {name}</translation>
        </message>
        <message>
            <source>no such time of day: {name}</source>
            <translation>ingen sådan tid på dygnet: {name}</translation>
        </message>
        <message>
            <source>no such day: {name}</source>
            <translation>ingen sådan dag: {name}</translation>
        </message>
        <message>
            <source>{day} {month} did not occur in the year before publication: {name}</source>
            <translation>{day} {month} inföll inte under året före publiceringen: {name}</translation>
        </message>
    </context>
    <context>
        <name>text_files</name>
        <message>
            <source>{path} is a folder, not a file</source>
            <translation>{path} är en mapp, inte en fil</translation>
        </message>
        <message>
            <source>starts with a {encoding} byte order mark but is not {encoding} here: save it again as UTF-8</source>
            <translation>börjar med en {encoding}-byteordningsmarkering men är inte {encoding} här: spara den igen som UTF-8</translation>
        </message>
        <message>
            <source>looks like UTF-16 text without a byte order mark: save it as UTF-8</source>
            <translation>ser ut som UTF-16-text utan byteordningsmarkering: spara den som UTF-8</translation>
        </message>
    </context>
    <context>
        <name>vcard</name>
        <message>
            <source>is not a vCard file: it holds binary data, not text</source>
            <translation>är ingen vCard-fil: den innehåller binära data, inte text</translation>
        </message>
        <message>
            <source>is not a readable vCard file ({problem})</source>
            <translation>är ingen läsbar vCard-fil ({problem})</translation>
        </message>
        <message>
            <source>card {number}</source>
            <translation>kort {number}</translation>
        </message>
        <message>
            <source>is a {kind}, not a VCARD</source>
            <translation>är ett {kind}, inte ett VCARD</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>inget namn</translation>
        </message>
        <message>
            <source>holds no vCards</source>
            <translation>innehåller inga vCard</translation>
        </message>
        <message>
            <source>is required: the agency the person belongs to</source>
            <translation>krävs: myndigheten som personen tillhör</translation>
        </message>
        <message>
            <source>card {number} ({name}) {field}</source>
            <translation>kort {number} ({name}) {field}</translation>
        </message>
    </context>
</TS>
