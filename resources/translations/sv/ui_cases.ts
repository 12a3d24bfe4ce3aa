<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Add action</source>
            <translation>Lägg till åtgärd</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(ingen ännu)</translation>
        </message>
        <message>
            <source>by</source>
            <translation>den</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailPanel</name>
        <message>
            <source>Select a case to see its detail.</source>
            <translation>Välj ett ärende för att se detaljerna.</translation>
        </message>
        <message>
            <source>Edit particulars…</source>
            <translation>Redigera uppgifter…</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Undertecknat av</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Beteckning</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Undertecknat</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Upphör</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Giltighet</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Myndigheter</translation>
        </message>
        <message>
            <source>Add consent…</source>
            <translation>Lägg till samtycke…</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Återkalla</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Set responsible…</source>
            <translation>Ange ansvarig…</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>Lägg till åtgärd…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Markera som klar</translation>
        </message>
        <message>
            <source>Due</source>
            <comment>a review's date</comment>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Add review…</source>
            <translation>Lägg till avstämning…</translation>
        </message>
        <message>
            <source>Hold review…</source>
            <translation>Markera som genomförd…</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Occurred</source>
            <translation>Inträffade</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Link incident…</source>
            <translation>Koppla händelse…</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Ta bort koppling</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Skriven</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Lägg till anteckning…</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Consent: %1</source>
            <translation>Samtycke: %1</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(ingen ännu)</translation>
        </message>
        <message>
            <source>withdrawn %1</source>
            <translation>återkallat %1</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>giltigt</translation>
        </message>
        <message>
            <source>not yet valid</source>
            <translation>ännu inte giltigt</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>utgånget</translation>
        </message>
        <message>
            <source>(nobody named)</source>
            <translation>(ingen utsedd)</translation>
        </message>
        <message>
            <source>Reviews (%1) — overdue</source>
            <translation>Avstämningar (%1) — försenade</translation>
        </message>
        <message>
            <source>Reviews (%1)</source>
            <translation>Avstämningar (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Actions (%n open) — overdue</source>
            <translation>
                <numerusform>Åtgärder (%n öppen) — försenade</numerusform>
                <numerusform>Åtgärder (%n öppna) — försenade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Actions (%n open)</source>
            <translation>
                <numerusform>Åtgärder (%n öppen)</numerusform>
                <numerusform>Åtgärder (%n öppna)</numerusform>
            </translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message numerus="yes">
            <source>Consent (%n valid)</source>
            <translation>
                <numerusform>Samtycke (%n giltigt)</numerusform>
                <numerusform>Samtycke (%n giltiga)</numerusform>
            </translation>
        </message>
        <message>
            <source>Factors (%1)</source>
            <translation>Faktorer (%1)</translation>
        </message>
        <message>
            <source>Incidents (%1)</source>
            <translation>Händelser (%1)</translation>
        </message>
        <message>
            <source>Notes (%1)</source>
            <translation>Anteckningar (%1)</translation>
        </message>
        <message>
            <source>Your role may read this case but not change it.</source>
            <translation>Din roll får läsa ärendet men inte ändra det.</translation>
        </message>
        <message>
            <source>A closed case is not changed.</source>
            <translation>Ett avslutat ärende kan inte ändras.</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>New case</source>
            <translation>Nytt ärende</translation>
        </message>
        <message>
            <source>Edit particulars</source>
            <translation>Redigera uppgifter</translation>
        </message>
        <message>
            <source>a pseudonym such as K7-ALV; never a name</source>
            <translation>en pseudonym som K7-ALV, aldrig ett namn</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>an agency or a role, not a name</source>
            <translation>en myndighet eller en roll, inte ett namn</translation>
        </message>
        <message>
            <source>Task force</source>
            <translation>Insatsgrupp</translation>
        </message>
        <message>
            <source>Subject code</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Födelseår</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skola</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Anmält av</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Anledning</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Öppnat den</translation>
        </message>
        <message>
            <source>You belong to no social task force, so there is nowhere to refer a case.</source>
            <translation>Du tillhör ingen social insatsgrupp, så det finns ingenstans att anmäla ett ärende.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Inte sparat: %1</translation>
        </message>
        <message>
            <source>Not saved: the case was changed by someone else meanwhile, and has been reloaded behind this window. Choose what to keep of each version, save again to replace their particulars with yours, or Cancel to keep theirs.</source>
            <translation>Inte sparat: ärendet har ändrats av någon annan under tiden och har lästs in på nytt bakom det här fönstret. Välj vad du vill behålla av varje version, spara igen för att ersätta deras uppgifter med dina, eller välj Avbryt för att behålla deras.</translation>
        </message>
    </context>
    <context>
        <name>CaseFilterBar</name>
        <message>
            <source>Overdue review only</source>
            <translation>Bara försenad avstämning</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Rensa</translation>
        </message>
        <message>
            <source>Show all cases again</source>
            <translation>Visa alla ärenden igen</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>Task force</source>
            <translation>Insatsgrupp</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>All task forces</source>
            <translation>Alla insatsgrupper</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>Alla kommundelar</translation>
        </message>
    </context>
    <context>
        <name>CaseFormDialog</name>
        <message>
            <source>&amp;Mask identity numbers</source>
            <translation>&amp;Maskera personnummer</translation>
        </message>
        <message>
            <source>Not allowed: %1</source>
            <translation>Inte tillåtet: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Inte sparat: %1</translation>
        </message>
        <message>
            <source>Not saved: the case was changed by someone else meanwhile (%1).</source>
            <translation>Inte sparat: ärendet har ändrats av någon annan under tiden (%1).</translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n ärende</numerusform>
                <numerusform>%n ärenden</numerusform>
            </translation>
        </message>
        <message>
            <source>That case no longer exists.</source>
            <translation>Ärendet finns inte längre.</translation>
        </message>
        <message>
            <source>Case %1 created.</source>
            <translation>Ärende %1 har skapats.</translation>
        </message>
        <message>
            <source>Case %1 saved.</source>
            <translation>Ärende %1 har sparats.</translation>
        </message>
        <message>
            <source>Consent added to case %1.</source>
            <translation>Samtycke har lagts till i ärende %1.</translation>
        </message>
        <message>
            <source>Action added.</source>
            <translation>Åtgärden har lagts till.</translation>
        </message>
        <message>
            <source>Review added.</source>
            <translation>Avstämningen har lagts till.</translation>
        </message>
        <message>
            <source>Review recorded as held.</source>
            <translation>Avstämningen är registrerad som genomförd.</translation>
        </message>
        <message>
            <source>Responsible person saved.</source>
            <translation>Ansvarig person har sparats.</translation>
        </message>
        <message>
            <source>Incident linked.</source>
            <translation>Händelsen har kopplats.</translation>
        </message>
        <message>
            <source>Note added.</source>
            <translation>Anteckningen har lagts till.</translation>
        </message>
        <message>
            <source>Case %1 closed.</source>
            <translation>Ärende %1 har avslutats.</translation>
        </message>
        <message>
            <source>Case %1 moved to %2.</source>
            <translation>Ärende %1 har fått status %2.</translation>
        </message>
        <message>
            <source>Record that this consent was withdrawn today? Sharing with the agencies it covers stops.</source>
            <translation>Vill du registrera att samtycket återkallades i dag? Delningen med de myndigheter som samtycket omfattar upphör.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Återkalla samtycke</translation>
        </message>
        <message>
            <source>Consent withdrawn in case %1.</source>
            <translation>Samtycket har återkallats i ärende %1.</translation>
        </message>
        <message>
            <source>Factors saved.</source>
            <translation>Faktorerna har sparats.</translation>
        </message>
        <message>
            <source>Action marked done.</source>
            <translation>Åtgärden har markerats som klar.</translation>
        </message>
        <message>
            <source>Incident unlinked.</source>
            <translation>Kopplingen till händelsen har tagits bort.</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;Nytt ärende…</translation>
        </message>
        <message>
            <source>&amp;Edit particulars…</source>
            <translation>&amp;Redigera uppgifter…</translation>
        </message>
        <message>
            <source>Risk and protective &amp;factors…</source>
            <translation>Risk- och skydds&amp;faktorer…</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Nytt ärende…</translation>
        </message>
        <message>
            <source>Your role (%1) does not see cases. Cases are open to the members of their task force.</source>
            <translation>Din roll (%1) ser inte ärenden. Ärendena är öppna för medlemmarna i sin insatsgrupp.</translation>
        </message>
        <message>
            <source>You are not a member of any task force, so no cases are shown. An administrator can make you a member.</source>
            <translation>Du är inte medlem i någon insatsgrupp, så inga ärenden visas. En administratör kan göra dig till medlem.</translation>
        </message>
        <message>
            <source>The filter hides it from the table.</source>
            <translation>Filtret döljer det i tabellen.</translation>
        </message>
        <message>
            <source>Case %1 was changed by someone else meanwhile and has been reloaded. Look again and repeat the change if it is still needed.</source>
            <translation>Ärende %1 har ändrats av någon annan under tiden och har lästs in på nytt. Titta igen och gör om ändringen om den fortfarande behövs.</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>Inte gjort: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a field's name: its message</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Avstämning</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Anledning</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Återkallat den</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Klar den</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Genomförd den</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Factors</source>
            <translation>Faktorer</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Not allowed: %1.</source>
            <translation>Inte tillåtet: %1.</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Task force</source>
            <translation>Insatsgrupp</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Född</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nästa avstämning</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Öppna åtgärder</translation>
        </message>
        <message>
            <source>The review date has passed</source>
            <translation>Avstämningsdatumet har passerats</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close case %1</source>
            <translation>Avsluta ärende %1</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Varför</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Add consent</source>
            <translation>Lägg till samtycke</translation>
        </message>
        <message>
            <source>Guardian 1</source>
            <translation>Vårdnadshavare 1</translation>
        </message>
        <message>
            <source>e.g. Guardian 1; never a name</source>
            <translation>t.ex. Vårdnadshavare 1, aldrig ett namn</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Undertecknat av</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Beteckning</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Undertecknat den</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Upphör den</translation>
        </message>
        <message>
            <source>Agencies covered</source>
            <translation>Omfattar myndigheterna</translation>
        </message>
    </context>
    <context>
        <name>FactorLists</name>
        <message>
            <source>Save factors</source>
            <translation>Spara faktorer</translation>
        </message>
        <message>
            <source>Risk factors</source>
            <translation>Riskfaktorer</translation>
        </message>
        <message>
            <source>Protective factors</source>
            <translation>Skyddsfaktorer</translation>
        </message>
        <message>
            <source>Changed — not saved yet.</source>
            <translation>Ändrat — inte sparat än.</translation>
        </message>
    </context>
    <context>
        <name>FactorVocabularyDialog</name>
        <message>
            <source>Risk and protective factors</source>
            <translation>Risk- och skyddsfaktorer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>I bruk</translation>
        </message>
        <message>
            <source>Offered for new cases</source>
            <translation>Erbjuds för nya ärenden</translation>
        </message>
        <message>
            <source>Save factor</source>
            <translation>Spara faktor</translation>
        </message>
        <message>
            <source>Selected factor</source>
            <translation>Vald faktor</translation>
        </message>
        <message>
            <source>&amp;Swedish</source>
            <translation>&amp;Svenska</translation>
        </message>
        <message>
            <source>E&amp;nglish</source>
            <translation>E&amp;ngelska</translation>
        </message>
        <message>
            <source>Risk factor</source>
            <translation>Riskfaktor</translation>
        </message>
        <message>
            <source>Protective factor</source>
            <translation>Skyddsfaktor</translation>
        </message>
        <message>
            <source>Add factor</source>
            <translation>Lägg till faktor</translation>
        </message>
        <message>
            <source>New factor</source>
            <translation>Ny faktor</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Typ</translation>
        </message>
        <message>
            <source>S&amp;wedish</source>
            <translation>S&amp;venska</translation>
        </message>
        <message>
            <source>Eng&amp;lish</source>
            <translation>Engels&amp;ka</translation>
        </message>
        <message>
            <source>Factors are never deleted: a case keeps the factors it has. Take a factor out of use and it is no longer offered.</source>
            <translation>Faktorer tas aldrig bort: ett ärende behåller de faktorer det har. Ta en faktor ur bruk, så erbjuds den inte längre.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Protective</source>
            <translation>Skydd</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>HoldReviewDialog</name>
        <message>
            <source>Hold review of %1</source>
            <translation>Registrera avstämning %1 som genomförd</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Genomförd den</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <source>Link incident</source>
            <translation>Koppla händelse</translation>
        </message>
        <message>
            <source>e.g. 2026-0142</source>
            <translation>t.ex. 2026-0142</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Nummer</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Add note</source>
            <translation>Lägg till anteckning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Subject code</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Födelseår</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kommundel</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skola</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Anmält av</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Anledning</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Öppnat</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Delas med</translation>
        </message>
        <message>
            <source>Particulars</source>
            <translation>Uppgifter</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Timeline (oldest first)</source>
            <translation>Tidslinje (äldst först)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>(open)</source>
            <translation>(öppet)</translation>
        </message>
        <message>
            <source>nobody: no valid consent</source>
            <translation>ingen: inget giltigt samtycke</translation>
        </message>
    </context>
    <context>
        <name>ResponsibleDialog</name>
        <message>
            <source>Responsible person</source>
            <translation>Ansvarig person</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(ingen)</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Add review</source>
            <translation>Lägg till avstämning</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Avstämning den</translation>
        </message>
    </context>
    <context>
        <name>case_texts</name>
        <message>
            <source>Opened</source>
            <translation>Öppnat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>Återkallelse</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Action done</source>
            <translation>Åtgärd klar</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Avstämning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>%1 — overdue</source>
            <translation>%1 — försenad</translation>
        </message>
        <message>
            <source>Move to %1…</source>
            <translation>Ändra status till %1…</translation>
        </message>
        <message>
            <source>Move to %1</source>
            <translation>Ändra status till %1</translation>
        </message>
    </context>
</TS>
