import type { Metadata } from 'next'

import { pageMetadata } from '@/shared/layout/metadata'
import styles from '@/app/(frontend)/statement.module.css'

// Static, served from Next.js's cache; rendered on the first request (the cache handler keeps no build output), so
// its canonical address uses SITE_URL as set at start-up.

export const metadata: Metadata = pageMetadata({
  title: 'Privacy',
  description: 'Wat de Toolbox Schooluitval wel en niet bijhoudt: geen tracking, geen cookies voor bezoekers, leerlingengegevens blijven in uw browser.',
  path: '/privacy',
})

export default function PrivacyPage() {
  return (
    <article className={styles.statement}>
      <h1>Privacy</h1>
      <p className="lead">Deze website volgt u niet. Wat u hier leest, zoekt of invult, blijft van u.</p>

      <h2>Geen tracking, geen cookies voor bezoekers</h2>
      <ul>
        <li>We gebruiken geen statistiek- of advertentiediensten en geen sociale-mediaknoppen.</li>
        <li>
          Bezoekers krijgen geen cookies. Alleen redacteurs die zich aanmelden om de inhoud te beheren, krijgen een
          sessiecookie; die is nodig om aangemeld te blijven en verdwijnt bij het afmelden of na verloop van tijd.
        </li>
        <li>
          Pagina&apos;s laden niets van andere websites: geen lettertypes, scripts of afbeeldingen van derden. Wie op een
          link naar een andere website klikt, verlaat de toolbox; daar gelden de regels van die website.
        </li>
      </ul>

      <h2>Vroegdetectie: leerlingengegevens blijven in uw browser</h2>
      <p>
        Het vroegdetectie-instrument leest het bestand met leerlingengegevens dat u kiest (CSV of Excel) en verwerkt het
        volledig in uw eigen browser. De gegevens worden niet naar onze server gestuurd en niet bewaard, tenzij u daar zelf om
        vraagt. Herkomst, nationaliteit of thuistaal worden nooit gebruikt om een risico te berekenen.
      </p>
      <p>
        De beveiligingsregels van die pagina (Content-Security-Policy) verbieden de browser om verbindingen te maken of
        afbeeldingen op te halen, bij welke server ook, de onze inbegrepen. De pagina laadt enkel haar eigen scripts en
        opmaak. Alleen het zoekformulier bovenaan stuurt iets, en pas als u zelf zoekt: uw zoekwoorden, geen
        leerlingengegevens.
      </p>
      <h3>Wat waar bewaard wordt, en hoe u het wist</h3>
      <ul>
        <li>
          <strong>Het bestand, de pseudoniemen en de resultaten</strong> staan enkel in het geheugen van het browservenster.
          Sluit u de pagina, dan zijn ze weg; met &quot;Alles wissen van deze pagina&quot; wist u ze meteen. Kolommen met
          namen, rijksregisternummers of contactgegevens worden niet ingelezen.
        </li>
        <li>
          <strong>De sleutel van de pseudoniemen</strong> wordt bij elk bezoek nieuw gemaakt in uw browser en blijft daar. Het
          leerlingnummer wordt meteen een pseudoniem; alleen wie de sleutel heeft (uw school), vindt de leerling terug.
        </li>
        <li>
          <strong>De koppeling van de kolommen</strong> (welke kolomnaam bij welk gegeven hoort, geen leerlingengegevens)
          onthoudt de browser alleen als u &quot;Onthoud deze koppeling&quot; aanvinkt, in de lokale opslag (localStorage)
          van deze browser. Met &quot;Vergeet ze&quot; wist u ze.
        </li>
        <li>
          <strong>Bewaard werk</strong> bestaat alleen als u het bewaart: de sleutel van de pseudoniemen, de koppeling, de
          detectielijst en, als u dat kiest, de resultaten. Het wordt versleuteld met uw wachtzin (AES-GCM met een sleutel
          die met PBKDF2 uit de wachtzin wordt afgeleid) en komt in de IndexedDB van deze browser of in een bestand op uw
          computer. Zonder de wachtzin kan niemand het lezen, ook wij niet. Met &quot;Verwijder uit deze browser&quot; wist u
          het; een gedownload bestand verwijdert u zelf.
        </li>
      </ul>
      <p>
        In de export en de afdruk van de cijfers staan aantallen onder 5 als &quot;&lt;5&quot;, zodat geen cijfer naar een
        handvol leerlingen wijst. Een aantal waaruit zo&apos;n klein aantal met een totaal terug te rekenen is, staat als
        &quot;x&quot;. De signaallijst, met pseudoniemen en rijnummers, is enkel voor intern gebruik in de school.
      </p>

      <h2>Wat de server wel bijhoudt</h2>
      <p>
        Zoals elke webserver houdt de server technische gegevens bij die nodig zijn om de website veilig te laten werken, zoals
        foutmeldingen. Die worden niet gebruikt om bezoekers te volgen of te profileren.
      </p>

      <h2>Bijdragen en contact</h2>
      <p>
        Wie via het <a href="/bijdragen">bijdrageformulier</a> een materiaal, goede praktijk of feedback instuurt, geeft zelf
        de gegevens op die de redactie nodig heeft om de bijdrage te bekijken en eventueel contact op te nemen: naam,
        e-mailadres en, als u wilt, uw organisatie. Die gegevens gebruiken we alleen daarvoor.
      </p>
      <ul>
        <li>
          De bijdrage wordt bewaard in het beheerpaneel van de toolbox, waar alleen de redactie ze ziet, en de redactie krijgt
          er een e-mail over. Uw naam en e-mailadres verschijnen nooit op de website.
        </li>
        <li>
          Wat de redactie verwerkt tot een pagina, verschijnt zonder uw contactgegevens. Wilt u dat we een bijdrage en uw
          gegevens wissen? Stuur dan een nieuwe bijdrage van het soort &lsquo;feedback&rsquo; met die vraag.
        </li>
      </ul>
    </article>
  )
}
