<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Samverkan</source>
            <translation>Om Samverkan</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Samverkan %1&lt;/h3&gt;&lt;p&gt;The desk application of a municipal safety office: the incident log, the agencies' roster and joint meetings, task forces and their cases, and the briefing for the joint meetings.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence (EUPL) 1.2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Samverkan %1&lt;/h3&gt;&lt;p&gt;Programmet för kommunens trygghets- och säkerhetsarbete: händelseloggen, myndigheternas kontaktlista och samverkansmöten, insatsgrupper och deras ärenden, och lägesbilden till samverkansmötena.&lt;/p&gt;&lt;p&gt;Licensierat under Europeiska unionens licens för öppen källkod (EUPL) 1.2.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponent</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licens</translation>
        </message>
        <message>
            <source>Components bundled with Samverkan</source>
            <translation>Komponenter som ingår i Samverkan</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Licenstext</translation>
        </message>
        <message>
            <source>&amp;Components and their licences</source>
            <translation>&amp;Komponenter och deras licenser</translation>
        </message>
        <message>
            <source>%1 is used under the %2: %3</source>
            <translation>%1 används under licensen %2: %3</translation>
        </message>
        <message>
            <source>%1 is used under the licence named %2; its text is not bundled.</source>
            <translation>%1 används under licensen %2; licenstexten följer inte med.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Samverkan</source>
            <translation>Samverkan</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Sidor</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Joint meetings</source>
            <translation>Samverkansmöten</translation>
        </message>
        <message>
            <source>Task forces</source>
            <translation>Insatsgrupper</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Granskningslogg</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>Import &amp;police events…</source>
            <translation>Importera &amp;polishändelser…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Verktyg</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Inställningar…</translation>
        </message>
        <message>
            <source>&amp;Police event types…</source>
            <translation>&amp;Polisens händelsetyper…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Samverkan</source>
            <translation>&amp;Om Samverkan</translation>
        </message>
        <message>
            <source>Saved. The language and the database change at the next start.</source>
            <translation>Sparat. Språket och databasen ändras vid nästa start.</translation>
        </message>
        <message>
            <source>Import police events</source>
            <translation>Importera polishändelser</translation>
        </message>
        <message>
            <source>Police events (*.json)</source>
            <translation>Polishändelser (*.json)</translation>
        </message>
        <message>
            <source>Police events imported. New: %1, updated: %2, unchanged: %3.</source>
            <translation>Polishändelserna är importerade. Nya: %1, uppdaterade: %2, oförändrade: %3.</translation>
        </message>
    </context>
    <context>
        <name>RetentionNote</name>
        <message numerus="yes">
            <source>Retention: erased %n closed case(s) past their retention period: %1.</source>
            <translation>
                <numerusform>Gallring: %n avslutat ärende som passerat gallringsfristen har gallrats: %1.</numerusform>
                <numerusform>Gallring: %n avslutade ärenden som passerat gallringsfristen har gallrats: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>Qt cannot be loaded: {error}</source>
            <translation>Qt kan inte läsas in: {error}</translation>
        </message>
        <message>
            <source>missing in %1: %2</source>
            <translation>saknas i %1: %2</translation>
        </message>
        <message>
            <source>cannot be drawn (no SVG support in this build?): %1</source>
            <translation>kan inte ritas (inget SVG-stöd i det här bygget?): %1</translation>
        </message>
        <message>
            <source>%1 drawn from %2</source>
            <translation>%1 ritade från %2</translation>
        </message>
        <message>
            <source>%1: the page was not built</source>
            <translation>%1: sidan byggdes inte</translation>
        </message>
        <message>
            <source>Situation: nothing was gathered (%1)</source>
            <translation>Läget: ingenting samlades in (%1)</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>inget svar</translation>
        </message>
        <message>
            <source>the main window</source>
            <translation>huvudfönstret</translation>
        </message>
        <message>
            <source>needs the main window, which did not open (see pages)</source>
            <translation>behöver huvudfönstret, som inte öppnades (se sidor)</translation>
        </message>
        <message>
            <source>no incident to edit</source>
            <translation>ingen händelse att redigera</translation>
        </message>
        <message>
            <source>incident editor (%1)</source>
            <translation>händelseredigeraren (%1)</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>inställningar</translation>
        </message>
        <message>
            <source>police event types</source>
            <translation>polisens händelsetyper</translation>
        </message>
        <message>
            <source>briefing</source>
            <translation>lägesbild</translation>
        </message>
        <message>
            <source>about Samverkan</source>
            <translation>om Samverkan</translation>
        </message>
        <message>
            <source>%1: did not open</source>
            <translation>%1: öppnades inte</translation>
        </message>
        <message>
            <source>%1: nothing was painted</source>
            <translation>%1: ingenting ritades</translation>
        </message>
        <message>
            <source>background work still running after %1 s</source>
            <translation>arbete i bakgrunden pågår fortfarande efter %1 s</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Retention could not run: %1</source>
            <translation>Gallringen kunde inte köras: %1</translation>
        </message>
        <message>
            <source>Delete these backups by hand, they hold erased cases: %1.</source>
            <translation>Ta bort de här säkerhetskopiorna för hand, de innehåller gallrade ärenden: %1.</translation>
        </message>
        <message>
            <source>About the database</source>
            <translation>Om databasen</translation>
        </message>
        <message>
            <source>Samverkan cannot start</source>
            <translation>Samverkan kan inte starta</translation>
        </message>
        <message>
            <source>Empty incident log</source>
            <translation>Tom händelselogg</translation>
        </message>
        <message>
            <source>The incident log is empty.

Load demo data to try Samverkan out? A demo municipality with %1 made-up incidents, a roster of fictional people, a year of joint meetings, task forces with fictional pseudonymous cases and demo colleagues. You can delete them later.</source>
            <translation>Händelseloggen är tom.

Vill du läsa in demodata och prova Samverkan? En demokommun med %1 påhittade händelser, en kontaktlista med fiktiva personer, ett års samverkansmöten, insatsgrupper med fiktiva ärenden under pseudonym och demokollegor. Du kan ta bort dem senare.</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demodata</translation>
        </message>
        <message>
            <source>Making %1 demo incidents…</source>
            <translation>Skapar %1 demohändelser…</translation>
        </message>
    </context>
    <context>
        <name>workstation</name>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Databas</translation>
        </message>
    </context>
</TS>
