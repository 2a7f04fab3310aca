import type { SeedTheme } from './types'

// The six themes of the mindmap (seed 001), in map order; the colours live in the design tokens, not here.
export const themes: SeedTheme[] = [
  {
    slug: 'risicofactoren',
    title: 'Risicofactoren',
    summary: 'Signalen die schooluitval kunnen voorspellen: waar moet je alert voor zijn?',
    intro: [
      "Vroegtijdig schoolverlaten is zelden een plotse beslissing. Meestal is het het eindpunt van een proces van afhaken dat maanden of jaren duurt en dat zich op voorhand laat zien: in afwezigheden, in schoolwissels, in gedrag en motivatie, in leerachterstand en in een taalachterstand die niet tijdig wordt aangepakt. Onderzoek toont dat vooral aanwezigheid, zittenblijven en schoolresultaten een sterk signaal geven, en dat het verloop over de tijd meer zegt dan één momentopname.",
      'Een risicofactor is geen voorspelling en zeker geen etiket. Verschillende onderwerpen in dit thema staan bewust op de overgang van oranje naar groen: met de juiste ondersteuning kan een school van een risico een beschermende factor maken. Vanuit die onderwerpen klik je daarom meteen door naar hun beschermende tegenhanger, en naar de doelgroepen waarvoor ze het meest spelen.',
    ],
    order: 1,
  },
  {
    slug: 'beschermende-factoren',
    title: 'Beschermende factoren',
    summary: "Wat scholen, CLB's en partners kunnen doen om leerlingen aan boord te houden.",
    intro: [
      'Tegenover elke risicofactor staan hefbomen die een school zelf in handen heeft: een verbindend schoolklimaat, een sterke brede basiszorg, een doordacht beleid op leerlingenbegeleiding, en het systematisch opvolgen van gegevens zodat signalen vroeg worden opgepikt. Het zorgcontinuüm biedt daarvoor het kader: wat in de brede basiszorg (fase 0) goed is voor alle leerlingen, beschermt ook de leerlingen die het moeilijk hebben.',
      'Beschermende factoren werken preventief. Ze verkleinen de kans dat een leerling afhaakt, en ze zorgen ervoor dat school en CLB op tijd kunnen bijsturen wanneer dat toch dreigt. Elk onderwerp hier is gekoppeld aan de risicofactoren waar het het meest op inwerkt, zodat je vanuit de preventieve en de curatieve kant naar hetzelfde thema kan kijken.',
    ],
    order: 2,
  },
  {
    slug: 'specifieke-doelgroepen',
    title: 'Specifieke doelgroepen',
    summary: 'Doelgroepen die extra aandacht vragen, van kleuter tot schoolloze jongere.',
    intro: [
      'Schooluitval treft niet elke groep even sterk. Sommige leerlingen vragen extra ondersteuning en zorg, bijvoorbeeld in het kader van inclusie of in het buitengewoon onderwijs. Andere groepen lopen een duidelijk hoger risico: in het deeltijds beroepssecundair onderwijs verlaat meer dan de helft van de uitstromers de school zonder kwalificatie. En in het kleuter- en lager onderwijs liggen de grootste kansen om preventief te werken.',
      "Per doelgroep lees je hier wat specifiek is, welke partners betrokken zijn en waar de aanpak verschilt. Vanuit de andere thema's wordt naar deze doelgroepen verwezen, bijvoorbeeld van taalachterstand naar het basisonderwijs, waar kleuterparticipatie en de taalscreening bij kleuters aan bod komen.",
    ],
    order: 3,
  },
  {
    slug: 'interactie-leerling-context',
    title: 'Interactie tussen leerling en context',
    summary: 'Schooluitval begrijpen vanuit de wisselwerking tussen leerling, thuis en school.',
    intro: [
      "Een leerling haakt nooit af in het luchtledige. Wat we zien (afwezigheden, schoolmoeheid, conflicten) is het resultaat van een wisselwerking tussen hoe de leerling functioneert, wat er thuis en in de vrije tijd gebeurt, en hoe de school georganiseerd is. Dit thema volgt het Prodia-model, waarop ook het diagnostisch werken van de CLB's steunt: drie bouwstenen die elkaar voortdurend beïnvloeden.",
      'Wie breed kijkt, vindt niet alleen wat belemmert maar ook wat steunt. De inzichten en materialen in dit thema helpen om samen met de leerling, de ouders en de school in elk van de drie bouwstenen zowel de knelpunten als de krachten in kaart te brengen.',
    ],
    order: 4,
  },
  {
    slug: 'netwerkgericht-werken',
    title: 'Netwerkgericht werken',
    summary: 'Samen met partners uit onderwijs, welzijn, jeugdhulp en werk het leerrecht bewaken.',
    intro: [
      'Geen school of CLB kan schooluitval alleen aanpakken. Onderwijs, jeugdhulp, welzijn, geestelijke gezondheidszorg, lokale besturen en partners uit werk en opleiding brengen elk een stuk expertise mee. Netwerkgericht werken is daarom een basisprincipe dat als een rode draad door de hele toolbox loopt.',
      'In dit thema vind je wie die partners zijn en hoe je met hen samenwerkt: met heldere afspraken over rollen, met het CLB als draaischijf bij schoolexterne interventies, en met lokale, provinciale en Vlaamse netwerken die signalen opvangen en doorgeven.',
    ],
    order: 5,
  },
  {
    slug: 'warme-overdracht',
    title: 'Warme overdracht',
    summary: 'Niemand uit het oog verliezen bij overgangen in de schoolloopbaan.',
    intro: [
      'Bij elke overgang in de schoolloopbaan dreigt informatie, en soms ook een leerling, verloren te gaan: van kleuter- naar lager onderwijs, van basis- naar secundair onderwijs, bij een verandering van school, na een tuchtmaatregel of bij het verlaten van de school zonder kwalificatie. Een warme overdracht betekent dat de betrokkenen elkaar kennen, dat wat nodig is zorgvuldig en met respect voor de privacy wordt doorgegeven, en dat de leerling en zijn ouders mee aan tafel zitten.',
      'Dit thema bundelt wat belangrijk is op de vaste scharniermomenten én op de momenten daarbuiten, wanneer een leerling instapt na een verhuis of een tuchtprocedure of de school verlaat zonder diploma.',
    ],
    order: 6,
  },
]
