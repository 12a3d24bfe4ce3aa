<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>AgencyEditor</name>
    <message>
        <source>Edit agency</source>
        <translation>Redigera myndighet</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Ny myndighet</translation>
    </message>
    <message>
        <source>e.g. 08-500 500 00</source>
        <translation>t.ex. 08-500 500 00</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation>t.ex. 070-123 45 67</translation>
    </message>
    <message>
        <source>Active (offered when choosing an agency)</source>
        <translation>Aktiv (går att välja när du väljer myndighet)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Switchboard phone</source>
        <translation>&amp;Växel</translation>
    </message>
    <message>
        <source>On-&amp;duty phone</source>
        <translation>&amp;Beredskapstelefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Compare the two versions and choose what to keep.</source>
        <translation>Jämför de två versionerna och välj vad som ska sparas.</translation>
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
        <source>Switchboard phone</source>
        <translation>Växel</translation>
    </message>
    <message>
        <source>On-duty phone</source>
        <translation>Beredskapstelefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (har slutat)</translation>
    </message>
    <message>
        <source>Sits in the joint meeting</source>
        <translation>Ingår i samverkansmötet</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>e.g. 08-500 500 00</source>
        <translation>t.ex. 08-500 500 00</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67 or +44 …</source>
        <translation>t.ex. 070-123 45 67 eller +44 …</translation>
    </message>
    <message>
        <source>Sits in the joint meeting</source>
        <translation>Ingår i samverkansmötet</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Title or role</source>
        <translation>&amp;Titel eller roll</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Myndighet</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>M&amp;obil</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Deputy</source>
        <translation>E&amp;rsättare</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Compare the two versions and choose what to keep.</source>
        <translation>Jämför de två versionerna och välj vad som ska sparas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Titel eller roll</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Agencies</source>
        <translation>Myndigheter</translation>
    </message>
    <message>
        <source>Search name, role, agency, phone number or e-mail</source>
        <translation>Sök namn, roll, myndighet, telefonnummer eller e-post</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Sök personer</translation>
    </message>
    <message>
        <source>Show people who left</source>
        <translation>Visa personer som har slutat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-filer (*.vcf *.vcard);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>%1 has no phone number.</source>
        <translation>%1 har inget telefonnummer.</translation>
    </message>
    <message>
        <source>%1 has no e-mail.</source>
        <translation>%1 har ingen e-postadress.</translation>
    </message>
    <message>
        <source>Person has left</source>
        <translation>Personen har slutat</translation>
    </message>
    <message>
        <source>Mark %1 as having left %2?

The person is hidden from the roster but stays in the meetings they attended.</source>
        <translation>Vill du markera att %1 har slutat på %2?

Personen döljs i kontaktlistan men finns kvar i de möten hen deltog i.</translation>
    </message>
    <message>
        <source>%1 marked as having left.</source>
        <translation>%1 är markerad som slutad.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportera kontakter</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>%Ln kontakt exporterad till %1.</numerusform>
            <numerusform>%Ln kontakter exporterade till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Alla myndigheter</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Växel %1</translation>
    </message>
    <message>
        <source>On duty %1</source>
        <translation>Beredskap %1</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation>Kopiera &amp;telefon</translation>
    </message>
    <message>
        <source>Copy e-&amp;mail</source>
        <translation>Kopiera e-&amp;post</translation>
    </message>
    <message>
        <source>Has &amp;left…</source>
        <translation>Har &amp;slutat…</translation>
    </message>
    <message>
        <source>Export selected &amp;contact to vCard…</source>
        <translation>Exportera vald &amp;kontakt till vCard…</translation>
    </message>
    <message>
        <source>Export shown contacts to vCard…</source>
        <translation>Exportera visade kontakter till vCard…</translation>
    </message>
    <message>
        <source>New &amp;agency…</source>
        <translation>Ny &amp;myndighet…</translation>
    </message>
    <message>
        <source>Edit a&amp;gency…</source>
        <translation>R&amp;edigera myndighet…</translation>
    </message>
    <message>
        <source>&amp;Import contacts (vCard)…</source>
        <translation>&amp;Importera kontakter (vCard)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Agency roster</source>
        <translation>Kontaktlista</translation>
    </message>
    <message>
        <source>Export contact</source>
        <translation>Exportera kontakt</translation>
    </message>
    <message>
        <source>New agency…</source>
        <translation>Ny myndighet…</translation>
    </message>
    <message>
        <source>Edit agency…</source>
        <translation>Redigera myndighet…</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>Mobil %1</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>Ersättare: %1</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Kopierade %1.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 är sparad.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln tillagd</numerusform>
            <numerusform>%Ln tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln uppdaterad</numerusform>
            <numerusform>%Ln uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new agency(-ies)</source>
        <translation>
            <numerusform>%Ln ny myndighet</numerusform>
            <numerusform>%Ln nya myndigheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported contacts: %1, %2, %3.</source>
        <translation>Kontakter importerade: %1, %2, %3.</translation>
    </message>
</context>
</TS>
