<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>access</name>
        <message>
            <source>case {number} belongs to a task force you are not a member of</source>
            <translation>ärende {number} tillhör en insatsgrupp som du inte är medlem i</translation>
        </message>
        <message>
            <source>your role ({role}) may read case {number} but not change it</source>
            <translation>din roll ({role}) får läsa ärende {number} men inte ändra det</translation>
        </message>
        <message>
            <source>case {id} does not exist (any more)</source>
            <translation>ärende {id} finns inte (längre)</translation>
        </message>
        <message>
            <source>your role ({role}) may not read the audit log</source>
            <translation>din roll ({role}) får inte läsa granskningsloggen</translation>
        </message>
        <message>
            <source>your role ({role}) may not edit the factor vocabularies</source>
            <translation>din roll ({role}) får inte redigera listorna över risk- och skyddsfaktorer</translation>
        </message>
        <message>
            <source>your role ({role}) may not see cases</source>
            <translation>din roll ({role}) får inte se ärenden</translation>
        </message>
        <message>
            <source>you are not a member of that task force and may not see its cases</source>
            <translation>du är inte medlem i den insatsgruppen och får inte se dess ärenden</translation>
        </message>
        <message>
            <source>your role ({role}) may not create cases</source>
            <translation>din roll ({role}) får inte skapa ärenden</translation>
        </message>
        <message>
            <source>you are not a member of {name} and may not add its cases</source>
            <translation>du är inte medlem i {name} och får inte lägga till ärenden där</translation>
        </message>
        <message>
            <source>you may not move case {number} to a task force you are not a member of</source>
            <translation>du får inte flytta ärende {number} till en insatsgrupp som du inte är medlem i</translation>
        </message>
        <message>
            <source>your role ({role}) may not open cases</source>
            <translation>din roll ({role}) får inte öppna ärenden</translation>
        </message>
        <message>
            <source>your role ({role}) may not change the office's settings</source>
            <translation>din roll ({role}) får inte ändra enhetens inställningar</translation>
        </message>
        <message>
            <source>your role ({role}) may not change the police types' categories</source>
            <translation>din roll ({role}) får inte ändra kategorierna för polisens händelsetyper</translation>
        </message>
        <message>
            <source>your role ({role}) may not decide who belongs to a task force</source>
            <translation>din roll ({role}) får inte bestämma vem som hör till en insatsgrupp</translation>
        </message>
        <message>
            <source>the cases of "{name}" are for its members only</source>
            <translation>ärendena i ”{name}” är bara för gruppens medlemmar</translation>
        </message>
        <message>
            <source>your role ({role}) may not create task forces</source>
            <translation>din roll ({role}) får inte skapa insatsgrupper</translation>
        </message>
        <message>
            <source>your role ({role}) may not change task forces</source>
            <translation>din roll ({role}) får inte ändra insatsgrupper</translation>
        </message>
        <message>
            <source>only an administrator manages users and their roles</source>
            <translation>bara en administratör hanterar användare och deras roller</translation>
        </message>
    </context>
    <context>
        <name>cap_exchange</name>
        <message>
            <source>{count} identity number(s) masked in summary</source>
            <translation>{count} personnummer maskerades i sammanfattningen</translation>
        </message>
        <message>
            <source>{count} identity number(s) masked in description</source>
            <translation>{count} personnummer maskerades i beskrivningen</translation>
        </message>
        <message>
            <source>{count} identity number(s) masked in place</source>
            <translation>{count} personnummer maskerades i platsangivelsen</translation>
        </message>
        <message>
            <source>{count} identity number(s) masked in the alert's identifier</source>
            <translation>{count} personnummer maskerades i varningens identifierare</translation>
        </message>
        <message>
            <source>{count} identity number(s) masked in the web address</source>
            <translation>{count} personnummer maskerades i webbadressen</translation>
        </message>
        <message>
            <source>summary shortened to {limit} characters</source>
            <translation>sammanfattningen kortades till {limit} tecken</translation>
        </message>
        <message>
            <source>description shortened to {limit} characters</source>
            <translation>beskrivningen kortades till {limit} tecken</translation>
        </message>
        <message>
            <source>place shortened to {limit} characters</source>
            <translation>platsangivelsen kortades till {limit} tecken</translation>
        </message>
        <message>
            <source>{reference} is not a reference like 2026-0142</source>
            <translation>{reference} är inte ett nummer av formen 2026-0142</translation>
        </message>
        <message>
            <source>incident {reference} is marked secret; it is exported only when secret incidents are included on purpose</source>
            <translation>händelse {reference} är sekretessmarkerad; den exporteras bara när sekretessmarkerade händelser tas med avsiktligt</translation>
        </message>
        <message>
            <source>{path} is a folder; name the file to write</source>
            <translation>{path} är en mapp; ange filen som ska skrivas</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>mappen {folder} finns inte</translation>
        </message>
        <message>
            <source>there is no incident {reference}</source>
            <translation>det finns ingen händelse {reference}</translation>
        </message>
        <message>
            <source>there is no category {code}</source>
            <translation>det finns ingen kategori {code}</translation>
        </message>
        <message>
            <source>is not set: a CAP alert names the municipality as its sender; set the municipality's name in the office settings</source>
            <translation>är inte angivet: en CAP-varning anger kommunen som avsändare; ange kommunens namn i enhetens inställningar</translation>
        </message>
        <message>
            <source>has no letters a-z or digits to name the alert's sender by</source>
            <translation>innehåller inga bokstäver a–z eller siffror att namnge varningens avsändare med</translation>
        </message>
        <message>
            <source>the alert has no &lt;info&gt;: there is nothing to log</source>
            <translation>varningen saknar &lt;info&gt;: det finns inget att registrera</translation>
        </message>
        <message>
            <source>the alert has {count} &lt;info&gt; blocks; the one in {language} was read</source>
            <translation>varningen har {count} &lt;info&gt;-block; blocket på {language} lästes</translation>
        </message>
        <message>
            <source>the alert has {count} &lt;info&gt; blocks; the first, without a language, was read</source>
            <translation>varningen har {count} &lt;info&gt;-block; det första, utan angivet språk, lästes</translation>
        </message>
        <message>
            <source>the CAP alert {identifier} was imported already, as incident {reference}</source>
            <translation>CAP-varningen {identifier} har redan importerats, som händelse {reference}</translation>
        </message>
        <message>
            <source>{time} lies in the future: the log records what has happened, so import the alert once it has</source>
            <translation>{time} ligger i framtiden: loggen registrerar det som har hänt, så importera varningen när det har skett</translation>
        </message>
        <message>
            <source>the alert was sent before its onset; reported as of the onset</source>
            <translation>varningen skickades innan händelsen började; den räknas som rapporterad när händelsen började</translation>
        </message>
        <message>
            <source>the area's coordinates ({circle}) are not on the earth: left out</source>
            <translation>områdets koordinater ({circle}) ligger inte på jorden: de utelämnades</translation>
        </message>
        <message>
            <source>the alert's circle has a radius of {radius} km: an area, not a place, so no coordinates were kept</source>
            <translation>varningens cirkel har radien {radius} km: ett område, inte en plats, så inga koordinater sparades</translation>
        </message>
        <message>
            <source>the alert's area is a polygon, not a place: no coordinates were kept</source>
            <translation>varningens område är en polygon, inte en plats: inga koordinater sparades</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>är längre än {limit} tecken</translation>
        </message>
        <message>
            <source>the web address was longer than {limit} characters: left out</source>
            <translation>webbadressen var längre än {limit} tecken: den utelämnades</translation>
        </message>
    </context>
    <context>
        <name>case_consent</name>
        <message>
            <source>no valid consent: a guardian and, from the age of {age}, the young person must have signed, not expired and not withdrawn</source>
            <translation>inget giltigt samtycke: en vårdnadshavare och, från {age} års ålder, den unge måste ha skrivit under, och samtycket får inte ha gått ut eller återkallats</translation>
        </message>
        <message>
            <source>no valid consent from a guardian (signed, not expired, not withdrawn)</source>
            <translation>inget giltigt samtycke från en vårdnadshavare (undertecknat, inte utgånget, inte återkallat)</translation>
        </message>
        <message>
            <source>the young person is {age} or older (born {year}) and has no valid consent of their own</source>
            <translation>den unge är {age} år eller äldre (född {year}) och har inget eget giltigt samtycke</translation>
        </message>
        <message>
            <source>the valid consents have no agency in common: nothing may be shared</source>
            <translation>de giltiga samtyckena har ingen myndighet gemensam: inget får delas</translation>
        </message>
    </context>
    <context>
        <name>case_detail</name>
        <message>
            <source>Case {number} opened</source>
            <translation>Ärende {number} öppnat</translation>
        </message>
        <message>
            <source>Status {old} → {new}</source>
            <translation>Status {old} → {new}</translation>
        </message>
        <message>
            <source>Consent signed: {signer} ({agencies})</source>
            <translation>Samtycke undertecknat: {signer} ({agencies})</translation>
        </message>
        <message>
            <source>Consent withdrawn: {signer}</source>
            <translation>Samtycke återkallat: {signer}</translation>
        </message>
        <message>
            <source>Action added: {what}</source>
            <translation>Åtgärd tillagd: {what}</translation>
        </message>
        <message>
            <source>Action done: {what}</source>
            <translation>Åtgärd klar: {what}</translation>
        </message>
        <message>
            <source>Action due: {what}</source>
            <translation>Åtgärd klar senast: {what}</translation>
        </message>
        <message>
            <source>Review held</source>
            <translation>Avstämning hållen</translation>
        </message>
        <message>
            <source>Review due (overdue)</source>
            <translation>Avstämning planerad (försenad)</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Avstämning planerad</translation>
        </message>
        <message>
            <source>Note by {author}</source>
            <translation>Anteckning av {author}</translation>
        </message>
        <message>
            <source>Case {number} closed</source>
            <translation>Ärende {number} avslutat</translation>
        </message>
    </context>
    <context>
        <name>case_factors</name>
        <message>
            <source>must be risk or protective</source>
            <translation>måste vara risk (riskfaktor) eller protective (skyddsfaktor)</translation>
        </message>
        <message>
            <source>the risk factors have {title} already</source>
            <translation>riskfaktorerna har redan {title}</translation>
        </message>
        <message>
            <source>the protective factors have {title} already</source>
            <translation>skyddsfaktorerna har redan {title}</translation>
        </message>
        <message>
            <source>factor {id} does not exist</source>
            <translation>faktor {id} finns inte</translation>
        </message>
    </context>
    <context>
        <name>case_validation</name>
        <message>
            <source>looks like a personal identity number: use a pseudonym such as ALB-17</source>
            <translation>ser ut som ett personnummer: använd en pseudonym som ALB-17</translation>
        </message>
        <message>
            <source>must be {least} to {most} characters</source>
            <translation>måste ha {least}–{most} tecken</translation>
        </message>
        <message>
            <source>may hold only letters, digits and dashes</source>
            <translation>får bara innehålla bokstäver, siffror och bindestreck</translation>
        </message>
        <message>
            <source>must mix letters and digits (such as ALB-17), so it cannot be a name or a date</source>
            <translation>måste blanda bokstäver och siffror (som ALB-17), så att den inte kan vara ett namn eller ett datum</translation>
        </message>
        <message>
            <source>unknown task force</source>
            <translation>okänd insatsgrupp</translation>
        </message>
        <message>
            <source>{name} is not a social task force: only social task forces have cases</source>
            <translation>{name} är ingen social insatsgrupp: bara sociala insatsgrupper har ärenden</translation>
        </message>
        <message>
            <source>{name} is no longer active</source>
            <translation>{name} är inte längre aktiv</translation>
        </message>
        <message>
            <source>must be a year</source>
            <translation>måste vara ett årtal</translation>
        </message>
        <message>
            <source>must be between {oldest} and {youngest}</source>
            <translation>måste vara mellan {oldest} och {youngest}</translation>
        </message>
        <message>
            <source>must be after the day it was signed</source>
            <translation>måste vara efter dagen då det undertecknades</translation>
        </message>
        <message>
            <source>name at least one agency the consent covers</source>
            <translation>ange minst en myndighet som samtycket omfattar</translation>
        </message>
        <message>
            <source>an agency's name {problem}</source>
            <translation>ett myndighetsnamn {problem}</translation>
        </message>
    </context>
    <context>
        <name>cases</name>
        <message>
            <source>case is closed</source>
            <translation>ärendet är avslutat</translation>
        </message>
        <message>
            <source>there is no task force named {name}</source>
            <translation>det finns ingen insatsgrupp som heter {name}</translation>
        </message>
        <message>
            <source>case {number} was changed by someone else since you opened it</source>
            <translation>ärende {number} har ändrats av någon annan sedan du öppnade det</translation>
        </message>
        <message>
            <source>unknown status {status}</source>
            <translation>okänd status {status}</translation>
        </message>
        <message>
            <source>a case cannot move from {current} to {target}; from {current} it may move to {allowed}</source>
            <translation>ett ärende kan inte gå från {current} till {target}; från {current} kan det gå till {allowed}</translation>
        </message>
        <message>
            <source>must be guardian or young_person</source>
            <translation>måste vara guardian (vårdnadshavare) eller young_person (den unge)</translation>
        </message>
        <message>
            <source>case {number} has no consent {id}</source>
            <translation>ärende {number} har inget samtycke {id}</translation>
        </message>
        <message>
            <source>was withdrawn already, on {day}</source>
            <translation>återkallades redan den {day}</translation>
        </message>
        <message>
            <source>cannot be before the consent was signed</source>
            <translation>får inte vara före dagen då samtycket undertecknades</translation>
        </message>
        <message>
            <source>unknown factor {ids}</source>
            <translation>okänd faktor {ids}</translation>
        </message>
        <message>
            <source>no longer in use: factor {ids}</source>
            <translation>används inte längre: faktor {ids}</translation>
        </message>
        <message>
            <source>case {number} has no action {id}</source>
            <translation>ärende {number} har ingen åtgärd {id}</translation>
        </message>
        <message>
            <source>was done already, on {day}</source>
            <translation>blev redan klar den {day}</translation>
        </message>
        <message>
            <source>cannot be before the case was opened</source>
            <translation>får inte vara före dagen då ärendet öppnades</translation>
        </message>
        <message>
            <source>case {number} has no review {id}</source>
            <translation>ärende {number} har ingen avstämning {id}</translation>
        </message>
        <message>
            <source>was held already, on {day}</source>
            <translation>hölls redan den {day}</translation>
        </message>
        <message>
            <source>give the incident's reference, such as 2026-0142</source>
            <translation>ange händelsens nummer, till exempel 2026-0142</translation>
        </message>
        <message>
            <source>there is no incident {reference}</source>
            <translation>det finns ingen händelse {reference}</translation>
        </message>
        <message>
            <source>incident {reference} is linked already</source>
            <translation>händelse {reference} är redan kopplad</translation>
        </message>
        <message>
            <source>incident {id} is not linked to case {number}</source>
            <translation>händelse {id} är inte kopplad till ärende {number}</translation>
        </message>
        <message>
            <source>{problem}; until new consent is registered the case can only be closed, get a new consent or a withdrawal, or have a review held</source>
            <translation>{problem}; tills ett nytt samtycke har registrerats kan ärendet bara avslutas, få ett nytt samtycke eller en återkallelse, eller få en avstämning hållen</translation>
        </message>
        <message>
            <source>the case's consent does not cover {agency}: it may not be shared with them</source>
            <translation>ärendets samtycke omfattar inte {agency}: ärendet får inte delas med dem</translation>
        </message>
        <message>
            <source>unknown person</source>
            <translation>okänd person</translation>
        </message>
        <message>
            <source>{name} is no longer active in the roster</source>
            <translation>{name} är inte längre aktiv i kontaktlistan</translation>
        </message>
        <message>
            <source>{name} does not belong to that agency</source>
            <translation>{name} hör inte till den myndigheten</translation>
        </message>
    </context>
    <context>
        <name>identity_numbers</name>
        <message numerus="yes">
            <source>contains a co-ordination number at character {position}: '{text}' (and %n more); personal data does not belong here: mask it or remove it</source>
            <translation>
                <numerusform>innehåller ett samordningsnummer vid tecken {position}: ”{text}” (och %n till); personuppgifter hör inte hemma här: maskera eller ta bort dem</numerusform>
                <numerusform>innehåller ett samordningsnummer vid tecken {position}: ”{text}” (och %n till); personuppgifter hör inte hemma här: maskera eller ta bort dem</numerusform>
            </translation>
        </message>
        <message>
            <source>contains a co-ordination number at character {position}: '{text}'; personal data does not belong here: mask it or remove it</source>
            <translation>innehåller ett samordningsnummer vid tecken {position}: ”{text}”; personuppgifter hör inte hemma här: maskera eller ta bort det</translation>
        </message>
        <message numerus="yes">
            <source>contains a personal identity number at character {position}: '{text}' (and %n more); personal data does not belong here: mask it or remove it</source>
            <translation>
                <numerusform>innehåller ett personnummer vid tecken {position}: ”{text}” (och %n till); personuppgifter hör inte hemma här: maskera eller ta bort dem</numerusform>
                <numerusform>innehåller ett personnummer vid tecken {position}: ”{text}” (och %n till); personuppgifter hör inte hemma här: maskera eller ta bort dem</numerusform>
            </translation>
        </message>
        <message>
            <source>contains a personal identity number at character {position}: '{text}'; personal data does not belong here: mask it or remove it</source>
            <translation>innehåller ett personnummer vid tecken {position}: ”{text}”; personuppgifter hör inte hemma här: maskera eller ta bort det</translation>
        </message>
    </context>
    <context>
        <name>incident_validation</name>
        <message>
            <source>unknown category {code}</source>
            <translation>okänd kategori {code}</translation>
        </message>
        <message>
            <source>must be 1 (low), 2 (moderate), 3 (high) or 4 (critical)</source>
            <translation>måste vara 1 (låg), 2 (måttlig), 3 (hög) eller 4 (kritisk)</translation>
        </message>
        <message>
            <source>must be one of {values}</source>
            <translation>måste vara en av {values}</translation>
        </message>
        <message>
            <source>must be a date and time</source>
            <translation>måste vara ett datum och en tid</translation>
        </message>
        <message>
            <source>is not a valid date and time</source>
            <translation>är inte en giltig tidpunkt</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>ligger i framtiden</translation>
        </message>
        <message>
            <source>is before {year}</source>
            <translation>ligger före {year}</translation>
        </message>
        <message>
            <source>is before the time it started</source>
            <translation>ligger före tiden då det började</translation>
        </message>
        <message>
            <source>is before the incident happened</source>
            <translation>ligger före tiden då händelsen inträffade</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>måste vara ett heltal</translation>
        </message>
        <message>
            <source>must be between {least} and {most}</source>
            <translation>måste vara mellan {least} och {most}</translation>
        </message>
        <message>
            <source>must be a whole number of kronor</source>
            <translation>måste vara ett helt antal kronor</translation>
        </message>
        <message>
            <source>must be between {least} and {most} kronor</source>
            <translation>måste vara mellan {least} och {most} kronor</translation>
        </message>
        <message>
            <source>must be a number between {least} and {most}</source>
            <translation>måste vara ett tal mellan {least} och {most}</translation>
        </message>
        <message>
            <source>latitude and longitude go together</source>
            <translation>latitud och longitud anges tillsammans</translation>
        </message>
    </context>
    <context>
        <name>incidents</name>
        <message>
            <source>incident {reference} was changed by someone else since you opened it</source>
            <translation>händelse {reference} har ändrats av någon annan sedan du öppnade den</translation>
        </message>
        <message>
            <source>an incident cannot be related to itself</source>
            <translation>en händelse kan inte vara relaterad till sig själv</translation>
        </message>
        <message>
            <source>an incident cannot duplicate itself</source>
            <translation>en händelse kan inte vara en dubblett av sig själv</translation>
        </message>
        <message>
            <source>there is no incident {reference}</source>
            <translation>det finns ingen händelse {reference}</translation>
        </message>
        <message>
            <source>incident {id} does not exist (any more)</source>
            <translation>händelse {id} finns inte (längre)</translation>
        </message>
    </context>
    <context>
        <name>key_points</name>
        <message>
            <source>No incidents were recorded in the period, {previous} and {year_ago}.</source>
            <translation>Under perioden registrerades inga händelser, {previous} och {year_ago}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln incident(s) were recorded in the period, {previous} and {year_ago}.</source>
            <translation>
                <numerusform>Under perioden registrerades %Ln händelse, {previous} och {year_ago}.</numerusform>
                <numerusform>Under perioden registrerades %Ln händelser, {previous} och {year_ago}.</numerusform>
            </translation>
        </message>
        <message>
            <source>as many as in the previous period</source>
            <translation>lika många som perioden före</translation>
        </message>
        <message>
            <source>as many as in the same period a year earlier</source>
            <translation>lika många som samma period förra året</translation>
        </message>
        <message>
            <source>against {count} in the previous period</source>
            <translation>mot {count} perioden före</translation>
        </message>
        <message>
            <source>against {count} in the same period a year earlier</source>
            <translation>mot {count} samma period förra året</translation>
        </message>
        <message>
            <source>about as many as in the previous period</source>
            <translation>ungefär lika många som perioden före</translation>
        </message>
        <message>
            <source>about as many as in the same period a year earlier</source>
            <translation>ungefär lika många som samma period förra året</translation>
        </message>
        <message>
            <source>{percent} more than in the previous period</source>
            <translation>{percent} fler än perioden före</translation>
        </message>
        <message>
            <source>{percent} more than in the same period a year earlier</source>
            <translation>{percent} fler än samma period förra året</translation>
        </message>
        <message>
            <source>{percent} fewer than in the previous period</source>
            <translation>{percent} färre än perioden före</translation>
        </message>
        <message>
            <source>{percent} fewer than in the same period a year earlier</source>
            <translation>{percent} färre än samma period förra året</translation>
        </message>
        <message>
            <source>from {before} to {now}</source>
            <translation>från {before} till {now}</translation>
        </message>
        <message>
            <source>from {before} to {now} ({change})</source>
            <translation>från {before} till {now} ({change})</translation>
        </message>
        <message>
            <source>Largest increase against the previous period: {category}, {change}.</source>
            <translation>Största ökningen jämfört med perioden före: {category}, {change}.</translation>
        </message>
        <message>
            <source>Largest decrease against the previous period: {category}, {change}.</source>
            <translation>Största minskningen jämfört med perioden före: {category}, {change}.</translation>
        </message>
        <message>
            <source>New hotspot: {district} with {now} incidents against {before} in the previous period.</source>
            <translation>Ny brännpunkt: {district} med {now} händelser mot {before} perioden före.</translation>
        </message>
        <message>
            <source>Largest rise among the districts: {district}, {change}.</source>
            <translation>Störst ökning bland kommundelarna: {district}, {change}.</translation>
        </message>
        <message>
            <source>No incident was rated high or critical.</source>
            <translation>Ingen händelse bedömdes som allvarlig (hög eller kritisk).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln incident(s) were rated high or critical.</source>
            <translation>
                <numerusform>%Ln händelse bedömdes som allvarlig (hög eller kritisk).</numerusform>
                <numerusform>%Ln händelser bedömdes som allvarliga (hög eller kritisk).</numerusform>
            </translation>
        </message>
        <message>
            <source>No action items are overdue.</source>
            <translation>Inga åtgärdspunkter är försenade.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln action item(s) are overdue.</source>
            <translation>
                <numerusform>%Ln åtgärdspunkt är försenad.</numerusform>
                <numerusform>%Ln åtgärdspunkter är försenade.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>meetings</name>
        <message>
            <source>item {number}, title: {problem}</source>
            <translation>punkt {number}, rubrik: {problem}</translation>
        </message>
        <message>
            <source>item {number}, notes: {problem}</source>
            <translation>punkt {number}, anteckningar: {problem}</translation>
        </message>
        <message>
            <source>item {number}, decision: {problem}</source>
            <translation>punkt {number}, beslut: {problem}</translation>
        </message>
        <message>
            <source>meeting "{title}" was changed by someone else since you opened it</source>
            <translation>mötet ”{title}” har ändrats av någon annan sedan du öppnade det</translation>
        </message>
        <message>
            <source>a title is required</source>
            <translation>en rubrik måste anges</translation>
        </message>
        <message>
            <source>the meeting must end after it starts</source>
            <translation>mötet måste sluta efter att det har börjat</translation>
        </message>
        <message>
            <source>a person is invited twice</source>
            <translation>en person är inbjuden två gånger</translation>
        </message>
        <message>
            <source>there is no person {ids}</source>
            <translation>det finns ingen person {ids}</translation>
        </message>
        <message>
            <source>must be a date and time</source>
            <translation>måste vara ett datum och en tid</translation>
        </message>
        <message>
            <source>must be in the years {first}–{last}</source>
            <translation>måste ligga inom åren {first}–{last}</translation>
        </message>
        <message>
            <source>item {number}: a title is required</source>
            <translation>punkt {number}: en rubrik måste anges</translation>
        </message>
        <message>
            <source>item {number}: the title has at most {limit} characters</source>
            <translation>punkt {number}: rubriken får ha högst {limit} tecken</translation>
        </message>
        <message>
            <source>meeting {id} does not exist (any more)</source>
            <translation>möte {id} finns inte (längre)</translation>
        </message>
        <message>
            <source>action item {id} does not exist (any more)</source>
            <translation>åtgärdspunkt {id} finns inte (längre)</translation>
        </message>
        <message>
            <source>at most {limit} characters</source>
            <translation>högst {limit} tecken</translation>
        </message>
        <message>
            <source>say what is to be done</source>
            <translation>skriv vad som ska göras</translation>
        </message>
        <message>
            <source>choose an owner from the roster</source>
            <translation>välj en ansvarig ur kontaktlistan</translation>
        </message>
        <message>
            <source>a due date is required</source>
            <translation>ange när den ska vara klar senast</translation>
        </message>
        <message>
            <source>there is no meeting {id}</source>
            <translation>det finns inget möte {id}</translation>
        </message>
        <message>
            <source>the action item was changed by someone else since you opened it</source>
            <translation>åtgärdspunkten har ändrats av någon annan sedan du öppnade den</translation>
        </message>
    </context>
    <context>
        <name>office_settings</name>
        <message>
            <source>must be a whole number of years from {least} to {most}</source>
            <translation>måste vara ett helt antal år från {least} till {most}</translation>
        </message>
        <message>
            <source>must be a whole number of copies from {least} to {most}</source>
            <translation>måste vara ett helt antal kopior från {least} till {most}</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>filen finns inte</translation>
        </message>
        <message>
            <source>is not a file</source>
            <translation>är ingen fil</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>kan inte läsas ({reason})</translation>
        </message>
        <message>
            <source>must be a PNG or JPEG picture</source>
            <translation>måste vara en PNG- eller JPEG-bild</translation>
        </message>
        <message>
            <source>is too large: {size} MB, it must be under {most} MB</source>
            <translation>är för stor: {size} MB, den måste vara mindre än {most} MB</translation>
        </message>
        <message>
            <source>is not a folder</source>
            <translation>är ingen mapp</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>mappen finns inte</translation>
        </message>
        <message>
            <source>cannot be written to</source>
            <translation>går inte att skriva i</translation>
        </message>
    </context>
    <context>
        <name>phones</name>
        <message>
            <source>{number} is not a phone number (letters are not allowed)</source>
            <translation>{number} är inget telefonnummer (bokstäver är inte tillåtna)</translation>
        </message>
        <message>
            <source>{number} is not a phone number</source>
            <translation>{number} är inget telefonnummer</translation>
        </message>
        <message>
            <source>{number} is not a valid phone number: check the area code and the number of digits</source>
            <translation>{number} är inget giltigt telefonnummer: kontrollera riktnumret och antalet siffror</translation>
        </message>
        <message>
            <source>{number} is not a valid phone number: check the country code and the number</source>
            <translation>{number} är inget giltigt telefonnummer: kontrollera landsnumret och numret</translation>
        </message>
        <message>
            <source>{start}… ({length} characters)</source>
            <translation>{start}… ({length} tecken)</translation>
        </message>
    </context>
    <context>
        <name>police_import</name>
        <message>
            <source>is not set: name it (--municipality) or set the municipality's name in the office settings</source>
            <translation>är inte angiven: ange den (--municipality) eller ange kommunens namn i enhetens inställningar</translation>
        </message>
        <message>
            <source>needs a name</source>
            <translation>måste ha ett namn</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>är längre än {limit} tecken</translation>
        </message>
        <message>
            <source>there is no category {code}</source>
            <translation>det finns ingen kategori {code}</translation>
        </message>
        <message>
            <source>notice {id}, {field}</source>
            <translation>notis {id}, {field}</translation>
        </message>
    </context>
    <context>
        <name>reference</name>
        <message>
            <source>a district named {name} exists already</source>
            <translation>det finns redan en kommundel som heter {name}</translation>
        </message>
        <message>
            <source>an agency named {name} exists already</source>
            <translation>det finns redan en myndighet som heter {name}</translation>
        </message>
    </context>
    <context>
        <name>risk_dates</name>
        <message>
            <source>risk date "{title}" was changed by someone else since you opened it</source>
            <translation>riskdatumet ”{title}” har ändrats av någon annan sedan du öppnade det</translation>
        </message>
        <message>
            <source>a first day is required</source>
            <translation>en första dag måste anges</translation>
        </message>
        <message>
            <source>cannot be before the first day</source>
            <translation>får inte vara före den första dagen</translation>
        </message>
        <message>
            <source>a yearly date must be shorter than a year</source>
            <translation>ett årligt datum måste vara kortare än ett år</translation>
        </message>
        <message>
            <source>risk date {id} does not exist (any more)</source>
            <translation>riskdatum {id} finns inte (längre)</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Administrator</source>
            <translation>Administratör</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Dataskyddsombud</translation>
        </message>
        <message>
            <source>Co-ordinator</source>
            <translation>Samordnare</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Läsare</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <source>{name} was changed by someone else since you opened it</source>
            <translation>{name} har ändrats av någon annan sedan du öppnade uppgifterna</translation>
        </message>
        <message>
            <source>an agency named {name} exists already</source>
            <translation>det finns redan en myndighet som heter {name}</translation>
        </message>
        <message>
            <source>{kind} is not a kind of agency; use one of: {kinds}</source>
            <translation>{kind} är ingen typ av myndighet; använd någon av: {kinds}</translation>
        </message>
        <message>
            <source>agency {id} does not exist (any more)</source>
            <translation>myndighet {id} finns inte (längre)</translation>
        </message>
        <message numerus="yes">
            <source>attended %n meeting(s)</source>
            <translation>
                <numerusform>har deltagit i %n möte</numerusform>
                <numerusform>har deltagit i %n möten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>owns %n action item(s)</source>
            <translation>
                <numerusform>är ansvarig för %n åtgärdspunkt</numerusform>
                <numerusform>är ansvarig för %n åtgärdspunkter</numerusform>
            </translation>
        </message>
        <message>
            <source>is the deputy of {names}</source>
            <translation>är ersättare för {names}</translation>
        </message>
        <message numerus="yes">
            <source>sits in %n task force(s)</source>
            <translation>
                <numerusform>sitter i %n insatsgrupp</numerusform>
                <numerusform>sitter i %n insatsgrupper</numerusform>
            </translation>
        </message>
        <message>
            <source>is named in case work</source>
            <translation>är namngiven i arbetet med ett ärende</translation>
        </message>
        <message>
            <source>{name} cannot be deleted: {name} {reasons}. Mark the person as having left (deactivate) instead.</source>
            <translation>{name} kan inte tas bort: {name} {reasons}. Markera i stället att personen har slutat (inaktivera).</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} och {last}</translation>
        </message>
        <message>
            <source>person {id} does not exist (any more)</source>
            <translation>person {id} finns inte (längre)</translation>
        </message>
        <message>
            <source>that agency does not exist (any more)</source>
            <translation>myndigheten finns inte (längre)</translation>
        </message>
        <message>
            <source>a person cannot be their own deputy</source>
            <translation>en person kan inte vara sin egen ersättare</translation>
        </message>
        <message>
            <source>that deputy does not exist (any more)</source>
            <translation>ersättaren finns inte (längre)</translation>
        </message>
        <message>
            <source>is required: every person belongs to one agency</source>
            <translation>måste anges: varje person hör till en myndighet</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address like name@example.se</source>
            <translation>{value} är ingen e-postadress som namn@example.se</translation>
        </message>
    </context>
    <context>
        <name>roster_vocabulary</name>
        <message>
            <source>Municipality</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>Local police</source>
            <translation>Lokalpolisen</translation>
        </message>
        <message>
            <source>Regional police</source>
            <translation>Polisregionen</translation>
        </message>
        <message>
            <source>County police</source>
            <translation>Länspolisen</translation>
        </message>
        <message>
            <source>Fire and rescue service</source>
            <translation>Räddningstjänsten</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skola</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation>Socialtjänsten</translation>
        </message>
        <message>
            <source>Leisure</source>
            <translation>Fritid</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>Bostadsbolag</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övrigt</translation>
        </message>
    </context>
    <context>
        <name>situation</name>
        <message>
            <source>All other categories</source>
            <translation>Alla andra kategorier</translation>
        </message>
    </context>
    <context>
        <name>task_forces</name>
        <message>
            <source>task force "{name}" was changed by someone else meanwhile</source>
            <translation>insatsgruppen ”{name}” har ändrats av någon annan under tiden</translation>
        </message>
        <message>
            <source>no task force with id {ids}</source>
            <translation>ingen insatsgrupp har id {ids}</translation>
        </message>
        <message>
            <source>a task force named "{name}" exists already</source>
            <translation>det finns redan en insatsgrupp som heter ”{name}”</translation>
        </message>
        <message>
            <source>must be one of {kinds}</source>
            <translation>måste vara en av {kinds}</translation>
        </message>
        <message>
            <source>cannot change: the task force has open cases; close them first</source>
            <translation>kan inte ändras: insatsgruppen har öppna ärenden; avsluta dem först</translation>
        </message>
        <message>
            <source>cannot be switched off: the task force has open cases; close them first</source>
            <translation>kan inte stängas av: insatsgruppen har öppna ärenden; avsluta dem först</translation>
        </message>
        <message>
            <source>there is no district named "{name}"</source>
            <translation>det finns ingen kommundel som heter ”{name}”</translation>
        </message>
        <message>
            <source>agency {number}: {problem}</source>
            <translation>myndighet {number}: {problem}</translation>
        </message>
        <message>
            <source>no agency named {names}</source>
            <translation>ingen myndighet heter {names}</translation>
        </message>
        <message>
            <source>not in the roster: {ids}</source>
            <translation>finns inte i kontaktlistan: {ids}</translation>
        </message>
        <message>
            <source>no longer active in the roster: {names}</source>
            <translation>inte längre aktiv i kontaktlistan: {names}</translation>
        </message>
        <message>
            <source>no user with id {ids}</source>
            <translation>ingen användare har id {ids}</translation>
        </message>
        <message>
            <source>task force {id} does not exist (any more)</source>
            <translation>insatsgrupp {id} finns inte (längre)</translation>
        </message>
    </context>
    <context>
        <name>text_rules</name>
        <message>
            <source>must be a single line</source>
            <translation>får bara vara en rad</translation>
        </message>
        <message>
            <source>contains a NUL character</source>
            <translation>innehåller ett NUL-tecken</translation>
        </message>
        <message>
            <source>contains a broken character (a lone surrogate)</source>
            <translation>innehåller ett trasigt tecken (ett ensamt surrogattecken)</translation>
        </message>
        <message>
            <source>contains an invisible control character ({code})</source>
            <translation>innehåller ett osynligt styrtecken ({code})</translation>
        </message>
        <message>
            <source>is too long: {length} characters, at most {limit}</source>
            <translation>har för många tecken: {length}, högst {limit}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>måste fyllas i</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>måste vara text</translation>
        </message>
        <message>
            <source>'{text}'</source>
            <translation>”{text}”</translation>
        </message>
        <message>
            <source>must be a date</source>
            <translation>måste vara ett datum</translation>
        </message>
        <message>
            <source>cannot be in the future</source>
            <translation>får inte ligga i framtiden</translation>
        </message>
        <message>
            <source>unknown district {name}</source>
            <translation>okänd kommundel {name}</translation>
        </message>
        <message>
            <source>unknown agency {names}</source>
            <translation>okänd myndighet {names}</translation>
        </message>
    </context>
    <context>
        <name>users</name>
        <message>
            <source>{account} is a user already</source>
            <translation>{account} är redan användare</translation>
        </message>
        <message>
            <source>the database needs an administrator: make someone else one first</source>
            <translation>databasen behöver en administratör: gör någon annan till administratör först</translation>
        </message>
        <message>
            <source>must be one of {roles}</source>
            <translation>måste vara en av {roles}</translation>
        </message>
        <message>
            <source>user {id} does not exist</source>
            <translation>användare {id} finns inte</translation>
        </message>
    </context>
</TS>
