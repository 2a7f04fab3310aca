import type { SeedInstrument, SeedInstrumentPart, SeedQuestion } from './types'

/*
 * The interactive instruments of the provincial learning groups (seed 004, Meet & Greet 2/06/2026), each the online
 * version of a material in materials.ts. What seed 004 gives is taken over (in our words where it was a slide);
 * where it is silent we wrote modest content in the same spirit. Such passages are marked
 * "PLG-CHECK": to be checked by the learning group that made the instrument before it is presented as theirs.
 */

const scale = (prompt = 'Schaal je school in voor deze doelstelling'): SeedQuestion => ({
  kind: 'scale',
  prompt,
  help: '0 = hier staan we nog nergens, 10 = dit zit stevig in onze werking.',
})

const improve: SeedQuestion = { kind: 'open', prompt: 'Waar wil je op inzetten om je score te verhogen?' }

/** One objective of the prevention plan: its checklist, the score /10 and what the school will work on. */
const objective = (title: string, text: string[], checklist: string[]): SeedInstrumentPart => ({
  title,
  text: [...text, 'Volgende vragen kunnen helpen om over deze doelstelling in gesprek te gaan. Licht toe hoe de school dit doet en sta stil bij groeikansen.'],
  questions: [
    { kind: 'checklist', prompt: 'Wat doet de school al?', help: 'Vink aan wat vandaag al gebeurt.', options: checklist },
    scale(),
    improve,
  ],
})

/** The action table of a phase: Wat / Wie / Wanneer / Check. */
const actions = (phase: string): SeedInstrumentPart => ({
  title: `Actietabel ${phase}`,
  text: ['Wat: de geplande actie. Wie: de actoren. Wanneer: de timing. Check: borgen of bijsturen.'],
  questions: [{ kind: 'actions', prompt: `Welke acties plannen jullie in ${phase}?` }],
})

const open = (prompt: string, help?: string): SeedQuestion => ({ kind: 'open', prompt, ...(help ? { help } : {}) })

