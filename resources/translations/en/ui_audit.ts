<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AuditPage</name>
        <message numerus="yes">
            <source>Wrote %Ln entries to %1.</source>
            <translation>
                <numerusform>Wrote %Ln entry to %1.</numerusform>
                <numerusform>Wrote %Ln entries to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries.</source>
            <translation>
                <numerusform>%Ln entry.</numerusform>
                <numerusform>%Ln entries.</numerusform>
            </translation>
        </message>
    </context>
</TS>
