import type { SeedDocumentSection, SeedMaterial } from './types'

// Materials of the five PLGs (seed 004), the Vlaams-Brabant network (seed 002), GO! CLB Vilvoorde (seed 003) and the toolbox itself (seeds 000-001).

/** Meet & Greet Samen tegen Schooluitval, where the PLG materials were presented (seed 004). */
const PLG_DATE = '2026-06-02'

/** The four recurring parts of a phase in the PLG Limburg dialogue sheets. */
const phase = (
  name: string,
  parts: { doel: string[]; richtvragen: string[]; rolClb: string[]; resultaat: string[]; intro?: string },
): SeedDocumentSection[] => [
  { heading: `${name} · Doel`, paragraphs: parts.intro ? [parts.intro] : undefined, bullets: parts.doel },
  { heading: `${name} · Richtvragen`, bullets: parts.richtvragen },
  { heading: `${name} · Rol van het CLB`, bullets: parts.rolClb },
  { heading: `${name} · Resultaat`, bullets: parts.resultaat },
]

const emptyActionRows = (columns: number, rows: number): string[][] =>
  Array.from({ length: rows }, () => Array.from({ length: columns }, () => ''))

export const materials: SeedMaterial[] = [
  // ───────────────────────────── PLG Antwerpen ─────────────────────────────
  {
    slug: 'preventieplan-afwezigheden-plg-antwerpen',
    title: 'Preventieplan afwezigheden',
    description:
      'Invuldocument waarmee een school haar aanwezigheidsbeleid vormgeeft volgens het zorgcontinuüm: doelstellingen per fase met checklistvragen, een inschaling op 10, een actietabel (Wat, Wie, Wanneer, Check) en een routekaart. Het CLB kan het gebruiken om met de school in gesprek te gaan over haar beleid.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Antwerpen (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: [
      'afwezigheden',
      'bindingsperspectief',
      'proactieve-brede-basiszorg',
      'beleid-leerlingenbegeleiding',
      'vroege-detectie',
      'monitoring-data-analyse',
      'schoolcontext',
      'partners',
    ],
    categories: ['aanwezigheidsbeleid', 'preventie', 'beleid-en-planning', 'schoolklimaat'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    phases: ['0', '1', '2', '3'],
    educationLevels: ['kleuteronderwijs', 'lager-onderwijs', 'secundair-onderwijs'],
    regions: ['antwerpen'],
    format: 'docx',
    fileName: 'preventieplan-afwezigheden-plg-antwerpen',
    document: {
      title: 'Preventieplan afwezigheden',
      subtitle: 'PLG Antwerpen – ankerfiguren Samen tegen Schooluitval',
      sections: [
        {
          heading: 'Waarom dit preventieplan?',
          paragraphs: [
            'Bij het werken met het spijbelactieplan bleek de nood om meer in te zetten op preventie, als schakel tussen school en CLB. Dit preventieplan integreert bestaande leidraden uit andere provincies in één digitaal invuldocument.',
            'Het plan volgt het zorgcontinuüm. Per fase staan doelstellingen met checklistvragen en een inschaling. De opvolging gebeurt volgens de PDCA-cyclus (Plan – Do – Check – Act), en een routekaart geeft het geheel in één beeld.',
          ],
          bullets: [
            'De school gebruikt het plan om haar aanwezigheidsbeleid vorm te geven.',
            'Het CLB gebruikt het plan om met de school in gesprek te gaan over haar beleid.',
          ],
        },
        {
          heading: 'Zo gebruik je dit plan',
          bullets: [
            'Lees per doelstelling de toelichting.',
            'Ga met de vragen in gesprek: licht toe hoe de school dit vandaag doet en sta stil bij groeikansen.',
            'Schaal je school in voor die doelstelling op 10.',
            'Bepaal waar je op wilt inzetten om je score te verhogen.',
            'Noteer de acties in de actietabel: Wat (geplande actie), Wie (actoren), Wanneer (timing), Check (borgen of bijsturen).',
            'Volg op: plan, voer uit, check en stuur bij. Herneem de inschaling bij een volgende bespreking.',
          ],
        },
        {
          heading: 'Fase 0 – Brede basiszorg: overzicht van de doelstellingen',
          paragraphs: ['Vul per doelstelling de schaal in en vat de geplande acties samen.'],
          table: [
            ['Schaal', 'Doelstelling (Wat)', 'Wie', 'Wanneer', 'Check'],
            [
              '___/10',
              'De school zet zich in om een verbindend schoolklimaat te realiseren voor leerlingen, ouders en schoolpersoneel.',
              '',
              '',
              '',
            ],
            [
              '___/10',
              'Het inschrijvingsbeleid verhoogt gelijke onderwijskansen en is transparant over onderlinge verwachtingen.',
              '',
              '',
              '',
            ],
            ['___/10', 'De school beschikt over een strikt beleid m.b.t. registratie van afwezigheden.', '', '', ''],
            [
              '___/10',
              'De school hanteert een duidelijk beleid rond de verdere opvolging van afwezigheden na de registratie.',
              '',
              '',
              '',
            ],
            ['___/10', 'De school heeft goede samenwerkingsafspraken met al haar partners.', '', '', ''],
          ],
        },
        {
          heading: 'Doelstelling 0.1 – Een verbindend schoolklimaat voor leerlingen, ouders en schoolpersoneel',
          paragraphs: [
            'Schoolbinding verwijst naar de kwaliteit van de relatie tussen leerling, ouders en school. Denken in termen van verbinding is denken in termen van relaties. Het bindingsperspectief benadrukt dat leren niet alleen een cognitief proces is, maar sterk afhangt van de relaties en van het gevoel van veiligheid en betrokkenheid dat leerlingen ervaren. Verbondenheid met leeftijdsgenoten, leraren en de school gaat samen met een hogere motivatie en betrokkenheid.',
            'Volgende vragen helpen om over deze doelstelling in gesprek te gaan. Licht toe hoe de school dit doet en sta stil bij groeikansen.',
          ],
          bullets: [
            'Gebruikt de school één of meer methodieken zoals de proactieve cirkel, nieuwe autoriteit of geweldloos verzet?',
            'Organiseert de school activiteiten tijdens pauzemomenten?',
            'Organiseert de school bij de start van het schooljaar activiteiten om elkaar op een ongedwongen manier te leren kennen, voor leerlingen, leerkrachten én ouders?',
            'Worden er doorheen het schooljaar activiteiten rond welbevinden georganiseerd?',
            'Welke acties onderneemt de school rond leerlingen- en ouderparticipatie?',
            'Worden er periodiek groeigesprekken gevoerd met alle leerlingen?',
            'Monitort de school systematisch het welbevinden van de leerlingen?',
            'Hoe zet de school in op het versterken van de band tussen leerlingen en leerkrachten?',
            'Is er aandacht voor warme overdracht wanneer een leerling buiten de vaste scharniermomenten start, bijvoorbeeld na een tuchtprocedure of een verhuis? Hoe werkt de school dan aan verbinding?',
            'Heeft de school een pestbeleid en onderneemt ze actie bij de eerste signalen?',
          ],
        },
        {
          heading: 'Inschaling doelstelling 0.1',
          paragraphs: [
            'Schaal je school in voor deze doelstelling: ___/10',
            'Waar wil je op inzetten om je score te verhogen? ______________________________',
          ],
        },
        {
          heading: 'Actietabel doelstelling 0.1',
          table: [
            ['Wat', 'Wie', 'Wanneer', 'Check'],
            ['geplande actie', 'actoren', 'timing', 'borgen / bijsturen'],
            ...emptyActionRows(4, 3),
          ],
        },
        {
          heading: 'Doelstelling 0.2 – Een transparant inschrijvingsbeleid dat gelijke onderwijskansen verhoogt',
          paragraphs: ['Aandachtspunten uit de routekaart: transparantie en gelijke onderwijskansen.'],
          bullets: [
            'Is het voor ouders en leerlingen bij de inschrijving duidelijk wat de school van hen verwacht, en wat zij van de school mogen verwachten?',
            'Hoe draagt het inschrijvingsbeleid bij aan gelijke onderwijskansen?',
            'Schaal je school in: ___/10 – Waar wil je op inzetten?',
          ],
        },
        {
          heading: 'Doelstelling 0.3 – Een strikt registratiebeleid',
          paragraphs: ['Aandachtspunten uit de routekaart: de codes B, Z, P en L; wie registreert, hoe, en wie heeft het overzicht?'],
          bullets: [
            'Wie registreert afwezigheden en te laat komen, en hoe gebeurt dat?',
            'Worden de codes (B, Z, P, L, …) overal op dezelfde manier gebruikt?',
            'Wie heeft het overzicht over alle registraties?',
            'Schaal je school in: ___/10 – Waar wil je op inzetten?',
          ],
        },
        {
          heading: 'Doelstelling 0.4 – Een duidelijk beleid rond opvolging na de registratie',
          paragraphs: ['Aandachtspunten uit de routekaart: monitoring van data en een warm welkom voor de terugkerende leerling ("Welcome back!").'],
          bullets: [
            'Hoe en hoe vaak volgt de school de afwezigheidsdata op?',
            'Hoe wordt een leerling die terugkeert na een afwezigheid onthaald?',
            'Schaal je school in: ___/10 – Waar wil je op inzetten?',
          ],
        },
        {
          heading: 'Doelstelling 0.5 – Goede samenwerkingsafspraken met alle partners',
          paragraphs: ['Aandachtspunt uit de routekaart: heldere samenwerkingsafspraken.'],
          bullets: [
            'Met welke partners werkt de school samen rond aanwezigheid en welbevinden (CLB, ouders, lokale partners)?',
            'Zijn de afspraken met die partners gekend en vastgelegd?',
            'Schaal je school in: ___/10 – Waar wil je op inzetten?',
          ],
        },
        {
          heading: 'Routekaart aanwezigheidsbeleid',
          paragraphs: ['Doel: schooluitval voorkomen en het leerrecht waarborgen. De routekaart loopt van fase 0 naar fase 3 van het zorgcontinuüm.'],
          table: [
            ['Fase', 'Kern', 'Aandachtspunten'],
            [
              'Fase 0 – Brede basiszorg',
              'Verbindend schoolklimaat',
              'Kleuterparticipatie; tuchtbeleid en pestbeleid; inschrijvingsbeleid (transparant, gelijke onderwijskansen); registratiebeleid (B-Z-P-L-codes: wie, hoe, overzicht); opvolging van afwezigheden na registratie (monitoring van data, welcome back voor de terugkerende leerling); samenwerkingsafspraken met partners',
            ],
            [
              'Fase 1 – Verhoogde zorg',
              'Vroegdetectie en interventie',
              'Nauwe opvolging; acties op maat van de individuele leerling; consultatief overleg met het CLB (vanaf 5 B-codes); scan op álle afwezigheidscodes: ongewettigd (B-codes) – verbindend én sanctionerend; gewettigd (Z/P-codes) – welke onderwijsmogelijkheden zijn er?; schoolweigering (B/Z/P-codes) – angst voor de schoolpoort',
            ],
            [
              'Fase 2 – Uitbreiding van zorg',
              'Gedeelde verantwoordelijkheid',
              'Systematisch overleg; nauwere samenwerking met externe partners; spijbelcontract; terugkeer voorbereiden',
            ],
            [
              'Fase 3 – Individueel aangepast curriculum',
              'Alternatieve leerwegen',
              'Het klassieke kader loslaten; alle partners betrokken',
            ],
          ],
        },
        {
          heading: 'Opvolging volgens PDCA',
          bullets: [
            'Plan: kies per fase de doelstellingen waarop je wilt inzetten en vul de actietabel in.',
            'Do: voer de acties uit met de afgesproken actoren en timing.',
            'Check: bekijk op het afgesproken moment wat de acties opleveren en herneem de inschaling.',
            'Act: borg wat werkt en stuur bij waar nodig; neem nieuwe acties op in het plan.',
          ],
        },
      ],
    },
  },

  // ───────────────────────── PLG BHG en Vlaams-Brabant ─────────────────────────
  {
    slug: 'dialoogdocument-school-plg-bhg-vlaams-brabant',
    title: 'Dialoogdocument school: in gesprek over het aanwezigheidsbeleid',
    description:
      'Gespreksdocument dat het gesprek tussen school en CLB over het aanwezigheidsbeleid ondersteunt, met basisvragen en verdiepende vragen over registratie, data, beleid en de samenwerking tussen school en CLB. Gericht op het secundair onderwijs, ook bruikbaar in het basisonderwijs.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Brussel en Vlaams-Brabant (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: [
      'afwezigheden',
      'monitoring-data-analyse',
      'beleid-leerlingenbegeleiding',
      'proactieve-brede-basiszorg',
      'schoolcontext',
      'partners',
    ],
    categories: ['aanwezigheidsbeleid', 'dialoog-en-gesprek', 'beleid-en-planning'],
    targetGroups: ['secundair-onderwijs', 'basisonderwijs'],
    phases: ['0', '1'],
    educationLevels: ['secundair-onderwijs', 'lager-onderwijs'],
    regions: ['vlaams-brabant', 'brussel'],
    format: 'docx',
    fileName: 'dialoogdocument-school-plg-bhg-vlaams-brabant',
    document: {
      title: 'Dialoogdocument school',
      subtitle: 'In gesprek tussen school en CLB over het aanwezigheidsbeleid – PLG Brussel en Vlaams-Brabant',
      sections: [
        {
          heading: 'Over dit document',
          paragraphs: [
            'Brussel en Vlaams-Brabant vormen samen één provinciale leergroep (PLG). De PLG vertrok van een prioriteringsoefening waarin bijna unaniem voor het thema afwezigheden werd gekozen. Dit dialoogdocument ondersteunt en faciliteert het gesprek tussen school en CLB over het aanwezigheidsbeleid op school.',
            'Het document vertrekt vanuit de visietekst Brussel, uitgewerkt in samenwerking met Gil Keppens. Het focust op het secundair onderwijs, maar kan ook in het basisonderwijs gebruikt worden. Bij het document horen een leidraad en een visuele flow.',
            'Per topic staan basisvragen, die in elk gesprek aan bod kunnen komen, en verdiepende vragen, waaruit je kiest naargelang wat de school nodig heeft. Noteer bij elke vraag kort wat al goed loopt en waar groeikansen liggen.',
          ],
        },
        {
          heading: 'Gegevens van het gesprek',
          table: [
            ['School', ''],
            ['Datum', ''],
            ['Aanwezig namens de school', ''],
            ['Aanwezig namens het CLB', ''],
          ],
        },
        {
          heading: 'Topic 1 – Registratie: basisvragen',
          bullets: [
            'Wie registreert de afwezigheden en het te laat komen, en op welk moment?',
            'Welke codes gebruikt de school waarvoor (B, Z, P, R, L, …)? Zijn die afspraken bij alle medewerkers gekend?',
            'Hoe snel en door wie worden ouders gecontacteerd bij een onverwachte afwezigheid?',
          ],
        },
        {
          heading: 'Topic 1 – Registratie: verdiepende vragen',
          bullets: [
            'Kennen alle klassen en alle medewerkers de codes op dezelfde manier toe?',
            'Hoe gaat de school om met briefjes van ouders en met medische attesten?',
            'Worden te laat komen en gedeeltelijke afwezigheden (enkele lesuren, telkens dezelfde dag of hetzelfde vak) zichtbaar?',
            'Wat loopt er vandaag moeilijk in de registratie?',
          ],
        },
        {
          heading: 'Topic 2 – Data: basisvragen',
          bullets: [
            'Welke cijfers over afwezigheden bekijkt de school (Discimus, Datawijzer, Dataloep, de eigen schoolsoftware)?',
            'Wie bekijkt deze cijfers, en hoe vaak?',
          ],
        },
        {
          heading: 'Topic 2 – Data: verdiepende vragen',
          bullets: [
            'Ziet de school patronen per klas, graad, studierichting, dag of periode van het schooljaar?',
            'Worden álle codes bekeken, ook Z- en P-codes, en niet alleen B-codes?',
            'Hoe helpen de data om leerlingen vroeg te signaleren?',
            'Hoe gebruikt de school de data om haar beleid te evalueren?',
            'Welke gegevens deelt de school met het CLB, en op welke manier?',
          ],
        },
        {
          heading: 'Topic 3 – Beleid: basisvragen',
          bullets: [
            'Welke afspraken over aanwezigheid staan in het schoolreglement? Zijn ze helder en raadpleegbaar voor leerlingen, ouders en personeel?',
            'Welke stappen zet de school bij afwezigheden: wie doet wat, wanneer en hoe?',
          ],
        },
        {
          heading: 'Topic 3 – Beleid: verdiepende vragen',
          bullets: [
            'Is de aanpak eerder ondersteunend of eerder sanctionerend, en waarom?',
            'Hoe zet de school preventief in op aanwezigheid, bijvoorbeeld via een verbindend schoolklimaat en aandacht voor welbevinden?',
            'Hoe wordt een leerling onthaald die terugkeert na een (lange) afwezigheid?',
            'Hoe en wanneer evalueert de school haar aanwezigheidsbeleid?',
          ],
        },
        {
          heading: 'Topic 4 – Samenwerking school-CLB: basisvragen',
          bullets: [
            'Wanneer en hoe brengt de school het CLB op de hoogte van afwezigheden?',
            'Wie is het aanspreekpunt bij de school en bij het CLB?',
          ],
        },
        {
          heading: 'Topic 4 – Samenwerking school-CLB: verdiepende vragen',
          bullets: [
            'Hoe verloopt het overleg tussen school en CLB over afwezige leerlingen (consultatief overleg, cel leerlingenbegeleiding, …)?',
            'Wanneer worden externe partners ingeschakeld, met het CLB als draaischijf naar schoolexterne interventies?',
            'Hoe houden school en CLB elkaar op de hoogte van afspraken en opvolging?',
            'Wat loopt goed in de samenwerking, en wat kan beter?',
          ],
        },
        {
          heading: 'Afspraken na het gesprek',
          table: [['Wat spreken we af?', 'Wie?', 'Tegen wanneer?', 'Opvolging'], ...emptyActionRows(4, 4)],
        },
      ],
    },
  },
  {
    slug: 'leidraad-dialoogdocument-plg-bhg-vlaams-brabant',
    title: 'Leidraad bij het dialoogdocument school',
    description:
      'Toelichting voor CLB-medewerkers die het dialoogdocument school gebruiken: waarom het document er is, hoe je het gesprek voorbereidt en voert, en hoe je de afspraken opvolgt.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Brussel en Vlaams-Brabant (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: ['afwezigheden', 'beleid-leerlingenbegeleiding', 'monitoring-data-analyse', 'partners'],
    categories: ['aanwezigheidsbeleid', 'dialoog-en-gesprek'],
    targetGroups: ['secundair-onderwijs', 'basisonderwijs'],
    phases: ['0', '1'],
    educationLevels: ['secundair-onderwijs', 'lager-onderwijs'],
    regions: ['vlaams-brabant', 'brussel'],
    format: 'pdf',
    fileName: 'leidraad-dialoogdocument-plg-bhg-vlaams-brabant',
    document: {
      title: 'Leidraad bij het dialoogdocument school',
      subtitle: 'PLG Brussel en Vlaams-Brabant',
      sections: [
        {
          heading: 'Waarom een dialoogdocument?',
          paragraphs: [
            'In de PLG Brussel en Vlaams-Brabant kozen de ankerfiguren na een prioriteringsoefening bijna unaniem voor het thema afwezigheden. Het dialoogdocument wil het gesprek tussen school en CLB over het aanwezigheidsbeleid ondersteunen en vergemakkelijken. Het vertrekt vanuit de visietekst Brussel (in samenwerking met Gil Keppens).',
            'Het document is geen controle-instrument, maar een hulpmiddel om samen een beeld te vormen van hoe de school vandaag met aanwezigheid omgaat en waar kansen liggen.',
          ],
        },
        {
          heading: 'Opbouw',
          bullets: [
            'Vier topics: registratie, data, beleid en samenwerking school-CLB.',
            'Per topic basisvragen: een gemeenschappelijke basis voor elk gesprek.',
            'Per topic verdiepende vragen: kies ze naargelang de vragen en noden van de school.',
            'Een afsprakentabel om af te sluiten.',
            'Een visuele flow die het verloop van het gesprek in één beeld toont.',
          ],
        },
        {
          heading: 'Voor wie?',
          paragraphs: [
            'Het document is geschreven voor het secundair onderwijs, maar kan ook in het basisonderwijs gebruikt worden. Het CLB brengt het gesprek op gang; aan schoolzijde zitten bij voorkeur mensen die zicht hebben op het beleid én op de dagelijkse praktijk, zoals directie, leerlingenbegeleiding en het secretariaat dat de afwezigheden registreert.',
          ],
        },
        {
          heading: 'Het gesprek voorbereiden',
          bullets: [
            'Spreek een moment af en licht het doel van het gesprek toe.',
            'Vraag de school om recente cijfers over afwezigheden mee te brengen.',
            'Bekijk vooraf welke signalen het CLB al heeft over aanwezigheid op deze school.',
            'Kies welke verdiepende vragen je wilt voorstellen; alles in één gesprek behandelen hoeft niet.',
          ],
        },
        {
          heading: 'Het gesprek voeren',
          bullets: [
            'Start met de basisvragen van elk topic en laat de school haar eigen werking benoemen.',
            'Ga dieper waar er energie of een duidelijke vraag zit.',
            'Benoem wat goed loopt, niet alleen de knelpunten.',
            'Leg verbanden tussen registratie, data, beleid en samenwerking.',
            'Bewaak de tijd, zodat er ruimte blijft voor afspraken.',
          ],
        },
        {
          heading: 'Na het gesprek',
          bullets: [
            'Noteer de afspraken in de afsprakentabel: wat, wie, tegen wanneer, opvolging.',
            'Bezorg de school een kort verslag.',
            'Plan een opvolgmoment en herneem het gesprek periodiek, bijvoorbeeld elk schooljaar.',
          ],
        },
      ],
    },
  },
  {
    slug: 'visuele-flow-dialoogdocument-plg-bhg-vlaams-brabant',
    title: 'Visuele flow bij het dialoogdocument school',
    description:
      'Eén overzicht van het verloop van het gesprek tussen school en CLB met het dialoogdocument: van voorbereiding via de vier topics naar afspraken en opvolging.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Brussel en Vlaams-Brabant (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: ['afwezigheden', 'beleid-leerlingenbegeleiding'],
    categories: ['aanwezigheidsbeleid', 'dialoog-en-gesprek'],
    targetGroups: ['secundair-onderwijs', 'basisonderwijs'],
    phases: ['0', '1'],
    educationLevels: ['secundair-onderwijs', 'lager-onderwijs'],
    regions: ['vlaams-brabant', 'brussel'],
    format: 'pdf',
    fileName: 'visuele-flow-dialoogdocument-plg-bhg-vlaams-brabant',
    document: {
      title: 'Visuele flow: het dialoogdocument in stappen',
      subtitle: 'PLG Brussel en Vlaams-Brabant',
      sections: [
        {
          heading: 'Het verloop in één beeld',
          table: [
            ['Stap', 'Wat gebeurt er?'],
            ['1. Voorbereiden', 'Doel afspreken, cijfers verzamelen, signalen van het CLB bundelen'],
            ['2. Registratie', 'Basisvragen en waar nodig verdiepende vragen'],
            ['3. Data', 'Basisvragen en waar nodig verdiepende vragen'],
            ['4. Beleid', 'Basisvragen en waar nodig verdiepende vragen'],
            ['5. Samenwerking school-CLB', 'Basisvragen en waar nodig verdiepende vragen'],
            ['6. Afspreken', 'Wat, wie, tegen wanneer, opvolging'],
            ['7. Opvolgen', 'Opvolgmoment plannen en het gesprek periodiek hernemen'],
          ],
        },
        {
          heading: 'Tip',
          paragraphs: [
            'De flow is geen vast stramien: start bij het topic waar de school het meest nood aan heeft, maar zorg dat alle vier de topics na verloop van tijd aan bod komen.',
          ],
        },
      ],
    },
  },

  // ───────────────────────────── PLG Limburg ─────────────────────────────
  {
    slug: 'dialoogfiche-aanwezig-op-school-plg-limburg',
    title: "Dialoogfiche 'Aanwezig op school'",
    description:
      'Dialoogfiche met ondersteunende fiches om samen met de school te werken naar een warm en verbindend aanwezigheidsbeleid, in vijf fasen: breed kijken, focus bepalen, plan opmaken, uitvoering, en vieren, delen en verduurzamen. Per fase: doel, richtvragen, rol van het CLB en resultaat.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Limburg (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: [
      'afwezigheden',
      'beleid-leerlingenbegeleiding',
      'bindingsperspectief',
      'proactieve-brede-basiszorg',
      'monitoring-data-analyse',
      'schoolcontext',
    ],
    categories: ['aanwezigheidsbeleid', 'dialoog-en-gesprek', 'beleid-en-planning', 'schoolklimaat'],
    targetGroups: ['secundair-onderwijs', 'basisonderwijs'],
    phases: ['0', '1'],
    educationLevels: ['secundair-onderwijs', 'lager-onderwijs'],
    regions: ['limburg'],
    format: 'docx',
    fileName: 'dialoogfiche-aanwezig-op-school-plg-limburg',
    document: {
      title: 'Aanwezig op school',
      subtitle: 'Naar een warm en verbindend aanwezigheidsbeleid op school – PLG Limburg',
      sections: [
        {
          heading: 'Vooraf',
          paragraphs: [
            'De PLG Limburg ging "van hobbels naar kansen" en koos na een prioritering voor één thema: aanwezigheden, bekeken op drie lagen (school, leerkracht, ouders). Deze fiche werkt op schoolniveau. Ze zoomt in op het secundair onderwijs, maar is ook te vertalen naar het basisonderwijs.',
            'Het CLB ondersteunt de school in haar groeiproces naar een actieve leerhouding en begeleidt de school in het ontwikkelen van een constructieve en oplossingsgerichte mindset. We werken constructief samen vanuit een gelijkwaardig partnerschap. Leidende principes zijn breed kijken, doelgericht werken en proactief handelen.',
          ],
          bullets: ['We luisteren en erkennen.', 'We creëren bewustwording.', 'We stimuleren een positieve vraagstelling.'],
        },
        {
          heading: 'De vijf fasen',
          table: [
            ['Fase', 'Rol van het CLB'],
            ['1. Breed kijken', 'Begeleiden en ondersteunen – een richtinggevende stem'],
            ['2. Focus bepalen', 'Kritische vriend'],
            ['3. Plan opmaken', 'Mogelijk actieve deelnemer, geen trekker; kritische vriend'],
            ['4. Uitvoering', 'Sparringpartner, niet verantwoordelijk voor de uitvoering'],
            ['5. Vieren, delen en verduurzamen', 'Ondersteunen bij terugblik, zichtbaar maken en borgen'],
          ],
        },
        ...phase('Fase 1 – Breed kijken', {
          intro:
            'In deze fase brengen we samen met de school haar aanwezigheidsbeleid in kaart. We combineren cijfers met ervaringen en gebruiken risico- en beschermende factoren als leidraad. Dit vormt de basis om in de volgende fase een duidelijke focus te bepalen.',
          doel: [
            'Inzicht krijgen in hoe de school omgaat met aanwezigheden.',
            'Sterktes, groeikansen, hiaten en uitdagingen in kaart brengen.',
            'Een gedeeld beeld vormen als vertrekpunt voor een gerichte focus.',
          ],
          richtvragen: [
            'Registratie en analyse – Hoe worden afwezigheden en te laat komen geregistreerd?',
            'Registratie en analyse – Welke codes (P, Z, D, B, …) worden waarvoor gebruikt?',
            'Registratie en analyse – Wat zeggen de data (bv. uit Discimus, Datawijzer, Dataloep)?',
            'Beleid en aanpak – Welke afspraken en stappen bestaan er binnen de school? Zijn ze helder, zichtbaar en raadpleegbaar?',
            'Beleid en aanpak – Wie doet wat, wanneer en hoe?',
            'Beleid en aanpak – Is de aanpak ondersteunend of sanctionerend, en waarom?',
            'Preventie en klimaat – Wat doet de school om preventief in te zetten op aanwezigheden, en hoe precies? Wordt er structureel aan gewerkt?',
            'Preventie en klimaat – Hoe draagt het schoolklimaat bij aan verbondenheid? Hoe merken jullie dat aan de leerling?',
            'Effect en evaluatie – Wat werkt in jullie aanpak, en wat niet?',
            'Effect en evaluatie – Zijn er signalen of input van leerlingen, ouders of inspectie?',
            'Effect en evaluatie – Hoe breng je het effect in kaart?',
          ],
          rolClb: [
            'Het CLB neemt een begeleidende rol op. Idealiter neemt de school het voortouw, maar dat is niet voor elke school vanzelfsprekend; het CLB is dan de gesprekspartner die structuur brengt, meedenkt en inhoudelijk verrijkt.',
            'We begeleiden het gesprek zonder het over te nemen en stimuleren dat de school haar eigen beleid onder woorden brengt.',
            'We stellen verdiepende vragen: hoe werkt dit in de praktijk, wat is het effect, waar zitten knelpunten én kansen?',
            'We brengen relevante CLB-informatie in: signalen uit eerdere gesprekken, expertise, observaties.',
            'We helpen verbanden leggen tussen losse elementen (data, aanpak, ervaring).',
            'We bewaken mee tempo en diepgang, met het oog op een realistische en gedragen focus in fase 2. Niet de trekker, wel een richtinggevende stem in een gedeelde dialoog.',
          ],
          resultaat: [
            'Een gedeeld en rijk beeld van het huidige aanwezigheidsbeleid.',
            'Inzicht in sterktes, knelpunten, risico- en beschermende factoren.',
            'Een stevige basis om een heldere en haalbare focus te bepalen.',
          ],
        }),
        {
          heading: 'Fase 1 · Voorwaarden',
          bullets: [
            'Een breed samengesteld team (directie, zorg, klastitularissen, secretariaat, …) met zicht op het huidige beleid tot in de praktische uitvoering.',
            'Bereidheid om open te reflecteren over bestaande praktijken.',
            'Tijd en ruimte om het gesprek in de diepte te voeren.',
          ],
        },
        ...phase('Fase 2 – Focus bepalen', {
          intro: 'Na de brede verkenning werken we naar een gerichte focus als uitgangspunt voor verdere acties.',
          doel: [
            'Een afgebakende focus kiezen: een bepaalde problematiek, doelgroep, …',
            'Een focus die aansluit bij wat leeft op de werkvloer en bij het beleid.',
          ],
          richtvragen: [
            'Welke problematiek of doelgroep willen we afbakenen?',
            'Sluit deze focus aan bij wat leeft op de werkvloer en bij het beleid?',
            'Welke impact of welk effect op de leerling beogen we?',
            'Hoe houden we de start klein en de ambitie realistisch?',
            'Met welke bestaande, gekende kaders en processen houden we rekening?',
          ],
          rolClb: ['Kritische vriend: bevragen, spiegelen en mee bewaken dat de focus haalbaar en gericht op de leerling blijft.'],
          resultaat: ['Een heldere, gedragen en haalbare focus als vertrekpunt voor het plan.'],
        }),
        ...phase('Fase 3 – Plan opmaken', {
          intro: 'De gekozen focus wordt concreet vertaald naar een gedragen plan dat houvast en richting biedt.',
          doel: ['Een concreet en gedragen plan dat houvast en richting geeft.'],
          richtvragen: [
            'Wat willen we realiseren?',
            'Wie zal dit realiseren?',
            'Hoe pakken we dit aan?',
            'Wie doet concreet wat, tegen wanneer?',
            'Hoe weten we of we bereiken wat we willen?',
          ],
          rolClb: [
            'Mogelijk actieve deelnemer, geen trekker.',
            'Kritische vriend.',
            'Meedenken, meewerken en inhoudelijk verrijken.',
          ],
          resultaat: ['Een ingevuld plan (sjabloon hieronder) met doelen, taakverdeling, timing en evaluatiemoment.'],
        }),
        {
          heading: 'Fase 3 · Sjabloon plan',
          table: [
            ['Wat willen we realiseren?', 'Wie?', 'Hoe?', 'Tegen wanneer?', 'Hoe weten we of het werkt?'],
            ...emptyActionRows(5, 4),
          ],
        },
        ...phase('Fase 4 – Uitvoering', {
          intro:
            'Het plan komt tot leven: acties worden uitgevoerd, opgevolgd en waar nodig bijgestuurd. De werkgroep bewaakt de uitvoering, met oog voor haalbaarheid, betrokkenheid en zichtbaar effect.',
          doel: ['Acties uitvoeren, opvolgen en bijsturen.', 'Haalbaarheid, betrokkenheid en zichtbaar effect bewaken.'],
          richtvragen: [
            'Welke acties zijn gestart, en hoe lopen ze?',
            'Wat merken we al bij leerlingen, collega’s en ouders?',
            'Waar moeten we bijsturen?',
            'Blijft iedereen betrokken?',
          ],
          rolClb: [
            'Sparringpartner, niet verantwoordelijk voor de uitvoering.',
            'Mee opvolgen, feedback geven, meedenken en helpen borgen.',
            'Gericht op het versterken van de uitvoering vanuit betrokkenheid en gedeeld eigenaarschap.',
          ],
          resultaat: ['Uitgevoerde en opgevolgde acties, met zicht op wat werkt en wat bijsturing vraagt.'],
        }),
        {
          heading: 'Fase 4 · Sjabloon opvolging',
          table: [['Actie', 'Stand van zaken', 'Wat merken we?', 'Bijsturing'], ...emptyActionRows(4, 4)],
        },
        ...phase('Fase 5 – Vieren, delen en verduurzamen', {
          intro:
            'Inspanningen verdienen het om zichtbaar gemaakt te worden: zo versterken we de motivatie, vergroten we de betrokkenheid, stimuleren we duurzaam en positief beleid en creëren we draagvlak voor verdere verandering.',
          doel: ['Resultaten en inspanningen zichtbaar maken.', 'Borgen wat werkt.'],
          richtvragen: [
            'Wat werkte goed, en waarom?',
            'Hoe maken we het zichtbaar? Wees creatief: projectmuur, sociale media, infographics, …',
            'Welk netwerk kunnen we gebruiken: scholengemeenschap, lokaal bestuur, media, …?',
            'Welke voorstellen formuleren we om te borgen?',
          ],
          rolClb: [
            'Ondersteunen bij de terugblik: wat werkte goed en waarom?',
            'Mee zichtbaar maken: denk breed.',
            'Uitwisseling stimuleren, intern en extern.',
            'Mee nadenken over borging: hoe krijgt wat werkt een vaste plek?',
          ],
          resultaat: ['Gevierde en gedeelde resultaten, en afspraken die een vaste plek krijgen in het schoolbeleid.'],
        }),
      ],
    },
  },
  {
    slug: 'dialoogfiche-aanwezig-in-de-klas-plg-limburg',
    title: "Dialoogfiche 'Aanwezig in de klas'",
    description:
      'Dialoogfiche op het niveau van de leerkracht, rond één of meer leerlingen: vanuit warme verbinding en structuur aan de slag met aanwezigheid in de klas. Dezelfde vijf fasen als de schoolfiche, telkens met doel, richtvragen, rol van het CLB en resultaat.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Limburg (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: ['afwezigheden', 'bindingsperspectief', 'gedrag-houding-motivatie', 'schoolcontext', 'functioneren-leerling'],
    categories: ['aanwezigheidsbeleid', 'dialoog-en-gesprek', 'leerkracht', 'schoolklimaat'],
    targetGroups: ['secundair-onderwijs', 'basisonderwijs'],
    phases: ['0', '1'],
    educationLevels: ['secundair-onderwijs', 'lager-onderwijs'],
    regions: ['limburg'],
    format: 'docx',
    fileName: 'dialoogfiche-aanwezig-in-de-klas-plg-limburg',
    document: {
      title: 'Aanwezig in de klas',
      subtitle: 'Vanuit warme verbinding en structuur aan de slag – PLG Limburg',
      sections: [
        {
          heading: 'Vooraf',
          paragraphs: [
            'Deze dialoogfiche is de tegenhanger van "Aanwezig op school", maar werkt op het niveau van de leerkracht, rond één of meer leerlingen. Ze volgt dezelfde vijf fasen en dezelfde opbouw: doel, richtvragen, rol van het CLB en resultaat.',
            'Vertrekpunt is dat de leerkracht een schakel kan zijn bij (het voorkomen van) schooluitval, vanuit warme verbinding én structuur. Het inspiratiedocument "Jij ziet mij – Leerkracht als schakel bij schooluitval" bundelt concrete tips van leerkrachten die je in fase 3 en 4 kunt gebruiken.',
          ],
        },
        ...phase('Fase 1 – Breed kijken', {
          doel: [
            'Samen met de leerkracht een beeld vormen van de aanwezigheid van de leerling(en) in de klas.',
            'Zowel zorgen als sterktes en beschermende factoren in kaart brengen.',
          ],
          richtvragen: [
            'Wat merk je op: afwezigheden, te laat komen, telkens dezelfde dagen of vakken?',
            'Hoe voelt de leerling zich in de klas? Met wie heeft hij of zij een goede band?',
            'Welke vakken lopen goed, welke minder?',
            'Wat weet je over de context van de leerling (thuis, vrienden, vrije tijd)?',
            'Wat heb je al geprobeerd, en wat was het effect?',
          ],
          rolClb: [
            'Begeleiden en ondersteunen: structuur brengen, meedenken, inhoudelijk verrijken.',
            'Relevante CLB-informatie inbrengen, met respect voor het beroepsgeheim.',
          ],
          resultaat: ['Een gedeeld beeld van de situatie in de klas, met sterktes en knelpunten.'],
        }),
        ...phase('Fase 2 – Focus bepalen', {
          doel: ['Een kleine, haalbare focus kiezen die impact heeft op de leerling.'],
          richtvragen: [
            'Wat willen we eerst veranderen voor deze leerling of deze klas?',
            'Wat ligt binnen de cirkel van invloed van de leerkracht?',
            'Hoe houden we de start klein en de ambitie realistisch?',
          ],
          rolClb: ['Kritische vriend.'],
          resultaat: ['Een afgebakende focus waar de leerkracht achter staat.'],
        }),
        ...phase('Fase 3 – Plan opmaken', {
          doel: ['Concrete acties in de klas, met warme verbinding en structuur als twee sporen.'],
          richtvragen: [
            'Warme verbinding: hoe toon je interesse, ga je informeel in gesprek, geef je erkenning voor inspanning en groei?',
            'Structuur: welke duidelijke regels, afspraken, grenzen en verwachtingen spreek je uit?',
            'Samenwerken: hoe betrek je ouders, leerlingbegeleiding en het CLB?',
            'Wie doet wat, tegen wanneer? Hoe weten we of het werkt?',
          ],
          rolClb: ['Mogelijk actieve deelnemer, geen trekker.', 'Meedenken en inhoudelijk verrijken.'],
          resultaat: ['Een klein en concreet actieplan voor de klas.'],
        }),
        {
          heading: 'Fase 3 · Sjabloon',
          table: [['Actie in de klas', 'Wie?', 'Tegen wanneer?', 'Hoe weten we of het werkt?'], ...emptyActionRows(4, 3)],
        },
        ...phase('Fase 4 – Uitvoering', {
          doel: ['De acties uitvoeren, opvolgen en bijsturen, met oog voor de draagkracht van de leerkracht.'],
          richtvragen: [
            'Wat merk je bij de leerling, bij de klasgroep, bij jezelf?',
            'Hoe hou je contact bij afwezigheid, en hoe onthaal je de leerling bij terugkeer?',
            'Waar heb je zelf ondersteuning nodig?',
          ],
          rolClb: ['Sparringpartner: mee opvolgen, feedback geven, meedenken.'],
          resultaat: ['Acties die lopen en worden bijgestuurd waar nodig.'],
        }),
        ...phase('Fase 5 – Vieren, delen en verduurzamen', {
          doel: ['Zichtbaar maken wat werkte en het een vaste plek geven.'],
          richtvragen: [
            'Wat werkte goed, en waarom?',
            'Met wie deel je dit: klassenraad, vakgroep, team?',
            'Hoe wordt wat werkt een gewoonte in de klas en in het team?',
          ],
          rolClb: ['Ondersteunen bij de terugblik, uitwisseling stimuleren en mee nadenken over borging.'],
          resultaat: ['Gedeelde ervaringen die ook andere leerkrachten inspireren.'],
        }),
      ],
    },
  },
  {
    slug: 'inspiratiedocument-leerkracht-als-schakel-plg-limburg',
    title: "Inspiratiedocument 'Jij ziet mij': leerkracht als schakel bij schooluitval",
    description:
      'Kleine gebaren, groot verschil: concrete ervaringen en tips van leerkrachten secundair onderwijs over wat je kunt doen preventief, tijdens een afwezigheid en bij de terugkeer van een leerling. Gebaseerd op een bevraging bij 31 leerkrachten.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Limburg (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: ['afwezigheden', 'bindingsperspectief', 'schoolcontext', 'scharniermomenten', 'gedrag-houding-motivatie'],
    categories: ['leerkracht', 'schoolklimaat', 'preventie', 'ouderbetrokkenheid'],
    targetGroups: ['secundair-onderwijs'],
    phases: ['0', '1'],
    educationLevels: ['secundair-onderwijs'],
    regions: ['limburg'],
    format: 'pdf',
    fileName: 'jij-ziet-mij-leerkracht-als-schakel-plg-limburg',
    document: {
      title: 'Jij ziet mij',
      subtitle: 'Kleine gebaren, groot verschil – hoe jij als leerkracht al impact hebt op schooluitval',
      sections: [
        {
          heading: 'Over dit document',
          paragraphs: [
            'De PLG Limburg bevroeg 31 leerkrachten uit het secundair onderwijs. Hoe zien leerkrachten het zelf? Wat is hun perspectief, hun beleving en hun taal? Uit hun antwoorden kwamen concrete ervaringen en tips voor drie momenten: preventief, tijdens een afwezigheid en bij de (gedeeltelijke) terugkeer van een leerling.',
            'Het document vraagt blijvend aandacht voor twee zaken: de draagkracht van leerkrachten en een aanwezigheidsbeleid op schoolniveau. Wat een leerkracht kan doen, staat niet los van de afspraken en de steun in het team.',
          ],
        },
        {
          heading: '1. Preventief – Jouw betrokkenheid maakt van in het begin een verschil',
          bullets: [
            'Warme relatie: interesse tonen; informeel in gesprek gaan; iets persoonlijks delen; humor gebruiken.',
            'Erkenning: complimenteren op inspanning en groei; emoties erkennen zonder oordeel; benoemen wat goed loopt.',
            'Structuur: duidelijke regels en afspraken maken; grenzen en verwachtingen uitspreken.',
            'Samenwerken: van in het begin contact met ouders; hen meenemen in school- en klasafspraken.',
          ],
        },
        {
          heading: '2. Tijdens afwezigheid – Er blijven bruggetjes, ook als een leerling er even niet is',
          bullets: [
            'Contact houden: een kaartje sturen; de leerling of de ouders eens bellen; buddy’s actief inzetten.',
            'Leerproces stimuleren: materiaal beschikbaar maken via het digitale leerplatform (bv. Smartschool); een buddy voor de notities; praktische opvolging door de klastitularis.',
            'Samenwerken: leerlingbegeleiding, CLB en eventueel externe partners tijdig betrekken; bij lange afwezigheid de klassenraad samenroepen en met ouders praten over slaagkansen.',
            'Eigen grenzen bewaken: hulp inschakelen.',
          ],
        },
        {
          heading: '3. Bij terugkeer – Je aanwezigheid doet ertoe, en dat voelen ze',
          bullets: [
            'Warm onthaal: een warm welkom in de klas en op de speelplaats; de leerling individueel aanspreken.',
            'Erkenning en begrip: emoties erkennen zonder oordeel; bereid zijn om te luisteren; de leerling het gevoel geven dat hij of zij ertoe doet.',
            'Heropstart faciliteren: herhaling inbouwen in de les; niet alles laten inhalen; afstemmen met de leerling.',
            'Samenwerken: blijven polsen bij de ouders; in het team afspraken maken over de opvolging.',
          ],
        },
        {
          heading: 'Overzicht',
          table: [
            ['Preventief', 'Tijdens afwezigheid', 'Bij terugkeer'],
            ['Warme relatie', 'Contact houden', 'Warm onthaal'],
            ['Erkenning', 'Leerproces stimuleren', 'Erkenning en begrip'],
            ['Structuur', 'Samenwerken', 'Heropstart faciliteren'],
            ['Samenwerken', 'Eigen grenzen bewaken', 'Samenwerken'],
          ],
        },
        {
          heading: 'Bijlage: mini-bevraging bij leerkrachten',
          paragraphs: [
            'Met deze korte bevraging peilde de PLG naar het perspectief en de beleving van de leerkracht en naar het handelen waartoe dat kan leiden. Je kunt ze gebruiken om het gesprek in je eigen team te openen.',
            'Gegevens: datum; vak(ken); initialen van de leerkracht; richting, finaliteit, graad of specifieke doelgroep; gemeente of stad van de school.',
            'Vind je als leerkracht dat je een schakel kunt zijn bij een afwezige leerling? Ja / Nee',
          ],
        },
        {
          heading: 'Bij "ja"',
          bullets: [
            'Wat maakt dat je ja zegt?',
            'Wat doe je dan?',
            'Waarom vind je dat belangrijk?',
            'Wat is het effect hiervan op de leerling, op de andere leerlingen en op jou als leerkracht?',
          ],
        },
        {
          heading: 'Bij "nee"',
          bullets: [
            'Wat maakt dat je nee zegt?',
            'Stel dat je toch iets zou kunnen betekenen, hoe klein ook: wat zou dat kunnen zijn?',
            'Waarom zou dat belangrijk zijn?',
            'Wat zou het effect kunnen zijn op de leerling, op de andere leerlingen en op jou als leerkracht?',
          ],
        },
      ],
    },
  },
  {
    slug: 'dialoogdocument-ouders-plg-limburg',
    title: 'Dialoogdocument ouders: in gesprek over een afwezige leerling',
    description:
      'Richtvragen voor een gesprek met de ouders van een afwezige leerling, gebaseerd op het kader van de Window of Tolerance en het Prodia-model. Vijf domeinen (thuis, school, sociaal, individu, cultuur) helpen bepalen wat het raam groter of kleiner maakt en waar je nu en later op inzet.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Limburg (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: ['afwezigheden', 'thuis-leefomgeving', 'functioneren-leerling', 'schoolcontext', 'bindingsperspectief'],
    categories: ['ouderbetrokkenheid', 'dialoog-en-gesprek', 'aanwezigheidsbeleid', 'psychisch-welbevinden'],
    targetGroups: ['secundair-onderwijs', 'basisonderwijs'],
    phases: ['1', '2'],
    educationLevels: ['secundair-onderwijs', 'lager-onderwijs'],
    regions: ['limburg'],
    format: 'docx',
    fileName: 'dialoogdocument-ouders-plg-limburg',
    document: {
      title: 'Dialoogdocument ouders',
      subtitle: 'Richtvragen voor een gesprek met de ouders van een afwezige leerling – PLG Limburg',
      sections: [
        {
          heading: 'Over dit document',
          paragraphs: [
            'Dit document biedt richtvragen voor een gesprek met de ouders van een leerling die afwezig is of spijbelt. Het helpt om breed te kijken en vervolgens samen te bepalen waar je nu en in de toekomst op kunt en wilt inzetten.',
            'Het steunt op twee kaders. Het Prodia-model bekijkt de leerling altijd in wisselwerking met de school en de thuis- en leefomgeving. De Window of Tolerance is het raam waarbinnen iemand spanning kan verdragen en goed kan functioneren: sommige factoren maken dat raam groter, andere maken het kleiner.',
            'Kies per domein de vragen die passen; niet alle vragen moeten aan bod komen. Noteer wat het raam groter maakt (wat helpt) en wat het kleiner maakt (wat het moeilijk maakt).',
          ],
        },
        {
          heading: 'Thuis',
          bullets: [
            'Zijn er praktische problemen (vervoer, financiën, …)?',
            'Hoe is de relatie met de ouders? Legitimeren de ouders de afwezigheid?',
            'Hoe zijn de ouders betrokken bij de schoolloopbaan van hun kind?',
            'Zijn er bepaalde gevoeligheden binnen het gezin?',
            'Waar botsen de ouders op in de opvoeding van de kinderen?',
            'Hoe is de relatie met broers en zussen?',
          ],
        },
        {
          heading: 'School',
          bullets: [
            'Hoe voelt de leerling zich op school?',
            'Met welke leerkrachten heeft de leerling een goed, neutraal of slecht contact?',
            'Welke vakken gaan (minder) goed?',
            'Zijn er bepaalde dagen waarop de leerling steeds afwezig is?',
            'Hoe zag de schoolloopbaan eruit? Veel schoolwissels? Veel wisselende leerkrachten?',
            'Hoe kijkt de leerling naar "school"?',
          ],
        },
        {
          heading: 'Sociaal',
          bullets: [
            'Bij wie kan de leerling terecht?',
            'Zit de leerling in een groep (jeugdbeweging, sportclub, …)?',
            'Bij wie voelt de leerling zich goed?',
            'Wie zijn de vrienden van de leerling, op en buiten de school?',
            'Hoe voelt de leerling zich tussen leeftijdsgenoten?',
          ],
        },
        {
          heading: 'Individu',
          bullets: [
            'Wat bezorgt de leerling stress?',
            'Wat geeft de leerling energie?',
            'Wat zit er in de rugzak van de leerling?',
            'Spelen er medische factoren mee?',
            'Wat zijn de leefgewoonten van de leerling (slaap, voeding, gsm-gebruik, …)?',
            'Hoe vult de leerling de vrije tijd in?',
          ],
        },
        {
          heading: 'Cultuur',
          bullets: [
            'Hoe kijkt de cultuur of geloofsovertuiging naar onderwijs?',
            'Hoe staat de cultuur of geloofsovertuiging tegenover hulp van buitenaf?',
            'Wat is de visie op thuisblijven?',
            'Welke normen en waarden heersen er?',
          ],
        },
        {
          heading: 'Wat maakt het raam groter, wat maakt het kleiner?',
          table: [
            ['Domein', 'Wat maakt het raam groter?', 'Wat maakt het raam kleiner?'],
            ['Thuis', '', ''],
            ['School', '', ''],
            ['Sociaal', '', ''],
            ['Individu', '', ''],
            ['Cultuur', '', ''],
          ],
        },
        {
          heading: 'Focus: waar zetten we op in?',
          table: [['Nu', 'Later', 'Wie doet wat?'], ...emptyActionRows(3, 3)],
        },
      ],
    },
  },

  // ───────────────────────────── PLG Oost-Vlaanderen ─────────────────────────────
  {
    slug: 'actieplan-aanwezigheidsbeleid-plg-oost-vlaanderen',
    title: 'Actieplan aanwezigheidsbeleid',
    description:
      'Wat kun je als school en partner doen in fase 0 en 1 van het zorgcontinuüm, op een meer preventief niveau? Een actieplan met info, tips en tools om zicht te krijgen op het huidige beleid, te bepalen waar je nog op kunt inzetten en concrete stappen te zetten.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG Oost-Vlaanderen (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: ['afwezigheden', 'proactieve-brede-basiszorg', 'beleid-leerlingenbegeleiding', 'vroege-detectie', 'bindingsperspectief'],
    categories: ['aanwezigheidsbeleid', 'preventie', 'beleid-en-planning'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs'],
    phases: ['0', '1'],
    educationLevels: ['lager-onderwijs', 'secundair-onderwijs'],
    regions: ['oost-vlaanderen'],
    format: 'pdf',
    fileName: 'actieplan-aanwezigheidsbeleid-plg-oost-vlaanderen',
    document: {
      title: 'Actieplan aanwezigheidsbeleid',
      subtitle: 'Preventief werken in fase 0 en 1 van het zorgcontinuüm – PLG Oost-Vlaanderen',
      sections: [
        {
          heading: 'Waarom dit actieplan?',
          paragraphs: [
            'Dit actieplan richt zich op wat je als school en als partner kunt doen in fase 0 (brede basiszorg) en fase 1 (verhoogde zorg) van het zorgcontinuüm: op een meer preventief niveau dus, nog voor afwezigheden problematisch worden.',
            'Het plan bouwt voort op bestaande spijbelactieplannen (onder meer dat van Gent) en andere bronnen. Het oorspronkelijke plan is een Canva-document met doorkliklinks naar info, tips en tools. In eerste instantie wordt het via de Oost-Vlaamse CLB’s naar de scholen verspreid.',
          ],
        },
        {
          heading: 'Stap 1 – Zicht krijgen op het huidige beleid',
          bullets: [
            'Welke afspraken rond aanwezigheid heeft de school vandaag, en wie kent ze?',
            'Hoe worden afwezigheden geregistreerd en opgevolgd?',
            'Wat zeggen de cijfers over afwezigheden?',
            'Hoe werkt de school vandaag aan een verbindend schoolklimaat?',
          ],
        },
        {
          heading: 'Stap 2 – Waar kunnen we nog op inzetten?',
          paragraphs: ['Gebruik de fasen van het zorgcontinuüm als kapstok.'],
          bullets: [
            'Fase 0 – brede basiszorg: verbindend schoolklimaat, duidelijk registratiebeleid, opvolging na registratie, samenwerkingsafspraken met partners.',
            'Fase 1 – verhoogde zorg: vroeg signaleren, nauwe opvolging van individuele leerlingen, tijdig overleg met het CLB.',
          ],
        },
        {
          heading: 'Stap 3 – Concrete stappen',
          table: [['Actie', 'Wie?', 'Tegen wanneer?', 'Hoe volgen we op?'], ...emptyActionRows(4, 4)],
        },
      ],
    },
  },

  // ───────────────────────────── PLG West-Vlaanderen ─────────────────────────────
  {
    slug: 'psychisch-kwetsbare-jongeren-plg-west-vlaanderen',
    title: 'Psychisch kwetsbare jongeren: kader en fiches per fase',
    description:
      'Provinciaal, netoverstijgend kader voor CLB-medewerkers om aan de slag te gaan bij schoolweigering en afwezigheden wegens psychische kwetsbaarheid, met per fase van het zorgcontinuüm een fiche: situering, rol van het CLB, mogelijke vragen en tools, inspirerende praktijken en aanbevelingen.',
    sourceType: 'plg-ankerfiguren',
    publisher: 'PLG West-Vlaanderen (ankerfiguren STS)',
    publishedDate: PLG_DATE,
    topics: [
      'afwezigheden',
      'functioneren-leerling',
      'beleid-leerlingenbegeleiding',
      'partners',
      'jongeren-in-jeugdhulp',
      'schoolloze-jongeren',
    ],
    categories: ['psychisch-welbevinden', 'aanwezigheidsbeleid', 'netwerking'],
    targetGroups: ['secundair-onderwijs', 'jongeren-in-jeugdhulp', 'schoolloze-jongeren'],
    phases: ['0', '1', '2', '3'],
    educationLevels: ['secundair-onderwijs', 'lager-onderwijs'],
    regions: ['west-vlaanderen'],
    format: 'pdf',
    fileName: 'psychisch-kwetsbare-jongeren-plg-west-vlaanderen',
    document: {
      title: 'Psychisch kwetsbare jongeren',
      subtitle: 'Kader en fiches per fase van het zorgcontinuüm – PLG West-Vlaanderen',
      sections: [
        {
          heading: 'Het kader',
          paragraphs: [
            'Dit provinciale, netoverstijgende kader helpt om aan de slag te gaan in situaties van schoolweigering en van afwezigheden wegens psychische kwetsbaarheid. Het volgt de fasen van het zorgcontinuüm en is bedoeld als inhoudelijke ondersteuning voor CLB-medewerkers. Deze samenvatting geeft per fase de kern weer; de fiche voor fase 2 (alternatieve trajecten en draaischijffunctie) is hieronder volledig opgenomen.',
            'Bij zulke afwezigheden gaat het vaak om gewettigde afwezigheden (Z- of P-codes) of om een mengeling van codes. Een scan op álle afwezigheidscodes, en niet enkel op de B-codes, is dan ook belangrijk.',
          ],
        },
        {
          heading: 'Opbouw van elke fiche',
          bullets: [
            'Een situering van de fiche.',
            'De rol van het CLB.',
            'Mogelijke vragen en bruikbare tools.',
            'Inspirerende praktijken.',
            'Aanbevelingen en informatiebronnen.',
          ],
        },
        {
          heading: 'Fase 0 – Brede basiszorg',
          paragraphs: [
            'Beschermende factoren op schoolniveau maken het verschil: een beleid op leerlingenbegeleiding, een doordacht aanwezigheidsbeleid en een verbindend schoolklimaat. Het CLB kan de school hierin ondersteunen, bijvoorbeeld met de materialen en goede praktijken uit deze toolbox.',
          ],
        },
        {
          heading: 'Fase 1 – Verhoogde zorg',
          paragraphs: [
            'Vroeg signaleren en nauw opvolgen. Bij gewettigde afwezigheden is de vraag welke onderwijsmogelijkheden er zijn; bij schoolweigering gaat het vaak om angst voor de schoolpoort. De school neemt acties op maat van de leerling en overlegt met het CLB.',
          ],
        },
        {
          heading: 'Fase 2 – Alternatieve trajecten en draaischijffunctie: situering',
          paragraphs: [
            'Soms moet het schoollopen (tijdelijk) losgelaten worden. Dat moet altijd een weloverwogen keuze zijn met een duidelijk doel. De focus ligt telkens op de vraag: "Hoe kunnen we de jongere en het systeem versterken?" Het CLB moet hierbij betrokken worden.',
          ],
        },
        {
          heading: 'Fase 2 – Rol van het CLB: draaischijffunctie',
          bullets: [
            'Aftoetsen of een alternatief traject het beste is voor de jongere.',
            'Doorverwijzen naar externe hulp, in overleg met de leerling of de ouders en de school.',
            'Zoeken naar een passend schoolextern aanbod en samen met de school het verdere onderwijstraject en de externe hulpverlening coördineren.',
            'School, leerling, ouders en externe hulpverleners met elkaar verbinden en de samenwerking coördineren.',
          ],
        },
        {
          heading: 'Fase 3 – Individueel aangepast curriculum',
          paragraphs: [
            'Alternatieve leerwegen: het klassieke kader wordt losgelaten en alle partners zijn betrokken. Ook hier blijft de vraag centraal hoe de jongere en het systeem versterkt kunnen worden, met het oog op een terugkeer naar leren.',
          ],
        },
        {
          heading: 'Aanbevelingen en informatiebronnen',
          paragraphs: [
            'Elke fiche sluit af met aanbevelingen en informatiebronnen, en met inspirerende praktijken uit de provincie. Raadpleeg hiervoor de volledige fiches van de PLG West-Vlaanderen via je CLB of de ankerfiguur Samen tegen Schooluitval.',
          ],
        },
      ],
    },
  },

  // ───────────────────────────── Netwerk STS Vlaams-Brabant (seed 002) ─────────────────────────────
  {
    slug: 'actieplan-netwerk-sts-vlaams-brabant',
    title: 'Actieplan Netwerk Samen tegen Schooluitval Vlaams-Brabant',
    description:
      'Het actieplan van het netwerk Samen tegen Schooluitval in Vlaams-Brabant, dat samenwerkt met de Lerende Netwerken Jeugdhulp-Onderwijs: het aanbod bekendmaken, sectoren samenbrengen, organisaties op elkaar afstemmen, lokaal en Vlaams verbinden, en extra aandacht voor thema’s en doelgroepen.',
    sourceType: 'sts-netwerk',
    publisher: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant',
    publishedDate: '2023-06-30',
    topics: [
      'partners',
      'basisprincipes-netwerkgericht-werken',
      'afwezigheden',
      'scharniermomenten',
      'na-ongekwalificeerde-uitstroom',
      'taalachterstand-anderstalige-context',
      'jongeren-in-jeugdhulp',
      'basisonderwijs',
      'buitengewoon-onderwijs',
    ],
    categories: ['netwerking', 'beleid-en-planning', 'overgangen'],
    targetGroups: ['basisonderwijs', 'secundair-onderwijs', 'buitengewoon-onderwijs', 'jongeren-in-jeugdhulp'],
    phases: ['0', '1', '2'],
    educationLevels: ['lager-onderwijs', 'secundair-onderwijs', 'buitengewoon-onderwijs'],
    regions: ['vlaams-brabant'],
    format: 'pdf',
    fileName: 'actieplan-netwerk-sts-vlaams-brabant',
    externalUrl: 'https://www.samentegenschooluitvalvb.be',
    document: {
      title: 'Actieplan Netwerk Samen tegen Schooluitval Vlaams-Brabant',
      sections: [
        {
          heading: 'Algemeen doel',
          paragraphs: [
            'Het netwerk Samen tegen Schooluitval (onderwijs) bundelt in Vlaams-Brabant de krachten met de Lerende Netwerken Jeugdhulp-Onderwijs (welzijn). Samen brengen we sectoroverschrijdend de expertises rond de tafel die het leerrecht bevorderen. Onderwijs en jeugdhulp inspireren elkaar, maar ook arbeid en geestelijke gezondheidszorg zijn essentiële partners om schooluitval te vermijden.',
          ],
        },
        {
          heading: '1. Het aanbod rond schooluitval kenbaar en overzichtelijk maken',
          bullets: [
            'Website: www.samentegenschooluitvalvb.be.',
            'Meldpunt SI (www.meldpuntsi.be): een website met een overzicht van alle aanbieders van schoolexterne interventies, een medewerkster bij wie je terecht kunt voor consult, en een jaarlijks infomoment.',
            'Nieuwsbrief: activiteiten rond schooluitval in de provincie en in heel Vlaanderen bekendmaken, en inspirerende praktijken, tools en materialen delen.',
          ],
        },
        {
          heading: '2. Betrokkenen uit verschillende sectoren samenbrengen',
          bullets: [
            'Provinciaal Platform Samen tegen Schooluitval: één keer per jaar, om te netwerken en goede praktijken van anderen te horen. Thema 2023: goede praktijken van netwerken om schooluitval te vermijden.',
            'Inspiratiedag: een bepaald thema rond schooluitval extra in de kijker zetten. Eerdere thema’s: verbindend schoolklimaat (2019), warme overdracht onderwijs – arbeidsmarkt/vervolgopleiding (2020), samen kansen geven aan (ex-)OKAN-leerlingen (2022).',
          ],
        },
        {
          heading: '3. Afstemming tussen organisaties',
          bullets: [
            'Stuurgroep: vertegenwoordiging vanuit CLB, Alba vzw, Provincie Vlaams-Brabant, NAFT, Yuneco en VDAB. Doel: het actieplan rond schooluitval voor de provincie vormgeven.',
            'Werkgroep Recht op Leren: aanbieders van schoolexterne interventies in Vlaams-Brabant en aanmelders, en iedereen die mee wil denken om het recht op leren te garanderen voor jongeren bij wie schooluitval dreigt. Doel: de toeleiding naar het Meldpunt bekijken en de samenwerking bevorderen.',
            'Deelname aan lokale netwerken om mee na te denken over een goede afstemming, informatie uit te wisselen en signalen op te vangen, en samenwerking met LOP-deskundigen.',
          ],
        },
        {
          heading: 'Lokale netwerken',
          table: [
            ['Regio', 'Netwerk of samenwerking'],
            [
              'Halle',
              'Schoolondersteuning Halle (stad Halle met Arktos en Groep INTRO; stuurgroep NAFT onder voorzitterschap van de stad, met Arktos, Groep INTRO, scholen, CLB’s en LOP); stuurgroep P.L.E.K. (stad Halle met Don Bosco, ter ondersteuning van het basisonderwijs)',
            ],
            [
              'Leuven',
              'Steunpunt schooluitval Leuven (stad Leuven); RiS+K, lerend netwerk van scholen, CLB’s, NAFT-aanbieders en LOP; Themagroep schooluitval van de residentiële voorzieningen (VAPH en Opgroeien)',
            ],
            ['Vilvoorde', 'Stuurgroep NAFT Vilvoorde-Machelen; samenwerking met het LOP rond schooluitval (mee organiseren van een netwerkmoment)'],
            ['Asse-Merchtem-Opwijk', 'Samenwerking tussen scholen en lokale besturen met Groep INTRO'],
            ['Diest', 'Samenwerking tussen stad Diest, Arktos, de Diestse scholen, CLB en JAC'],
          ],
        },
        {
          heading: '4. Wisselwerking lokaal – Vlaams',
          bullets: [
            'De coördinatoren komen ongeveer om de zes weken samen met de collega’s van de andere provincies en Brussel, samen met het Agentschap Opgroeien en het departement Onderwijs en Vorming.',
            'Informatie uit Vlaanderen en de andere provincies wordt doorgegeven via de nieuwsbrief, werkgroepen, …',
            'Signalen worden op de intervisies doorgegeven aan het departement Onderwijs en het Agentschap Opgroeien.',
            'Gezamenlijke actiepunten op Vlaams niveau: een leidraad problematische afwezigheden, een gezamenlijk aanmeldingsformulier voor schoolexterne interventies, een werkgroep basisonderwijs, uitwisseling rond leerrecht en schoolexterne interventies, debatlunches van Opgroeien.',
          ],
        },
        {
          heading: '5. Extra focus op thema’s en doelgroepen',
          bullets: [
            'Context van de leerling.',
            'Anderstaligheid en (ex-)OKAN: deelname aan de provinciale OKAN-groep naargelang het thema; inspiratiedag mei 2022.',
            'Basisonderwijs: Vlaamse werkgroep rond preventief werken tegen schooluitval in het basisonderwijs.',
            'BuSO-jongeren: tijdelijke werkgroep in de regio Vlaams-Brabant Oost rond samenwerking tussen BuSO, voorzieningen en dagbestedingen.',
            'Kinderen en jongeren in jeugdhulp of voorzieningen: Themagroep schooluitval regio Leuven; project onderwijsambassadeurs vanuit voorzieningen.',
            'Kinderen en jongeren met een psychische kwetsbaarheid: vorming rond psychische kwetsbaarheid en schooluitval in 2019 en 2020.',
            'Jongeren uit arbeidsmarktgerichte opleidingen (arbeidsmarktfinaliteit, BSO, DBSO).',
            'Spijbelen en afwezigheden: een Vlaamse leidraad problematische afwezigheden in opmaak; een provinciale werkgroep met afgevaardigden van elk CLB om het afsprakenkader afwezigheden te actualiseren.',
            'Studiekeuze en talenten: op het Provinciaal Platform 2022 het voorbeeld van de regio Pajottenland en Zennevallei rond de overgang basis – secundair onderwijs.',
            'Verbindend schoolklimaat (preventie): actiedag 2019 en inspirerende praktijken via de nieuwsbrief.',
            'Warme overdracht onderwijs – arbeidsmarkt/vervolgopleiding: een overzicht van projecten en organisaties die deze overdracht begeleiden; de brochure "Ik maak werk van mijn toekomst"; het ESF-project transitietrajecten vroegtijdig schoolverlaten.',
          ],
        },
        {
          heading: 'Meer informatie',
          bullets: [
            'https://www.samentegenschooluitvalvb.be',
            'https://www.meldpuntsi.be',
            'https://www.samentegenschooluitvalvb.be/nieuwsbrief',
            'https://www.onderwijs.vlaanderen.be/samen-tegen-schooluitval',
          ],
        },
      ],
    },
  },
  {
    slug: 'brochure-ik-maak-werk-van-mijn-toekomst',
    title: "Brochure 'Ik maak werk van mijn toekomst'",
    description:
      'Brochure van het netwerk Samen tegen Schooluitval Vlaams-Brabant voor jongeren die vermoedelijk de school zonder kwalificatie zullen verlaten. Ze hoort bij het werk rond warme overdracht van onderwijs naar arbeidsmarkt of vervolgopleiding.',
    sourceType: 'sts-netwerk',
    publisher: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant',
    publishedDate: '2023-06-30',
    topics: ['na-ongekwalificeerde-uitstroom', 'scharniermomenten', 'secundair-onderwijs', 'partners'],
    categories: ['overgangen', 'netwerking'],
    targetGroups: ['secundair-onderwijs', 'schoolloze-jongeren'],
    phases: ['2', '3'],
    educationLevels: ['secundair-onderwijs'],
    regions: ['vlaams-brabant'],
    format: 'pdf',
    fileName: 'brochure-ik-maak-werk-van-mijn-toekomst',
    externalUrl:
      'https://www.samentegenschooluitvalvb.be/thema-s/warme-overdracht-onderwijs-arbeidsmarkt-vervolgopleiding/ik-maak-werk-van-mijn-toekomst',
    document: {
      title: 'Ik maak werk van mijn toekomst',
      subtitle: 'Over de brochure van het netwerk Samen tegen Schooluitval Vlaams-Brabant',
      sections: [
        {
          heading: 'Wat is het?',
          paragraphs: [
            'Een brochure die het netwerk Samen tegen Schooluitval Vlaams-Brabant maakte voor jongeren die vermoedelijk de school zonder kwalificatie zullen verlaten.',
            'De brochure maakt deel uit van het werk rond warme overdracht van onderwijs naar arbeidsmarkt of vervolgopleiding. Het netwerk houdt daarnaast een overzicht bij van projecten en organisaties die deze overdracht begeleiden.',
          ],
        },
        {
          heading: 'Voor wie?',
          bullets: [
            'Jongeren die dreigen de school zonder kwalificatie te verlaten.',
            'Leerlingbegeleiders, CLB-medewerkers en partners die deze jongeren begeleiden bij de overstap.',
          ],
        },
        {
          heading: 'Waar vind je de brochure?',
          paragraphs: [
            'De brochure staat op de website van het netwerk: https://www.samentegenschooluitvalvb.be/thema-s/warme-overdracht-onderwijs-arbeidsmarkt-vervolgopleiding/ik-maak-werk-van-mijn-toekomst',
          ],
        },
      ],
    },
  },

  // ───────────────────────────── GO! CLB Vilvoorde (seed 003) ─────────────────────────────
  // sourceType 'onderwijspartner': a CLB belongs to the education field (it is organised and funded under
  // Onderwijs and works inside the schools' care continuum); it is neither an STS network nor a PLG product,
  // and 'netwerkpartner' is kept for partners from welfare, work and other sectors.
  {
    slug: 'workshop-vroegdetectie-go-clb-vilvoorde',
    title: 'Workshop vroegdetectie: leerlingen die risico lopen om ongekwalificeerd uit te stromen',
    description:
      'Workshop van GO! CLB Vilvoorde over vroegdetectie in de derde graad van het basisonderwijs: kader en visie, de werkwijze met een detectielijst van risico- en beschermende factoren, de cut-off van meer dan 10 afwezigheidscodes en 2 of meer risicofactoren, en de cijfers van het eerste jaar.',
    sourceType: 'onderwijspartner',
    publisher: 'GO! CLB Vilvoorde',
    publishedDate: '2024-03-01',
    topics: [
      'vroege-detectie',
      'monitoring-data-analyse',
      'afwezigheden',
      'basisonderwijs',
      'scharniermomenten',
      'proactieve-brede-basiszorg',
      'beleid-leerlingenbegeleiding',
    ],
    categories: ['vroegdetectie', 'preventie', 'beleid-en-planning', 'overgangen'],
    targetGroups: ['basisonderwijs'],
    phases: ['0', '1'],
    educationLevels: ['lager-onderwijs'],
    regions: ['vlaams-brabant'],
    format: 'pdf',
    fileName: 'workshop-vroegdetectie-go-clb-vilvoorde',
    document: {
      title: 'Workshop vroegdetectie',
      subtitle: 'Leerlingen die risico lopen om ongekwalificeerd uit te stromen – GO! CLB Vilvoorde',
      sections: [
        {
          heading: 'Een kader vanuit data',
          bullets: [
            'Het jaarrapport 2022 van scholengroep Scoop toont een hoge ongekwalificeerde uitstroom (26%), stijgend en fluctuerend over de jaren heen binnen de zes secundaire scholen, en boven het Vlaamse gemiddelde en de Europese en Vlaamse doelstellingen.',
            'Ook het VDAB-rapport voor de regio Vilvoorde werd gebruikt als input.',
          ],
        },
        {
          heading: 'Visie en maatschappelijk belang',
          paragraphs: [
            'GO! CLB Vilvoorde draagt bij tot het welbevinden, de participatie én het groeipotentieel van alle leerlingen van de scholen die het bedient, met bijzondere aandacht voor leerlingen die kansenbedreigd zijn. Daaronder vallen evenzeer leerlingen die, om welke reden ook, afhaken in het volhouden of volbrengen van hun onderwijsloopbaan.',
            'Bij het opnieuw aanhaken aan het onderwijs staat het sociaal-emotioneel welbevinden voorop. Leerprestaties zijn pas echt betekenisvol als elke leerling succeservaringen kan opdoen binnen zijn opleidingskeuze en optimaal voorbereid wordt op een perspectiefbiedend vervolgtraject, op de arbeidsmarkt of in het vervolgonderwijs. Samen met de scholen en externe partners zoekt het CLB voor elke leerling een uniek traject dat leidt tot een kwalificatie.',
          ],
          bullets: [
            'Maatschappelijk belang: toekomst, jongeren, kansen.',
            'Persoonlijk belang voor de leerling: zelfvertrouwen, eigenwaarde, zelfontplooiing.',
          ],
        },
        {
          heading: 'Voorwaarden',
          bullets: [
            'Goesting en motivatie binnen het CLB-team.',
            'Kritische vragen en teamwerk, vanuit bezorgdheid voor de jongeren en hun toekomst.',
            'De betrokkenheid van de scholen.',
          ],
        },
        {
          heading: 'Inbedding in het beleidsplan: een strategische doelstelling',
          paragraphs: [
            'De ongekwalificeerde uitstroom van leerlingen in de scholen die GO! CLB Vilvoorde bedient, wordt teruggedrongen door een snelle detectie van leerlingen at risk én door het gericht inzetten van alternatieve trajecten uit het aanbod van relevante partners in het lokale en regionale onderwijs- en welzijnsveld, in nauwe samenwerking en afstemming met het schoolteam.',
          ],
        },
        {
          heading: 'Reflectie: risico- en beschermende factoren',
          paragraphs: ['In de workshop werden deelnemers uitgenodigd om samen na te denken over volgende vragen:'],
          bullets: [
            'Wat zijn volgens jullie risicofactoren voor vroegtijdige schooluitval en ongekwalificeerde uitstroom?',
            'Wat zijn volgens jullie beschermende factoren die uitval helpen voorkomen?',
            'Op welke van deze factoren kunnen we zicht krijgen: als school, als CLB, als partner binnen welzijn?',
            'Wat zou ik als risico- en beschermende factoren in mijn eigen detectielijst willen opnemen?',
          ],
        },
        {
          heading: 'Waarom de derde graad van het basisonderwijs?',
          paragraphs: [
            'In plaats van te starten in het secundair onderwijs koos het CLB voor de derde graad van het basisonderwijs. Die keuze werd gekoppeld aan het referentiekader van de inspectie en het R-CLB-K.',
          ],
          bullets: ['Proactief werken.', 'Preventief werken.', 'School- en ouderbetrokkenheid.', 'Schooloriëntering.'],
        },
        {
          heading: 'De detectielijst en de cut-off',
          paragraphs: [
            'De detectie verloopt in twee stappen. Eerst worden de leerlingen geselecteerd met meer dan 10 afwezigheidscodes. Voor die leerlingen wordt de detectielijst overlopen: wie op 2 of meer risicofactoren scoort, wordt als leerling at risk besproken. Beschermende factoren worden mee in beeld gebracht, omdat ze aangeven waar je kunt op voortbouwen.',
            'Het inschatten van de ernst is niet helemaal arbitrair, maar de cut-off blijft een keuze: evalueer na elk schooljaar en stuur bij.',
            'De detectielijst stel je samen vanuit de risico- en beschermende factoren waarop school en CLB zicht hebben.',
          ],
        },
        {
          heading: 'Aanvulling vanuit de toolbox: wat voorspelt uitval?',
          paragraphs: [
            'Bij het samenstellen van een eigen detectielijst helpt het overzicht van Bowers, Sprott en Taff (2013, "Do we know who will drop out?"): vooral afwezigheden, zittenblijven en leerresultaten dragen signaal, en het verloop over de tijd zegt meer dan één momentopname. Taalachtergrond of schoolwissels alleen voorspellen zwak. Gebruik herkomst, nationaliteit of thuistaal nooit als criterium; kijk bij taal naar een vastgestelde taalachterstand (een screeningsresultaat).',
          ],
        },
        {
          heading: 'Tips: inzetten op beschermende factoren',
          bullets: [
            'Hoe kunnen we preventief en proactief aan de slag, elk vanuit onze eigenheid?',
            'Hoe bouwen we aan een goede schooloriëntering, met een blik op wat binnen onze cirkel van invloed ligt?',
            'Hoe zetten we dit op vanuit partnerschap: school (binding), ouders (betrokkenheid) en de motivatie van de leerling?',
            'Wat is de impact van peers, en hoe kunnen we die inzetten?',
            'Hoe kunnen we leerlingen bereiken via filmpjes?',
          ],
        },
        {
          heading: 'Wat leerde het eerste jaar ons?',
          paragraphs: [
            'In het eerste jaar werden 1332 leerlingen van de derde graad basisonderwijs bekeken. Daarnaast hadden 12 leerlingen uit het vierde leerjaar, die al de overstap naar het secundair onderwijs konden maken, eveneens 10 of meer afwezigheidscodes; 8 van hen liepen volgens de detectietool al risico op vroegtijdig schoolverlaten.',
          ],
          table: [
            ['Groep', 'Leerlingen', 'Meer dan 10 codes', '2+ risicofactoren', '% van alle leerlingen', '% van leerlingen met meer dan 10 codes'],
            ['5e leerjaar', '655', '168 (25,6%)', '53', '8,1%', '31,5%'],
            ['6e leerjaar', '677', '146 (21,5%)', '60', '8,9%', '41,1%'],
            ['Derde graad totaal', '1332', '314 (23,6%)', '113', '8,5%', '36%'],
          ],
        },
        {
          heading: 'En dan? Wie neemt welke rol op rond een leerling at risk?',
          paragraphs: [
            'Detectie is pas een begin. Rond elke leerling at risk wordt bekeken wie welke rol opneemt, in samenwerking tussen school, CLB en partners.',
          ],
          bullets: ['De leerling', 'Medeleerlingen', 'Ouders', 'School', 'CLB', 'Partners', 'Welzijn'],
        },
      ],
    },
  },

  // ───────────────────────────── Toolbox (seeds 000-001) ─────────────────────────────
  {
    slug: 'gebruikersgids-toolbox-schooluitval',
    title: 'Gebruikersgids Toolbox Schooluitval',
    description:
      'Hoe de toolbox is opgebouwd en hoe je hem gebruikt: de zes thema’s en hun kleuren, navigeren vanuit de mindmap, de vaste opbouw van elk onderwerp, het tabblad Materialen en vijf manieren om de toolbox in te zetten.',
    sourceType: 'sts-netwerk',
    publisher: 'Samen tegen Schooluitval',
    publishedDate: '2025-09-01',
    topics: ['basisprincipes-netwerkgericht-werken', 'partners', 'beleid-leerlingenbegeleiding'],
    categories: ['achtergrond-en-inspiratie'],
    targetGroups: [],
    phases: [],
    educationLevels: [],
    regions: ['vlaanderen'],
    format: 'pdf',
    fileName: 'gebruikersgids-toolbox-schooluitval',
    document: {
      title: 'Gebruikersgids Toolbox Schooluitval',
      sections: [
        {
          heading: 'Situering',
          paragraphs: [
            'Het project Samen tegen Schooluitval bracht bestaande kennis, materialen en praktijkervaring rond vroegtijdig schoolverlaten (VSV) samen en bouwde die verder uit. Via een literatuurstudie, een inventaris van materialen en een analyse van goede praktijken ontstond een mindmap met verschillende invalshoeken en onderzoeksinzichten. Samen met partners uit het onderwijsveld en externe organisaties werd die verfijnd tot een onderbouwde en breed gedragen visual: een praktische leidraad voor onderwijsactoren, zowel preventief als in de aanpak van schooluitval.',
            'In de visual staan zes thematische invalshoeken centraal, elk met een eigen kleur. Sommige onderwerpen staan bewust op de overgang tussen kleuren. Bij de risicofactoren loopt de kleur van oranje naar groen: die factoren zijn niet louter risicovol, maar kunnen met de juiste ondersteuning ook beschermend werken. In de toolbox zijn zulke risico- en beschermende onderwerpen aan elkaar gelinkt.',
          ],
        },
        {
          heading: 'Voor wie?',
          bullets: [
            'CLB-teams',
            'Schoolteams: directies, leerkrachten, zorgcoördinatoren, leerlingbegeleiding',
            'Beleidsmakers en onderwijsprofessionals',
            'Lokale overlegplatformen',
            'Partners uit welzijn en werk',
          ],
        },
        {
          heading: 'De zes thema’s',
          table: [
            ['Thema', 'Onderwerpen'],
            [
              'Risicofactoren (rood)',
              'Afwezigheden; frequente schoolwissels; gedrag, houding en (de)motivatie; leerachterstand; taalachterstand binnen de anderstalige context',
            ],
            [
              'Beschermende factoren (groen)',
              'Bindingsperspectief; proactieve, brede basiszorg; monitoring en data-analyse; vroege detectie; beleid gericht op leerlingenbegeleiding',
            ],
            [
              'Specifieke doelgroepen (geel)',
              'Basisonderwijs; secundair onderwijs; buitengewoon onderwijs; inclusie; schoolloze jongeren; jongeren in jeugdhulp',
            ],
            ['Interactie tussen leerling en context (Prodia-model)', 'Functioneren van de leerling; thuis- en leefomgeving; schoolcontext'],
            ['Netwerkgericht werken', 'Partners; basisprincipes van netwerkgericht werken'],
            ['Warme overdracht', 'Scharniermomenten; na tucht; na ongekwalificeerde uitstroom'],
          ],
        },
        {
          heading: 'Navigeren vanuit de startpagina',
          paragraphs: [
            'De startpagina toont, net als de visual, de zes invalshoeken. Zie je ze niet allemaal, zoom dan uit of verschuif het beeld. Klik op een invalshoek om de subthema’s en onderwerpen te zien; klik op een onderwerp om het te openen. Met het kruisje rechts keer je terug naar de startpagina.',
            'Zolang je binnen een invalshoek navigeert, blijft de kleur van die invalshoek behouden als achtergrond- en tekstkleur. Zo zie je altijd vanuit welke kant (curatief of preventief) je een onderwerp benadert. Onderwerpen verwijzen ook naar specifieke doelgroepen: bij taalachterstand, waar de taalscreening bij kleuters wordt toegelicht, vind je een link naar het basisonderwijs met meer over kleuterparticipatie.',
          ],
        },
        {
          heading: 'Zo is elk onderwerp opgebouwd',
          bullets: [
            'Waarom? Bijvoorbeeld: waarom zijn afwezigheden een risicofactor, waarom is een verbindend schoolklimaat beschermend? Met onderbouwde inzichten en links naar relevante websites.',
            'Materialen, geordend naar wie ze maakte: de netwerken STS, de PLG’s van ankerfiguren STS, academici en onderzoek, overheden (zoals de departementen onderwijs en welzijn), netwerkpartners, onderwijspartners (zoals hogescholen en universiteiten), …',
            'Goede praktijken, aangeleverd door het netwerk STS.',
          ],
        },
        {
          heading: 'Het tabblad Materialen',
          paragraphs: [
            'Onder Materialen vind je praktische tools, afgestemd op de thema’s, om te bekijken en te downloaden. Je kunt ze sorteren op naam of publicatiedatum. Zoek met een trefwoord in het zoekveld of vink categorieën aan.',
          ],
        },
        {
          heading: 'Vijf manieren om de toolbox in te zetten',
          bullets: [
            'Oriëntatie: wat is schooluitval? Onderbouwde inzichten om het thema breed en gestructureerd te bekijken.',
            'Interne reflectie in team, beleid en praktijk: inzichten die discussie uitlokken, goede praktijken en tools als inspiratie, een overzicht van hulpbronnen en preventieve maatregelen.',
            'Samenwerking met externe partners: informatie over netwerkgericht werken, partnerschappen en netwerken.',
            'Inspiratie voor gerichte acties tegen schooluitval: gegevens, goede praktijken, aanbevelingen en praktische hulpmiddelen.',
            'Vorming en professionalisering van collega’s.',
          ],
        },
        {
          heading: 'Werk in uitvoering',
          paragraphs: [
            'Bij sommige onderwerpen krijg je de melding dat ze nog in ontwikkeling zijn. Via de nieuwsbrieven van de CLB’s houden we je op de hoogte. Om de toolbox actueel te houden vragen we je feedback en je goede praktijken: deel ze via de pagina Bijdragen van de toolbox.',
          ],
        },
      ],
    },
  },
  {
    slug: 'webinar-ontwikkeling-toolbox-schooluitval',
    title: 'Webinar: hoe de Toolbox Schooluitval tot stand kwam',
    description:
      'Uitgeschreven versie van het webinar over de ontwikkeling van de toolbox: van de opdracht in het BVR van december 2023, via literatuurstudie, mindmap en visual, naar een website rond zes thema’s die verder groeit met bijdragen uit het werkveld.',
    sourceType: 'sts-netwerk',
    publisher: 'Samen tegen Schooluitval',
    publishedDate: '2025-09-01',
    topics: ['basisprincipes-netwerkgericht-werken', 'partners'],
    categories: ['achtergrond-en-inspiratie'],
    targetGroups: [],
    phases: [],
    educationLevels: [],
    regions: ['vlaanderen'],
    format: 'pdf',
    fileName: 'webinar-ontwikkeling-toolbox-schooluitval',
    document: {
      title: 'Webinar: de ontwikkeling van de Toolbox Schooluitval',
      subtitle: 'Samen tegen Schooluitval',
      sections: [
        {
          heading: 'De opdracht',
          paragraphs: [
            'De toolbox is ontworpen als praktisch hulpmiddel om CLB’s, scholen en andere onderwijsprofessionals te ondersteunen bij een aanpak tegen schooluitval en ongekwalificeerde uitstroom. Het besluit van de Vlaamse Regering (BVR) van december 2023 gaf de opdracht om, in overleg met de pedagogische begeleidingsdiensten en andere onderwijsdeskundigen, een inhoudelijk onderbouwde toolbox te ontwikkelen die inspeelt op de noden in het veld.',
          ],
        },
        {
          heading: 'De vragen bij de start',
          bullets: [
            'Welke thema’s zijn vandaag echt relevant?',
            'Wat moet voorrang krijgen?',
            'Moeten we keuzes maken?',
            'Hoe maken we dit alles werkbaar en haalbaar voor scholen?',
          ],
        },
        {
          heading: 'Bouwen op wat werkt',
          bullets: [
            'Een literatuurstudie van relevant onderzoek.',
            'Een inventaris van bestaande materialen: vaak bestaan er al waardevolle dingen die beter benut kunnen worden.',
            'Een zoektocht naar goede praktijken: wat werkt al in het veld, en wat kunnen we daarvan leren?',
          ],
        },
        {
          heading: 'Van mindmap naar visual',
          paragraphs: [
            'Alle inzichten werden gebundeld in een mindmap, eerst als denkkader en niet als eindproduct. De mindmap had drie doelen: overzicht krijgen over de factoren, indicatoren en aanbevelingen die telkens terugkomen; de thema’s rond vroegtijdig schoolverlaten visueel in kaart brengen (wat raakt aan wat, waar zitten de knopen?); en beter zien hoe een school of team een potentiële schoolverlater kan herkennen of vroeg signaleren.',
            'Stap voor stap werden invalshoeken gedefinieerd (risicofactoren, beschermende factoren, kwetsbare doelgroepen, de leerling binnen zijn context) en werden onderzoeksinzichten eraan gekoppeld. Voor elk onderzoeksspoor werd gezocht naar materialen, tools, praktijkvoorbeelden en suggesties.',
            'De visual werd systematisch afgetoetst bij de pedagogische begeleidingsdiensten, het POC, CLB-directies en partners uit welzijn en werk, en op basis van hun feedback bijgestuurd. Zo is ze niet alleen inhoudelijk onderbouwd, maar ook gedragen door het werkveld.',
          ],
        },
        {
          heading: 'Bruikbaar op verschillende niveaus',
          bullets: [
            'Breed informeren over vroegtijdig schoolverlaten: een gedeeld begrip van wat het is, wat de risico’s en de hefbomen zijn.',
            'Op CLB-niveau: samen een gedragen aanpak en gezamenlijke visie ontwikkelen.',
            'Op schoolniveau: signalen herkennen, reflecteren over de eigen werking en de aanpak versterken, bijvoorbeeld rond aanwezigheidsbeleid, klas- en schoolklimaat en ouderbetrokkenheid.',
            'Met de partners: overleg en afstemming met welzijnsorganisaties, jeugdhulp, lokale besturen, … Vroegtijdig schoolverlaten pakken we samen aan.',
          ],
        },
        {
          heading: 'De website',
          paragraphs: [
            'Elk vakje in de volledige mindmap is meer dan een trefwoord: het is een ingangspoort naar achtergrondinformatie, onderzoeksbevindingen, inspirerende praktijkvoorbeelden, bruikbaar materiaal en concrete suggesties. Op de website navigeer je rond zes hoofdthema’s: risicofactoren, beschermende factoren, specifieke doelgroepen, netwerkgericht werken, warme overdracht en de interactie tussen leerling en context.',
          ],
        },
        {
          heading: 'Werk in uitvoering: een oproep',
          paragraphs: [
            'Wat getoond werd, is een eerste versie van de toolbox. De komende maanden wordt hij stap voor stap verder uitgebouwd, en daarvoor is het werkveld nodig: deel je materiaal, inzichten en goede praktijken. Samen bouwen we de toolbox uit tot een waardevolle bron voor iedereen die werkt rond schooluitval.',
          ],
        },
      ],
    },
  },
]
