<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>csv_incidents</name>
        <message numerus="yes">
            <source>missing column(s) {columns}</source>
            <translation>
                <numerusform>missing column {columns}</numerusform>
                <numerusform>missing columns {columns}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>unknown column(s) {columns}</source>
            <translation>
                <numerusform>unknown column {columns}</numerusform>
                <numerusform>unknown columns {columns}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %Ln cell(s), the header {columns}</source>
            <translation>
                <numerusform>has %Ln cell, the header {columns}</numerusform>
                <numerusform>has %Ln cells, the header {columns}</numerusform>
            </translation>
        </message>
    </context>
</TS>
