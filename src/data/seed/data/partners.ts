import type { SeedPartner } from './types'

// Partners named in the seed texts (chiefly the Vlaams-Brabant action plan, seed 002); descriptions stay general.
// Regions are slugs of ./regions.ts: a province where a partner works province-wide, a local region where it works there.
export const partners: SeedPartner[] = [
  {
    slug: 'clb',
    name: 'Centra voor Leerlingenbegeleiding (CLB)',
    type: 'clb',
    regions: ['vlaanderen', 'brussel'],
    description:
      'Elke school in Vlaanderen en de Nederlandstalige scholen in Brussel werken samen met een CLB. Het CLB begeleidt leerlingen, ouders en scholen rond leren en studeren, onderwijsloopbaan, preventieve gezondheidszorg en psychisch en sociaal functioneren. Bij problematische afwezigheden is het CLB een verplichte partner, en vanaf fase 2 van het zorgcontinuüm is het de draaischijf naar schoolexterne interventies zoals NAFT.',
    services: [
      'Begeleiding bij problematische afwezigheden en spijbelen',
      'Consultatief overleg met de school over leerlingen en aanwezigheidsbeleid',
      'Draaischijffunctie: toeleiding naar schoolexterne interventies (NAFT, Meldpunt SI)',
      'Onderwijsloopbaanbegeleiding en studiekeuze',
      'Ankerfiguur Samen tegen Schooluitval als aanspreekpunt per centrum',
    ],
  },
  {
    slug: 'go-clb-vilvoorde',
    name: 'GO! CLB Vilvoorde',
    type: 'clb',
    regions: ['vilvoorde-machelen'],
    locality: 'Vilvoorde',
    description:
      'Het CLB van het GO! dat de scholen van het GO! in de regio Vilvoorde begeleidt. Het centrum heeft het terugdringen van ongekwalificeerde uitstroom als strategische doelstelling in zijn beleidsplan opgenomen: snelle detectie van leerlingen at risk en het gericht inzetten van alternatieve trajecten, samen met de schoolteams en partners uit onderwijs en welzijn. Het startte daarvoor met vroegdetectie in de derde graad van het basisonderwijs.',
    services: [
      'Vroegdetectie van leerlingen met risico op ongekwalificeerde uitstroom (derde graad basisonderwijs)',
      'Detectielijst met risico- en beschermende factoren',
      'Workshop vroegdetectie voor CLB-teams, scholen en partners',
      'Leerlingenbegeleiding in samenwerking met de schoolteams',
    ],
  },
  {
    slug: 'naft-aanbieders',
    name: 'NAFT-aanbieders (naadloze flexibele trajecten)',
    type: 'naft-aanbieder',
    regions: ['vlaanderen', 'brussel'],
    description:
      'NAFT-aanbieders begeleiden leerlingen van het secundair onderwijs die dreigen af te haken, maar ook klassen, leerkrachten en scholen. Een NAFT kan preventief of curatief zijn, start altijd met een aanmelding door het CLB en sluit af met een rondetafelgesprek. De trajecten volgden de vroegere time-outprojecten op; de aanbieders zijn erkend door het Agentschap Opgroeien.',
    services: [
      'Individuele trajecten voor leerlingen die dreigen uit te vallen',
      'Ondersteuning van klassen en leerkrachten',
      'Preventieve en curatieve trajecten, aangemeld via het CLB',
      'Rondetafelgesprek met leerling, ouders, school en CLB bij de afronding',
    ],
  },
  {
    slug: 'arktos',
    name: 'Arktos',
    type: 'naft-aanbieder',
    regions: ['halle', 'diest'],
    locality: 'o.a. Halle en Diest',
    description:
      'Arktos is een organisatie die met kwetsbare kinderen en jongeren werkt en trajecten aanbiedt voor leerlingen die dreigen af te haken op school. In Vlaams-Brabant werkt Arktos samen met de stad Halle binnen Schoolondersteuning Halle en met de stad Diest, de Diestse scholen, het CLB en het JAC.',
    services: [
      'Schoolexterne trajecten voor jongeren die dreigen uit te vallen',
      'Ondersteuning van scholen in het vermijden van schooluitval',
      'Deelname aan lokale stuurgroepen en netwerken rond schooluitval',
    ],
  },
  {
    slug: 'groep-intro',
    name: 'Groep INTRO',
    type: 'naft-aanbieder',
    regions: ['halle', 'asse-merchtem-opwijk'],
    locality: 'o.a. Halle en Asse-Merchtem-Opwijk',
    description:
      'Groep INTRO werkt met jongeren en volwassenen in een kwetsbare positie en biedt onder meer trajecten aan voor jongeren die uit de boot dreigen te vallen in het onderwijs. In Vlaams-Brabant ondersteunt Groep INTRO scholen samen met de stad Halle en werkt het samen met de scholen en lokale besturen van Asse, Merchtem en Opwijk.',
    services: [
      'Trajecten voor jongeren die dreigen uit te vallen',
      'Ondersteuning van scholen in samenwerking met lokale besturen',
      'Deelname aan de stuurgroep NAFT in Halle',
    ],
  },
  {
    slug: 'alba',
    name: 'Alba vzw',
    type: 'welzijn-jeugdhulp',
    regions: ['vlaams-brabant'],
    description:
      'Alba vzw is een organisatie uit de jeugdhulp in Vlaams-Brabant. Ze is vertegenwoordigd in de stuurgroep van het Netwerk Samen tegen Schooluitval Vlaams-Brabant, die het provinciale actieplan rond schooluitval vormgeeft.',
    services: [
      'Hulpverlening aan kinderen, jongeren en gezinnen',
      'Vertegenwoordiging van de jeugdhulp in de provinciale stuurgroep Samen tegen Schooluitval',
    ],
  },
  {
    slug: 'yuneco',
    name: 'Yuneco',
    type: 'andere',
    regions: ['vlaams-brabant'],
    description:
      'Yuneco is een partnerorganisatie uit Vlaams-Brabant die vertegenwoordigd is in de stuurgroep van het Netwerk Samen tegen Schooluitval Vlaams-Brabant. Daar denkt ze mee over het provinciale actieplan om schooluitval te vermijden. Raadpleeg de organisatie zelf voor haar actuele aanbod.',
    services: ['Deelname aan de provinciale stuurgroep Samen tegen Schooluitval Vlaams-Brabant'],
  },
  {
    slug: 'vdab',
    name: 'VDAB',
    type: 'werk',
    regions: ['vlaanderen'],
    description:
      'De Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding begeleidt werkzoekenden, ook jongeren die de school verlaten, naar werk of opleiding. Voor jongeren die zonder kwalificatie uitstromen is de VDAB een belangrijke partner bij de warme overdracht van onderwijs naar arbeidsmarkt of vervolgopleiding. De VDAB zit mee in de stuurgroep van het Netwerk Samen tegen Schooluitval Vlaams-Brabant.',
    services: [
      'Inschrijving en begeleiding van jonge werkzoekenden',
      'Beroepsopleidingen en trajecten naar een kwalificatie',
      'Cijfers en rapporten over schoolverlaters per regio',
      'Warme overdracht onderwijs – arbeidsmarkt',
    ],
    website: 'https://www.vdab.be',
  },
  {
    slug: 'agentschap-opgroeien',
    name: 'Agentschap Opgroeien',
    type: 'overheid',
    regions: ['vlaanderen'],
    description:
      'Het Vlaamse agentschap dat bevoegd is voor onder meer kinderopvang, preventieve gezinsondersteuning en jeugdhulp. Opgroeien erkent de NAFT-aanbieders en werkt samen met het departement Onderwijs en Vorming en de coördinatoren Samen tegen Schooluitval van de provincies en Brussel; signalen uit het werkveld worden op hun intervisies doorgegeven.',
    services: [
      'Erkenning van NAFT-aanbieders',
      'Regie van de jeugdhulp en de residentiële voorzieningen',
      'Overleg met de coördinatoren Samen tegen Schooluitval',
      'Debatlunches rond leerrecht en schooluitval',
    ],
    website: 'https://www.opgroeien.be',
  },
  {
    slug: 'departement-onderwijs-en-vorming',
    name: 'Departement Onderwijs en Vorming',
    type: 'overheid',
    regions: ['vlaanderen'],
    description:
      'Het Vlaamse departement dat het onderwijsbeleid voorbereidt en uitvoert, met onder meer de regelgeving rond leerplicht, afwezigheden en leerlingenbegeleiding. Het trekt het Vlaamse plan Samen tegen Schooluitval en overlegt geregeld met het Agentschap Opgroeien en de coördinatoren van de provincies en Brussel.',
    services: [
      'Regelgeving rond leerplicht, afwezigheden en leerlingenbegeleiding',
      'Vlaams actieplan Samen tegen Schooluitval',
      'Cijfers over ongekwalificeerde uitstroom',
      'Overleg met de coördinatoren Samen tegen Schooluitval',
    ],
    website: 'https://www.onderwijs.vlaanderen.be',
  },
  {
    slug: 'vaph',
    name: 'Vlaams Agentschap voor Personen met een Handicap (VAPH)',
    type: 'overheid',
    regions: ['vlaanderen'],
    description:
      'Het VAPH financiert zorg en ondersteuning voor personen met een handicap, ook voor minderjarigen in voorzieningen. Residentiële voorzieningen onder het VAPH en Opgroeien in de regio Leuven richtten samen de Themagroep schooluitval op om het leerrecht van jongeren in voorzieningen te bewaken.',
    services: [
      'Ondersteuning van minderjarigen met een handicap',
      'Erkenning en financiering van voorzieningen',
    ],
    website: 'https://www.vlaanderen.be/vaph',
  },
  {
    slug: 'lop',
    name: 'Lokaal overlegplatform (LOP)',
    type: 'netwerk-overleg',
    regions: ['vlaanderen', 'brussel'],
    description:
      'Een lokaal overlegplatform brengt scholen, CLB’s en lokale partners samen rond gelijke onderwijskansen, met aandacht voor inschrijvingen en het tegengaan van schooluitval. LOP-deskundigen zitten mee aan tafel in lokale netwerken rond schooluitval, zoals de stuurgroep NAFT in Halle, RiS+K in Leuven en het netwerkmoment rond schooluitval in de regio Vilvoorde.',
    services: [
      'Overleg tussen scholen en partners rond gelijke onderwijskansen',
      'Mee organiseren van netwerkmomenten rond schooluitval',
      'Deelname aan lokale stuurgroepen en lerende netwerken',
    ],
  },
  {
    slug: 'jac',
    name: 'JAC (Jongerenadviescentrum)',
    type: 'welzijn-jeugdhulp',
    regions: ['vlaanderen', 'brussel'],
    locality: 'o.a. Diest',
    description:
      'Het JAC is de jongerenwerking van het Centrum Algemeen Welzijnswerk (CAW). Jongeren kunnen er gratis en vertrouwelijk terecht met vragen en problemen, ook over school. In Diest werkt het JAC samen met de stad, Arktos, de Diestse scholen en het CLB rond het vermijden van schooluitval.',
    services: [
      'Gratis en vertrouwelijk onthaal en advies voor jongeren',
      'Begeleiding bij problemen thuis, op school of met vrienden',
      'Samenwerking in lokale netwerken rond schooluitval',
    ],
  },
  {
    slug: 'meldpunt-si',
    name: 'Meldpunt SI (schoolexterne interventies)',
    type: 'netwerk-overleg',
    regions: ['vlaams-brabant'],
    description:
      'Het Meldpunt SI biedt een overzicht van alle aanbieders van schoolexterne interventies in Vlaams-Brabant. Een medewerkster van het meldpunt staat klaar voor consult, en jaarlijks is er een infomoment. Aanmelding voor een schoolexterne interventie gebeurt via het CLB.',
    services: [
      'Website met alle aanbieders van schoolexterne interventies in Vlaams-Brabant',
      'Consult bij de medewerkster van het meldpunt',
      'Jaarlijks infomoment',
      'Werkgroep Recht op Leren met aanbieders en aanmelders',
    ],
    website: 'https://www.meldpuntsi.be',
  },
  {
    slug: 'netwerk-sts-vlaams-brabant',
    name: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant',
    type: 'netwerk-overleg',
    regions: ['vlaams-brabant'],
    description:
      'Het netwerk Samen tegen Schooluitval (onderwijs) bundelt in Vlaams-Brabant de krachten met de Lerende Netwerken Jeugdhulp-Onderwijs (welzijn). Het brengt sectoroverschrijdend onderwijs, jeugdhulp, arbeid en geestelijke gezondheidszorg samen om het leerrecht van jongeren te bevorderen. Het maakt het aanbod rond schooluitval bekend, organiseert het provinciaal platform en inspiratiedagen en stemt af met lokale netwerken.',
    services: [
      'Website en nieuwsbrief met activiteiten, praktijken en tools',
      'Provinciaal Platform Samen tegen Schooluitval (jaarlijks)',
      'Inspiratiedagen rond een thema',
      'Stuurgroep en Werkgroep Recht op Leren',
      'Meldpunt SI',
    ],
    website: 'https://www.samentegenschooluitvalvb.be',
  },
  {
    slug: 'lerende-netwerken-jeugdhulp-onderwijs',
    name: 'Lerende Netwerken Jeugdhulp-Onderwijs',
    type: 'netwerk-overleg',
    regions: ['vlaanderen'],
    description:
      'De lerende netwerken brengen vanuit welzijn de jeugdhulp en het onderwijs samen, zodat beide sectoren elkaar beter leren kennen en samen het leerrecht van kinderen en jongeren bewaken. In Vlaams-Brabant werken ze samen met het Netwerk Samen tegen Schooluitval.',
    services: [
      'Uitwisseling tussen jeugdhulp en onderwijs',
      'Samenwerking rond leerrecht en schooluitval',
    ],
    website:
      'https://www.expoo.be/themas/leerrecht-garanderen/onderwijskansen-vergroten-door-samenwerking/lerende-netwerken-onderwijs-welzijn',
  },
  {
    slug: 'samen-tegen-schooluitval',
    name: 'Samen tegen Schooluitval (Vlaams project)',
    type: 'netwerk-overleg',
    regions: ['vlaanderen', 'brussel'],
    description:
      'Het Vlaamse project Samen tegen Schooluitval verbindt de coördinatoren van de provincies en Brussel, de provinciale leergroepen (PLG) van ankerfiguren uit de CLB’s en de partners uit onderwijs, welzijn en werk. Het project ontwikkelde deze toolbox en werkt aan gezamenlijke actiepunten zoals een leidraad problematische afwezigheden en een gezamenlijk aanmeldingsformulier voor schoolexterne interventies.',
    services: [
      'Coördinatoren per provincie en Brussel',
      'Provinciale leergroepen (PLG) met ankerfiguren uit elk CLB',
      'Toolbox Schooluitval',
      'Vlaamse werkgroepen, o.a. rond het basisonderwijs',
    ],
    website: 'https://www.onderwijs.vlaanderen.be/samen-tegen-schooluitval',
  },
  {
    slug: 'provincie-vlaams-brabant',
    name: 'Provincie Vlaams-Brabant',
    type: 'overheid',
    regions: ['vlaams-brabant'],
    description:
      'De provincie is vertegenwoordigd in de stuurgroep van het Netwerk Samen tegen Schooluitval Vlaams-Brabant en denkt mee over het provinciale actieplan rond schooluitval.',
    services: ['Deelname aan de provinciale stuurgroep Samen tegen Schooluitval'],
    website: 'https://www.vlaamsbrabant.be',
  },
  {
    slug: 'stad-halle',
    name: 'Stad Halle',
    type: 'lokaal-bestuur',
    regions: ['halle'],
    locality: 'Halle',
    description:
      'De stad Halle ondersteunt scholen in het vermijden van schooluitval via Schoolondersteuning Halle, samen met Arktos en Groep INTRO, en zit de stuurgroep NAFT voor. Met Don Bosco werkt de stad in de stuurgroep P.L.E.K. ook aan ondersteuning van het basisonderwijs.',
    services: [
      'Schoolondersteuning Halle',
      'Voorzitterschap stuurgroep NAFT',
      'Stuurgroep P.L.E.K. voor het basisonderwijs',
    ],
  },
  {
    slug: 'stad-leuven',
    name: 'Stad Leuven – Steunpunt schooluitval',
    type: 'lokaal-bestuur',
    regions: ['leuven'],
    locality: 'Leuven',
    description:
      'De stad Leuven richtte een steunpunt schooluitval op om schooluitval te voorkomen. Het steunpunt organiseert het lerend netwerk RiS+K en stemt regelmatig af met het provinciale netwerk Samen tegen Schooluitval.',
    services: [
      'Steunpunt schooluitval',
      'Lerend netwerk RiS+K voor scholen, CLB’s, NAFT-aanbieders en LOP',
      'Afstemming met het provinciale netwerk',
    ],
    website: 'https://www.leuvenvoorscholen.be/lerend-netwerk-risk-leuven',
  },
  {
    slug: 'stad-diest',
    name: 'Stad Diest',
    type: 'lokaal-bestuur',
    regions: ['diest'],
    locality: 'Diest',
    description:
      'De stad Diest werkt rond het vermijden van schooluitval samen met Arktos, de Diestse scholen, het CLB en het JAC.',
    services: ['Lokale samenwerking rond schooluitval met scholen, CLB, Arktos en JAC'],
  },
  {
    slug: 'don-bosco-halle',
    name: 'Don Bosco (Halle)',
    type: 'andere',
    regions: ['halle'],
    locality: 'Halle',
    description:
      'Don Bosco werkt in Halle samen met de stad in de stuurgroep P.L.E.K., ter ondersteuning van het basisonderwijs.',
    services: ['Deelname aan de stuurgroep P.L.E.K. ter ondersteuning van het basisonderwijs'],
  },
  {
    slug: 'pedagogische-begeleidingsdiensten',
    name: 'Pedagogische begeleidingsdiensten (PBD)',
    type: 'onderwijs',
    regions: ['vlaanderen', 'brussel'],
    description:
      'De pedagogische begeleidingsdiensten van de onderwijsnetten ondersteunen scholen in hun onderwijskundig beleid, onder meer rond leerlingenbegeleiding, zorgbeleid en schoolklimaat. Ze gaven mee feedback op de visual en de toolbox Schooluitval.',
    services: [
      'Begeleiding van schoolteams bij beleid en praktijk',
      'Professionalisering rond leerlingenbegeleiding en zorg',
    ],
  },
]
