import { siteName } from '@/shared/site'
import styles from './SiteFooter.module.css'

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.about}>
          <strong>{siteName}</strong> bundelt onderzoeksinzichten, materialen en goede praktijken om vroegtijdig schoolverlaten
          te voorkomen en aan te pakken — een project van het netwerk Samen tegen Schooluitval.
        </p>
        <nav aria-label="Over deze website">
          <ul className={styles.links}>
            <li>
              <a href="/nieuw">Wat is er nieuw</a>
            </li>
            <li>
              <a href="/bijdragen">Bijdragen</a>
            </li>
            <li>
              <a href="/toegankelijkheid">Toegankelijkheid</a>
            </li>
            <li>
              <a href="/privacy">Privacy</a>
            </li>
            <li>
              <a href="/admin">Aanmelden voor redacteurs</a>
            </li>
          </ul>
        </nav>
        <p className={styles.note}>Geen cookies voor bezoekers, geen tracking.</p>
      </div>
    </footer>
  )
}
