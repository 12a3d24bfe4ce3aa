<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>CountTile</name>
        <message numerus="yes">
            <source>Show these %Ln incident(s) in the incident log</source>
            <translation>
                <numerusform>Show this incident in the incident log</numerusform>
                <numerusform>Show these %Ln incidents in the incident log</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SituationPage</name>
        <message numerus="yes">
            <source>%Ln of %1 open action items is past its due date.</source>
            <translation>
                <numerusform>%Ln of %1 open action items is past its due date.</numerusform>
                <numerusform>%Ln of %1 open action items are past their due date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show all %Ln in the incident log ›</source>
            <translation>
                <numerusform>Show it in the incident log ›</numerusform>
                <numerusform>Show all %Ln in the incident log ›</numerusform>
            </translation>
        </message>
    </context>
</TS>
