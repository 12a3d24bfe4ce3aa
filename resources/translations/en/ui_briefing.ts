<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>BriefingDialog</name>
        <message numerus="yes">
            <source>Written: %1 (%Ln page(s)). It opens in your PDF viewer; print it there or here.</source>
            <translation>
                <numerusform>Written: %1 (%Ln page). It opens in your PDF viewer; print it there or here.</numerusform>
                <numerusform>Written: %1 (%Ln pages). It opens in your PDF viewer; print it there or here.</numerusform>
            </translation>
        </message>
    </context>
</TS>
