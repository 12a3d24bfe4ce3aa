<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>vocabulary</name>
        <message>
            <source>Safety</source>
            <translation>Trygghet</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Säkerhet</translation>
        </message>
        <message>
            <source>Information security</source>
            <translation>Informationssäkerhet</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Försäkring</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Låg</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Måttlig</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hög</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Okänd</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medel</translation>
        </message>
        <message>
            <source>Social task force</source>
            <translation>Social insatsgrupp</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Arbetsgrupp</translation>
        </message>
        <message>
            <source>Strategy group</source>
            <translation>Strategigrupp</translation>
        </message>
        <message>
            <source>Referred</source>
            <comment>case status</comment>
            <translation>Anmält</translation>
        </message>
        <message>
            <source>Assessed</source>
            <comment>case status</comment>
            <translation>Bedömt</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>case status</comment>
            <translation>Aktivt</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <comment>case status</comment>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>case status</comment>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Vårdnadshavare</translation>
        </message>
        <message>
            <source>Young person</source>
            <translation>Den unge</translation>
        </message>
        <message>
            <source>Viewed</source>
            <translation>Läst</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Nekad</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Gallrad</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporterad</translation>
        </message>
    </context>
</TS>