const preventionPlan: SeedInstrument = {
  slug: 'preventieplan-afwezigheden',
  title: 'Preventieplan afwezigheden',
  summary:
    'Het invuldocument van PLG Antwerpen om het aanwezigheidsbeleid vorm te geven volgens het zorgcontinuüm: per fase doelstellingen met checklistvragen, een inschaling op 10 en een actietabel (Wat, Wie, Wanneer, Check). Voor de school die haar beleid uitbouwt, en voor het CLB dat er met de school over in gesprek gaat. Doel: schooluitval voorkomen en het leerrecht waarborgen.',
  madeBy: 'PLG Antwerpen',
  sectionLabel: 'Fase',
  followUp: true,
  routeMap: true,
  material: 'preventieplan-afwezigheden-plg-antwerpen',
  topics: ['afwezigheden', 'proactieve-brede-basiszorg', 'beleid-leerlingenbegeleiding', 'vroege-detectie'],
  sections: [
    {
      title: 'Fase 0 – Brede basiszorg',
      summary: 'Verbindend schoolklimaat',
      intro: [
        'In de brede basiszorg werkt de school voor álle leerlingen aan een klimaat waarin ze graag en elke dag naar school komen: verbinding, een transparant inschrijvingsbeleid, een strikte registratie, opvolging na de registratie en goede afspraken met partners.',
      ],
      topics: ['bindingsperspectief', 'proactieve-brede-basiszorg', 'afwezigheidscodes-en-registratie'],
      materials: ['actieplan-aanwezigheidsbeleid-plg-oost-vlaanderen'],
      parts: [
        objective(
          'De school zet zich in om een verbindend schoolklimaat te realiseren voor leerlingen, ouders en schoolpersoneel.',
          [
            'Schoolbinding verwijst naar de kwaliteit van de relatie tussen leerling, ouders en school. Denken in termen van verbinding is denken in termen van relaties. Het bindingsperspectief benadrukt dat leren niet alleen een cognitief proces is, maar sterk afhangt van de relaties en van het gevoel van veiligheid en betrokkenheid dat leerlingen ervaren. Verbondenheid met leeftijdsgenoten, leraren en de school gaat samen met een hogere motivatie en betrokkenheid.',
          ],
          [
            'De school gebruikt één of meer methodieken, zoals de proactieve cirkel, nieuwe autoriteit of geweldloos verzet.',
            'De school organiseert activiteiten tijdens pauzemomenten.',
            'Bij de start van het schooljaar zijn er activiteiten om elkaar ongedwongen te leren kennen, voor leerlingen, leerkrachten én ouders.',
            'Doorheen het schooljaar zijn er activiteiten rond welbevinden.',
            'De school onderneemt acties rond leerlingen- en ouderparticipatie.',
            'Er zijn periodiek groeigesprekken met alle leerlingen.',
            'De school monitort systematisch het welbevinden van de leerlingen.',
            'De school zet in op het versterken van de band tussen leerlingen en leerkrachten.',
            'Er is aandacht voor warme overdracht wanneer een leerling buiten de vaste scharniermomenten start, bijvoorbeeld na een tuchtprocedure of een verhuis.',
            'De school heeft een pestbeleid en onderneemt actie bij de eerste signalen.',
            // PLG-CHECK: the two items below come from the route map's keywords for phase 0, not from the checklist.
            'In het basisonderwijs zet de school in op kleuterparticipatie: regelmatig naar de kleuterklas gaan.',
            'Het tuchtbeleid is gekend en laat ruimte voor herstel van de relatie.',
          ],
        ),
        // PLG-CHECK: seed 004 gives objectives 0.2–0.5 and their route-map keywords, not their checklists.
        objective(
          'Het inschrijvingsbeleid verhoogt gelijke onderwijskansen en is transparant over onderlinge verwachtingen.',
          ['Een transparant inschrijvingsbeleid maakt van bij de start duidelijk wat school, leerling en ouders van elkaar mogen verwachten, ook over aanwezigheid.'],
          [
            'Ouders en leerlingen krijgen bij de inschrijving heldere informatie over de afspraken rond aanwezigheid en te laat komen.',
            'Die informatie is begrijpelijk voor alle ouders, ook voor wie minder goed Nederlands kent (eenvoudige taal, beelden, een tolk).',
            'Bij de inschrijving komt aan bod wat ouders van de school mogen verwachten, en omgekeerd.',
            'De school heeft bij de start oog voor wat een leerling nodig heeft, ook vanuit de vorige schoolloopbaan.',
            'Het inschrijvingsbeleid draagt bij aan gelijke onderwijskansen.',
          ],
        ),
        objective(
          'De school beschikt over een strikt beleid m.b.t. registratie van afwezigheden.',
          ['Registratie met de codes B, Z, P en L: wie registreert, hoe, en wie bewaart het overzicht?'],
          [
            'Voor elke medewerker is duidelijk wie afwezigheden registreert, en wanneer.',
            'De codes (B, Z, P, L, …) worden overal op dezelfde manier gebruikt.',
            'Te laat komen wordt systematisch geregistreerd.',
            'Eén persoon of cel bewaart het overzicht over alle registraties.',
            'Ouders worden dezelfde dag gecontacteerd bij een onverwachte afwezigheid.',
            'Attesten en briefjes van ouders worden op één afgesproken manier behandeld.',
          ],
        ),
        objective(
          'De school hanteert een duidelijk beleid rond de verdere opvolging van afwezigheden na de registratie.',
          ['Na de registratie: de data monitoren, en een warm welkom voor de leerling die terugkeert ("Welcome back!").'],
          [
            'De school bekijkt op vaste momenten de afwezigheidsdata: per leerling, klas, dag en periode.',
            'Alle codes worden bekeken, ook de gewettigde afwezigheden (Z en P), niet alleen de B-codes.',
            'Er is afgesproken wie welke stap zet bij een opvallend patroon.',
            'Een leerling die terugkeert na een afwezigheid wordt warm onthaald.',
            'Leerling en ouders worden betrokken bij de opvolging.',
          ],
        ),
        objective(
          'De school heeft goede samenwerkingsafspraken met al haar partners.',
          ['Heldere samenwerkingsafspraken maken dat niemand alleen staat wanneer een leerling vaak afwezig is.'],
          [
            'De afspraken met het CLB over afwezigheden zijn gekend en vastgelegd: wie, wanneer, hoe.',
            'De school weet welke lokale partners kunnen ondersteunen (lokaal bestuur, welzijnswerk, jeugdhulp).',
            'De school heeft een vast aanspreekpunt voor partners.',
            'De samenwerkingsafspraken worden periodiek geëvalueerd.',
          ],
        ),
        actions('fase 0'),
      ],
    },
    // PLG-CHECK: phases 1–3 are drawn from the route map of seed 004 (its keywords per phase); the objectives and
    // checklists are ours, in the spirit of phase 0.
    {
      title: 'Fase 1 – Verhoogde zorg',
      summary: 'Vroegdetectie en interventie',
      intro: [
        'In de verhoogde zorg ziet de school signalen vroeg en grijpt ze in op maat van de individuele leerling: nauwe opvolging, een scan op álle afwezigheidscodes, en consultatief overleg met het CLB vanaf 5 B-codes.',
      ],
      topics: ['vroege-detectie', 'monitoring-data-analyse', 'schoolweigering-en-psychische-kwetsbaarheid'],
      materials: ['workshop-vroegdetectie-go-clb-vilvoorde', 'psychisch-kwetsbare-jongeren-plg-west-vlaanderen'],
      parts: [
        objective(
          'De school detecteert afwezigheden vroeg en scant op álle afwezigheidscodes.',
          ['Vroeg zien maakt vroeg handelen mogelijk: patronen in afwezigheden tonen zich vaak voor ze problematisch worden.'],
          [
            'Patronen worden opgemerkt: telkens dezelfde dagen, lesuren of vakken.',
            'De school kijkt naar alle codes samen, ook naar gewettigde afwezigheden.',
            'Er is een afgesproken drempel waarop een leerling besproken wordt.',
            'Signalen van leerkrachten (vermoeidheid, zich terugtrekken, vaak naar huis willen) worden mee opgenomen.',
          ],
        ),
        objective(
          'Bij ongewettigde afwezigheden (B-codes) reageert de school verbindend én sanctionerend.',
          ['Een reactie die de band met de leerling bewaart, en tegelijk duidelijk maakt dat aanwezigheid niet vrijblijvend is.'],
          [
            'Iemand met een goede band met de leerling gaat in gesprek over de reden van de afwezigheid.',
            'Eventuele sancties zijn gekend, voorspelbaar en gericht op herstel.',
            'Vanaf 5 B-codes is er consultatief overleg met het CLB.',
            'Ouders worden als partner betrokken.',
          ],
        ),
        objective(
          'Bij gewettigde afwezigheden (Z- en P-codes) bekijkt de school welke onderwijsmogelijkheden er zijn.',
          ['Ook een gewettigde afwezigheid kan een leerling doen afhaken. Welke onderwijsmogelijkheden zijn er tijdens de afwezigheid?'],
          [
            'De school houdt zicht op veel of lange gewettigde afwezigheden.',
            'De school kent de mogelijkheden om het leren tijdens een afwezigheid te ondersteunen, zoals tijdelijk onderwijs aan huis of synchroon internetonderwijs.',
            'Er blijft contact met de leerling tijdens de afwezigheid.',
          ],
        ),
        objective(
          'Bij signalen van schoolweigering heeft de school oog voor angst voor de schoolpoort.',
          ['Schoolweigering kan zich tonen in B-, Z- en P-codes. Achter de afwezigheid zit vaak angst, niet onwil.'],
          [
            'Het team herkent signalen van schoolweigering, zoals lichamelijke klachten of angst om te vertrekken.',
            'Het CLB wordt snel betrokken bij een vermoeden van schoolweigering.',
            'Er is een aanpak met kleine, haalbare stappen terug naar school.',
          ],
        ),
        objective(
          'De school volgt de leerling nauw op, met acties op maat.',
          ['Nauwe opvolging betekent: korte lijnen, een vaste aanspreekpersoon en afspraken die snel geëvalueerd worden.'],
          [
            'De leerling heeft een vaste aanspreekpersoon op school.',
            'Afspraken met leerling en ouders worden vastgelegd en op korte termijn geëvalueerd.',
            'De cel leerlingenbegeleiding wordt op de hoogte gehouden.',
          ],
        ),
        actions('fase 1'),
      ],
    },
    {
      title: 'Fase 2 – Uitbreiding van zorg',
      summary: 'Gedeelde verantwoordelijkheid',
      intro: [
        'In de uitbreiding van zorg volstaan de maatregelen van de school alleen niet meer. School, CLB, leerling, ouders en externe partners dragen samen de verantwoordelijkheid: met systematisch overleg, een nauwere samenwerking, een spijbelcontract en een voorbereide terugkeer.',
      ],
      topics: ['partners', 'schoolexterne-interventies-naft', 'terugkeer-na-afwezigheid'],
      parts: [
        objective(
          'Er is systematisch overleg tussen school, CLB, leerling en ouders.',
          ['Overleg op vaste momenten voorkomt dat een leerling tussen twee stoelen valt.'],
          [
            'Er is een vast overlegmoment voor leerlingen met problematische afwezigheden.',
            'Leerling en ouders krijgen een stem in dat overleg.',
            'Het is duidelijk wie het traject trekt.',
          ],
        ),
        objective(
          'De school werkt nauwer samen met externe partners.',
          ['Het CLB is de draaischijf naar hulp buiten de school.'],
          [
            'School en CLB weten welke externe partners kunnen ondersteunen (jeugdhulp, welzijn, schoolexterne interventies).',
            'Partners worden tijdig betrokken, met instemming van leerling en ouders.',
            'Er is afgesproken hoe informatie gedeeld wordt, met respect voor het beroepsgeheim.',
          ],
        ),
        objective(
          'Afspraken met de leerling worden vastgelegd in een spijbelcontract.',
          ['Een spijbelcontract legt haalbare afspraken vast, voor de leerling én voor de school.'],
          [
            'Het contract is samen met de leerling en de ouders opgesteld.',
            'Er staan haalbare doelen in, en ook wat de school doet om te ondersteunen.',
            'Het contract wordt op vaste momenten samen geëvalueerd.',
          ],
        ),
        objective(
          'De terugkeer van de leerling wordt voorbereid.',
          ['Een goede terugkeer begint voor de leerling terug in de klas zit.'],
          [
            'Er is een plan voor de eerste dagen terug: onthaal, aanspreekpersoon, lesrooster.',
            'De leerkrachten weten wat de leerling nodig heeft.',
            'Er is afgesproken hoe gemiste leerstof wordt opgevangen, zonder dat alles moet worden ingehaald.',
          ],
        ),
        actions('fase 2'),
      ],
    },
    {
      title: 'Fase 3 – Individueel aangepast curriculum',
      summary: 'Alternatieve leerwegen',
      intro: [
        'Als het nodig is om het leerrecht van de leerling te waarborgen, wordt het klassieke kader losgelaten. Alle partners zijn betrokken.',
      ],
      topics: ['schoolexterne-interventies-naft', 'schoolloze-jongeren'],
      materials: ['psychisch-kwetsbare-jongeren-plg-west-vlaanderen'],
      parts: [
        objective(
          'De school durft het klassieke kader los te laten en zoekt met de partners een alternatieve leerweg.',
          ['Een alternatief traject is een weloverwogen keuze met een duidelijk doel: hoe versterken we de jongere en zijn omgeving?'],
          [
            'De school bekijkt samen met het CLB of een aangepast of individueel curriculum kan.',
            'De school kent de mogelijkheden voor een tijdelijk traject buiten de klas, zoals een schoolexterne interventie.',
            'Het doel van het traject is helder, en er is afgesproken hoe de leerling weer aansluit.',
          ],
        ),
        objective(
          'Alle partners zijn betrokken en weten wie wat doet.',
          ['Met alle partners rond de tafel, en één persoon die het traject coördineert.'],
          [
            'Leerling, ouders, school, CLB en externe partners zitten samen rond de tafel.',
            'Eén persoon coördineert het traject.',
            'Het traject wordt op vaste momenten samen geëvalueerd.',
          ],
        ),
        actions('fase 3'),
      ],
    },
  ],
}

