<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>CaseDetailPanel</name>
        <message numerus="yes">
            <source>Actions (%n open) — overdue</source>
            <translation>
                <numerusform>Actions (%n open) — overdue</numerusform>
                <numerusform>Actions (%n open) — overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Actions (%n open)</source>
            <translation>
                <numerusform>Actions (%n open)</numerusform>
                <numerusform>Actions (%n open)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consent (%n valid)</source>
            <translation>
                <numerusform>Consent (%n valid)</numerusform>
                <numerusform>Consent (%n valid)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
    </context>
</TS>
