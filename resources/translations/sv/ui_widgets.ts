<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else: %1</source>
            <translation>Ändrad av någon annan: %1</translation>
        </message>
        <message>
            <source>Someone else saved %1 after you opened it. Nothing of yours is saved yet. Choose for each marked field whether to keep yours or take theirs, then save the merge.</source>
            <translation>Någon annan har sparat %1 sedan du öppnade fönstret. Inget av det du har skrivit är sparat än. Välj för varje markerat fält om du vill behålla din version eller ta deras, och spara sedan sammanslagningen.</translation>
        </message>
        <message>
            <source>&amp;Keep all mine</source>
            <translation>&amp;Behåll allt mitt</translation>
        </message>
        <message>
            <source>&amp;Take all theirs</source>
            <translation>&amp;Ta allt deras</translation>
        </message>
        <message>
            <source>&amp;Save merged</source>
            <translation>&amp;Spara sammanslaget</translation>
        </message>
        <message>
            <source>Both versions, field by field</source>
            <translation>Båda versionerna, fält för fält</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Din version</translation>
        </message>
        <message>
            <source>Theirs (saved)</source>
            <translation>Deras (sparad)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behåll</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>samma</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Min version</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Deras version</translation>
        </message>
        <message>
            <source>%1: yours</source>
            <translation>%1: din version</translation>
        </message>
        <message>
            <source>%1: theirs</source>
            <translation>%1: deras version</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>Line %1:</source>
            <translation>Rad %1:</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>no print command (lp) on this computer: print from the PDF viewer</source>
            <translation>det finns inget utskriftskommando (lp) på den här datorn: skriv ut från PDF-läsaren</translation>
        </message>
        <message>
            <source>lp ended with code %1</source>
            <translation>lp avslutades med kod %1</translation>
        </message>
    </context>
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
        <name>crash</name>
        <message>
            <source>Samverkan: unexpected error</source>
            <translation>Samverkan: oväntat fel</translation>
        </message>
        <message>
            <source>Something went wrong inside Samverkan. What you saved before is safe.

The details were written to:
%1

Please send this file to your administrator. It is best to save your work and restart the application.</source>
            <translation>Något gick fel i Samverkan. Det du har sparat tidigare är i säkerhet.

Detaljerna skrevs till:
%1

Skicka den filen till din administratör. Det är bäst att du sparar ditt arbete och startar om programmet.</translation>
        </message>
    </context>
</TS>
