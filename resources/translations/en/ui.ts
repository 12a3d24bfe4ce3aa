<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>RetentionNote</name>
        <message numerus="yes">
            <source>Retention: erased %n closed case(s) past their retention period: %1.</source>
            <translation>
                <numerusform>Retention: erased %n closed case past its retention period: %1.</numerusform>
                <numerusform>Retention: erased %n closed cases past their retention period: %1.</numerusform>
            </translation>
        </message>
    </context>
</TS>
