import type { Metadata } from 'next'

import { DetectionTool } from '@/features/detection/ui/DetectionTool'
import { pageMetadata } from '@/shared/layout/metadata'
import styles from '@/features/detection/ui/detection.module.css'
import { detectionVars } from '@/features/detection/ui/theme'
import { TEMPLATE_COLUMNS } from '@/features/detection/engine/template'
import { DOWNLOADS } from './bestanden/files'

// Static, served from Next.js's cache; rendered on the first request (the cache handler keeps no build output), so
// its canonical address uses SITE_URL as set at start-up.

export const metadata: Metadata = pageMetadata({
  title: 'Vroegdetectie in de eigen leerlingengegevens',
  description:
    'Laad een leerlingenexport, kies een detectielijst en zie welke leerlingen een signaal geven en waarom. Alles gebeurt in de browser: de gegevens verlaten de computer niet.',
  path: '/vroegdetectie',
})

/**
 * /vroegdetectie: what the tool does and how it keeps pupil data private (server-rendered, readable without
 * JavaScript, with the template and sample downloads), and the tool itself (a client component; it needs JavaScript
 * because all the work happens in the browser).
 */
export default function EarlyDetectionPage() {
  return (
    <div className={styles.page} style={detectionVars}>
      <header className={styles.intro}>
        <p className={styles.kicker}>Instrument</p>
        <h1>Vroegdetectie in de eigen leerlingengegevens</h1>
        <p className="lead">
          Welke leerlingen vragen nu extra aandacht? Laad een export uit het leerlingvolgsysteem, kies een detectielijst en zie per leerjaar
          hoeveel leerlingen een signaal geven, en waarom. Alles gebeurt in uw browser: de gegevens verlaten uw computer niet.
        </p>
      </header>

      <ul className={styles.promises} aria-label="Zo blijven de gegevens privé">
        <li>
          <strong>Niets wordt verstuurd.</strong> Het bestand wordt gelezen en doorgerekend in uw browser. De beveiligingsregels van deze
          pagina (Content-Security-Policy) verbieden de browser om vanaf hier verbindingen te maken of afbeeldingen op te halen, bij
          welke server ook, de onze inbegrepen. De pagina laadt enkel haar eigen scripts en opmaak. Alleen het zoekformulier bovenaan
          stuurt iets, en pas als u zelf zoekt: uw zoekwoorden, geen leerlingengegevens.
        </li>
        <li>
          <strong>Geen namen, geen rijksregisternummers.</strong> Kolommen met namen, rijksregisternummers, adressen of geboortedata
          worden niet ingelezen. Het leerlingnummer wordt meteen een pseudoniem, met een sleutel die enkel in uw browser bestaat.
        </li>
        <li>
          <strong>Niets bewaard, tenzij u het vraagt.</strong> Sluit u de pagina, dan is alles weg. Wilt u later verder, dan bewaart u
          het werk versleuteld met een wachtzin die enkel u kent. Alleen welke kolom welk gegeven bevat, onthoudt de browser als u dat
          toelaat.
        </li>
        <li>
          <strong>Cijfers delen zonder leerlingen aan te wijzen.</strong> In de export en de afdruk van de cijfers staan aantallen onder 5
          als &lt;5. Meer in de <a href="/privacy">privacyverklaring</a>.
        </li>
      </ul>

      <section className={styles.callout} aria-labelledby="geen-oordeel">
        <h2 id="geen-oordeel">Een signaal is geen oordeel</h2>
        <p>
          De tool zegt niet wie zal afhaken. Een signaal betekent: kijk samen naar deze leerling. Het is een aanleiding voor een gesprek, in
          het team, met het CLB, met de leerling en de ouders. Mensen beslissen wat er nodig is; de tool telt alleen. Ook een goede
          detectielijst mist leerlingen en geeft signalen bij leerlingen die het wel redden. Herkomst, nationaliteit en thuistaal tellen
          nooit mee.
        </p>
      </section>

      <noscript>
        <section className={styles.noscript} aria-labelledby="zonder-js">
          <h2 id="zonder-js">Deze tool heeft JavaScript nodig</h2>
          <p>
            Het rekenwerk gebeurt in uw eigen browser, zodat de gegevens van uw leerlingen uw computer niet verlaten. Daarvoor is
            JavaScript nodig: zet het aan voor deze pagina en laad ze opnieuw. Het sjabloon en de voorbeeldbestanden hieronder kunt u ook
            zonder JavaScript downloaden, en alle uitleg over de detectielijsten staat op deze pagina.
          </p>
        </section>
      </noscript>

      <DetectionTool />

      <section aria-labelledby="sjabloon">
        <h2 id="sjabloon">Het sjabloon en voorbeeldbestanden</h2>
        <p>
          De tool leest elke export met één rij per leerling en kan de kolommen koppelen. Wie zelf een bestand samenstelt, vertrekt best van
          het sjabloon: dan herkent de tool alle kolommen meteen. Nodig zijn een intern leerlingnummer (niet het rijksregisternummer) en het
          leerjaar; de afwezigheden per code (A, R, Z, H, P, M, B; oude codes zoals D en L worden omgezet) en de andere kolommen maken de
          detectielijst rijker. CSV met komma of puntkomma, in UTF-8 of Windows-1252, of Excel (.xlsx).
        </p>
        <ul className={styles.downloads}>
          {DOWNLOADS.map((d) => (
            <li key={d.name}>
              <a href={`/vroegdetectie/bestanden/${d.name}`} download={d.name}>
                {d.title}
              </a>{' '}
              <span className={styles.hint}>
                ({d.name}) – {d.description}
              </span>
            </li>
          ))}
        </ul>
        <details>
          <summary>Alle kolommen van het sjabloon</summary>
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Kolommen van het sjabloon">
            <table className={styles.table}>
              <caption>Kolommen van het toolbox-sjabloon</caption>
              <thead>
                <tr>
                  <th scope="col">Kolom</th>
                  <th scope="col">Nodig</th>
                  <th scope="col">Betekenis</th>
                </tr>
              </thead>
              <tbody>
                {TEMPLATE_COLUMNS.map((c) => (
                  <tr key={c.name}>
                    <th scope="row">
                      <code>{c.name}</code>
                    </th>
                    <td>{c.required ? 'verplicht' : 'optioneel'}</td>
                    <td>{c.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            Ja/nee-kolommen lezen ja/nee, j/n, 1/0 en x. Getallen mogen een komma of een punt hebben. Een lege afwezigheidscel telt als 0;
            een andere lege cel als &quot;onbekend&quot;.
          </p>
        </details>
      </section>

      <section aria-labelledby="lijsten">
        <h2 id="lijsten">De detectielijsten en hoe goed ze voorspellen</h2>
        <p>
          <strong>Workshop vroegdetectie</strong> (GO! CLB Vilvoorde, derde graad lager onderwijs): eerst de leerlingen met meer dan 10
          afwezigheidscodes, van hen wie op 2 of meer risicofactoren van de detectielijst scoort. In het eerste jaar waren dat 314 van de
          1332 leerlingen (23,6%) en daarvan 113 (8,5% van alle leerlingen, 36% van wie meer dan 10 codes had). De workshop noemt haar
          risicofactoren niet; de tool gebruikt die van het sjabloon. Vervang ze door de eigen lijst.
        </p>
        <p>
          <strong>ABC</strong> (aanwezigheid, gedrag, resultaten; Balfanz e.a. 2007) en <strong>EWIMS</strong> (American Institutes for
          Research): signalen bij veel afwezigheid, tekorten, een laag gemiddelde, gedrag of een schorsing, met de niveaus
          &quot;aandacht&quot; en &quot;alarm&quot;.
        </p>
        <p>
          Hoe goed zo&apos;n lijst werkt, hangt af van hoe vaak uitval voorkomt. Het ABC-signaal in het zesde leerjaar had een precisie van
          0,71 in een school waar 57% uitviel; bij 10 à 12% uitval, dichter bij Vlaanderen, is dat ongeveer 0,17 à 0,20: vier op de vijf
          gesignaleerde leerlingen vallen niet uit (Bowers, Sprott &amp; Taff 2013). Aanwezigheid, zittenblijven en resultaten dragen het
          signaal; schoolwissels en taalachtergrond zeggen op zich weinig. Daarom: toets de lijst aan een uitkomst van vroegere jaren (kolom
          uitkomst), bekijk de afkappunten en evalueer elk jaar.
        </p>
        <p>
          Wettelijk signaal: in het basisonderwijs schakelt de school vanaf 5 problematische halve dagen (code B) het CLB in. De tool toont
          dat los van de score.
        </p>
        <p>
          Meer over <a href="/themas/beschermende-factoren/vroege-detectie">vroege detectie</a> en{' '}
          <a href="/themas/risicofactoren/afwezigheden">afwezigheden</a> in de toolbox.
        </p>
      </section>
    </div>
  )
}
