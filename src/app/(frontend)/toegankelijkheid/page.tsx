import type { Metadata } from 'next'

import { pageMetadata } from '@/shared/layout/metadata'
import styles from '@/app/(frontend)/statement.module.css'

// Static, served from Next.js's cache; rendered on the first request (the cache handler keeps no build output), so
// its canonical address uses SITE_URL as set at start-up.

export const metadata: Metadata = pageMetadata({
  title: 'Toegankelijkheid',
  description: 'Hoe de Toolbox Schooluitval toegankelijk wil zijn (WCAG 2.1 AA), wat we testen en hoe u een probleem meldt.',
  path: '/toegankelijkheid',
})

export default function AccessibilityPage() {
  return (
    <article className={styles.statement}>
      <h1>Toegankelijkheid</h1>
      <p className="lead">
        De toolbox moet bruikbaar zijn voor iedereen: met muis, toetsenbord of schermlezer, op een groot scherm in een
        teamvergadering en op een telefoon.
      </p>

      <h2>Ons doel: WCAG 2.1 niveau AA</h2>
      <p>
        We bouwen de website volgens de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA. Concreet betekent dat
        onder meer:
      </p>
      <ul>
        <li>Alles werkt met het toetsenbord, met een zichtbare focus; een link bovenaan springt meteen naar de inhoud.</li>
        <li>
          De mindmap op de startpagina bestaat uit gewone links en is ook als lijst te bekijken (op een smal scherm is de lijst
          de standaard). Schermlezers horen de structuur van thema&apos;s en onderwerpen.
        </li>
        <li>Kleurcombinaties halen minstens de contrastverhouding die AA vraagt; kleur is nooit de enige aanwijzing.</li>
        <li>Wie in het besturingssysteem minder beweging vraagt, krijgt geen animaties.</li>
        <li>De pagina&apos;s werken ook zonder JavaScript; in- en uitzoomen op de mindmap vraagt wel JavaScript.</li>
      </ul>

      <h2>Hoe we dat nagaan</h2>
      <p>
        Bij elke wijziging lopen geautomatiseerde tests in een echte browser, met de toegankelijkheidscontrole axe, over onder
        meer de startpagina, de thema- en onderwerppagina&apos;s en de foutpagina. Een automatische controle vindt niet
        alles; we testen ook met het toetsenbord.
      </p>

      <h2>Wat nog niet goed is</h2>
      <p>
        Sommige materialen zijn documenten (PDF of Word) die door partners gemaakt zijn. Niet al die documenten zijn
        toegankelijk opgemaakt. Lukt het niet om een document te lezen, laat het ons weten: we zoeken samen met de maker naar
        een oplossing.
      </p>

      <h2>Een probleem melden</h2>
      <p>
        Loopt u vast op deze website, of werkt iets niet met uw hulpmiddel? Meld het via het{' '}
        <a href="/bijdragen">bijdrageformulier</a> (kies &lsquo;feedback&rsquo;) en vermeld de pagina en wat er misging. De
        redactie antwoordt zo snel mogelijk.
      </p>
    </article>
  )
}