/*
 * PLG Limburg's dialogue sheets. 'Aanwezig op school' phase 1 is taken over from seed 004 in full; for phases 2–5
 * seed 004 gives "Wat? / Hoe? / Rol CLB" and the goal, result and preconditions are ours (PLG-CHECK). The questions
 * a team answers per phase (the parts) are ours too (PLG-CHECK).
 */
const atSchool: SeedInstrument = {
  slug: 'aanwezig-op-school',
  title: "Dialoogfiche 'Aanwezig op school'",
  summary:
    'De dialoogfiche van PLG Limburg om als school, samen met het CLB, te groeien naar een warm en verbindend aanwezigheidsbeleid. Vijf fasen: breed kijken, focus bepalen, plan opmaken, uitvoering, en vieren, delen en verduurzamen; per fase het doel, richtvragen, de rol van het CLB, het resultaat en de voorwaarden.',
  madeBy: 'PLG Limburg',
  sectionLabel: 'Fase',
  followUp: false,
  routeMap: true,
  material: 'dialoogfiche-aanwezig-op-school-plg-limburg',
  topics: ['afwezigheden', 'beleid-leerlingenbegeleiding', 'schoolcontext'],
  sections: [
    {
      title: 'Fase 1 – Breed kijken',
      summary: 'Het aanwezigheidsbeleid samen in kaart brengen',
      intro: [
        'Het CLB ondersteunt de school in haar groeiproces naar een actieve leerhouding, vanuit een gelijkwaardig partnerschap: we luisteren en erkennen, we creëren bewustwording en we stimuleren een positieve vraagstelling. Leidende principes zijn breed kijken, doelgericht werken en proactief handelen.',
        'In deze fase brengen we samen met de school haar aanwezigheidsbeleid in kaart. We combineren cijfers met ervaringen en gebruiken risico- en beschermende factoren als leidraad. Dit vormt de basis om in de volgende fase een duidelijke focus te bepalen.',
      ],
      goal: 'Inzicht krijgen in hoe de school omgaat met aanwezigheden; sterktes, groeikansen, hiaten en uitdagingen in kaart brengen; een gedeeld beeld vormen als vertrekpunt voor een gerichte focus.',
      guidingQuestions: [
        'Registratie en analyse: hoe worden afwezigheden en te laat komen geregistreerd?',
        'Registratie en analyse: welke codes (P, Z, D, B, …) worden waarvoor gebruikt?',
        'Registratie en analyse: wat zeggen de data (bijvoorbeeld uit Discimus, Datawijzer, Dataloep)?',
        'Beleid en aanpak: welke afspraken en stappen bestaan er binnen de school? Zijn ze helder en raadpleegbaar?',
        'Beleid en aanpak: wie doet wat, wanneer en hoe?',
        'Beleid en aanpak: is de aanpak ondersteunend of sanctionerend, en waarom?',
        'Preventie en klimaat: wat doet de school om preventief in te zetten op aanwezigheden, en hoe precies? Wordt er structureel aan gewerkt?',
        'Preventie en klimaat: hoe draagt het schoolklimaat bij aan verbondenheid? Hoe merken jullie dat aan de leerling?',
        'Effect en evaluatie: wat werkt in jullie aanpak, en wat niet?',
        'Effect en evaluatie: zijn er signalen of input van leerlingen, ouders of de inspectie?',
        'Effect en evaluatie: hoe breng je het effect in kaart?',
      ],
      clbRole:
        'Het CLB begeleidt en ondersteunt: een richtinggevende stem, niet de trekker. Idealiter neemt de school het voortouw; het CLB brengt structuur, denkt mee en verrijkt inhoudelijk. We begeleiden het gesprek zonder het over te nemen, stellen verdiepende vragen, brengen relevante CLB-informatie in, helpen verbanden leggen tussen data, aanpak en ervaring, en bewaken mee het tempo en de diepgang met het oog op een realistische en gedragen focus.',
      result:
        'Een gedeeld en rijk beeld van het huidige aanwezigheidsbeleid; inzicht in sterktes, knelpunten, risico- en beschermende factoren; een stevige basis om een heldere en haalbare focus te bepalen.',
      preconditions:
        'Een breed samengesteld team (directie, zorg, klastitularissen, secretariaat, …) met zicht op het huidige beleid tot in de praktische uitvoering; bereidheid om open te reflecteren over bestaande praktijken; tijd en ruimte om het gesprek in de diepte te voeren.',
      topics: ['monitoring-data-analyse', 'afwezigheidscodes-en-registratie'],
      parts: [
        {
          title: 'Ons beeld',
          questions: [
            open('Wat zijn onze sterktes?'),
            open('Waar zien we groeikansen, hiaten en uitdagingen?'),
            open('Welke risico- en beschermende factoren zien we?'),
          ],
        },
      ],
    },
    {
      title: 'Fase 2 – Focus bepalen',
      summary: 'Een gerichte focus kiezen',
      intro: ['Na de brede verkenning werken we naar een gerichte focus als uitgangspunt voor verdere acties.'],
      goal: 'Een afgebakende focus kiezen die aansluit bij wat leeft op de werkvloer en bij het beleid, en die gericht is op het effect op de leerling.',
      guidingQuestions: [
        'Welke problematiek of doelgroep bakenen we af?',
        'Sluit de focus aan bij wat leeft op de werkvloer en bij het beleid?',
        'Welk effect op de leerling willen we bereiken?',
        'Hoe houden we de start klein en de ambitie realistisch?',
        'Met welke bestaande, gekende kaders en processen houden we rekening?',
      ],
      clbRole: 'Kritische vriend: bevragen, spiegelen en mee bewaken dat de focus haalbaar blijft en gericht op de leerling.',
      result: 'Een heldere, gedragen en haalbare focus als vertrekpunt voor het plan.',
      preconditions: 'Een gedeeld beeld uit fase 1, en een directie die de keuze mee draagt.',
      parts: [
        {
          title: 'Onze focus',
          questions: [open('Op welke focus kiezen we?'), open('Waarom deze focus, en welk effect op de leerling beogen we?')],
        },
      ],
    },
    {
      title: 'Fase 3 – Plan opmaken',
      summary: 'Een gedragen plan',
      intro: ['De gekozen focus wordt concreet vertaald naar een gedragen plan. Het plan biedt houvast en richting.'],
      goal: 'Een concreet en gedragen plan dat houvast en richting geeft.',
      guidingQuestions: [
        'Wat willen we realiseren?',
        'Wie zal dit realiseren?',
        'Hoe pakken we het aan?',
        'Wie doet concreet wat, tegen wanneer?',
        'Hoe weten we of we bereiken wat we willen?',
      ],
      clbRole: 'Mogelijk actieve deelnemer, geen trekker; kritische vriend die meedenkt, meewerkt en inhoudelijk verrijkt.',
      result: 'Een plan met doelen, taakverdeling, timing en een moment om te evalueren.',
      preconditions: 'Een werkgroep met mandaat en tijd, en een focus die door het team gedragen wordt.',
      parts: [
        {
          title: 'Ons plan',
          questions: [
            open('Wat willen we realiseren?'),
            { kind: 'actions', prompt: 'Wie doet wat, tegen wanneer?' },
            open('Hoe weten we of we bereiken wat we willen?'),
          ],
        },
      ],
    },
    {
      title: 'Fase 4 – Uitvoering',
      summary: 'Uitvoeren, opvolgen, bijsturen',
      intro: [
        'Het plan komt tot leven: acties worden uitgevoerd, opgevolgd en waar nodig bijgestuurd. De werkgroep bewaakt de uitvoering, met oog voor haalbaarheid, betrokkenheid en zichtbaar effect.',
      ],
      goal: 'De acties uitvoeren, opvolgen en bijsturen, met oog voor haalbaarheid, betrokkenheid en zichtbaar effect.',
      guidingQuestions: ['Welke acties zijn gestart, en hoe lopen ze?', 'Wat merken we al bij leerlingen, collega’s en ouders?', 'Waar sturen we bij?', 'Blijft iedereen betrokken?'],
      clbRole:
        'Sparringpartner, niet verantwoordelijk voor de uitvoering: we volgen mee op, geven feedback, denken mee en helpen borgen, gericht op het versterken van de uitvoering vanuit betrokkenheid en gedeeld eigenaarschap.',
      result: 'Uitgevoerde en opgevolgde acties, met zicht op wat werkt en wat bijsturing vraagt.',
      preconditions: 'Afgesproken momenten om op te volgen, en ruimte om bij te sturen.',
      parts: [
        {
          title: 'Opvolging',
          questions: [open('Wat merken we al?'), open('Waar sturen we bij, en hoe?')],
        },
      ],
    },
    {
      title: 'Fase 5 – Vieren, delen en verduurzamen',
      summary: 'Zichtbaar maken en borgen',
      intro: [
        'Inspanningen verdienen het om zichtbaar gemaakt te worden. Zo versterken we de motivatie, vergroten we de betrokkenheid, stimuleren we duurzaam en positief beleid en creëren we draagvlak voor verdere verandering.',
      ],
      goal: 'Resultaten en inspanningen zichtbaar maken, en borgen wat werkt.',
      guidingQuestions: [
        'Wat werkte goed, en waarom?',
        'Hoe maken we het zichtbaar? Wees creatief: een projectmuur, sociale media, infographics, …',
        'Welk netwerk gebruiken we: de scholengemeenschap, het lokaal bestuur, de media, …?',
        'Welke voorstellen formuleren we om te borgen?',
      ],
      clbRole:
        'Ondersteunen bij de terugblik (wat werkte goed en waarom?), mee zichtbaar maken, uitwisseling stimuleren (intern en extern) en mee nadenken over borging: hoe krijgt wat werkt een vaste plek?',
      result: 'Gevierde en gedeelde resultaten, en afspraken die een vaste plek krijgen in het schoolbeleid.',
      preconditions: 'Tijd om terug te blikken, en een team dat wil delen wat het geleerd heeft.',
      parts: [
        {
          title: 'Terugblik en borging',
          questions: [
            open('Wat werkte goed, en waarom?'),
            open('Hoe maken we het zichtbaar, en met wie delen we het?'),
            open('Hoe krijgt wat werkt een vaste plek?'),
          ],
        },
      ],
    },
  ],
}

