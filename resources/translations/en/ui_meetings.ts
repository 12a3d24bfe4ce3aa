<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActionsPanel</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done lately</source>
        <translation>
            <numerusform>%n done lately</numerusform>
            <numerusform>%n done lately</numerusform>
        </translation>
    </message>
</context>
</TS>
