<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>briefing</name>
        <message numerus="yes">
            <source>%Ln incident(s).</source>
            <translation>
                <numerusform>%Ln incident.</numerusform>
                <numerusform>%Ln incidents.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln incident(s) marked secret are left out.</source>
            <translation>
                <numerusform>%Ln incident marked secret is left out.</numerusform>
                <numerusform>%Ln incidents marked secret are left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>roster_pdf</name>
        <message numerus="yes">
            <source>Printed {date} · %Ln member(s)</source>
            <translation>
                <numerusform>Printed {date} · %Ln member</numerusform>
                <numerusform>Printed {date} · %Ln members</numerusform>
            </translation>
        </message>
    </context>
</TS>