/*
 * PLG-CHECK: seed 004 gives 'Aanwezig in de klas' its title, motto and five phases only; the content below follows
 * the school sheet, moved to the level of the teacher and one or more pupils.
 */
const inClass: SeedInstrument = {
  slug: 'aanwezig-in-de-klas',
  title: "Dialoogfiche 'Aanwezig in de klas'",
  summary:
    'De dialoogfiche van PLG Limburg op het niveau van de leerkracht, rond één of meer leerlingen: vanuit warme verbinding en structuur aan de slag met aanwezigheid in de klas. Dezelfde vijf fasen als de schoolfiche, telkens met doel, richtvragen, rol van het CLB, resultaat en voorwaarden.',
  madeBy: 'PLG Limburg',
  sectionLabel: 'Fase',
  followUp: false,
  routeMap: true,
  material: 'dialoogfiche-aanwezig-in-de-klas-plg-limburg',
  topics: ['afwezigheden', 'bindingsperspectief', 'schoolcontext'],
  sections: [
    {
      title: 'Fase 1 – Breed kijken',
      summary: 'De situatie in de klas in kaart brengen',
      goal: 'Samen met de leerkracht een beeld vormen van de aanwezigheid van de leerling(en) in de klas, met zorgen én sterktes.',
      guidingQuestions: [
        'Wat merk je op: afwezigheden, te laat komen, telkens dezelfde dagen of vakken?',
        'Hoe voelt de leerling zich in de klas? Met wie heeft hij of zij een goede band?',
        'Welke vakken lopen goed, welke minder?',
        'Wat weet je over de context van de leerling (thuis, vrienden, vrije tijd)?',
        'Wat heb je al geprobeerd, en wat was het effect?',
      ],
      clbRole: 'Begeleiden en ondersteunen: structuur brengen, meedenken, inhoudelijk verrijken, en relevante CLB-informatie inbrengen met respect voor het beroepsgeheim.',
      result: 'Een gedeeld beeld van de situatie in de klas, met sterktes en knelpunten.',
      preconditions: 'Tijd voor een rustig gesprek met de leerkracht, en de bereidheid om open te kijken naar de eigen klaspraktijk.',
      parts: [{ title: 'Ons beeld', questions: [open('Wat lukt al goed in de klas?'), open('Wat maakt het moeilijk?')] }],
    },
    {
      title: 'Fase 2 – Focus bepalen',
      summary: 'Een kleine, haalbare focus',
      goal: 'Een kleine, haalbare focus kiezen die impact heeft op de leerling.',
      guidingQuestions: [
        'Wat willen we eerst veranderen voor deze leerling of deze klas?',
        'Wat ligt binnen de cirkel van invloed van de leerkracht?',
        'Hoe houden we de start klein en de ambitie realistisch?',
      ],
      clbRole: 'Kritische vriend.',
      result: 'Een afgebakende focus waar de leerkracht achter staat.',
      preconditions: 'Een gedeeld beeld uit fase 1.',
      parts: [{ title: 'Onze focus', questions: [open('Waar kiezen we voor?')] }],
    },
    {
      title: 'Fase 3 – Plan opmaken',
      summary: 'Warme verbinding en structuur',
      goal: 'Concrete acties in de klas, met warme verbinding en structuur als twee sporen.',
      guidingQuestions: [
        'Warme verbinding: hoe toon je interesse, ga je informeel in gesprek, geef je erkenning voor inspanning en groei?',
        'Structuur: welke duidelijke regels, afspraken, grenzen en verwachtingen spreek je uit?',
        'Samenwerken: hoe betrek je ouders, leerlingenbegeleiding en het CLB?',
        'Wie doet wat, tegen wanneer? Hoe weten we of het werkt?',
      ],
      clbRole: 'Mogelijk actieve deelnemer, geen trekker: meedenken en inhoudelijk verrijken.',
      result: 'Een klein en concreet actieplan voor de klas.',
      preconditions: 'Steun van de leerlingenbegeleiding en afstemming met collega’s die de leerling ook lesgeven.',
      materials: ['inspiratiedocument-leerkracht-als-schakel-plg-limburg'],
      parts: [{ title: 'Ons plan', questions: [{ kind: 'actions', prompt: 'Welke acties in de klas? Wie, tegen wanneer?' }] }],
    },
    {
      title: 'Fase 4 – Uitvoering',
      summary: 'Uitvoeren en bijsturen',
      goal: 'De acties uitvoeren, opvolgen en bijsturen, met oog voor de draagkracht van de leerkracht.',
      guidingQuestions: [
        'Wat merk je bij de leerling, bij de klasgroep, bij jezelf?',
        'Hoe hou je contact bij afwezigheid, en hoe onthaal je de leerling bij terugkeer?',
        'Waar heb je zelf ondersteuning nodig?',
      ],
      clbRole: 'Sparringpartner: mee opvolgen, feedback geven, meedenken.',
      result: 'Acties die lopen en bijgestuurd worden waar nodig.',
      preconditions: 'Afgesproken momenten om samen terug te kijken.',
      parts: [{ title: 'Opvolging', questions: [open('Wat merken we?'), open('Wat sturen we bij?')] }],
    },
    {
      title: 'Fase 5 – Vieren, delen en verduurzamen',
      summary: 'Delen wat werkte',
      goal: 'Zichtbaar maken wat werkte en het een vaste plek geven.',
      guidingQuestions: ['Wat werkte goed, en waarom?', 'Met wie deel je dit: klassenraad, vakgroep, team?', 'Hoe wordt wat werkt een gewoonte in de klas en in het team?'],
      clbRole: 'Ondersteunen bij de terugblik, uitwisseling stimuleren en mee nadenken over borging.',
      result: 'Gedeelde ervaringen die ook andere leerkrachten inspireren.',
      preconditions: 'Een moment in het team om ervaringen te delen.',
      parts: [{ title: 'Terugblik', questions: [open('Wat werkte goed, en waarom?'), open('Met wie delen we het?')] }],
    },
  ],
}

