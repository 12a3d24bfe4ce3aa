<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>demo</name>
        <message>
            <source>demo generation cancelled; nothing was written</source>
            <translation>skapandet av demodata avbröts; inget sparades</translation>
        </message>
        <message>
            <source>no demo meetings: nobody in the roster sits in the joint meeting</source>
            <translation>inga demomöten: ingen i kontaktlistan sitter med i samverkansmötet</translation>
        </message>
        <message numerus="yes">
            <source>added %Ln demo meeting(s) and {actions} action items</source>
            <translation>
                <numerusform>lade till %Ln demomöte och {actions} åtgärdspunkter</numerusform>
                <numerusform>lade till %Ln demomöten och {actions} åtgärdspunkter</numerusform>
            </translation>
        </message>
    </context>
</TS>
