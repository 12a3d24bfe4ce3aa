<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>AuditPage</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>E&amp;xport audit log…</source>
            <translation>E&amp;xportera granskningsloggen…</translation>
        </message>
        <message>
            <source>e.g. 2026-004</source>
            <translation>t.ex. 2026-004</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Ärendenummer</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Alla åtgärder</translation>
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
            <source>Audit log</source>
            <translation>Granskningslogg</translation>
        </message>
        <message>
            <source>Export audit log</source>
            <translation>Exportera granskningsloggen</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln entries to %1.</source>
            <translation>
                <numerusform>Exporterade %Ln post till %1.</numerusform>
                <numerusform>Exporterade %Ln poster till %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing the newest %1 of %2 entries. Narrow the filter, or export to see them all.</source>
            <translation>Visar de senaste %1 av %2 poster. Begränsa filtret, eller exportera för att se alla.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries.</source>
            <translation>
                <numerusform>%Ln post.</numerusform>
                <numerusform>%Ln poster.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only administrators and the data protection officer read the audit log (%1). Your attempt to open it has been written to the log.</source>
            <translation>Bara administratörer och dataskyddsombudet läser granskningsloggen (%1). Ditt försök att öppna den har skrivits in i loggen.</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>any</source>
            <translation>valfritt</translation>
        </message>
        <message>
            <source>Audit log entries, newest first</source>
            <translation>Granskningsloggens poster, senaste först</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>Ä&amp;rende</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Åtgärd</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Från</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>&amp;Till</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Rensa</translation>
        </message>
    </context>
</TS>
