import styles from './Mindmap.module.css'

/** What the shapes and colours of the map mean (the swatches are CSS, in the risk theme's colours). */
export function Legend() {
  return (
    <ul className={styles.legend} aria-label="Legende" data-colour="rood">
      <li>
        <span className={`${styles.swatch} ${styles.swatchTheme}`} />
        Thema: klik om de onderwerpen te tonen
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.swatchTopic}`} />
        Onderwerp: klik om te lezen
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.swatchGradient}`} />
        Van risico naar bescherming (oranje naar groen)
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.swatchProgress}`} />
        In ontwikkeling
      </li>
    </ul>
  )
}