/** Per domain: what the pupil's window of tolerance gets wider or narrower from, and what the team will work on. */
const windowParts = (domain: string): SeedInstrumentPart[] => [
  {
    title: `In het gesprek: ${domain}`,
    questions: [
      open('Wat maakt het raam groter?', 'Wat helpt de leerling, wat geeft steun en rust?'),
      open('Wat maakt het raam kleiner?', 'Wat geeft spanning of maakt het moeilijk?'),
      open('Waar zetten we op in, nu en later?'),
    ],
  },
]

/*
 * The guiding questions per domain are seed 004's. PLG-CHECK: the examples of what widens or narrows the window
 * (seed 004 has the two headings, not their content) and the introductions are ours.
 */
const parents: SeedInstrument = {
  slug: 'dialoogdocument-ouders',
  title: 'Dialoogdocument ouders',
  summary:
    'Richtvragen van PLG Limburg voor een gesprek met de ouders van een afwezige leerling, gebaseerd op de Window of Tolerance en het Prodiamodel. Vijf domeinen (thuis, school, sociaal, individu, cultuur) helpen breed kijken: wat maakt het raam groter, wat maakt het kleiner, en waar zetten we nu en later op in?',
  madeBy: 'PLG Limburg',
  sectionLabel: 'Domein',
  followUp: false,
  routeMap: false,
  material: 'dialoogdocument-ouders-plg-limburg',
  topics: ['afwezigheden', 'thuis-leefomgeving', 'functioneren-leerling'],
  sections: [
    {
      title: 'Thuis',
      intro: ['De thuis- en leefomgeving van de leerling: praktische zaken, de relaties in het gezin en hoe ouders naar school kijken.'],
      guidingQuestions: [
        'Zijn er praktische problemen (vervoer, financiën, …)?',
        'Hoe is de relatie met de ouders? Legitimeren de ouders de afwezigheid?',
        'Hoe zijn de ouders betrokken bij de schoolloopbaan van hun kind?',
        'Zijn er bepaalde gevoeligheden binnen het gezin?',
        'Waar botsen de ouders op in de opvoeding van de kinderen?',
        'Hoe is de relatie met broers en zussen?',
      ],
      lists: [
        { label: 'Wat het raam groter kan maken (voorbeelden)', items: ['Ouders die school belangrijk vinden en dat tonen', 'Vaste routines in huis', 'Een goede band met broers of zussen'] },
        { label: 'Wat het raam kleiner kan maken (voorbeelden)', items: ['Geldzorgen of problemen met vervoer', 'Spanningen of ingrijpende gebeurtenissen in het gezin', 'Ouders die de afwezigheid goedpraten'] },
      ],
      topics: ['thuis-leefomgeving'],
      parts: windowParts('thuis'),
    },
    {
      title: 'School',
      intro: ['Hoe de leerling de school beleeft: de relaties met leerkrachten, de vakken en de schoolloopbaan tot nu.'],
      guidingQuestions: [
        'Hoe voelt de leerling zich op school?',
        'Met welke leerkrachten heeft de leerling een goed, neutraal of slecht contact?',
        'Welke vakken gaan (minder) goed?',
        'Zijn er bepaalde dagen waarop de leerling steeds afwezig is?',
        'Hoe zag de schoolloopbaan eruit? Veel schoolwissels, veel wisselende leerkrachten?',
        'Hoe kijkt de leerling naar "school"?',
      ],
      lists: [
        { label: 'Wat het raam groter kan maken (voorbeelden)', items: ['Eén leerkracht bij wie de leerling terecht kan', 'Vakken waarin de leerling succes ervaart', 'Een warm onthaal na een afwezigheid'] },
        { label: 'Wat het raam kleiner kan maken (voorbeelden)', items: ['Een slechte relatie met een leerkracht', 'Een grote leerachterstand', 'Veel schoolwissels'] },
      ],
      topics: ['schoolcontext', 'frequente-schoolwissels'],
      parts: windowParts('school'),
    },
    {
      title: 'Sociaal',
      intro: ['Het netwerk van de leerling: vrienden, leeftijdsgenoten en de mensen bij wie hij of zij terecht kan.'],
      guidingQuestions: [
        'Bij wie kan de leerling terecht?',
        'Zit de leerling in een groep (jeugdbeweging, sportclub, …)?',
        'Bij wie voelt de leerling zich goed?',
        'Wie zijn de vrienden van de leerling, op en buiten de school?',
        'Hoe voelt de leerling zich tussen leeftijdsgenoten?',
      ],
      lists: [
        { label: 'Wat het raam groter kan maken (voorbeelden)', items: ['Vrienden op school', 'Een hobby of club waar de leerling zich thuis voelt'] },
        { label: 'Wat het raam kleiner kan maken (voorbeelden)', items: ['Pesten of uitsluiting', 'Weinig contact met leeftijdsgenoten'] },
      ],
      topics: ['bindingsperspectief'],
      parts: windowParts('sociaal'),
    },
    {
      title: 'Individu',
      intro: ['De leerling zelf: wat stress geeft en wat energie geeft, de gezondheid en de leefgewoonten.'],
      guidingQuestions: [
        'Wat bezorgt de leerling stress?',
        'Wat geeft de leerling energie?',
        'Wat zit er in de rugzak van de leerling?',
        'Spelen er medische factoren mee?',
        'Wat zijn de leefgewoonten van de leerling (slaap, voeding, gsm-gebruik, …)?',
        'Hoe vult de leerling de vrije tijd in?',
      ],
      lists: [
        { label: 'Wat het raam groter kan maken (voorbeelden)', items: ['Voldoende slaap en een vast ritme', 'Iets waar de leerling goed in is'] },
        { label: 'Wat het raam kleiner kan maken (voorbeelden)', items: ['Angst of somberheid', 'Lichamelijke klachten', 'Laat opblijven en veel schermtijd'] },
      ],
      topics: ['functioneren-leerling', 'schoolweigering-en-psychische-kwetsbaarheid'],
      parts: windowParts('individu'),
    },
    {
      title: 'Cultuur',
      intro: ['Hoe de cultuur of de geloofsovertuiging van het gezin naar onderwijs, hulp en thuisblijven kijkt. Vraag het, zonder in te vullen.'],
      guidingQuestions: [
        'Hoe kijkt de cultuur of geloofsovertuiging naar onderwijs?',
        'Hoe staat de cultuur of geloofsovertuiging tegenover hulp van buitenaf?',
        'Wat is de visie op thuisblijven?',
        'Welke normen en waarden heersen er?',
      ],
      lists: [
        { label: 'Wat het raam groter kan maken (voorbeelden)', items: ['Hoge verwachtingen over onderwijs', 'Een gemeenschap die steunt'] },
        { label: 'Wat het raam kleiner kan maken (voorbeelden)', items: ['Wantrouwen tegenover hulp van buitenaf', 'Verwachtingen die botsen met wat de school vraagt'] },
      ],
      parts: windowParts('cultuur'),
    },
  ],
}

