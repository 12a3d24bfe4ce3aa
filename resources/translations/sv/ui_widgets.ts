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
