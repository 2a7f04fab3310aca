import type { SeedTopic } from './types'

// The sub-themes of the six themes (seed 001), with their "Waarom?" texts, research insights and cross-links.

const STS_VB = 'https://www.samentegenschooluitvalvb.be'

export const topics: SeedTopic[] = [
  // ───────────────────────────── Risicofactoren ─────────────────────────────
  {
    slug: 'afwezigheden',
    title: 'Afwezigheden',
    theme: 'risicofactoren',
    summary:
      'Afwezigheden zijn een van de sterkste en vroegste signalen van afhaken: hoe registreer, lees en volg je ze op?',
    why: [
      'Afwezigheid is in onderzoek naar schooluitval een van de meest consistente voorspellers. Wie veel lesdagen mist, loopt leerstof mis, verliest het contact met klasgenoten en leerkrachten en raakt makkelijker in een neerwaartse spiraal waarin terugkomen steeds moeilijker wordt. In Chicago studeerde 87% van de leerlingen die in het eerste jaar van de high school minder dan vijf dagen per semester misten tijdig af; bij vijf tot negen dagen was dat 63%, bij tien tot veertien dagen nog 40%.',
      'Niet elke afwezigheid betekent hetzelfde. Sinds 1 september 2019 registreren Vlaamse scholen afwezigheden met zeven codes in plaats van drieëntwintig. De B-code staat voor problematische afwezigheid zonder geldige reden, het spijbelen in de enge zin. Maar ook een opeenstapeling van afwezigheden wegens ziekte (Z) of om persoonlijke redenen (P) kan wijzen op afhaken, op een moeilijke thuissituatie of op schoolweigering. Een goed aanwezigheidsbeleid kijkt daarom naar alle codes, niet alleen naar de B-codes.',
      'Afwezigheden zijn ook een van de weinige signalen die een school al vroeg en volledig zelf in handen heeft, en de regelgeving koppelt er concrete stappen aan. In het lager onderwijs moet de school het CLB betrekken zodra een leerling vijf halve dagen problematisch afwezig is. Vanaf het schooljaar 2027-2028 moeten scholen het CLB ook inschakelen na een bepaald aantal ziektecodes.',
      'Daarom staat dit onderwerp op de overgang van oranje naar groen. Wie aanwezigheid systematisch registreert, de gegevens regelmatig bekijkt en vroeg in gesprek gaat met leerling en ouders, maakt van afwezigheden een aanknopingspunt om bij te sturen voordat een leerling echt afhaakt. Zie daarvoor de beschermende factoren vroege detectie en monitoring en data-analyse.',
    ],
    insights: [
      {
        text: 'Leerlingen die in het eerste jaar van de high school minder dan vijf dagen per semester afwezig waren, studeerden in 87% van de gevallen tijdig af; bij vijf tot negen dagen afwezigheid was dat 63%, bij tien tot veertien dagen 40%.',
        source:
          'Allensworth & Easton (2007), What matters for staying on-track and graduating in Chicago Public High Schools, Consortium on Chicago School Research',
      },
      {
        text: 'Zestien of meer afwezigheden in het eerste trimester van grade 9 was een van de meest precieze signalen in de review: herberekend voor een uitvalpercentage zoals in Vlaanderen (10 à 12%) verliet nog ruim zes op de tien gesignaleerde leerlingen later de school zonder diploma. Het signaal ving wel maar 47% van alle latere uitvallers op.',
        source:
          'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Troob, 1985; herberekening voor een basispercentage van 10-12%)',
      },
      {
        text: 'In de derde graad van het basisonderwijs van één CLB-werkingsgebied had 23,6% van de 1332 leerlingen meer dan tien afwezigheidscodes op één schooljaar; 36% van hen scoorde bovendien op twee of meer andere risicofactoren.',
        source: 'GO! CLB Vilvoorde, workshop vroegdetectie',
      },
      {
        text: 'Sinds 1 september 2019 werken Vlaamse scholen met zeven afwezigheidscodes (A, R, Z, P, H, M en B) in plaats van 23. De vereenvoudiging was een actie van het Vlaamse plan Samen tegen schooluitval.',
        source: 'AGODI – registratie afwezigheden in Discimus, codes geldig vanaf 1 september 2019',
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – spijbelen en afwezigheden',
        url: `${STS_VB}/thema-s/spijbelen-en-afwezigheden`,
      },
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – tools rond spijbelen en afwezigheden',
        url: `${STS_VB}/thema-s/spijbelen-en-afwezigheden/tools`,
      },
      {
        label: 'Vlaams Ministerie van Onderwijs en Vorming – Samen tegen schooluitval',
        url: 'https://www.onderwijs.vlaanderen.be/samen-tegen-schooluitval',
      },
    ],
    status: 'gepubliceerd',
    gradient: true,
    counterparts: ['vroege-detectie', 'monitoring-data-analyse'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-06-15',
    order: 1,
  },
  {
    slug: 'afwezigheidscodes-en-registratie',
    title: 'Afwezigheidscodes en registratie',
    theme: 'risicofactoren',
    parent: 'afwezigheden',
    summary:
      'De zeven afwezigheidscodes, de oude codes die nog in schoolsoftware opduiken, en wat een zorgvuldige registratie oplevert.',
    why: [
      'Wat niet correct geregistreerd wordt, kan niet opgevolgd worden. Een zorgvuldige en eenvormige registratie is daarom de basis van elk aanwezigheidsbeleid en van elke vorm van vroege detectie. Sinds 1 september 2019 gelden zeven codes. A: een kleuter die nog niet leerplichtig is, is afwezig. R: afwezig van rechtswege, bijvoorbeeld voor een familieraad, een huwelijk of begrafenis, een oproeping door de rechtbank, een jeugdhulpmaatregel, overmacht, een erkende religieuze feestdag of een tuchtrechtelijke uitsluiting (in het secundair ook voor een topsport- of kunstenstatuut en moederschapsverlof). Z: ziek, gewettigd met een briefje van de ouders, een medisch attest of een schoolattest. P: persoonlijke redenen met toestemming van de directie, zoals rouw, een sport- of cultureel evenement, een time-out of NAFT-traject, een verblijf op een zorgboerderij of een gezin dat rondtrekt. H: revalidatie tijdens de lesuren (enkel buitengewoon onderwijs). M: werkplekleren dat niet uit onwil niet doorging (enkel secundair). B: problematische afwezigheid zonder geldige reden.',
      'Een briefje van de ouders dekt hoogstens drie opeenvolgende dagen, en dat hoogstens vier keer per schooljaar. In schoolsoftware en exports duiken bovendien nog oude codes op, zoals D (medisch attest, nu Z), L (te laat) en T, U of Y (uitsluiting en schorsing, nu R). Wie gegevens analyseert, moet die oude codes eerst eenduidig omzetten naar de huidige; anders lijken scholen of schooljaren die ze nog gebruiken onterecht beter of slechter te scoren.',
      'Registratie is meer dan administratie. Een school heeft afspraken nodig over wie registreert, wanneer, met welke code en hoe te laat komen wordt bijgehouden, en over wat er daarna met de gegevens gebeurt: per leerling, per klas en over de tijd. Pas dan valt op dat een leerling telkens op maandag ontbreekt of dat de ziektebriefjes zich opstapelen.',
    ],
    insights: [
      {
        text: 'De vereenvoudiging van 23 naar 7 afwezigheidscodes was een actie van het Vlaamse plan Samen tegen schooluitval; oude codes worden via een conversietabel omgezet naar de nieuwe.',
        source: 'AGODI – registratie afwezigheden in Discimus, codes geldig vanaf 1 september 2019, met conversietabel',
      },
      {
        text: 'Het preventieplan afwezigheden plaatst een strikt registratiebeleid (B-, Z-, P- en L-codes: wie registreert, hoe, en met welk overzicht) in de brede basiszorg, als voorwaarde voor elke verdere opvolging.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden – routekaart aanwezigheidsbeleid',
      },
      {
        text: "Het dialoogdocument voor school en CLB maakt van registratie en data de eerste twee van vier gespreksthema's (naast beleid en samenwerking school-CLB), telkens met basisvragen en verdiepende vragen.",
        source: 'PLG Brussel en Vlaams-Brabant, Dialoogdocument school en leidraad',
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – tools rond spijbelen en afwezigheden',
        url: `${STS_VB}/thema-s/spijbelen-en-afwezigheden/tools`,
      },
    ],
    status: 'gepubliceerd',
    counterparts: ['monitoring-data-analyse'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs', 'buitengewoon-onderwijs'],
    lastReviewed: '2026-06-15',
    order: 1,
  },
  {
    slug: 'schoolweigering-en-psychische-kwetsbaarheid',
    title: 'Schoolweigering en psychische kwetsbaarheid',
    theme: 'risicofactoren',
    parent: 'afwezigheden',
    summary: 'Wanneer angst of psychische kwetsbaarheid een leerling van school weghoudt.',
    why: [
      'Niet elke leerling die wegblijft, spijbelt. Bij schoolweigering wil een leerling vaak wel, maar lukt het niet om door de schoolpoort te gaan, door angst, somberheid of andere psychische moeilijkheden. Die afwezigheden verschijnen even goed als ziekte (Z) of persoonlijke reden (P) als onder een B-code. Wie alleen naar het spijbelen kijkt, mist deze groep.',
      'Een louter sanctionerende aanpak werkt hier averechts. Wat helpt, is een snelle en gedeelde inschatting van wat er aan de hand is, contact houden tijdens de afwezigheid, een stapsgewijze en goed voorbereide terugkeer, en tijdig de juiste hulp. Soms moet het schoollopen tijdelijk losgelaten worden. Dat is dan een weloverwogen keuze met een duidelijk doel, waarbij het CLB betrokken is en de vraag centraal staat hoe de jongere en zijn omgeving versterkt kunnen worden.',
      'De PLG West-Vlaanderen werkte hiervoor een provinciaal en netoverstijgend kader uit, met per fase van het zorgcontinuüm een fiche: een situering, de rol van het CLB, mogelijke vragen en bruikbare tools, inspirerende praktijken en aanbevelingen.',
    ],
    insights: [
      {
        text: 'De routekaart aanwezigheidsbeleid onderscheidt in de verhoogde zorg drie soorten afwezigheid die elk een andere reactie vragen: ongewettigd (B-codes: verbindend én sanctionerend), gewettigd (Z- en P-codes: welke onderwijsmogelijkheden zijn er?) en schoolweigering (B-, Z- of P-codes: angst voor de schoolpoort).',
        source: 'PLG Antwerpen, Preventieplan afwezigheden – routekaart aanwezigheidsbeleid',
      },
      {
        text: 'Als een alternatief traject nodig is (fase 2), vervult het CLB een draaischijffunctie: het toetst af of dat traject het beste is voor de jongere, verwijst in overleg met leerling, ouders en school door, en coördineert samen met de school het onderwijstraject en de externe hulp.',
        source: 'PLG West-Vlaanderen, fiches psychisch kwetsbare jongeren',
      },
      {
        text: 'Het netwerk Samen tegen Schooluitval Vlaams-Brabant organiseerde in 2019 en 2020 vormingen rond psychische kwetsbaarheid en schooluitval en bundelt tools rond dit thema.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
        url: `${STS_VB}/thema-s/specifieke-doelgroepen/psychische-kwetsbaarheid/tools-4`,
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – tools psychische kwetsbaarheid',
        url: `${STS_VB}/thema-s/specifieke-doelgroepen/psychische-kwetsbaarheid/tools-4`,
      },
    ],
    status: 'gepubliceerd',
    counterparts: ['beleid-leerlingenbegeleiding'],
    targetGroups: ['secundair-onderwijs', 'basisonderwijs'],
    lastReviewed: '2026-06-20',
    order: 2,
  },
  {
    slug: 'terugkeer-na-afwezigheid',
    title: 'Terugkeer na afwezigheid',
    theme: 'risicofactoren',
    parent: 'afwezigheden',
    summary: 'Contact houden tijdens een lange afwezigheid en een leerling warm terug onthalen.',
    why: [
      'Hoe een school omgaat met een leerling die een tijd weg was, bepaalt mee of die leerling blijft. Na een lange afwezigheid voelen veel jongeren zich achter, onzeker of buitengesloten; een koude of louter administratieve terugkeer vergroot de kans dat ze opnieuw wegblijven. De routekaart aanwezigheidsbeleid zet het onthaal van terugkerende leerlingen daarom uitdrukkelijk in de brede basiszorg, en in fase 2 hoort het voorbereiden van de terugkeer bij de gedeelde verantwoordelijkheid van school, CLB en partners.',
      'Leerkrachten spelen hierin een sleutelrol. Uit een bevraging bij 31 leerkrachten secundair onderwijs kwamen drie momenten naar voren waarop kleine gebaren een groot verschil maken: preventief (een warme relatie, erkenning, structuur, van bij het begin contact met de ouders), tijdens de afwezigheid (een kaartje, een telefoontje, een buddy, lesmateriaal online) en bij de terugkeer (een warm welkom, erkenning zonder oordeel, herhaling inbouwen en niet alles laten inhalen).',
    ],
    insights: [
      {
        text: 'Op basis van een bevraging bij 31 leerkrachten secundair onderwijs bundelt het inspiratiedocument concrete ervaringen en tips voor drie momenten: preventief, tijdens de afwezigheid en bij de (gedeeltelijke) terugkeer, met blijvende aandacht voor de draagkracht van leerkrachten en voor het aanwezigheidsbeleid op schoolniveau.',
        source: "PLG Limburg, inspiratiedocument 'Leerkracht als schakel bij (voorkomen van) schooluitval' (bevraging bij 31 leerkrachten)",
      },
      {
        text: 'In fase 2 van het zorgcontinuüm horen systematisch overleg, nauwere samenwerking met externe partners, eventueel een spijbelcontract en het voorbereiden van de terugkeer bij elkaar.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden – routekaart aanwezigheidsbeleid',
      },
    ],
    links: [],
    status: 'gepubliceerd',
    counterparts: ['bindingsperspectief'],
    targetGroups: ['secundair-onderwijs'],
    lastReviewed: '2026-06-20',
    order: 3,
  },
  {
    slug: 'frequente-schoolwissels',
    title: 'Frequente schoolwissels',
    theme: 'risicofactoren',
    summary:
      'Vaak van school veranderen breekt relaties en leertrajecten: een reden om de hele schoolloopbaan te bekijken.',
    why: [
      'Elke schoolwissel betekent opnieuw beginnen: nieuwe leerkrachten, nieuwe klasgenoten, andere afspraken en vaak een andere aanpak van de leerstof. Wie vaak van school verandert, bouwt minder makkelijk een band op met een school, en informatie over wat de leerling nodig heeft, gaat onderweg gemakkelijk verloren. Een wissel is bovendien vaak het gevolg van iets anders: een verhuis, een conflict, een tuchtmaatregel, een studiekeuze die niet paste of een moeilijke thuissituatie.',
      "Als voorspeller op zich is het signaal zwak. In de review van Bowers, Sprott en Taff haalde de indicator 'drie of meer schoolwissels' een precisie die nauwelijks boven het gemiddelde uitvalpercentage van de onderzochte groep lag. Schoolwissels zijn dus geen reden om een leerling als risicoleerling te bestempelen, wel een aanleiding om goed te kijken naar het verloop van de schoolloopbaan en naar andere signalen, zoals afwezigheden en resultaten.",
      'Wat een school wél in handen heeft, is hoe ze een nieuwe leerling ontvangt. Een beleid op leerlingenbegeleiding dat voorziet in een warme overdracht, ook wanneer een leerling buiten de vaste scharniermomenten instapt, en in een onthaal dat bewust verbinding zoekt, kan veel van de nadelen van een wissel opvangen.',
    ],
    insights: [
      {
        text: 'In een studie met 7% uitval verliet slechts 8% van de leerlingen met drie of meer schoolwissels later de school zonder diploma, en het signaal ving maar een kwart van alle uitvallers op. Op zich zegt het weinig; samen met andere signalen helpt het om een schoolloopbaan te duiden.',
        source: 'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Dalton, 2009)',
      },
      {
        text: 'Het preventieplan afwezigheden vraagt scholen na te gaan of er aandacht is voor een warme overdracht wanneer een leerling buiten de vaste scharniermomenten start, bijvoorbeeld na een tuchtprocedure of een verhuis, en hoe de school dan aan verbinding werkt.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden – fase 0, verbindend schoolklimaat',
      },
      {
        text: 'In het gesprek met de ouders van een afwezige leerling hoort ook de vraag hoe de schoolloopbaan verliep: waren er veel wissels van school of veel wisselende leerkrachten?',
        source: 'PLG Limburg, Dialoogdocument ouders',
      },
    ],
    links: [],
    status: 'gepubliceerd',
    counterparts: ['beleid-leerlingenbegeleiding'],
    targetGroups: ['secundair-onderwijs', 'jongeren-in-jeugdhulp'],
    lastReviewed: '2026-05-12',
    order: 2,
  },
  {
    slug: 'gedrag-houding-motivatie',
    title: 'Gedrag, houding en (de)motivatie',
    theme: 'risicofactoren',
    summary:
      'Schoolmoeheid, conflicten en tuchtmaatregelen als signalen dat de band tussen leerling en school verzwakt.',
    why: [
      'Afhaken is meer dan wegblijven. Lang voor een leerling de school verlaat, zijn er vaak signalen in de klas: weinig betrokkenheid, geen taken meer maken, conflicten met leerkrachten of medeleerlingen, tuchtmaatregelen. Ze wijzen erop dat de band tussen leerling en school verzwakt. Zulk gedrag staat zelden op zichzelf; het is vaak een reactie op schoolfalen, op een studierichting die niet past, op problemen thuis of op het gevoel er niet bij te horen.',
      'Internationale systemen voor vroegsignalering nemen gedrag daarom op naast aanwezigheid en resultaten. Het ABC-model van Johns Hopkins kijkt naar aanwezigheid (attendance), gedrag (behaviour) en resultaten (course performance); het EWIMS-systeem van het American Institutes for Research rekent een schorsing tot de signalen. Tegelijk geldt: een maatregel die een leerling uit de school haalt, vergroot de afstand nog.',
      'Motivatie is geen vaste eigenschap van een leerling maar groeit in relaties. Een gevoel van verbondenheid met leeftijdsgenoten, leerkrachten en de school gaat samen met meer motivatie en betrokkenheid. Daarom staat dit onderwerp op de overgang naar groen: vanuit het bindingsperspectief kan de school de relatie herstellen en versterken, en zo van een risico een beschermende factor maken.',
    ],
    insights: [
      {
        text: "Het signaal 'minstens één ABC-kenmerk' (aanwezigheid, gedrag of resultaten) in grade 6 ving 60% van de latere uitvallers op, maar herberekend voor een uitvalpercentage zoals in Vlaanderen verliet maar 17 à 20% van de gesignaleerde leerlingen later de school zonder diploma. Eén signaal is een reden om te kijken, geen voorspelling.",
        source:
          'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Balfanz, 2007; herberekening voor een basispercentage van 10-12%)',
      },
      {
        text: 'Leren is niet alleen een cognitief proces maar hangt sterk af van relaties en van het gevoel van veiligheid en betrokkenheid; verbondenheid met leeftijdsgenoten, leraren en school wordt geassocieerd met een hogere motivatie en betrokkenheid.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden – verbindend schoolklimaat',
      },
      {
        text: "In het lerend netwerk RiS+K in Leuven werken scholen, CLB's, NAFT-aanbieders en het LOP samen om schooluitval tegen te gaan door de band tussen leerling en school te herstellen en te versterken.",
        source: 'Steunpunt schooluitval Leuven – lerend netwerk RiS+K',
        url: 'https://www.leuvenvoorscholen.be/lerend-netwerk-risk-leuven',
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – verbindend schoolklimaat',
        url: `${STS_VB}/thema-s/verbindend-schoolklimaat`,
      },
      {
        label: 'Leuven voor scholen – lerend netwerk RiS+K',
        url: 'https://www.leuvenvoorscholen.be/lerend-netwerk-risk-leuven',
      },
    ],
    status: 'gepubliceerd',
    gradient: true,
    counterparts: ['bindingsperspectief'],
    targetGroups: ['secundair-onderwijs'],
    lastReviewed: '2026-05-12',
    order: 3,
  },
  {
    slug: 'leerachterstand',
    title: 'Leerachterstand',
    theme: 'risicofactoren',
    summary:
      'Zittenblijven, tekorten en dalende resultaten: een achterstand die zich opstapelt, voorspelt uitval.',
    why: [
      'Leerachterstand is een van de sterkste voorspellers van vroegtijdig schoolverlaten. Een leerling die de leerstof niet meer kan volgen, ervaart steeds minder succes, verliest het vertrouwen in eigen kunnen en ziet minder zin in school. Zittenblijven is daarbij een kantelpunt: het maakt de achterstand zichtbaar, maar lost haar zelden vanzelf op, en de leerling wordt ouder dan zijn klasgenoten.',
      'Vooral het verloop telt. In de review van Bowers, Sprott en Taff herkende het traject van de schoolresultaten over meerdere jaren 92% van de latere uitvallers vooraf, en ook zittenblijven en het on-track-signaal uit Chicago (heeft een leerling na het eerste jaar van de high school genoeg vakken behaald?) gaven een sterk signaal. Eén rapport zegt veel minder dan een lijn die over de jaren heen daalt.',
      'Leerachterstand staat bewust op de overgang naar groen. Een achterstand die vroeg opgemerkt en aangepakt wordt, met goed lesgeven, differentiatie en remediëring in een proactieve, brede basiszorg en zo nodig verhoogde zorg, hoeft geen uitval te worden. Waar dat niet volstaat, kan een individueel aangepast curriculum (fase 3 van het zorgcontinuüm) leren op maat mogelijk houden.',
    ],
    insights: [
      {
        text: 'Leerlingen die minstens één keer bleven zitten, waren goed voor 63% van de latere uitvallers; herberekend voor een uitvalpercentage van 10 à 12% verliet ongeveer een op drie zittenblijvers de school later zonder diploma.',
        source:
          'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Roderick, 1994; herberekening voor een basispercentage van 10-12%)',
      },
      {
        text: 'Het traject van de gemiddelde resultaten over de jaren heen herkende 92% van de latere uitvallers bij een specificiteit van 82%: een leerling volgen over de tijd voorspelt beter dan één momentopname.',
        source: 'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Bowers & Sprott, 2012)',
      },
      {
        text: 'Het on-track-signaal na het eerste jaar van de high school in Chicago herkende 75% van de latere uitvallers, terwijl 84% van de leerlingen die wel afstudeerden terecht niet gesignaleerd werd.',
        source:
          'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Allensworth & Easton, 2007)',
      },
    ],
    links: [
      {
        label: 'Vlaams Ministerie van Onderwijs en Vorming – Samen tegen schooluitval',
        url: 'https://www.onderwijs.vlaanderen.be/samen-tegen-schooluitval',
      },
    ],
    status: 'gepubliceerd',
    gradient: true,
    counterparts: ['proactieve-brede-basiszorg'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-04-20',
    order: 4,
  },
  {
    slug: 'taalachterstand-anderstalige-context',
    title: 'Taalachterstand binnen de anderstalige context',
    theme: 'risicofactoren',
    summary:
      'Een achterstand in het Nederlands bemoeilijkt het leren in elk vak; vroeg investeren in taal loont.',
    why: [
      'De onderwijstaal is de sleutel tot alle andere leerstof. Een leerling die het Nederlands onvoldoende beheerst, loopt niet alleen in de taalles achter, maar ook in wiskunde, wereldoriëntatie of de praktijkvakken. Die achterstand kan zich opstapelen tot leerachterstand, zittenblijven en een zwakker gevoel erbij te horen. De Vlaamse cijfers tonen een grote kloof: van de leerlingen met een andere thuistaal dan het Nederlands verliet 26,1% het secundair onderwijs zonder kwalificatie, tegenover 7,6% van de leerlingen met Nederlands als thuistaal.',
      "Belangrijk is wat die kloof wel en niet betekent. De thuistaal zelf is geen goede voorspeller voor een individuele leerling: in de review van Bowers, Sprott en Taff was 'niet-moedertaalspreker' als losse indicator een zwak signaal. Het risico zit in een taalachterstand die niet tijdig opgemerkt en aangepakt wordt, vaak samen met andere kansenbedreigende omstandigheden. Bij vroege detectie meet je daarom een taalachterstand (bijvoorbeeld het resultaat van een taalscreening), en nooit herkomst, nationaliteit of thuistaal.",
      'Omdat een taalachterstand met de juiste ondersteuning kan omslaan, staat dit onderwerp op de overgang naar groen. Vroeg beginnen loont: kleuterparticipatie en de taalscreening bij kleuters maken het mogelijk om al vóór het lager onderwijs gericht aan taal te werken (zie de doelgroep basisonderwijs). Voor nieuwkomers is de overstap van het onthaalonderwijs voor anderstalige nieuwkomers (OKAN) naar het reguliere onderwijs een kwetsbaar moment dat een warme overdracht vraagt.',
    ],
    insights: [
      {
        text: 'Leerlingen met een andere thuistaal dan het Nederlands verlaten het secundair onderwijs veel vaker zonder kwalificatie (26,1%) dan leerlingen met Nederlands als thuistaal (7,6%).',
        source: 'Vlaams Ministerie van Onderwijs en Vorming, Dataloep – ongekwalificeerde uitstroom',
      },
      {
        text: "Als losse indicator was 'niet-moedertaalspreker' zwak: het ving 21% van de latere uitvallers op, en slechts 10% van de gesignaleerde leerlingen viel uit, bij een gemiddeld uitvalpercentage van 7%.",
        source: 'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Dalton, 2009)',
      },
      {
        text: "Het Dropout Early Warning System in Wisconsin gebruikte onder meer afkomst en inkomen als input. Ongeveer drie op vier voorspellingen van 'hoog risico' bleken fout, en vaker voor leerlingen uit minderheidsgroepen.",
        source: 'The Markup (2023), onderzoek naar het Dropout Early Warning System (DEWS) in Wisconsin',
      },
      {
        text: 'Het netwerk Samen tegen Schooluitval Vlaams-Brabant wijdde in 2022 een inspiratiedag aan samen kansen geven aan (ex-)OKAN-leerlingen.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
        url: `${STS_VB}/thema-s/specifieke-doelgroepen/anderstaligheid-en-ex-okan/webinar-samen-kansen-geven-aan-ex-okan-leerlingen`,
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – samen kansen geven aan ex-OKAN-leerlingen',
        url: `${STS_VB}/thema-s/specifieke-doelgroepen/anderstaligheid-en-ex-okan/webinar-samen-kansen-geven-aan-ex-okan-leerlingen`,
      },
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – specifieke doelgroepen',
        url: `${STS_VB}/thema-s/specifieke-doelgroepen`,
      },
    ],
    status: 'gepubliceerd',
    gradient: true,
    counterparts: ['proactieve-brede-basiszorg'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-04-20',
    order: 5,
  },

  // ───────────────────────────── Beschermende factoren ─────────────────────────────
  {
    slug: 'bindingsperspectief',
    title: 'Bindingsperspectief',
    theme: 'beschermende-factoren',
    summary: 'Leren steunt op relaties: een verbindend schoolklimaat houdt leerlingen aan boord.',
    why: [
      'Het bindingsperspectief vertrekt van een eenvoudige vaststelling: leren is niet alleen een cognitief proces, maar hangt sterk af van relaties en van het gevoel van veiligheid en betrokkenheid dat een leerling op school ervaart. Schoolbinding verwijst naar de kwaliteit van de relatie tussen leerling, ouders en school. Leerlingen die zich verbonden voelen met hun klasgenoten, hun leerkrachten en de school zijn gemotiveerder en meer betrokken, en blijven makkelijker komen, ook wanneer het moeilijk gaat.',
      'Een verbindend schoolklimaat is daarom de eerste doelstelling van de brede basiszorg in het preventieplan afwezigheden. Concreet gaat het om werkwijzen zoals de proactieve cirkel, nieuwe autoriteit of geweldloos verzet, om activiteiten bij de start van het schooljaar en tijdens de pauzes, om regelmatige groeigesprekken met alle leerlingen, om leerlingen- en ouderparticipatie, om het systematisch opvolgen van welbevinden, en om een pestbeleid dat bij de eerste signalen in actie komt.',
      "De leerkracht is daarbij een belangrijke schakel. Kleine gebaren (interesse tonen, erkennen zonder te oordelen, contact houden tijdens een afwezigheid, een warm welkom bij de terugkeer) maken voor een leerling het verschil tussen 'ze zien mij' en 'niemand merkt dat ik er niet ben'. Tegelijk heeft ook de leerkracht steun en draagkracht nodig: binding is een opdracht van het hele schoolteam.",
    ],
    insights: [
      {
        text: 'Een gevoel van verbondenheid met leeftijdsgenoten, leraren en school wordt geassocieerd met een hogere motivatie en betrokkenheid; denken in termen van verbinding is denken in termen van relaties.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden – verbindend schoolklimaat',
      },
      {
        text: "De fiche 'Jij ziet mij', gebaseerd op ervaringen en tips van leerkrachten, toont hoe een warme relatie, erkenning, structuur en samenwerking met ouders preventief werken, en hoe contact houden en een warm onthaal helpen tijdens en na een afwezigheid.",
        source: "PLG Limburg, inspiratiedocument 'Leerkracht als schakel bij (voorkomen van) schooluitval' (bevraging bij 31 leerkrachten)",
      },
      {
        text: 'Een netwerk bouwen rond de leerkracht is even zinvol als een netwerk bouwen rond de leerling en het gezin; de school maakt deel uit van een collectieve verantwoordelijkheid en een cultuur van hoge verwachtingen.',
        source: "Meet & Greet Samen tegen Schooluitval (2 juni 2026), key takeaways bij de keynote 'De transformatieve school' van Iliass El Hadioui",
      },
      {
        text: 'Het netwerk Samen tegen Schooluitval Vlaams-Brabant wijdde in 2019 een actiedag aan verbindend schoolklimaat en deelt sindsdien geregeld inspirerende praktijken rond dit thema.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
        url: `${STS_VB}/thema-s/verbindend-schoolklimaat/actiedag-10-05-2019`,
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – verbindend schoolklimaat',
        url: `${STS_VB}/thema-s/verbindend-schoolklimaat`,
      },
      {
        label: 'Leuven voor scholen – lerend netwerk RiS+K',
        url: 'https://www.leuvenvoorscholen.be/lerend-netwerk-risk-leuven',
      },
    ],
    status: 'gepubliceerd',
    counterparts: ['gedrag-houding-motivatie', 'terugkeer-na-afwezigheid'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-06-15',
    order: 1,
  },
  {
    slug: 'proactieve-brede-basiszorg',
    title: 'Proactieve, brede basiszorg',
    theme: 'beschermende-factoren',
    summary:
      'Fase 0 van het zorgcontinuüm: wat de school voor alle leerlingen doet, beschermt ook wie kwetsbaar is.',
    why: [
      'Het zorgcontinuüm beschrijft hoe zorg op school stap voor stap intensiever wordt: brede basiszorg voor alle leerlingen (fase 0), verhoogde zorg door de school, waarbij het CLB kan ondersteunen (fase 1), uitbreiding van zorg, waarbij het CLB de leiding neemt en externe partners betrokken worden (fase 2), en een individueel aangepast curriculum (fase 3). Hoe sterker de basis, hoe minder leerlingen in de latere fases terechtkomen, en hoe vroeger de school opmerkt wie meer nodig heeft.',
      'Proactief betekent dat de school niet wacht tot problemen zich opstapelen. Voor schooluitval horen bij de brede basiszorg een verbindend schoolklimaat, een transparant inschrijvingsbeleid dat gelijke onderwijskansen verhoogt, een strikt registratiebeleid voor afwezigheden, duidelijke afspraken over wat er na de registratie gebeurt, aandacht voor kleuterparticipatie, een tucht- en pestbeleid en goede samenwerkingsafspraken met partners. Voor leerachterstand gaat het om goed lesgeven, differentiatie en het tijdig opmerken van wie de leerstof niet meer volgt.',
      "Brede basiszorg is ook het terrein waarop de school zelf het meeste in handen heeft. De provinciale lerende groepen (PLG's) ontwikkelden daarom instrumenten die juist op fase 0 en fase 1 inzoomen, zodat school en CLB samen kunnen bekijken wat al sterk is en waar groeikansen liggen.",
    ],
    insights: [
      {
        text: 'Het zorgcontinuüm telt vier fases: brede basiszorg, verhoogde zorg, uitbreiding van zorg en individueel aangepast curriculum. Doorverwijzing naar schoolexterne interventies zoals NAFT hoort pas vanaf fase 2, met het CLB als draaischijf.',
        source: 'VCLB-koepel, het zorgcontinuüm',
        url: 'https://www.vclb-koepel.be',
      },
      {
        text: 'Het preventieplan afwezigheden formuleert vijf doelstellingen voor de brede basiszorg: een verbindend schoolklimaat, een transparant inschrijvingsbeleid, een strikt registratiebeleid, een duidelijke opvolging na de registratie en goede samenwerkingsafspraken met partners; per doelstelling schaalt de school zichzelf in op tien.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden',
      },
      {
        text: "Het actieplan aanwezigheidsbeleid bundelt info, tips en tools over wat school en partners kunnen doen in fase 0 en 1, gebaseerd op bestaande spijbelactieplannen, onder meer dat van Gent.",
        source: 'PLG Oost-Vlaanderen, Actieplan aanwezigheidsbeleid',
      },
    ],
    links: [
      { label: 'VCLB-koepel', url: 'https://www.vclb-koepel.be' },
    ],
    status: 'gepubliceerd',
    counterparts: ['leerachterstand', 'taalachterstand-anderstalige-context'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-06-15',
    order: 2,
  },
  {
    slug: 'monitoring-data-analyse',
    title: 'Monitoring en data-analyse',
    theme: 'beschermende-factoren',
    summary:
      'Gegevens systematisch opvolgen en samen duiden, zodat signalen niet pas opvallen als het te laat is.',
    why: [
      'Scholen beschikken over veel gegevens: afwezigheidscodes, te laat komen, rapportcijfers, beslissingen van de klassenraad, tuchtmaatregelen, schoolwissels. Afzonderlijk zeggen die vaak weinig; samen en over de tijd bekeken tonen ze welke leerlingen dreigen af te haken, en welke klassen, richtingen of periodes in het schooljaar extra aandacht vragen. Onderzoek bevestigt dat het verloop over de tijd meer zegt dan één momentopname.',
      'Monitoring is een cyclus, geen eenmalige lijst. Het EWIMS-model van het American Institutes for Research beschrijft zeven stappen: rollen afspreken, een instrument kiezen, de gegevens bekijken, ze interpreteren, interventies toewijzen, opvolgen en evalueren. De gegevens worden een eerste keer bekeken na 20 à 30 schooldagen en daarna na elke rapportperiode. In een gerandomiseerde evaluatie in 73 scholen lag de chronische afwezigheid in de scholen met EWIMS op 10%, tegenover 14% in de vergelijkingsscholen.',
      'In Vlaanderen zijn er bronnen op verschillende niveaus, zoals Discimus voor de registratie en Datawijzer en Dataloep voor analyses. Belangrijk is wat je meet en hoe je het gebruikt: gegevens dienen om het gesprek over een leerling of over het beleid te openen, niet om leerlingen een etiket te geven. Herkomst, nationaliteit of thuistaal horen niet in een risicoscore, en cijfers die gedeeld worden, tonen geen kleine aantallen waarin individuele leerlingen herkenbaar zijn.',
    ],
    insights: [
      {
        text: 'Een vroegsignaleringssysteem werkt als cyclus in zeven stappen en wordt na 20 à 30 schooldagen en na elke rapportperiode opnieuw doorlopen; in een gerandomiseerde evaluatie in 73 scholen was chronische afwezigheid lager in de deelnemende scholen (10% tegenover 14%).',
        source: 'American Institutes for Research, Early Warning Intervention and Monitoring System (EWIMS)',
      },
      {
        text: 'Hoe meer signalen een lijst tegelijk vereist, hoe preciezer ze wordt, maar hoe meer latere uitvallers ze mist. Afkappunten zijn dus bewuste keuzes die je regelmatig evalueert.',
        source: 'Bowers, Sprott & Taff (2013), Do we know who will drop out?',
      },
      {
        text: "Een systeem dat afkomst en inkomen als input gebruikte, zat er in ongeveer drie op vier 'hoog risico'-voorspellingen naast, en vaker voor leerlingen uit minderheidsgroepen.",
        source: 'The Markup (2023), onderzoek naar het Dropout Early Warning System (DEWS) in Wisconsin',
      },
      {
        text: 'Bij het in kaart brengen van het aanwezigheidsbeleid hoort de vraag wat de data zeggen, bijvoorbeeld uit Discimus, Datawijzer of Dataloep, en hoe de school het effect van haar aanpak meet.',
        source: "PLG Limburg, dialoogfiche 'Aanwezig op school' – fase 1 breed kijken",
      },
    ],
    links: [
      { label: 'Vroegdetectie-tool: uw afwezigheidsdata met een detectielijst nakijken', url: '/vroegdetectie' },
      {
        label: 'Vlaams Ministerie van Onderwijs en Vorming – Samen tegen schooluitval',
        url: 'https://www.onderwijs.vlaanderen.be/samen-tegen-schooluitval',
      },
    ],
    status: 'gepubliceerd',
    counterparts: ['afwezigheden', 'afwezigheidscodes-en-registratie'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-07-01',
    order: 3,
  },
  {
    slug: 'vroege-detectie',
    title: 'Vroege detectie',
    theme: 'beschermende-factoren',
    summary:
      'Leerlingen met een verhoogd risico tijdig herkennen, met een detectielijst en een afgesproken vervolg.',
    why: [
      'Hoe vroeger een school opmerkt dat een leerling dreigt af te haken, hoe meer mogelijkheden er zijn om bij te sturen, en hoe lichter de nodige ondersteuning vaak kan blijven. Vroege detectie combineert daarvoor een beperkt aantal signalen die de school al kent, zoals afwezigheden en resultaten, tot een detectielijst met afkappunten. Daaraan worden afspraken gekoppeld over wie wat doet met de leerlingen die gesignaleerd worden: de leerling zelf, medeleerlingen, ouders, school, CLB en partners uit welzijn. De [vroegdetectie-tool](/vroegdetectie) van de toolbox legt zo’n lijst naast het eigen leerlingbestand van de school; de gegevens verlaten daarbij de computer niet.',
      'Het GO! CLB Vilvoorde koos ervoor om te starten in de derde graad van het basisonderwijs: daar kan nog proactief en preventief gewerkt worden, zijn school en ouders sterk betrokken en moet de studiekeuze voor het secundair nog gebeuren. Eerst werden de leerlingen met meer dan tien afwezigheidscodes geselecteerd; daarna werd gekeken wie bovendien op twee of meer risicofactoren van de detectielijst scoorde. In het eerste jaar ging het om 113 van de 1332 leerlingen (8,5%).',
      'Elke detectielijst maakt fouten, in twee richtingen: ze signaleert leerlingen die het ook zonder extra hulp gehaald zouden hebben, en ze mist leerlingen die toch afhaken. Een strengere lijst is preciezer maar vangt minder leerlingen op. Het afkappunt is dus een keuze die een team bewust maakt, evalueert en bijstuurt. En detectie heeft pas zin als er een aanbod volgt: een gesprek met de leerling en de ouders, verhoogde zorg op school en waar nodig een traject met partners.',
    ],
    insights: [
      {
        text: 'Van de 1332 leerlingen in de derde graad basisonderwijs hadden er 314 (23,6%) meer dan tien afwezigheidscodes; 113 van hen scoorden op twee of meer risicofactoren (8,5% van alle leerlingen, 36% van wie meer dan tien codes had). In het vijfde leerjaar ging het om 53 leerlingen (8,1%), in het zesde om 60 (8,9%).',
        source: 'GO! CLB Vilvoorde, workshop vroegdetectie',
      },
      {
        text: 'Zestien of meer afwezigheden in het eerste trimester van grade 9 was een heel precies signaal (97% van wie wel afstudeerde, had het niet), en ook bij een uitvalpercentage zoals in Vlaanderen verliet nog ruim zes op de tien gesignaleerde leerlingen de school zonder diploma.',
        source:
          'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Troob, 1985; herberekening voor een basispercentage van 10-12%)',
      },
      {
        text: 'Een aanwezigheid van 80% of minder in grade 6 was een specifiek signaal (94% van wie later afstudeerde, had het niet), maar ving slechts 23% van de latere uitvallers op: één signaal alleen mist veel leerlingen.',
        source: 'Bowers, Sprott & Taff (2013), Do we know who will drop out? (indicator van Balfanz, 2007)',
      },
    ],
    links: [
      {
        label: 'Vroegdetectie-tool: signalen uit uw eigen leerlingbestand, zonder dat gegevens uw computer verlaten',
        url: '/vroegdetectie',
      },
      {
        label: 'Vlaams Ministerie van Onderwijs en Vorming – Samen tegen schooluitval',
        url: 'https://www.onderwijs.vlaanderen.be/samen-tegen-schooluitval',
      },
    ],
    status: 'gepubliceerd',
    counterparts: ['afwezigheden'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-07-01',
    order: 4,
  },
  {
    slug: 'beleid-leerlingenbegeleiding',
    title: 'Beleid gericht op leerlingenbegeleiding',
    theme: 'beschermende-factoren',
    summary:
      'Een gedragen en zichtbaar beleid dat zegt wie wat doet, van registratie tot overdracht.',
    why: [
      'Een school met een helder beleid op leerlingenbegeleiding weet wie een signaal opmerkt, wie het opvolgt, wanneer het CLB betrokken wordt en hoe de leerling en zijn ouders daarbij een stem krijgen. Dat voorkomt dat leerlingen tussen de plooien vallen, zeker op momenten waarop veel verandert, zoals bij een instap in de loop van het schooljaar of na een schoolwissel. Leerlingenbegeleiding beslaat vier domeinen: de onderwijsloopbaan, leren en studeren, het psychisch en sociaal functioneren en preventieve gezondheidszorg. Schooluitval raakt aan alle vier.',
      'Een aanwezigheidsbeleid is daarvan een kernonderdeel. De PLG Limburg beschrijft de weg naar een warm en verbindend aanwezigheidsbeleid in vijf fases: breed kijken (het huidige beleid in kaart brengen vanuit ervaringen en data, met risico- en beschermende factoren als leidraad), focus bepalen, een plan opmaken, uitvoeren, en vieren, delen en verduurzamen. Het CLB is daarin ondersteuner en kritische vriend, geen trekker: het eigenaarschap ligt bij de school.',
      'Goed beleid is zichtbaar en gedragen. Afspraken die alleen op papier bestaan, werken niet. Het helpt om ze met een breed team op te stellen (directie, zorgteam, klastitularissen, secretariaat), ze te toetsen aan de signalen van leerlingen, ouders en inspectie, en regelmatig na te gaan of de aanpak ondersteunend genoeg is of vooral sanctioneert.',
    ],
    insights: [
      {
        text: 'Elke fase van het groeiproces naar een aanwezigheidsbeleid heeft dezelfde opbouw: een doel, richtvragen, de rol van het CLB en een resultaat. Leidende principes zijn breed kijken, doelgericht werken en proactief handelen.',
        source: "PLG Limburg, dialoogfiches 'Aanwezig op school' en 'Aanwezig in de klas'",
      },
      {
        text: 'Het dialoogdocument ondersteunt het gesprek tussen school en CLB over het aanwezigheidsbeleid met basisvragen en verdiepende vragen over registratie, data, beleid en samenwerking school-CLB.',
        source: 'PLG Brussel en Vlaams-Brabant, Dialoogdocument school en leidraad',
      },
      {
        text: 'De coördinatoren Samen tegen Schooluitval werken aan een Vlaamse leidraad problematische afwezigheden; in Vlaams-Brabant actualiseert een provinciale werkgroep met afgevaardigden van elk CLB het afsprakenkader rond afwezigheden.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – tools rond spijbelen en afwezigheden',
        url: `${STS_VB}/thema-s/spijbelen-en-afwezigheden/tools`,
      },
      { label: 'VCLB-koepel', url: 'https://www.vclb-koepel.be' },
    ],
    status: 'gepubliceerd',
    counterparts: ['frequente-schoolwissels', 'schoolweigering-en-psychische-kwetsbaarheid'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-06-22',
    order: 5,
  },

  // ───────────────────────────── Specifieke doelgroepen ─────────────────────────────
  {
    slug: 'basisonderwijs',
    title: 'Basisonderwijs',
    theme: 'specifieke-doelgroepen',
    summary: 'In het kleuter- en lager onderwijs liggen de grootste kansen om preventief te werken.',
    why: [
      'Vroegtijdig schoolverlaten wordt zichtbaar in het secundair onderwijs, maar begint vaak veel vroeger. Onregelmatige aanwezigheid bij kleuters, een taalachterstand die niet wordt weggewerkt, leerachterstand en zittenblijven in het lager onderwijs leggen de basis voor latere moeilijkheden. Tegelijk zijn ouders in het basisonderwijs doorgaans nauwer betrokken en zijn de lijnen tussen school, CLB en gezin korter. Dat maakt het basisonderwijs de plek bij uitstek om preventief en proactief te werken.',
      'Kleuterparticipatie verdient bijzondere aandacht. De leerplicht begint sinds september 2020 op vijf jaar; voor jongere kleuters registreert de school afwezigheid met code A. Wie als kleuter regelmatig naar school gaat, krijgt meer kansen om Nederlands te leren en de routines van school eigen te maken. De taalscreening bij kleuters helpt om een taalachterstand vroeg op te sporen, zodat gericht kan worden bijgestuurd voordat het lager onderwijs begint.',
      'In het lager onderwijs moet de school het CLB betrekken zodra een leerling vijf halve dagen problematisch afwezig is. De ervaring in Vilvoorde toont dat er in de derde graad al veel te zien is: bijna een op vier leerlingen had er meer dan tien afwezigheidscodes op één schooljaar. De overgang naar het secundair, met de studiekeuze die erbij hoort, is een scharniermoment waarop een warme overdracht het verschil maakt.',
    ],
    insights: [
      {
        text: 'In het vijfde leerjaar had 25,6% van de leerlingen meer dan tien afwezigheidscodes, in het zesde leerjaar 21,5%. Van die leerlingen scoorde 31,5% (vijfde) en 41,1% (zesde) op twee of meer risicofactoren van de detectielijst.',
        source: 'GO! CLB Vilvoorde, workshop vroegdetectie',
      },
      {
        text: 'Sinds het schooljaar 2016-2017 moet een school in het lager onderwijs het CLB betrekken en wordt een begeleidingsdossier opgestart zodra een leerling vijf halve dagen problematisch afwezig is (B-code).',
        source: 'Vlaamse overheid, aanpak en begeleiding bij afwezigheid van leerlingen',
      },
      {
        text: 'Op Vlaams niveau loopt een werkgroep rond preventief werken tegen schooluitval in het basisonderwijs; in Halle ondersteunt de stad samen met Don Bosco het basisonderwijs via de stuurgroep P.L.E.K.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – specifieke doelgroepen',
        url: `${STS_VB}/thema-s/specifieke-doelgroepen`,
      },
    ],
    status: 'gepubliceerd',
    lastReviewed: '2026-05-05',
    order: 1,
  },
  {
    slug: 'secundair-onderwijs',
    title: 'Secundair onderwijs',
    theme: 'specifieke-doelgroepen',
    summary:
      'In het secundair wordt uitval een feit, met grote verschillen tussen onderwijsvormen.',
    why: [
      'Het secundair onderwijs is het moment waarop ongekwalificeerde uitstroom een feit wordt. Volgens de Vlaamse administratieve cijfers (Dataloep) verliet 12,1% van de uitstromers in 2018-2019 het secundair onderwijs zonder kwalificatie, 9,4% in 2019-2020 en 12,0% in 2020-2021. De verschillen tussen onderwijsvormen zijn groot: in het deeltijds beroepssecundair onderwijs ging het om 57,1%, in het beroepssecundair onderwijs om 19,3% en in het algemeen secundair onderwijs om 2,8%. Jongeren in opleidingen met arbeidsmarktfinaliteit vragen daarom bijzondere aandacht.',
      "Amerikaans onderzoek toont dat het eerste jaar van de high school (grade 9, ongeveer het derde jaar secundair in Vlaanderen) een kantelperiode is: resultaten en aanwezigheid in dat jaar voorspellen sterk wie later afstudeert. Wie opvolgt welke leerlingen in zo'n overgangsjaar beginnen af te haken, kan nog bijsturen, bijvoorbeeld met extra ondersteuning of een heroriëntering.",
      'Als de ondersteuning op school niet volstaat, kan het CLB vanaf fase 2 van het zorgcontinuüm doorverwijzen naar schoolexterne interventies, zoals een NAFT-traject. Voor problematische afwezigheden in het secundair noemen CLB-websites tien halve dagen B-codes als moment om het CLB te betrekken; een officiële omzendbrief die dat vastlegt, vonden we niet terug. Check daarom de afspraken met je eigen CLB.',
    ],
    insights: [
      {
        text: 'De ongekwalificeerde uitstroom verschilt sterk per onderwijsvorm: 57,1% in het deeltijds beroepssecundair onderwijs, 19,3% in het beroepssecundair en 2,8% in het algemeen secundair onderwijs.',
        source: 'Vlaams Ministerie van Onderwijs en Vorming, Dataloep – ongekwalificeerde uitstroom',
      },
      {
        text: 'Het on-track-signaal na het eerste jaar van de high school (genoeg vakken behaald) herkende 75% van de latere uitvallers; ook het aantal afwezigheden in dat jaar hangt sterk samen met tijdig afstuderen.',
        source:
          'Allensworth & Easton (2007), What matters for staying on-track and graduating in Chicago Public High Schools; via Bowers, Sprott & Taff (2013)',
      },
      {
        text: 'NAFT-trajecten (naadloze flexibele trajecten) richten zich op leerlingen, klassen, leerkrachten en scholen in het secundair onderwijs, preventief of curatief; ze starten met een aanmelding door het CLB en sluiten af met een rondetafel.',
        source: 'Vlaams Ministerie van Onderwijs en Vorming, naadloze flexibele trajecten (NAFT)',
      },
    ],
    links: [
      {
        label: 'Vlaams Ministerie van Onderwijs en Vorming – Samen tegen schooluitval',
        url: 'https://www.onderwijs.vlaanderen.be/samen-tegen-schooluitval',
      },
      { label: 'Meldpunt SI – schoolexterne interventies in Vlaams-Brabant', url: 'https://www.meldpuntsi.be' },
    ],
    status: 'gepubliceerd',
    lastReviewed: '2026-05-05',
    order: 2,
  },
  {
    slug: 'buitengewoon-onderwijs',
    title: 'Buitengewoon onderwijs',
    theme: 'specifieke-doelgroepen',
    summary:
      'Leerlingen in het buitengewoon onderwijs en hun overgang naar werk, dagbesteding of vervolgonderwijs.',
    why: [
      'Ook in het buitengewoon onderwijs verlaten jongeren de school zonder kwalificatie of zonder duidelijk vervolgtraject. Leerlingen hebben er vaak meerdere kwetsbaarheden tegelijk, en de overgang van het buitengewoon secundair onderwijs (BuSO) naar werk, dagbesteding of een voorziening vraagt een nauwe samenwerking tussen school, CLB, welzijn en werk. Voor afwezigheid door revalidatie tijdens de lesuren bestaat in het buitengewoon onderwijs een aparte code (H), zodat die afwezigheden apart opgevolgd kunnen worden.',
      'Dit onderwerp is nog in ontwikkeling. Inzichten, materialen en goede praktijken rond schooluitval in het buitengewoon onderwijs zijn welkom.',
    ],
    insights: [
      {
        text: 'In de regio Vlaams-Brabant Oost liep een tijdelijke werkgroep rond de samenwerking tussen BuSO-scholen, voorzieningen en dagbesteding.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
      },
      {
        text: 'Code H (revalidatie tijdens de lesuren) bestaat enkel in het buitengewoon onderwijs.',
        source: 'AGODI – registratie afwezigheden in Discimus, codes geldig vanaf 1 september 2019',
      },
    ],
    links: [],
    status: 'in-ontwikkeling',
    lastReviewed: '2026-03-18',
    order: 3,
  },
  {
    slug: 'inclusie',
    title: 'Inclusie',
    theme: 'specifieke-doelgroepen',
    summary: 'Leerlingen met specifieke onderwijsbehoeften die in het gewoon onderwijs les volgen.',
    why: [
      'Inclusief onderwijs vraagt dat het gewoon onderwijs de nodige aanpassingen doet, zodat leerlingen met specifieke onderwijsbehoeften kunnen blijven deelnemen. Lukt dat niet, dan dreigen leerlingen vast te lopen, thuis te blijven of van school naar school te gaan. Een sterke brede basiszorg en een doordacht zorgcontinuüm, met een individueel aangepast curriculum in fase 3 waar dat nodig is, zijn daarbij belangrijke hefbomen.',
      'Dit onderwerp is nog in ontwikkeling. We verzamelen onderzoeksinzichten, materialen en goede praktijken rond inclusie en schooluitval; wie er heeft, kan ze via de toolbox bezorgen.',
    ],
    insights: [
      {
        text: 'De toolbox rekent leerlingen in het kader van inclusie tot de doelgroepen die extra ondersteuning en zorg vragen.',
        source: 'Samen tegen Schooluitval, Gebruikersgids Toolbox Schooluitval',
      },
      {
        text: 'Fase 3 van het zorgcontinuüm is een individueel aangepast curriculum, voor leerlingen voor wie het gemeenschappelijk curriculum ook met aanpassingen niet haalbaar is.',
        source: 'VCLB-koepel, het zorgcontinuüm',
        url: 'https://www.vclb-koepel.be',
      },
    ],
    links: [],
    status: 'in-ontwikkeling',
    lastReviewed: '2026-03-18',
    order: 4,
  },
  {
    slug: 'schoolloze-jongeren',
    title: 'Schoolloze jongeren',
    theme: 'specifieke-doelgroepen',
    summary: 'Leerplichtige jongeren die niet (meer) ingeschreven zijn of al lang niet meer naar school gaan.',
    why: [
      'Sommige jongeren vallen helemaal uit beeld: ze werden uitgeschreven na een tuchtmaatregel, wachten op een nieuwe school, zitten thuis na een lange periode van schoolweigering of zijn al lang niet meer op school geweest. Voor hen staat het leerrecht rechtstreeks op het spel, en hoe langer een jongere zonder school zit, hoe moeilijker de weg terug wordt.',
      'De aanpak vraagt samenwerking over sectoren heen: onderwijs, CLB, jeugdhulp, lokale besturen en partners uit werk en opleiding. In Vlaams-Brabant brengt de Werkgroep Recht op Leren aanbieders van schoolexterne interventies en aanmelders samen, en biedt het Meldpunt SI een overzicht van het aanbod en een aanspreekpunt voor consult. Dit onderwerp wordt verder uitgewerkt.',
    ],
    insights: [
      {
        text: 'De Werkgroep Recht op Leren brengt aanbieders van schoolexterne interventies in Vlaams-Brabant en aanmelders samen om de toeleiding naar het Meldpunt te bekijken en de samenwerking te versterken; ook andere geïnteresseerden die mee willen denken over het recht op leren zijn welkom.',
        source: 'Meldpunt SI, over het meldpunt en de Werkgroep Recht op Leren',
        url: 'https://www.meldpuntsi.be/over-het-meldpunt-en-werkgroep-recht-op-leren',
      },
      {
        text: 'Het Meldpunt SI biedt een website met alle aanbieders van schoolexterne interventies in Vlaams-Brabant, een medewerker voor consult en een jaarlijks infomoment.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
        url: 'https://www.meldpuntsi.be',
      },
    ],
    links: [
      { label: 'Meldpunt SI', url: 'https://www.meldpuntsi.be' },
      {
        label: 'Samen Onderwijs Maken – labo: zerotolerantie tegen schooluitval',
        url: 'https://www.samenonderwijsmaken.be/labo/hoe-kunnen-we-zerotolerantie-tegen-schooluitval-waarmaken',
      },
    ],
    status: 'in-ontwikkeling',
    lastReviewed: '2026-03-18',
    order: 5,
  },
  {
    slug: 'jongeren-in-jeugdhulp',
    title: 'Jongeren in jeugdhulp',
    theme: 'specifieke-doelgroepen',
    summary:
      'Kinderen en jongeren in de jeugdhulp of in een voorziening: het leerrecht bewaken bij elke overgang.',
    why: [
      'Voor kinderen en jongeren in de jeugdhulp, en zeker voor wie in een residentiële voorziening verblijft, wordt de schoolloopbaan makkelijk onderbroken. Een opname, een verhuis naar een andere voorziening of een crisis gaat vaak gepaard met een schoolwissel of een periode zonder school. Afwezigheid door een jeugdhulpmaatregel geldt als afwezigheid van rechtswege (code R), maar ook gewettigde afwezigheden betekenen gemiste lessen en een zwakkere band met de school.',
      "Omdat verschillende sectoren betrokken zijn, dreigt het onderwijsluik onder te sneeuwen onder andere zorgen. Daarom is het belangrijk dat voorzieningen, scholen en CLB's elkaar kennen en afspreken wie het leerrecht van de jongere bewaakt. In Vlaams-Brabant werken het netwerk Samen tegen Schooluitval (onderwijs) en de Lerende Netwerken Jeugdhulp-Onderwijs (welzijn) daarvoor samen.",
    ],
    insights: [
      {
        text: 'Residentiële voorzieningen in de regio Leuven (VAPH en Opgroeien) richtten een Themagroep schooluitval op om het leerrecht van jongeren in voorzieningen te bewaken: ze wisselen ervaringen uit, betrekken onderwijspartners (LOP, CLB en scholen) en signaleren noden.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
      },
      {
        text: 'De Lerende Netwerken Onderwijs-Welzijn brengen onderwijs en jeugdhulp samen om onderwijskansen te vergroten en het leerrecht te garanderen.',
        source: 'Expoo, lerende netwerken onderwijs-welzijn',
        url: 'https://www.expoo.be/themas/leerrecht-garanderen/onderwijskansen-vergroten-door-samenwerking/lerende-netwerken-onderwijs-welzijn',
      },
      {
        text: 'In Vlaams-Brabant loopt een project met onderwijsambassadeurs vanuit voorzieningen.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
      },
    ],
    links: [
      {
        label: 'Expoo – lerende netwerken onderwijs-welzijn',
        url: 'https://www.expoo.be/themas/leerrecht-garanderen/onderwijskansen-vergroten-door-samenwerking/lerende-netwerken-onderwijs-welzijn',
      },
    ],
    status: 'gepubliceerd',
    lastReviewed: '2026-04-08',
    order: 6,
  },

  // ───────────────────────────── Interactie tussen leerling en context ─────────────────────────────
  {
    slug: 'functioneren-leerling',
    title: 'Functioneren van de leerling',
    theme: 'interactie-leerling-context',
    summary:
      'Wat de leerling zelf meebrengt: welbevinden, gezondheid, leefgewoonten, competenties en motivatie.',
    why: [
      "In het Prodia-model is het functioneren van de leerling een van de drie bouwstenen, naast de schoolcontext en de thuis- en leefomgeving. Het gaat breder dan leerprestaties: lichamelijke en psychische gezondheid, emoties en stress, sociale vaardigheden, leerstrategieën, interesses en motivatie. Het model volgt het biopsychosociale denken van de ICF-CY en vormt de basis van het diagnostisch werken van de CLB's.",
      "Bij schooluitval is het belangrijk niet bij het gedrag te blijven staan, maar te zoeken naar wat erachter zit. Wat brengt de leerling stress, wat geeft energie, wat zit er in zijn rugzak? Spelen medische factoren mee? Hoe zien slaap, voeding en gsm-gebruik eruit? Het dialoogdocument voor ouders van de PLG Limburg gebruikt daarvoor het beeld van het 'window of tolerance': het raam waarbinnen een leerling spanning aankan. Sommige factoren maken dat raam groter, andere maken het kleiner.",
      'Het functioneren van een leerling staat nooit los van de context. Een leerling die op school dichtklapt, kan in een sportclub of jeugdbeweging openbloeien. Het GO! CLB Vilvoorde stelt in zijn aanpak het sociaal-emotioneel welbevinden voorop: leerprestaties worden pas echt betekenisvol als een leerling succeservaringen kan opdoen binnen zijn opleidingskeuze.',
    ],
    insights: [
      {
        text: "Het Prodia-model beschrijft drie bouwstenen die elkaar voortdurend beïnvloeden: het functioneren van de leerling, de schoolcontext en de thuis- en leefcontext; het diagnostisch traject van de CLB's (intake, strategie, onderzoek) is erop gebouwd.",
        source: "Prodia – het model voor diagnostiek in de CLB's",
        url: 'https://www.prodiagnostiek.be',
      },
      {
        text: 'Het gesprek met ouders over een afwezige leerling kijkt naar vijf domeinen (thuis, school, sociaal, individu en cultuur) en zoekt per domein wat het raam van tolerantie groter of kleiner maakt.',
        source: 'PLG Limburg, Dialoogdocument ouders (gebaseerd op Window of Tolerance en het Prodia-model)',
      },
      {
        text: 'Leerprestaties worden pas echt betekenisvol als elke leerling succeservaringen kan opdoen binnen zijn opleidingskeuze en voorbereid wordt op een vervolgtraject met perspectief, op de arbeidsmarkt of in vervolgonderwijs.',
        source: 'GO! CLB Vilvoorde, workshop vroegdetectie – visie',
      },
    ],
    links: [{ label: "Prodia – diagnostiek in de CLB's", url: 'https://www.prodiagnostiek.be' }],
    status: 'gepubliceerd',
    lastReviewed: '2026-08-25',
    order: 1,
  },
  {
    slug: 'thuis-leefomgeving',
    title: 'Thuis- en leefomgeving',
    theme: 'interactie-leerling-context',
    summary:
      'Gezin, vrienden, vrije tijd en cultuur: wat de leerling buiten de school draagt of belast.',
    why: [
      'Wat er thuis en in de ruimere leefomgeving gebeurt, werkt door op school. Praktische problemen (vervoer, geld), spanningen in het gezin, de zorg voor broers of zussen, ouders die een afwezigheid mee goedpraten: het kan allemaal bijdragen aan afhaken. Omgekeerd zijn ouders die betrokken zijn bij de schoolloopbaan, een vriendengroep en een plek in een jeugdbeweging of sportclub belangrijke beschermende factoren.',
      'Het dialoogdocument voor ouders van de PLG Limburg helpt om in een gesprek met de ouders van een afwezige leerling breed te kijken naar vijf domeinen: thuis, school, sociaal, individu en cultuur. Bij cultuur gaat het om vragen als: hoe kijkt de familie naar onderwijs en naar hulp van buitenaf, en hoe denkt men over thuisblijven? Zulke vragen stel je vanuit nieuwsgierigheid, niet om te oordelen.',
      'Een school die vroeg en respectvol contact zoekt met ouders, bouwt een partnerschap op dat helpt wanneer het moeilijk wordt. Kenmerken van het gezin zoals afkomst of thuistaal zijn daarbij nooit een grond om een leerling als risicoleerling te bestempelen; wat telt, is wat de leerling en het gezin nodig hebben.',
    ],
    insights: [
      {
        text: 'In het gesprek met ouders komen onder meer praktische problemen, de relatie tussen ouders en kind, de betrokkenheid van ouders op de schoolloopbaan en de vraag of ouders de afwezigheid legitimeren aan bod.',
        source: 'PLG Limburg, Dialoogdocument ouders',
      },
      {
        text: 'Preventief werken rond schooluitval vertrekt vanuit een partnerschap: de binding met de school, de betrokkenheid van de ouders en de motivatie van de leerling.',
        source: 'GO! CLB Vilvoorde, workshop vroegdetectie',
      },
      {
        text: 'Een briefje van de ouders kan een afwezigheid wegens ziekte wettigen voor hoogstens drie opeenvolgende dagen en hoogstens vier keer per schooljaar; daarna is een medisch attest nodig.',
        source: 'AGODI – registratie afwezigheden in Discimus, codes geldig vanaf 1 september 2019',
      },
    ],
    links: [{ label: "Prodia – diagnostiek in de CLB's", url: 'https://www.prodiagnostiek.be' }],
    status: 'gepubliceerd',
    targetGroups: ['basisonderwijs'],
    lastReviewed: '2026-08-25',
    order: 2,
  },
  {
    slug: 'schoolcontext',
    title: 'Schoolcontext',
    theme: 'interactie-leerling-context',
    summary:
      'Hoe de school zich organiseert, lesgeeft en relaties vormgeeft, bepaalt mee wie blijft.',
    why: [
      'Schooluitval is niet alleen een kwestie van leerlingkenmerken. Ook wat de school doet, speelt mee: het klimaat en de relaties, de manier van lesgeven en evalueren, het inschrijvings-, tucht- en pestbeleid, de manier waarop afwezigheden worden opgevolgd en hoe leerlingen en ouders betrokken worden. Dat is goed nieuws, want op die factoren kan de school zelf inwerken.',
      'In het gesprek met leerling en ouders horen daarom ook vragen over de school zelf: hoe voelt de leerling zich op school, met welke leerkrachten heeft hij een goede of een moeizame band, welke vakken lopen minder goed, zijn er vaste dagen waarop hij afwezig is? Het antwoord wijst vaak naar iets wat de school kan veranderen.',
      'De leerkracht is de schakel die de leerling het vaakst ziet. In de keynote over de transformatieve school op de Meet & Greet van 2 juni 2026 klonk dat een netwerk rond de leerkracht even zinvol is als een netwerk rond de leerling en het gezin, en dat de school deel uitmaakt van een collectieve verantwoordelijkheid, een collectief gezag en een cultuur van hoge verwachtingen, waarin de leerling een stem krijgt.',
    ],
    insights: [
      {
        text: 'Geef een stem aan de leerling; school en CLB maken mee deel uit van de collectieve verantwoordelijkheid, het collectief gezag en de cultuur van hoge verwachtingen.',
        source: "Meet & Greet Samen tegen Schooluitval (2 juni 2026), key takeaways bij de keynote 'De transformatieve school' van Iliass El Hadioui",
      },
      {
        text: 'Vragen over de school in een gesprek over afwezigheid: hoe voelt de leerling zich op school, hoe is het contact met de verschillende leerkrachten, welke vakken lopen (minder) goed en hoe kijkt de leerling naar school?',
        source: 'PLG Limburg, Dialoogdocument ouders',
      },
      {
        text: 'Het preventieplan afwezigheden rekent een transparant inschrijvingsbeleid dat gelijke onderwijskansen verhoogt tot de brede basiszorg, naast een verbindend schoolklimaat en een duidelijk registratie- en opvolgingsbeleid.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden',
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – verbindend schoolklimaat',
        url: `${STS_VB}/thema-s/verbindend-schoolklimaat`,
      },
      { label: "Prodia – diagnostiek in de CLB's", url: 'https://www.prodiagnostiek.be' },
    ],
    status: 'gepubliceerd',
    lastReviewed: '2026-08-25',
    order: 3,
  },

  // ───────────────────────────── Netwerkgericht werken ─────────────────────────────
  {
    slug: 'partners',
    title: 'Partners',
    theme: 'netwerkgericht-werken',
    summary: 'Wie kan samen met school en CLB werken aan het voorkomen van schooluitval?',
    why: [
      'Schooluitval heeft zelden één oorzaak, en de oplossing ligt zelden bij één organisatie. Naast de school en het CLB spelen onder meer jeugdhulp, welzijnsorganisaties, geestelijke gezondheidszorg, lokale besturen, lokale overlegplatforms (LOP), aanbieders van schoolexterne interventies zoals NAFT en partners uit werk en opleiding zoals de VDAB een rol. Wie weet wie er in de regio actief is, kan sneller de juiste partner betrekken.',
      "Vlaams-Brabant toont hoe dat er in de praktijk uitziet. Het Netwerk Samen tegen Schooluitval (onderwijs) werkt er samen met de Lerende Netwerken Jeugdhulp-Onderwijs (welzijn). In de stuurgroep zitten vertegenwoordigers van de CLB's, Alba vzw, de Provincie Vlaams-Brabant, NAFT, Yuneco en de VDAB. Lokaal werken steden en gemeenten samen met organisaties als Arktos, Groep INTRO, Don Bosco en het JAC, in steunpunten en lerende netwerken in onder meer Halle, Leuven, Vilvoorde, Asse-Merchtem-Opwijk en Diest.",
      'In de [partnerlijst](/partners) van de toolbox vind je organisaties per regio, met hun aanbod. Ken je een partner die ontbreekt? [Laat het ons weten](/bijdragen).',
    ],
    insights: [
      {
        text: 'De stuurgroep die het provinciale actieplan rond schooluitval vormgeeft, brengt CLB, Alba vzw, de Provincie Vlaams-Brabant, NAFT, Yuneco en VDAB samen.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, stuurgroep',
        url: `${STS_VB}/wie-zijn-we/stuurgroep`,
      },
      {
        text: "Het Steunpunt schooluitval van de stad Leuven organiseert RiS+K, een lerend netwerk waarin scholen, CLB's, NAFT-aanbieders en het LOP samenzitten om de band tussen leerling en school te herstellen en te versterken.",
        source: 'Steunpunt schooluitval Leuven – lerend netwerk RiS+K',
        url: 'https://www.leuvenvoorscholen.be/lerend-netwerk-risk-leuven',
      },
      {
        text: 'Het Provinciaal Platform Samen tegen Schooluitval brengt één keer per jaar betrokkenen uit verschillende sectoren samen om te netwerken en goede praktijken van anderen te horen; in 2023 stonden goede praktijken van netwerken centraal.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, Provinciaal Platform 10 maart 2023',
        url: `${STS_VB}/wie-zijn-we/provinciaal-platform/provinciaal-platform-10-03-2023`,
      },
    ],
    links: [
      { label: 'Partnerlijst: organisaties per regio, met hun aanbod', url: '/partners' },
      { label: 'Goede praktijken van scholen, CLB’s en partners', url: '/goede-praktijken' },
      { label: 'Samen tegen Schooluitval Vlaams-Brabant', url: STS_VB },
      { label: 'Meldpunt SI – schoolexterne interventies in Vlaams-Brabant', url: 'https://www.meldpuntsi.be' },
      {
        label: 'Expoo – lerende netwerken onderwijs-welzijn',
        url: 'https://www.expoo.be/themas/leerrecht-garanderen/onderwijskansen-vergroten-door-samenwerking/lerende-netwerken-onderwijs-welzijn',
      },
    ],
    status: 'gepubliceerd',
    lastReviewed: '2026-09-10',
    order: 1,
  },
  {
    slug: 'schoolexterne-interventies-naft',
    title: 'Schoolexterne interventies en NAFT',
    theme: 'netwerkgericht-werken',
    parent: 'partners',
    summary: 'NAFT-trajecten en andere schoolexterne interventies: wanneer, voor wie en via wie?',
    why: [
      'Soms volstaat de ondersteuning binnen de school niet, en helpt een tijdelijk traject buiten de klas om een leerling opnieuw te laten aanhaken. NAFT (naadloze flexibele trajecten) is daarvoor het Vlaamse kader. De trajecten zijn bedoeld voor leerlingen, klassen, leerkrachten en scholen in het secundair onderwijs, kunnen preventief of curatief zijn en volgen de vroegere time-outprojecten op. De aanbieders worden erkend door het agentschap Opgroeien.',
      'Een NAFT-traject start met een aanmelding door het CLB en sluit af met een rondetafel waarop school, leerling, ouders en begeleiders samen bekijken hoe het verder gaat. Doorverwijzing naar een schoolexterne interventie hoort in fase 2 van het zorgcontinuüm. Het CLB is dan de draaischijf: het weegt af of een extern traject het beste is, coördineert samen met de school het onderwijstraject en houdt de verbinding tussen school, leerling, ouders en hulpverlening. Afwezigheid tijdens een time-out of NAFT-traject registreert de school met code P.',
      'In Vlaams-Brabant biedt het Meldpunt SI een overzicht van alle aanbieders van schoolexterne interventies, een medewerker voor consult en een jaarlijks infomoment. Op Vlaams niveau werkten de coördinatoren Samen tegen Schooluitval aan een gezamenlijk aanmeldingsformulier voor schoolexterne interventies.',
    ],
    insights: [
      {
        text: 'NAFT-trajecten zijn preventief of curatief, starten met een aanmelding door het CLB, sluiten af met een rondetafel en worden aangeboden door organisaties die erkend zijn door Opgroeien.',
        source: 'Vlaams Ministerie van Onderwijs en Vorming, naadloze flexibele trajecten (NAFT)',
      },
      {
        text: 'In de draaischijffunctie toetst het CLB af of een alternatief traject het beste is, verwijst door in overleg met leerling, ouders en school, zoekt een passend schoolextern aanbod en coördineert de samenwerking.',
        source: 'PLG West-Vlaanderen, fiches psychisch kwetsbare jongeren – alternatieve trajecten (fase 2)',
      },
      {
        text: 'Het Meldpunt SI geeft een overzicht van alle aanbieders van schoolexterne interventies in Vlaams-Brabant; de aanmelding gebeurt via het CLB.',
        source: 'Meldpunt SI',
        url: 'https://www.meldpuntsi.be',
      },
    ],
    links: [
      { label: 'NAFT-aanbieders in de partnerlijst', url: '/partners?soort=naft-aanbieder' },
      { label: 'Meldpunt SI', url: 'https://www.meldpuntsi.be' },
      {
        label: 'Meldpunt SI – over het meldpunt en de Werkgroep Recht op Leren',
        url: 'https://www.meldpuntsi.be/over-het-meldpunt-en-werkgroep-recht-op-leren',
      },
    ],
    status: 'gepubliceerd',
    targetGroups: ['secundair-onderwijs'],
    lastReviewed: '2026-09-10',
    order: 1,
  },
  {
    slug: 'basisprincipes-netwerkgericht-werken',
    title: 'Basisprincipes van netwerkgericht werken',
    theme: 'netwerkgericht-werken',
    summary:
      'Heldere rollen, gelijkwaardig partnerschap en een gedeelde verantwoordelijkheid voor het leerrecht.',
    why: [
      'Samenwerken met veel partners levert pas iets op als de rollen duidelijk zijn. Wie is het aanspreekpunt voor de leerling en de ouders? Wie coördineert wanneer er externe hulp bijkomt? Wie bewaakt dat het onderwijsluik niet uit het oog verloren wordt? In het zorgcontinuüm ligt het initiatief in fase 0 en 1 bij de school; vanaf fase 2 neemt het CLB de regie als draaischijf tussen school, leerling, ouders en externe partners.',
      'Enkele principes komen in de praktijk steeds terug. Werk vanuit een gelijkwaardig partnerschap, waarin het CLB ondersteunt en meedenkt zonder het eigenaarschap van de school over te nemen. Geef de leerling en de ouders een stem. Maak vaste samenwerkingsafspraken in plaats van bij elke leerling opnieuw te improviseren. En geef signalen die het niveau van één school overstijgen door aan lokale, provinciale en Vlaamse overlegorganen. Een netwerk rond de leerkracht bouwen is daarbij even zinvol als een netwerk rond de leerling en het gezin.',
      "Netwerken op verschillende niveaus versterken elkaar. De provinciale coördinatoren Samen tegen Schooluitval komen ongeveer om de zes weken samen met hun collega's uit de andere provincies en Brussel, het agentschap Opgroeien en het departement Onderwijs en Vorming. Zo gaan signalen uit het werkveld naar het beleid, en komen gezamenlijke acties, zoals een leidraad problematische afwezigheden en een gezamenlijk aanmeldingsformulier voor schoolexterne interventies, terug naar het veld.",
    ],
    insights: [
      {
        text: 'Het CLB werkt constructief samen met de school vanuit een gelijkwaardig partnerschap: het luistert en erkent, creëert bewustwording en stimuleert een positieve vraagstelling, als richtinggevende stem maar niet als trekker.',
        source: "PLG Limburg, dialoogfiche 'Aanwezig op school'",
      },
      {
        text: 'Signalen uit de provincies worden doorgegeven aan het departement Onderwijs en Vorming en het agentschap Opgroeien; gezamenlijke actiepunten zijn onder meer een leidraad problematische afwezigheden en een gezamenlijk aanmeldingsformulier voor schoolexterne interventies.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan – wisselwerking lokaal-Vlaams',
      },
      {
        text: "Een netwerk bouwen rond de leerkracht is even zinvol als een netwerk bouwen rond de leerling en het gezin; via consultatief werken brengt het CLB gedachtegoed binnen en wordt het mee deel van de 'village' rond de leerling.",
        source: "Meet & Greet Samen tegen Schooluitval (2 juni 2026), key takeaways bij de keynote 'De transformatieve school' van Iliass El Hadioui",
      },
    ],
    links: [
      {
        label: 'Vlaams Ministerie van Onderwijs en Vorming – Samen tegen schooluitval',
        url: 'https://www.onderwijs.vlaanderen.be/samen-tegen-schooluitval',
      },
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – Provinciaal Platform 2023',
        url: `${STS_VB}/wie-zijn-we/provinciaal-platform/provinciaal-platform-10-03-2023`,
      },
    ],
    status: 'gepubliceerd',
    lastReviewed: '2026-09-10',
    order: 2,
  },

  // ───────────────────────────── Warme overdracht ─────────────────────────────
  {
    slug: 'scharniermomenten',
    title: 'Scharniermomenten',
    theme: 'warme-overdracht',
    summary:
      'Overgangen in de schoolloopbaan, waar informatie en betrokkenheid het makkelijkst verloren gaan.',
    why: [
      'Een overgang is altijd een breuk: een nieuwe school, nieuwe leerkrachten, nieuwe verwachtingen en vaak een nieuwe vriendengroep. Voor de meeste leerlingen verloopt dat vlot, maar voor wie al kwetsbaar is, kan een overgang het moment zijn waarop het misloopt. Bekende scharniermomenten zijn de instap in het kleuteronderwijs, de overgang naar het lager onderwijs, de stap naar het secundair, de overgang tussen graden of studierichtingen en de overstap van school naar werk of vervolgonderwijs.',
      'Een warme overdracht zorgt ervoor dat de nieuwe school niet van nul moet beginnen en dat wat goed werkte, behouden blijft. Dat vraagt persoonlijk contact tussen de betrokkenen, informatie die zorgvuldig en met respect voor de privacy wordt doorgegeven, en een leerling en ouders die weten wat er gedeeld wordt en waarom. Ook een doordachte studiekeuze, die vertrekt van interesses en talenten, beschermt tegen latere uitval.',
      'Het netwerk Samen tegen Schooluitval Vlaams-Brabant zette de warme overdracht van onderwijs naar arbeidsmarkt en vervolgopleiding in 2020 in de kijker met een actiedag, en houdt een overzicht bij van projecten en organisaties die deze overdracht begeleiden.',
    ],
    insights: [
      {
        text: 'Het GO! CLB Vilvoorde koos voor vroegdetectie in de derde graad van het basisonderwijs onder meer om te kunnen bouwen aan een goede schooloriëntering vóór de overstap naar het secundair.',
        source: 'GO! CLB Vilvoorde, workshop vroegdetectie',
      },
      {
        text: 'Scholen worden uitgenodigd na te gaan of er ook aandacht is voor warme overdracht wanneer een leerling buiten de vaste scharniermomenten start, bijvoorbeeld na een tuchtprocedure of een verhuis.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden – fase 0, verbindend schoolklimaat',
      },
      {
        text: 'De actiedag van 6 maart 2020 stond in het teken van de warme overdracht van onderwijs naar arbeidsmarkt en vervolgopleiding.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, actieplan',
        url: `${STS_VB}/thema-s/warme-overdracht-onderwijs-arbeidsmarkt-vervolgopleiding/actiedag-6-03-2020`,
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – warme overdracht onderwijs-arbeidsmarkt/vervolgopleiding',
        url: `${STS_VB}/thema-s/warme-overdracht-onderwijs-arbeidsmarkt-vervolgopleiding`,
      },
    ],
    status: 'gepubliceerd',
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-10-05',
    order: 1,
  },
  {
    slug: 'overgang-basis-secundair',
    title: 'Overgang van basis- naar secundair onderwijs',
    theme: 'warme-overdracht',
    parent: 'scharniermomenten',
    summary: 'Van de basisschool naar het secundair: een goede studiekeuze en een warme overdracht.',
    why: [
      'De overgang van het basis- naar het secundair onderwijs is voor veel leerlingen de grootste stap in hun schoolloopbaan: een grotere school, veel verschillende leerkrachten, meer zelfstandigheid en een eerste studiekeuze. Leerlingen die in het basisonderwijs al signalen gaven, zoals veel afwezigheden, een leerachterstand of een taalachterstand, nemen die mee over de drempel. Als de informatie niet meegaat, begint de nieuwe school van nul en verliest ze kostbare tijd.',
      'Vroege detectie in de derde graad van het basisonderwijs helpt om deze overgang voor te bereiden. Het GO! CLB Vilvoorde koos precies daarom voor het vijfde en zesde leerjaar: om proactief en preventief te werken, school en ouders te betrekken en te bouwen aan een goede schooloriëntering. Het eerste jaar bleek ook dat 12 leerlingen uit het vierde leerjaar, die al naar het secundair konden overstappen, tien of meer afwezigheidscodes hadden; 8 van hen liepen volgens de detectietool al risico op vroegtijdig schoolverlaten.',
      'Op het Provinciaal Platform van 2022 in Vlaams-Brabant werd een voorbeeld uit de regio Pajottenland en Zennevallei rond de overgang van basis- naar secundair onderwijs voorgesteld.',
    ],
    insights: [
      {
        text: 'Twaalf leerlingen uit het vierde leerjaar die al naar het secundair konden overstappen, hadden tien of meer afwezigheidscodes; acht van hen liepen volgens de detectietool risico op vroegtijdig schoolverlaten.',
        source: 'GO! CLB Vilvoorde, workshop vroegdetectie',
      },
      {
        text: 'Het Provinciaal Platform 2022 belichtte een regionaal voorbeeld uit het Pajottenland en de Zennevallei rond de overgang van het basis- naar het secundair onderwijs.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant, Provinciaal Platform 29 april 2022',
        url: `${STS_VB}/wie-zijn-we/provinciaal-platform/provinciaal-platform-29-04-2022`,
      },
    ],
    links: [
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – Provinciaal Platform 2022',
        url: `${STS_VB}/wie-zijn-we/provinciaal-platform/provinciaal-platform-29-04-2022`,
      },
    ],
    status: 'gepubliceerd',
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    lastReviewed: '2026-10-05',
    order: 1,
  },
  {
    slug: 'na-tucht',
    title: 'Na tucht',
    theme: 'warme-overdracht',
    summary: 'Een leerling die na een tuchtmaatregel terugkeert of op een nieuwe school start.',
    why: [
      'Een tijdelijke of definitieve uitsluiting haalt een leerling uit zijn vertrouwde omgeving, op een moment dat de band met school al onder druk staat. Vroegsignaleringssystemen zoals EWIMS rekenen een schorsing daarom tot de signalen van dreigende uitval. Een leerling die na een definitieve uitsluiting een nieuwe school zoekt, riskeert bovendien een periode zonder school en een nieuwe start waarbij niemand weet wat eraan voorafging.',
      'Een leerling die na een tuchtprocedure instapt of terugkeert, verdient daarom een even warme overdracht als op de vaste scharniermomenten: een onthaal dat verbinding zoekt, duidelijke afspraken over wat gedeeld wordt, en een tuchtbeleid dat naast sanctioneren ook herstel en terugkeer voorbereidt. Afwezigheid door een tuchtrechtelijke uitsluiting wordt sinds 2019 met code R geregistreerd (voorheen T, U of Y). Dit onderwerp wordt verder uitgewerkt.',
    ],
    insights: [
      {
        text: 'Een schorsing is een van de vier signalen in het EWIMS-model, naast chronische afwezigheid (10% of meer van de tijd), een gebuisd vak en een laag gemiddelde.',
        source: 'American Institutes for Research, Early Warning Intervention and Monitoring System (EWIMS)',
      },
      {
        text: 'Het preventieplan afwezigheden vraagt of de school aandacht heeft voor warme overdracht wanneer een leerling start na een tuchtprocedure, en rekent een tucht- en pestbeleid tot de brede basiszorg.',
        source: 'PLG Antwerpen, Preventieplan afwezigheden',
      },
    ],
    links: [],
    status: 'in-ontwikkeling',
    targetGroups: ['secundair-onderwijs', 'schoolloze-jongeren'],
    lastReviewed: '2026-03-18',
    order: 2,
  },
  {
    slug: 'na-ongekwalificeerde-uitstroom',
    title: 'Na ongekwalificeerde uitstroom',
    theme: 'warme-overdracht',
    summary:
      'Jongeren die de school zonder kwalificatie verlaten niet loslaten: een warme overdracht naar werk of opleiding.',
    why: [
      'Een jongere die het secundair onderwijs verlaat zonder kwalificatie, start met minder kansen op de arbeidsmarkt en in vervolgopleidingen. De Europese Unie volgt dit op met de indicator vroegtijdige schoolverlaters (early leavers from education and training): jongeren van 18 tot 24 jaar met hoogstens een diploma lager secundair onderwijs die de voorbije vier weken geen onderwijs of opleiding volgden. De Europese doelstelling voor 2030 is minder dan 9%. Het Vlaamse Gewest zat in 2020 op 6,7%; het Pact 2020 mikte op 4,25%.',
      'De Vlaamse administratieve cijfers over ongekwalificeerde uitstroom liggen hoger, tussen 9,4% en 12,1% in de schooljaren 2018-2019 tot 2020-2021, omdat ze een andere definitie en bron gebruiken: ze tellen de leerlingen die het secundair onderwijs verlaten zonder kwalificatie, niet een steekproef van alle 18- tot 24-jarigen.',
      'Uitstromen zonder kwalificatie is niet het einde van het verhaal. Het komt erop aan de jongere niet los te laten: tijdig een gesprek over het vervolg, een warme overdracht naar de VDAB, naar tweedekansonderwijs of naar een traject waarin werken en leren samengaan, en een partner die het contact houdt. Hoe vroeger die overdracht wordt voorbereid, hoe kleiner de kans dat de jongere uit beeld verdwijnt. In Vlaams-Brabant maakte het netwerk daarvoor de brochure Ik maak werk van mijn toekomst, voor jongeren die de school vermoedelijk zonder kwalificatie zullen verlaten, en liep een ESF-project rond transitietrajecten voor vroegtijdige schoolverlaters.',
    ],
    insights: [
      {
        text: 'Vroegtijdige schoolverlaters zijn volgens de Europese definitie 18- tot 24-jarigen met hoogstens een diploma lager secundair onderwijs die de voorbije vier weken geen onderwijs of opleiding volgden; de Europese doelstelling voor 2030 is minder dan 9%.',
        source: 'Europese Unie, indicator early leavers from education and training (ELET)',
      },
      {
        text: 'Het Vlaamse Gewest telde in 2020 6,7% vroegtijdige schoolverlaters; het Pact 2020 had 4,25% als doel.',
        source: 'Enquête naar de arbeidskrachten (2020); Pact 2020',
      },
      {
        text: 'Het aandeel leerlingen dat het secundair onderwijs zonder kwalificatie verliet, bedroeg 12,1% in 2018-2019, 9,4% in 2019-2020 en 12,0% in 2020-2021.',
        source: 'Vlaams Ministerie van Onderwijs en Vorming, Dataloep – ongekwalificeerde uitstroom',
      },
      {
        text: 'De brochure Ik maak werk van mijn toekomst richt zich tot jongeren die de school vermoedelijk zonder kwalificatie zullen verlaten.',
        source: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant',
        url: `${STS_VB}/thema-s/warme-overdracht-onderwijs-arbeidsmarkt-vervolgopleiding/ik-maak-werk-van-mijn-toekomst`,
      },
    ],
    links: [
      {
        label: 'Brochure Ik maak werk van mijn toekomst',
        url: `${STS_VB}/thema-s/warme-overdracht-onderwijs-arbeidsmarkt-vervolgopleiding/ik-maak-werk-van-mijn-toekomst`,
      },
      {
        label: 'Samen tegen Schooluitval Vlaams-Brabant – warme overdracht onderwijs-arbeidsmarkt/vervolgopleiding',
        url: `${STS_VB}/thema-s/warme-overdracht-onderwijs-arbeidsmarkt-vervolgopleiding`,
      },
    ],
    status: 'gepubliceerd',
    targetGroups: ['schoolloze-jongeren', 'secundair-onderwijs'],
    lastReviewed: '2026-10-05',
    order: 3,
  },
]
