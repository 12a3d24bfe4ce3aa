<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>demo</name>
        <message numerus="yes">
            <source>added %Ln demo meeting(s) and {actions} action items</source>
            <translation>
                <numerusform>added %Ln demo meeting and {actions} action items</numerusform>
                <numerusform>added %Ln demo meetings and {actions} action items</numerusform>
            </translation>
        </message>
    </context>
</TS>
