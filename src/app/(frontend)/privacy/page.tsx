import type { Metadata } from 'next'

import { pageMetadata } from '../../../components/layout/metadata'
import styles from '../statement.module.css'

// Rendered per request like every public page, so canonical URLs use SITE_URL as set at start-up, not at build.
export const dynamic = 'force-dynamic'

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

      <h2>Wat de server wel bijhoudt</h2>
      <p>
        Zoals elke webserver houdt de server technische gegevens bij die nodig zijn om de website veilig te laten werken, zoals
        foutmeldingen. Die worden niet gebruikt om bezoekers te volgen of te profileren.
      </p>

      <h2>Bijdragen en contact</h2>
      <p>
        Wie via het bijdrageformulier een materiaal, goede praktijk of feedback instuurt, geeft zelf de gegevens op die de
        redactie nodig heeft om de bijdrage te bekijken en eventueel contact op te nemen. Die gegevens gebruiken we alleen
        daarvoor.
      </p>
    </article>
  )
}
