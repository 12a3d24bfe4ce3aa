<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>IncidentPage</name>
        <message numerus="yes">
            <source>%Ln of the shown incidents are flagged secret. Include them in the file?</source>
            <translation>
                <numerusform>%Ln of the shown incidents is flagged secret. Include it in the file?</numerusform>
                <numerusform>%Ln of the shown incidents are flagged secret. Include them in the file?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln incident(s) to %1.</source>
            <translation>
                <numerusform>Exported %Ln incident to %1.</numerusform>
                <numerusform>Exported %Ln incidents to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln incident(s).</source>
            <translation>
                <numerusform>Imported %Ln incident.</numerusform>
                <numerusform>Imported %Ln incidents.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln incident(s)</source>
            <translation>
                <numerusform>Showing %1 of %Ln incident</numerusform>
                <numerusform>Showing %1 of %Ln incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PoliceImportDialog</name>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; notice(s) in the file.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notice in the file.</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notices in the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; notice(s) for %1: &lt;b&gt;%2&lt;/b&gt; new, &lt;b&gt;%3&lt;/b&gt; updated by the police, &lt;b&gt;%4&lt;/b&gt; unchanged, &lt;b&gt;%5&lt;/b&gt; in conflict.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notice for %1: &lt;b&gt;%2&lt;/b&gt; new, &lt;b&gt;%3&lt;/b&gt; updated by the police, &lt;b&gt;%4&lt;/b&gt; unchanged, &lt;b&gt;%5&lt;/b&gt; in conflict.</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notices for %1: &lt;b&gt;%2&lt;/b&gt; new, &lt;b&gt;%3&lt;/b&gt; updated by the police, &lt;b&gt;%4&lt;/b&gt; unchanged, &lt;b&gt;%5&lt;/b&gt; in conflict.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; notice(s) for other municipalities are left out.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notice for another municipality is left out.</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; notices for other municipalities are left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) whose incidents were deleted are not brought back.</source>
            <translation>
                <numerusform>%Ln notice whose incident was deleted is not brought back.</numerusform>
                <numerusform>%Ln notices whose incidents were deleted are not brought back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) announce something still to come; they are imported once it has happened.</source>
            <translation>
                <numerusform>%Ln notice announces something still to come; it is imported once it has happened.</numerusform>
                <numerusform>%Ln notices announce something still to come; they are imported once it has happened.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) appear more than once in the file; the first is used.</source>
            <translation>
                <numerusform>%Ln notice appears more than once in the file; the first is used.</numerusform>
                <numerusform>%Ln notices appear more than once in the file; the first of each is used.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) held an identity number; it is masked.</source>
            <translation>
                <numerusform>%Ln notice held an identity number; it is masked.</numerusform>
                <numerusform>%Ln notices held identity numbers; they are masked.</numerusform>
            </translation>
        </message>
    </context>
</TS>
