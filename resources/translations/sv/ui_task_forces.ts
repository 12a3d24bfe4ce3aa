<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>TaskForceDetail</name>
        <message>
            <source>No task force selected.</source>
            <translation>Ingen insatsgrupp vald.</translation>
        </message>
        <message>
            <source>The whole municipality</source>
            <translation>Hela kommunen</translation>
        </message>
        <message>
            <source>Meets: %1</source>
            <translation>Träffas: %1</translation>
        </message>
        <message>
            <source>Not active.</source>
            <translation>Inte aktiv.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Öppna ärenden</translation>
        </message>
        <message>
            <source>Member agencies</source>
            <translation>Medlemsmyndigheter</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Medlemmar</translation>
        </message>
        <message>
            <source>Users who may open its cases</source>
            <translation>Användare som får öppna dess ärenden</translation>
        </message>
        <message>
            <source>Only the task force's members see its cases.</source>
            <translation>Bara insatsgruppens medlemmar ser dess ärenden.</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Inga.</translation>
        </message>
    </context>
    <context>
        <name>TaskForceDialog</name>
        <message>
            <source>New task force</source>
            <translation>Ny insatsgrupp</translation>
        </message>
        <message>
            <source>Edit task force</source>
            <translation>Redigera insatsgrupp</translation>
        </message>
        <message>
            <source>e.g. every second Tuesday 13.00–15.00</source>
            <translation>t.ex. varannan tisdag 13.00–15.00</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Find a person, title or agency</source>
            <translation>Sök person, titel eller myndighet</translation>
        </message>
        <message>
            <source>&amp;Mask identity numbers</source>
            <translation>&amp;Maskera personnummer</translation>
        </message>
        <message>
            <source>Compare the two versions and choose what to keep.</source>
            <translation>Jämför de två versionerna och välj vad du vill behålla.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Träffas</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Myndigheter</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>The whole municipality</source>
            <translation>Hela kommunen</translation>
        </message>
        <message>
            <source>Member agencies</source>
            <translation>Medlemsmyndigheter</translation>
        </message>
        <message>
            <source>Member people from the roster</source>
            <translation>Medlemmar från kontaktlistan</translation>
        </message>
        <message>
            <source>Who may open the task force's cases is decided by an administrator on the Users page.</source>
            <translation>Vem som får öppna insatsgruppens ärenden bestämmer en administratör på sidan Användare.</translation>
        </message>
    </context>
    <context>
        <name>TaskForcePage</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Träffas</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Öppna ärenden</translation>
        </message>
        <message>
            <source>Task force details</source>
            <translation>Insatsgruppens uppgifter</translation>
        </message>
        <message>
            <source>Task forces</source>
            <translation>Insatsgrupper</translation>
        </message>
        <message>
            <source>That task force was deleted meanwhile.</source>
            <translation>Insatsgruppen har tagits bort under tiden.</translation>
        </message>
        <message>
            <source>Task force "%1" saved.</source>
            <translation>Insatsgruppen ”%1” har sparats.</translation>
        </message>
        <message>
            <source>Whole municipality</source>
            <translation>Hela kommunen</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>&amp;New task force…</source>
            <translation>&amp;Ny insatsgrupp…</translation>
        </message>
        <message>
            <source>&amp;Edit task force…</source>
            <translation>&amp;Redigera insatsgrupp…</translation>
        </message>
        <message>
            <source>Only co-ordinators and administrators create and change task forces.</source>
            <translation>Bara samordnare och administratörer kan skapa och ändra insatsgrupper.</translation>
        </message>
    </context>
    <context>
        <name>UserTaskForcesDialog</name>
        <message>
            <source>Task forces of %1</source>
            <translation>Insatsgrupper för %1</translation>
        </message>
        <message>
            <source>Task forces the user belongs to</source>
            <translation>Insatsgrupper som användaren tillhör</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 — %2 (not active)</source>
            <translation>%1 — %2 (inte aktiv)</translation>
        </message>
        <message>
            <source>%1 may open the cases of the task forces checked here.</source>
            <translation>%1 får öppna ärendena i de insatsgrupper som är markerade här.</translation>
        </message>
    </context>
</TS>
