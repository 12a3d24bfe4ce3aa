<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>identity_numbers</name>
        <message numerus="yes">
            <source>contains a co-ordination number at character {position}: '{text}' (and %n more); personal data does not belong here: mask it or remove it</source>
            <translation>
                <numerusform>contains a co-ordination number at character {position}: '{text}' (and %n more); personal data does not belong here: mask them or remove them</numerusform>
                <numerusform>contains a co-ordination number at character {position}: '{text}' (and %n more); personal data does not belong here: mask them or remove them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>contains a personal identity number at character {position}: '{text}' (and %n more); personal data does not belong here: mask it or remove it</source>
            <translation>
                <numerusform>contains a personal identity number at character {position}: '{text}' (and %n more); personal data does not belong here: mask them or remove them</numerusform>
                <numerusform>contains a personal identity number at character {position}: '{text}' (and %n more); personal data does not belong here: mask them or remove them</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>key_points</name>
        <message numerus="yes">
            <source>%Ln incident(s) were recorded in the period, {previous} and {year_ago}.</source>
            <translation>
                <numerusform>%Ln incident was recorded in the period, {previous} and {year_ago}.</numerusform>
                <numerusform>%Ln incidents were recorded in the period, {previous} and {year_ago}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln incident(s) were rated high or critical.</source>
            <translation>
                <numerusform>%Ln incident was rated high or critical.</numerusform>
                <numerusform>%Ln incidents were rated high or critical.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action item(s) are overdue.</source>
            <translation>
                <numerusform>%Ln action item is overdue.</numerusform>
                <numerusform>%Ln action items are overdue.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message numerus="yes">
            <source>attended %n meeting(s)</source>
            <translation>
                <numerusform>attended %n meeting</numerusform>
                <numerusform>attended %n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>owns %n action item(s)</source>
            <translation>
                <numerusform>owns %n action item</numerusform>
                <numerusform>owns %n action items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sits in %n task force(s)</source>
            <translation>
                <numerusform>sits in %n task force</numerusform>
                <numerusform>sits in %n task forces</numerusform>
            </translation>
        </message>
    </context>
</TS>
