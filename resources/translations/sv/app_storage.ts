<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>database</name>
        <message>
            <source>the disk is full</source>
            <translation>disken är full</translation>
        </message>
        <message>
            <source>No backup of the database could be made at start ({reason}). Your work is saved as usual; make room or check the backups folder {folder}.</source>
            <translation>Ingen säkerhetskopia av databasen kunde göras vid starten ({reason}). Ditt arbete sparas som vanligt; frigör utrymme eller kontrollera mappen för säkerhetskopior {folder}.</translation>
        </message>
        <message>
            <source>samverkan: warning: {notice}</source>
            <translation>samverkan: varning: {notice}</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be created ({reason}). Choose another place for the database with --database.</source>
            <translation>Mappen {folder} kan inte skapas ({reason}). Välj en annan plats för databasen med --database.</translation>
        </message>
        <message>
            <source>Cannot reach the database server at {host} (database {database}): {problem}. Check the address, that the server is running and that your account may log in.</source>
            <translation>Det går inte att nå databasservern på {host} (databas {database}): {problem}. Kontrollera adressen, att servern är igång och att ditt konto får logga in.</translation>
        </message>
        <message>
            <source>Cannot reach the database server at the local socket (database {database}): {problem}. Check the address, that the server is running and that your account may log in.</source>
            <translation>Det går inte att nå databasservern via den lokala socketen (databas {database}): {problem}. Kontrollera adressen, att servern är igång och att ditt konto får logga in.</translation>
        </message>
        <message>
            <source>The database is busy: another program is writing to it. Try again in a moment.</source>
            <translation>Databasen är upptagen: ett annat program skriver till den. Försök igen om en stund.</translation>
        </message>
        <message>
            <source>The database is read-only. Check the file's permissions or open a copy.</source>
            <translation>Databasen är skrivskyddad. Kontrollera filens behörigheter eller öppna en kopia.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Disken är full: inget sparades. Frigör utrymme och försök igen.</translation>
        </message>
        <message>
            <source>The database file is damaged or is not a Samverkan database. Restore a backup or open another file.</source>
            <translation>Databasfilen är skadad eller är ingen Samverkan-databas. Återställ en säkerhetskopia eller öppna en annan fil.</translation>
        </message>
        <message>
            <source>The disk could not be written (a disk I/O error): nothing was saved. Check the disk or the network connection and try again.</source>
            <translation>Det gick inte att skriva till disken (ett I/O-fel): inget sparades. Kontrollera disken eller nätverksanslutningen och försök igen.</translation>
        </message>
        <message>
            <source>The database file cannot be opened. Check that the folder exists and that you may write to it.</source>
            <translation>Databasfilen kan inte öppnas. Kontrollera att mappen finns och att du får skriva i den.</translation>
        </message>
    </context>
    <context>
        <name>location</name>
        <message>
            <source>The database {path} is {where}. SQLite's file locking is not safe over a network: two computers writing at once can damage the database. Move the file to this computer's own disk, or let the office share a PostgreSQL server (--database postgresql+psycopg://…, see the README).</source>
            <translation>Databasen {path} ligger {where}. SQLite:s fillåsning är inte säker över ett nätverk: två datorer som skriver samtidigt kan skada databasen. Flytta filen till den här datorns egen disk, eller låt enheten dela en PostgreSQL-server (--database postgresql+psycopg://…, se README).</translation>
        </message>
        <message>
            <source>on the network share {share}</source>
            <translation>på nätverksresursen {share}</translation>
        </message>
        <message>
            <source>on the network drive {drive}</source>
            <translation>på nätverksenheten {drive}</translation>
        </message>
        <message>
            <source>on a network file system ({kind}, mounted at {folder})</source>
            <translation>på ett nätverksfilsystem ({kind}, monterat på {folder})</translation>
        </message>
    </context>
    <context>
        <name>migrate</name>
        <message>
            <source>The database has schema version {version}, which is newer than this program knows. Install the newer Samverkan that wrote it, or open another database.</source>
            <translation>Databasen har schemaversion {version}, som är nyare än vad det här programmet känner till. Installera den nyare version av Samverkan som skrev den, eller öppna en annan databas.</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>There is no backup file {file}. Check the name.</source>
            <translation>Det finns ingen säkerhetskopia {file}. Kontrollera namnet.</translation>
        </message>
        <message>
            <source>That is the database itself: name a backup copy to restore.</source>
            <translation>Det är själva databasen: ange en säkerhetskopia att återställa.</translation>
        </message>
        <message>
            <source>{file} is not a SQLite database or is damaged ({problem}): nothing was restored. Choose another backup.</source>
            <translation>{file} är ingen SQLite-databas eller är skadad ({problem}): inget återställdes. Välj en annan säkerhetskopia.</translation>
        </message>
        <message>
            <source>{file} is damaged (the integrity check found: {problem}): nothing was restored. Choose another backup.</source>
            <translation>{file} är skadad (integritetskontrollen hittade: {problem}): inget återställdes. Välj en annan säkerhetskopia.</translation>
        </message>
        <message>
            <source>{file} has no schema version: it is not a Samverkan database. Nothing was restored; choose a backup that Samverkan made.</source>
            <translation>{file} har ingen schemaversion: den är ingen Samverkan-databas. Inget återställdes; välj en säkerhetskopia som Samverkan har gjort.</translation>
        </message>
        <message>
            <source>{file} has schema version {version}, which is newer than this program knows: nothing was restored. Install the newer Samverkan that wrote it first.</source>
            <translation>{file} har schemaversion {version}, som är nyare än vad det här programmet känner till: inget återställdes. Installera först den nyare version av Samverkan som skrev den.</translation>
        </message>
        <message>
            <source>The restored database did not pass its check; the one it replaced is kept as {kept}. Restore that copy the same way.</source>
            <translation>Den återställda databasen klarade inte kontrollen; den som den ersatte finns kvar som {kept}. Återställ den kopian på samma sätt.</translation>
        </message>
        <message>
            <source>The database {path} is in use (a Samverkan window or command has it open): nothing was restored. Close Samverkan on every computer that uses it and try again.</source>
            <translation>Databasen {path} används (ett Samverkan-fönster eller kommando har den öppen): inget återställdes. Stäng Samverkan på alla datorer som använder den och försök igen.</translation>
        </message>
    </context>
</TS>