const questions = (prompts: string[]): SeedQuestion[] => prompts.map((prompt) => open(prompt))

/*
 * PLG BHG and Vlaams-Brabant. Seed 004 names the four topics and that each has basic and in-depth questions; the
 * questions themselves (as in the material's text in materials.ts) are ours. PLG-CHECK.
 */
const schoolClb: SeedInstrument = {
  slug: 'dialoogdocument-school-clb',
  title: 'Dialoogdocument school–CLB: in gesprek over het aanwezigheidsbeleid',
  summary:
    'Het dialoogdocument van de PLG Brussel en Vlaams-Brabant ondersteunt het gesprek tussen school en CLB over het aanwezigheidsbeleid, met basisvragen en verdiepende vragen over registratie, data, beleid en de samenwerking school–CLB. Gericht op het secundair onderwijs, ook bruikbaar in het basisonderwijs.',
  madeBy: 'PLG Brussel en Vlaams-Brabant',
  sectionLabel: 'Onderdeel',
  followUp: false,
  routeMap: false,
  material: 'dialoogdocument-school-plg-bhg-vlaams-brabant',
  topics: ['afwezigheden', 'monitoring-data-analyse', 'beleid-leerlingenbegeleiding'],
  sections: [
    {
      title: 'Registratie',
      intro: ['Start met de basisvragen; kies verdiepende vragen naargelang wat de school nodig heeft. Noteer wat goed loopt en waar groeikansen liggen.'],
      topics: ['afwezigheidscodes-en-registratie'],
      materials: ['leidraad-dialoogdocument-plg-bhg-vlaams-brabant', 'visuele-flow-dialoogdocument-plg-bhg-vlaams-brabant'],
      parts: [
        {
          title: 'Basisvragen',
          questions: questions([
            'Wie registreert de afwezigheden en het te laat komen, en op welk moment?',
            'Welke codes gebruikt de school waarvoor (B, Z, P, R, L, …)? Zijn die afspraken bij alle medewerkers gekend?',
            'Hoe snel en door wie worden ouders gecontacteerd bij een onverwachte afwezigheid?',
          ]),
        },
        {
          title: 'Verdiepende vragen',
          questions: questions([
            'Kennen alle klassen en alle medewerkers de codes op dezelfde manier toe?',
            'Hoe gaat de school om met briefjes van ouders en met medische attesten?',
            'Worden te laat komen en gedeeltelijke afwezigheden (enkele lesuren, telkens dezelfde dag of hetzelfde vak) zichtbaar?',
            'Wat loopt er vandaag moeilijk in de registratie?',
          ]),
        },
      ],
    },
    {
      title: 'Data',
      topics: ['monitoring-data-analyse', 'vroege-detectie'],
      parts: [
        {
          title: 'Basisvragen',
          questions: questions([
            'Welke cijfers over afwezigheden bekijkt de school (Discimus, Datawijzer, Dataloep, de eigen schoolsoftware)?',
            'Wie bekijkt deze cijfers, en hoe vaak?',
          ]),
        },
        {
          title: 'Verdiepende vragen',
          questions: questions([
            'Ziet de school patronen per klas, graad, studierichting, dag of periode van het schooljaar?',
            'Worden álle codes bekeken, ook Z- en P-codes, en niet alleen B-codes?',
            'Hoe helpen de data om leerlingen vroeg te signaleren?',
            'Hoe gebruikt de school de data om haar beleid te evalueren?',
            'Welke gegevens deelt de school met het CLB, en op welke manier?',
          ]),
        },
      ],
    },
    {
      title: 'Beleid',
      topics: ['beleid-leerlingenbegeleiding', 'bindingsperspectief'],
      parts: [
        {
          title: 'Basisvragen',
          questions: questions([
            'Welke afspraken over aanwezigheid staan in het schoolreglement? Zijn ze helder en raadpleegbaar voor leerlingen, ouders en personeel?',
            'Welke stappen zet de school bij afwezigheden: wie doet wat, wanneer en hoe?',
          ]),
        },
        {
          title: 'Verdiepende vragen',
          questions: questions([
            'Is de aanpak eerder ondersteunend of eerder sanctionerend, en waarom?',
            'Hoe zet de school preventief in op aanwezigheid, bijvoorbeeld met een verbindend schoolklimaat en aandacht voor welbevinden?',
            'Hoe wordt een leerling onthaald die terugkeert na een (lange) afwezigheid?',
            'Hoe en wanneer evalueert de school haar aanwezigheidsbeleid?',
          ]),
        },
      ],
    },
    {
      title: 'Samenwerking school–CLB',
      topics: ['partners'],
      parts: [
        {
          title: 'Basisvragen',
          questions: questions(['Wanneer en hoe brengt de school het CLB op de hoogte van afwezigheden?', 'Wie is het aanspreekpunt bij de school en bij het CLB?']),
        },
        {
          title: 'Verdiepende vragen',
          questions: questions([
            'Hoe verloopt het overleg tussen school en CLB over afwezige leerlingen (consultatief overleg, cel leerlingenbegeleiding, …)?',
            'Wanneer worden externe partners ingeschakeld, met het CLB als draaischijf naar schoolexterne interventies?',
            'Hoe houden school en CLB elkaar op de hoogte van afspraken en opvolging?',
            'Wat loopt goed in de samenwerking, en wat kan beter?',
          ]),
        },
      ],
    },
    {
      title: 'Afspraken en opvolging',
      intro: ['Sluit het gesprek af met concrete afspraken, en plan wanneer jullie het gesprek opnieuw opnemen, bijvoorbeeld elk schooljaar.'],
      parts: [
        {
          title: 'Afspraken na het gesprek',
          questions: [{ kind: 'actions', prompt: 'Wat spreken we af? Wie, tegen wanneer, en hoe volgen we op?' }, open('Wanneer nemen we het gesprek opnieuw op?')],
        },
      ],
    },
  ],
}

