<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Lägg till användare</translation>
        </message>
        <message>
            <source>as Windows knows it, e.g. KOMMUN\asa.oberg</source>
            <translation>som i Windows, t.ex. KOMMUN\asa.oberg</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Roll</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Task forces</source>
            <translation>Insatsgrupper</translation>
        </message>
        <message>
            <source>Users and their roles</source>
            <translation>Användare och deras roller</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Lägg till användare…</translation>
        </message>
        <message>
            <source>Task f&amp;orces…</source>
            <translation>&amp;Insatsgrupper…</translation>
        </message>
        <message>
            <source>Which task forces the selected user belongs to: whose cases they may open</source>
            <translation>Vilka insatsgrupper den markerade användaren hör till, och därmed vilka ärenden användaren får öppna</translation>
        </message>
        <message>
            <source>Office &amp;settings…</source>
            <translation>&amp;Enhetens inställningar…</translation>
        </message>
        <message>
            <source>Your language and database; the briefing's municipality, marking and logo; retention; backups</source>
            <translation>Ditt språk och din databas; lägesbildens kommun, markering och logotyp; gallring; säkerhetskopior</translation>
        </message>
        <message>
            <source>Your role: %1.</source>
            <translation>Din roll: %1.</translation>
        </message>
        <message>
            <source>Only an administrator adds users, changes roles and decides who belongs to which task force.</source>
            <translation>Bara en administratör lägger till användare, ändrar roller och bestämmer vem som hör till vilken insatsgrupp.</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Användare och roller</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Office settings saved.</source>
            <translation>Enhetens inställningar är sparade.</translation>
        </message>
        <message>
            <source>Saved. The language and the database change at the next start.</source>
            <translation>Sparat. Språket och databasen ändras vid nästa start.</translation>
        </message>
        <message>
            <source>Role of %1</source>
            <translation>Roll för %1</translation>
        </message>
        <message>
            <source>Task forces of %1 saved.</source>
            <translation>Insatsgrupperna för %1 är sparade.</translation>
        </message>
        <message>
            <source>%1 now has the role %2.</source>
            <translation>%1 har nu rollen %2.</translation>
        </message>
    </context>
</TS>
