import styles from './PreviewBanner.module.css'

/** Shown above every page while an editor previews drafts (Next.js's draft mode, started from the admin). */
export function PreviewBanner() {
  return (
    <div className={styles.banner} role="note" aria-label="Voorbeeld">
      <p>
        <strong>Voorbeeld met concepten.</strong> U ziet de laatste versie uit het beheer, ook wat nog niet gepubliceerd is.
        Bezoekers zien dit niet. <a href="/voorbeeld/stoppen">Voorbeeld stoppen</a>
      </p>
    </div>
  )
}
