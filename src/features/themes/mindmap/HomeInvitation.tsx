import { contributePath, feedPath, whatsNewPath } from '@/shared/paths'
import styles from './HomeInvitation.module.css'

/**
 * Below the map on the home page, as seed 000 presents the toolbox: a work in progress that grows with what the
 * field shares — the call to contribute — and where to see what has grown lately (the page and its feed).
 */
export function HomeInvitation() {
  return (
    <div className={styles.invitation}>
      <section aria-labelledby="oproep-titel" className={styles.card}>
        <h2 id="oproep-titel">Bouw mee aan de toolbox</h2>
        <p>
          De toolbox is een werk in uitvoering: we bouwen hem stap voor stap verder uit, en daarvoor hebben we u nodig. Deel
          uw materialen, inzichten en goede praktijken, zodat iedereen die werkt rond schooluitval er iets aan heeft.
        </p>
        <p>
          <a className={styles.action} href={contributePath()}>
            Deel een praktijk of materiaal
          </a>
        </p>
      </section>
      <section aria-labelledby="nieuw-titel" className={styles.card}>
        <h2 id="nieuw-titel">Wat is er nieuw?</h2>
        <p>De onderwerpen, materialen, goede praktijken en instrumenten die het laatst zijn verschenen of bijgewerkt.</p>
        <p>
          <a className={styles.action} href={whatsNewPath}>
            Bekijk wat er nieuw is
          </a>{' '}
          <a href={feedPath}>of volg de Atom-feed</a>
        </p>
      </section>
    </div>
  )
}