/** A group of tips as a checklist: the teacher ticks what they already do. */
const tips = (title: string, options: string[]): SeedInstrumentPart => ({
  title,
  questions: [{ kind: 'checklist', prompt: `${title}: wat doe je al?`, options }],
})

/** PLG-CHECK: the closing question per moment ("Wat wil je uitproberen?") is ours; the tips are seed 004's. */
const tryOut: SeedInstrumentPart = { title: 'Voor mezelf', questions: [open('Wat wil je uitproberen, en bij welke leerling?')] }

const seesMe: SeedInstrument = {
  slug: 'jij-ziet-mij',
  title: "Inspiratiedocument 'Jij ziet mij'",
  summary:
    'Kleine gebaren, groot verschil: wat je als leerkracht kunt doen voor, tijdens en na de afwezigheid van een leerling, als checklist. Uit een bevraging van PLG Limburg bij 31 leerkrachten secundair onderwijs. Met blijvende aandacht voor de draagkracht van leerkrachten en voor een aanwezigheidsbeleid op schoolniveau.',
  madeBy: 'PLG Limburg',
  sectionLabel: 'Moment',
  followUp: false,
  routeMap: false,
  material: 'inspiratiedocument-leerkracht-als-schakel-plg-limburg',
  topics: ['afwezigheden', 'bindingsperspectief', 'terugkeer-na-afwezigheid'],
  sections: [
    {
      title: 'Preventief',
      summary: 'Jouw betrokkenheid maakt een verschil van in het begin',
      intro: ['Jouw betrokkenheid maakt een verschil van in het begin.'],
      topics: ['bindingsperspectief'],
      parts: [
        tips('Warme relatie', ['Interesse tonen', 'Informeel in gesprek gaan', 'Iets persoonlijks delen', 'Humor gebruiken']),
        tips('Erkenning', ['Complimenteren op inspanning en groei', 'Emoties erkennen zonder oordeel', 'Benoemen wat goed loopt']),
        tips('Structuur', ['Duidelijke regels en afspraken maken', 'Grenzen en verwachtingen uitspreken']),
        tips('Samenwerken', ['Van in het begin contact met ouders', 'Ouders meenemen in school- en klasafspraken']),
        tryOut,
      ],
    },
    {
      title: 'Tijdens afwezigheid',
      summary: 'Er blijven bruggetjes, ook als een leerling er even niet is',
      intro: ['Er blijven bruggetjes, ook als een leerling er even niet is.'],
      parts: [
        tips('Contact houden', ['Een kaartje sturen', 'De leerling of de ouders eens bellen', 'Buddy’s actief inzetten']),
        tips('Leerproces stimuleren', [
          'Materiaal beschikbaar maken via het digitale leerplatform (bijvoorbeeld Smartschool)',
          'Een buddy voor de notities',
          'Praktische opvolging door de klastitularis',
        ]),
        tips('Samenwerken', [
          'Leerlingenbegeleiding, CLB en eventueel externe partners tijdig betrekken',
          'Bij lange afwezigheid: de klassenraad samenroepen en met ouders praten over slaagkansen',
        ]),
        tips('Eigen grenzen bewaken', ['Hulp inschakelen']),
        tryOut,
      ],
    },
    {
      title: 'Bij terugkeer',
      summary: 'Je aanwezigheid doet ertoe, en dat voelen ze',
      intro: ['Je aanwezigheid doet ertoe, en dat voelen ze.'],
      topics: ['terugkeer-na-afwezigheid'],
      parts: [
        tips('Warm onthaal', ['Een warm welkom in de klas en op de speelplaats', 'De leerling individueel aanspreken']),
        tips('Erkenning en begrip', ['Emoties erkennen zonder oordeel', 'Bereid zijn om te luisteren', 'De leerling het gevoel geven dat hij of zij ertoe doet']),
        tips('Heropstart faciliteren', ['Herhaling inbouwen in de les', 'Niet alles laten inhalen', 'Afstemmen met de leerling']),
        tips('Samenwerken', ['Blijven polsen bij de ouders', 'In het team afspraken maken over de opvolging']),
        tryOut,
      ],
    },
  ],
}

export const instruments: SeedInstrument[] = [preventionPlan, atSchool, inClass, parents, schoolClb, seesMe]
