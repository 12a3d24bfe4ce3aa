<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>ChangeTable</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Föregående</translation>
        </message>
        <message>
            <source>Year ago</source>
            <translation>I fjol</translation>
        </message>
        <message>
            <source>Previous period: %1; same period a year ago: %2</source>
            <translation>Föregående period: %1; samma period i fjol: %2</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <source>No bars to show.</source>
            <translation>Inga staplar att visa.</translation>
        </message>
        <message>
            <source>%1. Enter shows these incidents.</source>
            <translation>%1. Enter visar de här händelserna.</translation>
        </message>
    </context>
    <context>
        <name>CountTable</name>
        <message>
            <source>Show these incidents in the incident log</source>
            <translation>Visa de här händelserna i händelseloggen</translation>
        </message>
    </context>
    <context>
        <name>CountTile</name>
        <message>
            <source>%1 against the previous period</source>
            <translation>%1 mot föregående period</translation>
        </message>
        <message>
            <source>%1 against a year ago</source>
            <translation>%1 mot i fjol</translation>
        </message>
        <message numerus="yes">
            <source>Show these %Ln incident(s) in the incident log</source>
            <translation>
                <numerusform>Visa händelsen i händelseloggen</numerusform>
                <numerusform>Visa de här %Ln händelserna i händelseloggen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotableList</name>
        <message>
            <source>When</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Allvar</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verifierad</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
    </context>
    <context>
        <name>OverdueList</name>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Den här veckan</translation>
        </message>
        <message>
            <source>Since the last joint meeting</source>
            <translation>Sedan senaste samverkansmötet</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Senaste 30 dagarna</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Egna datum</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Från datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Till datum</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
    </context>
    <context>
        <name>SituationPage</name>
        <message>
            <source>Situation</source>
            <translation>Läget</translation>
        </message>
        <message>
            <source>&amp;Briefing PDF…</source>
            <translation>&amp;Lägesbild som PDF…</translation>
        </message>
        <message>
            <source>&amp;Refresh situation</source>
            <translation>&amp;Uppdatera läget</translation>
        </message>
        <message>
            <source>Gathering…</source>
            <translation>Hämtar…</translation>
        </message>
        <message>
            <source>Briefing PDF…</source>
            <translation>Lägesbild som PDF…</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>I korthet</translation>
        </message>
        <message>
            <source>Overdue action items</source>
            <translation>Försenade åtgärdspunkter</translation>
        </message>
        <message>
            <source>No action item is overdue.</source>
            <translation>Ingen åtgärdspunkt är försenad.</translation>
        </message>
        <message>
            <source>Incidents per week and category</source>
            <translation>Händelser per vecka och kategori</translation>
        </message>
        <message>
            <source>Incidents per district</source>
            <translation>Händelser per kommundel</translation>
        </message>
        <message>
            <source>Incidents by category</source>
            <translation>Händelser per kategori</translation>
        </message>
        <message>
            <source>District and category</source>
            <translation>Kommundel och kategori</translation>
        </message>
        <message>
            <source>Notable incidents</source>
            <translation>Allvarliga händelser</translation>
        </message>
        <message>
            <source>No incident of high or critical severity in the period.</source>
            <translation>Ingen händelse med hög eller kritisk allvarlighetsgrad under perioden.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of %1 open action items is past its due date.</source>
            <translation>
                <numerusform>%Ln av %1 öppna åtgärdspunkter är försenad.</numerusform>
                <numerusform>%Ln av %1 öppna åtgärdspunkter är försenade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>%1  ·  compared with %2 and with the same period a year ago</source>
            <translation>%1  ·  jämfört med %2 och med samma period i fjol</translation>
        </message>
        <message>
            <source>Updated %1</source>
            <translation>Uppdaterad %1</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>Alla händelser</translation>
        </message>
        <message>
            <source>Show ›</source>
            <translation>Visa ›</translation>
        </message>
        <message>
            <source>High or critical severity; incidents flagged secret are left out.</source>
            <translation>Hög eller kritisk allvarlighetsgrad; sekretessmarkerade händelser ingår inte.</translation>
        </message>
        <message>
            <source>The latest %1 of %2 are listed.</source>
            <translation>De senaste %1 av %2 visas.</translation>
        </message>
        <message numerus="yes">
            <source>Show all %Ln in the incident log ›</source>
            <translation>
                <numerusform>Visa den i händelseloggen ›</numerusform>
                <numerusform>Visa alla %Ln i händelseloggen ›</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not gather: %1</source>
            <translation>Kunde inte hämta läget: %1</translation>
        </message>
    </context>
</TS>
