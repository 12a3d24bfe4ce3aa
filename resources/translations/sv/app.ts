<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>ValidationField</name>
        <message>
            <source>file</source>
            <translation>fil</translation>
        </message>
        <message>
            <source>header</source>
            <translation>rubrikrad</translation>
        </message>
        <message>
            <source>event</source>
            <translation>notis</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>nummer</translation>
        </message>
        <message>
            <source>occurred at</source>
            <translation>inträffade</translation>
        </message>
        <message>
            <source>occurred until</source>
            <translation>inträffade till</translation>
        </message>
        <message>
            <source>reported at</source>
            <translation>rapporterad</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>area</source>
            <translation>område</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>allvarlighet</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>district</source>
            <translation>kommundel</translation>
        </message>
        <message>
            <source>place</source>
            <translation>plats</translation>
        </message>
        <message>
            <source>latitude</source>
            <translation>latitud</translation>
        </message>
        <message>
            <source>longitude</source>
            <translation>longitud</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>sammanfattning</translation>
        </message>
        <message>
            <source>description</source>
            <translation>beskrivning</translation>
        </message>
        <message>
            <source>source agency</source>
            <translation>källmyndighet</translation>
        </message>
        <message>
            <source>source reliability</source>
            <translation>tillförlitlighet</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verifierad</translation>
        </message>
        <message>
            <source>agencies involved</source>
            <translation>inblandade myndigheter</translation>
        </message>
        <message>
            <source>police ref</source>
            <translation>polisens diarienummer</translation>
        </message>
        <message>
            <source>rescue ref</source>
            <translation>räddningstjänstens nummer</translation>
        </message>
        <message>
            <source>external ref</source>
            <translation>extern referens</translation>
        </message>
        <message>
            <source>external url</source>
            <translation>länk</translation>
        </message>
        <message>
            <source>injured</source>
            <translation>skadade</translation>
        </message>
        <message>
            <source>damage</source>
            <translation>skador</translation>
        </message>
        <message>
            <source>estimated cost sek</source>
            <translation>kostnad kr</translation>
        </message>
        <message>
            <source>insurance claim ref</source>
            <translation>försäkringsärende</translation>
        </message>
        <message>
            <source>action taken</source>
            <translation>åtgärd</translation>
        </message>
        <message>
            <source>secret</source>
            <translation>sekretess</translation>
        </message>
        <message>
            <source>related</source>
            <translation>relaterade</translation>
        </message>
        <message>
            <source>duplicate of</source>
            <translation>dubblett av</translation>
        </message>
        <message>
            <source>row</source>
            <translation>rad</translation>
        </message>
        <message>
            <source>municipality</source>
            <translation>kommun</translation>
        </message>
        <message>
            <source>municipality name</source>
            <translation>kommunens namn</translation>
        </message>
        <message>
            <source>police type</source>
            <translation>polisens typ</translation>
        </message>
        <message>
            <source>cap</source>
            <translation>CAP</translation>
        </message>
        <message>
            <source>identifier</source>
            <translation>identifierare (identifier)</translation>
        </message>
        <message>
            <source>info</source>
            <translation>innehåll (info)</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>skickad (sent)</translation>
        </message>
        <message>
            <source>effective</source>
            <translation>gäller från (effective)</translation>
        </message>
        <message>
            <source>onset</source>
            <translation>början (onset)</translation>
        </message>
        <message>
            <source>expires</source>
            <translation>upphör (expires)</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>name</source>
            <translation>namn</translation>
        </message>
        <message>
            <source>datetime</source>
            <translation>tidpunkt (datetime)</translation>
        </message>
        <message>
            <source>type</source>
            <translation>typ</translation>
        </message>
        <message>
            <source>url</source>
            <translation>webbadress (url)</translation>
        </message>
        <message>
            <source>location.name</source>
            <translation>plats (location.name)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titel</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>mobil</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>anteckningar</translation>
        </message>
        <message>
            <source>org</source>
            <translation>myndighet (ORG)</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Samverkan: the desk application of a municipal safety office. Without a command it opens the window.</source>
            <translation>Samverkan: skrivbordsprogrammet för kommunens trygghets- och säkerhetsenhet. Utan kommando öppnas fönstret.</translation>
        </message>
        <message>
            <source>show the program's version number and exit</source>
            <translation>visa programmets versionsnummer och avsluta</translation>
        </message>
        <message>
            <source>PATH_OR_URL</source>
            <translation>SÖKVÄG_ELLER_URL</translation>
        </message>
        <message>
            <source>SQLite file or database URL (default: $SAMVERKAN_DATABASE, else a file in your local data folder)</source>
            <translation>SQLite-fil eller databas-URL (standard: $SAMVERKAN_DATABASE, annars en fil i din lokala datamapp)</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>KOMMANDO</translation>
        </message>
        <message>
            <source>unexpected error; the details are in {path}</source>
            <translation>oväntat fel; detaljerna finns i {path}</translation>
        </message>
    </context>
    <context>
        <name>components</name>
        <message>
            <source>Public domain</source>
            <translation>Allmän egendom (public domain)</translation>
        </message>
        <message>
            <source>DejaVu fonts</source>
            <translation>Typsnitten DejaVu</translation>
        </message>
        <message>
            <source>Bitstream Vera and DejaVu licence (free)</source>
            <translation>Bitstream Veras och DejaVus licens (fri)</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>line {line}: {problems}</source>
            <translation>rad {line}: {problems}</translation>
        </message>
    </context>
    <context>
        <name>identity</name>
        <message>
            <source>could not read the signed-in account</source>
            <translation>kunde inte läsa det inloggade kontot</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>the window cannot be loaded: {error}</source>
            <translation>fönstret kan inte läsas in: {error}</translation>
        </message>
    </context>
    <context>
        <name>os_errors</name>
        <message>
            <source>no such file or folder</source>
            <translation>filen eller mappen finns inte</translation>
        </message>
        <message>
            <source>no permission (or the file is open elsewhere)</source>
            <translation>behörighet saknas (eller så är filen öppen i ett annat program)</translation>
        </message>
        <message>
            <source>no permission</source>
            <translation>behörighet saknas</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>är en mapp, inte en fil</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>en del av sökvägen är ingen mapp</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>disken är full</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>disken är skrivskyddad</translation>
        </message>
        <message>
            <source>in use by another program</source>
            <translation>används av ett annat program</translation>
        </message>
        <message>
            <source>already exists</source>
            <translation>finns redan</translation>
        </message>
    </context>
    <context>
        <name>selftest</name>
        <message>
            <source>resources</source>
            <translation>resurser</translation>
        </message>
        <message>
            <source>database</source>
            <translation>databas</translation>
        </message>
        <message>
            <source>briefing</source>
            <translation>lägesbild</translation>
        </message>
        <message>
            <source>cap</source>
            <translation>CAP</translation>
        </message>
        <message>
            <source>window</source>
            <translation>fönster</translation>
        </message>
        <message>
            <source>icons</source>
            <translation>ikoner</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>sidor</translation>
        </message>
        <message>
            <source>dialogs</source>
            <translation>dialogrutor</translation>
        </message>
        <message>
            <source>cleanup</source>
            <translation>städning</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>arbetsmapp</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FEL</translation>
        </message>
        <message>
            <source>needs the test database, which could not be made (see above)</source>
            <translation>behöver testdatabasen, som inte kunde skapas (se ovan)</translation>
        </message>
        <message>
            <source>{error} (details in {path})</source>
            <translation>{error} (detaljer i {path})</translation>
        </message>
        <message>
            <source>missing {files}</source>
            <translation>saknas: {files}</translation>
        </message>
        <message>
            <source>fonts {regular}, {bold} in {folder}; CAP schema {schema}; {texts} Swedish texts</source>
            <translation>typsnitten {regular}, {bold} i {folder}; CAP-schemat {schema}; {texts} svenska texter</translation>
        </message>
        <message>
            <source>schema at {revision}, expected {expected}</source>
            <translation>schemat har version {revision}, väntade {expected}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln incident(s) after making {made}</source>
            <translation>
                <numerusform>%Ln händelse efter att {made} skapats</numerusform>
                <numerusform>%Ln händelser efter att {made} skapats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>schema {revision}, %Ln demo incident(s)</source>
            <translation>
                <numerusform>schema {revision}, %Ln demohändelse</numerusform>
                <numerusform>schema {revision}, %Ln demohändelser</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is not a PDF (it starts with {start})</source>
            <translation>{file} är ingen PDF (den börjar med {start})</translation>
        </message>
        <message numerus="yes">
            <source>the PDF has %Ln page(s); a briefing has more than one</source>
            <translation>
                <numerusform>PDF:en har %Ln sida; en lägesbild har fler än en</numerusform>
                <numerusform>PDF:en har %Ln sidor; en lägesbild har fler än en</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the PDF has %Ln page(s), the writer said {pages}</source>
            <translation>
                <numerusform>PDF:en har %Ln sida, men skrivfunktionen angav {pages}</numerusform>
                <numerusform>PDF:en har %Ln sidor, men skrivfunktionen angav {pages}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln page(s), {size} KB, {start} to {end}</source>
            <translation>
                <numerusform>%Ln sida, {size} kB, {start} till {end}</numerusform>
                <numerusform>%Ln sidor, {size} kB, {start} till {end}</numerusform>
            </translation>
        </message>
        <message>
            <source>no incident to export</source>
            <translation>ingen händelse att exportera</translation>
        </message>
        <message>
            <source>read back {read}, wrote {written}</source>
            <translation>läste tillbaka {read}, skrev {written}</translation>
        </message>
        <message>
            <source>incident {reference} as {identifier}, valid CAP 1.2</source>
            <translation>händelse {reference} som {identifier}, giltig CAP 1.2</translation>
        </message>
        <message>
            <source>removed {folder}</source>
            <translation>tog bort {folder}</translation>
        </message>
        <message numerus="yes">
            <source>self-test passed: %Ln check(s) in {seconds} s</source>
            <translation>
                <numerusform>självtestet lyckades: %Ln kontroll på {seconds} s</numerusform>
                <numerusform>självtestet lyckades: %Ln kontroller på {seconds} s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>self-test FAILED: {failed} of %Ln check(s) failed ({names}) in {seconds} s</source>
            <translation>
                <numerusform>självtestet MISSLYCKADES: {failed} av %Ln kontroll misslyckades ({names}) på {seconds} s</numerusform>
                <numerusform>självtestet MISSLYCKADES: {failed} av %Ln kontroller misslyckades ({names}) på {seconds} s</numerusform>
            </translation>
        </message>
    </context>
</TS>
