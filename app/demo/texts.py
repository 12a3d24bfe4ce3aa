"""Swedish phrases for demo incidents, per category: (summary, description) templates.

{place} and {district} are filled in; descriptions carry no personal data.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[tuple[str, str], ...]] = {
    "SHOOT": (
        (
            "Skottlossning vid {place}",
            "Flera skott hördes vid {place} sent på kvällen. Polisen spärrade av området och "
            "kriminaltekniker säkrade spår. Inga skadade påträffades.",
        ),
        (
            "Detonation i trapphus nära {place}",
            "En kraftig smäll i ett trapphus nära {place}. Räddningstjänsten kontrollerade "
            "byggnaden; skador på entrédörr och fönster. Fastighetsägaren underrättad.",
        ),
        (
            "Misstänkt sprängladdning hittad vid {place}",
            "Ett misstänkt föremål hittades vid {place}. Nationella bombskyddet kallades in och "
            "området spärrades av under två timmar.",
        ),
    ),
    "VIOL": (
        (
            "Hot mot personal på {place}",
            "Personal på {place} hotades av en grupp ungdomar. Väktare tillkallades och "
            "polisanmälan "
            "gjordes. Personalen erbjöds stödsamtal.",
        ),
        (
            "Misshandel vid {place}",
            "Bråk som övergick i misshandel vid {place}. Ambulans på plats, en person fördes till "
            "sjukhus med lindriga skador.",
        ),
        (
            "Rån mot ungdomar i {district}",
            "Flera ungdomar rånades på mobiltelefoner i närheten av {place}. Polisen utreder "
            "sambandet med liknande händelser i {district}.",
        ),
    ),
    "FIRE": (
        (
            "Bilbrand på parkering vid {place}",
            "En personbil brann på parkeringen vid {place}. Räddningstjänsten släckte branden; "
            "ytterligare två bilar fick värmeskador. Misstänkt anlagd.",
        ),
        (
            "Brand i container vid {place}",
            "Brand i sopcontainer vid {place}. Släckt av räddningstjänsten, ingen spridning.",
        ),
        (
            "Anlagd brand i skolans förråd, {place}",
            "Brand i ett förråd vid {place}. Dörren var uppbruten. "
            "Skadorna begränsade till förrådet.",
        ),
    ),
    "DRUG": (
        (
            "Öppen narkotikaförsäljning vid {place}",
            "Boende och personal rapporterar öppen försäljning av narkotika vid {place} under "
            "kvällstid. Polisen informerad, ökad närvaro planeras.",
        ),
        (
            "Fynd av sprutor vid {place}",
            "Använda sprutor hittades vid lekplatsen nära {place}. Saneringen beställd.",
        ),
    ),
    "DIST": (
        (
            "Stenkastning mot räddningstjänsten i {district}",
            "Räddningstjänstens fordon utsattes för stenkastning vid {place} i samband med en "
            "brandutryckning. Insatsen avbröts tills polis var på plats.",
        ),
        (
            "Större grupp ungdomar samlas vid {place}",
            "En grupp på omkring trettio ungdomar samlades vid {place}. Fältassistenter och "
            "polis på plats; gruppen skingrades utan incidenter.",
        ),
        (
            "Ordningsstörning i {place}",
            "Störningar under kvällen i {place}: hög musik, fyrverkerier mot fasader och "
            "skadegörelse på cyklar.",
        ),
    ),
    "GANG": (
        (
            "Oro för konflikt mellan grupperingar i {district}",
            "Underrättelser om en pågående konflikt mellan kriminella grupperingar med koppling "
            "till {district}. Risk för vedergällning bedöms förhöjd.",
        ),
        (
            "Klotter med gruppsymboler vid {place}",
            "Klotter med symboler kopplade till en gruppering vid {place}. Sanering beställd och "
            "polisen informerad.",
        ),
    ),
    "VAND": (
        (
            "Klotter på fasad vid {place}",
            "Omfattande klotter på fasaden vid {place}. Saneringsfirma beställd.",
        ),
        (
            "Krossade rutor på {place}",
            "Tre fönsterrutor krossade under natten vid {place}. Glasmästare på plats under "
            "förmiddagen.",
        ),
        (
            "Skadegörelse på busskur vid {place}",
            "Busskuren vid {place} vandaliserad; glaset krossat.",
        ),
    ),
    "DRIVE": (
        (
            "Buskörning med mopeder vid {place}",
            "Upprepad buskörning med mopeder på gång- och cykelvägen vid {place}. Boende oroliga "
            "för barnens säkerhet.",
        ),
        (
            "A-traktorer kör i hög fart genom {district}",
            "Flera A-traktorer körde i hög fart genom {district} under fredagskvällen.",
        ),
    ),
    "PLACE": (
        (
            "Trasig belysning gör {place} otrygg",
            "Belysningen vid gångtunneln nära {place} har varit trasig i två veckor. Felanmält "
            "till gatuenheten.",
        ),
        (
            "Nedskräpning och igenvuxen vegetation vid {place}",
            "Buskage skymmer sikten vid {place} och platsen upplevs som otrygg kvällstid. "
            "Röjning beställd.",
        ),
    ),
    "SCHOOL": (
        (
            "Hot mot {place} via sociala medier",
            "Ett hot mot {place} spreds i sociala medier. Skolan genomförde inrymning enligt plan "
            "och polisen gjorde en bedömning tillsammans med rektor.",
        ),
        (
            "Inrymningsövning på {place}",
            "Planerad inrymningsövning genomförd på {place}. Utvärdering med skolledningen bokad.",
        ),
    ),
    "INFOSEC": (
        (
            "Felskickad e-post med personuppgifter",
            "E-post med personuppgifter skickades till fel mottagare. "
            "Anmäld till dataskyddsombudet "
            "och bedömd enligt rutinen för personuppgiftsincidenter.",
        ),
        (
            "Nätfiskeförsök mot förvaltningen",
            "Flera medarbetare fick e-post som utgav sig för att komma från IT-avdelningen. "
            "Avsändaren blockerad, varning utskickad.",
        ),
        (
            "Borttappad dator",
            "En bärbar dator med krypterad disk har tappats bort i {district}. Fjärrlåst.",
        ),
    ),
    "INSUR": (
        (
            "Vattenskada i lokal vid {place}",
            "Vattenläcka i kommunens lokal vid {place}. Skadan anmäld till försäkringsbolaget.",
        ),
        (
            "Inbrott i fritidsgård, {place}",
            "Inbrott under natten vid {place}; elektronik stulen och dörrar skadade.",
        ),
    ),
    "EVENT": (
        (
            "Demonstration vid {place}",
            "Anmäld demonstration vid {place} med omkring tvåhundra deltagare. Lugnt förlopp.",
        ),
        (
            "Nationaldagsfirande vid {place}",
            "Kommunens firande vid {place}. Samverkan med polis och väktare inför evenemanget.",
        ),
        (
            "Valborgsfirande vid {place}",
            "Valborgsbrasa vid {place}. Ökad närvaro av polis och fältassistenter.",
        ),
    ),
    "OTHER": (
        (
            "Okänd person uppehåller sig i trapphus vid {place}",
            "Boende rapporterar att okända personer uppehåller sig i trapphuset vid {place} "
            "nattetid. Fastighetsägaren har bytt lås.",
        ),
        (
            "Strömavbrott i {district}",
            "Strömavbrott i delar av {district} under tre timmar. "
            "Larmade anläggningar kontrollerade.",
        ),
    ),
}
