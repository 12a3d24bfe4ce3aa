<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>selftest</name>
        <message numerus="yes">
            <source>%Ln incident(s) after making {made}</source>
            <translation>
                <numerusform>%Ln incident after making {made}</numerusform>
                <numerusform>%Ln incidents after making {made}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>schema {revision}, %Ln demo incident(s)</source>
            <translation>
                <numerusform>schema {revision}, %Ln demo incident</numerusform>
                <numerusform>schema {revision}, %Ln demo incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the PDF has %Ln page(s); a briefing has more than one</source>
            <translation>
                <numerusform>the PDF has %Ln page; a briefing has more than one</numerusform>
                <numerusform>the PDF has %Ln pages; a briefing has more than one</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the PDF has %Ln page(s), the writer said {pages}</source>
            <translation>
                <numerusform>the PDF has %Ln page, the writer said {pages}</numerusform>
                <numerusform>the PDF has %Ln pages, the writer said {pages}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln page(s), {size} KB, {start} to {end}</source>
            <translation>
                <numerusform>%Ln page, {size} KB, {start} to {end}</numerusform>
                <numerusform>%Ln pages, {size} KB, {start} to {end}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>self-test passed: %Ln check(s) in {seconds} s</source>
            <translation>
                <numerusform>self-test passed: %Ln check in {seconds} s</numerusform>
                <numerusform>self-test passed: %Ln checks in {seconds} s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>self-test FAILED: {failed} of %Ln check(s) failed ({names}) in {seconds} s</source>
            <translation>
                <numerusform>self-test FAILED: {failed} of %Ln check failed ({names}) in {seconds} s</numerusform>
                <numerusform>self-test FAILED: {failed} of %Ln checks failed ({names}) in {seconds} s</numerusform>
            </translation>
        </message>
    </context>
</TS>
