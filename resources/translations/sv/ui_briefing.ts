<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>BriefingDialog</name>
        <message>
            <source>Briefing PDF</source>
            <translation>Lägesbild som PDF</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Skriver %1…</translation>
        </message>
        <message>
            <source>Briefing cancelled.</source>
            <translation>Lägesbilden avbröts.</translation>
        </message>
        <message>
            <source>It could not be printed: %1</source>
            <translation>Den kunde inte skrivas ut: %1</translation>
        </message>
        <message>
            <source>Sent %1 to the printer.</source>
            <translation>Skickade %1 till skrivaren.</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <source>Since the pre&amp;vious meeting</source>
            <translation>Sedan föregående &amp;möte</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Datum:</translation>
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
            <source>Append every incident of the period as a table</source>
            <translation>Bifoga periodens alla händelser som en tabell</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Öppna igen</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Send the briefing to your default printer</source>
            <translation>Skicka lägesbilden till din standardskrivare</translation>
        </message>
        <message>
            <source>&amp;Make briefing</source>
            <translation>&amp;Skapa lägesbild</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>Möte:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fil:</translation>
        </message>
        <message>
            <source>No meeting</source>
            <translation>Inget möte</translation>
        </message>
        <message>
            <source>Save the briefing as</source>
            <translation>Spara lägesbilden som</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a file to write the briefing to.</source>
            <translation>Välj en fil att skriva lägesbilden till.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Mappen %1 finns inte.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Perioden slutar innan den börjar.</translation>
        </message>
        <message numerus="yes">
            <source>Written: %1 (%Ln page(s)). It opens in your PDF viewer; print it there or here.</source>
            <translation>
                <numerusform>Sparad: %1 (%Ln sida). Den öppnas i din PDF-läsare; skriv ut den där eller här.</numerusform>
                <numerusform>Sparad: %1 (%Ln sidor). Den öppnas i din PDF-läsare; skriv ut den där eller här.</numerusform>
            </translation>
        </message>
        <message>
            <source>Briefing written to %1.</source>
            <translation>Lägesbilden sparades i %1.</translation>
        </message>
    </context>
</TS>
