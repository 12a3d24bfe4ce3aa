<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>OfficeSettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>e.g. Botkyrka kommun</source>
            <translation>t.ex. Botkyrka kommun</translation>
        </message>
        <message>
            <source>Printed in the header of every page of the briefing</source>
            <translation>Skrivs i sidhuvudet på varje sida i lägesbilden</translation>
        </message>
        <message>
            <source>a PNG or JPEG file under 2 MB; empty for none</source>
            <translation>en PNG- eller JPEG-fil under 2 MB; tomt för ingen</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotyp</translation>
        </message>
        <message>
            <source>Brow&amp;se…</source>
            <translation>Bläddr&amp;a…</translation>
        </message>
        <message>
            <source>Preview of the logo</source>
            <translation>Förhandsvisning av logotypen</translation>
        </message>
        <message>
            <source> years</source>
            <translation> år</translation>
        </message>
        <message>
            <source>Retention period</source>
            <translation>Gallringsfrist</translation>
        </message>
        <message>
            <source>Closed cases are erased this many years after closing, together with their consents, actions, reviews and notes. Only the case number stays, in the audit log.</source>
            <translation>Avslutade ärenden gallras så här många år efter att de avslutats, tillsammans med samtycken, åtgärder, avstämningar och anteckningar. Bara ärendenumret finns kvar, i granskningsloggen.</translation>
        </message>
        <message>
            <source> copies</source>
            <translation> kopior</translation>
        </message>
        <message>
            <source>A dated copy of the database is made on every start; older ones go.</source>
            <translation>En daterad kopia av databasen görs vid varje start; äldre kopior tas bort.</translation>
        </message>
        <message>
            <source>the folder backups beside the database</source>
            <translation>mappen backups bredvid databasen</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Mapp för säkerhetskopior</translation>
        </message>
        <message>
            <source>A folder on another disk or a share keeps the copies when this disk fails. Copies made before stay where they were made.</source>
            <translation>En mapp på en annan disk eller en nätverksresurs behåller kopiorna om den här disken går sönder. Kopior som redan gjorts ligger kvar där de gjordes.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Kommun</translation>
        </message>
        <message>
            <source>&amp;Classification marking</source>
            <translation>K&amp;lassningsmarkering</translation>
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation>L&amp;ogotyp</translation>
        </message>
        <message>
            <source>&amp;Retention period</source>
            <translation>&amp;Gallringsfrist</translation>
        </message>
        <message>
            <source>&amp;Backups kept</source>
            <translation>Säkerhetskopior som &amp;behålls</translation>
        </message>
        <message>
            <source>Backup f&amp;older</source>
            <translation>Säkerhetskopie&amp;mapp</translation>
        </message>
        <message>
            <source>Only an administrator changes the office's settings; you can read them here.</source>
            <translation>Bara en administratör ändrar enhetens inställningar; här kan du läsa dem.</translation>
        </message>
        <message>
            <source>The office, on every computer</source>
            <translation>Enheten, på alla datorer</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Välj logotyp</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Välj mapp för säkerhetskopior</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Ingen logotyp</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Ingen förhandsvisning</translation>
        </message>
    </context>
    <context>
        <name>WorkstationPanel</name>
        <message>
            <source>This computer</source>
            <translation>Den här datorn</translation>
        </message>
        <message>
            <source>As Windows (%1)</source>
            <translation>Som Windows (%1)</translation>
        </message>
        <message>
            <source>Empty: the file in your own data folder. A file on this computer's disk, or the office's PostgreSQL server: postgresql+psycopg://server/samverkan</source>
            <translation>Tomt: filen i din egen datamapp. En fil på den här datorns disk, eller enhetens PostgreSQL-server: postgresql+psycopg://server/samverkan</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Bl&amp;ädra…</translation>
        </message>
        <message>
            <source>La&amp;nguage</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>&amp;Databas</translation>
        </message>
        <message>
            <source>Changes here take effect when Samverkan starts again.</source>
            <translation>Ändringar här gäller från nästa gång Samverkan startar.</translation>
        </message>
        <message>
            <source>%1 is set on this computer and comes before the choice here.</source>
            <translation>%1 är satt på den här datorn och går före valet här.</translation>
        </message>
        <message>
            <source>This is not a database address.</source>
            <translation>Det här är inte en databasadress.</translation>
        </message>
        <message>
            <source>Only a PostgreSQL server can be named by address (postgresql+psycopg://server/samverkan); a file is named by its path.</source>
            <translation>Bara en PostgreSQL-server anges med adress (postgresql+psycopg://server/samverkan); en fil anges med sin sökväg.</translation>
        </message>
        <message>
            <source>Give the whole path, starting from the drive.</source>
            <translation>Ange hela sökvägen, med enhetsbokstaven (C:\…).</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Mappen %1 finns inte.</translation>
        </message>
        <message>
            <source>%1 is not a Samverkan database.</source>
            <translation>%1 är ingen Samverkan-databas.</translation>
        </message>
        <message>
            <source>The file is %1. Two computers writing to one file over a network can damage it: keep the file on this computer, or let the office share a PostgreSQL server.</source>
            <translation>Filen ligger %1. Två datorer som skriver i samma fil över nätverket kan skada den: ha filen på den här datorn, eller låt enheten dela en PostgreSQL-server.</translation>
        </message>
        <message>
            <source>Choose the database file</source>
            <translation>Välj databasfil</translation>
        </message>
        <message>
            <source>Samverkan databases (*.db);;All files (*)</source>
            <translation>Samverkan-databaser (*.db);;Alla filer (*)</translation>
        </message>
    </context>
</TS>
